/* test-progress.c: the Progress page follows what the Diary page types, and the outcome
 * measure dialog scores and stores a form
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <adwaita.h>

#include "physio-database-outcomes.h"
#include "physio-diary-grid.h"
#include "physio-outcome-dialog.h"
#include "physio-outcome-items.h"
#include "physio-patient-outcomes.h"
#include "physio-patient-page.h"
#include "physio-programme-window-private.h"
#include "physio-progress-page.h"
#include "physio-review-page.h"
#include "physio-review-row.h"
#include "physio-screenshot.h"
#include "ui-test-util.h"

#define WALK_ID   "AER-01"
#define BRIDGE_ID "COR-10"

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
  GDate                  start;
  PhysioPrescription    *walk;     /* borrowed from the programme */
  PhysioPrescription    *bridge;
} Fixture;

/* A six-week programme of walking and bridges that started @days_ago days ago. */
static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  guint days_ago = GPOINTER_TO_UINT (data);
  g_autoptr(GError) error = NULL;
  PhysioDose ladder[6];

  fixture->dir = ui_test_make_dir ("physio-progress-XXXXXX");
  fixture->database = ui_test_open_library (fixture->dir, NULL);
  fixture->patient = ui_test_add_patient (fixture->database, "Maria Lopes");
  fixture->start = ui_test_today ();
  g_date_subtract_days (&fixture->start, days_ago);

  fixture->programme = physio_programme_new ();
  physio_programme_set_patient_id (fixture->programme, physio_patient_get_id (fixture->patient));
  physio_programme_set_title (fixture->programme, "Back on track");
  physio_programme_set_start_date (fixture->programme, &fixture->start);
  physio_programme_set_weeks (fixture->programme, 6);
  physio_programme_set_status (fixture->programme, PHYSIO_PROGRAMME_ACTIVE);

  fixture->walk = ui_test_add_prescription (fixture->database, fixture->programme, WALK_ID, 5);
  for (guint week = 0; week < G_N_ELEMENTS (ladder); week++)
    {
      physio_dose_init (&ladder[week]);
      ladder[week].duration_s = (15 + 2 * week) * 60;
      ladder[week].sessions_per_day = 1;
      ladder[week].days_per_week = 5;
    }
  physio_prescription_set_ladder (fixture->walk, ladder, G_N_ELEMENTS (ladder));
  physio_prescription_set_current_dose (fixture->walk, &ladder[0]);
  physio_prescription_set_ladder_step (fixture->walk, 0);
  fixture->bridge = ui_test_add_prescription (fixture->database, fixture->programme, BRIDGE_ID, 4);
  physio_database_save_programme (fixture->database, fixture->programme, &error);
  g_assert_no_error (error);

  fixture->window = physio_programme_window_new (NULL, fixture->database, fixture->patient,
                                                 fixture->programme);
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1200, 900);
  gtk_window_present (GTK_WINDOW (fixture->window));
  ui_test_wait_for_mapped (GTK_WIDGET (fixture->window));
  ui_test_settle ();
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  ui_test_close_windows (PHYSIO_TYPE_OUTCOME_DIALOG);
  if (fixture->window != NULL)
    gtk_window_destroy (GTK_WINDOW (fixture->window));
  ui_test_settle ();
  g_clear_object (&fixture->programme);
  g_clear_object (&fixture->patient);
  g_clear_object (&fixture->database);
  ui_test_remove_dir (fixture->dir);
  g_free (fixture->dir);
}

static GtkWidget *
show_page (Fixture    *fixture,
           const char *name)
{
  GtkWidget *page = _physio_programme_window_get_page (fixture->window, name);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-page", "s",
                                             name));
  ui_test_wait_for_mapped (page);
  ui_test_settle ();
  return page;
}

static PhysioProgressPage *
progress_page (Fixture *fixture)
{
  return PHYSIO_PROGRESS_PAGE (show_page (fixture, "progress"));
}

static gboolean
shows_empty_state (Fixture *fixture)
{
  GtkWidget *page = _physio_programme_window_get_page (fixture->window, "progress");

  for (GtkWidget *child = gtk_widget_get_first_child (page); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_STACK (child))
      return g_strcmp0 (gtk_stack_get_visible_child_name (GTK_STACK (child)), "empty") == 0;
  g_assert_not_reached ();
}

