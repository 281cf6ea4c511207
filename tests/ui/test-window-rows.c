/* test-window-rows.c: the exercise list's first rows at start-up, and the rest after
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "physio-window-private.h"
#include "ui-test-util.h"

#define N_BUILTIN 68
/* The last exercise by name in the built-in library, far below the first rows. */
#define LAST_ID "AQU-03"

static guint
n_list_rows (PhysioWindow *window)
{
  return g_list_model_get_n_items (G_LIST_MODEL (gtk_list_view_get_model (window->list_view)));
}

static const char *
selected_id (PhysioWindow *window)
{
  PhysioExercise *exercise = gtk_single_selection_get_selected_item (window->selection);

  return exercise != NULL ? physio_exercise_get_id (exercise) : NULL;
}

/* Once the window is on screen the list holds every result, and the last can be chosen. */
static void
test_all_rows_once_shown (void)
{
  g_autofree char *dir = ui_test_make_dir ("physio-rows-XXXXXX");
  g_autoptr(PhysioDatabase) database = ui_test_open_library (dir, NULL);
  PhysioWindow *window = ui_test_open_window (database, 1100, 720);

  WAIT_FOR (n_list_rows (window) == N_BUILTIN);
  g_assert_cmpstr (selected_id (window), ==,
                   physio_exercise_get_id (_physio_window_get_shown (window)));

  gtk_widget_activate_action (GTK_WIDGET (window->list_view), "list.select-item", "(ubb)",
                              N_BUILTIN - 1, FALSE, FALSE);
  g_assert_cmpstr (selected_id (window), ==, LAST_ID);
  g_assert_cmpstr (physio_exercise_get_id (_physio_window_get_shown (window)), ==, LAST_ID);

  gtk_window_destroy (GTK_WINDOW (window));
  ui_test_settle ();
  g_clear_object (&database);
  ui_test_remove_dir (dir);
}

/* The exercise the window remembers from the last time, or NULL without the schema. */
static GSettings *
window_settings (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APP_ID, TRUE);
  return schema != NULL ? g_settings_new (APP_ID) : NULL;
}

/* A window that opens on an exercise far down the list selects and shows it, with rows
 * around it, before its first frame. */
static void
test_last_exercise_far_down (void)
{
  g_autofree char *dir = ui_test_make_dir ("physio-rows-XXXXXX");
  g_autoptr(PhysioDatabase) database = ui_test_open_library (dir, NULL);
  g_autoptr(GSettings) settings = window_settings ();
  PhysioWindow *window;

  if (settings == NULL)
    {
      g_test_skip ("The settings schema is not installed");
      g_clear_object (&database);
      ui_test_remove_dir (dir);
      return;
    }
  g_settings_set_string (settings, "last-exercise", LAST_ID);

  window = physio_window_new (NULL, database);
  g_object_ref_sink (window);
  g_assert_cmpstr (selected_id (window), ==, LAST_ID);
  g_assert_cmpstr (physio_exercise_get_id (_physio_window_get_shown (window)), ==, LAST_ID);

  gtk_window_destroy (GTK_WINDOW (window));
  ui_test_settle ();
  g_object_unref (window);
  g_settings_reset (settings, "last-exercise");
  g_clear_object (&database);
  ui_test_remove_dir (dir);
}

/* Before the first frame the list holds only the first rows, yet an exercise further down
 * can be selected and shown, and a search still finds it. */
static void
test_far_row_before_first_frame (void)
{
  g_autofree char *dir = ui_test_make_dir ("physio-rows-XXXXXX");
  g_autoptr(PhysioDatabase) database = ui_test_open_library (dir, NULL);
  g_autoptr(GSettings) settings = window_settings ();
  PhysioWindow *window;

  /* A first start: no exercise remembered, the list opens on its first row. */
  if (settings != NULL)
    g_settings_reset (settings, "last-exercise");
  window = physio_window_new (NULL, database);
  g_object_ref_sink (window);
  g_assert_cmpuint (n_list_rows (window), <, N_BUILTIN);
  g_assert_cmpuint (g_list_model_get_n_items (_physio_window_get_results (window)), ==,
                    N_BUILTIN);

  g_assert_true (physio_window_select_exercise (window, LAST_ID));
  g_assert_cmpstr (selected_id (window), ==, LAST_ID);
  g_assert_cmpstr (physio_exercise_get_id (_physio_window_get_shown (window)), ==, LAST_ID);
  g_assert_cmpuint (n_list_rows (window), ==, N_BUILTIN);

  gtk_window_destroy (GTK_WINDOW (window));
  ui_test_settle ();
  g_object_unref (window);
  g_clear_object (&database);
  ui_test_remove_dir (dir);
}

int
main (int   argc,
      char *argv[])
{
  if (!ui_test_init (&argc, &argv))
    return 0;

  g_test_add_func ("/window-rows/all-rows-once-shown", test_all_rows_once_shown);
  g_test_add_func ("/window-rows/far-row-before-first-frame", test_far_row_before_first_frame);
  g_test_add_func ("/window-rows/last-exercise-far-down", test_last_exercise_far_down);

  return g_test_run ();
}
