/* test-programme.c: the programme window's builder, dose ladder and undo stack
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <adwaita.h>

#include "physio-database-patients.h"
#include "physio-ladder.h"
#include "physio-ladder-table.h"
#include "physio-programme-check.h"
#include "physio-prescription-page.h"
#include "physio-prescription-row-private.h"
#include "physio-programme-window-private.h"
#include "ui-test-util.h"

/* Bridge: reps 8–15, sets 1–3 in the library; a programme's first exercise in these tests. */
#define BRIDGE_ID "COR-10"
#define BIRD_DOG_ID "COR-08"
#define WALK_ID "AER-01"

typedef struct
{
  char                  *dir;
  PhysioDatabase        *database;
  PhysioPatient         *patient;
  PhysioProgramme       *programme;
  PhysioProgrammeWindow *window;
} Fixture;

static PhysioPrescription *
add_prescription (Fixture    *fixture,
                  const char *exercise_id)
{
  g_autoptr(PhysioExercise) exercise = NULL;
  g_autoptr(GError) error = NULL;
  PhysioPrescription *prescription;

  exercise = physio_database_get_exercise (fixture->database, exercise_id, &error);
  g_assert_no_error (error);

  prescription = physio_prescription_new (exercise);
  physio_prescription_set_weeks (prescription, 1, physio_programme_get_weeks (fixture->programme));
  physio_programme_add_prescription (fixture->programme, prescription);
  g_object_unref (prescription);
  return prescription;
}

/* A patient and a six-week programme starting today with @exercise_ids (NULL-terminated, may
 * be empty), saved. */
static void
fixture_build (Fixture            *fixture,
               const char * const *exercise_ids)
{
  g_autoptr(GError) error = NULL;
  GDate today;

  fixture->dir = ui_test_make_dir ("physio-programme-XXXXXX");
  fixture->database = ui_test_open_library (fixture->dir, NULL);

  fixture->patient = ui_test_add_patient (fixture->database, "Ana Ferreira");

  today = ui_test_today ();
  fixture->programme = physio_programme_new ();
  physio_programme_set_patient_id (fixture->programme, physio_patient_get_id (fixture->patient));
  physio_programme_set_title (fixture->programme, "Stronger back");
  physio_programme_set_start_date (fixture->programme, &today);
  physio_programme_set_weeks (fixture->programme, 6);
  for (guint i = 0; exercise_ids[i] != NULL; i++)
    add_prescription (fixture, exercise_ids[i]);
  physio_database_save_programme (fixture->database, fixture->programme, &error);
  g_assert_no_error (error);
}

static void
fixture_open_window (Fixture *fixture)
{
  fixture->window = physio_programme_window_new (NULL, fixture->database, fixture->patient,
                                                 fixture->programme);
  gtk_window_present (GTK_WINDOW (fixture->window));
  ui_test_wait_for_mapped (GTK_WIDGET (fixture->window));
  ui_test_settle ();
}

static PhysioUndoStack *
undo_stack_of (PhysioProgrammeWindow *window)
{
  return physio_programme_window_get_undo_stack (window);
}

static void
fixture_set_up_empty (Fixture       *fixture,
                      gconstpointer  data)
{
  const char * const none[] = { NULL };

  fixture_build (fixture, none);
  fixture_open_window (fixture);
}

static void
fixture_set_up_three (Fixture       *fixture,
                      gconstpointer  data)
{
  const char * const ids[] = { BRIDGE_ID, BIRD_DOG_ID, WALK_ID, NULL };

  fixture_build (fixture, ids);
  fixture_open_window (fixture);
}

static void
fixture_set_up_store_only (Fixture       *fixture,
                           gconstpointer  data)
{
  const char * const ids[] = { BRIDGE_ID, NULL };

  fixture_build (fixture, ids);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  if (fixture->window != NULL)
    {
      GtkWidget *window = g_object_ref (GTK_WIDGET (fixture->window));
      PhysioUndoStack *stack = g_object_ref (undo_stack_of (fixture->window));

      /* The window, its pages and its history all go: nothing keeps them alive. */
      gtk_window_destroy (GTK_WINDOW (window));
      ui_test_settle ();
      g_assert_finalize_object (window);
      g_assert_finalize_object (stack);
    }
  ui_test_settle ();
  if (fixture->programme != NULL)
    g_assert_finalize_object (g_steal_pointer (&fixture->programme));
  g_clear_object (&fixture->patient);
  g_clear_object (&fixture->database);

  ui_test_remove_dir (fixture->dir);
  g_free (fixture->dir);
}

/* Reading back */

static PhysioProgramme *
load_programme (Fixture *fixture)
{
  return ui_test_load_programme (fixture->database, physio_programme_get_id (fixture->programme));
}

static guint
current_reps (PhysioProgramme *programme,
              guint            position)
{
  PhysioPrescription *prescription = physio_programme_get_prescription (programme, position);

  return physio_prescription_get_current_dose (prescription)->reps;
}

static guint
saved_reps (Fixture *fixture,
            guint    position)
{
  g_autoptr(PhysioProgramme) saved = load_programme (fixture);

  return current_reps (saved, position);
}

static const char *
exercise_at (PhysioProgramme *programme,
             guint            position)
{
  return physio_prescription_get_exercise_id (physio_programme_get_prescription (programme,
                                                                                 position));
}

static PhysioPrescriptionPage *
exercises_page (Fixture *fixture)
{
  return PHYSIO_PRESCRIPTION_PAGE (_physio_programme_window_get_page (fixture->window,
                                                                      "exercises"));
}

static PhysioPrescriptionRow *
prescription_row (Fixture *fixture,
                  guint    index)
{
  GtkListBox *list = _physio_prescription_page_get_list (exercises_page (fixture));

  return PHYSIO_PRESCRIPTION_ROW (gtk_list_box_get_row_at_index (list, index));
}

static PhysioUndoStack *
undo_stack (Fixture *fixture)
{
  return physio_programme_window_get_undo_stack (fixture->window);
}

/* The undo stack on its own */

/* What the callbacks of a committed change saw: how often each ran, and the reps in force
 * when it did (so a swapped pair of callbacks, or one run before the programme is put back,
 * shows). */
typedef struct
{
  guint undone;
  guint redone;
  guint reps_when_undone;
  guint reps_when_redone;
} CallLog;

static void
on_undone (gpointer data,
           gpointer user_data)
{
  CallLog *log = user_data;
  PhysioPrescription *prescription = physio_programme_get_prescription (data, 0);

  log->undone++;
  log->reps_when_undone = physio_prescription_get_current_dose (prescription)->reps;
}

static void
on_redone (gpointer data,
           gpointer user_data)
{
  CallLog *log = user_data;
  PhysioPrescription *prescription = physio_programme_get_prescription (data, 0);

  log->redone++;
  log->reps_when_redone = physio_prescription_get_current_dose (prescription)->reps;
}

static void
set_reps (PhysioProgramme *programme,
          guint            reps)
{
  PhysioPrescription *prescription = physio_programme_get_prescription (programme, 0);
  g_auto(PhysioDose) dose = PHYSIO_DOSE_INIT;

  physio_dose_copy_into (&dose, physio_prescription_get_current_dose (prescription));
  dose.reps = reps;
  physio_prescription_set_current_dose (prescription, &dose);
}

