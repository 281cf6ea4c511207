/* physio-exercise-editor.c: the dialog that creates and edits a clinician's own exercise
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "physio-exercise-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "physio-exercise-dose-group.h"
#include "physio-exercise-editor.h"
#include "physio-exercise-editor-private.h"
#include "physio-exercise-limits-group.h"
#include "physio-exercise-link-picker.h"
#include "physio-form.h"
#include "physio-vocab-check-row.h"
#include "physio-vocabulary.h"

G_DEFINE_FINAL_TYPE (PhysioExerciseEditor, physio_exercise_editor, ADW_TYPE_WINDOW)

enum
{
  PROP_0,
  PROP_DATABASE,
  PROP_EXERCISE,
  N_PROPS
};

enum
{
  SAVED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];


char *
_physio_exercise_editor_stripped_text (gpointer editable)
{
  char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (editable))));

  if (*text == '\0')
    g_clear_pointer (&text, g_free);

  return text;
}

/* Single choices */

static void
fill_combo (AdwComboRow      *row,
            PhysioVocabulary  vocab)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  const PhysioVocabEntry *entries;
  guint n_entries;

  entries = physio_vocab_entries (vocab, &n_entries);
  for (guint i = 0; i < n_entries; i++)
    gtk_string_list_append (labels, physio_vocab_label (vocab, entries[i].code));

  adw_combo_row_set_model (row, G_LIST_MODEL (labels));
}

static void
select_code (AdwComboRow      *row,
             PhysioVocabulary  vocab,
             const char       *code)
{
  int index = code != NULL ? physio_vocab_index (vocab, code) : -1;

  /* An unknown code selects nothing rather than silently becoming the first entry;
   * validation then names the field. */
  adw_combo_row_set_selected (row, index >= 0 ? (guint) index : GTK_INVALID_LIST_POSITION);
}

static const char *
selected_code (AdwComboRow      *row,
               PhysioVocabulary  vocab)
{
  const PhysioVocabEntry *entries;
  guint n_entries;
  guint selected = adw_combo_row_get_selected (row);

  entries = physio_vocab_entries (vocab, &n_entries);
  return selected < n_entries ? entries[selected].code : NULL;
}

static void
on_combo_selected_cb (AdwComboRow          *row,
                      GParamSpec           *pspec,
                      PhysioExerciseEditor *self)
{
  guint selected = adw_combo_row_get_selected (row);

  if (self->loading || selected == GTK_INVALID_LIST_POSITION)
    return;

  if (row == self->category_row)
    {
      physio_exercise_set_category (self->exercise, selected_code (row, PHYSIO_VOCAB_CATEGORY));
      self->touched |= FIELD_BIT (PHYSIO_EXERCISE_FIELD_CATEGORY);
    }
  else if (row == self->position_row)
    {
      physio_exercise_set_position (self->exercise, selected_code (row, PHYSIO_VOCAB_POSITION));
      self->touched |= FIELD_BIT (PHYSIO_EXERCISE_FIELD_POSITION);
    }

  _physio_exercise_editor_revalidate (self);
}

/* Multiple choices */

static void
on_codes_changed_cb (PhysioExerciseEditor *self,
                     GParamSpec           *pspec,
                     PhysioVocabCheckRow  *row)
{
  const char * const *codes = physio_vocab_check_row_get_codes (row);
  PhysioExerciseField field;

  if (self->loading)
    return;

  if (row == self->regions_row)
    {
      physio_exercise_set_regions (self->exercise, codes);
      field = PHYSIO_EXERCISE_FIELD_REGIONS;
    }
  else if (row == self->equipment_row)
    {
      physio_exercise_set_equipment (self->exercise, codes);
      field = PHYSIO_EXERCISE_FIELD_EQUIPMENT;
    }
  else if (row == self->stages_row)
    {
      physio_exercise_set_stages (self->exercise, codes);
      field = PHYSIO_EXERCISE_FIELD_STAGES;
    }
  else
    {
      physio_exercise_set_caution_codes (self->exercise, codes);
      field = PHYSIO_EXERCISE_FIELD_CAUTION;
    }

  self->touched |= FIELD_BIT (field);
  _physio_exercise_editor_revalidate (self);
}

