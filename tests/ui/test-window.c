/* test-window.c: the main window on a real database with the built-in library
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <adwaita.h>

#include "physio-exercise-detail-private.h"
#include "physio-exercise-editor.h"
#include "physio-window-private.h"
#include "ui-test-util.h"

#define N_BUILTIN 68

typedef struct
{
  char           *dir;
  PhysioDatabase *database;
  PhysioWindow   *window;
} Fixture;

static void
fixture_open (Fixture *fixture,
              int      width,
              int      height)
{
  guint n_changed = 0;

  fixture->dir = ui_test_make_dir ("physio-window-XXXXXX");
  fixture->database = ui_test_open_library (fixture->dir, &n_changed);
  g_assert_cmpuint (n_changed, ==, N_BUILTIN);

  fixture->window = ui_test_open_window (fixture->database, width, height);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture_open (fixture, 1100, 720);
}

static void
fixture_set_up_narrow (Fixture       *fixture,
                       gconstpointer  data)
{
  fixture_open (fixture, 400, 720);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  ui_test_settle ();
  g_clear_object (&fixture->database);

  ui_test_remove_dir (fixture->dir);
  g_free (fixture->dir);
}

static guint
n_results (Fixture *fixture)
{
  return g_list_model_get_n_items (_physio_window_get_results (fixture->window));
}

static const char *
shown_id (Fixture *fixture)
{
  PhysioExercise *exercise = _physio_window_get_shown (fixture->window);

  return exercise != NULL ? physio_exercise_get_id (exercise) : NULL;
}

static gboolean
is_shown (Fixture    *fixture,
          const char *id)
{
  return g_strcmp0 (shown_id (fixture), id) == 0;
}

static gboolean
action_enabled (Fixture    *fixture,
                const char *name)
{
  return g_action_group_get_action_enabled (G_ACTION_GROUP (fixture->window), name);
}

static void
type_search (Fixture    *fixture,
             const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (_physio_window_get_search_entry (fixture->window)), text);
}

static void
test_opens_on_library (Fixture       *fixture,
                       gconstpointer  data)
{
  PhysioExerciseDetail *detail = _physio_window_get_detail (fixture->window);
  GtkLabel *title = _physio_exercise_detail_get_title_label (detail);

  g_assert_cmpuint (n_results (fixture), ==, N_BUILTIN);

  /* Side by side, the first exercise is shown rather than an empty page. */
  WAIT_FOR (shown_id (fixture) != NULL);
  g_assert_cmpstr (gtk_label_get_label (title), !=, "");
  g_assert_cmpstr (gtk_label_get_label (title), ==,
                   physio_exercise_get_name (_physio_window_get_shown (fixture->window)));
  g_assert_true (action_enabled (fixture, "duplicate-exercise"));
}

static void
test_search_bird (Fixture       *fixture,
                  gconstpointer  data)
{
  GListModel *results = _physio_window_get_results (fixture->window);

  type_search (fixture, "bird");
  WAIT_FOR (n_results (fixture) < N_BUILTIN);

  /* Only the bird-dog variants: the one-limb version and the full one (two or three). */
  g_assert_cmpuint (n_results (fixture), >=, 2);
  g_assert_cmpuint (n_results (fixture), <=, 3);
  for (guint i = 0; i < n_results (fixture); i++)
    {
      g_autoptr(PhysioExercise) exercise = g_list_model_get_item (results, i);
      g_autofree char *name = g_utf8_casefold (physio_exercise_get_name (exercise), -1);

      g_assert_nonnull (strstr (name, "bird dog"));
    }

  /* Escape empties the search and brings the library back. */
  g_signal_emit_by_name (_physio_window_get_search_entry (fixture->window), "stop-search");
  WAIT_FOR (n_results (fixture) == N_BUILTIN);
}

