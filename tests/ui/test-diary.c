/* test-diary.c: a week of the paper diary typed into the programme window's Diary page by
 * keyboard, saved at once, and proposed from by the review
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <adwaita.h>

#include "physio-diary-grid.h"
#include "physio-programme-window-private.h"
#include "physio-review-page.h"
#include "physio-review-row.h"
#include "physio-screenshot.h"
#include "ui-test-util.h"

#define WALK_ID   "AER-01"
#define BRIDGE_ID "COR-10"
/* Week 1 is over, week 2 under way: the grid opens on week 2. */
#define STARTED_DAYS_AGO 10

/* Rows of the grid: the two exercises, then the day rows. */
enum
{
  ROW_WALK, ROW_BRIDGE, ROW_MORNING, ROW_EXERCISE_PAIN, ROW_NEXT_MORNING, ROW_ACTIVITY,
  ROW_RED_FLAG
};

typedef struct
{
  char                  *dir;
  PhysioDatabase        *database;
  PhysioPatient         *patient;
  PhysioProgramme       *programme;
  PhysioProgrammeWindow *window;
  PhysioDiaryGrid       *grid;
  GDate                  start;
  GDate                  end;       /* last day of week 1 */
  gint64                 walk_id;
  gint64                 bridge_id;
  guint                  partly_day;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  PhysioPrescription *walk, *bridge;
  PhysioDose ladder[6];

  fixture->dir = ui_test_make_dir ("physio-diary-XXXXXX");
  fixture->database = ui_test_open_library (fixture->dir, NULL);
  fixture->patient = ui_test_add_patient (fixture->database, "Maria Lopes");

  fixture->start = ui_test_today ();
  g_date_subtract_days (&fixture->start, STARTED_DAYS_AGO);
  fixture->end = fixture->start;
  g_date_add_days (&fixture->end, 6);

  fixture->programme = physio_programme_new ();
  physio_programme_set_patient_id (fixture->programme, physio_patient_get_id (fixture->patient));
  physio_programme_set_title (fixture->programme, "Back on track");
  physio_programme_set_start_date (fixture->programme, &fixture->start);
  physio_programme_set_weeks (fixture->programme, 6);
  physio_programme_set_status (fixture->programme, PHYSIO_PROGRAMME_ACTIVE);

  /* Walking 15 minutes, 5 days a week, 2 minutes more each week. */
  walk = ui_test_add_prescription (fixture->database, fixture->programme, WALK_ID, 5);
  for (guint week = 0; week < G_N_ELEMENTS (ladder); week++)
    {
      physio_dose_init (&ladder[week]);
      ladder[week].duration_s = (15 + 2 * week) * 60;
      ladder[week].sessions_per_day = 1;
      ladder[week].days_per_week = 5;
    }
  physio_prescription_set_ladder (walk, ladder, G_N_ELEMENTS (ladder));
  physio_prescription_set_current_dose (walk, &ladder[0]);
  physio_prescription_set_ladder_step (walk, 0);
  bridge = ui_test_add_prescription (fixture->database, fixture->programme, BRIDGE_ID, 4);
  physio_database_save_programme (fixture->database, fixture->programme, &error);
  g_assert_no_error (error);
  fixture->walk_id = physio_prescription_get_id (walk);
  fixture->bridge_id = physio_prescription_get_id (bridge);
  fixture->partly_day = G_MAXUINT;

  fixture->window = physio_programme_window_new (NULL, fixture->database, fixture->patient,
                                                 fixture->programme);
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1100, 760);
  gtk_window_present (GTK_WINDOW (fixture->window));
  ui_test_wait_for_mapped (GTK_WIDGET (fixture->window));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-page", "s",
                                             "diary"));
  fixture->grid = PHYSIO_DIARY_GRID (_physio_programme_window_get_page (fixture->window, "diary"));
  ui_test_wait_for_mapped (GTK_WIDGET (fixture->grid));
  ui_test_settle ();
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  if (fixture->window != NULL)
    gtk_window_destroy (GTK_WINDOW (fixture->window));
  ui_test_settle ();
  g_clear_object (&fixture->programme);
  g_clear_object (&fixture->patient);
  g_clear_object (&fixture->database);
  ui_test_remove_dir (fixture->dir);
  g_free (fixture->dir);
}

/* Typing */

