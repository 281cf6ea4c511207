/* physio-patient-page-record.c: the red-flag screen and the archive and delete buttons of a
 * patient's record
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "physio-compat.h"
#include "physio-patient-page-private.h"
#include "physio-red-flag-dialog.h"
#include "physio-vocabulary.h"

void
_physio_patient_page_update_screen (PhysioPatientPage *self)
{
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;

  if (!physio_patient_has_red_flag_screen (self->patient))
    {
      gtk_image_set_from_icon_name (self->screen_icon, "dialog-warning-symbolic");
      gtk_widget_remove_css_class (GTK_WIDGET (self->screen_icon), "success");
      gtk_widget_add_css_class (GTK_WIDGET (self->screen_icon), "warning");
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->screen_row), _("Not recorded"));
      adw_action_row_set_subtitle (self->screen_row,
                                   _("Programmes cannot be issued until it is"));
      gtk_button_set_label (self->screen_button, _("_Record Screen"));
      /* The one thing that stops a programme being issued: make it the obvious next step. */
      gtk_widget_add_css_class (GTK_WIDGET (self->screen_button), "suggested-action");
    }
  else
    {
      const char * const *flags = physio_patient_get_red_flags (self->patient);
      const char *notes = physio_patient_get_screen_notes (self->patient);
      g_autofree char *date = physio_date_format (physio_patient_get_screened_on (self->patient));
      guint n_flags = flags != NULL ? g_strv_length ((char **) flags) : 0;
      g_autoptr(GString) text = g_string_new (NULL);

      /* TRANSLATORS: "Screened by Alex Morgan on 4 May 2026" */
      title = g_strdup_printf (_("Screened by %s on %s"),
                               physio_patient_get_screened_by (self->patient),
                               date != NULL ? date : "");

      if (n_flags == 0)
        {
          g_string_append (text, _("None present"));
        }
      else
        {
          g_string_append_printf (text, ngettext ("%u sign noted: ", "%u signs noted: ",
                                                  n_flags),
                                  n_flags);
          for (guint i = 0; i < n_flags; i++)
            {
              if (i > 0)
                g_string_append (text, ", ");
              g_string_append (text, physio_vocab_label (PHYSIO_VOCAB_RED_FLAG, flags[i]));
            }
        }
      if (notes != NULL && *notes != '\0')
        g_string_append_printf (text, "\n%s", notes);
      subtitle = g_string_free (g_steal_pointer (&text), FALSE);

      gtk_image_set_from_icon_name (self->screen_icon,
                                    n_flags == 0 ? "emblem-ok-symbolic"
                                                 : "dialog-warning-symbolic");
      gtk_widget_remove_css_class (GTK_WIDGET (self->screen_icon),
                                   n_flags == 0 ? "warning" : "success");
      gtk_widget_add_css_class (GTK_WIDGET (self->screen_icon),
                                n_flags == 0 ? "success" : "warning");
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->screen_row), title);
      adw_action_row_set_subtitle (self->screen_row, subtitle);
      gtk_button_set_label (self->screen_button, _("_Update Screen"));
      gtk_widget_remove_css_class (GTK_WIDGET (self->screen_button), "suggested-action");
    }
}

static void
on_screen_saved_cb (PhysioPatientPage   *self,
                    PhysioPatient       *patient,
                    PhysioRedFlagDialog *dialog)
{
  g_autoptr(PhysioPatient) copy = physio_patient_copy (patient);

  _physio_patient_page_adopt_saved (self, copy);
}

static void
on_screen_clicked_cb (PhysioPatientPage *self,
                      GtkButton         *button)
{
  PhysioRedFlagDialog *dialog;

  /* The dialog saves a copy of the record; typed edits go in first so they are not lost. */
  physio_patient_page_flush (self);
  if (!_physio_patient_page_is_saved (self))
    return;

  dialog = physio_red_flag_dialog_new (_physio_patient_page_get_parent_window (self),
                                       self->database, self->patient);
  g_signal_connect_object (dialog, "saved", G_CALLBACK (on_screen_saved_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_archive_clicked_cb (PhysioPatientPage *self,
                       GtkButton         *button)
{
  g_autoptr(PhysioPatient) copy = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  gboolean archive;

  physio_patient_page_flush (self);
  if (!_physio_patient_page_is_saved (self))
    return;

  archive = !physio_patient_get_archived (self->patient);
  copy = physio_patient_copy (self->patient);
  physio_patient_set_archived (copy, archive);
  if (!physio_database_save_patient (self->database, copy, &error))
    {
      _physio_patient_page_show_toast (self, error->message);
      return;
    }

  message = g_strdup_printf (archive ? _("%s archived") : _("%s is back in the list"),
                             physio_patient_get_name (copy));
  _physio_patient_page_adopt_saved (self, copy);
  _physio_patient_page_show_toast (self, message);
}

static void
on_delete_response_cb (GtkWidget         *dialog,
                       const char        *response,
                       PhysioPatientPage *self)
{
  gint64 id = *(gint64 *) g_object_get_data (G_OBJECT (dialog), "physio-patient-id");
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "delete") != 0)
    return;

  /* The clinician may have moved on to another patient while the dialog was up. */
  if (self->patient == NULL || physio_patient_get_id (self->patient) != id)
    return;

  g_clear_handle_id (&self->save_source, g_source_remove);
  if (!physio_database_delete_patient (self->database, id, &error))
    {
      _physio_patient_page_show_toast (self, error->message);
      return;
    }

  g_signal_emit_by_name (self, "deleted", id);
}

static char *
describe_deletion (PhysioPatientPage *self)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *list = NULL;
  guint n_programmes = 0, n_logs = 0, n_diary = 0;

  physio_database_count_patient_data (self->database, physio_patient_get_id (self->patient),
                                      &n_programmes, &n_logs, &n_diary);

  if (n_programmes > 0)
    g_ptr_array_add (parts, g_strdup_printf (ngettext ("%u programme", "%u programmes",
                                                       n_programmes), n_programmes));
  if (n_logs > 0)
    g_ptr_array_add (parts, g_strdup_printf (ngettext ("%u session log", "%u session logs",
                                                       n_logs), n_logs));
  if (n_diary > 0)
    g_ptr_array_add (parts, g_strdup_printf (ngettext ("%u diary entry", "%u diary entries",
                                                       n_diary), n_diary));

  if (parts->len == 0)
    return g_strdup_printf (_("The record of %s will be removed. It has no programmes, logs "
                              "or diary entries. This cannot be undone."),
                            physio_patient_get_name (self->patient));

  g_ptr_array_add (parts, NULL);
  /* TRANSLATORS: joins the counts of what a deletion removes */
  list = g_strjoinv (_(", "), (char **) parts->pdata);

  /* TRANSLATORS: %s is the patient's name, then a list like "2 programmes, 40 session logs" */
  return g_strdup_printf (_("The record of %s will be removed with everything recorded for "
                            "them: %s. This cannot be undone."),
                          physio_patient_get_name (self->patient), list);
}

