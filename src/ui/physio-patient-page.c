/* physio-patient-page.c: one patient's record, saved as it is edited
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"


#include <glib/gi18n.h>

#include "physio-check-row.h"
#include "physio-date-entry-row.h"
#include "physio-form.h"
#include "physio-patient-page-private.h"
#include "physio-patient-text.h"
#include "physio-patient-programmes.h"
#include "physio-vocabulary.h"

/* Typing is saved once it pauses this long, so a record is not written per keystroke. */
#define SAVE_DELAY_MS 300

G_DEFINE_FINAL_TYPE (PhysioPatientPage, physio_patient_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_DATABASE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  SAVED,
  DELETED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void update_record_state (PhysioPatientPage *self);

void
_physio_patient_page_show_toast (PhysioPatientPage *self,
                                 const char        *message)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);
  g_autofree char *title = g_markup_escape_text (message, -1);

  if (overlay == NULL)
    {
      /* Never the message: it names the patient, and logs are not for patient text. */
      g_debug ("A notice of the patient page was not shown: no toast overlay");
      return;
    }

  adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (title));
}

GtkWindow *
_physio_patient_page_get_parent_window (PhysioPatientPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

gboolean
_physio_patient_page_is_saved (PhysioPatientPage *self)
{
  return self->patient != NULL && physio_patient_get_id (self->patient) != 0;
}

static void
update_stage_subtitle (PhysioPatientPage *self)
{
  const GDate *onset = physio_patient_get_onset (self->patient);
  const char *override = physio_patient_get_stage_override (self->patient);
  const char *derived;
  g_autofree char *subtitle = NULL;
  GDate today;

  physio_date_today (&today);
  derived = physio_stage_from_onset (onset, &today);

  if (override == NULL && derived != NULL)
    {
      g_autofree char *ago = physio_patient_format_weeks_ago (g_date_days_between (onset, &today));

      /* TRANSLATORS: the stage derived from the onset date, "Subacute (onset 6 weeks ago)" */
      subtitle = g_strdup_printf (_("%s (%s)"), physio_vocab_label (PHYSIO_VOCAB_STAGE, derived),
                                  ago);
    }
  else if (override == NULL)
    {
      subtitle = g_strdup (_("Not known: enter the onset date, or choose the stage"));
    }
  else if (derived != NULL && g_strcmp0 (derived, override) != 0)
    {
      subtitle = g_strdup_printf (_("Chosen here; the onset date suggests %s"),
                                  physio_vocab_label (PHYSIO_VOCAB_STAGE, derived));
    }
  else
    {
      subtitle = g_strdup (_("Chosen here"));
    }

  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->stage_row), subtitle);
}

/* Takes a record the store has just saved as the one shown, without touching the widgets,
 * which may hold edits of other fields still waiting to be saved. */
void
_physio_patient_page_adopt_saved (PhysioPatientPage *self,
                                  PhysioPatient     *saved)
{
  g_set_object (&self->patient, saved);
  g_binding_group_set_source (self->patient_bindings, self->patient);
  update_record_state (self);
  /* Lists the programmes once the record exists; the same patient's are not read again. */
  physio_patient_programmes_set_patient (self->programmes_group, self->patient);
  physio_patient_outcomes_set_patient (self->outcomes_group, self->patient);

  g_signal_emit (self, signals[SAVED], 0, self->patient);
}

/* Saves one field on its own onto the saved record, so that a bad value in one field never
 * holds back, nor takes with it, the good values of the others. */
static void
commit_field (PhysioPatientPage  *self,
              PhysioPatientField  field)
{
  g_autoptr(PhysioPatient) copy = NULL;
  g_autoptr(GError) error = NULL;
  GDate today;

  if (self->patient == NULL)
    return;

  if (_physio_patient_page_field_is_saved (self, field))
    {
      _physio_patient_page_set_field_error (self, field, NULL);
      return;
    }

  /* Until a name makes the record exist, the name is the only field open. */
  if (!_physio_patient_page_is_saved (self) && field != PHYSIO_PATIENT_FIELD_NAME)
    return;

  copy = physio_patient_copy (self->patient);
  physio_date_today (&today);
  if (!_physio_patient_page_apply_field (self, field, copy, &error) ||
      !physio_patient_validate (copy, &today, &error) ||
      !physio_database_save_patient (self->database, copy, &error))
    {
      _physio_patient_page_set_field_error (self, field, error->message);
      return;
    }

  _physio_patient_page_set_field_error (self, field, NULL);
  _physio_patient_page_adopt_saved (self, copy);
}