static GtkWidget *
focused_cell (Fixture *fixture,
              guint   *row,
              guint   *day)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (fixture->window));

  for (guint r = 0; focus != NULL && r < physio_diary_grid_get_n_rows (fixture->grid); r++)
    for (guint d = 0; d < 7; d++)
      {
        GtkWidget *cell = physio_diary_grid_get_cell (fixture->grid, r, d);

        if (cell != NULL && (cell == focus || gtk_widget_is_ancestor (focus, cell)))
          {
            *row = r;
            *day = d;
            return cell;
          }
      }
  return NULL;
}

/* Types @text into the focused cell and presses Enter, as a person at the keyboard would. */
static void
type_and_enter (Fixture    *fixture,
                const char *text)
{
  guint row, day;
  GtkWidget *cell = focused_cell (fixture, &row, &day);

  g_assert_true (GTK_IS_ENTRY (cell));
  gtk_editable_set_text (GTK_EDITABLE (cell), text);
  g_signal_emit_by_name (cell, "activate");
  ui_test_settle ();
}

/* What the paper says for each cell of week 1: every walk done for 15 minutes, the bridge done
 * on its days but one, done partly (6 reps); 2/10 in the mornings, 3/10 during exercise, and
 * the next morning 2/10. */
static const char *
paper (Fixture *fixture,
       guint    row,
       guint    day)
{
  switch (row)
    {
    case ROW_WALK:
      return "y 15";
    case ROW_BRIDGE:
      if (fixture->partly_day == G_MAXUINT)
        {
          fixture->partly_day = day;
          return "p 6";
        }
      return "";  /* Enter alone ticks it done */
    case ROW_MORNING:
    case ROW_NEXT_MORNING:
      return "2";
    case ROW_EXERCISE_PAIN:
      return "3";
    case ROW_ACTIVITY:
      return "30";
    default:
      g_assert_not_reached ();
    }
}

static void
go_to_week_one (Fixture *fixture)
{
  /* The header's first button is "Previous week". */
  GtkWidget *header = gtk_widget_get_first_child (GTK_WIDGET (fixture->grid));

  /* A button pressed by keyboard clicks when its short press animation ends. */
  gtk_widget_activate (gtk_widget_get_first_child (header));
  WAIT_FOR (physio_diary_grid_get_week (fixture->grid) == 1);
}

static PhysioDecision
walk_decision (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) items = physio_database_review_programme (fixture->database,
                                                              fixture->programme,
                                                              &fixture->start, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < items->len; i++)
    {
      PhysioReviewItem *item = &g_array_index (items, PhysioReviewItem, i);

      if (physio_prescription_get_id (item->prescription) == fixture->walk_id)
        return item->proposal.decision;
    }
  g_assert_not_reached ();
}

/* The review page's pill for @prescription_id shows @decision (shown page, refreshed). */
static gboolean
review_shows (Fixture        *fixture,
              gint64          prescription_id,
              PhysioDecision  decision)
{
  GtkWidget *page = _physio_programme_window_get_page (fixture->window, "review");
  GObject *list = gtk_widget_get_template_child (page, PHYSIO_TYPE_REVIEW_PAGE, "list_box");

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (list));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      PhysioReviewRow *row = PHYSIO_REVIEW_ROW (child);
      GObject *pill = gtk_widget_get_template_child (GTK_WIDGET (row), PHYSIO_TYPE_REVIEW_ROW,
                                                     "decision_label");

      if (physio_prescription_get_id (physio_review_row_get_prescription (row)) == prescription_id)
        return g_strcmp0 (gtk_label_get_label (GTK_LABEL (pill)),
                          physio_decision_label (decision)) == 0;
    }
  return FALSE;
}

static void
show_page (Fixture    *fixture,
           const char *name)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-page", "s",
                                             name));
  ui_test_wait_for_mapped (_physio_programme_window_get_page (fixture->window, name));
  ui_test_settle ();
}

static GArray *
logs_of (Fixture *fixture,
         gint64   prescription_id)
{
  g_autoptr(GError) error = NULL;
  GArray *logs = physio_database_list_session_logs (fixture->database, prescription_id,
                                                    &fixture->start, &fixture->end, &error);

  g_assert_no_error (error);
  return logs;
}

static GArray *
diary_of (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  GArray *diary = physio_database_list_diary (fixture->database,
                                              physio_patient_get_id (fixture->patient),
                                              &fixture->start, &fixture->end, &error);

  g_assert_no_error (error);
  return diary;
}