/* The cell holding the focus, found by its row and day. */
static GtkWidget *
focused_cell (PhysioDiaryGrid *grid,
              guint           *row,
              guint           *day)
{
  GtkWidget *focus = gtk_root_get_focus (gtk_widget_get_root (GTK_WIDGET (grid)));

  for (guint r = 0; focus != NULL && r < physio_diary_grid_get_n_rows (grid); r++)
    for (guint d = 0; d < 7; d++)
      {
        GtkWidget *cell = physio_diary_grid_get_cell (grid, r, d);

        if (cell != NULL && (cell == focus || gtk_widget_is_ancestor (focus, cell)))
          {
            *row = r;
            *day = d;
            return cell;
          }
      }
  return NULL;
}

/* Types week 1 as the paper says, Enter after each cell: every walk of 20 minutes done, the
 * bridges done, mornings 3 then 2 (better), exercise pain 3, next morning 2, 30 minutes of
 * activity a day. */
static void
type_week_one (Fixture         *fixture,
               PhysioDiaryGrid *grid)
{
  static const char *mornings[] = { "3", "3", "3", "2", "2", "2", "2" };
  GtkWidget *cell = NULL;
  guint row = 0, day = 0, typed = 0;

  physio_diary_grid_set_week (grid, 1);
  for (day = 0; cell == NULL; day++)
    cell = physio_diary_grid_get_cell (grid, ROW_WALK, day);
  g_assert_true (gtk_widget_grab_focus (cell));
  while ((cell = focused_cell (grid, &row, &day)) != NULL && row < ROW_RED_FLAG)
    {
      const char *text = row == ROW_WALK ? "y 20" : row == ROW_BRIDGE ? ""
                         : row == ROW_MORNING ? mornings[day] : row == ROW_EXERCISE_PAIN ? "3"
                         : row == ROW_NEXT_MORNING ? "2" : "30";

      gtk_editable_set_text (GTK_EDITABLE (cell), text);
      g_signal_emit_by_name (cell, "activate");
      ui_test_settle ();
      g_assert_cmpstr (physio_diary_grid_get_message (grid), ==, "");
      g_assert_true (++typed < 100);
    }
  g_assert_cmpuint (typed, ==, 5 + 4 + 4 * 7);
}

static gboolean
review_shows (Fixture        *fixture,
              gint64          prescription_id,
              PhysioDecision  decision)
{
  GtkWidget *page = _physio_programme_window_get_page (fixture->window, "review");
  GObject *list = gtk_widget_get_template_child (page, PHYSIO_TYPE_REVIEW_PAGE, "list_box");

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (list)); child != NULL;
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

/* A patient with nothing recorded sees what to do, not empty axes. */
static void
test_empty (Fixture       *fixture,
            gconstpointer  data)
{
  PhysioProgressPage *page = progress_page (fixture);
  const PhysioProgressData *progress = physio_progress_page_get_data (page);

  g_assert_true (physio_progress_data_is_empty (progress));
  g_assert_true (shows_empty_state (fixture));
  /* The intake measures are due. */
  g_assert_cmpuint (progress->due->len, >, 0);
  if (g_getenv ("PHYSIO_TEST_SCREENSHOTS") != NULL)
    {
      g_autofree char *path = g_build_filename (g_getenv ("PHYSIO_TEST_SCREENSHOTS"),
                                                "progress-empty.png", NULL);
      g_autoptr(GError) error = NULL;

      ui_test_settle_frames (3);
      g_assert_true (physio_screenshot_save (GTK_WIDGET (fixture->window), path, &error));
    }
}

/* A week typed on the Diary page by keyboard shows on the Progress page: the adherence bar,
 * the pain chart's points, the activity minutes; and the review proposes from it. */