static const PhysioPatientField typed_fields[] = {
  PHYSIO_PATIENT_FIELD_NAME,
  PHYSIO_PATIENT_FIELD_CLINIC_REF,
  PHYSIO_PATIENT_FIELD_BIRTH,
  PHYSIO_PATIENT_FIELD_ONSET,
  PHYSIO_PATIENT_FIELD_NOTES,
};

void
physio_patient_page_flush (PhysioPatientPage *self)
{
  g_return_if_fail (PHYSIO_IS_PATIENT_PAGE (self));

  g_clear_handle_id (&self->save_source, g_source_remove);

  for (guint i = 0; i < G_N_ELEMENTS (typed_fields); i++)
    commit_field (self, typed_fields[i]);
}

static gboolean
save_timeout_cb (gpointer user_data)
{
  PhysioPatientPage *self = user_data;

  self->save_source = 0;
  physio_patient_page_flush (self);

  return G_SOURCE_REMOVE;
}

static void
on_text_changed_cb (PhysioPatientPage *self,
                    GtkEditable       *editable)
{
  if (self->loading)
    return;

  g_clear_handle_id (&self->save_source, g_source_remove);
  self->save_source = g_timeout_add (SAVE_DELAY_MS, save_timeout_cb, self);
}

static void
on_notes_changed_cb (PhysioPatientPage *self,
                     GtkTextBuffer     *buffer)
{
  on_text_changed_cb (self, NULL);
}

static void
on_entry_activated_cb (PhysioPatientPage *self,
                       AdwEntryRow       *row)
{
  /* Enter means "done": no need to wait for the pause. */
  physio_patient_page_flush (self);
}

static void
on_onset_picked_cb (PhysioPatientPage  *self,
                    PhysioDateEntryRow *row)
{
  physio_patient_page_flush (self);
}

static void
on_stage_selected_cb (PhysioPatientPage *self,
                      GParamSpec        *pspec,
                      AdwComboRow       *row)
{
  if (!self->loading)
    commit_field (self, PHYSIO_PATIENT_FIELD_STAGE);
}

static void
on_radicular_active_cb (PhysioPatientPage *self,
                        GParamSpec        *pspec,
                        GtkSwitch         *widget)
{
  if (!self->loading)
    commit_field (self, PHYSIO_PATIENT_FIELD_RADICULAR);
}

static void
on_condition_toggled_cb (PhysioPatientPage *self,
                         GtkCheckButton    *check)
{
  if (!self->loading)
    commit_field (self, PHYSIO_PATIENT_FIELD_CONDITIONS);
}

/* What depends on the saved record rather than on one field: derived text, and which
 * parts are open before the record exists. */
static void
update_record_state (PhysioPatientPage *self)
{
  gboolean saved = _physio_patient_page_is_saved (self);

  update_stage_subtitle (self);
  _physio_patient_page_update_screen (self);

  /* Which parts are open, and the archive row, follow the record through the binding group
   * (see _physio_patient_page_bind_record ()). */
  adw_preferences_group_set_description (self->patient_group,
                                         saved ? NULL
                                               : _("Start with the patient’s name; the "
                                                   "record is saved as you type."));
}

/* A new record starts at the top, not where the last one was scrolled to. The page's own
 * function for this is libadwaita 1.3; its scrolled window is its child. */
static void
scroll_to_top (PhysioPatientPage *self)
{
  GtkWidget *child;

  for (child = gtk_widget_get_first_child (GTK_WIDGET (self->preferences_page));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_SCROLLED_WINDOW (child))
      gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (child)),
                                0);
}

void
physio_patient_page_set_patient (PhysioPatientPage *self,
                                 PhysioPatient     *patient)
{
  g_return_if_fail (PHYSIO_IS_PATIENT_PAGE (self));
  g_return_if_fail (patient == NULL || PHYSIO_IS_PATIENT (patient));

  if (self->patient != NULL)
    physio_patient_page_flush (self);

  g_clear_object (&self->patient);
  self->patient = patient != NULL ? physio_patient_copy (patient) : physio_patient_new ();
  g_binding_group_set_source (self->patient_bindings, self->patient);

  _physio_patient_page_clear_errors (self);
  _physio_patient_page_load_fields (self);
  update_record_state (self);
  physio_patient_programmes_set_patient (self->programmes_group, self->patient);
  physio_patient_outcomes_set_patient (self->outcomes_group, self->patient);

  scroll_to_top (self);
}

PhysioPatient *
physio_patient_page_get_patient (PhysioPatientPage *self)
{
  g_return_val_if_fail (PHYSIO_IS_PATIENT_PAGE (self), NULL);

  return self->patient;
}

void
physio_patient_page_focus_name (PhysioPatientPage *self)
{
  g_return_if_fail (PHYSIO_IS_PATIENT_PAGE (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->name_row));
}

