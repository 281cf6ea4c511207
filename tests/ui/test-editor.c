/* test-editor.c: the exercise editor dialog, driven as a clinician would
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "physio-exercise-editor.h"
#include "physio-exercise-editor-private.h"
#include "physio-screenshot.h"
#include "ui-test-util.h"

typedef struct
{
  char           *dir;
  PhysioDatabase *database;
  PhysioExercise *saved;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->dir = ui_test_make_dir ("physio-editor-XXXXXX");
  fixture->database = ui_test_open_database (fixture->dir);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->saved);
  g_assert_finalize_object (fixture->database);
  ui_test_remove_dir (fixture->dir);
  g_free (fixture->dir);
}

static void
on_saved_cb (PhysioExerciseEditor *editor,
             PhysioExercise       *exercise,
             Fixture              *fixture)
{
  g_assert_null (fixture->saved);
  fixture->saved = g_object_ref (exercise);
}

/* Whether the dialog is still open: gtk_window_destroy () takes a window out of the
 * toplevels, while the test's own reference keeps the object to look at. */
static gboolean
is_open (PhysioExerciseEditor *editor)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (window == G_OBJECT (editor))
        return TRUE;
    }

  return FALSE;
}

/* The editor as the window opens it, with the test watching what it reports back. A window
 * belongs to GTK until it is destroyed; the test keeps its own reference so it can look at
 * the dialog after Save or Cancel closed it. */
static PhysioExerciseEditor *
open_editor (Fixture        *fixture,
             PhysioExercise *exercise)
{
  PhysioExerciseEditor *editor = physio_exercise_editor_new (NULL, fixture->database, exercise);

  g_object_ref (editor);
  g_signal_connect (editor, "saved", G_CALLBACK (on_saved_cb), fixture);
  gtk_window_present (GTK_WINDOW (editor));
  /* Popovers need the window on a monitor before they can be placed. */
  while (!gtk_widget_get_mapped (GTK_WIDGET (editor)))
    g_main_context_iteration (NULL, TRUE);
  ui_test_settle ();
  return editor;
}

static void
close_editor (PhysioExerciseEditor *editor)
{
  if (is_open (editor))
    gtk_window_destroy (GTK_WINDOW (editor));
  ui_test_settle ();
  g_assert_finalize_object (editor);
}

static GtkWidget *
child (PhysioExerciseEditor *editor,
       const char           *name)
{
  GtkWidget *widget = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (editor),
                                                                  PHYSIO_TYPE_EXERCISE_EDITOR,
                                                                  name));

  g_assert_nonnull (widget);
  return widget;
}

static void
type_into (PhysioExerciseEditor *editor,
           const char           *name,
           const char           *text)
{
  gtk_editable_set_text (GTK_EDITABLE (child (editor, name)), text);
}

static gboolean
can_save (PhysioExerciseEditor *editor)
{
  return gtk_widget_get_sensitive (child (editor, "save_button"));
}

static void
fill_required_texts (PhysioExerciseEditor *editor,
                     const char           *name)
{
  type_into (editor, "name_row", name);
  type_into (editor, "step_row_1", "Lie on your back with your knees bent.");
  type_into (editor, "step_row_2", "Flatten your lower back gently into the floor.");
  type_into (editor, "step_row_3", "Hold, then relax.");
}

static GtkSpinButton *
dose_spin (PhysioExerciseEditor *editor,
           PhysioDoseField       field)
{
  return GTK_SPIN_BUTTON (_physio_exercise_editor_get_dose_spin (editor, field));
}

static GtkSpinButton *
limit_spin (PhysioExerciseEditor *editor,
            PhysioDoseField       field,
            gboolean              highest)
{
  return GTK_SPIN_BUTTON (_physio_exercise_editor_get_limit_spin (editor, field, highest));
}

static GtkCheckButton *
code_check (PhysioExerciseEditor *editor,
            PhysioVocabulary      vocab,
            const char           *code)
{
  return GTK_CHECK_BUTTON (_physio_exercise_editor_get_code_check (editor, vocab, code));
}

/* The exercise as the database now holds it. */
static PhysioExercise *
load_stored (Fixture    *fixture,
             const char *id)
{
  g_autoptr(GError) error = NULL;
  PhysioExercise *exercise = physio_database_get_exercise (fixture->database, id, &error);

  g_assert_no_error (error);
  return exercise;
}