static void
test_diary_feeds_charts (Fixture       *fixture,
                         gconstpointer  data)
{
  PhysioProgressPage *page = progress_page (fixture);
  const PhysioProgressData *progress = physio_progress_page_get_data (page);
  PhysioDiaryGrid *grid;
  PhysioChartView *pain;
  const PhysioChartWeek *week;

  g_assert_cmpuint (progress->adherence.n_weeks, ==, 2);
  g_assert_true (progress->adherence.weeks[0].missing);
  g_assert_cmpuint (progress->pain.n_morning, ==, 0);

  grid = PHYSIO_DIARY_GRID (show_page (fixture, "diary"));
  type_week_one (fixture, grid);

  page = progress_page (fixture);
  WAIT_FOR (!shows_empty_state (fixture));
  progress = physio_progress_page_get_data (page);
  week = &progress->adherence.weeks[0];
  g_assert_false (week->missing);
  g_assert_cmpuint (week->prescribed, ==, 5 + 4);
  g_assert_cmpuint (week->done, ==, 5 + 4);
  g_assert_cmpfloat (progress->activity.weeks[0].minutes, ==, 7 * 30);
  g_assert_cmpfloat (progress->activity.target_minutes, ==, 150);
  g_assert_cmpuint (progress->pain.n_morning, ==, 7);
  g_assert_cmpuint (progress->pain.n_session, ==, 7);
  g_assert_cmpfloat (progress->pain.morning[3].value, ==, 2);

  /* The pain chart drew the typed mornings as points a keyboard can reach. */
  pain = physio_progress_page_get_chart (page, "pain");
  g_assert_nonnull (pain);
  WAIT_FOR (physio_chart_view_get_n_points (pain) >= 7);
  gtk_widget_activate_action (GTK_WIDGET (pain), "chart.first-point", NULL);
  g_assert_nonnull (strstr (physio_chart_view_get_focused_text (pain), "of 10"));

  /* The review proposes from the same week. */
  show_page (fixture, "review");
  WAIT_FOR (review_shows (fixture, physio_prescription_get_id (fixture->walk),
                          PHYSIO_DECISION_PROGRESS));
}

static PhysioOutcomeDialog *
open_dialog (Fixture          *fixture,
             PhysioInstrument  instrument)
{
  PhysioProgressPage *page = progress_page (fixture);
  PhysioOutcomeDialog *dialog;

  physio_progress_page_score (page, instrument, PHYSIO_RECALL_NONE);
  WAIT_FOR (ui_test_find_toplevel (PHYSIO_TYPE_OUTCOME_DIALOG) != NULL);
  dialog = ui_test_find_toplevel (PHYSIO_TYPE_OUTCOME_DIALOG);
  ui_test_wait_for_mapped (GTK_WIDGET (dialog));
  return dialog;
}

static gboolean
answer_active (GtkWidget *button)
{
  if (GTK_IS_CHECK_BUTTON (button))
    return gtk_check_button_get_active (GTK_CHECK_BUTTON (button));
  return gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (button));
}

static void
press_answer (PhysioOutcomeDialog *dialog,
              guint                item,
              guint                level)
{
  GtkWidget *items = physio_outcome_dialog_get_items (dialog);
  GtkWidget *button = physio_outcome_items_get_button (PHYSIO_OUTCOME_ITEMS (items), item, level);

  gboolean before;

  g_assert_nonnull (button);
  before = answer_active (button);
  gtk_widget_activate (button);
  /* A button pressed by keyboard clicks when its short press animation ends. */
  WAIT_FOR (answer_active (button) != before);
  ui_test_settle ();
}

/* The ODI: the total shows as the answers are given, two ticks in a section are flagged, and
 * saving stores the form, so the ODI is no longer due and the chart has its baseline. */
