/* test-review.c: the weekly review page on a real database, with logs and a diary
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <adwaita.h>

#include "physio-clinician.h"
#include "physio-review-header.h"
#include "physio-review-page.h"
#include "physio-review-row.h"
#include "physio-screenshot.h"
#include "ui-test-util.h"

#define WALK_ID   "AER-01"
#define BRIDGE_ID "COR-10"
/* The programme started ten days ago: week 1 is over, week 2 is under way, so the review
 * opens on week 1 and every log and diary entry of week 1 lies in the past. */
#define STARTED_DAYS_AGO 10

typedef struct
{
  char             *dir;
  PhysioDatabase   *database;
  PhysioPatient    *patient;
  PhysioProgramme  *programme;
  PhysioUndoStack  *undo_stack;
  GtkWindow        *window;
  PhysioReviewPage *page;
  GDate             start;
  gint64            walk_id;
  gint64            bridge_id;
  guint             n_applied;
} Fixture;

static void
days_from_start (Fixture *fixture,
                 guint    days,
                 GDate   *date)
{
  *date = fixture->start;
  g_date_add_days (date, days);
}

/* Walking 15 minutes a day, 5 days a week, on a ladder that adds 2 minutes a week. */
static void
plan_walk (PhysioPrescription *walk)
{
  PhysioDose ladder[6];

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
}

static void
add_log (Fixture *fixture,
         gint64   prescription_id,
         guint    day,
         guint    achieved)
{
  g_autoptr(GError) error = NULL;
  PhysioSessionLog log = {
    .completed_fraction = 1.0,
    .pain_during_max = 2,
    .rpe = -1,
    .achieved = achieved,
  };

  days_from_start (fixture, day, &log.date);
  physio_database_add_session_log (fixture->database, prescription_id, &log, NULL, &error);
  g_assert_no_error (error);
}

static void
add_diary (Fixture  *fixture,
           guint     day,
           int       morning_pain,
           gboolean  red_flag)
{
  g_autoptr(GError) error = NULL;
  PhysioDiaryEntry entry = {
    .morning_pain = morning_pain,
    .red_flag = red_flag,
  };

  days_from_start (fixture, day, &entry.date);
  physio_database_save_diary_entry (fixture->database, physio_patient_get_id (fixture->patient),
                                    &entry, &error);
  g_assert_no_error (error);
}

static void
on_decision_applied_cb (PhysioReviewPage *page,
                        Fixture          *fixture)
{
  fixture->n_applied++;
}

static void
open_page (Fixture *fixture)
{
  fixture->undo_stack = physio_undo_stack_new (fixture->database, fixture->programme);
  fixture->page = physio_review_page_new (fixture->database, fixture->undo_stack,
                                          fixture->patient, fixture->programme);
  g_signal_connect (fixture->page, "decision-applied",
                    G_CALLBACK (on_decision_applied_cb), fixture);

  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, 900, 860);
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->page));
  gtk_window_present (fixture->window);
  ui_test_wait_for_mapped (GTK_WIDGET (fixture->page));
}

/* A patient with two exercises over six weeks. With @logs, week 1 has every walk done at an
 * easy effort with settled mornings (PROGRESS) and one bridge session out of four (HOLD,
 * ADHERENCE_LOW). */