/* Buttons */

static void
patient_new_programme_cb (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  PhysioPatientPage *self = PHYSIO_PATIENT_PAGE (widget);

  /* The programme takes the stage, so an onset date typed a moment ago counts. */
  physio_patient_page_flush (self);
  if (!_physio_patient_page_is_saved (self))
    return;

  physio_patient_programmes_new_programme (self->programmes_group);
}

/* Construction */

static void
add_condition_rows (PhysioPatientPage *self)
{
  const PhysioVocabEntry *entries;
  guint n_entries;

  entries = physio_vocab_entries (PHYSIO_VOCAB_CONDITION, &n_entries);
  for (guint i = 0; i < n_entries; i++)
    {
      const char *label = physio_vocab_label (PHYSIO_VOCAB_CONDITION, entries[i].code);
      GtkWidget *check;
      GtkWidget *row = physio_form_check_row_new (label, &check);

      g_signal_connect_object (check, "toggled", G_CALLBACK (on_condition_toggled_cb), self,
                               G_CONNECT_SWAPPED);

      g_hash_table_insert (self->condition_checks, (gpointer) entries[i].code, check);
      adw_preferences_group_add (self->conditions_group, row);
    }
}

static void
physio_patient_page_constructed (GObject *object)
{
  PhysioPatientPage *self = PHYSIO_PATIENT_PAGE (object);

  G_OBJECT_CLASS (physio_patient_page_parent_class)->constructed (object);

  g_assert (PHYSIO_IS_DATABASE (self->database));

  physio_patient_programmes_set_database (self->programmes_group, self->database);
  physio_patient_outcomes_set_database (self->outcomes_group, self->database);
}

static void
physio_patient_page_dispose (GObject *object)
{
  PhysioPatientPage *self = PHYSIO_PATIENT_PAGE (object);

  /* Closing the window must not lose what was typed in the last moment. */
  if (self->patient != NULL && self->database != NULL)
    physio_patient_page_flush (self);
  g_clear_handle_id (&self->save_source, g_source_remove);

  if (self->patient_bindings != NULL)
    g_binding_group_set_source (self->patient_bindings, NULL);
  g_clear_object (&self->patient_bindings);
  gtk_widget_dispose_template (GTK_WIDGET (self), PHYSIO_TYPE_PATIENT_PAGE);

  g_clear_object (&self->patient);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (physio_patient_page_parent_class)->dispose (object);
}

static void
physio_patient_page_finalize (GObject *object)
{
  PhysioPatientPage *self = PHYSIO_PATIENT_PAGE (object);

  g_clear_pointer (&self->condition_checks, g_hash_table_unref);
  for (guint i = 0; i < PHYSIO_N_PATIENT_FIELDS; i++)
    g_clear_pointer (&self->errors[i], g_free);

  G_OBJECT_CLASS (physio_patient_page_parent_class)->finalize (object);
}