static void
test_score_odi (Fixture       *fixture,
                gconstpointer  data)
{
  PhysioOutcomeDialog *dialog = open_dialog (fixture, PHYSIO_INSTRUMENT_ODI);
  PhysioProgressPage *page;
  const PhysioProgressData *progress;
  g_autoptr(GArray) forms = NULL;
  g_autoptr(GError) error = NULL;

  /* No copyrighted statement: numbered answers only. */
  g_assert_cmpstr (gtk_check_button_get_label (GTK_CHECK_BUTTON (
                     physio_outcome_items_get_button (
                       PHYSIO_OUTCOME_ITEMS (physio_outcome_dialog_get_items (dialog)), 0, 0)))
                   , ==, "1");
  for (guint section = 0; section < PHYSIO_ODI_SECTIONS; section++)
    press_answer (dialog, section, 2);
  /* 20 of 50 points: 40 %. */
  g_assert_nonnull (strstr (physio_outcome_dialog_get_result (dialog), "Total 40 of 100"));
  press_answer (dialog, 0, 3);
  /* Two ticks in a section score the higher and say so. */
  g_assert_nonnull (strstr (physio_outcome_dialog_get_result (dialog), "Total 42 of 100"));
  if (g_getenv ("PHYSIO_TEST_SCREENSHOTS") != NULL)
    {
      g_autofree char *path = g_build_filename (g_getenv ("PHYSIO_TEST_SCREENSHOTS"),
                                                "outcome-odi.png", NULL);

      ui_test_settle_frames (3);
      g_assert_true (physio_screenshot_save (GTK_WIDGET (dialog), path, &error));
    }
  g_assert_true (physio_outcome_dialog_save (dialog));
  gtk_window_destroy (GTK_WINDOW (dialog));
  ui_test_settle ();

  forms = physio_database_list_outcomes (fixture->database,
                                         physio_patient_get_id (fixture->patient), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (forms->len, ==, 1);
  g_assert_cmpint (g_array_index (forms, PhysioOutcomeForm, 0).items[0], ==,
                   PHYSIO_ODI_TICK (2) | PHYSIO_ODI_TICK (3));

  page = progress_page (fixture);
  progress = physio_progress_page_get_data (page);
  g_assert_cmpuint (progress->disability.n_scores, ==, 1);
  for (guint i = 0; i < progress->due->len; i++)
    g_assert_cmpint (g_array_index (progress->due, PhysioOutcomeDue, i).instrument, !=,
                     PHYSIO_INSTRUMENT_ODI);
  g_assert_nonnull (physio_progress_page_get_chart (page, "disability"));
}

/* NPRS needs its recall period before it can be stored; the dialog says so and keeps it open. */
static void
test_score_nprs (Fixture       *fixture,
                 gconstpointer  data)
{
  PhysioOutcomeDialog *dialog = open_dialog (fixture, PHYSIO_INSTRUMENT_NPRS);

  press_answer (dialog, 0, 6);
  g_assert_false (physio_outcome_dialog_save (dialog));
  physio_outcome_dialog_set_recall (dialog, PHYSIO_RECALL_AVERAGE_24H);
  g_assert_nonnull (strstr (physio_outcome_dialog_get_result (dialog), "Total 6 of 10"));
  g_assert_true (physio_outcome_dialog_save (dialog));
}

/* PSFS: the patient's own activities, each rated, the mean as the total; STarT Back: every
 * item agreed and the bothersome item "extremely" is the high-risk group. */
static void
test_score_psfs_and_sbst (Fixture       *fixture,
                          gconstpointer  data)
{
  PhysioOutcomeDialog *dialog = open_dialog (fixture, PHYSIO_INSTRUMENT_PSFS);
  PhysioOutcomeItems *items = PHYSIO_OUTCOME_ITEMS (physio_outcome_dialog_get_items (dialog));
  g_autoptr(GArray) forms = NULL;
  g_autoptr(GError) error = NULL;
  const PhysioOutcomeForm *psfs, *sbst;

  gtk_editable_set_text (GTK_EDITABLE (physio_outcome_items_get_activity (items, 0)),
                         "Gardening");
  press_answer (dialog, 0, 4);
  gtk_editable_set_text (GTK_EDITABLE (physio_outcome_items_get_activity (items, 1)),
                         "Walking the dog");
  press_answer (dialog, 1, 7);
  g_assert_nonnull (strstr (physio_outcome_dialog_get_result (dialog), "Total 5.5 of 10"));
  g_assert_true (physio_outcome_dialog_save (dialog));
  gtk_window_destroy (GTK_WINDOW (dialog));
  ui_test_settle ();

  dialog = open_dialog (fixture, PHYSIO_INSTRUMENT_SBST);
  for (guint item = 0; item < PHYSIO_SBST_ITEMS - 1; item++)
    press_answer (dialog, item, PHYSIO_SBST_AGREE);
  press_answer (dialog, PHYSIO_SBST_BOTHERSOME, 4);
  g_assert_nonnull (strstr (physio_outcome_dialog_get_result (dialog), "Total 9 of 9"));
  g_assert_nonnull (strstr (physio_outcome_dialog_get_result (dialog),
                            physio_sbst_risk_label (PHYSIO_SBST_RISK_HIGH)));
  g_assert_true (physio_outcome_dialog_save (dialog));

  forms = physio_database_list_outcomes (fixture->database,
                                         physio_patient_get_id (fixture->patient), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (forms->len, ==, 2);
  psfs = &g_array_index (forms, PhysioOutcomeForm, 0);
  sbst = &g_array_index (forms, PhysioOutcomeForm, 1);
  g_assert_cmpuint (psfs->n_items, ==, 2);
  g_assert_cmpstr (psfs->activities[1], ==, "Walking the dog");
  g_assert_cmpint (psfs->items[1], ==, 7);
  g_assert_cmpint (sbst->items[PHYSIO_SBST_BOTHERSOME], ==, 4);
}

static gboolean
shows_label (GtkWidget  *widget,
             const char *text)
{
  if (GTK_IS_LABEL (widget) && strstr (gtk_label_get_label (GTK_LABEL (widget)), text) != NULL)
    return TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (shows_label (child, text))
      return TRUE;
  return FALSE;
}

/* The RMDQ shows item numbers only, until the clinic's licensed wording is in the store. */
static void
test_licensed_wording (Fixture       *fixture,
                       gconstpointer  data)
{
  PhysioOutcomeDialog *dialog = open_dialog (fixture, PHYSIO_INSTRUMENT_RMDQ);
  g_autoptr(GHashTable) wording = NULL;
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GError) error = NULL;

  g_assert_true (shows_label (physio_outcome_dialog_get_items (dialog), "Item 24"));
  g_assert_false (shows_label (physio_outcome_dialog_get_items (dialog), "Licensed line"));
  gtk_window_destroy (GTK_WINDOW (dialog));
  ui_test_settle ();

  for (guint i = 1; i <= PHYSIO_RMDQ_ITEMS; i++)
    g_string_append_printf (text, "%u. Licensed line %u\n", i, i);
  wording = physio_outcome_wording_parse (PHYSIO_INSTRUMENT_RMDQ, text->str, &error);
  g_assert_no_error (error);
  physio_database_set_licensed_wording (fixture->database, PHYSIO_INSTRUMENT_RMDQ, wording,
                                        &error);
  g_assert_no_error (error);

  dialog = open_dialog (fixture, PHYSIO_INSTRUMENT_RMDQ);
  g_assert_true (shows_label (physio_outcome_dialog_get_items (dialog), "Licensed line 24"));
}

static gboolean
has_title (PhysioPatientOutcomes *outcomes,
           const char            *prefix)
{
  g_autoptr(GPtrArray) titles = physio_patient_outcomes_get_titles (outcomes);

  for (guint i = 0; i < titles->len; i++)
    if (g_str_has_prefix (g_ptr_array_index (titles, i), prefix))
      return TRUE;
  return FALSE;
}

/* The patient page says "ODI due" for the active programme; its Score button opens the form,
 * and once saved the page shows the total instead. */
static void
test_patient_page_due (Fixture       *fixture,
                       gconstpointer  data)
{
  GtkWidget *window = gtk_window_new ();
  PhysioPatientPage *page = physio_patient_page_new (fixture->database);
  PhysioPatientOutcomes *outcomes;
  PhysioOutcomeDialog *dialog;

  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (page));
  gtk_window_set_default_size (GTK_WINDOW (window), 800, 900);
  physio_patient_page_set_patient (page, fixture->patient);
  gtk_window_present (GTK_WINDOW (window));
  ui_test_wait_for_mapped (GTK_WIDGET (page));
  outcomes = PHYSIO_PATIENT_OUTCOMES (gtk_widget_get_template_child (GTK_WIDGET (page),
                                                                     PHYSIO_TYPE_PATIENT_PAGE,
                                                                     "outcomes_group"));
  WAIT_FOR (has_title (outcomes, "ODI due"));
  g_assert_false (has_title (outcomes, "ODI 40"));

  gtk_widget_activate (physio_patient_outcomes_get_score_button (outcomes,
                                                                 PHYSIO_INSTRUMENT_ODI));
  WAIT_FOR (ui_test_find_toplevel (PHYSIO_TYPE_OUTCOME_DIALOG) != NULL);
  dialog = ui_test_find_toplevel (PHYSIO_TYPE_OUTCOME_DIALOG);
  for (guint section = 0; section < PHYSIO_ODI_SECTIONS; section++)
    press_answer (dialog, section, 2);
  g_assert_true (physio_outcome_dialog_save (dialog));
  gtk_window_destroy (GTK_WINDOW (dialog));

  WAIT_FOR (has_title (outcomes, "ODI 40"));
  g_assert_false (has_title (outcomes, "ODI due"));
  gtk_window_destroy (GTK_WINDOW (window));
  ui_test_settle ();
}

