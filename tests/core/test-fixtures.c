/* test-fixtures.c: library exercises and dates shared by the programme tests
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "test-fixtures.h"

static const char * const no_strings[] = { NULL };

static PhysioExercise *
make (const char         *id,
      const char         *name,
      const char         *category,
      PhysioDosageKind    kind,
      PhysioLaterality    side,
      const PhysioDose   *dose,
      PhysioDoseLimits   *limits,
      const char * const *equipment)
{
  PhysioExercise *exercise = physio_exercise_new ();

  physio_exercise_set_id (exercise, id);
  physio_exercise_set_name (exercise, name);
  physio_exercise_set_category (exercise, category);
  physio_exercise_set_position (exercise, "standing");
  physio_exercise_set_dosage_kind (exercise, kind);
  physio_exercise_set_laterality (exercise, side);
  physio_exercise_set_source (exercise, PHYSIO_EXERCISE_BUILTIN);
  physio_exercise_set_equipment (exercise, equipment != NULL ? equipment : no_strings);
  physio_exercise_set_default_dose (exercise, dose);
  physio_exercise_set_dose_limits (exercise, limits);

  return exercise;
}

PhysioExercise *
fixture_walk (void)
{
  static const char * const harder[] = { "AER-02", NULL };
  PhysioDose dose = { .duration_s = 600, .sessions_per_day = 1, .days_per_week = 5,
                      .rest_s = -1 };
  PhysioDoseLimits limits = { 0 };
  PhysioExercise *exercise;

  limits.min[PHYSIO_DOSE_FIELD_DURATION] = 5 * 60;
  limits.max[PHYSIO_DOSE_FIELD_DURATION] = 60 * 60;
  limits.max[PHYSIO_DOSE_FIELD_DAYS_PER_WEEK] = 7;
  exercise = make ("AER-01", "Easy walk", "aerobic", PHYSIO_DOSAGE_DURATION,
                   PHYSIO_LATERALITY_BILATERAL, &dose, &limits, NULL);
  physio_exercise_set_progression_ids (exercise, harder);
  return exercise;
}

PhysioExercise *
fixture_bridge (void)
{
  static const char * const harder[] = { "COR-11", NULL };
  PhysioDose dose = { .sets = 2, .reps = 10, .rest_s = 60, .sessions_per_day = 1,
                      .days_per_week = 3 };
  PhysioDoseLimits limits = { 0 };
  PhysioExercise *exercise;

  limits.min[PHYSIO_DOSE_FIELD_REPS] = 8;
  limits.max[PHYSIO_DOSE_FIELD_REPS] = 15;
  limits.min[PHYSIO_DOSE_FIELD_SETS] = 1;
  limits.max[PHYSIO_DOSE_FIELD_SETS] = 3;
  exercise = make ("COR-10", "Bridge", "core_stability", PHYSIO_DOSAGE_REPS,
                   PHYSIO_LATERALITY_BILATERAL, &dose, &limits, NULL);
  physio_exercise_set_progression_ids (exercise, harder);
  return exercise;
}

PhysioExercise *
fixture_bridge_march (void)
{
  static const char * const easier[] = { "COR-10", NULL };
  PhysioDose dose = { .sets = 2, .reps = 6, .rest_s = 60, .sessions_per_day = 1,
                      .days_per_week = 3 };
  PhysioDoseLimits limits = { 0 };
  PhysioExercise *exercise;

  limits.min[PHYSIO_DOSE_FIELD_REPS] = 6;
  limits.max[PHYSIO_DOSE_FIELD_REPS] = 12;
  limits.max[PHYSIO_DOSE_FIELD_SETS] = 3;
  exercise = make ("COR-11", "Bridge march", "core_stability", PHYSIO_DOSAGE_REPS,
                   PHYSIO_LATERALITY_EACH_SIDE, &dose, &limits, NULL);
  physio_exercise_set_regression_ids (exercise, easier);
  return exercise;
}

PhysioExercise *
fixture_curl_up (void)
{
  PhysioDose dose = { .sets = 1, .reps = 5, .hold_s = 6, .sessions_per_day = 1,
                      .days_per_week = 3, .rest_s = -1 };
  PhysioDoseLimits limits = { 0 };

  limits.min[PHYSIO_DOSE_FIELD_HOLD] = 6;
  limits.max[PHYSIO_DOSE_FIELD_HOLD] = 10;
  limits.max[PHYSIO_DOSE_FIELD_REPS] = 8;
  return make ("COR-05", "Curl-up", "core_stability", PHYSIO_DOSAGE_HOLD,
               PHYSIO_LATERALITY_BILATERAL, &dose, &limits, NULL);
}

PhysioExercise *
fixture_deadlift (void)
{
  static const char * const cautions[] = { "osteoporosis_loaded_flexion", "bp_valsalva", NULL };
  static const char * const equipment[] = { "dumbbell", NULL };
  PhysioDose dose = { .sets = 2, .reps = 10, .rest_s = 90, .sessions_per_day = 1,
                      .days_per_week = 2, .load_kind = PHYSIO_LOAD_KG, .load_kg = 2,
                      .load_text = (char *) "2–4 kg per hand" };
  PhysioDoseLimits limits = { 0 };
  PhysioExercise *exercise;

  limits.min[PHYSIO_DOSE_FIELD_REPS] = 8;
  limits.max[PHYSIO_DOSE_FIELD_REPS] = 12;
  exercise = make ("HIN-03", "Romanian deadlift", "hinge_lifting", PHYSIO_DOSAGE_REPS,
                   PHYSIO_LATERALITY_BILATERAL, &dose, &limits, equipment);
  physio_exercise_set_caution_codes (exercise, cautions);
  return exercise;
}

PhysioExercise *
fixture_carry (void)
{
  static const char * const equipment[] = { "dumbbell", NULL };
  PhysioDose dose = { .sets = 3, .distance_m = 20, .rest_s = 60, .sessions_per_day = 1,
                      .days_per_week = 2 };
  PhysioDoseLimits limits = { 0 };

  limits.min[PHYSIO_DOSE_FIELD_DISTANCE] = 10;
  limits.max[PHYSIO_DOSE_FIELD_DISTANCE] = 50;
  limits.min[PHYSIO_DOSE_FIELD_SETS] = 2;
  limits.max[PHYSIO_DOSE_FIELD_SETS] = 4;
  return make ("HIN-08", "Suitcase carry", "hinge_lifting", PHYSIO_DOSAGE_DISTANCE,
               PHYSIO_LATERALITY_EACH_SIDE, &dose, &limits, equipment);
}

PhysioExercise *
fixture_pool_lengths (void)
{
  static const char * const equipment[] = { "pool", NULL };
  PhysioDose dose = { .sets = 1, .distance_m = 100, .rest_s = 60, .sessions_per_day = 1,
                      .days_per_week = 2 };
  PhysioDoseLimits limits = { 0 };

  limits.min[PHYSIO_DOSE_FIELD_DISTANCE] = 50;
  limits.max[PHYSIO_DOSE_FIELD_DISTANCE] = 1500;
  return make ("AQU-04", "Pool lengths", "aquatic", PHYSIO_DOSAGE_DISTANCE,
               PHYSIO_LATERALITY_BILATERAL, &dose, &limits, equipment);
}

PhysioExercise *
fixture_steps (void)
{
  PhysioDose dose = { .steps_above_baseline = 500, .days_per_week = 7, .rest_s = -1 };
  PhysioDoseLimits limits = { 0 };

  limits.min[PHYSIO_DOSE_FIELD_STEPS] = 1000;
  limits.max[PHYSIO_DOSE_FIELD_STEPS] = 12000;
  return make ("AER-04", "Daily steps", "aerobic", PHYSIO_DOSAGE_STEPS,
               PHYSIO_LATERALITY_BILATERAL, &dose, &limits, NULL);
}

PhysioExercise *
fixture_log_roll (void)
{
  PhysioDose dose = { .sets = 1, .reps = 3, .sessions_per_day = 1, .days_per_week = 7,
                      .rest_s = -1 };
  PhysioDoseLimits limits = { 0 };

  limits.min[PHYSIO_DOSE_FIELD_REPS] = 1;
  limits.max[PHYSIO_DOSE_FIELD_REPS] = 5;
  return make ("FUN-01", "Log roll", "functional_adl", PHYSIO_DOSAGE_PRACTICE,
               PHYSIO_LATERALITY_BILATERAL, &dose, &limits, NULL);
}

PhysioExercise *
fixture_lookup (const char *id,
                gpointer    user_data)
{
  static const struct
  {
    const char       *id;
    PhysioExercise *(*make) (void);
  } fixtures[] = {
    { "AER-01", fixture_walk },
    { "COR-10", fixture_bridge },
    { "COR-11", fixture_bridge_march },
    { "COR-05", fixture_curl_up },
    { "HIN-03", fixture_deadlift },
    { "HIN-08", fixture_carry },
    { "AQU-04", fixture_pool_lengths },
    { "AER-04", fixture_steps },
    { "FUN-01", fixture_log_roll },
  };

  for (guint i = 0; i < G_N_ELEMENTS (fixtures); i++)
    {
      if (g_strcmp0 (fixtures[i].id, id) == 0)
        return fixtures[i].make ();
    }

  return NULL;
}

GDate
fixture_date (int days)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 2, G_DATE_MARCH, 2026);
  if (days > 0)
    g_date_add_days (&date, days);
  else if (days < 0)
    g_date_subtract_days (&date, -days);

  return date;
}

PhysioPrescription *
fixture_prescribe (PhysioProgramme  *programme,
                   PhysioExercise *(*new_exercise) (void),
                   gint64            id)
{
  g_autoptr(PhysioExercise) exercise = new_exercise ();
  g_autoptr(PhysioPrescription) prescription = physio_prescription_new (exercise);

  physio_prescription_set_id (prescription, id);
  physio_prescription_set_weeks (prescription, 1, physio_programme_get_weeks (programme));
  physio_programme_add_prescription (programme, prescription);
  return prescription;
}
