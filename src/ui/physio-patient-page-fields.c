/* physio-patient-page-fields.c: a patient page's fields: showing the record, reading an
 * edit back, and the message under a field that cannot be saved
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "physio-patient-page-private.h"
#include "physio-patient-text.h"
#include "physio-vocabulary.h"

/* The stage choices in the order of the combo row; the first follows the onset date. */
static const char * const stage_choices[] = { NULL, "acute", "subacute", "chronic" };

/* Text of an entry without the spaces around it; NULL for nothing, as the record keeps it. */
static char *
entry_text (gpointer editable)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (editable))));

  return *text != '\0' ? g_steal_pointer (&text) : NULL;
}

static char *
notes_text (PhysioPatientPage *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->notes_view);
  GtkTextIter start, end;
  g_autofree char *text = NULL;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  g_strchomp (text);

  return *text != '\0' ? g_steal_pointer (&text) : NULL;
}

/* Errors */

static PhysioCheckRow *
get_error_row (PhysioPatientPage  *self,
               PhysioPatientField  field)
{
  switch (field)
    {
    case PHYSIO_PATIENT_FIELD_NAME:
      return self->name_error;
    case PHYSIO_PATIENT_FIELD_CLINIC_REF:
      return self->ref_error;
    case PHYSIO_PATIENT_FIELD_BIRTH:
      return self->birth_error;
    case PHYSIO_PATIENT_FIELD_ONSET:
      return self->onset_error;
    case PHYSIO_PATIENT_FIELD_STAGE:
    case PHYSIO_PATIENT_FIELD_RADICULAR:
    case PHYSIO_PATIENT_FIELD_CONDITIONS:
    case PHYSIO_PATIENT_FIELD_NOTES:
    case PHYSIO_N_PATIENT_FIELDS:
    default:
      return NULL;
    }
}

GtkWidget *
_physio_patient_page_get_field_widget (PhysioPatientPage  *self,
                                       PhysioPatientField  field)
{
  g_return_val_if_fail (PHYSIO_IS_PATIENT_PAGE (self), NULL);

  switch (field)
    {
    case PHYSIO_PATIENT_FIELD_NAME:
      return GTK_WIDGET (self->name_row);
    case PHYSIO_PATIENT_FIELD_CLINIC_REF:
      return GTK_WIDGET (self->ref_row);
    case PHYSIO_PATIENT_FIELD_BIRTH:
      return GTK_WIDGET (self->birth_row);
    case PHYSIO_PATIENT_FIELD_ONSET:
      return GTK_WIDGET (self->onset_row);
    case PHYSIO_PATIENT_FIELD_STAGE:
      return GTK_WIDGET (self->stage_row);
    case PHYSIO_PATIENT_FIELD_RADICULAR:
      return GTK_WIDGET (self->radicular_switch);
    case PHYSIO_PATIENT_FIELD_NOTES:
      return GTK_WIDGET (self->notes_view);
    case PHYSIO_PATIENT_FIELD_CONDITIONS:
      return GTK_WIDGET (self->conditions_group);
    case PHYSIO_N_PATIENT_FIELDS:
    default:
      return NULL;
    }
}