static gboolean
contains_casefold (const char *haystack,
                   const char *needle)
{
  g_autofree char *h = g_utf8_casefold (haystack, -1);
  g_autofree char *n = g_utf8_casefold (needle, -1);

  return strstr (h, n) != NULL;
}

static const char *
row_subtitle (GtkWidget *row)
{
  return adw_action_row_get_subtitle (ADW_ACTION_ROW (row));
}

/* Saves a custom exercise straight through the store, as if made in an earlier session. */
static PhysioExercise *
save_custom (Fixture    *fixture,
             const char *name)
{
  static const char * const steps[] = { "Stand tall.", "Step forward.", "Step back.", NULL };
  static const char * const regions[] = { "lumbar", NULL };
  static const char * const equipment[] = { "none", NULL };
  static const char * const stages[] = { "chronic", NULL };
  g_autoptr(PhysioExercise) exercise = physio_exercise_new ();
  g_autofree char *id = physio_exercise_new_custom_id ();
  g_autoptr(GError) error = NULL;
  g_auto(PhysioDose) dose = PHYSIO_DOSE_INIT;

  dose.sets = 3;
  dose.reps = 8;
  dose.sessions_per_day = 1;
  dose.days_per_week = 5;
  physio_exercise_set_id (exercise, id);
  physio_exercise_set_source (exercise, PHYSIO_EXERCISE_CUSTOM);
  physio_exercise_set_version (exercise, 1);
  physio_exercise_set_name (exercise, name);
  physio_exercise_set_category (exercise, "strength");
  physio_exercise_set_position (exercise, "standing");
  physio_exercise_set_dosage_kind (exercise, PHYSIO_DOSAGE_REPS);
  physio_exercise_set_laterality (exercise, PHYSIO_LATERALITY_EACH_SIDE);
  physio_exercise_set_default_dose (exercise, &dose);
  physio_exercise_set_regions (exercise, regions);
  physio_exercise_set_equipment (exercise, equipment);
  physio_exercise_set_stages (exercise, stages);
  physio_exercise_set_steps (exercise, steps);

  g_assert_true (physio_database_save_exercise (fixture->database, exercise, &error));
  g_assert_no_error (error);
  return g_steal_pointer (&exercise);
}

/* With PHYSIO_TEST_SCREENSHOTS=folder, saves the editor as it looks now into @name there, for
 * design review; otherwise does nothing. */
static void
maybe_screenshot (PhysioExerciseEditor *editor,
                  const char           *name)
{
  const char *folder = g_getenv ("PHYSIO_TEST_SCREENSHOTS");
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;

  if (folder == NULL || *folder == '\0')
    return;

  ui_test_settle_frames (20);
  path = g_build_filename (folder, name, NULL);
  if (!physio_screenshot_save (GTK_WIDGET (editor), path, &error))
    g_test_message ("No screenshot: %s", error->message);
}