static void
test_type_a_week (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GArray) walks = NULL;
  g_autoptr(GArray) bridges = NULL;
  g_autoptr(GArray) diary = NULL;
  GtkWidget *first, *cell;
  guint row = 0, day = 0, typed = 0, walk_days = 0, bridge_days = 0;

  /* Today's week by default. */
  g_assert_cmpuint (physio_diary_grid_get_week (fixture->grid), ==, 2);
  go_to_week_one (fixture);
  g_assert_cmpuint (physio_diary_grid_get_n_rows (fixture->grid), ==, 7);
  for (guint d = 0; d < 7; d++)
    {
      walk_days += physio_diary_grid_get_cell (fixture->grid, ROW_WALK, d) != NULL;
      bridge_days += physio_diary_grid_get_cell (fixture->grid, ROW_BRIDGE, d) != NULL;
      g_assert_nonnull (physio_diary_grid_get_cell (fixture->grid, ROW_MORNING, d));
    }
  /* One cell per prescription per scheduled day, the others not applicable. */
  g_assert_cmpuint (walk_days, ==, 5);
  g_assert_cmpuint (bridge_days, ==, 4);

  /* Nothing logged yet: the review cannot propose progress. */
  g_assert_cmpint (walk_decision (fixture), !=, PHYSIO_DECISION_PROGRESS);

  for (first = NULL, day = 0; first == NULL; day++)
    first = physio_diary_grid_get_cell (fixture->grid, ROW_WALK, day);
  g_assert_true (gtk_widget_grab_focus (first));

  /* Enter saves and moves to the next cell: the whole week goes in without the mouse, up to
   * the red-flag row (check boxes). */
  while ((cell = focused_cell (fixture, &row, &day)) != NULL && row < ROW_RED_FLAG)
    {
      if (row == ROW_MORNING && day == 0)
        {
          /* A slip of the pen is refused where it was typed, and nothing is lost. */
          type_and_enter (fixture, "11");
          g_assert_true (focused_cell (fixture, &row, &day) == cell);
          g_assert_nonnull (strstr (physio_diary_grid_get_message (fixture->grid),
                                    "Pain is a number from 0 to 10"));
          g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (cell)), ==, "11");
          g_assert_true (gtk_widget_has_css_class (cell, "error"));
          {
            g_autoptr(GArray) none = diary_of (fixture);

            g_assert_cmpuint (none->len, ==, 0);
          }
        }
      type_and_enter (fixture, paper (fixture, row, day));
      typed++;
      g_assert_cmpstr (physio_diary_grid_get_message (fixture->grid), ==, "");
      g_assert_true (typed < 100);
    }
  g_assert_cmpuint (typed, ==, 5 + 4 + 4 * 7);
  g_assert_true (GTK_IS_CHECK_BUTTON (cell));
  g_assert_cmpuint (row, ==, ROW_RED_FLAG);

  /* Saved at once, in the store. */
  walks = logs_of (fixture, fixture->walk_id);
  g_assert_cmpuint (walks->len, ==, 5);
  for (guint i = 0; i < walks->len; i++)
    {
      PhysioSessionLog *log = &g_array_index (walks, PhysioSessionLog, i);

      g_assert_cmpfloat (log->completed_fraction, ==, 1.0);
      g_assert_cmpuint (log->achieved, ==, 15 * 60);
    }
  bridges = logs_of (fixture, fixture->bridge_id);
  g_assert_cmpuint (bridges->len, ==, 4);
  g_assert_cmpfloat (g_array_index (bridges, PhysioSessionLog, 0).completed_fraction, ==, 0.5);
  g_assert_cmpuint (g_array_index (bridges, PhysioSessionLog, 0).achieved, ==, 6);
  for (guint i = 1; i < bridges->len; i++)
    g_assert_cmpfloat (g_array_index (bridges, PhysioSessionLog, i).completed_fraction, ==, 1.0);
  diary = diary_of (fixture);
  g_assert_cmpuint (diary->len, ==, 7);
  for (guint i = 0; i < diary->len; i++)
    {
      PhysioDiaryEntry *entry = &g_array_index (diary, PhysioDiaryEntry, i);

      g_assert_cmpint (entry->morning_pain, ==, 2);
      g_assert_true (entry->has_exercise_pain);
      g_assert_cmpint (entry->exercise_pain, ==, 3);
      g_assert_true (entry->has_next_morning);
      g_assert_cmpint (entry->next_morning_pain, ==, 2);
      g_assert_true (entry->has_activity_minutes);
      g_assert_cmpint (entry->activity_minutes, ==, 30);
      g_assert_false (entry->red_flag);
    }

  /* The review proposes from it straight away, and its page shows it. */
  g_assert_cmpint (walk_decision (fixture), ==, PHYSIO_DECISION_PROGRESS);
  show_page (fixture, "review");
  WAIT_FOR (review_shows (fixture, fixture->walk_id, PHYSIO_DECISION_PROGRESS));
  show_page (fixture, "diary");

  /* What was saved reads back the same after a trip to the next week. */
  physio_diary_grid_set_week (fixture->grid, 2);
  physio_diary_grid_set_week (fixture->grid, 1);
  cell = physio_diary_grid_get_cell (fixture->grid, ROW_BRIDGE, fixture->partly_day);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (cell)), ==, "p 6");
  for (day = 0; day < 7; day++)
    if ((cell = physio_diary_grid_get_cell (fixture->grid, ROW_WALK, day)) != NULL)
      g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (cell)), ==, "y 15");

  /* A warning sign on day 4: the diary entry keeps its pain scores and gains the red flag,
   * and the review stops. */
  cell = physio_diary_grid_get_cell (fixture->grid, ROW_RED_FLAG, 3);
  gtk_widget_activate (cell);
  ui_test_settle ();
  g_array_unref (diary);
  diary = diary_of (fixture);
  g_assert_true (g_array_index (diary, PhysioDiaryEntry, 3).red_flag);
  g_assert_cmpint (g_array_index (diary, PhysioDiaryEntry, 3).morning_pain, ==, 2);
  g_assert_cmpint (walk_decision (fixture), ==, PHYSIO_DECISION_STOP);
  /* The review page, shown before the diary changed, starts its STOP workflow from it. */
  show_page (fixture, "review");
  WAIT_FOR (review_shows (fixture, fixture->walk_id, PHYSIO_DECISION_STOP));
}