static void
test_search_keeps_selection (Fixture       *fixture,
                             gconstpointer  data)
{
  PhysioExerciseList *results = PHYSIO_EXERCISE_LIST (_physio_window_get_results (fixture->window));

  g_assert_true (physio_window_select_exercise (fixture->window, "COR-09"));
  g_assert_true (is_shown (fixture, "COR-09"));

  /* Still among the results: it stays selected. */
  type_search (fixture, "bird");
  WAIT_FOR (n_results (fixture) < N_BUILTIN);
  g_assert_true (is_shown (fixture, "COR-09"));

  /* Filtered out: nothing is shown, rather than an exercise the list no longer has. */
  type_search (fixture, "walk");
  WAIT_FOR (physio_exercise_list_find (results, "COR-09") == G_MAXUINT);
  g_assert_null (shown_id (fixture));
  g_assert_false (action_enabled (fixture, "duplicate-exercise"));
}

static void
test_filters_and_empty_state (Fixture       *fixture,
                              gconstpointer  data)
{
  PhysioFilterPopover *filters = _physio_window_get_filter_popover (fixture->window);
  GListModel *results = _physio_window_get_results (fixture->window);
  guint n_core;

  g_assert_true (physio_filter_popover_set_active (filters, PHYSIO_VOCAB_CATEGORY,
                                                   "core_stability", TRUE));
  WAIT_FOR (n_results (fixture) < N_BUILTIN);
  n_core = n_results (fixture);
  g_assert_cmpuint (n_core, >, 0);
  for (guint i = 0; i < n_core; i++)
    {
      g_autoptr(PhysioExercise) exercise = g_list_model_get_item (results, i);

      g_assert_cmpstr (physio_exercise_get_category (exercise), ==, "core_stability");
    }
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (fixture->window->filter_button),
                                           "filter-active"));

  /* A search and a filter together narrow further; nothing matching leaves the empty page,
   * whose Clear Filters button brings everything back. */
  type_search (fixture, "zzqxv");
  WAIT_FOR (n_results (fixture) == 0);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (fixture->window->list_stack), ==, "empty");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window),
                                             "win.clear-search", NULL));
  WAIT_FOR (n_results (fixture) == N_BUILTIN);
  g_assert_cmpuint (physio_filter_popover_get_n_active (filters), ==, 0);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (fixture->window->search_entry)), ==, "");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (fixture->window->list_stack), ==, "list");
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (fixture->window->filter_button),
                                            "filter-active"));
}

static void
test_progression_link (Fixture       *fixture,
                       gconstpointer  data)
{
  PhysioExerciseDetail *detail = _physio_window_get_detail (fixture->window);
  PhysioExerciseList *results = PHYSIO_EXERCISE_LIST (_physio_window_get_results (fixture->window));
  g_autoptr(PhysioExercise) exercise = NULL;
  const char *target;
  GtkWidget *row;
  gboolean target_was_listed;

  /* Search so that the one-limb bird dog is listed; its progression may not be. */
  type_search (fixture, "limb");
  WAIT_FOR (n_results (fixture) < N_BUILTIN);
  g_assert_true (physio_window_select_exercise (fixture->window, "COR-08"));
  g_assert_true (is_shown (fixture, "COR-08"));

  exercise = physio_database_get_exercise (fixture->database, "COR-08", NULL);
  target = physio_exercise_get_progression_ids (exercise)[0];
  g_assert_nonnull (target);
  target_was_listed = physio_exercise_list_find (results, target) != G_MAXUINT;

  g_assert_cmpuint (_physio_exercise_detail_get_n_link_rows (detail, PHYSIO_LINK_PROGRESSION),
                    ==, g_strv_length ((char **) physio_exercise_get_progression_ids (exercise)));
  row = _physio_exercise_detail_get_link_row (detail, PHYSIO_LINK_PROGRESSION, 0);
  g_assert_true (ADW_IS_ACTION_ROW (row));

  /* The row activates as a click does: through its list box. */
  g_assert_true (gtk_widget_activate (row));
  WAIT_FOR (is_shown (fixture, target));

  /* The linked exercise is selected in the list, which was widened to hold it if needed. */
  g_assert_cmpuint (physio_exercise_list_find (results, target), !=, G_MAXUINT);
  g_assert_cmpuint (gtk_single_selection_get_selected (fixture->window->selection), ==,
                    physio_exercise_list_find (results, target));
  if (!target_was_listed)
    g_assert_cmpuint (n_results (fixture), ==, N_BUILTIN);

  /* And back down the regression link of the target. */
  g_assert_cmpuint (_physio_exercise_detail_get_n_link_rows (detail, PHYSIO_LINK_REGRESSION),
                    >, 0);
  g_assert_true (gtk_widget_activate (_physio_exercise_detail_get_link_row (detail,
                                                                            PHYSIO_LINK_REGRESSION,
                                                                            0)));
  WAIT_FOR (is_shown (fixture, "COR-08"));
}