static void
test_new_exercise_saves (Fixture       *fixture,
                         gconstpointer  data)
{
  PhysioExerciseEditor *editor = open_editor (fixture, NULL);
  g_autoptr(PhysioExercise) stored = NULL;
  const PhysioDose *dose;
  const char * const *steps;

  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (editor)), ==, "New Exercise");
  /* A blank form cannot be saved, but it does not open covered in errors either. */
  g_assert_false (can_save (editor));
  g_assert_false (gtk_widget_has_css_class (child (editor, "name_row"), "error"));
  g_assert_false (gtk_widget_get_visible (child (editor, "exercise_error")));

  fill_required_texts (editor, "  Pelvic tilt ");
  type_into (editor, "cue_row_2", "Think of a slow wave.");
  g_assert_true (can_save (editor));
  maybe_screenshot (editor, "editor-top.png");
  /* The dose and its limits, scrolled into view by focusing a box there. */
  gtk_widget_grab_focus (_physio_exercise_editor_get_dose_spin (editor, PHYSIO_DOSE_FIELD_SETS));
  maybe_screenshot (editor, "editor-dose.png");
  gtk_widget_grab_focus (_physio_exercise_editor_get_limit_spin (editor,
                                                                 PHYSIO_DOSE_FIELD_DAYS_PER_WEEK,
                                                                 TRUE));
  maybe_screenshot (editor, "editor-limits.png");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));
  g_assert_nonnull (fixture->saved);
  g_assert_false (is_open (editor));

  stored = load_stored (fixture, physio_exercise_get_id (fixture->saved));
  g_assert_true (g_str_has_prefix (physio_exercise_get_id (stored), "X-"));
  g_assert_cmpint (physio_exercise_get_source (stored), ==, PHYSIO_EXERCISE_CUSTOM);
  g_assert_cmpstr (physio_exercise_get_name (stored), ==, "Pelvic tilt");
  g_assert_cmpstr (physio_exercise_get_category (stored), ==, "core_stability");
  g_assert_cmpstr (physio_exercise_get_position (stored), ==, "supine_crook");
  g_assert_cmpint (physio_exercise_get_dosage_kind (stored), ==, PHYSIO_DOSAGE_REPS);
  g_assert_cmpint (physio_exercise_get_laterality (stored), ==, PHYSIO_LATERALITY_BILATERAL);

  steps = physio_exercise_get_steps (stored);
  g_assert_cmpuint (g_strv_length ((char **) steps), ==, 3);
  g_assert_cmpstr (steps[2], ==, "Hold, then relax.");
  /* The empty first cue row is skipped, not saved as an empty cue. */
  g_assert_cmpuint (g_strv_length ((char **) physio_exercise_get_cues (stored)), ==, 1);
  g_assert_cmpstr (physio_exercise_get_cues (stored)[0], ==, "Think of a slow wave.");

  g_assert_true (g_strv_equal ((const char * const *) physio_exercise_get_regions (stored),
                               (const char * const []) { "lumbar", NULL }));
  g_assert_true (g_strv_equal ((const char * const *) physio_exercise_get_equipment (stored),
                               (const char * const []) { "none", NULL }));
  g_assert_true (g_strv_equal ((const char * const *) physio_exercise_get_stages (stored),
                               (const char * const []) { "acute", "subacute", "chronic", NULL }));

  dose = physio_exercise_get_default_dose (stored);
  g_assert_cmpuint (dose->sets, ==, 2);
  g_assert_cmpuint (dose->reps, ==, 10);
  g_assert_cmpuint (dose->sessions_per_day, ==, 1);
  g_assert_cmpuint (dose->days_per_week, ==, 3);
  g_assert_cmpint (dose->rest_s, ==, -1);

  close_editor (editor);
}

static void
count_cb (GtkWidget *button,
          guint     *count)
{
  (*count)++;
}

/* Presses Enter in a field and says whether that set off Save. Enter activates the dialog's
 * default button at once, and the button clicks a moment later (it shows itself pressed
 * first), so whether it was activated is known right away: a refused Enter needs no wait. */
static gboolean
press_enter (PhysioExerciseEditor *editor,
             GtkWidget            *field)
{
  GtkWidget *save = child (editor, "save_button");
  guint activated = 0;
  gulong handler;

  handler = g_signal_connect (save, "activate", G_CALLBACK (count_cb), &activated);
  g_signal_emit_by_name (gtk_editable_get_delegate (GTK_EDITABLE (field)), "activate");
  g_signal_handler_disconnect (save, handler);

  return activated > 0;
}

/* Enter in any field saves, as Save is the dialog's default; in a spin button it first takes
 * the number being typed. */
static void
test_enter_saves (Fixture       *fixture,
                  gconstpointer  data)
{
  PhysioExerciseEditor *editor = open_editor (fixture, NULL);
  GtkWidget *sets = _physio_exercise_editor_get_dose_spin (editor, PHYSIO_DOSE_FIELD_SETS);
  g_autoptr(PhysioExercise) stored = NULL;

  fill_required_texts (editor, "Bridge");
  gtk_editable_set_text (GTK_EDITABLE (sets), "4");
  g_assert_true (press_enter (editor, sets));
  WAIT_FOR (fixture->saved != NULL);

  g_assert_nonnull (fixture->saved);
  g_assert_false (is_open (editor));
  stored = load_stored (fixture, physio_exercise_get_id (fixture->saved));
  g_assert_cmpuint (physio_exercise_get_default_dose (stored)->sets, ==, 4);

  close_editor (editor);
}