static void
on_delete_clicked_cb (PhysioPatientPage *self,
                      GtkButton         *button)
{
  g_autofree char *body = NULL;
  GtkWidget *dialog;
  gint64 *id;

  physio_patient_page_flush (self);
  if (!_physio_patient_page_is_saved (self))
    return;

  body = describe_deletion (self);
  dialog = physio_compat_alert_new (_("Delete Patient?"), body);
  physio_compat_alert_add_response (dialog, "cancel", _("_Cancel"));
  physio_compat_alert_add_response (dialog, "delete", _("_Delete"));
  physio_compat_alert_set_response_appearance (dialog, "delete", ADW_RESPONSE_DESTRUCTIVE);
  /* Enter and Escape both keep the patient: deleting takes a deliberate click. */
  physio_compat_alert_set_default_response (dialog, "cancel");
  physio_compat_alert_set_close_response (dialog, "cancel");
  id = g_new (gint64, 1);
  *id = physio_patient_get_id (self->patient);
  g_object_set_data_full (G_OBJECT (dialog), "physio-patient-id", id, g_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_delete_response_cb), self, 0);
  physio_compat_alert_present (dialog, GTK_WIDGET (self));
}

static gboolean
id_to_saved (GBinding     *binding,
             const GValue *from,
             GValue       *to,
             gpointer      user_data)
{
  g_value_set_boolean (to, g_value_get_int64 (from) != 0);
  return TRUE;
}

static gboolean
archived_to_title (GBinding     *binding,
                   const GValue *from,
                   GValue       *to,
                   gpointer      user_data)
{
  g_value_set_string (to, g_value_get_boolean (from) ? _("Archived") : _("Archive Patient"));
  return TRUE;
}

static gboolean
archived_to_subtitle (GBinding     *binding,
                      const GValue *from,
                      GValue       *to,
                      gpointer      user_data)
{
  g_value_set_string (to, g_value_get_boolean (from)
                          ? _("Listed only when archived patients are shown")
                          : _("Hide from the list once treatment has ended; everything is "
                              "kept"));
  return TRUE;
}

static gboolean
archived_to_button (GBinding     *binding,
                    const GValue *from,
                    GValue       *to,
                    gpointer      user_data)
{
  g_value_set_string (to, g_value_get_boolean (from) ? _("_Unarchive") : _("_Archive"));
  return TRUE;
}

/* The page shows a new copy of the record after every save; the group moves every binding to
 * it at once. The name creates the record, and the rest waits for it, as nothing can be
 * saved without one. */
void
_physio_patient_page_bind_record (PhysioPatientPage *self)
{
  GtkWidget *opened[] = {
    GTK_WIDGET (self->ref_row), GTK_WIDGET (self->birth_row), GTK_WIDGET (self->onset_row),
    GTK_WIDGET (self->stage_row), GTK_WIDGET (self->radicular_row),
    GTK_WIDGET (self->conditions_group), GTK_WIDGET (self->notes_group),
  };
  GtkWidget *shown[] = {
    GTK_WIDGET (self->screen_group), GTK_WIDGET (self->programmes_group),
    GTK_WIDGET (self->record_group),
  };

  self->patient_bindings = g_binding_group_new ();
  for (guint i = 0; i < G_N_ELEMENTS (opened); i++)
    g_binding_group_bind_full (self->patient_bindings, "id", opened[i], "sensitive",
                               G_BINDING_SYNC_CREATE, id_to_saved, NULL, NULL, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (shown); i++)
    g_binding_group_bind_full (self->patient_bindings, "id", shown[i], "visible",
                               G_BINDING_SYNC_CREATE, id_to_saved, NULL, NULL, NULL);
  g_binding_group_bind_full (self->patient_bindings, "archived", self->archive_row, "title",
                             G_BINDING_SYNC_CREATE, archived_to_title, NULL, NULL, NULL);
  g_binding_group_bind_full (self->patient_bindings, "archived", self->archive_row, "subtitle",
                             G_BINDING_SYNC_CREATE, archived_to_subtitle, NULL, NULL, NULL);
  g_binding_group_bind_full (self->patient_bindings, "archived", self->archive_button, "label",
                             G_BINDING_SYNC_CREATE, archived_to_button, NULL, NULL, NULL);
}

void
_physio_patient_page_class_record_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_callback (widget_class, on_screen_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_archive_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_delete_clicked_cb);
}