/* The dose */

static void
on_dose_changed_cb (PhysioExerciseEditor *self)
{
  if (self->loading)
    return;

  self->touched |= FIELD_BIT (PHYSIO_EXERCISE_FIELD_DOSE);
  _physio_exercise_editor_revalidate (self);
}

/* The combo rows hold the kind's and the sides' position in their vocabulary, which is also
 * the enum's value (physio-vocabulary.c keeps them in step). */
static gboolean
enum_to_position_cb (GBinding     *binding,
                     const GValue *from,
                     GValue       *to,
                     gpointer      user_data)
{
  g_value_set_uint (to, (guint) g_value_get_enum (from));
  return TRUE;
}

static gboolean
position_to_enum_cb (GBinding     *binding,
                     const GValue *from,
                     GValue       *to,
                     gpointer      user_data)
{
  guint position = g_value_get_uint (from);

  if (position == GTK_INVALID_LIST_POSITION)
    return FALSE;

  g_value_set_enum (to, (int) position);
  return TRUE;
}

static void
on_kind_changed_cb (PhysioExerciseEditor *self,
                    GParamSpec           *pspec,
                    PhysioExercise       *exercise)
{
  if (self->loading)
    return;

  if (pspec == g_object_class_find_property (G_OBJECT_GET_CLASS (exercise), "dosage-kind"))
    self->touched |= FIELD_BIT (PHYSIO_EXERCISE_FIELD_DOSE);
  _physio_exercise_editor_revalidate (self);
}

/* Texts */

static void
on_name_row_changed_cb (GtkEditable          *editable,
                        PhysioExerciseEditor *self)
{
  g_autofree char *name = NULL;

  if (self->loading)
    return;

  name = _physio_exercise_editor_stripped_text (editable);
  physio_exercise_set_name (self->exercise, name != NULL ? name : "");
  self->touched |= FIELD_BIT (PHYSIO_EXERCISE_FIELD_NAME);
  _physio_exercise_editor_revalidate (self);
}

/* Rows left empty are skipped, so a gap between steps does not become an empty step. */
static GStrv
collect_rows (AdwEntryRow **rows,
              guint         n_rows)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; i < n_rows; i++)
    {
      g_autofree char *text = _physio_exercise_editor_stripped_text (rows[i]);

      if (text != NULL)
        g_strv_builder_add (builder, text);
    }

  return g_strv_builder_end (builder);
}

static void
on_step_row_changed_cb (GtkEditable          *editable,
                        PhysioExerciseEditor *self)
{
  g_auto(GStrv) steps = NULL;

  if (self->loading)
    return;

  steps = collect_rows (self->step_rows, N_STEP_ROWS);
  physio_exercise_set_steps (self->exercise, (const char * const *) steps);
  self->touched |= FIELD_BIT (PHYSIO_EXERCISE_FIELD_STEPS);
  _physio_exercise_editor_revalidate (self);
}

static void
on_cue_row_changed_cb (GtkEditable          *editable,
                       PhysioExerciseEditor *self)
{
  g_auto(GStrv) cues = NULL;

  if (self->loading)
    return;

  cues = collect_rows (self->cue_rows, N_CUE_ROWS);
  physio_exercise_set_cues (self->exercise, (const char * const *) cues);
  self->touched |= FIELD_BIT (PHYSIO_EXERCISE_FIELD_CUES);
  _physio_exercise_editor_revalidate (self);
}