static void
test_undo_stack (Fixture       *fixture,
                 gconstpointer  data)
{
  PhysioUndoStack *stack = physio_undo_stack_new (fixture->database, fixture->programme);
  PhysioPrescription *bridge = physio_programme_get_prescription (fixture->programme, 0);
  g_autoptr(GError) error = NULL;
  guint first = current_reps (fixture->programme, 0);
  CallLog log = { 0 };

  g_assert_cmpuint (first, !=, 12);
  g_assert_false (physio_undo_stack_get_can_undo (stack));
  g_assert_false (physio_undo_stack_get_can_redo (stack));
  g_assert_null (physio_undo_stack_get_undo_label (stack));

  /* A change is saved at once and can be undone by name. */
  physio_undo_stack_begin (stack, "Change dose");
  set_reps (fixture->programme, 12);
  g_assert_true (physio_undo_stack_commit_full (stack, on_undone, on_redone, &log, NULL,
                                                &error));
  g_assert_no_error (error);
  g_assert_true (physio_undo_stack_get_can_undo (stack));
  g_assert_cmpstr (physio_undo_stack_get_undo_label (stack), ==, "Change dose");
  g_assert_cmpuint (saved_reps (fixture, 0), ==, 12);

  /* Undo puts the programme back, on screen and on disk; redo brings the change again. */
  g_assert_true (physio_undo_stack_undo (stack, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (log.undone, ==, 1);
  g_assert_cmpuint (log.redone, ==, 0);
  g_assert_cmpuint (log.reps_when_undone, ==, first);
  g_assert_cmpuint (current_reps (fixture->programme, 0), ==, first);
  /* In place: the programme's own prescription, not a copy put in its stead. */
  g_assert_true (physio_programme_get_prescription (fixture->programme, 0) == bridge);
  g_assert_cmpuint (saved_reps (fixture, 0), ==, first);
  g_assert_false (physio_undo_stack_get_can_undo (stack));
  g_assert_true (physio_undo_stack_get_can_redo (stack));
  g_assert_cmpstr (physio_undo_stack_get_redo_label (stack), ==, "Change dose");

  g_assert_true (physio_undo_stack_redo (stack, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (log.undone, ==, 1);
  g_assert_cmpuint (log.redone, ==, 1);
  g_assert_cmpuint (log.reps_when_redone, ==, 12);
  g_assert_cmpuint (current_reps (fixture->programme, 0), ==, 12);
  g_assert_cmpuint (saved_reps (fixture, 0), ==, 12);
  g_assert_true (physio_programme_get_prescription (fixture->programme, 0) == bridge);

  /* A new change after an undo starts a new history. */
  g_assert_true (physio_undo_stack_undo (stack, &error));
  physio_undo_stack_begin (stack, "Change dose again");
  set_reps (fixture->programme, 14);
  g_assert_true (physio_undo_stack_commit (stack, &error));
  g_assert_false (physio_undo_stack_get_can_redo (stack));
  g_assert_cmpstr (physio_undo_stack_get_undo_label (stack), ==, "Change dose again");

  /* Cancelling a begun change leaves no trace. */
  physio_undo_stack_begin (stack, "Never mind");
  set_reps (fixture->programme, 9);
  physio_undo_stack_cancel (stack);
  g_assert_cmpuint (current_reps (fixture->programme, 0), ==, 14);
  g_assert_cmpstr (physio_undo_stack_get_undo_label (stack), ==, "Change dose again");

  /* The history goes with the stack; nothing else holds on to it. */
  g_assert_finalize_object (stack);
}

static void
test_undo_stack_save_error (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(PhysioUndoStack) stack = physio_undo_stack_new (fixture->database, fixture->programme);
  g_autoptr(GError) error = NULL;
  guint first = saved_reps (fixture, 0);

  physio_undo_stack_begin (stack, "Change dose");
  set_reps (fixture->programme, 12);
  g_assert_true (physio_undo_stack_commit (stack, &error));

  /* 40 reps of a bridge is outside its limits: the store refuses it, and the programme on
   * screen goes back to what is saved instead of showing a dose that is not. */
  physio_undo_stack_begin (stack, "Bad dose");
  set_reps (fixture->programme, 40);
  g_assert_false (physio_undo_stack_commit (stack, &error));
  g_assert_nonnull (error);
  g_assert_cmpuint (current_reps (fixture->programme, 0), ==, 12);
  g_assert_cmpuint (saved_reps (fixture, 0), ==, 12);
  g_assert_cmpstr (physio_undo_stack_get_undo_label (stack), ==, "Change dose");
  g_assert_false (physio_undo_stack_is_pending (stack));

  /* The history is intact: undo still reaches the first dose. */
  g_assert_true (physio_undo_stack_undo (stack, NULL));
  g_assert_cmpuint (saved_reps (fixture, 0), ==, first);
}

/* The builder */

static void
test_add_by_search (Fixture       *fixture,
                    gconstpointer  data)
{
  PhysioPrescriptionPage *page = exercises_page (fixture);
  GtkSearchEntry *search = _physio_prescription_page_get_search_entry (page);
  GtkListBox *results = _physio_prescription_page_get_results (page);
  GtkListBox *list = _physio_prescription_page_get_list (page);
  g_autoptr(PhysioProgramme) saved = NULL;
  PhysioPrescription *prescription;
  const char *first_id;

  g_assert_cmpuint (physio_programme_get_n_prescriptions (fixture->programme), ==, 0);
  g_assert_false (physio_undo_stack_get_can_undo (undo_stack (fixture)));

  /* Typing narrows the library to bridges; Enter adds the highlighted one. */
  gtk_editable_set_text (GTK_EDITABLE (search), "bridge");
  WAIT_FOR (gtk_list_box_get_row_at_index (results, 0) != NULL &&
            gtk_list_box_get_row_at_index (results, 10) == NULL &&
            gtk_list_box_get_selected_row (results) != NULL);
  first_id = g_object_get_data (G_OBJECT (gtk_list_box_get_selected_row (results)),
                                "physio-exercise-id");
  g_assert_nonnull (first_id);
  g_assert_true (g_str_has_prefix (first_id, "COR") || g_str_has_prefix (first_id, "STR"));
  g_signal_emit_by_name (search, "activate");

  g_assert_cmpuint (physio_programme_get_n_prescriptions (fixture->programme), ==, 1);
  g_assert_cmpstr (exercise_at (fixture->programme, 0), ==, first_id);
  WAIT_FOR (gtk_list_box_get_row_at_index (list, 0) != NULL);
  g_assert_true (adw_expander_row_get_expanded (ADW_EXPANDER_ROW (prescription_row (fixture, 0))));

  /* Saved at once, for every week, with a ladder to follow. */
  saved = load_programme (fixture);
  g_assert_cmpuint (physio_programme_get_n_prescriptions (saved), ==, 1);
  g_assert_cmpstr (exercise_at (saved, 0), ==, first_id);
  prescription = physio_programme_get_prescription (saved, 0);
  g_assert_cmpuint (physio_prescription_get_week_to (prescription), ==, 6);
  g_assert_cmpuint (physio_prescription_get_n_planned (prescription), ==, 6);
  g_assert_cmpstr (physio_undo_stack_get_undo_label (undo_stack (fixture)), ==, "Add exercise");

  /* Enter straight after typing, before the search's pause, adds what was typed. */
  gtk_editable_set_text (GTK_EDITABLE (search), "cat-camel");
  g_signal_emit_by_name (search, "activate");
  g_assert_cmpuint (physio_programme_get_n_prescriptions (fixture->programme), ==, 2);
  prescription = physio_programme_get_prescription (fixture->programme, 1);
  g_assert_cmpstr (physio_exercise_get_name (physio_prescription_get_exercise (prescription)), ==,
                   "Cat-camel");

  /* Ctrl+Z takes it out again, on screen and on disk. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.undo", NULL));
  g_assert_cmpuint (physio_programme_get_n_prescriptions (fixture->programme), ==, 1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.undo", NULL));
  g_assert_cmpuint (physio_programme_get_n_prescriptions (fixture->programme), ==, 0);
  g_clear_object (&saved);
  saved = load_programme (fixture);
  g_assert_cmpuint (physio_programme_get_n_prescriptions (saved), ==, 0);
  WAIT_FOR (gtk_list_box_get_row_at_index (list, 0) == NULL);
}

static void
test_reorder_by_keyboard (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(PhysioProgramme) saved = NULL;
  PhysioPrescription *prescription;
  GtkWidget *focus;

  g_assert_cmpstr (exercise_at (fixture->programme, 1), ==, BIRD_DOG_ID);

  /* Alt+Up on the second row (the key binding's action, from the focused widget). */
  gtk_widget_child_focus (GTK_WIDGET (prescription_row (fixture, 1)), GTK_DIR_TAB_FORWARD);
  focus = gtk_root_get_focus (GTK_ROOT (fixture->window));
  g_assert_nonnull (focus);
  g_assert_true (gtk_widget_is_ancestor (focus, GTK_WIDGET (prescription_row (fixture, 1))));
  g_assert_true (gtk_widget_activate_action (focus, "row.move", "i", -1));

  g_assert_cmpstr (exercise_at (fixture->programme, 0), ==, BIRD_DOG_ID);
  g_assert_cmpstr (exercise_at (fixture->programme, 1), ==, BRIDGE_ID);
  saved = load_programme (fixture);
  g_assert_cmpstr (exercise_at (saved, 0), ==, BIRD_DOG_ID);
  g_assert_cmpstr (exercise_at (saved, 1), ==, BRIDGE_ID);

  /* The keyboard stays with the row that moved, so pressing again moves it on. */
  focus = gtk_root_get_focus (GTK_ROOT (fixture->window));
  g_assert_nonnull (focus);
  g_assert_true (gtk_widget_is_ancestor (focus, GTK_WIDGET (prescription_row (fixture, 0))));
  prescription = physio_prescription_row_get_prescription (prescription_row (fixture, 0));
  g_assert_cmpstr (physio_prescription_get_exercise_id (prescription), ==, BIRD_DOG_ID);

  /* The first row goes no higher; Alt+Down twice takes it to the end. */
  g_assert_true (gtk_widget_activate_action (focus, "row.move", "i", -1));
  g_assert_cmpstr (exercise_at (fixture->programme, 0), ==, BIRD_DOG_ID);
  g_assert_true (gtk_widget_activate_action (focus, "row.move", "i", 1));
  focus = gtk_root_get_focus (GTK_ROOT (fixture->window));
  g_assert_true (gtk_widget_activate_action (focus, "row.move", "i", 1));
  g_assert_cmpstr (exercise_at (fixture->programme, 2), ==, BIRD_DOG_ID);

  /* Undo steps back one move at a time. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.undo", NULL));
  g_assert_cmpstr (exercise_at (fixture->programme, 1), ==, BIRD_DOG_ID);
}

static gboolean
field_shown (PhysioPrescriptionRow *row,
             PhysioDoseField        field)
{
  return gtk_widget_get_visible (GTK_WIDGET (_physio_prescription_row_get_field_row (row, field)));
}

static void
test_dose_out_of_range (Fixture       *fixture,
                        gconstpointer  data)
{
  PhysioPrescriptionRow *row = prescription_row (fixture, 0);
  PhysioPrescription *bridge = physio_prescription_row_get_prescription (row);
  GtkWidget *reps = _physio_prescription_row_get_field_editor (row, PHYSIO_DOSE_FIELD_REPS);
  AdwActionRow *reps_row = _physio_prescription_row_get_field_row (row, PHYSIO_DOSE_FIELD_REPS);
  GtkWidget *sets = _physio_prescription_row_get_field_editor (row, PHYSIO_DOSE_FIELD_SETS);
  AdwActionRow *sets_row = _physio_prescription_row_get_field_row (row, PHYSIO_DOSE_FIELD_SETS);
  guint first = physio_prescription_get_current_dose (bridge)->reps;
  const char *subtitle;

  g_assert_cmpstr (physio_prescription_get_exercise_id (bridge), ==, BRIDGE_ID);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (reps_row)));
  /* Holds and minutes mean nothing for a bridge. */
  g_assert_false (field_shown (row, PHYSIO_DOSE_FIELD_HOLD));
  g_assert_false (field_shown (row, PHYSIO_DOSE_FIELD_DURATION));

  /* 30 repetitions: refused at the field, with the exercise's range, and nothing saved. */
  gtk_editable_set_text (GTK_EDITABLE (reps), "30");
  g_signal_emit_by_name (reps, "activate");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (reps_row), "error"));
  subtitle = adw_action_row_get_subtitle (reps_row);
  g_assert_nonnull (strstr (subtitle, "8"));
  g_assert_nonnull (strstr (subtitle, "15"));
  g_assert_cmpuint (physio_prescription_get_current_dose (bridge)->reps, ==, first);
  g_assert_cmpuint (saved_reps (fixture, 0), ==, first);
  g_assert_false (physio_undo_stack_get_can_undo (undo_stack (fixture)));

  /* Not a number at all: said so, nothing saved. */
  gtk_editable_set_text (GTK_EDITABLE (reps), "ten");
  g_signal_emit_by_name (reps, "activate");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (reps_row), "error"));
  g_assert_cmpuint (saved_reps (fixture, 0), ==, first);

  /* 5 sets where 3 is the most: refused the same way. */
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (sets), 5);
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (sets_row), "error"));
  g_assert_cmpuint (physio_prescription_get_current_dose (bridge)->sets, <=, 3);
  g_assert_false (physio_undo_stack_get_can_undo (undo_stack (fixture)));

  /* 12 is fine: saved at once, in the dose in force and the ladder step it comes from. */
  gtk_editable_set_text (GTK_EDITABLE (reps), "12");
  g_signal_emit_by_name (reps, "activate");
  row = prescription_row (fixture, 0);
  reps_row = _physio_prescription_row_get_field_row (row, PHYSIO_DOSE_FIELD_REPS);
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (reps_row), "error"));
  g_assert_cmpuint (saved_reps (fixture, 0), ==, 12);
  {
    g_autoptr(PhysioProgramme) saved = load_programme (fixture);
    PhysioPrescription *prescription = physio_programme_get_prescription (saved, 0);

    g_assert_cmpuint (physio_prescription_get_planned (prescription, 0)->reps, ==, 12);
  }
  g_assert_cmpstr (physio_undo_stack_get_undo_label (undo_stack (fixture)), ==, "Change dose");
}