/* …but not while something is invalid: nothing is saved and the dialog stays. */
static void
test_enter_refused_while_invalid (Fixture       *fixture,
                                  gconstpointer  data)
{
  PhysioExerciseEditor *editor = open_editor (fixture, NULL);
  GtkWidget *name = child (editor, "name_row");

  type_into (editor, "name_row", "Bridge");
  g_assert_false (can_save (editor));
  g_assert_false (press_enter (editor, name));

  /* Save was not set off, so nothing is left to wait for. */
  ui_test_settle ();
  g_assert_null (fixture->saved);
  g_assert_true (is_open (editor));
  g_assert_cmpuint (physio_database_count_exercises (fixture->database), ==, 0);

  close_editor (editor);
}

static void
test_dose_out_of_range (Fixture       *fixture,
                        gconstpointer  data)
{
  PhysioExerciseEditor *editor = open_editor (fixture, NULL);
  GtkWidget *sets_row = _physio_exercise_editor_get_dose_row (editor, PHYSIO_DOSE_FIELD_SETS);
  GtkWidget *sets = _physio_exercise_editor_get_dose_spin (editor, PHYSIO_DOSE_FIELD_SETS);
  GtkWidget *reps_row = _physio_exercise_editor_get_dose_row (editor, PHYSIO_DOSE_FIELD_REPS);
  GtkWidget *reps = _physio_exercise_editor_get_dose_spin (editor, PHYSIO_DOSE_FIELD_REPS);
  GtkWidget *sets_limit_row = _physio_exercise_editor_get_limit_row (editor,
                                                                     PHYSIO_DOSE_FIELD_SETS);

  fill_required_texts (editor, "Bridge");
  g_assert_true (can_save (editor));
  /* While valid, the row tells the allowed range. */
  g_assert_false (gtk_widget_has_css_class (sets_row, "error"));
  g_assert_true (strstr (row_subtitle (sets_row), "10") != NULL);

  gtk_spin_button_set_value (limit_spin (editor, PHYSIO_DOSE_FIELD_SETS, FALSE), 1);
  gtk_spin_button_set_value (limit_spin (editor, PHYSIO_DOSE_FIELD_SETS, TRUE), 3);
  g_assert_true (can_save (editor));

  /* Typed, not yet committed with Enter: validation follows the keyboard. */
  gtk_editable_set_text (GTK_EDITABLE (sets), "11");
  g_assert_true (gtk_widget_has_css_class (sets_row, "error"));
  g_assert_true (contains_casefold (row_subtitle (sets_row), "sets"));
  g_assert_true (strstr (row_subtitle (sets_row), "1") != NULL);
  g_assert_true (strstr (row_subtitle (sets_row), "3") != NULL);
  g_assert_false (can_save (editor));
  /* Nothing typed is lost or corrected behind the clinician's back. */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (sets)), ==, "11");
  g_assert_false (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL)
                  && fixture->saved != NULL);
  g_assert_true (is_open (editor));

  gtk_editable_set_text (GTK_EDITABLE (sets), "3");
  g_assert_false (gtk_widget_has_css_class (sets_row, "error"));
  g_assert_true (can_save (editor));

  /* Reps above the absolute maximum, committed this time. */
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (reps), 51);
  g_assert_true (gtk_widget_has_css_class (reps_row, "error"));
  g_assert_true (contains_casefold (row_subtitle (reps_row), "reps"));
  g_assert_true (strstr (row_subtitle (reps_row), "50") != NULL);
  g_assert_false (can_save (editor));

  gtk_spin_button_set_value (GTK_SPIN_BUTTON (reps), 12);
  g_assert_true (can_save (editor));

  /* Limits the wrong way round are caught on their own row. */
  gtk_spin_button_set_value (limit_spin (editor, PHYSIO_DOSE_FIELD_SETS, FALSE), 5);
  g_assert_true (gtk_widget_has_css_class (sets_limit_row, "error"));
  g_assert_true (contains_casefold (row_subtitle (sets_limit_row), "sets"));
  g_assert_false (can_save (editor));

  close_editor (editor);
  g_assert_null (fixture->saved);
}