/* A month of follow-up, written through the store as the Diary page and the dialog would. */
static void
add_month (Fixture *fixture)
{
  static const int mornings[] = { 6, 6, 5, 6, 5, 5, 5,  5, 4, 5, 4, 4, -1, -1,
                                  4, 3, 4, 3, 3, 3, 3,  3, 2, 3, 2, 2, 2, 2,  2, 2 };
  gint64 patient_id = physio_patient_get_id (fixture->patient);
  g_autoptr(GError) error = NULL;

  for (guint day = 0; day < G_N_ELEMENTS (mornings); day++)
    {
      PhysioDiaryEntry entry = { .morning_pain = mornings[day] };
      GDate date = fixture->start;
      GDateWeekday weekday;
      guint week = day / 7;

      g_date_add_days (&date, day);
      weekday = g_date_get_weekday (&date);
      entry.date = date;
      entry.has_exercise_pain = mornings[day] >= 0;
      entry.exercise_pain = MIN (mornings[day] + 1, 10);
      entry.has_activity_minutes = mornings[day] >= 0;
      entry.activity_minutes = 12 + 5 * week + (day % 3) * 4;
      physio_database_save_diary_entry (fixture->database, patient_id, &entry, &error);
      g_assert_no_error (error);

      if (mornings[day] < 0)
        continue;
      if (physio_prescription_get_days (fixture->walk) & (1 << (weekday - G_DATE_MONDAY)))
        {
          PhysioSessionLog log = { .date = date, .pain_during_max = -1, .rpe = -1 };

          log.completed_fraction = day == 3 || day == 9 ? 0 : 1;
          log.achieved = (15 + 2 * week) * 60;
          physio_database_replace_session_logs (fixture->database,
                                                physio_prescription_get_id (fixture->walk), &date,
                                                &log, 1, &error);
          g_assert_no_error (error);
        }
      if (physio_prescription_get_days (fixture->bridge) & (1 << (weekday - G_DATE_MONDAY)))
        {
          PhysioSessionLog log = { .date = date, .pain_during_max = -1, .rpe = -1 };

          log.completed_fraction = day == 2 ? 0.5 : 1;
          physio_database_replace_session_logs (fixture->database,
                                                physio_prescription_get_id (fixture->bridge),
                                                &date, &log, 1, &error);
          g_assert_no_error (error);
        }
    }
}