/* A drop on the programme side, over the top quarter of the visible row @index (or below the
 * last row when @index is past it), as a pointer would make it. */
static gboolean
drop_on_row (Fixture      *fixture,
             const GValue *value,
             guint         index)
{
  GtkDropTarget *target = _physio_prescription_page_get_drop_target (exercises_page (fixture));
  GtkWidget *area = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (target));
  GtkListBox *list = _physio_prescription_page_get_list (exercises_page (fixture));
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (list, index);
  graphene_rect_t bounds;
  gboolean handled = FALSE;
  double y;

  if (row != NULL)
    {
      g_assert_true (gtk_widget_compute_bounds (GTK_WIDGET (row), area, &bounds));
      y = bounds.origin.y + bounds.size.height / 4;
    }
  else
    {
      row = gtk_list_box_get_row_at_index (list, index - 1);
      g_assert_true (gtk_widget_compute_bounds (GTK_WIDGET (row), area, &bounds));
      y = bounds.origin.y + bounds.size.height + 4;
    }

  g_signal_emit_by_name (target, "drop", value, 40.0, y, &handled);
  return handled;
}

static void
test_drop_adds_and_moves (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(PhysioExercise) brace = NULL;
  g_autoptr(PhysioProgramme) saved = NULL;
  g_auto(GValue) value = G_VALUE_INIT;

  /* A library exercise dropped over the second row goes in before it. */
  brace = physio_database_get_exercise (fixture->database, "COR-01", NULL);
  g_assert_nonnull (brace);
  g_value_init (&value, PHYSIO_TYPE_EXERCISE);
  g_value_set_object (&value, brace);
  g_assert_true (drop_on_row (fixture, &value, 1));
  g_assert_cmpuint (physio_programme_get_n_prescriptions (fixture->programme), ==, 4);
  g_assert_cmpstr (exercise_at (fixture->programme, 1), ==, "COR-01");
  WAIT_FOR (prescription_row (fixture, 3) != NULL);
  ui_test_settle ();

  /* The walk, dragged by its handle to the top of the list, moves there. */
  g_value_unset (&value);
  g_value_init (&value, PHYSIO_TYPE_PRESCRIPTION);
  g_value_set_object (&value, physio_programme_get_prescription (fixture->programme, 3));
  g_assert_true (drop_on_row (fixture, &value, 0));
  g_assert_cmpstr (exercise_at (fixture->programme, 0), ==, WALK_ID);
  g_assert_cmpstr (exercise_at (fixture->programme, 1), ==, BRIDGE_ID);
  ui_test_settle ();

  /* The bridge, dropped below the last row, goes to the end. */
  g_value_unset (&value);
  g_value_init (&value, PHYSIO_TYPE_PRESCRIPTION);
  g_value_set_object (&value, physio_programme_get_prescription (fixture->programme, 1));
  g_assert_true (drop_on_row (fixture, &value, 4));
  g_assert_cmpstr (exercise_at (fixture->programme, 3), ==, BRIDGE_ID);

  saved = load_programme (fixture);
  g_assert_cmpstr (exercise_at (saved, 0), ==, WALK_ID);
  g_assert_cmpstr (exercise_at (saved, 1), ==, "COR-01");
  g_assert_cmpstr (exercise_at (saved, 2), ==, BIRD_DOG_ID);
  g_assert_cmpstr (exercise_at (saved, 3), ==, BRIDGE_ID);
}