static void
fixture_build (Fixture  *fixture,
               int       started_days_ago,
               gboolean  logs)
{
  g_autoptr(GError) error = NULL;
  PhysioPrescription *walk, *bridge;
  GDate today;

  fixture->dir = ui_test_make_dir ("physio-review-XXXXXX");
  fixture->database = ui_test_open_library (fixture->dir, NULL);

  fixture->patient = ui_test_add_patient (fixture->database, "Maria Lopes");

  today = ui_test_today ();
  fixture->start = today;
  if (started_days_ago >= 0)
    g_date_subtract_days (&fixture->start, started_days_ago);
  else
    g_date_add_days (&fixture->start, -started_days_ago);

  fixture->programme = physio_programme_new ();
  physio_programme_set_patient_id (fixture->programme, physio_patient_get_id (fixture->patient));
  physio_programme_set_title (fixture->programme, "Back on track");
  physio_programme_set_start_date (fixture->programme, &fixture->start);
  physio_programme_set_weeks (fixture->programme, 6);
  physio_programme_set_status (fixture->programme, PHYSIO_PROGRAMME_ACTIVE);

  walk = ui_test_add_prescription (fixture->database, fixture->programme, WALK_ID, 5);
  plan_walk (walk);
  bridge = ui_test_add_prescription (fixture->database, fixture->programme, BRIDGE_ID, 4);
  physio_database_save_programme (fixture->database, fixture->programme, &error);
  g_assert_no_error (error);
  fixture->walk_id = physio_prescription_get_id (walk);
  fixture->bridge_id = physio_prescription_get_id (bridge);
  g_assert_cmpint (fixture->walk_id, >, 0);
  g_assert_cmpint (fixture->bridge_id, >, 0);

  if (logs)
    {
      for (guint day = 0; day < 5; day++)
        add_log (fixture, fixture->walk_id, day, 15 * 60);
      add_log (fixture, fixture->bridge_id, 1, 10);
      /* Every morning of week 1 and the one after it: 2/10, so every session settled. */
      for (guint day = 0; day <= 7; day++)
        add_diary (fixture, day, 2, FALSE);
    }

  open_page (fixture);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture_build (fixture, STARTED_DAYS_AGO, TRUE);
}

static void
fixture_set_up_no_logs (Fixture       *fixture,
                        gconstpointer  data)
{
  fixture_build (fixture, STARTED_DAYS_AGO, FALSE);
}

static void
fixture_set_up_future (Fixture       *fixture,
                       gconstpointer  data)
{
  fixture_build (fixture, -3, FALSE);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  /* Closing the window frees the page. */
  g_object_ref (fixture->page);
  gtk_window_destroy (fixture->window);
  ui_test_settle ();
  g_assert_finalize_object (fixture->page);
  g_clear_object (&fixture->undo_stack);
  g_clear_object (&fixture->programme);
  g_clear_object (&fixture->patient);
  g_clear_object (&fixture->database);

  ui_test_remove_dir (fixture->dir);
  g_free (fixture->dir);
}

/* Saves what the page looks like when PHYSIO_TEST_SCREENSHOTS names a folder, for review by
 * eye; the tests never depend on it. */
static void
maybe_screenshot (Fixture    *fixture,
                  const char *name)
{
  const char *folder = g_getenv ("PHYSIO_TEST_SCREENSHOTS");
  g_autofree char *file = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;

  if (folder == NULL || *folder == '\0')
    return;

  /* Let revealers and the list settle into their final size. */
  for (guint i = 0; i < 30; i++)
    {
      ui_test_settle ();
      g_usleep (10000);
    }

  file = g_strconcat ("review-", name, ".png", NULL);
  path = g_build_filename (folder, file, NULL);
  if (!physio_screenshot_save (GTK_WIDGET (fixture->window), path, &error))
    g_test_message ("No screenshot: %s", error->message);
}

/* Looking at the page */

static GtkWidget *page_child (Fixture    *fixture,
                              const char *name);

static GtkWidget *
page_child (Fixture    *fixture,
            const char *name)
{
  GObject *child = gtk_widget_get_template_child (GTK_WIDGET (fixture->page),
                                                  PHYSIO_TYPE_REVIEW_PAGE, name);

  /* The week, the summary and the banner are the header section's. */
  if (child == NULL)
    child = gtk_widget_get_template_child (GTK_WIDGET (page_child (fixture, "header")),
                                           PHYSIO_TYPE_REVIEW_HEADER, name);
  g_assert_true (GTK_IS_WIDGET (child));
  return GTK_WIDGET (child);
}

