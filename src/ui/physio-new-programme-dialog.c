/* physio-new-programme-dialog.c: starting a patient's programme, from a template or a copy
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "physio-clinician.h"
#include "physio-database-clinic.h"
#include "physio-date-entry-row.h"
#include "physio-form.h"
#include "physio-new-programme-dialog.h"
#include "physio-vocabulary.h"

struct _PhysioNewProgrammeDialog
{
  AdwWindow            parent_instance;

  /* Template widgets */
  AdwWindowTitle      *window_title;
  GtkButton           *create_button;
  AdwPreferencesPage  *preferences_page;
  AdwActionRow        *general_error;
  AdwEntryRow         *title_row;
  AdwActionRow        *title_error;
  PhysioDateEntryRow  *start_row;
  AdwActionRow        *start_error;
  AdwPreferencesGroup *patients_group;
  GtkSearchEntry      *patient_search;
  GtkListBox          *patient_list;
  AdwPreferencesGroup *templates_group;

  /* Owned references */
  PhysioDatabase      *database;
  /* Making a new programme: the patient it is for. */
  PhysioPatient       *patient;
  /* Duplicating: the programme copied, and the patient chosen for the copy (0: none). */
  PhysioProgramme     *source;
  gint64               chosen_patient;
  /* The templates offered, and the one chosen (NULL: an empty programme). */
  GPtrArray           *templates;
  char                *chosen_template;
  /* Template id (or "" for the empty programme) → its check button (owned by the rows). */
  GHashTable          *template_checks;
  /* Patient id → its check button, for the rows listed now. */
  GHashTable          *patient_checks;

  /* Set once the clinician typed a title: choosing a template no longer replaces it. */
  gboolean             title_edited;
  gboolean             setting_title;
};

G_DEFINE_FINAL_TYPE (PhysioNewProgrammeDialog, physio_new_programme_dialog, ADW_TYPE_WINDOW)

enum {
  CREATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
clear_errors (PhysioNewProgrammeDialog *self)
{
  physio_form_show_error (self->general_error, NULL, NULL);
  physio_form_show_error (self->title_error, GTK_WIDGET (self->title_row), NULL);
  physio_form_show_error (self->start_error, GTK_WIDGET (self->start_row), NULL);
}

static void
show_general_error (PhysioNewProgrammeDialog *self,
                    const char               *message)
{
  physio_form_show_error (self->general_error, NULL, message);
}

/* The first Monday after today: programmes usually start at the beginning of a week, and
 * the patient needs a day or two to get the handout. */
static void
next_monday (GDate *date)
{
  int days;

  physio_date_today (date);
  days = (8 - g_date_get_weekday (date)) % 7;
  g_date_add_days (date, days == 0 ? 7 : days);
}

static PhysioTemplate *
find_template (PhysioNewProgrammeDialog *self,
               const char               *id)
{
  for (guint i = 0; self->templates != NULL && i < self->templates->len; i++)
    {
      PhysioTemplate *template = g_ptr_array_index (self->templates, i);

      if (g_strcmp0 (template->id, id) == 0)
        return template;
    }

  return NULL;
}

static void
set_title_text (PhysioNewProgrammeDialog *self,
                const char               *title)
{
  self->setting_title = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->title_row), title != NULL ? title : "");
  self->setting_title = FALSE;
}

/* Until the clinician types one, the title is the chosen template's title for patients. */
static void
suggest_title (PhysioNewProgrammeDialog *self)
{
  PhysioTemplate *template = find_template (self, self->chosen_template);

  if (self->title_edited)
    return;

  if (template != NULL && template->title != NULL && *template->title != '\0')
    set_title_text (self, template->title);
  else
    set_title_text (self, _("Home exercise programme"));
}

static void
on_title_changed_cb (PhysioNewProgrammeDialog *self,
                     GtkEditable              *editable)
{
  if (!self->setting_title)
    self->title_edited = *gtk_editable_get_text (editable) != '\0';
}

static void
on_template_toggled_cb (GtkCheckButton           *check,
                        PhysioNewProgrammeDialog *self)
{
  const char *id = g_object_get_data (G_OBJECT (check), "physio-template-id");

  if (!gtk_check_button_get_active (check))
    return;

  g_free (self->chosen_template);
  self->chosen_template = *id != '\0' ? g_strdup (id) : NULL;
  physio_form_show_error (self->general_error, NULL, NULL);
  suggest_title (self);
}

