/* test-programme-check.c: what blocks issuing a programme and what the builder warns about
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include "physio-ladder.h"
#include "physio-programme-check.h"
#include "physio-vocabulary.h"
#include "test-fixtures.h"

/* A programme that can be issued: start date, 4 weeks, walking and bridges. */
static PhysioProgramme *
make_programme (void)
{
  PhysioProgramme *programme = physio_programme_new ();
  GDate start = fixture_date (0);

  physio_programme_set_start_date (programme, &start);
  physio_programme_set_weeks (programme, 4);
  fixture_prescribe (programme, fixture_walk, 0);
  fixture_prescribe (programme, fixture_bridge, 0);
  return programme;
}

static PhysioPatient *
make_screened_patient (void)
{
  PhysioPatient *patient = physio_patient_new ();
  GDate screened = fixture_date (-1);

  physio_patient_set_name (patient, "Ada Example");
  physio_patient_record_screen (patient, "J. Physio", &screened, NULL, NULL);
  return patient;
}

static GPtrArray *
run_checks (PhysioProgramme *programme,
            PhysioPatient   *patient)
{
  GDate today = fixture_date (0);

  return physio_programme_check (programme, patient, &today);
}

static const PhysioCheck *
find_check (GPtrArray       *checks,
            PhysioCheckCode  code)
{
  for (guint i = 0; i < checks->len; i++)
    {
      const PhysioCheck *check = checks->pdata[i];

      if (check->code == code)
        return check;
    }

  return NULL;
}

static guint
count_checks (GPtrArray       *checks,
              PhysioCheckCode  code)
{
  guint count = 0;

  for (guint i = 0; i < checks->len; i++)
    {
      if (((const PhysioCheck *) checks->pdata[i])->code == code)
        count++;
    }

  return count;
}

static void
test_clean_programme (void)
{
  g_autoptr(PhysioProgramme) programme = make_programme ();
  g_autoptr(PhysioPatient) patient = make_screened_patient ();
  g_autoptr(GPtrArray) checks = run_checks (programme, patient);

  for (guint i = 0; i < checks->len; i++)
    g_test_message ("unexpected check: %s", ((PhysioCheck *) checks->pdata[i])->message);
  g_assert_cmpuint (checks->len, ==, 0);
  g_assert_false (physio_checks_have_errors (checks));
}

static void
test_no_exercises (void)
{
  g_autoptr(PhysioProgramme) programme = physio_programme_new ();
  g_autoptr(GPtrArray) checks = run_checks (programme, NULL);
  const PhysioCheck *check;

  check = find_check (checks, PHYSIO_CHECK_NO_EXERCISES);
  g_assert_nonnull (check);
  g_assert_cmpint (check->severity, ==, PHYSIO_CHECK_ERROR);
  g_assert_cmpint (check->position, ==, -1);
  g_assert_nonnull (find_check (checks, PHYSIO_CHECK_NO_START_DATE));
  g_assert_true (physio_checks_have_errors (checks));

  /* Removed prescriptions are history, not part of the plan. */
  g_clear_pointer (&checks, g_ptr_array_unref);
  physio_prescription_set_removed (fixture_prescribe (programme, fixture_walk, 0), TRUE);
  checks = run_checks (programme, NULL);
  g_assert_nonnull (find_check (checks, PHYSIO_CHECK_NO_EXERCISES));
}

static void
test_no_days (void)
{
  g_autoptr(PhysioProgramme) programme = make_programme ();
  g_autoptr(GPtrArray) checks = NULL;
  const PhysioCheck *check;

  physio_prescription_set_days (physio_programme_get_prescription (programme, 1), 0);
  checks = run_checks (programme, NULL);
  check = find_check (checks, PHYSIO_CHECK_NO_DAYS);
  g_assert_nonnull (check);
  g_assert_cmpint (check->severity, ==, PHYSIO_CHECK_ERROR);
  g_assert_cmpint (check->position, ==, 1);
  g_assert_nonnull (strstr (check->message, "Bridge"));
}