static void
on_caution_row_changed_cb (GtkEditable          *editable,
                           PhysioExerciseEditor *self)
{
  g_autofree char *text = NULL;

  if (self->loading)
    return;

  text = _physio_exercise_editor_stripped_text (editable);
  physio_exercise_set_caution_text (self->exercise, text != NULL ? text : "");
  self->touched |= FIELD_BIT (PHYSIO_EXERCISE_FIELD_CAUTION);
  _physio_exercise_editor_revalidate (self);
}

static void
load_rows (AdwEntryRow        **rows,
           guint                n_rows,
           const char * const  *texts)
{
  guint n_texts = g_strv_length ((char **) texts);

  for (guint i = 0; i < n_rows; i++)
    gtk_editable_set_text (GTK_EDITABLE (rows[i]), i < n_texts ? texts[i] : "");
}

/* Filling the form */

static void
load_form (PhysioExerciseEditor *self)
{
  PhysioExercise *exercise = self->exercise;

  self->loading = TRUE;

  gtk_editable_set_text (GTK_EDITABLE (self->name_row), physio_exercise_get_name (exercise) ?: "");
  select_code (self->category_row, PHYSIO_VOCAB_CATEGORY, physio_exercise_get_category (exercise));
  select_code (self->position_row, PHYSIO_VOCAB_POSITION, physio_exercise_get_position (exercise));
  physio_vocab_check_row_set_codes (self->regions_row, physio_exercise_get_regions (exercise));
  physio_vocab_check_row_set_codes (self->equipment_row, physio_exercise_get_equipment (exercise));
  physio_vocab_check_row_set_codes (self->stages_row, physio_exercise_get_stages (exercise));
  physio_vocab_check_row_set_codes (self->caution_codes_row,
                                    physio_exercise_get_caution_codes (exercise));

  load_rows (self->step_rows, N_STEP_ROWS, physio_exercise_get_steps (exercise));
  load_rows (self->cue_rows, N_CUE_ROWS, physio_exercise_get_cues (exercise));
  gtk_editable_set_text (GTK_EDITABLE (self->caution_row),
                         physio_exercise_get_caution_text (exercise) ?: "");

  physio_exercise_dose_group_load (self->dose_group, physio_exercise_get_default_dose (exercise));
  physio_exercise_limits_group_load (self->limits_group, physio_exercise_get_dose_limits (exercise));

  physio_exercise_link_picker_load (self->links[LINKS_PROGRESSION], self->database,
                                    self->exercise, physio_exercise_get_progression_ids (exercise));
  physio_exercise_link_picker_load (self->links[LINKS_REGRESSION], self->database,
                                    self->exercise, physio_exercise_get_regression_ids (exercise));

  self->loading = FALSE;

  _physio_exercise_editor_revalidate (self);
}

/* Actions */

static void
editor_cancel_cb (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  gtk_window_destroy (GTK_WINDOW (widget));
}

static void
editor_save_cb (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  PhysioExerciseEditor *self = PHYSIO_EXERCISE_EDITOR (widget);
  g_autoptr(PhysioExerciseEditor) hold = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  /* Commit whatever is still being typed in a spin button; if that changes anything,
   * validation runs again and may take Save away. */
  physio_exercise_dose_group_commit_typed (self->dose_group);
  physio_exercise_limits_group_commit_typed (self->limits_group);
  if (!self->valid)
    return;

  if (!physio_database_save_exercise (self->database, self->exercise, &error))
    {
      /* The dialog stays open with everything as typed, so the clinician can try again. */
      message = g_strdup_printf (_("The exercise could not be saved. %s"), error->message);
      gtk_label_set_text (self->store_error_label, message);
      gtk_revealer_set_reveal_child (self->store_error_revealer, TRUE);
      return;
    }

  /* The figure goes with the exercise row it belongs to, so it is written second. */
  if (!physio_figure_editor_save (self->figure_editor, physio_exercise_get_id (self->exercise),
                                  &error))
    {
      message = g_strdup_printf (_("The exercise was saved, but not its figure. %s"),
                                 error->message);
      gtk_label_set_text (self->store_error_label, message);
      gtk_revealer_set_reveal_child (self->store_error_revealer, TRUE);
      return;
    }

  gtk_revealer_set_reveal_child (self->store_error_revealer, FALSE);
  hold = g_object_ref (self);
  g_signal_emit (self, signals[SAVED], 0, self->exercise);
  gtk_window_destroy (GTK_WINDOW (self));
}