static GtkWidget *
add_choice_row (PhysioNewProgrammeDialog *self,
                const char               *id,
                const char               *title,
                const char               *subtitle,
                GtkCheckButton           *group)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *check = gtk_check_button_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);

  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  /* The row labels its activatable widget by its title (libadwaita): a label of its own
   * as well would make a screen reader say it twice. */
  if (group != NULL)
    gtk_check_button_set_group (GTK_CHECK_BUTTON (check), group);
  g_object_set_data_full (G_OBJECT (check), "physio-template-id", g_strdup (id), g_free);
  g_signal_connect_object (check, "toggled", G_CALLBACK (on_template_toggled_cb), self, 0);

  adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
  adw_preferences_group_add (self->templates_group, row);

  g_hash_table_insert (self->template_checks, g_strdup (id), check);

  return check;
}

static char *
describe_template (PhysioTemplate *template)
{
  g_autofree char *weeks = g_strdup_printf (ngettext ("%u week", "%u weeks", template->weeks),
                                            template->weeks);
  const char *stage = template->stage != NULL
                      ? physio_vocab_label (PHYSIO_VOCAB_STAGE, template->stage) : NULL;

  if (stage == NULL)
    return template->builtin ? g_strdup (weeks)
                             : g_strdup_printf (_("%s · clinic template"), weeks);

  /* TRANSLATORS: a template's stage and length, "Chronic · 12 weeks" */
  return template->builtin ? g_strdup_printf (_("%s · %s"), stage, weeks)
                           : g_strdup_printf (_("%s · %s · clinic template"), stage, weeks);
}

static void
load_templates (PhysioNewProgrammeDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *empty_subtitle = NULL;
  const char *stage = NULL;
  GtkWidget *first = NULL;
  GtkWidget *empty;
  GDate today;

  physio_date_today (&today);
  stage = physio_patient_get_stage (self->patient, &today);

  self->templates = physio_database_list_templates (self->database, &error);
  if (self->templates == NULL)
    {
      g_autofree char *message = g_strdup_printf (_("The templates could not be read. %s"),
                                                  error->message);

      show_general_error (self, message);
    }

  for (guint i = 0; self->templates != NULL && i < self->templates->len; i++)
    {
      PhysioTemplate *template = g_ptr_array_index (self->templates, i);
      g_autofree char *subtitle = describe_template (template);
      GtkWidget *check;

      check = add_choice_row (self, template->id, template->name, subtitle,
                              first != NULL ? GTK_CHECK_BUTTON (first) : NULL);
      if (first == NULL)
        first = check;
    }

  if (stage != NULL)
    {
      /* TRANSLATORS: the empty programme's row, "Acute stage · 6 weeks; add the exercises
       * yourself" */
      empty_subtitle = g_strdup_printf (_("%s stage · %u weeks; add the exercises yourself"),
                                        physio_vocab_label (PHYSIO_VOCAB_STAGE, stage),
                                        PHYSIO_PROGRAMME_DEFAULT_WEEKS);
    }
  else
    {
      empty_subtitle = g_strdup_printf (_("%u weeks; add the exercises yourself"),
                                        PHYSIO_PROGRAMME_DEFAULT_WEEKS);
    }
  empty = add_choice_row (self, "", _("Empty programme"), empty_subtitle,
                          first != NULL ? GTK_CHECK_BUTTON (first) : NULL);

  /* Offer the built-in template of the patient's stage first: it is the usual choice. */
  for (guint i = 0; self->templates != NULL && i < self->templates->len; i++)
    {
      PhysioTemplate *template = g_ptr_array_index (self->templates, i);

      if (template->builtin && stage != NULL && g_strcmp0 (template->stage, stage) == 0)
        {
          _physio_new_programme_dialog_choose_template (self, template->id);
          return;
        }
    }

  gtk_check_button_set_active (GTK_CHECK_BUTTON (empty), TRUE);
}

/* Patients, when duplicating */

static void
on_patient_toggled_cb (GtkCheckButton           *check,
                       PhysioNewProgrammeDialog *self)
{
  if (gtk_check_button_get_active (check))
    self->chosen_patient = *(gint64 *) g_object_get_data (G_OBJECT (check), "physio-patient-id");
}