static void
test_clearing_name_disables_save (Fixture       *fixture,
                                  gconstpointer  data)
{
  PhysioExerciseEditor *editor = open_editor (fixture, NULL);
  GtkWidget *message = child (editor, "exercise_error");

  fill_required_texts (editor, "Bridge");
  g_assert_true (can_save (editor));

  type_into (editor, "name_row", "   ");
  g_assert_false (can_save (editor));
  g_assert_true (gtk_widget_has_css_class (child (editor, "name_row"), "error"));
  g_assert_true (gtk_widget_get_visible (message));
  g_assert_true (contains_casefold (gtk_label_get_text (GTK_LABEL (message)), "name"));
  /* The steps typed so far are still there. */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (child (editor, "step_row_3"))), ==,
                   "Hold, then relax.");

  type_into (editor, "name_row", "Glute bridge");
  g_assert_true (can_save (editor));
  g_assert_false (gtk_widget_has_css_class (child (editor, "name_row"), "error"));
  g_assert_false (gtk_widget_get_visible (message));

  close_editor (editor);
}

static void
test_steps_need_three (Fixture       *fixture,
                       gconstpointer  data)
{
  PhysioExerciseEditor *editor = open_editor (fixture, NULL);
  g_autofree char *long_step = g_strnfill (161, 'a');
  const char * const *steps;

  fill_required_texts (editor, "Bridge");
  type_into (editor, "step_row_2", "");
  g_assert_false (can_save (editor));
  g_assert_true (gtk_widget_get_visible (child (editor, "steps_error")));
  g_assert_true (gtk_widget_has_css_class (child (editor, "step_row_2"), "error"));
  g_assert_false (gtk_widget_has_css_class (child (editor, "step_row_1"), "error"));

  /* Three filled rows with a gap between them are three steps. */
  type_into (editor, "step_row_4", "Breathe out as you lift.");
  g_assert_true (can_save (editor));
  steps = physio_exercise_get_steps (_physio_exercise_editor_get_exercise (editor));
  g_assert_cmpuint (g_strv_length ((char **) steps), ==, 3);

  /* A step that is too long is marked itself, not its neighbours. */
  type_into (editor, "step_row_5", long_step);
  g_assert_false (can_save (editor));
  g_assert_true (gtk_widget_has_css_class (child (editor, "step_row_5"), "error"));
  g_assert_false (gtk_widget_has_css_class (child (editor, "step_row_4"), "error"));

  close_editor (editor);
}

static void
test_edit_then_cancel (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(PhysioExercise) original = save_custom (fixture, "Split squat");
  g_autoptr(PhysioExercise) stored = NULL;
  PhysioExerciseEditor *editor = open_editor (fixture, original);
  GtkWidget *sets = _physio_exercise_editor_get_dose_spin (editor, PHYSIO_DOSE_FIELD_SETS);

  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (editor)), ==, "Edit Exercise");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (child (editor, "name_row"))), ==,
                   "Split squat");
  g_assert_cmpfloat (gtk_spin_button_get_value (GTK_SPIN_BUTTON (sets)), ==, 3);
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (child (editor, "laterality_row"))),
                    ==, PHYSIO_LATERALITY_EACH_SIDE);
  g_assert_true (can_save (editor));

  type_into (editor, "name_row", "Lunge");
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (sets), 4);
  gtk_check_button_set_active (code_check (editor, PHYSIO_VOCAB_REGION, "pelvis_hip"), TRUE);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.cancel", NULL));
  g_assert_false (is_open (editor));
  g_assert_null (fixture->saved);

  /* Neither the caller's object nor the stored row changed. */
  g_assert_cmpstr (physio_exercise_get_name (original), ==, "Split squat");
  g_assert_cmpuint (physio_exercise_get_default_dose (original)->sets, ==, 3);
  stored = load_stored (fixture, physio_exercise_get_id (original));
  g_assert_cmpstr (physio_exercise_get_name (stored), ==, "Split squat");
  g_assert_cmpuint (physio_exercise_get_default_dose (stored)->sets, ==, 3);
  g_assert_cmpuint (g_strv_length ((char **) physio_exercise_get_regions (stored)), ==, 1);

  close_editor (editor);
}