static void
physio_patient_page_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  PhysioPatientPage *self = PHYSIO_PATIENT_PAGE (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      g_value_set_object (value, self->database);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
physio_patient_page_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  PhysioPatientPage *self = PHYSIO_PATIENT_PAGE (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      self->database = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
physio_patient_page_class_init (PhysioPatientPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = physio_patient_page_constructed;
  object_class->dispose = physio_patient_page_dispose;
  object_class->finalize = physio_patient_page_finalize;
  object_class->get_property = physio_patient_page_get_property;
  object_class->set_property = physio_patient_page_set_property;

  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL,
                         PHYSIO_TYPE_DATABASE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[SAVED] =
    g_signal_new ("saved",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, PHYSIO_TYPE_PATIENT);
  signals[DELETED] =
    g_signal_new ("deleted",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_INT64);

  g_type_ensure (PHYSIO_TYPE_CHECK_ROW);
  g_type_ensure (PHYSIO_TYPE_DATE_ENTRY_ROW);
  g_type_ensure (PHYSIO_TYPE_PATIENT_PROGRAMMES);
  g_type_ensure (PHYSIO_TYPE_PATIENT_OUTCOMES);

  gtk_widget_class_install_action (widget_class, "patient.new-programme", NULL,
                                   patient_new_programme_cb);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/physio-patient-page.ui");
  gtk_widget_class_bind_template_child (widget_class, PhysioPatientPage, preferences_page);
  gtk_widget_class_bind_template_child (widget_class, PhysioPatientPage, patient_group);
  gtk_widget_class_bind_template_child (widget_class, PhysioPatientPage, name_row);
  gtk_widget_class_bind_template_child (widget_class, PhysioPatientPage, name_error);
  gtk_widget_class_bind_template_child (widget_class, PhysioPatientPage, ref_row);
  gtk_widget_class_bind_template_child (widget_class, PhysioPatientPage, ref_error);
  gtk_widget_class_bind_template_child (widget_class, PhysioPatientPage, birth_row);
  gtk_widget_class_bind_template_child (widget_class, PhysioPatientPage, birth_error);
  gtk_widget_class_bind_template_child (widget_class, PhysioPatientPage, onset_row);
  gtk_widget_class_bind_template_child (widget_class, PhysioPatientPage, onset_error);
  gtk_widget_class_bind_template_child (widget_class, PhysioPatientPage, stage_row);
  gtk_widget_class_bind_template_child (widget_class, PhysioPatientPage, radicular_row);
  gtk_widget_class_bind_template_child (widget_class, PhysioPatientPage, radicular_switch);
  gtk_widget_class_bind_template_child (widget_class, PhysioPatientPage, conditions_group);
  gtk_widget_class_bind_template_child (widget_class, PhysioPatientPage, notes_group);
  gtk_widget_class_bind_template_child (widget_class, PhysioPatientPage, notes_view);
  gtk_widget_class_bind_template_child (widget_class, PhysioPatientPage, screen_group);
  gtk_widget_class_bind_template_child (widget_class, PhysioPatientPage, screen_button);
  gtk_widget_class_bind_template_child (widget_class, PhysioPatientPage, screen_row);
  gtk_widget_class_bind_template_child (widget_class, PhysioPatientPage, screen_icon);
  gtk_widget_class_bind_template_child (widget_class, PhysioPatientPage, programmes_group);
  gtk_widget_class_bind_template_child (widget_class, PhysioPatientPage, outcomes_group);
  gtk_widget_class_bind_template_child (widget_class, PhysioPatientPage, record_group);
  gtk_widget_class_bind_template_child (widget_class, PhysioPatientPage, archive_row);
  gtk_widget_class_bind_template_child (widget_class, PhysioPatientPage, archive_button);
  gtk_widget_class_bind_template_child (widget_class, PhysioPatientPage, delete_button);
  _physio_patient_page_class_record_init (widget_class);
  gtk_widget_class_bind_template_callback (widget_class, on_text_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_onset_picked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_stage_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_radicular_active_cb);
}

static void
physio_patient_page_init (PhysioPatientPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->condition_checks = g_hash_table_new (g_str_hash, g_str_equal);

  add_condition_rows (self);
  _physio_patient_page_bind_record (self);

  g_signal_connect_object (gtk_text_view_get_buffer (self->notes_view), "changed",
                           G_CALLBACK (on_notes_changed_cb), self, G_CONNECT_SWAPPED);
}

PhysioPatientPage *
physio_patient_page_new (PhysioDatabase *database)
{
  g_return_val_if_fail (PHYSIO_IS_DATABASE (database), NULL);

  return g_object_new (PHYSIO_TYPE_PATIENT_PAGE, "database", database, NULL);
}

GtkCheckButton *
_physio_patient_page_get_condition (PhysioPatientPage *self,
                                    const char        *code)
{
  g_return_val_if_fail (PHYSIO_IS_PATIENT_PAGE (self), NULL);

  return g_hash_table_lookup (self->condition_checks, code);
}

AdwActionRow *
_physio_patient_page_get_screen_row (PhysioPatientPage *self)
{
  g_return_val_if_fail (PHYSIO_IS_PATIENT_PAGE (self), NULL);

  return self->screen_row;
}

GtkButton *
_physio_patient_page_get_button (PhysioPatientPage *self,
                                 const char        *name)
{
  g_return_val_if_fail (PHYSIO_IS_PATIENT_PAGE (self), NULL);

  if (g_str_equal (name, "screen"))
    return self->screen_button;
  if (g_str_equal (name, "new-programme"))
    return _physio_patient_programmes_get_new_button (self->programmes_group);
  if (g_str_equal (name, "archive"))
    return self->archive_button;
  if (g_str_equal (name, "delete"))
    return self->delete_button;

  g_return_val_if_reached (NULL);
}

GPtrArray *
_physio_patient_page_get_programme_rows (PhysioPatientPage *self)
{
  g_return_val_if_fail (PHYSIO_IS_PATIENT_PAGE (self), NULL);

  return _physio_patient_programmes_get_rows (self->programmes_group);
}

GListModel *
_physio_patient_page_get_programmes (PhysioPatientPage *self)
{
  g_return_val_if_fail (PHYSIO_IS_PATIENT_PAGE (self), NULL);

  return _physio_patient_programmes_get_model (self->programmes_group);
}
