/* test-walking.c: every aerobic item of the built-in library at its cap (brief 4.4)
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The built-in library goes into a database and comes back out, and each aerobic or aquatic
 * exercise is prescribed with its bout already at the longest its limits allow. Week after
 * week, with every session done and calm, the weekly review proposes and the proposal is
 * accepted, until it stops. Everyday walking must build to 7 days; every other bout stops at 5
 * (or at the exercise's own lower days limit). Every dose the engine proposes on the way must
 * pass the validator with the exercise's limits.
 */

#include <string.h>

#include "physio-database.h"
#include "physio-review.h"
#include "store-test-util.h"

/* Walking as the library marks it (tools/convert-library.py WALKING_IDS). */
static const char * const walking_ids[] = { "AER-01", "AER-02", "AER-04", NULL };

static PhysioDatabase *
open_builtin (char **dir)
{
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  PhysioDatabase *database;
  guint changed = 0;

  *dir = store_test_make_dir ();
  path = g_build_filename (*dir, "physioplan.db", NULL);
  database = physio_database_open (path, &error);
  g_assert_no_error (error);
  physio_database_load_builtin_library (database, NULL, &changed, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (changed, >, 0);
  return database;
}

static GPtrArray *
aerobic_exercises (PhysioDatabase *database)
{
  const char *categories[] = { "aerobic", "aquatic", NULL };
  PhysioExerciseQuery query = { .categories = (char **) categories };
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) handles = physio_database_search (database, &query, &error);
  GPtrArray *exercises;

  g_assert_no_error (error);
  exercises = physio_database_load_exercises (database, (const gint64 *) handles->data,
                                              handles->len, &error);
  g_assert_no_error (error);
  return exercises;
}

/* A calm week of every prescribed session done in full, for the prescription's current dose. */
static GArray *
calm_week (const PhysioDose *dose,
           const GDate      *start)
{
  GArray *logs = g_array_new (FALSE, TRUE, sizeof (PhysioSessionLog));
  guint days = MAX (dose->days_per_week, 1);
  guint per_day = MAX (dose->sessions_per_day, 1);

  for (guint day = 0; day < days; day++)
    for (guint session = 0; session < per_day; session++)
      {
        PhysioSessionLog log = { .completed_fraction = 1.0, .pain_during_max = 2, .rpe = 3 };

        log.date = *start;
        g_date_add_days (&log.date, day);
        g_array_append_val (logs, log);
      }

  return logs;
}