static void
test_edit_then_save (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(PhysioExercise) original = save_custom (fixture, "Split squat");
  g_autoptr(PhysioExercise) stored = NULL;
  PhysioExerciseEditor *editor = open_editor (fixture, original);

  type_into (editor, "name_row", "Split squat, supported");
  gtk_check_button_set_active (code_check (editor, PHYSIO_VOCAB_EQUIPMENT, "chair"), TRUE);
  /* Choosing a piece of equipment takes "No equipment" away rather than leaving an error. */
  g_assert_false (gtk_check_button_get_active (code_check (editor, PHYSIO_VOCAB_EQUIPMENT,
                                                           "none")));
  gtk_spin_button_set_value (dose_spin (editor, PHYSIO_DOSE_FIELD_REST), 0);
  type_into (editor, "caution_row", "Hold on to the chair if you feel unsteady.");
  gtk_editable_set_text (GTK_EDITABLE (_physio_exercise_editor_get_intensity_row (editor)),
                         "Easy: you can still talk");
  g_assert_true (can_save (editor));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));
  g_assert_nonnull (fixture->saved);

  stored = load_stored (fixture, physio_exercise_get_id (original));
  g_assert_cmpstr (physio_exercise_get_name (stored), ==, "Split squat, supported");
  g_assert_true (g_strv_equal ((const char * const *) physio_exercise_get_equipment (stored),
                               (const char * const []) { "chair", NULL }));
  /* 0 s of rest is a real prescription, kept apart from "not set". */
  g_assert_cmpint (physio_exercise_get_default_dose (stored)->rest_s, ==, 0);
  g_assert_cmpstr (physio_exercise_get_caution_text (stored), ==,
                   "Hold on to the chair if you feel unsteady.");
  g_assert_cmpstr (physio_exercise_get_default_dose (stored)->intensity, ==,
                   "Easy: you can still talk");
  /* The caller's object is only a source; the saved exercise is the editor's copy. */
  g_assert_cmpstr (physio_exercise_get_name (original), ==, "Split squat");

  close_editor (editor);
}

static void
test_kind_switch (Fixture       *fixture,
                  gconstpointer  data)
{
  PhysioExerciseEditor *editor = open_editor (fixture, NULL);
  AdwComboRow *kind = ADW_COMBO_ROW (child (editor, "kind_row"));
  GtkWidget *hold_row = _physio_exercise_editor_get_dose_row (editor, PHYSIO_DOSE_FIELD_HOLD);
  GtkWidget *hold = _physio_exercise_editor_get_dose_spin (editor, PHYSIO_DOSE_FIELD_HOLD);
  GtkWidget *duration_row = _physio_exercise_editor_get_dose_row (editor,
                                                                  PHYSIO_DOSE_FIELD_DURATION);
  GtkWidget *hold_limits = _physio_exercise_editor_get_limit_row (editor, PHYSIO_DOSE_FIELD_HOLD);
  GtkWidget *sets_row = _physio_exercise_editor_get_dose_row (editor, PHYSIO_DOSE_FIELD_SETS);
  g_autoptr(PhysioExercise) stored = NULL;

  fill_required_texts (editor, "Side plank");
  g_assert_false (gtk_widget_get_visible (hold_row));
  g_assert_false (gtk_widget_get_visible (hold_limits));

  adw_combo_row_set_selected (kind, PHYSIO_DOSAGE_HOLD);
  g_assert_true (gtk_widget_get_visible (hold_row));
  g_assert_true (gtk_widget_get_visible (hold_limits));
  g_assert_true (gtk_widget_get_visible (sets_row));
  g_assert_false (gtk_widget_get_visible (duration_row));
  /* A hold exercise needs a hold time, and says so. */
  g_assert_true (gtk_widget_has_css_class (hold_row, "error"));
  g_assert_true (contains_casefold (row_subtitle (hold_row), "hold"));
  g_assert_false (can_save (editor));

  gtk_spin_button_set_value (GTK_SPIN_BUTTON (hold), 10);
  g_assert_true (can_save (editor));

  /* Duration hides sets and shows minutes; going back to holds finds the hold kept. */
  adw_combo_row_set_selected (kind, PHYSIO_DOSAGE_DURATION);
  g_assert_false (gtk_widget_get_visible (hold_row));
  g_assert_false (gtk_widget_get_visible (sets_row));
  g_assert_true (gtk_widget_get_visible (duration_row));
  adw_combo_row_set_selected (kind, PHYSIO_DOSAGE_HOLD);
  g_assert_cmpfloat (gtk_spin_button_get_value (GTK_SPIN_BUTTON (hold)), ==, 10);

  /* Saved as a reps exercise, the hold tried on the way is not carried along. */
  adw_combo_row_set_selected (kind, PHYSIO_DOSAGE_REPS);
  g_assert_false (gtk_widget_get_visible (hold_row));
  g_assert_true (can_save (editor));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));
  g_assert_nonnull (fixture->saved);
  stored = load_stored (fixture, physio_exercise_get_id (fixture->saved));
  g_assert_nonnull (stored);
  g_assert_cmpint (physio_exercise_get_dosage_kind (stored), ==, PHYSIO_DOSAGE_REPS);
  g_assert_cmpuint (physio_exercise_get_default_dose (stored)->hold_s, ==, 0);

  close_editor (editor);
}