static void
add_change (Fixture            *fixture,
            PhysioPrescription *prescription,
            guint               week,
            guint               extra_sets,
            guint               extra_reps,
            guint               extra_minutes,
            gboolean            by_clinician)
{
  g_autoptr(GError) error = NULL;
  PhysioDoseChange change;

  physio_dose_change_init (&change);
  change.prescription_id = physio_prescription_get_id (prescription);
  change.effective_date = fixture->start;
  g_date_add_days (&change.effective_date, (week - 1) * 7);
  physio_dose_copy_into (&change.old_dose, physio_prescription_get_dose_for_week (prescription,
                                                                                 week - 1));
  physio_dose_copy_into (&change.new_dose, &change.old_dose);
  change.new_dose.sets += extra_sets;
  change.new_dose.reps += extra_reps;
  change.new_dose.duration_s += extra_minutes * 60;
  change.decision = change.proposed = PHYSIO_DECISION_PROGRESS;
  change.by_clinician = by_clinician;
  change.outcome = g_strdup (by_clinician ? "edited" : "accepted");
  physio_database_add_dose_change (fixture->database, &change, &error);
  g_assert_no_error (error);
  physio_dose_change_clear (&change);
}

static void
add_form (Fixture          *fixture,
          PhysioInstrument  instrument,
          guint             day,
          const int        *items,
          guint             n_items,
          const char      **activities)
{
  g_autoptr(GError) error = NULL;
  PhysioOutcomeForm form;

  physio_outcome_form_init (&form, instrument);
  form.patient_id = physio_patient_get_id (fixture->patient);
  form.date = fixture->start;
  g_date_add_days (&form.date, day);
  if (instrument == PHYSIO_INSTRUMENT_NPRS)
    form.recall = PHYSIO_RECALL_AVERAGE_24H;
  for (guint i = 0; i < n_items; i++)
    {
      if (activities != NULL)
        physio_outcome_form_add_activity (&form, activities[i], items[i]);
      else
        form.items[i] = instrument == PHYSIO_INSTRUMENT_ODI ? PHYSIO_ODI_TICK (items[i]) : items[i];
    }
  physio_database_save_outcome (fixture->database, &form, &error);
  g_assert_no_error (error);
  physio_outcome_form_clear (&form);
}