/* GObject */

static void
physio_exercise_editor_constructed (GObject *object)
{
  PhysioExerciseEditor *self = PHYSIO_EXERCISE_EDITOR (object);
  g_autoptr(PhysioExercise) stored = NULL;
  gboolean is_new;

  G_OBJECT_CLASS (physio_exercise_editor_parent_class)->constructed (object);

  g_assert (PHYSIO_IS_DATABASE (self->database));

  if (self->original != NULL)
    {
      self->exercise = physio_exercise_copy (self->original);
      stored = physio_database_get_exercise (self->database,
                                             physio_exercise_get_id (self->exercise), NULL);
      /* A duplicate of a built-in exercise arrives filled in but is not yet in the
       * library: it is new to the clinician. */
      is_new = stored == NULL;
      self->touched = G_MAXUINT;
    }
  else
    {
      self->exercise = physio_exercise_new_blank_custom ();
      is_new = TRUE;
      self->touched = 0;
    }

  gtk_window_set_title (GTK_WINDOW (self), is_new ? _("New Exercise") : _("Edit Exercise"));
  /* The kind and sides rows and the dose sections follow the working copy through bindings;
   * a group, so they all go with it. */
  self->loading = TRUE;
  g_binding_group_set_source (self->bindings, self->exercise);
  self->loading = FALSE;
  g_signal_connect_object (self->exercise, "notify::dosage-kind",
                           G_CALLBACK (on_kind_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->exercise, "notify::laterality",
                           G_CALLBACK (on_kind_changed_cb), self, G_CONNECT_SWAPPED);
  load_form (self);
  physio_figure_editor_load (self->figure_editor, self->database,
                             is_new ? NULL : physio_exercise_get_id (self->exercise));
  gtk_widget_grab_focus (GTK_WIDGET (self->name_row));
}

static void
physio_exercise_editor_dispose (GObject *object)
{
  PhysioExerciseEditor *self = PHYSIO_EXERCISE_EDITOR (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), PHYSIO_TYPE_EXERCISE_EDITOR);

  if (self->bindings != NULL)
    g_binding_group_set_source (self->bindings, NULL);
  g_clear_object (&self->bindings);
  g_clear_object (&self->database);
  g_clear_object (&self->original);
  g_clear_object (&self->exercise);

  G_OBJECT_CLASS (physio_exercise_editor_parent_class)->dispose (object);
}

static void
physio_exercise_editor_finalize (GObject *object)
{
  PhysioExerciseEditor *self = PHYSIO_EXERCISE_EDITOR (object);

  for (guint i = 0; i < N_LINK_LISTS; i++)
    g_clear_pointer (&self->links[i], physio_exercise_link_picker_free);

  G_OBJECT_CLASS (physio_exercise_editor_parent_class)->finalize (object);
}