static void
test_duration_in_minutes (Fixture       *fixture,
                          gconstpointer  data)
{
  PhysioExerciseEditor *editor = open_editor (fixture, NULL);
  GtkWidget *duration = _physio_exercise_editor_get_dose_spin (editor, PHYSIO_DOSE_FIELD_DURATION);
  g_autoptr(PhysioExercise) stored = NULL;

  fill_required_texts (editor, "Walk");
  adw_combo_row_set_selected (ADW_COMBO_ROW (child (editor, "kind_row")), PHYSIO_DOSAGE_DURATION);
  g_assert_false (can_save (editor));

  /* Either decimal mark, whatever the locale. */
  gtk_editable_set_text (GTK_EDITABLE (duration), "12,5");
  g_assert_true (can_save (editor));
  g_assert_cmpuint (physio_exercise_get_default_dose (
                      _physio_exercise_editor_get_exercise (editor))->duration_s, ==, 750);
  gtk_editable_set_text (GTK_EDITABLE (duration), "12.5");
  g_assert_true (can_save (editor));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));
  stored = load_stored (fixture, physio_exercise_get_id (fixture->saved));
  g_assert_cmpuint (physio_exercise_get_default_dose (stored)->duration_s, ==, 750);
  g_assert_cmpuint (physio_exercise_get_default_dose (stored)->sets, ==, 0);

  close_editor (editor);
}

static void
test_store_error_keeps_dialog (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autoptr(PhysioExercise) original = save_custom (fixture, "Step-up");
  g_autoptr(PhysioExercise) taken = NULL;
  PhysioExerciseEditor *editor = open_editor (fixture, original);
  GtkWidget *label = child (editor, "store_error_label");

  /* The store refuses to change a built-in exercise; marking the editor's working copy
   * built-in is the simplest way to make a real save fail. */
  physio_exercise_set_source (_physio_exercise_editor_get_exercise (editor),
                              PHYSIO_EXERCISE_BUILTIN);
  type_into (editor, "name_row", "Step-up, low step");
  g_assert_true (can_save (editor));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));
  g_assert_null (fixture->saved);
  g_assert_true (is_open (editor));
  g_assert_true (gtk_revealer_get_reveal_child (GTK_REVEALER (child (editor,
                                                                  "store_error_revealer"))));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (label)), !=, "");
  g_assert_true (gtk_widget_has_css_class (label, "error"));
  /* What was typed is still in the form. */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (child (editor, "name_row"))), ==,
                   "Step-up, low step");

  taken = load_stored (fixture, physio_exercise_get_id (original));
  g_assert_cmpstr (physio_exercise_get_name (taken), ==, "Step-up");

  close_editor (editor);
}

static GtkListBoxRow *
find_result (GtkWidget  *results,
             const char *id)
{
  for (GtkWidget *row = gtk_widget_get_first_child (results);
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      if (g_strcmp0 (g_object_get_data (G_OBJECT (row), "physio-exercise-id"), id) == 0)
        return GTK_LIST_BOX_ROW (row);
    }

  return NULL;
}

static gboolean
in_view (PhysioExerciseEditor *editor,
         GtkWidget            *widget)
{
  graphene_rect_t bounds;

  if (!gtk_widget_compute_bounds (widget, GTK_WIDGET (editor), &bounds))
    return FALSE;

  return bounds.origin.y >= 0
         && bounds.origin.y + bounds.size.height <= gtk_widget_get_height (GTK_WIDGET (editor));
}