/* Runs the review until it stops proposing PROGRESS; returns the last days per week. */
static guint
review_until_stopped (PhysioExercise *exercise,
                      const GDate    *start)
{
  const PhysioDoseLimits *limits = physio_exercise_get_dose_limits (exercise);
  PhysioDosageKind kind = physio_exercise_get_dosage_kind (exercise);
  g_autoptr(PhysioProgramme) programme = physio_programme_new ();
  g_autoptr(PhysioPrescription) prescription = physio_prescription_new (exercise);
  g_auto(PhysioDose) dose = PHYSIO_DOSE_INIT;
  PhysioDiaryEntry diary[15];
  PhysioDoseField field = PHYSIO_DOSE_FIELD_NONE;
  guint min, max;

  physio_programme_set_start_date (programme, start);
  physio_programme_set_weeks (programme, 12);
  physio_programme_set_status (programme, PHYSIO_PROGRAMME_ACTIVE);
  physio_prescription_set_id (prescription, 1);
  physio_prescription_set_weeks (prescription, 1, 12);
  physio_programme_add_prescription (programme, prescription);

  /* The bout (or the primary variable) already at the top of its limits. */
  physio_dose_copy_into (&dose, physio_exercise_get_default_dose (exercise));
  if (kind == PHYSIO_DOSAGE_DURATION)
    field = PHYSIO_DOSE_FIELD_DURATION;
  else if (kind == PHYSIO_DOSAGE_DISTANCE)
    field = PHYSIO_DOSE_FIELD_DISTANCE;
  else if (kind == PHYSIO_DOSAGE_STEPS)
    field = PHYSIO_DOSE_FIELD_STEPS;   /* an absolute target: "usual + 500" has no top */
  if (field != PHYSIO_DOSE_FIELD_NONE)
    {
      physio_dose_limits_get (limits, field, &min, &max);
      physio_dose_set_field (&dose, field, max);
    }
  physio_prescription_set_current_dose (prescription, &dose);
  /* No planned weeks ahead: the increments of brief 4.4 apply from here. */
  physio_prescription_set_ladder (prescription, &dose, 1);
  physio_prescription_set_ladder_step (prescription, 0);

  for (int day = -7; day <= 7; day++)
    {
      diary[day + 7] = (PhysioDiaryEntry) { .morning_pain = 2 };
      diary[day + 7].date = *start;
      if (day < 0)
        g_date_subtract_days (&diary[day + 7].date, -day);
      else
        g_date_add_days (&diary[day + 7].date, day);
    }

  for (guint round = 0; round < 20; round++)
    {
      const PhysioDose *current = physio_prescription_get_current_dose (prescription);
      g_autoptr(GArray) logs = calm_week (current, start);
      PhysioReviewInput input = {
        prescription, (const PhysioSessionLog *) logs->data, logs->len, NULL, 0,
      };
      g_autoptr(GArray) items = physio_review_propose (programme, &input, 1, diary,
                                                       G_N_ELEMENTS (diary), start, NULL, 0);
      PhysioReviewItem *item;
      PhysioDoseChange change;
      g_autoptr(GError) error = NULL;

      g_assert_cmpuint (items->len, ==, 1);
      item = &g_array_index (items, PhysioReviewItem, 0);
      if (item->proposal.decision != PHYSIO_DECISION_PROGRESS)
        return current->days_per_week;

      if (!physio_dose_validate (&item->proposal.dose, kind, limits, NULL, &error))
        g_error ("%s: the engine proposed a dose the validator refuses: %s",
                 physio_exercise_get_id (exercise), error->message);

      physio_review_accept (programme, prescription, &item->proposal, NULL, NULL, "test",
                            start, &change);
      physio_dose_change_clear (&change);
    }

  g_error ("%s: the review never stopped progressing", physio_exercise_get_id (exercise));
  return 0;
}

static void
test_aerobic_items_at_cap (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(PhysioDatabase) database = open_builtin (&dir);
  g_autoptr(GPtrArray) exercises = aerobic_exercises (database);
  GDate start = store_test_date (2, G_DATE_MARCH, 2026);
  guint n_walking = 0;

  g_assert_cmpuint (exercises->len, >=, 11);
  for (guint i = 0; i < exercises->len; i++)
    {
      PhysioExercise *exercise = g_ptr_array_index (exercises, i);
      const char *id = physio_exercise_get_id (exercise);
      const PhysioDose *start_dose = physio_exercise_get_default_dose (exercise);
      gboolean walking = g_strv_contains (walking_ids, id);
      guint days_min, days_max, days, expected;

      g_test_message ("%s", id);
      g_assert_cmpint (physio_exercise_get_walking (exercise), ==, walking);
      n_walking += walking;

      days = review_until_stopped (exercise, &start);
      physio_dose_limits_get (physio_exercise_get_dose_limits (exercise),
                              PHYSIO_DOSE_FIELD_DAYS_PER_WEEK, &days_min, &days_max);

      /* Only bouts of time add days; distances add sets and steps rise per day. */
      if (physio_exercise_get_dosage_kind (exercise) == PHYSIO_DOSAGE_DURATION)
        expected = MAX (MIN (walking ? 7 : 5, days_max), start_dose->days_per_week);
      else
        expected = start_dose->days_per_week;

      if (days != expected)
        g_error ("%s at its cap: %u days per week, expected %u", id, days, expected);
    }

  g_assert_cmpuint (n_walking, ==, g_strv_length ((char **) walking_ids));
  g_clear_object (&database);
  store_test_remove_dir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/walking/aerobic-items-at-cap", test_aerobic_items_at_cap);

  return g_test_run ();
}