static void
assert_strv_equal (const char * const *a,
                   const char * const *b)
{
  g_assert_true (g_strv_equal ((const char **) a, (const char **) b));
}

static void
assert_same_exercise (PhysioExercise *a,
                      PhysioExercise *b)
{
  g_assert_cmpstr (physio_exercise_get_id (a), ==, physio_exercise_get_id (b));
  g_assert_cmpstr (physio_exercise_get_name (a), ==, physio_exercise_get_name (b));
  g_assert_cmpstr (physio_exercise_get_category (a), ==, physio_exercise_get_category (b));
  g_assert_cmpstr (physio_exercise_get_position (a), ==, physio_exercise_get_position (b));
  g_assert_cmpint (physio_exercise_get_dosage_kind (a), ==, physio_exercise_get_dosage_kind (b));
  g_assert_cmpint (physio_exercise_get_laterality (a), ==, physio_exercise_get_laterality (b));
  g_assert_cmpint (physio_exercise_get_source (a), ==, physio_exercise_get_source (b));
  g_assert_cmpstr (physio_exercise_get_caution_text (a), ==, physio_exercise_get_caution_text (b));
  assert_strv_equal (physio_exercise_get_aliases (a), physio_exercise_get_aliases (b));
  assert_strv_equal (physio_exercise_get_steps (a), physio_exercise_get_steps (b));
  assert_strv_equal (physio_exercise_get_cues (a), physio_exercise_get_cues (b));
  assert_strv_equal (physio_exercise_get_regions (a), physio_exercise_get_regions (b));
  assert_strv_equal (physio_exercise_get_equipment (a), physio_exercise_get_equipment (b));
  assert_strv_equal (physio_exercise_get_stages (a), physio_exercise_get_stages (b));
  assert_strv_equal (physio_exercise_get_caution_codes (a), physio_exercise_get_caution_codes (b));
  assert_strv_equal (physio_exercise_get_evidence_tags (a), physio_exercise_get_evidence_tags (b));
  assert_strv_equal (physio_exercise_get_progression_ids (a),
                     physio_exercise_get_progression_ids (b));
  assert_strv_equal (physio_exercise_get_regression_ids (a),
                     physio_exercise_get_regression_ids (b));
  g_assert_true (physio_dose_equal (physio_exercise_get_default_dose (a),
                                    physio_exercise_get_default_dose (b)));
  g_assert_cmpmem (physio_exercise_get_dose_limits (a), sizeof (PhysioDoseLimits),
                   physio_exercise_get_dose_limits (b), sizeof (PhysioDoseLimits));
}