static GtkWidget *
row_child (PhysioReviewRow *row,
           const char      *name)
{
  GObject *child = gtk_widget_get_template_child (GTK_WIDGET (row),
                                                  PHYSIO_TYPE_REVIEW_ROW, name);

  g_assert_true (GTK_IS_WIDGET (child));
  return GTK_WIDGET (child);
}

static const char *
row_label (PhysioReviewRow *row,
           const char      *name)
{
  return gtk_label_get_label (GTK_LABEL (row_child (row, name)));
}

static guint
n_rows (Fixture *fixture)
{
  GtkWidget *list = page_child (fixture, "list_box");
  guint n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (list);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n++;

  return n;
}

static PhysioReviewRow *
find_row (Fixture *fixture,
          gint64   prescription_id)
{
  GtkWidget *list = page_child (fixture, "list_box");

  for (GtkWidget *child = gtk_widget_get_first_child (list);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      PhysioReviewRow *row = PHYSIO_REVIEW_ROW (child);

      if (physio_prescription_get_id (physio_review_row_get_prescription (row)) == prescription_id)
        return row;
    }

  g_assert_not_reached ();
}

static gboolean
row_shows_decision (PhysioReviewRow *row,
                    PhysioDecision   decision)
{
  static const char * const classes[] = {
    [PHYSIO_DECISION_STOP] = "decision-stop",
    [PHYSIO_DECISION_REGRESS] = "decision-regress",
    [PHYSIO_DECISION_HOLD] = "decision-hold",
    [PHYSIO_DECISION_PROGRESS] = "decision-progress",
    [PHYSIO_DECISION_READY] = "decision-ready",
    [PHYSIO_DECISION_SWAP] = "decision-swap",
  };
  GtkWidget *pill = row_child (row, "decision_label");

  return gtk_widget_has_css_class (pill, classes[decision]) &&
         g_strcmp0 (gtk_label_get_label (GTK_LABEL (pill)), physio_decision_label (decision)) == 0;
}

static gboolean
row_is_decided (PhysioReviewRow *row)
{
  GtkStack *footer = GTK_STACK (row_child (row, "footer_stack"));

  return physio_review_row_get_proposal (row) == NULL &&
         g_strcmp0 (gtk_stack_get_visible_child_name (footer), "decided") == 0;
}

/* As a click does; gtk_widget_activate () would only click after its visual delay. */
static void
click (GtkWidget *button)
{
  g_assert_true (gtk_widget_is_sensitive (button));
  g_assert_true (gtk_widget_get_visible (button));
  g_signal_emit_by_name (button, "clicked");
}

/* Reading the database back */

static PhysioProgramme *
load_programme (Fixture *fixture)
{
  return ui_test_load_programme (fixture->database, physio_programme_get_id (fixture->programme));
}

static const PhysioDoseChange *
last_change (GArray *changes)
{
  g_assert_cmpuint (changes->len, >, 0);
  return &g_array_index (changes, PhysioDoseChange, changes->len - 1);
}

static guint
saved_walk_minutes (Fixture *fixture,
                    guint   *ladder_step)
{
  g_autoptr(PhysioProgramme) programme = load_programme (fixture);
  PhysioPrescription *walk = physio_programme_find_prescription (programme, fixture->walk_id);

  g_assert_nonnull (walk);
  if (ladder_step != NULL)
    *ladder_step = physio_prescription_get_ladder_step (walk);
  return physio_prescription_get_current_dose (walk)->duration_s / 60;
}

/* The tests */