static PhysioLadderTable *
show_ladder (Fixture *fixture)
{
  AdwViewStack *stack = _physio_programme_window_get_stack (fixture->window);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-page", "s",
                                             "ladder"));
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (stack), ==, "ladder");
  return PHYSIO_LADDER_TABLE (_physio_programme_window_get_page (fixture->window, "ladder"));
}

static void
test_ladder_cell (Fixture       *fixture,
                  gconstpointer  data)
{
  PhysioLadderTable *table = show_ladder (fixture);
  PhysioPrescription *bridge = physio_programme_get_prescription (fixture->programme, 0);
  GtkEntry *week1 = _physio_ladder_table_get_cell (table, 0, 1);
  GtkEntry *week2 = _physio_ladder_table_get_cell (table, 0, 2);
  GtkLabel *message = _physio_ladder_table_get_message (table);
  g_autofree char *week1_text = NULL;
  const char *tooltip;

  g_assert_nonnull (week1);
  g_assert_nonnull (week2);
  week1_text = physio_dose_format_cell (physio_prescription_get_planned (bridge, 0),
                                        PHYSIO_DOSAGE_REPS, PHYSIO_LATERALITY_BILATERAL);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (week1)), ==, week1_text);
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (week1), "current-step"));

  /* Something that is no dose: refused in the cell, the plan unchanged. */
  gtk_editable_set_text (GTK_EDITABLE (week2), "lots");
  g_signal_emit_by_name (week2, "activate");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (week2), "error"));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (message)));
  g_assert_cmpuint (physio_prescription_get_planned (bridge, 1)->reps, ==,
                    physio_prescription_get_planned (bridge, 0)->reps);

  /* A dose outside the bridge's limits: refused with the week and the range. */
  gtk_editable_set_text (GTK_EDITABLE (week2), "2×40");
  g_signal_emit_by_name (week2, "activate");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (week2), "error"));
  g_assert_nonnull (strstr (gtk_label_get_text (message), "week 2"));
  g_assert_false (physio_undo_stack_get_can_undo (undo_stack (fixture)));

  /* 3×15 after 2×10 more than doubles the week's repetitions: saved, and marked. */
  gtk_editable_set_text (GTK_EDITABLE (week2), "3x15");
  g_signal_emit_by_name (week2, "activate");
  bridge = physio_programme_get_prescription (fixture->programme, 0);
  g_assert_cmpuint (physio_prescription_get_planned (bridge, 1)->sets, ==, 3);
  g_assert_cmpuint (physio_prescription_get_planned (bridge, 1)->reps, ==, 15);
  {
    g_autoptr(PhysioProgramme) saved = load_programme (fixture);
    PhysioPrescription *prescription = physio_programme_get_prescription (saved, 0);

    g_assert_cmpuint (physio_prescription_get_planned (prescription, 1)->sets, ==, 3);
    g_assert_cmpuint (physio_prescription_get_planned (prescription, 1)->reps, ==, 15);
  }

  week2 = _physio_ladder_table_get_cell (table, 0, 2);
  WAIT_FOR (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (week2)), "3×15") == 0 &&
            gtk_widget_has_css_class (GTK_WIDGET (week2), "warning"));
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (week2), "error"));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (message)));
  tooltip = gtk_widget_get_tooltip_text (GTK_WIDGET (week2));
  g_assert_nonnull (tooltip);
  g_assert_true (g_str_has_prefix (tooltip, "Weekly volume up "));
  g_assert_true (g_str_has_suffix (tooltip, "% from week 1"));

  /* Undo brings the planned dose back, and the cell with it. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.undo", NULL));
  WAIT_FOR (g_strcmp0 (ui_test_cell_text (table, 0, 2), "3×15") != 0);
}

static void
test_builder_edit_shows_in_ladder (Fixture       *fixture,
                                   gconstpointer  data)
{
  GtkWidget *page = _physio_programme_window_get_page (fixture->window, "ladder");
  PhysioLadderTable *table = PHYSIO_LADDER_TABLE (page);
  PhysioPrescriptionRow *row = prescription_row (fixture, 0);
  GtkWidget *reps = _physio_prescription_row_get_field_editor (row, PHYSIO_DOSE_FIELD_REPS);
  GtkWidget *sets = _physio_prescription_row_get_field_editor (row, PHYSIO_DOSE_FIELD_SETS);

  gtk_spin_button_set_value (GTK_SPIN_BUTTON (sets), 2);
  gtk_editable_set_text (GTK_EDITABLE (reps), "14");
  g_signal_emit_by_name (reps, "activate");

  WAIT_FOR (g_strcmp0 (ui_test_cell_text (table, 0, 1), "2×14") == 0);
}

static void
test_status_and_checks (Fixture       *fixture,
                        gconstpointer  data)
{
  PhysioPrescriptionPage *page = exercises_page (fixture);
  GtkLabel *status = _physio_prescription_page_get_status_label (page);
  GtkListBox *checks = _physio_prescription_page_get_checks (page);

  /* The time a day is shown, and the missing red-flag screen blocks issuing. */
  g_assert_true (g_str_has_prefix (gtk_label_get_text (status), "~"));
  g_assert_nonnull (strstr (gtk_label_get_text (status), "min per day (week 1)"));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (checks)));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (gtk_list_box_get_row_at_index (checks, 0)),
                                           "check-error"));
}

