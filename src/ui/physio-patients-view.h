/* physio-patients-view.h: the Patients view of the main window, the list beside one record
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "physio-database.h"
#include "physio-patient-page.h"

G_BEGIN_DECLS

#define PHYSIO_TYPE_PATIENTS_VIEW (physio_patients_view_get_type ())

G_DECLARE_FINAL_TYPE (PhysioPatientsView, physio_patients_view, PHYSIO, PATIENTS_VIEW, GtkWidget)

PhysioPatientsView *physio_patients_view_new            (PhysioDatabase     *database);
/* Shows the patient's record, listing archived patients too when the patient is archived,
 * and clearing a search that hides them. */
void                physio_patients_view_select_patient (PhysioPatientsView *self,
                                                         gint64              patient_id);

/* Opens a blank record with the keyboard in its name (the action "patients.new"). */
void                physio_patients_view_new_patient    (PhysioPatientsView *self);
void                physio_patients_view_focus_search   (PhysioPatientsView *self);
/* The main window's views, for the switcher in the header of the record, and its menu, for
 * the menu button of the list. */
void                physio_patients_view_set_view_stack (PhysioPatientsView *self,
                                                         AdwViewStack       *stack);
void                physio_patients_view_set_primary_menu (PhysioPatientsView *self,
                                                           GMenuModel         *menu);
/* Whether the list and the record are shown one at a time (property "folded"), and the
 * switcher title, whose "title-visible" says the switcher did not fit. */
gboolean              physio_patients_view_get_folded         (PhysioPatientsView *self);
AdwViewSwitcherTitle *physio_patients_view_get_switcher_title (PhysioPatientsView *self);

/* For tests */
PhysioPatientPage  *_physio_patients_view_get_page         (PhysioPatientsView *self);
GtkSearchEntry     *_physio_patients_view_get_search_entry (PhysioPatientsView *self);
GtkCheckButton     *_physio_patients_view_get_archived_check (PhysioPatientsView *self);
GtkListBox         *_physio_patients_view_get_list         (PhysioPatientsView *self);
/* The patients listed now (PhysioPatient items). */
GListModel         *_physio_patients_view_get_patients     (PhysioPatientsView *self);
/* The id of the patient whose row is selected, or 0. */
gint64              _physio_patients_view_get_selected_id  (PhysioPatientsView *self);
AdwToast           *_physio_patients_view_get_last_toast   (PhysioPatientsView *self);
AdwLeaflet         *_physio_patients_view_get_leaflet      (PhysioPatientsView *self);
/* "none" or "patient": what the content side shows. */
const char         *_physio_patients_view_get_content      (PhysioPatientsView *self);

G_END_DECLS