static void
test_lists_proposals (Fixture       *fixture,
                      gconstpointer  data)
{
  PhysioReviewRow *walk, *bridge;
  GtkWidget *flags;
  g_autofree char *expected_week = NULL;

  /* The last complete week opens: week 1. */
  g_assert_cmpint (g_date_compare (physio_review_page_get_window_start (fixture->page),
                                   &fixture->start), ==, 0);
  g_assert_true (g_str_has_prefix (gtk_label_get_label (GTK_LABEL (page_child (fixture,
                                                                                 "week_label"))),
                                   "Week 1 · "));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (page_child (fixture,
                                                                             "content_stack"))),
                   ==, "list");
  g_assert_false (gtk_revealer_get_reveal_child (GTK_REVEALER (page_child (fixture,
                                                                           "banner_revealer"))));
  g_assert_cmpuint (n_rows (fixture), ==, 2);

  /* The walk was done every time, easily: progress to the next planned week, 17 minutes. */
  walk = find_row (fixture, fixture->walk_id);
  g_assert_true (row_shows_decision (walk, PHYSIO_DECISION_PROGRESS));
  g_assert_cmpuint (physio_review_row_get_proposal (walk)->dose.duration_s, ==, 17 * 60);
  g_assert_nonnull (strstr (row_label (walk, "dose_label"), "15 min"));
  g_assert_nonnull (strstr (row_label (walk, "dose_label"), "17 min"));
  g_assert_nonnull (strstr (row_label (walk, "seen_label"), "Adherence 5/5"));

  /* One bridge session of four: hold, and talk about what got in the way. */
  bridge = find_row (fixture, fixture->bridge_id);
  g_assert_true (row_shows_decision (bridge, PHYSIO_DECISION_HOLD));
  g_assert_true (physio_review_row_get_proposal (bridge)->reasons & PHYSIO_REASON_ADHERENCE_LOW);
  g_assert_nonnull (strstr (row_label (bridge, "reasons_label"), "Fewer than half"));
  g_assert_nonnull (strstr (row_label (bridge, "seen_label"), "Adherence 1/4"));
  flags = row_child (bridge, "flags_box");
  g_assert_true (gtk_widget_get_visible (flags));
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (gtk_widget_get_first_child (flags))), ==,
                   "Discuss barriers");

  g_assert_true (gtk_widget_is_sensitive (page_child (fixture, "accept_all_button")));

  /* Week 2 is under way and can be looked at; week 3 has not begun. */
  expected_week = g_strdup ("Week 2 · ");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page),
                                             "review.next-week", NULL));
  g_assert_true (g_str_has_prefix (gtk_label_get_label (GTK_LABEL (page_child (fixture,
                                                                                 "week_label"))),
                                   expected_week));
  g_assert_false (gtk_widget_is_sensitive (page_child (fixture, "next_button")));
  g_assert_true (gtk_widget_is_sensitive (page_child (fixture, "previous_button")));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page),
                                             "review.previous-week", NULL));
  g_assert_cmpint (g_date_compare (physio_review_page_get_window_start (fixture->page),
                                   &fixture->start), ==, 0);
  maybe_screenshot (fixture, "proposals");
}

