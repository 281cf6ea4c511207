/* physio-red-flag-dialog.c: recording the intake red-flag screen (brief 7.3)
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "physio-clinician.h"
#include "physio-date-entry-row.h"
#include "physio-form.h"
#include "physio-red-flag-dialog.h"
#include "physio-vocabulary.h"

struct _PhysioRedFlagDialog
{
  AdwWindow            parent_instance;

  /* Template widgets */
  AdwWindowTitle      *window_title;
  AdwPreferencesPage  *preferences_page;
  AdwPreferencesGroup *screen_group;
  AdwActionRow        *store_error;
  AdwEntryRow         *screener_row;
  AdwActionRow        *screener_error;
  PhysioDateEntryRow  *date_row;
  AdwActionRow        *date_error;
  GtkTextView         *notes_view;

  /* Owned references */
  PhysioDatabase      *database;
  PhysioPatient       *patient;
  /* Sign code → its check button (owned by the rows). */
  GHashTable          *checks;
};

G_DEFINE_FINAL_TYPE (PhysioRedFlagDialog, physio_red_flag_dialog, ADW_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
clear_errors (PhysioRedFlagDialog *self)
{
  physio_form_show_error (self->store_error, NULL, NULL);
  physio_form_show_error (self->screener_error, GTK_WIDGET (self->screener_row), NULL);
  physio_form_show_error (self->date_error, GTK_WIDGET (self->date_row), NULL);
}

static char **
ticked_signs (PhysioRedFlagDialog *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  const PhysioVocabEntry *entries;
  guint n_entries;

  entries = physio_vocab_entries (PHYSIO_VOCAB_RED_FLAG, &n_entries);
  for (guint i = 0; i < n_entries; i++)
    if (gtk_check_button_get_active (g_hash_table_lookup (self->checks, entries[i].code)))
      g_strv_builder_add (builder, entries[i].code);

  return g_strv_builder_end (builder);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  PhysioRedFlagDialog *self = PHYSIO_RED_FLAG_DIALOG (widget);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->notes_view);
  g_autoptr(PhysioPatient) copy = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *screener = NULL;
  g_autofree char *notes = NULL;
  g_auto(GStrv) signs = NULL;
  GtkTextIter start, end;
  GDate date, today;

  clear_errors (self);

  screener = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->screener_row))));
  if (!physio_date_entry_row_get_date (self->date_row, &date))
    {
      g_autofree char *example = NULL;
      g_autofree char *message = NULL;

      physio_date_today (&today);
      example = physio_date_format (&today);
      message = g_strdup_printf (_("Red-flag screen: the date must be a date, such as %s."),
                                 example);
      physio_form_show_error (self->date_error, GTK_WIDGET (self->date_row), message);
      return;
    }

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  notes = g_strstrip (gtk_text_buffer_get_text (buffer, &start, &end, FALSE));
  signs = ticked_signs (self);

  copy = physio_patient_copy (self->patient);
  physio_patient_record_screen (copy, *screener != '\0' ? screener : NULL, &date,
                                (const char * const *) signs,
                                *notes != '\0' ? notes : NULL);

  /* The rest of the record was valid when it was saved, so a refusal is about the screen:
   * the screener when none is named, else its date. */
  physio_date_today (&today);
  if (!physio_patient_validate (copy, &today, &error))
    {
      if (*screener == '\0')
        physio_form_show_error (self->screener_error, GTK_WIDGET (self->screener_row),
                                error->message);
      else
        physio_form_show_error (self->date_error, GTK_WIDGET (self->date_row), error->message);
      return;
    }

  if (!physio_database_save_patient (self->database, copy, &error))
    {
      g_autofree char *message = g_strdup_printf (_("The screen could not be saved. %s"),
                                                  error->message);

      physio_form_show_error (self->store_error, NULL, message);
      return;
    }

  g_signal_emit (self, signals[SAVED], 0, copy);
  gtk_window_close (GTK_WINDOW (self));
}

static void
add_sign_groups (PhysioRedFlagDialog *self)
{
  AdwPreferencesGroup *group = NULL;
  const char *group_domain = NULL;
  const PhysioVocabEntry *entries;
  guint n_entries;

  /* The vocabulary lists the signs domain by domain, as the brief's table does. */
  entries = physio_vocab_entries (PHYSIO_VOCAB_RED_FLAG, &n_entries);
  for (guint i = 0; i < n_entries; i++)
    {
      const char *domain = physio_red_flag_domain (entries[i].code);
      const char *label = physio_vocab_label (PHYSIO_VOCAB_RED_FLAG, entries[i].code);
      GtkWidget *row;
      GtkWidget *check;

      if (group == NULL || g_strcmp0 (domain, group_domain) != 0)
        {
          group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
          adw_preferences_group_set_title (group, domain);
          adw_preferences_page_add (self->preferences_page, group);
          group_domain = domain;
        }

      row = adw_action_row_new ();
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), label);
      check = gtk_check_button_new ();
      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      /* Labelled by the row's title (libadwaita): no second label. */
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      adw_preferences_group_add (group, row);

      g_hash_table_insert (self->checks, (gpointer) entries[i].code, check);
    }
}

static void
add_notes_group (PhysioRedFlagDialog *self)
{
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *view = gtk_text_view_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Findings"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                         _("What was asked and found, and any referral "
                                           "made."));

  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (view), FALSE);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (view), 12);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (view), 12);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (view), 12);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (view), 12);
  gtk_widget_set_size_request (view, -1, 96);
  gtk_widget_add_css_class (view, "card");
  gtk_accessible_update_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Findings"), -1);

  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), view);
  adw_preferences_page_add (self->preferences_page, ADW_PREFERENCES_GROUP (group));
  self->notes_view = GTK_TEXT_VIEW (view);
}