/* Saves the Progress page with a month of data when PHYSIO_TEST_SCREENSHOTS names a folder. */
static void
test_screenshot (Fixture       *fixture,
                 gconstpointer  data)
{
  static const int odi_intake[] = { 3, 2, 3, 2, 2, 3, 1, 2, 1, 2 };
  static const int odi_week4[] = { 2, 1, 2, 1, 1, 2, 1, 1, 1, 1 };
  static const char *activities[] = { "Sitting through a film", "Lifting my grandson",
                                      "Gardening" };
  static const int psfs_intake[] = { 3, 2, 4 };
  static const int psfs_week4[] = { 6, 5, 6 };
  static const int nprs_intake[] = { 6 };
  static const int nprs_week4[] = { 3 };
  const char *folder = g_getenv ("PHYSIO_TEST_SCREENSHOTS");
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  PhysioProgressPage *page;

  if (folder == NULL || *folder == '\0')
    {
      g_test_skip ("PHYSIO_TEST_SCREENSHOTS is not set");
      return;
    }
  add_month (fixture);
  add_change (fixture, fixture->bridge, 2, 0, 2, 0, FALSE);
  add_change (fixture, fixture->bridge, 4, 1, 2, 0, TRUE);
  add_change (fixture, fixture->walk, 3, 0, 0, 2, FALSE);
  add_form (fixture, PHYSIO_INSTRUMENT_ODI, 0, odi_intake, 10, NULL);
  add_form (fixture, PHYSIO_INSTRUMENT_ODI, 28, odi_week4, 10, NULL);
  add_form (fixture, PHYSIO_INSTRUMENT_PSFS, 0, psfs_intake, 3, activities);
  add_form (fixture, PHYSIO_INSTRUMENT_PSFS, 28, psfs_week4, 3, activities);
  add_form (fixture, PHYSIO_INSTRUMENT_NPRS, 0, nprs_intake, 1, NULL);
  add_form (fixture, PHYSIO_INSTRUMENT_NPRS, 28, nprs_week4, 1, NULL);

  /* Tall enough for every chart (run under a screen as tall: tests/bench/README.md). */
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1240, 1320);
  page = progress_page (fixture);
  g_assert_false (physio_progress_data_is_empty (physio_progress_page_get_data (page)));
  /* No chart holds the focus: no point is ringed. */
  gtk_widget_grab_focus (gtk_widget_get_last_child (gtk_widget_get_first_child (GTK_WIDGET (page))));
  ui_test_settle_frames (5);
  path = g_build_filename (folder, "charts.png", NULL);
  g_assert_true (physio_screenshot_save (GTK_WIDGET (fixture->window), path, &error));
  g_assert_no_error (error);
}

int
main (int argc, char **argv)
{
  if (!ui_test_init (&argc, &argv))
    return 0;

  g_test_add ("/progress/empty", Fixture, GUINT_TO_POINTER (2), fixture_set_up, test_empty,
              fixture_tear_down);
  g_test_add ("/progress/diary-feeds-charts", Fixture, GUINT_TO_POINTER (10), fixture_set_up,
              test_diary_feeds_charts, fixture_tear_down);
  g_test_add ("/progress/score-odi", Fixture, GUINT_TO_POINTER (2), fixture_set_up,
              test_score_odi, fixture_tear_down);
  g_test_add ("/progress/score-nprs", Fixture, GUINT_TO_POINTER (2), fixture_set_up,
              test_score_nprs, fixture_tear_down);
  g_test_add ("/progress/score-psfs-and-sbst", Fixture, GUINT_TO_POINTER (2), fixture_set_up,
              test_score_psfs_and_sbst, fixture_tear_down);
  g_test_add ("/progress/licensed-wording", Fixture, GUINT_TO_POINTER (2), fixture_set_up,
              test_licensed_wording, fixture_tear_down);
  g_test_add ("/progress/patient-page-due", Fixture, GUINT_TO_POINTER (2), fixture_set_up,
              test_patient_page_due, fixture_tear_down);
  g_test_add ("/progress/screenshot", Fixture, GUINT_TO_POINTER (30), fixture_set_up,
              test_screenshot, fixture_tear_down);
  return g_test_run ();
}
