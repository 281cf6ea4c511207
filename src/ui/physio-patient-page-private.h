/* physio-patient-page-private.h: what the patient page's files share
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "physio-check-row.h"
#include "physio-date-entry-row.h"
#include "physio-patient-page.h"
#include "physio-patient-outcomes.h"
#include "physio-patient-programmes.h"

G_BEGIN_DECLS

struct _PhysioPatientPage
{
  GtkWidget                parent_instance;

  /* Template widgets */
  AdwPreferencesPage      *preferences_page;
  AdwPreferencesGroup     *patient_group;
  AdwEntryRow             *name_row;
  PhysioCheckRow          *name_error;
  AdwEntryRow             *ref_row;
  PhysioCheckRow          *ref_error;
  AdwEntryRow             *birth_row;
  PhysioCheckRow          *birth_error;
  PhysioDateEntryRow      *onset_row;
  PhysioCheckRow          *onset_error;
  AdwComboRow             *stage_row;
  AdwActionRow            *radicular_row;
  GtkSwitch               *radicular_switch;
  AdwPreferencesGroup     *conditions_group;
  AdwPreferencesGroup     *notes_group;
  GtkTextView             *notes_view;
  AdwPreferencesGroup     *screen_group;
  GtkButton               *screen_button;
  AdwActionRow            *screen_row;
  GtkImage                *screen_icon;
  PhysioPatientProgrammes *programmes_group;
  PhysioPatientOutcomes   *outcomes_group;
  AdwPreferencesGroup     *record_group;
  AdwActionRow            *archive_row;
  GtkButton               *archive_button;
  GtkButton               *delete_button;

  /* Owned references */
  PhysioDatabase          *database;
  /* The record as saved; the widgets may hold edits not saved yet. */
  PhysioPatient           *patient;
  /* Bindings from the record shown to the widgets that follow it. */
  GBindingGroup           *patient_bindings;
  /* Condition code → its check button (owned by the rows). */
  GHashTable              *condition_checks;
  char                    *errors[PHYSIO_N_PATIENT_FIELDS];
  guint                    save_source;

  /* Set while the widgets are filled from the record, which is not an edit. */
  gboolean                 loading;
};

/* physio-patient-page.c */
void       _physio_patient_page_show_toast        (PhysioPatientPage *self,
                                                   const char        *message);
GtkWindow *_physio_patient_page_get_parent_window (PhysioPatientPage *self);
gboolean   _physio_patient_page_is_saved          (PhysioPatientPage *self);
/* Takes a record the store has just saved as the one shown. */
void       _physio_patient_page_adopt_saved       (PhysioPatientPage *self,
                                                   PhysioPatient     *saved);

/* physio-patient-page-fields.c: the widgets of the fields and the record between them. */
/* Shows @message under the field (NULL clears it); a field without a row for it toasts. */
void       _physio_patient_page_set_field_error   (PhysioPatientPage  *self,
                                                   PhysioPatientField  field,
                                                   const char         *message);
void       _physio_patient_page_clear_errors      (PhysioPatientPage  *self);
/* Whether the field's widget still shows what is saved. */
gboolean   _physio_patient_page_field_is_saved    (PhysioPatientPage  *self,
                                                   PhysioPatientField  field);
/* Puts the field's value into @patient; FALSE with a message when it cannot be read. */
gboolean   _physio_patient_page_apply_field       (PhysioPatientPage  *self,
                                                   PhysioPatientField  field,
                                                   PhysioPatient      *patient,
                                                   GError            **error);
/* Shows the saved record in the widgets. */
void       _physio_patient_page_load_fields       (PhysioPatientPage  *self);

/* physio-patient-page-record.c: the screen, archive and delete rows. */
void       _physio_patient_page_update_screen     (PhysioPatientPage *self);
void       _physio_patient_page_class_record_init (GtkWidgetClass    *widget_class);
/* Binds the widgets that follow the record shown (what is open before it exists, the
 * archive row) into self->patient_bindings. */
void       _physio_patient_page_bind_record       (PhysioPatientPage *self);

G_END_DECLS