/* Fills the form from the screen on record, or with the clinician and today for a first
 * one. */
static void
load_screen (PhysioRedFlagDialog *self)
{
  if (physio_patient_has_red_flag_screen (self->patient))
    {
      const char * const *signs = physio_patient_get_red_flags (self->patient);
      const char *notes = physio_patient_get_screen_notes (self->patient);

      gtk_editable_set_text (GTK_EDITABLE (self->screener_row),
                             physio_patient_get_screened_by (self->patient));
      physio_date_entry_row_set_date (self->date_row,
                                      physio_patient_get_screened_on (self->patient));
      for (guint i = 0; signs != NULL && signs[i] != NULL; i++)
        {
          GtkCheckButton *check = g_hash_table_lookup (self->checks, signs[i]);

          if (check != NULL)
            gtk_check_button_set_active (check, TRUE);
        }
      gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->notes_view),
                                notes != NULL ? notes : "", -1);
    }
  else
    {
      g_autofree char *clinician = physio_clinician_name (self->database);
      GDate today;

      physio_date_today (&today);
      gtk_editable_set_text (GTK_EDITABLE (self->screener_row), clinician);
      physio_date_entry_row_set_date (self->date_row, &today);
    }
}

static void
physio_red_flag_dialog_dispose (GObject *object)
{
  PhysioRedFlagDialog *self = PHYSIO_RED_FLAG_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), PHYSIO_TYPE_RED_FLAG_DIALOG);

  g_clear_object (&self->database);
  g_clear_object (&self->patient);

  G_OBJECT_CLASS (physio_red_flag_dialog_parent_class)->dispose (object);
}

static void
physio_red_flag_dialog_finalize (GObject *object)
{
  PhysioRedFlagDialog *self = PHYSIO_RED_FLAG_DIALOG (object);

  g_clear_pointer (&self->checks, g_hash_table_unref);

  G_OBJECT_CLASS (physio_red_flag_dialog_parent_class)->finalize (object);
}

static void
physio_red_flag_dialog_class_init (PhysioRedFlagDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = physio_red_flag_dialog_dispose;
  object_class->finalize = physio_red_flag_dialog_finalize;

  signals[SAVED] =
    g_signal_new ("saved",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, PHYSIO_TYPE_PATIENT);

  g_type_ensure (PHYSIO_TYPE_DATE_ENTRY_ROW);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/physio-red-flag-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, PhysioRedFlagDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, PhysioRedFlagDialog, preferences_page);
  gtk_widget_class_bind_template_child (widget_class, PhysioRedFlagDialog, screen_group);
  gtk_widget_class_bind_template_child (widget_class, PhysioRedFlagDialog, store_error);
  gtk_widget_class_bind_template_child (widget_class, PhysioRedFlagDialog, screener_row);
  gtk_widget_class_bind_template_child (widget_class, PhysioRedFlagDialog, screener_error);
  gtk_widget_class_bind_template_child (widget_class, PhysioRedFlagDialog, date_row);
  gtk_widget_class_bind_template_child (widget_class, PhysioRedFlagDialog, date_error);

  gtk_widget_class_install_action (widget_class, "screen.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK,
                                       "screen.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
physio_red_flag_dialog_init (PhysioRedFlagDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->checks = g_hash_table_new (g_str_hash, g_str_equal);

  add_sign_groups (self);
  add_notes_group (self);
}

PhysioRedFlagDialog *
physio_red_flag_dialog_new (GtkWindow      *parent,
                            PhysioDatabase *database,
                            PhysioPatient  *patient)
{
  PhysioRedFlagDialog *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (PHYSIO_IS_DATABASE (database), NULL);
  g_return_val_if_fail (PHYSIO_IS_PATIENT (patient), NULL);

  self = g_object_new (PHYSIO_TYPE_RED_FLAG_DIALOG,
                       "transient-for", parent,
                       NULL);
  self->database = g_object_ref (database);
  self->patient = physio_patient_copy (patient);

  adw_window_title_set_subtitle (self->window_title, physio_patient_get_name (patient));
  load_screen (self);

  return self;
}

GtkCheckButton *
_physio_red_flag_dialog_get_check (PhysioRedFlagDialog *self,
                                   const char          *code)
{
  g_return_val_if_fail (PHYSIO_IS_RED_FLAG_DIALOG (self), NULL);

  return g_hash_table_lookup (self->checks, code);
}

AdwEntryRow *
_physio_red_flag_dialog_get_screener_row (PhysioRedFlagDialog *self)
{
  g_return_val_if_fail (PHYSIO_IS_RED_FLAG_DIALOG (self), NULL);

  return self->screener_row;
}

AdwEntryRow *
_physio_red_flag_dialog_get_date_row (PhysioRedFlagDialog *self)
{
  g_return_val_if_fail (PHYSIO_IS_RED_FLAG_DIALOG (self), NULL);

  return ADW_ENTRY_ROW (self->date_row);
}

const char *
_physio_red_flag_dialog_get_error (PhysioRedFlagDialog *self)
{
  AdwActionRow *rows[] = { self->store_error, self->screener_error, self->date_error };

  g_return_val_if_fail (PHYSIO_IS_RED_FLAG_DIALOG (self), NULL);

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    if (gtk_widget_get_visible (GTK_WIDGET (rows[i])))
      return adw_preferences_row_get_title (ADW_PREFERENCES_ROW (rows[i]));

  return NULL;
}
