/* physio-patient-outcomes.c: the patient page's outcome measures: what is due, the latest scores
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "physio-database-outcomes.h"
#include "physio-database-patients.h"
#include "physio-date-entry-row.h"
#include "physio-outcome-dialog.h"
#include "physio-patient-outcomes.h"

struct _PhysioPatientOutcomes
{
  AdwPreferencesGroup  parent_instance;

  PhysioDatabase      *database;
  gint64               patient_id;
  GPtrArray           *rows;       /* the rows added, to remove them again */
  GHashTable          *buttons;    /* instrument → the due row's Score button, borrowed */
  gulong               changed_id;
  guint                refresh_idle;
};

G_DEFINE_FINAL_TYPE (PhysioPatientOutcomes, physio_patient_outcomes, ADW_TYPE_PREFERENCES_GROUP)

static void
open_dialog (PhysioPatientOutcomes *self,
             PhysioInstrument       instrument)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  PhysioOutcomeDialog *dialog;

  dialog = physio_outcome_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                      self->database, self->patient_id, instrument);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_score_clicked_cb (GtkButton             *button,
                     PhysioPatientOutcomes *self)
{
  open_dialog (self, GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "instrument")));
}

static GtkWidget *
add_row (PhysioPatientOutcomes *self,
         const char            *title,
         const char            *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), row);
  g_ptr_array_add (self->rows, row);
  return row;
}

static GtkWidget *
score_button (PhysioPatientOutcomes *self,
              PhysioInstrument       instrument)
{
  GtkWidget *button = gtk_button_new_with_label (_("Score"));

  g_object_set_data (G_OBJECT (button), "instrument", GINT_TO_POINTER (instrument));
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  g_signal_connect (button, "clicked", G_CALLBACK (on_score_clicked_cb), self);
  return button;
}

/* The active programme, else the newest. */
static PhysioProgramme *
current_programme (GPtrArray *programmes)
{
  for (guint i = 0; i < programmes->len; i++)
    if (physio_programme_get_status (g_ptr_array_index (programmes, i)) == PHYSIO_PROGRAMME_ACTIVE)
      return g_ptr_array_index (programmes, i);
  return programmes->len > 0 ? g_ptr_array_index (programmes, 0) : NULL;
}

static void
add_due (PhysioPatientOutcomes *self,
         GPtrArray             *programmes)
{
  PhysioProgramme *programme = current_programme (programmes);
  g_autoptr(GArray) due = NULL;
  GDate today;

  if (programme == NULL || physio_programme_get_start_date (programme) == NULL ||
      !g_date_valid (physio_programme_get_start_date (programme)))
    return;
  physio_date_today (&today);
  due = physio_database_outcomes_due (self->database, programme, &today, NULL);
  for (guint i = 0; due != NULL && i < due->len; i++)
    {
      const PhysioOutcomeDue *item = &g_array_index (due, PhysioOutcomeDue, i);
      g_autofree char *title = physio_outcome_due_label (item);
      g_autofree char *date = physio_date_format (&item->date);
      g_autofree char *subtitle = NULL;
      GtkWidget *row, *button;

      if (item->week == 0)
        /* Translators: when a measure is due: "Intake, 4 May 2026". */
        subtitle = g_strdup_printf (_("Intake, %s"), date);
      else if (item->discharge)
        subtitle = g_strdup_printf (_("Discharge, %s"), date);
      else
        /* Translators: when a measure is due: "Week 4 review, 1 Jun 2026". */
        subtitle = g_strdup_printf (_("Week %u review, %s"), item->week, date);
      row = add_row (self, title, subtitle);
      if (item->overdue)
        gtk_widget_add_css_class (row, "warning");
      button = score_button (self, item->instrument);
      gtk_widget_add_css_class (button, "suggested-action");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), button);
      g_hash_table_insert (self->buttons, GINT_TO_POINTER (item->instrument), button);
    }
}

/* The latest valid total of each instrument, newest form last in the store's order. */
static void
add_latest (PhysioPatientOutcomes *self)
{
  g_autoptr(GArray) forms = physio_database_list_outcomes (self->database, self->patient_id,
                                                           NULL);

  for (int instrument = 0; forms != NULL && instrument < PHYSIO_N_INSTRUMENTS; instrument++)
    for (guint i = forms->len; i-- > 0;)
      {
        const PhysioOutcomeForm *form = &g_array_index (forms, PhysioOutcomeForm, i);
        PhysioOutcomeScore score = { 0 };
        g_autofree char *date = NULL;
        g_autofree char *title = NULL;
        gboolean found;

        if ((int) form->instrument != instrument)
          continue;
        found = physio_outcome_score (form, NULL, &score);
        if (found)
          {
            date = physio_date_format (&form->date);
            if (form->instrument == PHYSIO_INSTRUMENT_PSFS)
              /* Translators: the latest score of a measure: "PSFS 5.7 on 2 Dec 2026". */
              title = g_strdup_printf (_("%s %.1f on %s"), physio_instrument_label (form->instrument),
                                       score.total, date);
            else if (form->instrument == PHYSIO_INSTRUMENT_SBST)
              title = g_strdup_printf (_("%s %s on %s"), physio_instrument_label (form->instrument),
                                       physio_sbst_risk_label (score.risk), date);
            else
              title = g_strdup_printf (_("%s %d on %s"), physio_instrument_label (form->instrument),
                                       physio_outcome_display_total (form->instrument,
                                                                     score.total), date);
            add_row (self, title, NULL);
          }
        physio_outcome_score_clear (&score);
        if (found)
          break;
      }
}