static char *
describe_patient (PhysioPatient *patient)
{
  const char *ref = physio_patient_get_clinic_ref (patient);
  const char *birth = physio_patient_get_birth (patient);
  g_autoptr(GPtrArray) parts = g_ptr_array_new ();

  if (ref != NULL)
    g_ptr_array_add (parts, (gpointer) ref);
  /* The year tells two patients of the same name apart. */
  if (birth != NULL)
    g_ptr_array_add (parts, (gpointer) birth);
  g_ptr_array_add (parts, NULL);

  return g_strjoinv (" · ", (char **) parts->pdata);
}

static void
load_patients (PhysioNewProgrammeDialog *self)
{
  g_autoptr(GPtrArray) patients = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *search = NULL;
  GtkWidget *child;
  GtkCheckButton *group = NULL;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->patient_list))) != NULL)
    gtk_list_box_remove (self->patient_list, child);
  g_hash_table_remove_all (self->patient_checks);

  search = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->patient_search))));
  patients = physio_database_list_patients (self->database, *search != '\0' ? search : NULL,
                                            FALSE, &error);
  if (patients == NULL)
    {
      show_general_error (self, error->message);
      return;
    }

  for (guint i = 0; i < patients->len; i++)
    {
      PhysioPatient *patient = g_ptr_array_index (patients, i);
      g_autofree char *subtitle = describe_patient (patient);
      gint64 *id = g_new (gint64, 1);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *check = gtk_check_button_new ();

      *id = physio_patient_get_id (patient);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), physio_patient_get_name (patient));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);

      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      /* Labelled by the row's title (libadwaita): no second label. */
      if (group != NULL)
        gtk_check_button_set_group (GTK_CHECK_BUTTON (check), group);
      else
        group = GTK_CHECK_BUTTON (check);
      g_object_set_data_full (G_OBJECT (check), "physio-patient-id", id, g_free);
      if (*id == self->chosen_patient)
        gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);
      g_signal_connect_object (check, "toggled", G_CALLBACK (on_patient_toggled_cb), self, 0);

      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      gtk_list_box_append (self->patient_list, row);

      g_hash_table_insert (self->patient_checks, g_memdup2 (id, sizeof *id), check);
    }
}

static void
on_patient_search_changed_cb (PhysioNewProgrammeDialog *self,
                              GtkSearchEntry           *entry)
{
  load_patients (self);
}

/* Creating */

/* Gives a made or copied programme its patient, clinician and title, and saves it. */
static gboolean
finish_programme (PhysioNewProgrammeDialog  *self,
                  PhysioProgramme           *programme,
                  gint64                     patient_id,
                  const char                *title,
                  GError                   **error)
{
  g_autofree char *clinician = physio_clinician_name (self->database);

  physio_programme_set_patient_id (programme, patient_id);
  physio_programme_set_clinician (programme, clinician);
  physio_programme_set_title (programme, title);

  return physio_database_save_programme (self->database, programme, error);
}

/* A new programme starts from the progression parameters the clinic set in Preferences (the
 * brief's defaults until it changes them). A copy keeps its own. */
static void
use_clinic_rules (PhysioNewProgrammeDialog *self,
                  PhysioProgramme          *programme)
{
  g_auto(PhysioClinic) clinic = { 0 };
  g_autoptr(GError) error = NULL;

  if (!physio_database_get_clinic (self->database, &clinic, &error))
    {
      g_warning ("Could not read the clinic's progression parameters: %s", error->message);
      return;
    }
  physio_programme_set_rule_params (programme, &clinic.rule_params);
}

static PhysioProgramme *
make_programme (PhysioNewProgrammeDialog  *self,
                const GDate               *start,
                GError                   **error)
{
  PhysioProgramme *programme;
  const char *stage;
  GDate today;

  if (self->chosen_template != NULL)
    {
      programme = physio_database_programme_from_template (self->database,
                                                           self->chosen_template, start, error);
    }
  else
    {
      physio_date_today (&today);
      stage = physio_patient_get_stage (self->patient, &today);

      programme = physio_programme_new ();
      if (stage != NULL)
        physio_programme_set_stage (programme, stage);
      physio_programme_set_weeks (programme, PHYSIO_PROGRAMME_DEFAULT_WEEKS);
      physio_programme_set_start_date (programme, start);
    }

  if (programme != NULL)
    use_clinic_rules (self, programme);
  return programme;
}