static void
test_settings_start_date (Fixture       *fixture,
                          gconstpointer  data)
{
  GtkWidget *settings = _physio_programme_window_get_page (fixture->window, "settings");
  GObject *entry = gtk_widget_get_template_child (settings, G_TYPE_FROM_INSTANCE (settings),
                                                  "start_entry");
  GObject *row = gtk_widget_get_template_child (settings, G_TYPE_FROM_INSTANCE (settings),
                                                "start_row");
  GObject *weeks = gtk_widget_get_template_child (settings, G_TYPE_FROM_INSTANCE (settings),
                                                  "weeks_spin");
  g_autoptr(PhysioProgramme) saved = NULL;
  g_autoptr(GError) error = NULL;
  PhysioSessionLog log = { .completed_fraction = 1, .pain_during_max = 1, .rpe = -1 };
  const GDate *start = physio_programme_get_start_date (fixture->programme);
  PhysioPrescription *prescription;
  GDate first_start = *start;
  GDate earlier = *start;
  char iso[16];

  /* The patient has done a session on the first day. */
  log.date = first_start;
  prescription = physio_programme_get_prescription (fixture->programme, 0);
  physio_database_add_session_log (fixture->database, physio_prescription_get_id (prescription),
                                   &log, NULL, &error);
  g_assert_no_error (error);

  /* A start years later would leave that session outside the programme: the store says no,
   * the row says why, and the date in force stays. */
  gtk_editable_set_text (GTK_EDITABLE (entry), "2031-03-03");
  g_signal_emit_by_name (entry, "activate");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (row), "error"));
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), !=, "");
  saved = load_programme (fixture);
  g_assert_cmpint (g_date_compare (physio_programme_get_start_date (saved), &first_start), ==, 0);
  start = physio_programme_get_start_date (fixture->programme);
  g_assert_cmpint (g_date_compare (start, &first_start), ==, 0);
  g_assert_false (physio_undo_stack_get_can_undo (undo_stack (fixture)));
  ui_test_settle ();
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (row), "error"));

  /* Not a date: said on the row, nothing changed. */
  gtk_editable_set_text (GTK_EDITABLE (entry), "someday");
  g_signal_emit_by_name (entry, "activate");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (row), "error"));

  /* A week earlier keeps the session inside: saved, typed in ISO form. */
  g_date_subtract_days (&earlier, 7);
  g_date_strftime (iso, sizeof iso, "%Y-%m-%d", &earlier);
  gtk_editable_set_text (GTK_EDITABLE (entry), iso);
  g_signal_emit_by_name (entry, "activate");
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (row), "error"));
  g_clear_object (&saved);
  saved = load_programme (fixture);
  g_assert_cmpint (g_date_compare (physio_programme_get_start_date (saved), &earlier), ==, 0);
  g_assert_cmpstr (physio_undo_stack_get_undo_label (undo_stack (fixture)), ==,
                   "Change start date");

  /* A longer programme lengthens the exercises that ran to its end. */
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (weeks), 8);
  g_clear_object (&saved);
  saved = load_programme (fixture);
  g_assert_cmpuint (physio_programme_get_weeks (saved), ==, 8);
  g_assert_cmpuint (physio_prescription_get_week_to (physio_programme_get_prescription (saved, 0)),
                    ==, 8);
}

/* Issuing a draft (status Active) waits for the red-flag screen (brief 2.5), and goes
 * through once the screen is recorded, even while this window stays open. */
static void
test_issue_needs_screen (Fixture       *fixture,
                         gconstpointer  data)
{
  GtkWidget *settings = _physio_programme_window_get_page (fixture->window, "settings");
  GObject *row = gtk_widget_get_template_child (settings, G_TYPE_FROM_INSTANCE (settings),
                                                "status_row");
  g_autoptr(PhysioPatient) patient = NULL;
  g_autoptr(PhysioProgramme) saved = NULL;
  g_autoptr(GError) error = NULL;
  GListModel *labels = adw_combo_row_get_model (ADW_COMBO_ROW (row));
  guint active = GTK_INVALID_LIST_POSITION;
  AdwToast *toast;
  GDate today;

  g_assert_cmpint (physio_programme_get_status (fixture->programme), ==, PHYSIO_PROGRAMME_DRAFT);
  for (guint i = 0; i < g_list_model_get_n_items (labels); i++)
    if (g_strcmp0 (gtk_string_list_get_string (GTK_STRING_LIST (labels), i),
                   physio_programme_status_label (PHYSIO_PROGRAMME_ACTIVE)) == 0)
      active = i;
  g_assert_cmpuint (active, !=, GTK_INVALID_LIST_POSITION);

  adw_combo_row_set_selected (ADW_COMBO_ROW (row), active);
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (row), "error"));
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), "red-flag"));
  saved = load_programme (fixture);
  g_assert_cmpint (physio_programme_get_status (saved), ==, PHYSIO_PROGRAMME_DRAFT);
  g_assert_cmpint (physio_programme_get_status (fixture->programme), ==, PHYSIO_PROGRAMME_DRAFT);

  patient = physio_database_get_patient (fixture->database,
                                         physio_patient_get_id (fixture->patient), &error);
  g_assert_no_error (error);
  today = ui_test_today ();
  physio_patient_record_screen (patient, "J. Physio", &today, NULL, NULL);
  physio_database_save_patient (fixture->database, patient, &error);
  g_assert_no_error (error);

  adw_combo_row_set_selected (ADW_COMBO_ROW (row), active);
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (row), "error"));
  g_clear_object (&saved);
  saved = load_programme (fixture);
  g_assert_cmpint (physio_programme_get_status (saved), ==, PHYSIO_PROGRAMME_ACTIVE);

  /* Issued: the patient takes the plan home, so the handout is offered at once. */
  toast = _physio_programme_window_get_last_toast (fixture->window);
  g_assert_nonnull (toast);
  g_assert_cmpstr (adw_toast_get_action_name (toast), ==, "win.preview-handout");
}

/* A change saved elsewhere (a diary entry) goes through its own functions. */
typedef struct
{
  guint undone;
  guint redone;
  gboolean fail;
  gboolean freed;
} PushLog;

static gboolean
push_undo (gpointer  user_data,
           GError  **error)
{
  PushLog *log = user_data;

  if (log->fail)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED, "No");
      return FALSE;
    }
  log->undone++;
  return TRUE;
}

static gboolean
push_redo (gpointer  user_data,
           GError  **error)
{
  PushLog *log = user_data;

  log->redone++;
  return TRUE;
}

static void
push_freed (gpointer user_data)
{
  ((PushLog *) user_data)->freed = TRUE;
}