static void
test_link_progression (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(PhysioExercise) easy = save_custom (fixture, "Sit to stand, high chair");
  g_autoptr(PhysioExercise) hard = save_custom (fixture, "Sit to stand, low chair");
  g_autoptr(PhysioExercise) other = save_custom (fixture, "Calf raise");
  g_autoptr(PhysioExercise) stored = NULL;
  PhysioExerciseEditor *editor = open_editor (fixture, easy);
  GtkWidget *results = child (editor, "progression_results");
  GtkWidget *add_button = child (editor, "progression_add_button");
  PhysioExercise *working = _physio_exercise_editor_get_exercise (editor);
  GtkListBoxRow *row;

  /* As a keyboard user would: focus scrolls the button into view, where its popover can be
   * placed on the screen. */
  gtk_widget_grab_focus (add_button);
  while (!in_view (editor, add_button))
    g_main_context_iteration (NULL, TRUE);
  gtk_menu_button_popup (GTK_MENU_BUTTON (add_button));
  ui_test_settle ();
  /* The exercise itself is never offered as its own progression. */
  g_assert_null (find_result (results, physio_exercise_get_id (easy)));
  g_assert_nonnull (find_result (results, physio_exercise_get_id (other)));

  /* Typing narrows the list; the search entry reports after a short pause. */
  type_into (editor, "progression_search", "low");
  while (find_result (results, physio_exercise_get_id (other)) != NULL)
    g_main_context_iteration (NULL, TRUE);
  row = find_result (results, physio_exercise_get_id (hard));
  g_assert_nonnull (row);

  gtk_widget_activate (GTK_WIDGET (row));
  ui_test_settle ();
  g_assert_true (g_strv_equal (physio_exercise_get_progression_ids (working),
                               (const char * const []) { physio_exercise_get_id (hard), NULL }));
  g_assert_true (can_save (editor));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));
  stored = load_stored (fixture, physio_exercise_get_id (easy));
  g_assert_true (g_strv_equal (physio_exercise_get_progression_ids (stored),
                               (const char * const []) { physio_exercise_get_id (hard), NULL }));
  g_assert_cmpuint (g_strv_length ((char **) physio_exercise_get_regression_ids (stored)), ==, 0);

  close_editor (editor);
}

int
main (int   argc,
      char *argv[])
{
  if (!ui_test_init (&argc, &argv))
    return 0;

  g_test_add ("/editor/new-exercise-saves", Fixture, NULL,
              fixture_set_up, test_new_exercise_saves, fixture_tear_down);
  g_test_add ("/editor/enter-saves", Fixture, NULL,
              fixture_set_up, test_enter_saves, fixture_tear_down);
  g_test_add ("/editor/enter-refused-while-invalid", Fixture, NULL,
              fixture_set_up, test_enter_refused_while_invalid, fixture_tear_down);
  g_test_add ("/editor/dose-out-of-range", Fixture, NULL,
              fixture_set_up, test_dose_out_of_range, fixture_tear_down);
  g_test_add ("/editor/clearing-name-disables-save", Fixture, NULL,
              fixture_set_up, test_clearing_name_disables_save, fixture_tear_down);
  g_test_add ("/editor/steps-need-three", Fixture, NULL,
              fixture_set_up, test_steps_need_three, fixture_tear_down);
  g_test_add ("/editor/edit-then-cancel", Fixture, NULL,
              fixture_set_up, test_edit_then_cancel, fixture_tear_down);
  g_test_add ("/editor/edit-then-save", Fixture, NULL,
              fixture_set_up, test_edit_then_save, fixture_tear_down);
  g_test_add ("/editor/kind-switch", Fixture, NULL,
              fixture_set_up, test_kind_switch, fixture_tear_down);
  g_test_add ("/editor/duration-in-minutes", Fixture, NULL,
              fixture_set_up, test_duration_in_minutes, fixture_tear_down);
  g_test_add ("/editor/store-error-keeps-dialog", Fixture, NULL,
              fixture_set_up, test_store_error_keeps_dialog, fixture_tear_down);
  g_test_add ("/editor/link-progression", Fixture, NULL,
              fixture_set_up, test_link_progression, fixture_tear_down);

  return g_test_run ();
}