static void
create_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  PhysioNewProgrammeDialog *self = PHYSIO_NEW_PROGRAMME_DIALOG (widget);
  g_autoptr(PhysioProgramme) programme = NULL;
  g_autoptr(PhysioPatient) patient = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  GDate start;

  clear_errors (self);

  title = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->title_row))));
  if (*title == '\0')
    {
      physio_form_show_error (self->title_error, GTK_WIDGET (self->title_row),
                              _("Title: enter the title the patient will see on the handout."));
      return;
    }

  if (!physio_date_entry_row_get_date (self->start_row, &start) || !g_date_valid (&start))
    {
      g_autofree char *example = NULL;
      g_autofree char *message = NULL;
      GDate monday;

      next_monday (&monday);
      example = physio_date_format (&monday);
      message = g_strdup_printf (_("Start date: enter a date, such as %s."), example);
      physio_form_show_error (self->start_error, GTK_WIDGET (self->start_row), message);
      return;
    }

  if (self->source != NULL)
    {
      if (self->chosen_patient == 0)
        {
          show_general_error (self, _("Choose the patient the copy is for."));
          return;
        }

      patient = physio_database_get_patient (self->database, self->chosen_patient, &error);
      if (patient != NULL)
        programme = physio_database_duplicate_programme (self->database,
                                                         physio_programme_get_id (self->source),
                                                         self->chosen_patient, &start, &error);
    }
  else
    {
      patient = g_object_ref (self->patient);
      programme = make_programme (self, &start, &error);
    }

  if (programme == NULL ||
      !finish_programme (self, programme, physio_patient_get_id (patient), title, &error))
    {
      show_general_error (self, error->message);
      return;
    }

  g_signal_emit (self, signals[CREATED], 0, programme, patient);
  gtk_window_close (GTK_WINDOW (self));
}

/* Construction */

static void
physio_new_programme_dialog_dispose (GObject *object)
{
  PhysioNewProgrammeDialog *self = PHYSIO_NEW_PROGRAMME_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), PHYSIO_TYPE_NEW_PROGRAMME_DIALOG);

  g_clear_object (&self->database);
  g_clear_object (&self->patient);
  g_clear_object (&self->source);
  g_clear_pointer (&self->templates, g_ptr_array_unref);

  G_OBJECT_CLASS (physio_new_programme_dialog_parent_class)->dispose (object);
}

static void
physio_new_programme_dialog_finalize (GObject *object)
{
  PhysioNewProgrammeDialog *self = PHYSIO_NEW_PROGRAMME_DIALOG (object);

  g_clear_pointer (&self->chosen_template, g_free);
  g_clear_pointer (&self->template_checks, g_hash_table_unref);
  g_clear_pointer (&self->patient_checks, g_hash_table_unref);

  G_OBJECT_CLASS (physio_new_programme_dialog_parent_class)->finalize (object);
}

static void
physio_new_programme_dialog_class_init (PhysioNewProgrammeDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = physio_new_programme_dialog_dispose;
  object_class->finalize = physio_new_programme_dialog_finalize;

  signals[CREATED] =
    g_signal_new ("created",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, PHYSIO_TYPE_PROGRAMME, PHYSIO_TYPE_PATIENT);

  g_type_ensure (PHYSIO_TYPE_DATE_ENTRY_ROW);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/physio-new-programme-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, PhysioNewProgrammeDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, PhysioNewProgrammeDialog, create_button);
  gtk_widget_class_bind_template_child (widget_class, PhysioNewProgrammeDialog,
                                        preferences_page);
  gtk_widget_class_bind_template_child (widget_class, PhysioNewProgrammeDialog, general_error);
  gtk_widget_class_bind_template_child (widget_class, PhysioNewProgrammeDialog, title_row);
  gtk_widget_class_bind_template_child (widget_class, PhysioNewProgrammeDialog, title_error);
  gtk_widget_class_bind_template_child (widget_class, PhysioNewProgrammeDialog, start_row);
  gtk_widget_class_bind_template_child (widget_class, PhysioNewProgrammeDialog, start_error);
  gtk_widget_class_bind_template_child (widget_class, PhysioNewProgrammeDialog, patients_group);
  gtk_widget_class_bind_template_child (widget_class, PhysioNewProgrammeDialog, patient_search);
  gtk_widget_class_bind_template_child (widget_class, PhysioNewProgrammeDialog, patient_list);
  gtk_widget_class_bind_template_child (widget_class, PhysioNewProgrammeDialog,
                                        templates_group);
  gtk_widget_class_bind_template_callback (widget_class, on_title_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_patient_search_changed_cb);

  gtk_widget_class_install_action (widget_class, "programme.create", NULL, create_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
physio_new_programme_dialog_init (PhysioNewProgrammeDialog *self)
{
  GtkWidget *placeholder;
  GDate monday;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->template_checks = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->patient_checks = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);

  placeholder = gtk_label_new (_("No patients match"));
  gtk_widget_add_css_class (placeholder, "dim-label");
  gtk_widget_set_margin_top (placeholder, 12);
  gtk_widget_set_margin_bottom (placeholder, 12);
  gtk_list_box_set_placeholder (self->patient_list, placeholder);

  next_monday (&monday);
  physio_date_entry_row_set_date (self->start_row, &monday);
}