static void
test_undo_stack_push (Fixture       *fixture,
                      gconstpointer  data)
{
  PhysioUndoStack *stack = physio_undo_stack_new (fixture->database, fixture->programme);
  g_autoptr(GError) error = NULL;
  PushLog log = { 0 };

  physio_undo_stack_push (stack, "Add diary entry", push_undo, push_redo, &log, push_freed);
  g_assert_cmpstr (physio_undo_stack_get_undo_label (stack), ==, "Add diary entry");
  g_assert_cmpuint (log.undone + log.redone, ==, 0);

  /* A refused undo keeps the step where it was. */
  log.fail = TRUE;
  g_assert_false (physio_undo_stack_undo (stack, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_FAILED);
  g_clear_error (&error);
  g_assert_cmpstr (physio_undo_stack_get_undo_label (stack), ==, "Add diary entry");
  log.fail = FALSE;

  g_assert_true (physio_undo_stack_undo (stack, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (log.undone, ==, 1);
  g_assert_cmpuint (log.redone, ==, 0);
  g_assert_cmpstr (physio_undo_stack_get_redo_label (stack), ==, "Add diary entry");

  g_assert_true (physio_undo_stack_redo (stack, &error));
  g_assert_cmpuint (log.undone, ==, 1);
  g_assert_cmpuint (log.redone, ==, 1);
  g_assert_false (log.freed);

  g_assert_finalize_object (stack);
  g_assert_true (log.freed);
}

static void
count_items_changed_swapped (gpointer user_data)
{
  (*(guint *) user_data)++;
}

static void
count_items_changed (GListModel *model,
                     guint       position,
                     guint       removed,
                     guint       added,
                     gpointer    user_data)
{
  (*(guint *) user_data)++;
}

/* The widget that has the keyboard focus is @widget or inside it. */
static gboolean
has_focus_within (Fixture   *fixture,
                  GtkWidget *widget)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (fixture->window));

  return focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget));
}

/* Undo of a dose puts the value back into the same objects: the list model does not change,
 * the row is the same widget, still open, and the keyboard stays in the field. */
static void
test_undo_in_place (Fixture       *fixture,
                    gconstpointer  data)
{
  GListModel *model = physio_programme_get_prescriptions (fixture->programme);
  PhysioPrescriptionRow *row = prescription_row (fixture, 0);
  PhysioPrescription *bridge = physio_prescription_row_get_prescription (row);
  GtkWidget *sets = _physio_prescription_row_get_field_editor (row, PHYSIO_DOSE_FIELD_SETS);
  guint first = physio_prescription_get_current_dose (bridge)->sets;
  guint other = first == 2 ? 3 : 2;
  guint items_changed = 0;

  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
  ui_test_settle ();
  gtk_widget_grab_focus (sets);
  g_assert_true (has_focus_within (fixture, sets));
  g_signal_connect (model, "items-changed", G_CALLBACK (count_items_changed), &items_changed);

  gtk_spin_button_set_value (GTK_SPIN_BUTTON (sets), other);
  g_assert_cmpuint (physio_prescription_get_current_dose (bridge)->sets, ==, other);
  g_assert_cmpstr (physio_undo_stack_get_undo_label (undo_stack (fixture)), ==, "Change dose");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.undo", NULL));
  ui_test_settle ();
  g_assert_cmpuint (physio_prescription_get_current_dose (bridge)->sets, ==, first);
  g_assert_cmpuint (gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (sets)), ==, first);
  g_assert_true (physio_programme_get_prescription (fixture->programme, 0) == bridge);
  g_assert_cmpuint (items_changed, ==, 0);
  g_assert_true (prescription_row (fixture, 0) == row);
  g_assert_true (adw_expander_row_get_expanded (ADW_EXPANDER_ROW (row)));
  g_assert_true (has_focus_within (fixture, sets));
  {
    g_autoptr(PhysioProgramme) saved = load_programme (fixture);

    g_assert_cmpuint (physio_prescription_get_current_dose (
                        physio_programme_get_prescription (saved, 0))->sets, ==, first);
  }

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.redo", NULL));
  ui_test_settle ();
  g_assert_cmpuint (gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (sets)), ==, other);
  g_assert_cmpuint (items_changed, ==, 0);
  g_assert_true (prescription_row (fixture, 0) == row);
  g_assert_true (adw_expander_row_get_expanded (ADW_EXPANDER_ROW (row)));
  g_assert_true (has_focus_within (fixture, sets));

  g_signal_handlers_disconnect_by_func (model, count_items_changed, &items_changed);
}

/* Undo of a removal brings back the same prescription, and only its row is made again. */
static void
test_undo_remove_in_place (Fixture       *fixture,
                           gconstpointer  data)
{
  PhysioPrescriptionRow *first_row = prescription_row (fixture, 0);
  PhysioPrescriptionRow *last_row = prescription_row (fixture, 2);
  PhysioPrescription *bird_dog = physio_programme_get_prescription (fixture->programme, 1);
  gint64 id = physio_prescription_get_id (bird_dog);

  g_object_ref (bird_dog);
  g_signal_emit_by_name (prescription_row (fixture, 1), "remove-requested");
  g_assert_cmpuint (physio_programme_get_n_prescriptions (fixture->programme), ==, 2);
  ui_test_settle ();

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.undo", NULL));
  ui_test_settle ();
  g_assert_cmpuint (physio_programme_get_n_prescriptions (fixture->programme), ==, 3);
  g_assert_true (physio_programme_get_prescription (fixture->programme, 1) == bird_dog);
  g_assert_cmpint (physio_prescription_get_id (bird_dog), ==, id);
  g_assert_true (prescription_row (fixture, 0) == first_row);
  g_assert_true (prescription_row (fixture, 2) == last_row);
  {
    g_autoptr(PhysioProgramme) saved = load_programme (fixture);

    g_assert_cmpuint (physio_programme_get_n_prescriptions (saved), ==, 3);
    g_assert_cmpstr (exercise_at (saved, 1), ==, BIRD_DOG_ID);
  }
  g_object_unref (bird_dog);
}

/* Presses keys with the X server's test extension, as a person at the keyboard would, into
 * the programme window (which has the input focus). */
static void
press_keys (Fixture    *fixture,
            const char *keys)
{
  const char *argv[] = { "xdotool", "key", "--clearmodifiers", keys, NULL };
  g_autoptr(GError) error = NULL;
  int status = 0;

  /* The keys go to the window with the focus: make sure it is this one. */
  ui_test_activate_window (GTK_WINDOW (fixture->window));
  ui_test_settle ();
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL, &status,
                &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
}

/* The library list is one tab stop: Tab from a result goes on to the programme, Shift+Tab
 * back to the search; F6 moves between the library and the programme (issue 10). */
static void
test_library_is_one_tab_stop (Fixture       *fixture,
                              gconstpointer  data)
{
  PhysioPrescriptionPage *page = exercises_page (fixture);
  GtkListBox *results = _physio_prescription_page_get_results (page);
  GtkWidget *search = GTK_WIDGET (_physio_prescription_page_get_search_entry (page));
  GtkListBoxRow *first;

  ui_test_activate_window (GTK_WINDOW (fixture->window));
  physio_prescription_page_focus_search (page);
  WAIT_FOR ((first = gtk_list_box_get_row_at_index (results, 0)) != NULL &&
            gtk_widget_get_mapped (GTK_WIDGET (first)));
  gtk_widget_grab_focus (GTK_WIDGET (first));
  g_assert_true (has_focus_within (fixture, GTK_WIDGET (results)));

  press_keys (fixture, "Tab");
  WAIT_FOR (!has_focus_within (fixture, GTK_WIDGET (results)));
  g_assert_false (has_focus_within (fixture, GTK_WIDGET (results)));
  g_assert_false (has_focus_within (fixture, search));

  press_keys (fixture, "F6");
  WAIT_FOR (has_focus_within (fixture, search));

  press_keys (fixture, "F6");
  WAIT_FOR (!has_focus_within (fixture, search));
  g_assert_false (has_focus_within (fixture, GTK_WIDGET (results)));

  gtk_widget_grab_focus (GTK_WIDGET (first));
  press_keys (fixture, "shift+Tab");
  WAIT_FOR (has_focus_within (fixture, search));
}