void
_physio_patient_page_set_field_error (PhysioPatientPage  *self,
                                      PhysioPatientField  field,
                                      const char         *message)
{
  PhysioCheckRow *error_row = get_error_row (self, field);
  GtkWidget *widget = _physio_patient_page_get_field_widget (self, field);

  g_free (self->errors[field]);
  self->errors[field] = g_strdup (message);

  if (error_row == NULL)
    {
      /* Choices from fixed lists have no row for a message; a failure there is the disk's. */
      if (message != NULL)
        _physio_patient_page_show_toast (self, message);
      return;
    }

  if (message != NULL)
    {
      physio_check_row_set_message (error_row, message);
      gtk_widget_add_css_class (widget, "error");
      gtk_accessible_update_property (GTK_ACCESSIBLE (widget),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, message, -1);
    }
  else
    {
      gtk_widget_remove_css_class (widget, "error");
      gtk_accessible_reset_property (GTK_ACCESSIBLE (widget),
                                     GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
    }
  gtk_widget_set_visible (GTK_WIDGET (error_row), message != NULL);
}

void
_physio_patient_page_clear_errors (PhysioPatientPage *self)
{
  for (guint i = 0; i < PHYSIO_N_PATIENT_FIELDS; i++)
    if (self->errors[i] != NULL)
      _physio_patient_page_set_field_error (self, i, NULL);
}

const char *
_physio_patient_page_get_field_error (PhysioPatientPage  *self,
                                      PhysioPatientField  field)
{
  g_return_val_if_fail (PHYSIO_IS_PATIENT_PAGE (self), NULL);
  g_return_val_if_fail (field < PHYSIO_N_PATIENT_FIELDS, NULL);

  return self->errors[field];
}

/* Fields */

static char **
checked_conditions (PhysioPatientPage *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  const PhysioVocabEntry *entries;
  guint n_entries;

  /* In the vocabulary's order, so the same ticks always give the same list. */
  entries = physio_vocab_entries (PHYSIO_VOCAB_CONDITION, &n_entries);
  for (guint i = 0; i < n_entries; i++)
    {
      GtkCheckButton *check = g_hash_table_lookup (self->condition_checks, entries[i].code);

      if (gtk_check_button_get_active (check))
        g_strv_builder_add (builder, entries[i].code);
    }

  return g_strv_builder_end (builder);
}

/* Whether the field's widget still shows what is saved. */
gboolean
_physio_patient_page_field_is_saved (PhysioPatientPage  *self,
                                     PhysioPatientField  field)
{
  PhysioPatient *patient = self->patient;

  switch (field)
    {
    case PHYSIO_PATIENT_FIELD_NAME:
      {
        g_autofree char *text = entry_text (self->name_row);
        const char *name = physio_patient_get_name (patient);
        return g_strcmp0 (text != NULL ? text : "", name != NULL ? name : "") == 0;
      }
    case PHYSIO_PATIENT_FIELD_CLINIC_REF:
      {
        g_autofree char *text = entry_text (self->ref_row);
        return g_strcmp0 (text, physio_patient_get_clinic_ref (patient)) == 0;
      }
    case PHYSIO_PATIENT_FIELD_BIRTH:
      {
        g_autofree char *text = entry_text (self->birth_row);
        g_autofree char *shown = physio_patient_format_birth (physio_patient_get_birth (patient));
        return g_strcmp0 (text != NULL ? text : "", shown) == 0;
      }
    case PHYSIO_PATIENT_FIELD_ONSET:
      {
        g_autofree char *text = entry_text (self->onset_row);
        g_autofree char *shown = physio_date_format (physio_patient_get_onset (patient));
        return g_strcmp0 (text, shown) == 0;
      }
    case PHYSIO_PATIENT_FIELD_STAGE:
      {
        guint selected = adw_combo_row_get_selected (self->stage_row);
        return selected < G_N_ELEMENTS (stage_choices) &&
               g_strcmp0 (stage_choices[selected],
                          physio_patient_get_stage_override (patient)) == 0;
      }
    case PHYSIO_PATIENT_FIELD_RADICULAR:
      return gtk_switch_get_active (self->radicular_switch) ==
             physio_patient_get_radicular (patient);
    case PHYSIO_PATIENT_FIELD_CONDITIONS:
      {
        g_auto(GStrv) codes = checked_conditions (self);
        const char * const *saved = physio_patient_get_conditions (patient);
        return g_strv_equal ((const char * const *) codes,
                             saved != NULL ? saved : (const char * const []) { NULL });
      }
    case PHYSIO_PATIENT_FIELD_NOTES:
      {
        g_autofree char *text = notes_text (self);
        return g_strcmp0 (text, physio_patient_get_notes (patient)) == 0;
      }
    case PHYSIO_N_PATIENT_FIELDS:
    default:
      g_assert_not_reached ();
    }
}

/* Puts the field's value into @patient; FALSE with a message when it cannot be read. */
gboolean
_physio_patient_page_apply_field (PhysioPatientPage  *self,
                                  PhysioPatientField  field,
                                  PhysioPatient      *patient,
                                  GError            **error)
{
  switch (field)
    {
    case PHYSIO_PATIENT_FIELD_NAME:
      {
        g_autofree char *text = entry_text (self->name_row);
        physio_patient_set_name (patient, text != NULL ? text : "");
        return TRUE;
      }
    case PHYSIO_PATIENT_FIELD_CLINIC_REF:
      {
        g_autofree char *text = entry_text (self->ref_row);
        physio_patient_set_clinic_ref (patient, text);
        return TRUE;
      }
    case PHYSIO_PATIENT_FIELD_BIRTH:
      {
        g_autofree char *text = entry_text (self->birth_row);
        g_autofree char *birth = physio_patient_parse_birth (text);
        physio_patient_set_birth (patient, birth);
        return TRUE;
      }
    case PHYSIO_PATIENT_FIELD_ONSET:
      {
        GDate onset;

        if (!physio_date_entry_row_get_date (self->onset_row, &onset))
          {
            GDate today;
            g_autofree char *example = NULL;

            physio_date_today (&today);
            example = physio_date_format (&today);
            g_set_error (error, PHYSIO_PATIENT_ERROR, PHYSIO_PATIENT_ERROR_INVALID,
                         _("Onset must be a date, such as %s."), example);
            return FALSE;
          }
        physio_patient_set_onset (patient, &onset);
        return TRUE;
      }
    case PHYSIO_PATIENT_FIELD_STAGE:
      {
        guint selected = adw_combo_row_get_selected (self->stage_row);
        physio_patient_set_stage_override (patient,
                                           selected < G_N_ELEMENTS (stage_choices)
                                           ? stage_choices[selected] : NULL);
        return TRUE;
      }
    case PHYSIO_PATIENT_FIELD_RADICULAR:
      physio_patient_set_radicular (patient, gtk_switch_get_active (self->radicular_switch));
      return TRUE;
    case PHYSIO_PATIENT_FIELD_CONDITIONS:
      {
        g_auto(GStrv) codes = checked_conditions (self);
        physio_patient_set_conditions (patient, (const char * const *) codes);
        return TRUE;
      }
    case PHYSIO_PATIENT_FIELD_NOTES:
      {
        g_autofree char *text = notes_text (self);
        physio_patient_set_notes (patient, text);
        return TRUE;
      }
    case PHYSIO_N_PATIENT_FIELDS:
    default:
      g_assert_not_reached ();
    }
}

/* Shows the saved record in the widgets. */
void
_physio_patient_page_load_fields (PhysioPatientPage *self)
{
  PhysioPatient *patient = self->patient;
  const char *override = physio_patient_get_stage_override (patient);
  const char *notes = physio_patient_get_notes (patient);
  g_autofree char *birth = physio_patient_format_birth (physio_patient_get_birth (patient));
  GHashTableIter iter;
  gpointer code, check;
  guint stage = 0;

  self->loading = TRUE;

  gtk_editable_set_text (GTK_EDITABLE (self->name_row),
                         physio_patient_get_name (patient) != NULL
                         ? physio_patient_get_name (patient) : "");
  gtk_editable_set_text (GTK_EDITABLE (self->ref_row),
                         physio_patient_get_clinic_ref (patient) != NULL
                         ? physio_patient_get_clinic_ref (patient) : "");
  gtk_editable_set_text (GTK_EDITABLE (self->birth_row), birth);
  physio_date_entry_row_set_date (self->onset_row, physio_patient_get_onset (patient));

  for (guint i = 1; i < G_N_ELEMENTS (stage_choices); i++)
    if (g_strcmp0 (stage_choices[i], override) == 0)
      stage = i;
  adw_combo_row_set_selected (self->stage_row, stage);

  gtk_switch_set_active (self->radicular_switch, physio_patient_get_radicular (patient));

  g_hash_table_iter_init (&iter, self->condition_checks);
  while (g_hash_table_iter_next (&iter, &code, &check))
    gtk_check_button_set_active (check, physio_patient_has_condition (patient, code));

  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->notes_view),
                            notes != NULL ? notes : "", -1);

  self->loading = FALSE;
}