static void
test_accept_and_undo (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autofree char *clinician = physio_clinician_name (fixture->database);
  g_autoptr(GArray) changes = NULL;
  g_autoptr(GError) error = NULL;
  const PhysioDoseChange *change;
  PhysioReviewRow *walk;
  guint step = G_MAXUINT;

  walk = find_row (fixture, fixture->walk_id);
  click (row_child (walk, "accept_button"));
  g_assert_cmpuint (fixture->n_applied, ==, 1);

  /* The dose and the ladder step moved on, on disk. */
  g_assert_cmpuint (saved_walk_minutes (fixture, &step), ==, 17);
  g_assert_cmpuint (step, ==, 1);

  changes = ui_test_load_dose_changes (fixture->database, fixture->walk_id);
  g_assert_cmpuint (changes->len, ==, 1);
  change = last_change (changes);
  g_assert_cmpstr (change->outcome, ==, "accepted");
  g_assert_cmpstr (change->accepted_by, ==, clinician);
  g_assert_cmpint (change->decision, ==, PHYSIO_DECISION_PROGRESS);
  g_assert_cmpuint (change->old_dose.duration_s, ==, 15 * 60);
  g_assert_cmpuint (change->new_dose.duration_s, ==, 17 * 60);
  g_clear_pointer (&changes, g_array_unref);

  /* The row says who decided, and the other row is still open. */
  walk = find_row (fixture, fixture->walk_id);
  g_assert_true (row_is_decided (walk));
  g_assert_true (g_str_has_prefix (row_label (walk, "decided_label"), "Accepted by "));
  g_assert_nonnull (strstr (row_label (walk, "decided_label"), clinician));
  g_assert_nonnull (physio_review_row_get_proposal (find_row (fixture, fixture->bridge_id)));
  maybe_screenshot (fixture, "accepted");

  /* Undo puts the dose back and says so in the log, which only ever grows. */
  g_assert_true (physio_undo_stack_undo (fixture->undo_stack, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (saved_walk_minutes (fixture, &step), ==, 15);
  g_assert_cmpuint (step, ==, 0);
  changes = ui_test_load_dose_changes (fixture->database, fixture->walk_id);
  g_assert_cmpuint (changes->len, ==, 2);
  g_assert_cmpstr (g_array_index (changes, PhysioDoseChange, 0).outcome, ==, "accepted");
  change = last_change (changes);
  g_assert_cmpstr (change->outcome, ==, "undone");
  g_assert_cmpuint (change->new_dose.duration_s, ==, 15 * 60);
  g_clear_pointer (&changes, g_array_unref);

  /* The page follows: the proposal is open again. */
  WAIT_FOR (physio_review_row_get_proposal (find_row (fixture, fixture->walk_id)) != NULL);
  walk = find_row (fixture, fixture->walk_id);
  g_assert_true (row_shows_decision (walk, PHYSIO_DECISION_PROGRESS));
  g_assert_cmpuint (physio_review_row_get_proposal (walk)->dose.duration_s, ==, 17 * 60);

  /* Redo applies it again, logged as redone. */
  g_assert_true (physio_undo_stack_redo (fixture->undo_stack, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (saved_walk_minutes (fixture, NULL), ==, 17);
  changes = ui_test_load_dose_changes (fixture->database, fixture->walk_id);
  g_assert_cmpuint (changes->len, ==, 3);
  g_assert_cmpstr (last_change (changes)->outcome, ==, "redone");
  WAIT_FOR (row_is_decided (find_row (fixture, fixture->walk_id)));
}

static void
test_reject (Fixture       *fixture,
             gconstpointer  data)
{
  g_autofree char *clinician = physio_clinician_name (fixture->database);
  g_autoptr(GArray) changes = NULL;
  g_autoptr(PhysioProgramme) saved = NULL;
  g_autoptr(GError) error = NULL;
  PhysioPrescription *bridge;
  PhysioReviewRow *row;
  const PhysioDoseChange *change;
  const PhysioDose *dose;

  row = find_row (fixture, fixture->walk_id);
  click (row_child (row, "reject_button"));
  g_assert_cmpuint (fixture->n_applied, ==, 1);

  /* Nothing changed but the log. */
  g_assert_cmpuint (saved_walk_minutes (fixture, NULL), ==, 15);
  changes = ui_test_load_dose_changes (fixture->database, fixture->walk_id);
  g_assert_cmpuint (changes->len, ==, 1);
  change = last_change (changes);
  g_assert_cmpstr (change->outcome, ==, "rejected");
  g_assert_cmpstr (change->accepted_by, ==, clinician);
  g_assert_cmpint (change->proposed, ==, PHYSIO_DECISION_PROGRESS);
  g_assert_true (physio_dose_equal (&change->old_dose, &change->new_dose));

  row = find_row (fixture, fixture->walk_id);
  g_assert_true (row_is_decided (row));
  g_assert_true (g_str_has_prefix (row_label (row, "decided_label"), "Rejected by "));

  /* Accept all then takes the open HOLD only; the rejected walk stays as it is. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page),
                                             "review.accept-all", NULL));
  g_assert_true (row_is_decided (find_row (fixture, fixture->bridge_id)));
  g_assert_false (gtk_widget_is_sensitive (page_child (fixture, "accept_all_button")));
  g_assert_cmpuint (saved_walk_minutes (fixture, NULL), ==, 15);
  g_clear_pointer (&changes, g_array_unref);
  changes = ui_test_load_dose_changes (fixture->database, fixture->bridge_id);
  g_assert_cmpuint (changes->len, ==, 1);
  g_assert_cmpstr (last_change (changes)->outcome, ==, "accepted");
  g_assert_cmpint (last_change (changes)->decision, ==, PHYSIO_DECISION_HOLD);

  saved = load_programme (fixture);
  bridge = physio_programme_find_prescription (saved, fixture->bridge_id);
  dose = physio_prescription_get_current_dose (bridge);
  g_assert_cmpuint (dose->sets, ==, 2);
  g_assert_cmpuint (dose->reps, ==, 10);
  maybe_screenshot (fixture, "rejected");
}

static GtkWidget *
find_descendant (GtkWidget *widget,
                 GType      type)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type))
        return child;
      if ((found = find_descendant (child, type)) != NULL)
        return found;
    }

  return NULL;
}

/* The spin button of the inline editor's row titled @title. */
static GtkSpinButton *
editor_spin (PhysioReviewRow *row,
             const char      *title)
{
  GtkWidget *list = row_child (row, "editor_list");

  for (GtkWidget *child = gtk_widget_get_first_child (list);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (ADW_IS_ACTION_ROW (child) &&
          g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (child)), title) == 0)
        return GTK_SPIN_BUTTON (find_descendant (child, GTK_TYPE_SPIN_BUTTON));
    }

  g_assert_not_reached ();
}

static void
test_edit (Fixture       *fixture,
           gconstpointer  data)
{
  g_autoptr(GArray) changes = NULL;
  PhysioReviewRow *row = find_row (fixture, fixture->walk_id);
  GtkWidget *error_label = row_child (row, "editor_error");
  GtkWidget *accept = row_child (row, "editor_accept_button");
  GtkSpinButton *minutes;

  click (row_child (row, "edit_button"));
  g_assert_true (gtk_revealer_get_reveal_child (GTK_REVEALER (row_child (row,
                                                                          "editor_revealer"))));
  minutes = editor_spin (row, "Duration");
  /* Typing starts once the editor is on screen (a spin button shows its value again when it
   * is realized). */
  WAIT_FOR (gtk_widget_get_realized (GTK_WIDGET (minutes)));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (minutes)), ==, "17");
  g_assert_true (gtk_widget_is_sensitive (accept));

  /* Past the exercise's limit (30 minutes): refused at the field, in the core's words. */
  gtk_editable_set_text (GTK_EDITABLE (minutes), "40");
  g_assert_false (gtk_widget_is_sensitive (accept));
  g_assert_true (gtk_widget_get_visible (error_label));
  g_assert_nonnull (strstr (gtk_label_get_label (GTK_LABEL (error_label)), "Duration"));
  g_assert_true (gtk_widget_has_css_class (gtk_widget_get_ancestor (GTK_WIDGET (minutes),
                                                                    ADW_TYPE_ACTION_ROW),
                                           "error"));
  maybe_screenshot (fixture, "edit-refused");
  gtk_editable_set_text (GTK_EDITABLE (minutes), "abc");
  g_assert_false (gtk_widget_is_sensitive (accept));

  /* Nothing was saved meanwhile. */
  g_assert_cmpuint (saved_walk_minutes (fixture, NULL), ==, 15);
  g_assert_cmpuint (fixture->n_applied, ==, 0);

  gtk_editable_set_text (GTK_EDITABLE (minutes), "20");
  g_assert_true (gtk_widget_is_sensitive (accept));
  g_assert_false (gtk_widget_get_visible (error_label));
  click (accept);

  g_assert_cmpuint (saved_walk_minutes (fixture, NULL), ==, 20);
  changes = ui_test_load_dose_changes (fixture->database, fixture->walk_id);
  g_assert_cmpuint (changes->len, ==, 1);
  g_assert_cmpstr (last_change (changes)->outcome, ==, "edited");
  g_assert_cmpuint (last_change (changes)->new_dose.duration_s, ==, 20 * 60);

  row = find_row (fixture, fixture->walk_id);
  g_assert_true (row_is_decided (row));
  g_assert_true (g_str_has_prefix (row_label (row, "decided_label"), "Accepted with changes by "));
  g_assert_false (gtk_revealer_get_reveal_child (GTK_REVEALER (row_child (row,
                                                                           "editor_revealer"))));
}

static void
test_stop_and_resume (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(PhysioProgramme) saved = NULL;
  g_autoptr(GArray) walk_changes = NULL;
  g_autoptr(GArray) bridge_changes = NULL;
  g_autoptr(GError) error = NULL;
  GtkRevealer *banner = GTK_REVEALER (page_child (fixture, "banner_revealer"));
  PhysioReviewRow *walk, *bridge;
  const char *banner_text;

  /* A warning sign on day 3 of week 1 stops everything. */
  add_diary (fixture, 3, 3, TRUE);
  physio_review_page_refresh (fixture->page);

  walk = find_row (fixture, fixture->walk_id);
  bridge = find_row (fixture, fixture->bridge_id);
  g_assert_true (row_shows_decision (walk, PHYSIO_DECISION_STOP));
  g_assert_true (row_shows_decision (bridge, PHYSIO_DECISION_STOP));
  g_assert_false (gtk_widget_get_visible (row_child (walk, "edit_button")));
  g_assert_false (gtk_revealer_get_reveal_child (banner));
  maybe_screenshot (fixture, "stop");

  /* Accepting pauses the programme, on disk, and records the decision for every exercise. */
  click (row_child (walk, "accept_button"));
  saved = load_programme (fixture);
  g_assert_cmpint (physio_programme_get_status (saved), ==, PHYSIO_PROGRAMME_SUSPENDED);
  g_clear_object (&saved);
  walk_changes = ui_test_load_dose_changes (fixture->database, fixture->walk_id);
  bridge_changes = ui_test_load_dose_changes (fixture->database, fixture->bridge_id);
  g_assert_cmpuint (walk_changes->len, ==, 1);
  g_assert_cmpuint (bridge_changes->len, ==, 1);
  g_assert_cmpint (last_change (walk_changes)->decision, ==, PHYSIO_DECISION_STOP);
  g_assert_cmpstr (last_change (bridge_changes)->outcome, ==, "accepted");
  g_assert_cmpuint (saved_walk_minutes (fixture, NULL), ==, 15);

  /* The banner says what happened and when, calmly, with the way out. */
  g_assert_true (gtk_revealer_get_reveal_child (banner));
  banner_text = gtk_label_get_label (GTK_LABEL (page_child (fixture, "banner_label")));
  g_assert_true (g_str_has_prefix (banner_text,
                                   "Programme paused: a warning sign was reported on "));
  g_assert_nonnull (strstr (banner_text, "Check the patient before resuming."));
  g_assert_true (row_is_decided (find_row (fixture, fixture->walk_id)));
  g_assert_true (row_is_decided (find_row (fixture, fixture->bridge_id)));
  g_assert_true (gtk_widget_is_sensitive (page_child (fixture, "resume_button")));
  maybe_screenshot (fixture, "paused");

  /* Resume makes it active again, and can be undone like any change. */
  click (page_child (fixture, "resume_button"));
  saved = load_programme (fixture);
  g_assert_cmpint (physio_programme_get_status (saved), ==, PHYSIO_PROGRAMME_ACTIVE);
  g_clear_object (&saved);
  g_assert_false (gtk_revealer_get_reveal_child (banner));
  g_assert_cmpuint (fixture->n_applied, ==, 2);

  g_assert_true (physio_undo_stack_undo (fixture->undo_stack, &error));
  g_assert_no_error (error);
  WAIT_FOR (gtk_revealer_get_reveal_child (banner));
  saved = load_programme (fixture);
  g_assert_cmpint (physio_programme_get_status (saved), ==, PHYSIO_PROGRAMME_SUSPENDED);
}

static void
test_paused_locks_other_decisions (Fixture       *fixture,
                                   gconstpointer  data)
{
  PhysioReviewRow *walk;

  /* Paused by a warning sign reported in week 2: week 1's proposals wait for Resume. */
  add_diary (fixture, 8, 3, TRUE);
  physio_programme_set_status (fixture->programme, PHYSIO_PROGRAMME_SUSPENDED);
  physio_review_page_refresh (fixture->page);

  walk = find_row (fixture, fixture->walk_id);
  g_assert_true (row_shows_decision (walk, PHYSIO_DECISION_PROGRESS));
  g_assert_false (gtk_widget_is_sensitive (row_child (walk, "accept_button")));
  g_assert_false (gtk_widget_is_sensitive (page_child (fixture, "accept_all_button")));
  g_assert_true (gtk_revealer_get_reveal_child (GTK_REVEALER (page_child (fixture,
                                                                          "banner_revealer"))));
}

static void
test_no_logs (Fixture       *fixture,
              gconstpointer  data)
{
  GtkStack *content = GTK_STACK (page_child (fixture, "content_stack"));

  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (page_child (fixture,
                                                                             "page_stack"))),
                   ==, "review");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (content), ==, "no-logs");
  maybe_screenshot (fixture, "no-logs");

  /* The first session logged brings the list. */
  add_log (fixture, fixture->walk_id, 0, 15 * 60);
  physio_review_page_refresh (fixture->page);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (content), ==, "list");
  g_assert_cmpuint (n_rows (fixture), ==, 2);
}