/* Ctrl+Z in a ladder cell undoes the programme's last change, not the cell's typing, and
 * leaving the cell afterwards saves nothing new. */
static void
test_ctrl_z_in_ladder_cell (Fixture       *fixture,
                            gconstpointer  data)
{
  PhysioLadderTable *table = show_ladder (fixture);
  GtkEntry *week2 = _physio_ladder_table_get_cell (table, 0, 2);
  GtkEntry *week3 = _physio_ladder_table_get_cell (table, 0, 3);
  g_autofree char *before = g_strdup (ui_test_cell_text (table, 0, 2));
  PhysioUndoStack *stack = undo_stack (fixture);

  ui_test_activate_window (GTK_WINDOW (fixture->window));
  gtk_widget_grab_focus (GTK_WIDGET (week2));
  gtk_editable_set_text (GTK_EDITABLE (week2), "3x15");
  g_signal_emit_by_name (week2, "activate");
  g_assert_cmpstr (physio_undo_stack_get_undo_label (stack), ==, "Change week 2 dose");
  WAIT_FOR (g_strcmp0 (ui_test_cell_text (table, 0, 2), "3×15") == 0);
  g_assert_true (has_focus_within (fixture, GTK_WIDGET (week2)));

  press_keys (fixture, "ctrl+z");
  WAIT_FOR (physio_undo_stack_get_can_redo (stack));
  g_assert_false (physio_undo_stack_get_can_undo (stack));
  WAIT_FOR (g_strcmp0 (ui_test_cell_text (table, 0, 2), before) == 0);
  /* The same cell, still with the keyboard. */
  g_assert_true (_physio_ladder_table_get_cell (table, 0, 2) == week2);
  g_assert_true (has_focus_within (fixture, GTK_WIDGET (week2)));

  /* Leaving the cell is not a new change. */
  gtk_widget_grab_focus (GTK_WIDGET (week3));
  ui_test_settle ();
  g_assert_false (physio_undo_stack_get_can_undo (stack));
  g_assert_cmpstr (physio_undo_stack_get_redo_label (stack), ==, "Change week 2 dose");

  /* Ctrl+Shift+Z brings it back. */
  press_keys (fixture, "ctrl+shift+z");
  WAIT_FOR (g_strcmp0 (ui_test_cell_text (table, 0, 2), "3×15") == 0);
  g_assert_true (physio_undo_stack_get_can_undo (stack));

  /* Typing not yet saved, then Ctrl+Z: the typing goes with the undo, and leaving the cell
   * saves nothing. */
  gtk_widget_grab_focus (GTK_WIDGET (week2));
  gtk_editable_set_text (GTK_EDITABLE (week2), "2x9");
  press_keys (fixture, "ctrl+z");
  WAIT_FOR (physio_undo_stack_get_can_redo (stack));
  WAIT_FOR (g_strcmp0 (ui_test_cell_text (table, 0, 2), before) == 0);
  gtk_widget_grab_focus (GTK_WIDGET (week3));
  ui_test_settle ();
  g_assert_false (physio_undo_stack_get_can_undo (stack));
  g_assert_cmpstr (ui_test_cell_text (table, 0, 2), ==, before);
}

/* Ctrl+Z in a dose spin button undoes the dose change; the field shows the dose before it,
 * and leaving the field saves nothing new. */
static void
test_ctrl_z_in_spin_button (Fixture       *fixture,
                            gconstpointer  data)
{
  PhysioPrescriptionRow *row = prescription_row (fixture, 0);
  PhysioPrescription *bridge = physio_prescription_row_get_prescription (row);
  GtkWidget *sets = _physio_prescription_row_get_field_editor (row, PHYSIO_DOSE_FIELD_SETS);
  GtkWidget *reps = _physio_prescription_row_get_field_editor (row, PHYSIO_DOSE_FIELD_REPS);
  PhysioUndoStack *stack = undo_stack (fixture);
  guint first = physio_prescription_get_current_dose (bridge)->sets;
  guint other = first == 2 ? 3 : 2;

  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
  ui_test_activate_window (GTK_WINDOW (fixture->window));
  gtk_widget_grab_focus (sets);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (sets), other);
  g_assert_cmpstr (physio_undo_stack_get_undo_label (stack), ==, "Change dose");
  g_assert_true (has_focus_within (fixture, sets));

  press_keys (fixture, "ctrl+z");
  WAIT_FOR (physio_undo_stack_get_can_redo (stack));
  g_assert_cmpuint (physio_prescription_get_current_dose (bridge)->sets, ==, first);
  g_assert_cmpuint (gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (sets)), ==, first);
  g_assert_true (prescription_row (fixture, 0) == row);
  g_assert_true (adw_expander_row_get_expanded (ADW_EXPANDER_ROW (row)));
  g_assert_true (has_focus_within (fixture, sets));

  gtk_widget_grab_focus (reps);
  ui_test_settle ();
  g_assert_false (physio_undo_stack_get_can_undo (stack));
  g_assert_cmpuint (physio_prescription_get_current_dose (bridge)->sets, ==, first);
  g_assert_cmpstr (physio_undo_stack_get_redo_label (stack), ==, "Change dose");
}

/* A change to one exercise refills that exercise's ladder row only. */
static void
test_ladder_updates_one_row (Fixture       *fixture,
                             gconstpointer  data)
{
  PhysioLadderTable *table = show_ladder (fixture);
  PhysioPrescription *bridge = physio_programme_get_prescription (fixture->programme, 0);
  GtkEntry *walk_cell = _physio_ladder_table_get_cell (table, 2, 1);
  g_auto(PhysioDose) dose = PHYSIO_DOSE_INIT;
  guint walk_changed = 0;

  /* A text in another row's cell that is not the plan's stays as it is: that row is not
   * filled again (the way to see it, since filling writes only texts that differ). */
  gtk_editable_set_text (GTK_EDITABLE (walk_cell), "stale");
  g_object_set_data (G_OBJECT (walk_cell), "physio-dirty", NULL);
  g_signal_connect_swapped (walk_cell, "changed", G_CALLBACK (count_items_changed_swapped),
                            &walk_changed);

  physio_undo_stack_begin (undo_stack (fixture), "Change week 1 dose");
  physio_dose_copy_into (&dose, physio_prescription_get_planned (bridge, 0));
  dose.reps = dose.reps == 12 ? 10 : 12;
  physio_prescription_set_planned (bridge, 0, &dose);
  g_assert_true (physio_undo_stack_commit (undo_stack (fixture), NULL));
  WAIT_FOR (strstr (ui_test_cell_text (table, 0, 1), dose.reps == 12 ? "12" : "10") != NULL);
  ui_test_settle ();
  g_assert_cmpuint (walk_changed, ==, 0);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (walk_cell)), ==, "stale");
  g_assert_true (_physio_ladder_table_get_cell (table, 2, 1) == walk_cell);

  g_signal_handlers_disconnect_by_data (walk_cell, &walk_changed);
}

static void
collect_titles (GtkWidget *widget,
                GtkWidget *skip,
                GPtrArray *titles)
{
  if (widget != skip && ADW_IS_PREFERENCES_ROW (widget))
    g_ptr_array_add (titles, g_strdup (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget))));

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_titles (child, skip, titles);
}