/* Presses @keyval with @state on @widget's key controller, as the keyboard would. */
static gboolean
press (GtkWidget       *widget,
       guint            keyval,
       GdkModifierType  state)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);
  gboolean handled = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers) && !handled; i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_KEY (controller))
        g_signal_emit_by_name (controller, "key-pressed", keyval, 0, state, &handled);
    }
  ui_test_settle ();
  return handled;
}

/* The cell holding the focus (an entry's focus is on its text inside). */
static GtkWidget *
focused (Fixture *fixture)
{
  guint row, day;
  GtkWidget *cell = focused_cell (fixture, &row, &day);

  g_assert_nonnull (cell);
  return cell;
}

static gboolean
has_focus (Fixture *fixture,
           guint    row,
           guint    day)
{
  guint r = G_MAXUINT, d = G_MAXUINT;

  focused_cell (fixture, &r, &d);
  return r == row && d == day;
}

/* Tab and Shift+Tab go along the days and on to the next row, skipping days with nothing
 * planned; the arrows go up and down a day, and left and right at the ends of the text;
 * Alt+Left and Alt+Right turn the week. */
static void
test_keys (Fixture       *fixture,
           gconstpointer  data)
{
  guint walk_days[7], n_walk = 0, first_bridge = G_MAXUINT;
  GtkWidget *cell;

  go_to_week_one (fixture);
  for (guint d = 0; d < 7; d++)
    {
      if (physio_diary_grid_get_cell (fixture->grid, ROW_WALK, d) != NULL)
        walk_days[n_walk++] = d;
      if (first_bridge == G_MAXUINT && physio_diary_grid_get_cell (fixture->grid, ROW_BRIDGE, d))
        first_bridge = d;
    }
  g_assert_cmpuint (n_walk, ==, 5);

  cell = physio_diary_grid_get_cell (fixture->grid, ROW_WALK, walk_days[0]);
  g_assert_true (gtk_widget_grab_focus (cell));
  for (guint i = 1; i < n_walk; i++)
    {
      g_assert_true (press (focused (fixture), GDK_KEY_Tab, 0));
      g_assert_true (has_focus (fixture, ROW_WALK, walk_days[i]));
    }
  /* Past the row's last day, on to the next row's first. */
  g_assert_true (press (focused (fixture), GDK_KEY_Tab, 0));
  g_assert_true (has_focus (fixture, ROW_BRIDGE, first_bridge));
  g_assert_true (press (focused (fixture), GDK_KEY_ISO_Left_Tab,
                        GDK_SHIFT_MASK));
  g_assert_true (has_focus (fixture, ROW_WALK, walk_days[n_walk - 1]));
  /* Down through the day rows, which have every day. */
  g_assert_true (press (focused (fixture), GDK_KEY_Down, 0));
  g_assert_true (press (focused (fixture), GDK_KEY_Down, 0));
  g_assert_true (has_focus (fixture, ROW_MORNING, walk_days[n_walk - 1]));
  g_assert_true (press (focused (fixture), GDK_KEY_Up, 0));
  g_assert_true (has_focus (fixture, ROW_WALK, walk_days[n_walk - 1]) ||
                 has_focus (fixture, ROW_BRIDGE, walk_days[n_walk - 1]));
  /* Right in an empty cell goes to the next day; with text, only from its end. */
  cell = physio_diary_grid_get_cell (fixture->grid, ROW_MORNING, 2);
  g_assert_true (gtk_widget_grab_focus (cell));
  g_assert_true (press (focused (fixture), GDK_KEY_Right, 0));
  g_assert_true (has_focus (fixture, ROW_MORNING, 3));
  g_assert_true (press (focused (fixture), GDK_KEY_Left, 0));
  g_assert_true (has_focus (fixture, ROW_MORNING, 2));
  gtk_editable_set_text (GTK_EDITABLE (cell), "4");
  gtk_editable_set_position (GTK_EDITABLE (cell), 0);
  g_assert_false (press (focused (fixture), GDK_KEY_Right, 0));
  g_assert_true (has_focus (fixture, ROW_MORNING, 2));

  /* Alt+Right: next week, and what was typed was saved on the way. */
  g_assert_true (press (GTK_WIDGET (fixture->grid), GDK_KEY_Right, GDK_ALT_MASK));
  g_assert_cmpuint (physio_diary_grid_get_week (fixture->grid), ==, 2);
  g_assert_true (press (GTK_WIDGET (fixture->grid), GDK_KEY_Left, GDK_ALT_MASK));
  g_assert_cmpuint (physio_diary_grid_get_week (fixture->grid), ==, 1);
  cell = physio_diary_grid_get_cell (fixture->grid, ROW_MORNING, 2);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (cell)), ==, "4");
}