static void
test_not_started (Fixture       *fixture,
                  gconstpointer  data)
{
  GtkStack *pages = GTK_STACK (page_child (fixture, "page_stack"));

  g_assert_cmpstr (gtk_stack_get_visible_child_name (pages), ==, "not-started");
  g_assert_false (gtk_widget_is_sensitive (page_child (fixture, "previous_button")));
  maybe_screenshot (fixture, "not-started");

  /* Moving the start back (in the builder) opens the review without a reload by hand. */
  physio_undo_stack_begin (fixture->undo_stack, "Change start date");
  g_date_subtract_days (&fixture->start, 3 + STARTED_DAYS_AGO);
  physio_programme_set_start_date (fixture->programme, &fixture->start);
  g_assert_true (physio_undo_stack_commit (fixture->undo_stack, NULL));
  WAIT_FOR (g_strcmp0 (gtk_stack_get_visible_child_name (pages), "review") == 0);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GtkCssProvider) style = NULL;

  if (!ui_test_init (&argc, &argv))
    return 0;

  /* The application's style sheet, which AdwApplication would load (the banner uses it). */
  style = gtk_css_provider_new ();
  gtk_css_provider_load_from_resource (style, RESOURCE_BASE "/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                              GTK_STYLE_PROVIDER (style),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);

  g_test_add ("/review/lists-proposals", Fixture, NULL,
              fixture_set_up, test_lists_proposals, fixture_tear_down);
  g_test_add ("/review/accept-and-undo", Fixture, NULL,
              fixture_set_up, test_accept_and_undo, fixture_tear_down);
  g_test_add ("/review/reject", Fixture, NULL,
              fixture_set_up, test_reject, fixture_tear_down);
  g_test_add ("/review/edit", Fixture, NULL,
              fixture_set_up, test_edit, fixture_tear_down);
  g_test_add ("/review/stop-and-resume", Fixture, NULL,
              fixture_set_up, test_stop_and_resume, fixture_tear_down);
  g_test_add ("/review/paused-locks-other-decisions", Fixture, NULL,
              fixture_set_up, test_paused_locks_other_decisions, fixture_tear_down);
  g_test_add ("/review/no-logs", Fixture, NULL,
              fixture_set_up_no_logs, test_no_logs, fixture_tear_down);
  g_test_add ("/review/not-started", Fixture, NULL,
              fixture_set_up_future, test_not_started, fixture_tear_down);

  return g_test_run ();
}