/* Warnings folded under one row are reworded with the programme (a weekly rise of another
 * size), even though a folded row is only given its new words when the list is opened. */
static void
test_folded_checks_follow (Fixture       *fixture,
                           gconstpointer  data)
{
  GtkListBox *checks_list = _physio_prescription_page_get_checks (exercises_page (fixture));
  g_autoptr(GPtrArray) checks = NULL;
  g_autoptr(GPtrArray) titles = g_ptr_array_new_with_free_func (g_free);
  g_auto(PhysioDose) dose = PHYSIO_DOSE_INIT;
  const PhysioCheck *jump = NULL;
  PhysioPrescription *prescription;
  GtkWidget *expander = NULL;
  guint step = 0;
  GDate today = ui_test_today ();

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (checks_list)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (ADW_IS_EXPANDER_ROW (child))
      expander = child;
  g_assert_nonnull (expander);
  g_assert_false (adw_expander_row_get_expanded (ADW_EXPANDER_ROW (expander)));

  /* A rise of the weekly amount made steeper (one more repetition in its week) that keeps
   * every check where it was and only rewords one: tried on a copy first. */
  checks = physio_programme_check (fixture->programme, fixture->patient, &today);
  for (guint i = 0; i < checks->len && jump == NULL; i++)
    {
      const PhysioCheck *candidate = g_ptr_array_index (checks, i);
      g_autoptr(PhysioProgramme) copy = NULL;
      g_autoptr(GPtrArray) after = NULL;
      PhysioPrescription *copied;
      gboolean same_places = TRUE, reworded = FALSE;

      if (candidate->code != PHYSIO_CHECK_VOLUME_JUMP)
        continue;
      copy = physio_programme_copy (fixture->programme);
      copied = physio_programme_get_prescription (copy, candidate->position);
      step = candidate->week - physio_prescription_get_week_from (copied);
      physio_dose_clear (&dose);
      physio_dose_copy_into (&dose, physio_prescription_get_planned (copied, step));
      dose.reps++;
      if (!physio_prescription_validate_dose (copied, &dose, candidate->week, NULL))
        continue;
      physio_prescription_set_planned (copied, step, &dose);
      after = physio_programme_check (copy, fixture->patient, &today);
      same_places = after->len == checks->len;
      for (guint k = 0; same_places && k < after->len; k++)
        {
          const PhysioCheck *a = g_ptr_array_index (checks, k);
          const PhysioCheck *b = g_ptr_array_index (after, k);

          same_places = a->code == b->code && a->position == b->position && a->week == b->week;
          reworded |= g_strcmp0 (a->message, b->message) != 0;
        }
      if (same_places && reworded)
        jump = candidate;
    }
  g_assert_nonnull (jump);
  prescription = physio_programme_get_prescription (fixture->programme, jump->position);
  physio_undo_stack_begin (undo_stack (fixture), "Change dose");
  physio_prescription_set_planned (prescription, step, &dose);
  g_assert_true (physio_undo_stack_commit (undo_stack (fixture), NULL));
  ui_test_settle ();

  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (expander), TRUE);
  ui_test_settle ();
  collect_titles (expander, expander, titles);
  g_clear_pointer (&checks, g_ptr_array_unref);
  checks = physio_programme_check (fixture->programme, fixture->patient, &today);
  for (guint i = 0; i < checks->len; i++)
    {
      const PhysioCheck *check = g_ptr_array_index (checks, i);
      g_autofree char *title = g_markup_escape_text (check->message, -1);

      if (check->severity == PHYSIO_CHECK_WARNING)
        g_assert_true (g_ptr_array_find_with_equal_func (titles, title, g_str_equal, NULL));
    }
}

static void
fixture_set_up_chronic (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  GDate today;

  fixture->dir = ui_test_make_dir ("physio-programme-XXXXXX");
  fixture->database = ui_test_open_library (fixture->dir, NULL);
  fixture->patient = ui_test_add_patient (fixture->database, "Ana Ferreira");
  today = ui_test_today ();
  fixture->programme = physio_database_programme_from_template (fixture->database, "chronic",
                                                                &today, &error);
  g_assert_no_error (error);
  physio_programme_set_patient_id (fixture->programme, physio_patient_get_id (fixture->patient));
  physio_database_save_programme (fixture->database, fixture->programme, &error);
  g_assert_no_error (error);
  fixture_open_window (fixture);
}

int
main (int   argc,
      char *argv[])
{
  if (!ui_test_init (&argc, &argv))
    return 0;

  g_test_add ("/programme/undo-stack", Fixture, NULL,
              fixture_set_up_store_only, test_undo_stack, fixture_tear_down);
  g_test_add ("/programme/undo-stack-save-error", Fixture, NULL,
              fixture_set_up_store_only, test_undo_stack_save_error, fixture_tear_down);
  g_test_add ("/programme/undo-stack-push", Fixture, NULL,
              fixture_set_up_store_only, test_undo_stack_push, fixture_tear_down);
  g_test_add ("/programme/undo-in-place", Fixture, NULL,
              fixture_set_up_three, test_undo_in_place, fixture_tear_down);
  g_test_add ("/programme/undo-remove-in-place", Fixture, NULL,
              fixture_set_up_three, test_undo_remove_in_place, fixture_tear_down);
  g_test_add ("/programme/ctrl-z-in-ladder-cell", Fixture, NULL,
              fixture_set_up_three, test_ctrl_z_in_ladder_cell, fixture_tear_down);
  g_test_add ("/programme/ctrl-z-in-spin-button", Fixture, NULL,
              fixture_set_up_three, test_ctrl_z_in_spin_button, fixture_tear_down);
  g_test_add ("/programme/ladder-updates-one-row", Fixture, NULL,
              fixture_set_up_three, test_ladder_updates_one_row, fixture_tear_down);
  g_test_add ("/programme/folded-checks-follow", Fixture, NULL,
              fixture_set_up_chronic, test_folded_checks_follow, fixture_tear_down);
  g_test_add ("/programme/add-by-search", Fixture, NULL,
              fixture_set_up_empty, test_add_by_search, fixture_tear_down);
  g_test_add ("/programme/library-is-one-tab-stop", Fixture, NULL,
              fixture_set_up_three, test_library_is_one_tab_stop, fixture_tear_down);
  g_test_add ("/programme/reorder-by-keyboard", Fixture, NULL,
              fixture_set_up_three, test_reorder_by_keyboard, fixture_tear_down);
  g_test_add ("/programme/drop-adds-and-moves", Fixture, NULL,
              fixture_set_up_three, test_drop_adds_and_moves, fixture_tear_down);
  g_test_add ("/programme/dose-out-of-range", Fixture, NULL,
              fixture_set_up_three, test_dose_out_of_range, fixture_tear_down);
  g_test_add ("/programme/ladder-cell", Fixture, NULL,
              fixture_set_up_three, test_ladder_cell, fixture_tear_down);
  g_test_add ("/programme/builder-edit-shows-in-ladder", Fixture, NULL,
              fixture_set_up_three, test_builder_edit_shows_in_ladder, fixture_tear_down);
  g_test_add ("/programme/status-and-checks", Fixture, NULL,
              fixture_set_up_three, test_status_and_checks, fixture_tear_down);
  g_test_add ("/programme/issue-needs-screen", Fixture, NULL,
              fixture_set_up_three, test_issue_needs_screen, fixture_tear_down);
  g_test_add ("/programme/settings-start-date", Fixture, NULL,
              fixture_set_up_three, test_settings_start_date, fixture_tear_down);

  return g_test_run ();
}