static void
test_dose_out_of_range (void)
{
  g_autoptr(PhysioProgramme) programme = make_programme ();
  g_autoptr(GPtrArray) checks = NULL;
  PhysioPrescription *bridge = physio_programme_get_prescription (programme, 1);
  PhysioDose dose = PHYSIO_DOSE_INIT;
  const PhysioCheck *check;

  physio_dose_copy_into (&dose, physio_prescription_get_planned (bridge, 2));
  dose.reps = 20;
  physio_prescription_set_planned (bridge, 2, &dose);
  checks = run_checks (programme, NULL);

  g_assert_cmpuint (count_checks (checks, PHYSIO_CHECK_DOSE_OUT_OF_RANGE), ==, 1);
  check = find_check (checks, PHYSIO_CHECK_DOSE_OUT_OF_RANGE);
  g_assert_cmpint (check->severity, ==, PHYSIO_CHECK_ERROR);
  g_assert_cmpint (check->position, ==, 1);
  /* The week names the cell of the ladder, and the message says what to type. */
  g_assert_cmpuint (check->week, ==, 3);
  g_assert_cmpstr (check->message, ==, "Bridge, week 3: Reps must be between 8 and 15.");

  /* A current dose out of range (an edit after a review) is reported on its own. */
  g_clear_pointer (&checks, g_ptr_array_unref);
  physio_prescription_set_current_dose (bridge, &dose);
  checks = run_checks (programme, NULL);
  g_assert_cmpuint (count_checks (checks, PHYSIO_CHECK_DOSE_OUT_OF_RANGE), ==, 2);
  physio_dose_clear (&dose);
}

static void
test_weeks_out_of_range (void)
{
  g_autoptr(PhysioProgramme) programme = make_programme ();
  g_autoptr(GPtrArray) checks = NULL;
  const PhysioCheck *check;

  physio_prescription_set_weeks (physio_programme_get_prescription (programme, 0), 3, 6);
  checks = run_checks (programme, NULL);
  check = find_check (checks, PHYSIO_CHECK_WEEKS_OUT_OF_RANGE);
  g_assert_nonnull (check);
  g_assert_cmpint (check->severity, ==, PHYSIO_CHECK_ERROR);
  g_assert_cmpint (check->position, ==, 0);
  g_assert_nonnull (strstr (check->message, "Easy walk"));
}

/* Brief 2.5: printing is blocked until the red-flag screen is recorded. */
static void
test_no_screen_blocks_issuing (void)
{
  g_autoptr(PhysioProgramme) programme = make_programme ();
  g_autoptr(PhysioPatient) patient = physio_patient_new ();
  g_autoptr(GPtrArray) checks = NULL;
  const PhysioCheck *check;
  GDate today = fixture_date (0);
  GDate tomorrow = fixture_date (1);

  checks = run_checks (programme, patient);
  check = find_check (checks, PHYSIO_CHECK_NO_RED_FLAG_SCREEN);
  g_assert_nonnull (check);
  g_assert_cmpint (check->severity, ==, PHYSIO_CHECK_ERROR);
  g_assert_true (physio_checks_have_errors (checks));

  /* A screen that found nothing is a screen. */
  g_clear_pointer (&checks, g_ptr_array_unref);
  physio_patient_record_screen (patient, "J. Physio", &today, NULL, NULL);
  checks = run_checks (programme, patient);
  g_assert_null (find_check (checks, PHYSIO_CHECK_NO_RED_FLAG_SCREEN));
  g_assert_false (physio_checks_have_errors (checks));

  /* One dated tomorrow was typed wrong. */
  g_clear_pointer (&checks, g_ptr_array_unref);
  physio_patient_record_screen (patient, "J. Physio", &tomorrow, NULL, NULL);
  checks = run_checks (programme, patient);
  g_assert_nonnull (find_check (checks, PHYSIO_CHECK_NO_RED_FLAG_SCREEN));

  /* Without a patient (a draft for a template) the screen is not asked for. */
  g_clear_pointer (&checks, g_ptr_array_unref);
  checks = run_checks (programme, NULL);
  g_assert_null (find_check (checks, PHYSIO_CHECK_NO_RED_FLAG_SCREEN));
}

static void
test_caution_osteoporosis (void)
{
  g_autoptr(PhysioProgramme) programme = make_programme ();
  g_autoptr(PhysioPatient) patient = make_screened_patient ();
  g_autoptr(GPtrArray) checks = NULL;
  static const char * const osteoporosis[] = { "osteoporosis", NULL };
  const PhysioCheck *check;

  fixture_prescribe (programme, fixture_deadlift, 0);
  checks = run_checks (programme, patient);
  g_assert_null (find_check (checks, PHYSIO_CHECK_CAUTION));

  g_clear_pointer (&checks, g_ptr_array_unref);
  physio_patient_set_conditions (patient, osteoporosis);
  checks = run_checks (programme, patient);
  check = find_check (checks, PHYSIO_CHECK_CAUTION);
  g_assert_nonnull (check);
  g_assert_cmpint (check->severity, ==, PHYSIO_CHECK_WARNING);
  g_assert_cmpint (check->position, ==, 2);
  g_assert_cmpstr (check->message, ==, "Romanian deadlift: Loaded bending forward: check it "
                                       "suits someone with osteoporosis.");
  /* A warning: the clinician may still issue it. */
  g_assert_false (physio_checks_have_errors (checks));
  g_assert_cmpuint (count_checks (checks, PHYSIO_CHECK_CAUTION), ==, 1);
}