static void
test_delete_and_undo (Fixture       *fixture,
                      gconstpointer  data)
{
  PhysioExerciseList *results = PHYSIO_EXERCISE_LIST (_physio_window_get_results (fixture->window));
  g_autoptr(PhysioExercise) builtin = NULL;
  g_autoptr(PhysioExercise) custom = NULL;
  g_autoptr(PhysioExercise) gone = NULL;
  g_autoptr(PhysioExercise) restored = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *id = NULL;
  AdwToast *toast;
  GVariant *target;

  builtin = physio_database_get_exercise (fixture->database, "COR-08", &error);
  g_assert_no_error (error);
  custom = physio_exercise_duplicate (builtin);
  physio_exercise_set_name (custom, "Bird dog & wall slide");
  physio_database_save_exercise (fixture->database, custom, &error);
  g_assert_no_error (error);
  id = g_strdup (physio_exercise_get_id (custom));

  /* Built-ins cannot be deleted: the action is off and does nothing. */
  g_assert_true (physio_window_select_exercise (fixture->window, "COR-08"));
  g_assert_false (action_enabled (fixture, "delete-exercise"));
  g_assert_false (action_enabled (fixture, "edit-exercise"));
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.delete-exercise", NULL);
  g_assert_cmpuint (physio_database_count_exercises (fixture->database), ==, N_BUILTIN + 1);

  g_assert_true (physio_window_select_exercise (fixture->window, id));
  g_assert_true (is_shown (fixture, id));
  g_assert_true (action_enabled (fixture, "delete-exercise"));
  g_assert_true (action_enabled (fixture, "edit-exercise"));

  /* Delete happens at once, without a question... */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window),
                                             "win.delete-exercise", NULL));
  WAIT_FOR (physio_exercise_list_find (results, id) == G_MAXUINT);
  gone = physio_database_get_exercise (fixture->database, id, &error);
  g_assert_error (error, PHYSIO_DATABASE_ERROR, PHYSIO_DATABASE_ERROR_NOT_FOUND);
  g_assert_null (gone);
  g_clear_error (&error);
  g_assert_false (is_shown (fixture, id));

  /* ...and a toast names it and offers Undo. */
  toast = _physio_window_get_last_toast (fixture->window);
  g_assert_nonnull (toast);
  g_assert_cmpstr (adw_toast_get_title (toast), ==, "“Bird dog &amp; wall slide” deleted");
  g_assert_cmpstr (adw_toast_get_button_label (toast), ==, "_Undo");
  target = adw_toast_get_action_target_value (toast);
  g_assert_cmpstr (g_variant_get_string (target, NULL), ==, id);

  /* Undo, as the toast's button does it, brings back the same exercise and shows it. */
  g_assert_true (gtk_widget_activate_action_variant (GTK_WIDGET (fixture->window),
                                                     adw_toast_get_action_name (toast),
                                                     target));
  WAIT_FOR (physio_exercise_list_find (results, id) != G_MAXUINT);
  restored = physio_database_get_exercise (fixture->database, id, &error);
  g_assert_no_error (error);
  assert_same_exercise (restored, custom);
  WAIT_FOR (is_shown (fixture, id));
  g_assert_cmpuint (n_results (fixture), ==, N_BUILTIN + 1);
}

static void
test_duplicate (Fixture       *fixture,
                gconstpointer  data)
{
  GListModel *results = _physio_window_get_results (fixture->window);
  PhysioExercise *shown;

  g_assert_true (physio_window_select_exercise (fixture->window, "COR-09"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window),
                                             "win.duplicate-exercise", NULL));

  /* The copy is saved, listed and shown at once; the editor opens on it. */
  WAIT_FOR (g_list_model_get_n_items (results) == N_BUILTIN + 1);
  shown = _physio_window_get_shown (fixture->window);
  g_assert_nonnull (shown);
  g_assert_false (physio_exercise_is_builtin (shown));
  g_assert_true (g_str_has_prefix (physio_exercise_get_id (shown), "X-"));
  g_assert_true (g_str_has_prefix (physio_exercise_get_name (shown), "Bird dog"));
  g_assert_true (action_enabled (fixture, "edit-exercise"));

  /* Close the editor the window opened on top of it. */
  ui_test_close_windows (PHYSIO_TYPE_EXERCISE_EDITOR);
}

static void
test_narrow_navigation (Fixture       *fixture,
                        gconstpointer  data)
{
  AdwLeaflet *leaflet = _physio_window_get_leaflet (fixture->window);
  GListModel *results = _physio_window_get_results (fixture->window);

  WAIT_FOR (adw_leaflet_get_folded (leaflet));
  g_assert_true (adw_leaflet_get_visible_child (leaflet) == fixture->window->sidebar);

  /* Choosing an exercise in the list opens its page... */
  g_signal_emit_by_name (fixture->window->list_view, "activate", 2);
  WAIT_FOR (adw_leaflet_get_visible_child (leaflet) == fixture->window->content);
  {
    g_autoptr(PhysioExercise) third = g_list_model_get_item (results, 2);
    g_assert_true (is_shown (fixture, physio_exercise_get_id (third)));
  }

  /* ...the back button returns to the list, and Ctrl+F goes to the search from anywhere. */
  g_assert_true (adw_leaflet_navigate (leaflet, ADW_NAVIGATION_DIRECTION_BACK));
  WAIT_FOR (adw_leaflet_get_visible_child (leaflet) == fixture->window->sidebar);
  adw_leaflet_set_visible_child (leaflet, fixture->window->content);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.search", NULL));
  WAIT_FOR (adw_leaflet_get_visible_child (leaflet) == fixture->window->sidebar);
}