static void
physio_exercise_editor_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  PhysioExerciseEditor *self = PHYSIO_EXERCISE_EDITOR (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      g_value_set_object (value, self->database);
      break;
    case PROP_EXERCISE:
      g_value_set_object (value, self->original);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
physio_exercise_editor_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  PhysioExerciseEditor *self = PHYSIO_EXERCISE_EDITOR (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      self->database = g_value_dup_object (value);
      break;
    case PROP_EXERCISE:
      self->original = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
physio_exercise_editor_class_init (PhysioExerciseEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = physio_exercise_editor_constructed;
  object_class->dispose = physio_exercise_editor_dispose;
  object_class->finalize = physio_exercise_editor_finalize;
  object_class->get_property = physio_exercise_editor_get_property;
  object_class->set_property = physio_exercise_editor_set_property;

  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL,
                         PHYSIO_TYPE_DATABASE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /* The exercise to edit; a copy is edited, so this object never changes. */
  properties[PROP_EXERCISE] =
    g_param_spec_object ("exercise", NULL, NULL,
                         PHYSIO_TYPE_EXERCISE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[SAVED] =
    g_signal_new ("saved",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, PHYSIO_TYPE_EXERCISE);

  g_type_ensure (PHYSIO_TYPE_EXERCISE_DOSE_GROUP);
  g_type_ensure (PHYSIO_TYPE_EXERCISE_LIMITS_GROUP);
  g_type_ensure (PHYSIO_TYPE_VOCAB_CHECK_ROW);
  g_type_ensure (PHYSIO_TYPE_FIGURE_EDITOR);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/physio-exercise-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, PhysioExerciseEditor, store_error_revealer);
  gtk_widget_class_bind_template_child (widget_class, PhysioExerciseEditor, store_error_label);
  gtk_widget_class_bind_template_child (widget_class, PhysioExerciseEditor, dose_group);
  gtk_widget_class_bind_template_child (widget_class, PhysioExerciseEditor, limits_group);
  gtk_widget_class_bind_template_child (widget_class, PhysioExerciseEditor, progressions_group);
  gtk_widget_class_bind_template_child (widget_class, PhysioExerciseEditor, regressions_group);
  gtk_widget_class_bind_template_child (widget_class, PhysioExerciseEditor, name_row);
  gtk_widget_class_bind_template_child (widget_class, PhysioExerciseEditor, category_row);
  gtk_widget_class_bind_template_child (widget_class, PhysioExerciseEditor, position_row);
  gtk_widget_class_bind_template_child (widget_class, PhysioExerciseEditor, kind_row);
  gtk_widget_class_bind_template_child (widget_class, PhysioExerciseEditor, laterality_row);
  gtk_widget_class_bind_template_child (widget_class, PhysioExerciseEditor, regions_row);
  gtk_widget_class_bind_template_child (widget_class, PhysioExerciseEditor, equipment_row);
  gtk_widget_class_bind_template_child (widget_class, PhysioExerciseEditor, stages_row);
  gtk_widget_class_bind_template_child (widget_class, PhysioExerciseEditor, caution_codes_row);
  gtk_widget_class_bind_template_child (widget_class, PhysioExerciseEditor, caution_row);
  gtk_widget_class_bind_template_child (widget_class, PhysioExerciseEditor, figure_editor);
  gtk_widget_class_bind_template_child (widget_class, PhysioExerciseEditor, exercise_error);
  gtk_widget_class_bind_template_child (widget_class, PhysioExerciseEditor, steps_error);
  gtk_widget_class_bind_template_child (widget_class, PhysioExerciseEditor, cues_error);
  gtk_widget_class_bind_template_child (widget_class, PhysioExerciseEditor, caution_error);
  gtk_widget_class_bind_template_child (widget_class, PhysioExerciseEditor, links_error);
  gtk_widget_class_bind_template_child (widget_class, PhysioExerciseEditor, progression_popover);
  gtk_widget_class_bind_template_child (widget_class, PhysioExerciseEditor, regression_popover);
  gtk_widget_class_bind_template_child (widget_class, PhysioExerciseEditor, progression_search);
  gtk_widget_class_bind_template_child (widget_class, PhysioExerciseEditor, regression_search);
  gtk_widget_class_bind_template_child (widget_class, PhysioExerciseEditor, progression_results);
  gtk_widget_class_bind_template_child (widget_class, PhysioExerciseEditor, regression_results);

  /* Not kept in the instance, but named so gtk_widget_get_template_child () finds them for
   * the tests and the screenshot tools. */
  gtk_widget_class_bind_template_child_full (widget_class, "save_button", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "cancel_button", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "page", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "progression_add_button", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "regression_add_button", FALSE, 0);

  for (guint i = 0; i < N_STEP_ROWS; i++)
    {
      g_autofree char *name = g_strdup_printf ("step_row_%u", i + 1);

      gtk_widget_class_bind_template_child_full (widget_class, name, FALSE,
                                                 G_STRUCT_OFFSET (PhysioExerciseEditor, step_rows)
                                                 + i * sizeof (gpointer));
    }
  for (guint i = 0; i < N_CUE_ROWS; i++)
    {
      g_autofree char *name = g_strdup_printf ("cue_row_%u", i + 1);

      gtk_widget_class_bind_template_child_full (widget_class, name, FALSE,
                                                 G_STRUCT_OFFSET (PhysioExerciseEditor, cue_rows)
                                                 + i * sizeof (gpointer));
    }

  gtk_widget_class_bind_template_callback (widget_class, on_name_row_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_codes_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_dose_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_step_row_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_cue_row_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_caution_row_changed_cb);
  _physio_exercise_editor_class_links_init (widget_class);

  gtk_widget_class_install_action (widget_class, "editor.cancel", NULL, editor_cancel_cb);
  gtk_widget_class_install_action (widget_class, "editor.save", NULL, editor_save_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "editor.cancel", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK,
                                       "editor.save", NULL);
}

static void
physio_exercise_editor_init (PhysioExerciseEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  fill_combo (self->category_row, PHYSIO_VOCAB_CATEGORY);
  fill_combo (self->position_row, PHYSIO_VOCAB_POSITION);
  fill_combo (self->kind_row, PHYSIO_VOCAB_DOSAGE_KIND);
  fill_combo (self->laterality_row, PHYSIO_VOCAB_LATERALITY);
  g_signal_connect_object (self->category_row, "notify::selected",
                           G_CALLBACK (on_combo_selected_cb), self, 0);
  g_signal_connect_object (self->position_row, "notify::selected",
                           G_CALLBACK (on_combo_selected_cb), self, 0);

  self->bindings = g_binding_group_new ();
  g_binding_group_bind_full (self->bindings, "dosage-kind", self->kind_row, "selected",
                             G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL,
                             enum_to_position_cb, position_to_enum_cb, NULL, NULL);
  g_binding_group_bind_full (self->bindings, "laterality", self->laterality_row, "selected",
                             G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL,
                             enum_to_position_cb, position_to_enum_cb, NULL, NULL);
  g_binding_group_bind (self->bindings, "dosage-kind", self->dose_group, "dosage-kind",
                        G_BINDING_SYNC_CREATE);
  g_binding_group_bind (self->bindings, "dosage-kind", self->limits_group, "dosage-kind",
                        G_BINDING_SYNC_CREATE);

  self->links[LINKS_PROGRESSION] =
    physio_exercise_link_picker_new (self->progressions_group, self->progression_popover,
                                     self->progression_search, self->progression_results,
                                     _physio_exercise_editor_links_changed_cb, self);
  self->links[LINKS_REGRESSION] =
    physio_exercise_link_picker_new (self->regressions_group, self->regression_popover,
                                     self->regression_search, self->regression_results,
                                     _physio_exercise_editor_links_changed_cb, self);
}

PhysioExerciseEditor *
physio_exercise_editor_new (GtkWindow      *parent,
                            PhysioDatabase *database,
                            PhysioExercise *exercise)
{
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (PHYSIO_IS_DATABASE (database), NULL);
  g_return_val_if_fail (exercise == NULL || PHYSIO_IS_EXERCISE (exercise), NULL);

  return g_object_new (PHYSIO_TYPE_EXERCISE_EDITOR,
                       "transient-for", parent,
                       "modal", TRUE,
                       "database", database,
                       "exercise", exercise,
                       NULL);
}