/* Closing the window while a cell still has the focus saves what was typed there. */
static void
test_close_saves (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GArray) diary = NULL;
  GtkWidget *cell;

  go_to_week_one (fixture);
  cell = physio_diary_grid_get_cell (fixture->grid, ROW_MORNING, 1);
  g_assert_true (gtk_widget_grab_focus (cell));
  gtk_editable_set_text (GTK_EDITABLE (cell), "5");
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  fixture->window = NULL;
  ui_test_settle ();

  diary = diary_of (fixture);
  g_assert_cmpuint (diary->len, ==, 1);
  g_assert_cmpint (g_array_index (diary, PhysioDiaryEntry, 0).morning_pain, ==, 5);
}

/* What is typed is undone and redone like any change of the programme window, in the store
 * and in the cell, the day's other scores kept. */
static void
test_undo (Fixture       *fixture,
           gconstpointer  data)
{
  GtkWidget *morning, *minutes;
  g_autoptr(GArray) diary = NULL;

  go_to_week_one (fixture);
  morning = physio_diary_grid_get_cell (fixture->grid, ROW_MORNING, 1);
  minutes = physio_diary_grid_get_cell (fixture->grid, ROW_ACTIVITY, 1);
  g_assert_true (gtk_widget_grab_focus (morning));
  type_and_enter (fixture, "4");
  g_assert_true (gtk_widget_grab_focus (minutes));
  type_and_enter (fixture, "40 min");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (minutes)), ==, "40");

  /* A day's minutes past 1440 are refused where they were typed. */
  g_assert_true (gtk_widget_grab_focus (minutes));
  type_and_enter (fixture, "2000");
  g_assert_nonnull (strstr (physio_diary_grid_get_message (fixture->grid), "1440"));
  gtk_editable_set_text (GTK_EDITABLE (minutes), "40");
  g_signal_emit_by_name (minutes, "activate");
  ui_test_settle ();

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.undo", NULL));
  ui_test_settle ();
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (minutes)), ==, "");
  diary = diary_of (fixture);
  g_assert_cmpuint (diary->len, ==, 1);
  g_assert_false (g_array_index (diary, PhysioDiaryEntry, 0).has_activity_minutes);
  g_assert_cmpint (g_array_index (diary, PhysioDiaryEntry, 0).morning_pain, ==, 4);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.undo", NULL));
  ui_test_settle ();
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (morning)), ==, "");
  g_clear_pointer (&diary, g_array_unref);
  diary = diary_of (fixture);
  g_assert_cmpint (g_array_index (diary, PhysioDiaryEntry, 0).morning_pain, ==, -1);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.redo", NULL));
  ui_test_settle ();
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (morning)), ==, "4");
  g_clear_pointer (&diary, g_array_unref);
  diary = diary_of (fixture);
  g_assert_cmpint (g_array_index (diary, PhysioDiaryEntry, 0).morning_pain, ==, 4);
}