static void
test_matching_cautions (void)
{
  g_autoptr(PhysioPatient) patient = physio_patient_new ();
  g_autoptr(PhysioExercise) deadlift = fixture_deadlift ();
  g_autoptr(PhysioExercise) walk = fixture_walk ();
  g_autoptr(GPtrArray) matches = NULL;
  static const char * const conditions[] = { "high_blood_pressure", "osteoporosis", NULL };
  static const char * const radicular[] = { "radicular_symptoms", NULL };
  PhysioCautionMatch *match;

  physio_patient_set_conditions (patient, conditions);
  matches = physio_patient_matching_cautions (patient, deadlift);
  /* In the exercise's order. */
  g_assert_cmpuint (matches->len, ==, 2);
  match = matches->pdata[0];
  g_assert_cmpstr (match->caution, ==, "osteoporosis_loaded_flexion");
  g_assert_cmpstr (match->condition, ==, "osteoporosis");
  match = matches->pdata[1];
  g_assert_cmpstr (match->caution, ==, "bp_valsalva");
  g_assert_nonnull (strstr (match->message, "breathe out"));
  g_clear_pointer (&matches, g_ptr_array_unref);

  /* The radicular flag is a field of the patient, not a condition. */
  physio_exercise_set_caution_codes (walk, radicular);
  matches = physio_patient_matching_cautions (patient, walk);
  g_assert_cmpuint (matches->len, ==, 0);
  g_clear_pointer (&matches, g_ptr_array_unref);
  physio_patient_set_radicular (patient, TRUE);
  matches = physio_patient_matching_cautions (patient, walk);
  g_assert_cmpuint (matches->len, ==, 1);
  g_assert_cmpstr (((PhysioCautionMatch *) matches->pdata[0])->condition, ==, "radicular");

  g_assert_cmpstr (physio_caution_condition ("pool_wounds_continence_cardiac"), ==,
                   "wounds_continence_heart");
  g_assert_cmpstr (physio_caution_condition ("hip_arthroplasty_precautions"), ==,
                   "hip_replacement");
  g_assert_null (physio_caution_condition ("unknown"));
}

/* Every caution of the library has a condition to match. */
static void
test_every_caution_has_condition (void)
{
  const PhysioVocabEntry *cautions;
  guint n;

  cautions = physio_vocab_entries (PHYSIO_VOCAB_CAUTION, &n);
  for (guint i = 0; i < n; i++)
    {
      const char *condition = physio_caution_condition (cautions[i].code);

      g_assert_nonnull (condition);
      g_assert_true (g_str_equal (condition, "radicular") ||
                     physio_vocab_is_valid (PHYSIO_VOCAB_CONDITION, condition));
    }
}

static void
test_too_many_exercises (void)
{
  g_autoptr(PhysioProgramme) programme = make_programme ();
  g_autoptr(GPtrArray) checks = NULL;
  PhysioPrescription *a, *b;
  const PhysioCheck *check;

  /* Six is fine. */
  fixture_prescribe (programme, fixture_curl_up, 0);
  fixture_prescribe (programme, fixture_carry, 0);
  fixture_prescribe (programme, fixture_log_roll, 0);
  a = fixture_prescribe (programme, fixture_bridge_march, 0);
  checks = run_checks (programme, NULL);
  g_assert_null (find_check (checks, PHYSIO_CHECK_TOO_MANY_EXERCISES));

  /* Seven in week 2 is not. */
  g_clear_pointer (&checks, g_ptr_array_unref);
  b = fixture_prescribe (programme, fixture_steps, 0);
  physio_prescription_set_weeks (b, 2, 4);
  checks = run_checks (programme, NULL);
  check = find_check (checks, PHYSIO_CHECK_TOO_MANY_EXERCISES);
  g_assert_nonnull (check);
  g_assert_cmpint (check->severity, ==, PHYSIO_CHECK_WARNING);
  g_assert_cmpuint (check->week, ==, 2);
  g_assert_nonnull (strstr (check->message, "7 exercises"));
  g_assert_false (physio_checks_have_errors (checks));

  /* A "pick one" group is one exercise. */
  g_clear_pointer (&checks, g_ptr_array_unref);
  physio_prescription_set_slot_group (a, "comfort");
  physio_prescription_set_slot_group (b, "comfort");
  checks = run_checks (programme, NULL);
  g_assert_null (find_check (checks, PHYSIO_CHECK_TOO_MANY_EXERCISES));
  check = find_check (checks, PHYSIO_CHECK_SLOT_UNCHOSEN);
  g_assert_nonnull (check);
  g_assert_cmpuint (check->week, ==, 2);
  g_assert_cmpint (check->position, ==, 5);
  g_assert_nonnull (strstr (check->message, "Bridge march, Daily steps"));
}