PhysioNewProgrammeDialog *
physio_new_programme_dialog_new (GtkWindow      *parent,
                                 PhysioDatabase *database,
                                 PhysioPatient  *patient)
{
  PhysioNewProgrammeDialog *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (PHYSIO_IS_DATABASE (database), NULL);
  g_return_val_if_fail (PHYSIO_IS_PATIENT (patient), NULL);
  g_return_val_if_fail (physio_patient_get_id (patient) != 0, NULL);

  self = g_object_new (PHYSIO_TYPE_NEW_PROGRAMME_DIALOG,
                       "transient-for", parent,
                       NULL);
  self->database = g_object_ref (database);
  self->patient = physio_patient_copy (patient);

  adw_window_title_set_subtitle (self->window_title, physio_patient_get_name (patient));
  load_templates (self);
  suggest_title (self);

  return self;
}

PhysioNewProgrammeDialog *
physio_new_programme_dialog_new_duplicate (GtkWindow       *parent,
                                           PhysioDatabase  *database,
                                           PhysioProgramme *programme)
{
  PhysioNewProgrammeDialog *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (PHYSIO_IS_DATABASE (database), NULL);
  g_return_val_if_fail (PHYSIO_IS_PROGRAMME (programme), NULL);
  g_return_val_if_fail (physio_programme_get_id (programme) != 0, NULL);

  self = g_object_new (PHYSIO_TYPE_NEW_PROGRAMME_DIALOG,
                       "transient-for", parent,
                       "title", _("Duplicate Programme"),
                       NULL);
  self->database = g_object_ref (database);
  self->source = g_object_ref (programme);

  adw_window_title_set_title (self->window_title, _("Duplicate Programme"));
  adw_window_title_set_subtitle (self->window_title, physio_programme_get_title (programme));
  gtk_button_set_label (self->create_button, _("_Duplicate"));
  gtk_widget_set_visible (GTK_WIDGET (self->templates_group), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->patients_group), TRUE);

  set_title_text (self, physio_programme_get_title (programme));
  self->title_edited = TRUE;
  load_patients (self);

  return self;
}

gboolean
_physio_new_programme_dialog_choose_template (PhysioNewProgrammeDialog *self,
                                              const char               *template_id)
{
  GtkCheckButton *check;

  g_return_val_if_fail (PHYSIO_IS_NEW_PROGRAMME_DIALOG (self), FALSE);

  check = g_hash_table_lookup (self->template_checks, template_id != NULL ? template_id : "");
  if (check == NULL)
    return FALSE;

  gtk_check_button_set_active (check, TRUE);
  return TRUE;
}

gboolean
_physio_new_programme_dialog_choose_patient (PhysioNewProgrammeDialog *self,
                                             gint64                    patient_id)
{
  GtkCheckButton *check;

  g_return_val_if_fail (PHYSIO_IS_NEW_PROGRAMME_DIALOG (self), FALSE);

  check = g_hash_table_lookup (self->patient_checks, &patient_id);
  if (check == NULL)
    return FALSE;

  gtk_check_button_set_active (check, TRUE);
  return TRUE;
}

AdwEntryRow *
_physio_new_programme_dialog_get_title_row (PhysioNewProgrammeDialog *self)
{
  g_return_val_if_fail (PHYSIO_IS_NEW_PROGRAMME_DIALOG (self), NULL);

  return self->title_row;
}

const char *
_physio_new_programme_dialog_get_error (PhysioNewProgrammeDialog *self)
{
  AdwActionRow *rows[] = { self->general_error, self->title_error, self->start_error };

  g_return_val_if_fail (PHYSIO_IS_NEW_PROGRAMME_DIALOG (self), NULL);

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    if (gtk_widget_get_visible (GTK_WIDGET (rows[i])))
      return adw_preferences_row_get_title (ADW_PREFERENCES_ROW (rows[i]));

  return NULL;
}