/* What the first frame does not show is built later: the popovers when first opened, the
 * groups of the exercise page below its first screen once the first frame is painted. */
static void
test_lazy_start (Fixture       *fixture,
                 gconstpointer  data)
{
  PhysioWindow *window = fixture->window;
  PhysioExerciseDetail *detail = _physio_window_get_detail (window);
  g_autofree char *first_id = NULL;
  GtkPopover *popover;
  guint n_first_screen;
  guint n_later;
  guint n_whole;

  /* The page of the first exercise starts with its first groups only... */
  n_first_screen = _physio_exercise_detail_get_n_groups (detail);
  g_assert_cmpuint (n_first_screen, >, 0);
  g_assert_nonnull (shown_id (fixture));
  first_id = g_strdup (shown_id (fixture));

  /* ...and gets the rest after the first frame, unasked. */
  WAIT_FOR (_physio_exercise_detail_get_n_groups (detail) > n_first_screen);
  n_later = _physio_exercise_detail_get_n_groups (detail);

  /* The same page built while the window is shown, at once, has the same groups. */
  g_assert_true (physio_window_select_exercise (window, "COR-08"));
  g_assert_true (physio_window_select_exercise (window, first_id));
  n_whole = _physio_exercise_detail_get_n_groups (detail);
  g_assert_cmpuint (n_later, ==, n_whole);
  g_assert_cmpuint (n_first_screen, <, n_whole);

  /* The filter popover exists once the button is pressed, with no filter set. */
  g_assert_null (window->filter_popover);
  gtk_menu_button_popup (window->filter_button);
  g_assert_nonnull (window->filter_popover);
  g_assert_true (gtk_menu_button_get_popover (window->filter_button) ==
                 GTK_POPOVER (window->filter_popover));
  WAIT_FOR (gtk_widget_get_mapped (GTK_WIDGET (window->filter_popover)));
  g_assert_cmpuint (physio_filter_popover_get_n_active (window->filter_popover), ==, 0);
  gtk_menu_button_popdown (window->filter_button);

  /* The main menu is built from its model when first opened. */
  g_assert_null (gtk_menu_button_get_popover (window->primary_menu_button));
  gtk_menu_button_popup (window->primary_menu_button);
  popover = gtk_menu_button_get_popover (window->primary_menu_button);
  g_assert_true (GTK_IS_POPOVER_MENU (popover));
  g_assert_true (gtk_popover_menu_get_menu_model (GTK_POPOVER_MENU (popover)) ==
                 window->primary_menu);
  WAIT_FOR (gtk_widget_get_mapped (GTK_WIDGET (popover)));
  gtk_menu_button_popdown (window->primary_menu_button);
}

int
main (int   argc,
      char *argv[])
{
  if (!ui_test_init (&argc, &argv))
    return 0;

  g_test_add ("/window/opens-on-library", Fixture, NULL,
              fixture_set_up, test_opens_on_library, fixture_tear_down);
  g_test_add ("/window/search-bird", Fixture, NULL,
              fixture_set_up, test_search_bird, fixture_tear_down);
  g_test_add ("/window/search-keeps-selection", Fixture, NULL,
              fixture_set_up, test_search_keeps_selection, fixture_tear_down);
  g_test_add ("/window/filters-and-empty-state", Fixture, NULL,
              fixture_set_up, test_filters_and_empty_state, fixture_tear_down);
  g_test_add ("/window/progression-link", Fixture, NULL,
              fixture_set_up, test_progression_link, fixture_tear_down);
  g_test_add ("/window/delete-and-undo", Fixture, NULL,
              fixture_set_up, test_delete_and_undo, fixture_tear_down);
  g_test_add ("/window/duplicate", Fixture, NULL,
              fixture_set_up, test_duplicate, fixture_tear_down);
  g_test_add ("/window/lazy-start", Fixture, NULL,
              fixture_set_up, test_lazy_start, fixture_tear_down);
  g_test_add ("/window/narrow-navigation", Fixture, NULL,
              fixture_set_up_narrow, test_narrow_navigation, fixture_tear_down);

  return g_test_run ();
}