static void
test_slot_options_in_different_weeks (void)
{
  g_autoptr(PhysioProgramme) programme = make_programme ();
  g_autoptr(GPtrArray) checks = NULL;
  PhysioPrescription *first = physio_programme_get_prescription (programme, 1);
  PhysioPrescription *second = fixture_prescribe (programme, fixture_bridge_march, 0);

  /* Template A: MOB-08 in week 1 then MOB-09 in week 2 are one choice over time. */
  physio_prescription_set_weeks (first, 1, 2);
  physio_prescription_set_weeks (second, 3, 4);
  physio_prescription_set_slot_group (first, "comfort");
  physio_prescription_set_slot_group (second, "comfort");
  checks = run_checks (programme, NULL);
  g_assert_null (find_check (checks, PHYSIO_CHECK_SLOT_UNCHOSEN));
}

static void
test_session_minutes (void)
{
  PhysioDose reps = { .sets = 2, .reps = 10, .rest_s = -1 };
  PhysioDose reps_rest = { .sets = 3, .reps = 10, .rest_s = 60 };
  PhysioDose single = { .sets = 1, .reps = 15, .rest_s = -1 };
  PhysioDose hold = { .sets = 1, .reps = 5, .hold_s = 10, .rest_s = -1 };
  PhysioDose hold_sets = { .sets = 2, .reps = 5, .hold_s = 10, .rest_s = 60 };
  PhysioDose pyramid = { .hold_s = 10, .rest_s = -1 };
  PhysioDose walk = { .duration_s = 25 * 60, .rest_s = -1 };
  PhysioDose carry = { .sets = 3, .distance_m = 20, .rest_s = 60 };
  PhysioDose steps = { .steps_per_day = 8000, .rest_s = -1 };
  PhysioDose practice = { .reps = 3, .rest_s = -1 };

  g_assert_true (physio_dose_parse_pattern (&pyramid, "6-4-2"));

  /* 20 reps × 4 s + 30 s between the two sets. */
  g_assert_cmpfloat_with_epsilon (physio_dose_session_minutes (PHYSIO_DOSAGE_REPS, &reps),
                                  (20 * 4 + 30) / 60.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (physio_dose_session_minutes (PHYSIO_DOSAGE_REPS, &reps_rest),
                                  (30 * 4 + 2 * 60) / 60.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (physio_dose_session_minutes (PHYSIO_DOSAGE_REPS, &single),
                                  1.0, 1e-9);
  /* Each hold plus 3 s to get in and out of it. */
  g_assert_cmpfloat_with_epsilon (physio_dose_session_minutes (PHYSIO_DOSAGE_HOLD, &hold),
                                  5 * 13 / 60.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (physio_dose_session_minutes (PHYSIO_DOSAGE_HOLD, &hold_sets),
                                  (10 * 13 + 60) / 60.0, 1e-9);
  /* 6-4-2: twelve holds in three sets, two default rests. */
  g_assert_cmpfloat_with_epsilon (physio_dose_session_minutes (PHYSIO_DOSAGE_HOLD, &pyramid),
                                  (12 * 13 + 2 * 30) / 60.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (physio_dose_session_minutes (PHYSIO_DOSAGE_DURATION, &walk),
                                  25.0, 1e-9);
  /* 60 m at 0.8 m/s, and two rests. */
  g_assert_cmpfloat_with_epsilon (physio_dose_session_minutes (PHYSIO_DOSAGE_DISTANCE, &carry),
                                  (60 / 0.8 + 120) / 60.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (physio_dose_session_minutes (PHYSIO_DOSAGE_STEPS, &steps),
                                  0.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (physio_dose_session_minutes (PHYSIO_DOSAGE_PRACTICE,
                                                               &practice), 1.0, 1e-9);
}

static void
test_programme_minutes (void)
{
  g_autoptr(PhysioProgramme) programme = make_programme ();
  PhysioPrescription *walk = physio_programme_get_prescription (programme, 0);
  PhysioPrescription *march = fixture_prescribe (programme, fixture_bridge_march, 0);
  double per_session = 0, per_day = 0;
  PhysioDose dose = PHYSIO_DOSE_INIT;

  /* Walk 10′ twice a day Mon–Fri; bridge 2×10 with 60 s rest (140 s) Mon, Wed, Fri; bridge
   * march 2×6 each side with 60 s rest (2 × 108 s) Mon and Thu. Monday is the busiest day. */
  physio_dose_copy_into (&dose, physio_prescription_get_planned (walk, 0));
  dose.sessions_per_day = 2;
  physio_prescription_set_planned (walk, 0, &dose);
  physio_prescription_set_days (march, PHYSIO_DAY_MONDAY | PHYSIO_DAY_THURSDAY);

  physio_programme_estimate_minutes (programme, 1, &per_session, &per_day);
  g_assert_cmpfloat_with_epsilon (per_session, 10 + 140 / 60.0 + 2 * 108 / 60.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (per_day, 20 + 140 / 60.0 + 2 * 108 / 60.0, 1e-9);

  /* Week 2 plans one session a day: the week's own dose counts. */
  physio_programme_estimate_minutes (programme, 2, &per_session, &per_day);
  g_assert_cmpfloat_with_epsilon (per_day, 10 + 140 / 60.0 + 2 * 108 / 60.0, 1e-9);

  /* Nothing planned in week 9. */
  physio_programme_estimate_minutes (programme, 9, &per_session, &per_day);
  g_assert_cmpfloat (per_session, ==, 0);
  g_assert_cmpfloat (per_day, ==, 0);

  /* Bridge and march as a "pick one" pair: the patient does one, the longer counts. */
  physio_prescription_set_slot_group (physio_programme_get_prescription (programme, 1), "bridge");
  physio_prescription_set_slot_group (march, "bridge");
  physio_programme_estimate_minutes (programme, 1, &per_session, &per_day);
  g_assert_cmpfloat_with_epsilon (per_session, 10 + 2 * 108 / 60.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (per_day, 20 + 2 * 108 / 60.0, 1e-9);
  physio_dose_clear (&dose);
}

static void
test_long_session (void)
{
  g_autoptr(PhysioProgramme) programme = make_programme ();
  g_autoptr(GPtrArray) checks = NULL;
  PhysioPrescription *walk = physio_programme_get_prescription (programme, 0);
  PhysioDose dose = PHYSIO_DOSE_INIT;
  const PhysioCheck *check;

  /* 40′ of walking and the bridges (2′20″) is under 45 minutes. */
  physio_dose_copy_into (&dose, physio_prescription_get_planned (walk, 2));
  dose.duration_s = 40 * 60;
  physio_prescription_set_planned (walk, 2, &dose);
  checks = run_checks (programme, NULL);
  g_assert_null (find_check (checks, PHYSIO_CHECK_LONG_SESSION));

  g_clear_pointer (&checks, g_ptr_array_unref);
  dose.duration_s = 45 * 60;
  physio_prescription_set_planned (walk, 2, &dose);
  checks = run_checks (programme, NULL);
  check = find_check (checks, PHYSIO_CHECK_LONG_SESSION);
  g_assert_nonnull (check);
  g_assert_cmpint (check->severity, ==, PHYSIO_CHECK_WARNING);
  g_assert_cmpuint (check->week, ==, 3);
  g_assert_nonnull (strstr (check->message, "about 47 minutes"));
  physio_dose_clear (&dose);
}

static void
test_volume_jump (void)
{
  g_autoptr(PhysioProgramme) programme = make_programme ();
  g_autoptr(GPtrArray) checks = NULL;
  PhysioPrescription *bridge = physio_programme_get_prescription (programme, 1);
  PhysioDose dose = PHYSIO_DOSE_INIT;
  const PhysioCheck *check;

  /* 2×10 in week 1, 3×10 in week 2: +50%. */
  physio_dose_copy_into (&dose, physio_prescription_get_planned (bridge, 1));
  dose.sets = 3;
  physio_prescription_set_planned (bridge, 1, &dose);
  physio_prescription_set_planned (bridge, 2, &dose);
  physio_prescription_set_planned (bridge, 3, &dose);
  checks = run_checks (programme, NULL);

  g_assert_cmpuint (count_checks (checks, PHYSIO_CHECK_VOLUME_JUMP), ==, 1);
  check = find_check (checks, PHYSIO_CHECK_VOLUME_JUMP);
  g_assert_cmpint (check->severity, ==, PHYSIO_CHECK_WARNING);
  g_assert_cmpint (check->position, ==, 1);
  g_assert_cmpuint (check->week, ==, 2);
  g_assert_nonnull (strstr (check->message, "50%"));
  physio_dose_clear (&dose);
}

static void
test_suspended (void)
{
  g_autoptr(PhysioProgramme) programme = make_programme ();
  g_autoptr(GPtrArray) checks = NULL;
  const PhysioCheck *check;

  physio_programme_set_status (programme, PHYSIO_PROGRAMME_SUSPENDED);
  checks = run_checks (programme, NULL);
  check = find_check (checks, PHYSIO_CHECK_SUSPENDED);
  g_assert_nonnull (check);
  g_assert_cmpint (check->severity, ==, PHYSIO_CHECK_WARNING);
  g_assert_cmpint (check->position, ==, -1);
}

static void
test_order (void)
{
  g_autoptr(PhysioProgramme) programme = make_programme ();
  g_autoptr(PhysioPatient) patient = physio_patient_new ();
  g_autoptr(GPtrArray) checks = NULL;
  static const char * const osteoporosis[] = { "osteoporosis", NULL };
  PhysioPrescription *deadlift;
  PhysioDose dose = PHYSIO_DOSE_INIT;

  physio_patient_set_conditions (patient, osteoporosis);
  deadlift = fixture_prescribe (programme, fixture_deadlift, 0);
  physio_dose_copy_into (&dose, physio_prescription_get_planned (deadlift, 3));
  dose.reps = 30;
  physio_prescription_set_planned (deadlift, 3, &dose);
  physio_prescription_set_days (physio_programme_get_prescription (programme, 0), 0);
  physio_programme_set_status (programme, PHYSIO_PROGRAMME_SUSPENDED);
  checks = run_checks (programme, patient);

  /* Errors first, the whole programme before single prescriptions, each part in order. */
  for (guint i = 1; i < checks->len; i++)
    {
      const PhysioCheck *before = checks->pdata[i - 1];
      const PhysioCheck *after = checks->pdata[i];

      g_assert_cmpint (before->severity, >=, after->severity);
      if (before->severity == after->severity)
        g_assert_cmpint (before->position, <=, after->position);
    }
  g_assert_cmpint (((PhysioCheck *) checks->pdata[0])->code, ==, PHYSIO_CHECK_NO_RED_FLAG_SCREEN);
  g_assert_nonnull (find_check (checks, PHYSIO_CHECK_NO_DAYS));
  g_assert_nonnull (find_check (checks, PHYSIO_CHECK_DOSE_OUT_OF_RANGE));
  g_assert_nonnull (find_check (checks, PHYSIO_CHECK_CAUTION));
  g_assert_nonnull (find_check (checks, PHYSIO_CHECK_SUSPENDED));
  physio_dose_clear (&dose);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/check/clean", test_clean_programme);
  g_test_add_func ("/check/no-exercises", test_no_exercises);
  g_test_add_func ("/check/no-days", test_no_days);
  g_test_add_func ("/check/dose-out-of-range", test_dose_out_of_range);
  g_test_add_func ("/check/weeks-out-of-range", test_weeks_out_of_range);
  g_test_add_func ("/check/no-screen-blocks-issuing", test_no_screen_blocks_issuing);
  g_test_add_func ("/check/caution/osteoporosis", test_caution_osteoporosis);
  g_test_add_func ("/check/caution/matching", test_matching_cautions);
  g_test_add_func ("/check/caution/every-code", test_every_caution_has_condition);
  g_test_add_func ("/check/too-many-exercises", test_too_many_exercises);
  g_test_add_func ("/check/slot-options-in-different-weeks", test_slot_options_in_different_weeks);
  g_test_add_func ("/check/minutes/session", test_session_minutes);
  g_test_add_func ("/check/minutes/programme", test_programme_minutes);
  g_test_add_func ("/check/long-session", test_long_session);
  g_test_add_func ("/check/volume-jump", test_volume_jump);
  g_test_add_func ("/check/suspended", test_suspended);
  g_test_add_func ("/check/order", test_order);

  return g_test_run ();
}
