/* physio-prescription-row-private.h: the row's instance, shared by the files that make it up
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The row is one class in three files, each with one job (as GNOME Text Editor splits its
 * window): physio-prescription-row.c shows the row and builds its fields,
 * physio-prescription-row-dose.c edits the dose, physio-prescription-row-schedule.c the side,
 * days, times a day, weeks and note.
 */

#pragma once

#include "physio-dose-spin-row.h"
#include "physio-prescription-row.h"

#include "physio-figure-view.h"

G_BEGIN_DECLS

#define N_DAYS 7

struct _PhysioPrescriptionRow
{
  AdwExpanderRow      parent_instance;

  /* Template widgets */
  GtkImage           *drag_handle;
  GtkImage           *caution_icon;
  PhysioFigureView   *figure_view;

  /* The fields, from physio-prescription-fields.ui, once the row has been opened */
  gboolean            fields_built;
  AdwActionRow       *caution_row;
  PhysioDoseSpinRow  *sets_row;
  AdwActionRow       *reps_row;
  GtkEntry           *reps_entry;
  PhysioDoseSpinRow  *hold_row;
  PhysioDoseSpinRow  *duration_row;
  PhysioDoseSpinRow  *distance_row;
  PhysioDoseSpinRow  *steps_row;
  PhysioDoseSpinRow  *rest_row;
  AdwComboRow        *load_kind_row;
  PhysioDoseSpinRow  *load_kg_row;
  AdwComboRow        *load_band_row;
  AdwEntryRow        *load_text_row;
  AdwEntryRow        *intensity_row;
  AdwComboRow        *side_row;
  AdwActionRow       *days_row;
  GtkBox             *days_box;
  PhysioDoseSpinRow  *sessions_row;
  AdwActionRow       *weeks_row;
  GtkSpinButton      *week_from_spin;
  GtkSpinButton      *week_to_spin;
  AdwEntryRow        *note_row;
  GtkButton          *regenerate_button;
  GtkButton          *remove_button;
  GtkListBoxRow      *actions_row;

  GtkToggleButton    *day_buttons[N_DAYS];

  /* Owned references */
  PhysioUndoStack    *undo_stack;
  PhysioPatient      *patient;
  PhysioPrescription *prescription;

  /* Set while the widgets are filled from the prescription, so that does not read as edits. */
  gboolean            updating;
};

/* physio-prescription-row.c */
PhysioProgramme        *_physio_prescription_row_get_programme (PhysioPrescriptionRow *self);
const PhysioDoseLimits *_physio_prescription_row_get_limits    (PhysioPrescriptionRow *self);
void                    _physio_prescription_row_set_message   (AdwPreferencesRow     *row,
                                                                const char            *message,
                                                                gboolean               invalid);
/* Saves a change already made to the prescription, or puts it back and says why on @row. */
gboolean                _physio_prescription_row_commit        (PhysioPrescriptionRow *self,
                                                                AdwPreferencesRow     *row);
/* Shows the prescription in the fields again. */
void                    _physio_prescription_row_update_fields (PhysioPrescriptionRow *self);
/* What a text field holds, without the spaces around it. */
char                   *_physio_prescription_row_entry_text    (gpointer               editable);
/* Runs @callback (self) when @widget loses the focus: leaving a field keeps what was typed. */
void                    _physio_prescription_row_on_focus_leave (PhysioPrescriptionRow *self,
                                                                 GtkWidget             *widget,
                                                                 GCallback              callback);

/* physio-prescription-row-dose.c */
void _physio_prescription_row_setup_dose  (PhysioPrescriptionRow *self);
void _physio_prescription_row_update_dose (PhysioPrescriptionRow *self);

/* physio-prescription-row-schedule.c */
void _physio_prescription_row_setup_schedule  (PhysioPrescriptionRow *self);
void _physio_prescription_row_update_schedule (PhysioPrescriptionRow *self);

/* For the tests */
GtkWidget       *_physio_prescription_row_get_field_editor (PhysioPrescriptionRow *self,
                                                            PhysioDoseField        field);
AdwActionRow    *_physio_prescription_row_get_field_row    (PhysioPrescriptionRow *self,
                                                            PhysioDoseField        field);
GtkToggleButton *_physio_prescription_row_get_day_button   (PhysioPrescriptionRow *self,
                                                            guint                  day);

G_END_DECLS