/* Saves the Diary page when PHYSIO_TEST_SCREENSHOTS names a folder, for review by eye. */
static void
test_screenshot (Fixture       *fixture,
                 gconstpointer  data)
{
  const char *folder = g_getenv ("PHYSIO_TEST_SCREENSHOTS");
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *cell;

  if (folder == NULL || *folder == '\0')
    {
      g_test_skip ("PHYSIO_TEST_SCREENSHOTS is not set");
      return;
    }
  go_to_week_one (fixture);
  for (guint day = 0; day < 7; day++)
    {
      const char *walk[] = { "y 15", "y 15", "p 10", "y 17", "n", "y", "y" };
      const char *pain[] = { "3", "2", "2", "4", "3", "2", "2" };
      const char *minutes[] = { "20", "25", "10", "30", "", "15", "35" };

      if ((cell = physio_diary_grid_get_cell (fixture->grid, ROW_WALK, day)) != NULL)
        gtk_editable_set_text (GTK_EDITABLE (cell), walk[day]);
      if ((cell = physio_diary_grid_get_cell (fixture->grid, ROW_BRIDGE, day)) != NULL)
        gtk_editable_set_text (GTK_EDITABLE (cell), day == 3 ? "p 6" : "y");
      gtk_editable_set_text (GTK_EDITABLE (physio_diary_grid_get_cell (fixture->grid,
                                                                       ROW_MORNING, day)),
                             pain[day]);
      gtk_editable_set_text (GTK_EDITABLE (physio_diary_grid_get_cell (fixture->grid,
                                                                       ROW_ACTIVITY, day)),
                             minutes[day]);
    }
  cell = physio_diary_grid_get_cell (fixture->grid, ROW_EXERCISE_PAIN, 1);
  gtk_editable_set_text (GTK_EDITABLE (cell), "12");
  gtk_widget_grab_focus (physio_diary_grid_get_cell (fixture->grid, ROW_EXERCISE_PAIN, 0));
  gtk_widget_grab_focus (cell);
  gtk_widget_grab_focus (physio_diary_grid_get_cell (fixture->grid, ROW_EXERCISE_PAIN, 2));
  for (guint i = 0; i < 30; i++)
    {
      ui_test_settle ();
      g_usleep (10000);
    }
  path = g_build_filename (folder, "diary.png", NULL);
  g_assert_true (physio_screenshot_save (GTK_WIDGET (fixture->window), path, &error));
  g_assert_no_error (error);
}

int
main (int argc, char **argv)
{
  if (!ui_test_init (&argc, &argv))
    return 0;

  g_test_add ("/diary/type-a-week", Fixture, NULL, fixture_set_up, test_type_a_week,
              fixture_tear_down);
  g_test_add ("/diary/keys", Fixture, NULL, fixture_set_up, test_keys, fixture_tear_down);
  g_test_add ("/diary/undo", Fixture, NULL, fixture_set_up, test_undo, fixture_tear_down);
  g_test_add ("/diary/close-saves", Fixture, NULL, fixture_set_up, test_close_saves,
              fixture_tear_down);
  g_test_add ("/diary/screenshot", Fixture, NULL, fixture_set_up, test_screenshot,
              fixture_tear_down);
  return g_test_run ();
}