static void
refresh (PhysioPatientOutcomes *self)
{
  g_autoptr(GPtrArray) programmes = NULL;

  g_clear_handle_id (&self->refresh_idle, g_source_remove);
  for (guint i = 0; i < self->rows->len; i++)
    adw_preferences_group_remove (ADW_PREFERENCES_GROUP (self),
                                  g_ptr_array_index (self->rows, i));
  g_ptr_array_set_size (self->rows, 0);
  g_hash_table_remove_all (self->buttons);

  gtk_widget_set_visible (GTK_WIDGET (self), self->database != NULL && self->patient_id > 0);
  if (self->database == NULL || self->patient_id <= 0)
    return;

  programmes = physio_database_list_programmes (self->database, self->patient_id, NULL);
  if (programmes != NULL)
    add_due (self, programmes);
  add_latest (self);
  if (self->rows->len == 0)
    add_row (self, _("Nothing scored yet"),
             _("Score the ODI and the patient’s own activities (PSFS) at the first visit to "
               "see change later."));
}

static gboolean
refresh_idle_cb (gpointer user_data)
{
  PhysioPatientOutcomes *self = user_data;

  self->refresh_idle = 0;
  refresh (self);
  return G_SOURCE_REMOVE;
}

static void
on_patients_changed_cb (PhysioDatabase        *database,
                        gint64                 patient_id,
                        PhysioPatientOutcomes *self)
{
  /* Diary typing does not change what is due; a form or a programme does. */
  if ((patient_id == 0 || patient_id == self->patient_id) && self->refresh_idle == 0)
    self->refresh_idle = g_idle_add (refresh_idle_cb, self);
}

static void
on_score_any_cb (GtkButton             *button,
                 PhysioPatientOutcomes *self)
{
  open_dialog (self, PHYSIO_INSTRUMENT_ODI);
}

static void
physio_patient_outcomes_dispose (GObject *object)
{
  PhysioPatientOutcomes *self = PHYSIO_PATIENT_OUTCOMES (object);

  g_clear_handle_id (&self->refresh_idle, g_source_remove);
  if (self->database != NULL)
    g_clear_signal_handler (&self->changed_id, self->database);
  g_clear_object (&self->database);
  G_OBJECT_CLASS (physio_patient_outcomes_parent_class)->dispose (object);
}

static void
physio_patient_outcomes_finalize (GObject *object)
{
  PhysioPatientOutcomes *self = PHYSIO_PATIENT_OUTCOMES (object);

  g_ptr_array_unref (self->rows);
  g_hash_table_unref (self->buttons);
  G_OBJECT_CLASS (physio_patient_outcomes_parent_class)->finalize (object);
}

static void
physio_patient_outcomes_class_init (PhysioPatientOutcomesClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = physio_patient_outcomes_dispose;
  object_class->finalize = physio_patient_outcomes_finalize;
}

static void
physio_patient_outcomes_init (PhysioPatientOutcomes *self)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (_("Score a _Measure…"));

  self->rows = g_ptr_array_new ();
  self->buttons = g_hash_table_new (NULL, NULL);
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self), _("Outcome Measures"));
  gtk_widget_add_css_class (button, "flat");
  g_signal_connect (button, "clicked", G_CALLBACK (on_score_any_cb), self);
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (self), button);
  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
}

void
physio_patient_outcomes_set_database (PhysioPatientOutcomes *self,
                                      PhysioDatabase        *database)
{
  g_return_if_fail (PHYSIO_IS_PATIENT_OUTCOMES (self));

  if (self->database == database)
    return;
  if (self->database != NULL)
    g_clear_signal_handler (&self->changed_id, self->database);
  g_set_object (&self->database, database);
  /* Measures only: what is due moves with the forms, and the page sets the patient again
   * when it is shown, which catches a programme started meanwhile. */
  if (database != NULL)
    self->changed_id = g_signal_connect (database, "patients-changed::measures",
                                         G_CALLBACK (on_patients_changed_cb), self);
  refresh (self);
}

void
physio_patient_outcomes_set_patient (PhysioPatientOutcomes *self,
                                     PhysioPatient         *patient)
{
  g_return_if_fail (PHYSIO_IS_PATIENT_OUTCOMES (self));

  self->patient_id = patient != NULL ? physio_patient_get_id (patient) : 0;
  /* After the page's first frame: reading the schedule must not slow opening a patient. */
  gtk_widget_set_visible (GTK_WIDGET (self), self->database != NULL && self->patient_id > 0);
  if (self->refresh_idle == 0)
    self->refresh_idle = g_idle_add (refresh_idle_cb, self);
}

GPtrArray *
physio_patient_outcomes_get_titles (PhysioPatientOutcomes *self)
{
  GPtrArray *titles = g_ptr_array_new_with_free_func (g_free);

  g_return_val_if_fail (PHYSIO_IS_PATIENT_OUTCOMES (self), titles);
  if (self->refresh_idle != 0)
    refresh (self);
  for (guint i = 0; i < self->rows->len; i++)
    g_ptr_array_add (titles, g_strdup (adw_preferences_row_get_title (
                                         ADW_PREFERENCES_ROW (g_ptr_array_index (self->rows, i)))));
  return titles;
}

GtkWidget *
physio_patient_outcomes_get_score_button (PhysioPatientOutcomes *self,
                                          int                    instrument)
{
  g_return_val_if_fail (PHYSIO_IS_PATIENT_OUTCOMES (self), NULL);
  return g_hash_table_lookup (self->buttons, GINT_TO_POINTER (instrument));
}
