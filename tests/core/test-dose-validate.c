/* test-dose-validate.c: dose checks against limits, ranges and the kind's required fields
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include "physio-dose.h"

/* A valid starting point per kind; each test breaks one thing. */
static void
fill_valid (PhysioDose       *dose,
            PhysioDosageKind  kind)
{
  physio_dose_init (dose);
  dose->sessions_per_day = 1;
  dose->days_per_week = 5;

  switch (kind)
    {
    case PHYSIO_DOSAGE_REPS:
      dose->sets = 2;
      dose->reps = 10;
      dose->rest_s = 60;
      break;
    case PHYSIO_DOSAGE_HOLD:
      dose->sets = 1;
      dose->reps = 5;
      dose->hold_s = 10;
      break;
    case PHYSIO_DOSAGE_DURATION:
      dose->duration_s = 600;
      break;
    case PHYSIO_DOSAGE_DISTANCE:
      dose->sets = 3;
      dose->distance_m = 20;
      break;
    case PHYSIO_DOSAGE_STEPS:
      dose->steps_per_day = 6000;
      break;
    case PHYSIO_DOSAGE_PRACTICE:
      dose->reps = 3;
      break;
    default:
      g_assert_not_reached ();
    }
}

static void
set_limit (PhysioDoseLimits *limits,
           PhysioDoseField   field,
           guint             min,
           guint             max)
{
  limits->min[field] = min;
  limits->max[field] = max;
}

static void
assert_invalid (const PhysioDose       *dose,
                PhysioDosageKind        kind,
                const PhysioDoseLimits *limits,
                PhysioDoseField         field,
                int                     code,
                const char             *message)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) field_error = NULL;
  PhysioDoseField bad = PHYSIO_DOSE_FIELD_NONE;

  g_assert_false (physio_dose_validate (dose, kind, limits, &bad, &error));
  g_assert_error (error, PHYSIO_DOSE_ERROR, code);
  g_assert_cmpstr (error->message, ==, message);
  g_assert_cmpint (bad, ==, field);

  /* The per-field check, as the editor runs it while typing, says the same. */
  g_assert_false (physio_dose_validate_field (dose, kind, limits, field, &field_error));
  g_assert_cmpstr (field_error->message, ==, message);
}

static void
assert_valid (const PhysioDose       *dose,
              PhysioDosageKind        kind,
              const PhysioDoseLimits *limits)
{
  g_autoptr(GError) error = NULL;
  PhysioDoseField bad = PHYSIO_DOSE_FIELD_SETS;

  g_assert_true (physio_dose_validate (dose, kind, limits, &bad, &error));
  g_assert_no_error (error);
  g_assert_cmpint (bad, ==, PHYSIO_DOSE_FIELD_NONE);
}

static void
test_valid_defaults (void)
{
  for (int kind = PHYSIO_DOSAGE_REPS; kind <= PHYSIO_DOSAGE_PRACTICE; kind++)
    {
      g_auto(PhysioDose) dose = PHYSIO_DOSE_INIT;

      fill_valid (&dose, kind);
      assert_valid (&dose, kind, NULL);
    }
}

/* Every field at both ends of its absolute range (brief 2.4), and one step outside. */
static void
test_absolute_boundaries (void)
{
  static const struct
  {
    PhysioDosageKind kind;
    PhysioDoseField  field;
    guint            min;
    guint            max;
    const char      *message;
  } rows[] = {
    { PHYSIO_DOSAGE_REPS, PHYSIO_DOSE_FIELD_SETS, 1, 10, "Sets must be between 1 and 10." },
    { PHYSIO_DOSAGE_REPS, PHYSIO_DOSE_FIELD_REPS, 1, 50, "Reps must be between 1 and 50." },
    { PHYSIO_DOSAGE_HOLD, PHYSIO_DOSE_FIELD_HOLD, 1, 300,
      "Hold must be between 1 and 300 seconds." },
    { PHYSIO_DOSAGE_DURATION, PHYSIO_DOSE_FIELD_DURATION, 30, 7200,
      "Duration must be between 30 and 7200 seconds." },
    { PHYSIO_DOSAGE_DISTANCE, PHYSIO_DOSE_FIELD_DISTANCE, 5, 5000,
      "Distance must be between 5 and 5000 metres." },
    { PHYSIO_DOSAGE_STEPS, PHYSIO_DOSE_FIELD_STEPS, 500, 30000,
      "Steps per day must be between 500 and 30000." },
    { PHYSIO_DOSAGE_REPS, PHYSIO_DOSE_FIELD_SESSIONS_PER_DAY, 1, 12,
      "Sessions per day must be between 1 and 12." },
    { PHYSIO_DOSAGE_REPS, PHYSIO_DOSE_FIELD_DAYS_PER_WEEK, 1, 7,
      "Days per week must be between 1 and 7." },
  };

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      g_auto(PhysioDose) dose = PHYSIO_DOSE_INIT;
      guint min, max;

      physio_dose_field_range (rows[i].field, &min, &max);
      g_assert_cmpuint (min, ==, rows[i].min);
      g_assert_cmpuint (max, ==, rows[i].max);

      fill_valid (&dose, rows[i].kind);

      physio_dose_set_field (&dose, rows[i].field, rows[i].min);
      assert_valid (&dose, rows[i].kind, NULL);
      physio_dose_set_field (&dose, rows[i].field, rows[i].max);
      assert_valid (&dose, rows[i].kind, NULL);

      physio_dose_set_field (&dose, rows[i].field, rows[i].max + 1);
      assert_invalid (&dose, rows[i].kind, NULL, rows[i].field,
                      PHYSIO_DOSE_ERROR_OUT_OF_RANGE, rows[i].message);

      /* Zero means "not set", which is a different message (tested below), so the low side
       * is only out of range when the minimum is above 1. */
      if (rows[i].min > 1)
        {
          physio_dose_set_field (&dose, rows[i].field, rows[i].min - 1);
          assert_invalid (&dose, rows[i].kind, NULL, rows[i].field,
                          PHYSIO_DOSE_ERROR_OUT_OF_RANGE, rows[i].message);
        }
    }
}

static void
test_rest (void)
{
  g_auto(PhysioDose) dose = PHYSIO_DOSE_INIT;
  PhysioDoseLimits limits = { 0 };

  fill_valid (&dose, PHYSIO_DOSAGE_REPS);

  /* Rest is optional, and 0 s is a real prescription. */
  dose.rest_s = -1;
  assert_valid (&dose, PHYSIO_DOSAGE_REPS, NULL);
  dose.rest_s = 0;
  assert_valid (&dose, PHYSIO_DOSAGE_REPS, NULL);
  dose.rest_s = 600;
  assert_valid (&dose, PHYSIO_DOSAGE_REPS, NULL);
  dose.rest_s = 601;
  assert_invalid (&dose, PHYSIO_DOSAGE_REPS, NULL, PHYSIO_DOSE_FIELD_REST,
                  PHYSIO_DOSE_ERROR_OUT_OF_RANGE, "Rest must be between 0 and 600 seconds.");

  /* With limits, 0 s can fall outside. */
  set_limit (&limits, PHYSIO_DOSE_FIELD_REST, 30, 90);
  dose.rest_s = 0;
  assert_invalid (&dose, PHYSIO_DOSAGE_REPS, &limits, PHYSIO_DOSE_FIELD_REST,
                  PHYSIO_DOSE_ERROR_OUT_OF_RANGE, "Rest must be between 30 and 90 seconds.");
  dose.rest_s = -1;
  assert_valid (&dose, PHYSIO_DOSAGE_REPS, &limits);
}

static void
test_load (void)
{
  g_auto(PhysioDose) dose = PHYSIO_DOSE_INIT;

  fill_valid (&dose, PHYSIO_DOSAGE_REPS);

  dose.load_kind = PHYSIO_LOAD_KG;
  dose.load_kg = 500;
  assert_valid (&dose, PHYSIO_DOSAGE_REPS, NULL);
  dose.load_kg = 500.5;
  assert_invalid (&dose, PHYSIO_DOSAGE_REPS, NULL, PHYSIO_DOSE_FIELD_LOAD,
                  PHYSIO_DOSE_ERROR_OUT_OF_RANGE, "Load must be between 0 and 500 kg.");
  dose.load_kg = -1;
  assert_invalid (&dose, PHYSIO_DOSAGE_REPS, NULL, PHYSIO_DOSE_FIELD_LOAD,
                  PHYSIO_DOSE_ERROR_OUT_OF_RANGE, "Load must be between 0 and 500 kg.");

  dose.load_kind = PHYSIO_LOAD_BAND;
  dose.band_level = PHYSIO_BAND_MEDIUM;
  assert_valid (&dose, PHYSIO_DOSAGE_REPS, NULL);
  dose.band_level = 0;
  assert_invalid (&dose, PHYSIO_DOSAGE_REPS, NULL, PHYSIO_DOSE_FIELD_LOAD,
                  PHYSIO_DOSE_ERROR_MISSING, "Load needs a band level.");

  /* A step target has no load, so a stray one is ignored rather than blocking the save. */
  fill_valid (&dose, PHYSIO_DOSAGE_STEPS);
  dose.load_kind = PHYSIO_LOAD_KG;
  dose.load_kg = 9000;
  assert_valid (&dose, PHYSIO_DOSAGE_STEPS, NULL);
}

static void
test_exercise_limits (void)
{
  g_auto(PhysioDose) dose = PHYSIO_DOSE_INIT;
  PhysioDoseLimits limits = { 0 };
  guint min, max;

  /* The messages of the brief, from the library's own limits. */
  fill_valid (&dose, PHYSIO_DOSAGE_REPS);
  set_limit (&limits, PHYSIO_DOSE_FIELD_SETS, 1, 3);
  dose.sets = 3;
  assert_valid (&dose, PHYSIO_DOSAGE_REPS, &limits);
  dose.sets = 4;
  assert_invalid (&dose, PHYSIO_DOSAGE_REPS, &limits, PHYSIO_DOSE_FIELD_SETS,
                  PHYSIO_DOSE_ERROR_OUT_OF_RANGE, "Sets must be between 1 and 3.");

  memset (&limits, 0, sizeof limits);
  fill_valid (&dose, PHYSIO_DOSAGE_HOLD);
  set_limit (&limits, PHYSIO_DOSE_FIELD_HOLD, 5, 10);
  dose.hold_s = 5;
  assert_valid (&dose, PHYSIO_DOSAGE_HOLD, &limits);
  dose.hold_s = 4;
  assert_invalid (&dose, PHYSIO_DOSAGE_HOLD, &limits, PHYSIO_DOSE_FIELD_HOLD,
                  PHYSIO_DOSE_ERROR_OUT_OF_RANGE, "Hold must be between 5 and 10 seconds.");
  dose.hold_s = 11;
  assert_invalid (&dose, PHYSIO_DOSAGE_HOLD, &limits, PHYSIO_DOSE_FIELD_HOLD,
                  PHYSIO_DOSE_ERROR_OUT_OF_RANGE, "Hold must be between 5 and 10 seconds.");

  /* Durations in whole minutes are talked about in minutes. */
  memset (&limits, 0, sizeof limits);
  fill_valid (&dose, PHYSIO_DOSAGE_DURATION);
  set_limit (&limits, PHYSIO_DOSE_FIELD_DURATION, 120, 1800);
  dose.duration_s = 1800;
  assert_valid (&dose, PHYSIO_DOSAGE_DURATION, &limits);
  dose.duration_s = 1860;
  assert_invalid (&dose, PHYSIO_DOSAGE_DURATION, &limits, PHYSIO_DOSE_FIELD_DURATION,
                  PHYSIO_DOSE_ERROR_OUT_OF_RANGE, "Duration must be between 2 and 30 minutes.");
  dose.duration_s = 90;
  assert_invalid (&dose, PHYSIO_DOSAGE_DURATION, &limits, PHYSIO_DOSE_FIELD_DURATION,
                  PHYSIO_DOSE_ERROR_OUT_OF_RANGE, "Duration must be between 2 and 30 minutes.");

  memset (&limits, 0, sizeof limits);
  fill_valid (&dose, PHYSIO_DOSAGE_STEPS);
  set_limit (&limits, PHYSIO_DOSE_FIELD_STEPS, 1000, 12000);
  dose.steps_per_day = 12001;
  assert_invalid (&dose, PHYSIO_DOSAGE_STEPS, &limits, PHYSIO_DOSE_FIELD_STEPS,
                  PHYSIO_DOSE_ERROR_OUT_OF_RANGE, "Steps per day must be between 1000 and 12000.");

  memset (&limits, 0, sizeof limits);
  fill_valid (&dose, PHYSIO_DOSAGE_REPS);
  set_limit (&limits, PHYSIO_DOSE_FIELD_DAYS_PER_WEEK, 3, 7);
  dose.days_per_week = 2;
  assert_invalid (&dose, PHYSIO_DOSAGE_REPS, &limits, PHYSIO_DOSE_FIELD_DAYS_PER_WEEK,
                  PHYSIO_DOSE_ERROR_OUT_OF_RANGE, "Days per week must be between 3 and 7.");

  /* Limits narrow the absolute range but never widen it; a field without limits (zeros)
   * falls back to the absolute range. */
  memset (&limits, 0, sizeof limits);
  set_limit (&limits, PHYSIO_DOSE_FIELD_REPS, 5, 99);
  physio_dose_limits_get (&limits, PHYSIO_DOSE_FIELD_REPS, &min, &max);
  g_assert_cmpuint (min, ==, 5);
  g_assert_cmpuint (max, ==, 50);
  physio_dose_limits_get (&limits, PHYSIO_DOSE_FIELD_SETS, &min, &max);
  g_assert_cmpuint (min, ==, 1);
  g_assert_cmpuint (max, ==, 10);
  /* A floor alone keeps the absolute ceiling. */
  set_limit (&limits, PHYSIO_DOSE_FIELD_SETS, 2, 0);
  physio_dose_limits_get (&limits, PHYSIO_DOSE_FIELD_SETS, &min, &max);
  g_assert_cmpuint (min, ==, 2);
  g_assert_cmpuint (max, ==, 10);
  /* Limits that contradict the absolute range are ignored rather than blocking every dose. */
  set_limit (&limits, PHYSIO_DOSE_FIELD_DAYS_PER_WEEK, 8, 9);
  physio_dose_limits_get (&limits, PHYSIO_DOSE_FIELD_DAYS_PER_WEEK, &min, &max);
  g_assert_cmpuint (min, ==, 1);
  g_assert_cmpuint (max, ==, 7);
  physio_dose_limits_get (NULL, PHYSIO_DOSE_FIELD_HOLD, &min, &max);
  g_assert_cmpuint (min, ==, 1);
  g_assert_cmpuint (max, ==, 300);
}

static void
test_required_fields (void)
{
  static const struct
  {
    PhysioDosageKind kind;
    PhysioDoseField  field;
    const char      *message;
  } rows[] = {
    { PHYSIO_DOSAGE_REPS, PHYSIO_DOSE_FIELD_SETS, "Sets are needed for this exercise." },
    { PHYSIO_DOSAGE_REPS, PHYSIO_DOSE_FIELD_REPS, "Reps are needed for this exercise." },
    { PHYSIO_DOSAGE_HOLD, PHYSIO_DOSE_FIELD_SETS, "Sets are needed for this exercise." },
    { PHYSIO_DOSAGE_HOLD, PHYSIO_DOSE_FIELD_REPS, "Reps are needed for this exercise." },
    { PHYSIO_DOSAGE_HOLD, PHYSIO_DOSE_FIELD_HOLD, "A hold time is needed for this exercise." },
    { PHYSIO_DOSAGE_DURATION, PHYSIO_DOSE_FIELD_DURATION,
      "A duration is needed for this exercise." },
    { PHYSIO_DOSAGE_DISTANCE, PHYSIO_DOSE_FIELD_SETS, "Sets are needed for this exercise." },
    { PHYSIO_DOSAGE_DISTANCE, PHYSIO_DOSE_FIELD_DISTANCE,
      "A distance is needed for this exercise." },
    { PHYSIO_DOSAGE_STEPS, PHYSIO_DOSE_FIELD_STEPS,
      "A daily step target is needed for this exercise." },
    { PHYSIO_DOSAGE_PRACTICE, PHYSIO_DOSE_FIELD_REPS, "Reps are needed for this exercise." },
    { PHYSIO_DOSAGE_REPS, PHYSIO_DOSE_FIELD_DAYS_PER_WEEK,
      "Days per week are needed for this exercise." },
    { PHYSIO_DOSAGE_STEPS, PHYSIO_DOSE_FIELD_DAYS_PER_WEEK,
      "Days per week are needed for this exercise." },
  };

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      g_auto(PhysioDose) dose = PHYSIO_DOSE_INIT;

      g_assert_true (physio_dose_field_required (rows[i].kind, rows[i].field));
      fill_valid (&dose, rows[i].kind);
      physio_dose_set_field (&dose, rows[i].field, 0);
      assert_invalid (&dose, rows[i].kind, NULL, rows[i].field,
                      PHYSIO_DOSE_ERROR_MISSING, rows[i].message);
    }
}

static void
test_applies_table (void)
{
  /* Brief 2.4: days and sessions for every kind. */
  for (int kind = PHYSIO_DOSAGE_REPS; kind <= PHYSIO_DOSAGE_PRACTICE; kind++)
    {
      g_assert_true (physio_dose_field_required (kind, PHYSIO_DOSE_FIELD_DAYS_PER_WEEK));
      g_assert_true (physio_dose_field_required (kind, PHYSIO_DOSE_FIELD_SESSIONS_PER_DAY));
      g_assert_false (physio_dose_field_required (kind, PHYSIO_DOSE_FIELD_REST));
      g_assert_false (physio_dose_field_required (kind, PHYSIO_DOSE_FIELD_LOAD));
    }

  g_assert_false (physio_dose_field_required (PHYSIO_DOSAGE_PRACTICE, PHYSIO_DOSE_FIELD_SETS));
  g_assert_false (physio_dose_field_required (PHYSIO_DOSAGE_DURATION, PHYSIO_DOSE_FIELD_SETS));
  g_assert_false (physio_dose_field_applies (PHYSIO_DOSAGE_REPS, PHYSIO_DOSE_FIELD_HOLD));
  g_assert_false (physio_dose_field_applies (PHYSIO_DOSAGE_DURATION, PHYSIO_DOSE_FIELD_REPS));
  g_assert_false (physio_dose_field_applies (PHYSIO_DOSAGE_STEPS, PHYSIO_DOSE_FIELD_LOAD));
  g_assert_true (physio_dose_field_applies (PHYSIO_DOSAGE_REPS, PHYSIO_DOSE_FIELD_REST));
  g_assert_true (physio_dose_field_applies (PHYSIO_DOSAGE_DISTANCE, PHYSIO_DOSE_FIELD_LOAD));
}

static void
test_fields_of_other_kinds_ignored (void)
{
  g_auto(PhysioDose) dose = PHYSIO_DOSE_INIT;

  /* Switching an exercise from holds to a duration leaves old numbers behind; they do not
   * count against the new kind. */
  fill_valid (&dose, PHYSIO_DOSAGE_DURATION);
  dose.hold_s = 9999;
  dose.reps = 9999;
  dose.sets = 9999;
  dose.distance_m = 1;
  assert_valid (&dose, PHYSIO_DOSAGE_DURATION, NULL);
  g_assert_true (physio_dose_validate_field (&dose, PHYSIO_DOSAGE_DURATION, NULL,
                                             PHYSIO_DOSE_FIELD_HOLD, NULL));
}

static void
test_sessions_default_to_one (void)
{
  g_auto(PhysioDose) dose = PHYSIO_DOSE_INIT;
  PhysioDoseLimits limits = { 0 };

  /* The aquatic walk of the library has no sessions per day: it means once a day. */
  fill_valid (&dose, PHYSIO_DOSAGE_DISTANCE);
  dose.sessions_per_day = 0;
  assert_valid (&dose, PHYSIO_DOSAGE_DISTANCE, NULL);

  dose.sessions_per_day = 13;
  assert_invalid (&dose, PHYSIO_DOSAGE_DISTANCE, NULL, PHYSIO_DOSE_FIELD_SESSIONS_PER_DAY,
                  PHYSIO_DOSE_ERROR_OUT_OF_RANGE, "Sessions per day must be between 1 and 12.");

  /* Once a day is then checked like any value. */
  set_limit (&limits, PHYSIO_DOSE_FIELD_SESSIONS_PER_DAY, 2, 4);
  dose.sessions_per_day = 0;
  assert_invalid (&dose, PHYSIO_DOSAGE_DISTANCE, &limits, PHYSIO_DOSE_FIELD_SESSIONS_PER_DAY,
                  PHYSIO_DOSE_ERROR_OUT_OF_RANGE, "Sessions per day must be between 2 and 4.");
}

static void
test_steps_above_baseline (void)
{
  g_auto(PhysioDose) dose = PHYSIO_DOSE_INIT;
  PhysioDoseLimits limits = { 0 };

  fill_valid (&dose, PHYSIO_DOSAGE_STEPS);
  dose.steps_per_day = 0;
  dose.steps_above_baseline = 500;
  /* The daily range applies to absolute counts, not to "usual + 500". */
  set_limit (&limits, PHYSIO_DOSE_FIELD_STEPS, 1000, 12000);
  assert_valid (&dose, PHYSIO_DOSAGE_STEPS, &limits);

  dose.steps_above_baseline = 40000;
  assert_invalid (&dose, PHYSIO_DOSAGE_STEPS, &limits, PHYSIO_DOSE_FIELD_STEPS,
                  PHYSIO_DOSE_ERROR_OUT_OF_RANGE,
                  "Extra steps per day must be between 1 and 30000.");
}

static void
test_pattern_parse (void)
{
  static const struct { const char *text; guint n; guint first; guint last; } good[] = {
    { "6-4-2", 3, 6, 2 },
    { "5", 1, 5, 5 },
    { "2-4-6", 3, 2, 6 },          /* descending is usual, not required */
    { " 6 - 4 - 2 ", 3, 6, 2 },
    { "50-1", 2, 50, 1 },
    { "1-2-3-4-5-6", 6, 1, 6 },
    { "6–4–2", 3, 6, 2 },          /* en dashes, as pasted from a document */
  };
  static const char * const bad[] = {
    "", " ", "6--2", "-6", "6-", "0", "6-0-2", "51", "6-4-x", "6.5", "1-2-3-4-5-6-7",
    "99999999999999999999", "+5",
  };

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      g_auto(PhysioDose) dose = PHYSIO_DOSE_INIT;

      g_assert_true (physio_dose_parse_pattern (&dose, good[i].text));
      g_assert_cmpuint (dose.n_pattern, ==, good[i].n);
      g_assert_cmpuint (dose.reps_pattern[0], ==, good[i].first);
      g_assert_cmpuint (dose.reps_pattern[dose.n_pattern - 1], ==, good[i].last);
    }

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_auto(PhysioDose) dose = PHYSIO_DOSE_INIT;

      /* A refused pattern leaves the dose as it was. */
      g_assert_true (physio_dose_parse_pattern (&dose, "6-4-2"));
      g_assert_false (physio_dose_parse_pattern (&dose, bad[i]));
      g_assert_cmpuint (dose.n_pattern, ==, 3);
      g_assert_cmpuint (dose.reps_pattern[1], ==, 4);
    }
}

static void
test_pattern_round_trip (void)
{
  g_auto(PhysioDose) dose = PHYSIO_DOSE_INIT;
  g_autofree char *none = NULL;
  g_autofree char *text = NULL;

  none = physio_dose_pattern_to_string (&dose);
  g_assert_null (none);

  g_assert_true (physio_dose_parse_pattern (&dose, " 6 - 4 - 2"));
  text = physio_dose_pattern_to_string (&dose);
  g_assert_cmpstr (text, ==, "6-4-2");
  g_assert_cmpuint (physio_dose_total_reps (&dose), ==, 12);
  /* For sets, a pyramid counts its steps. */
  g_assert_cmpuint (physio_dose_get_field (&dose, PHYSIO_DOSE_FIELD_SETS), ==, 3);
}

static void
test_pattern_validation (void)
{
  g_auto(PhysioDose) dose = PHYSIO_DOSE_INIT;
  PhysioDoseLimits limits = { 0 };

  fill_valid (&dose, PHYSIO_DOSAGE_HOLD);
  dose.reps = 0;
  dose.sets = 0;
  g_assert_true (physio_dose_parse_pattern (&dose, "6-4-2"));
  /* The pattern stands in for sets and reps. */
  assert_valid (&dose, PHYSIO_DOSAGE_HOLD, NULL);

  set_limit (&limits, PHYSIO_DOSE_FIELD_REPS, 3, 5);
  assert_invalid (&dose, PHYSIO_DOSAGE_HOLD, &limits, PHYSIO_DOSE_FIELD_REPS,
                  PHYSIO_DOSE_ERROR_PATTERN, "Reps in the pattern must be between 3 and 5.");

  set_limit (&limits, PHYSIO_DOSE_FIELD_REPS, 2, 6);
  assert_valid (&dose, PHYSIO_DOSAGE_HOLD, &limits);

  /* Entries written straight into the struct (a bad import) are still checked. */
  dose.reps_pattern[1] = 0;
  assert_invalid (&dose, PHYSIO_DOSAGE_HOLD, &limits, PHYSIO_DOSE_FIELD_REPS,
                  PHYSIO_DOSE_ERROR_PATTERN, "Reps in the pattern must be between 2 and 6.");
}

static void
test_first_bad_field_wins (void)
{
  g_auto(PhysioDose) dose = PHYSIO_DOSE_INIT;

  fill_valid (&dose, PHYSIO_DOSAGE_REPS);
  dose.days_per_week = 9;
  dose.sets = 11;
  assert_invalid (&dose, PHYSIO_DOSAGE_REPS, NULL, PHYSIO_DOSE_FIELD_SETS,
                  PHYSIO_DOSE_ERROR_OUT_OF_RANGE, "Sets must be between 1 and 10.");
}

static void
test_copy_equal_clear (void)
{
  g_autoptr(PhysioDose) a = physio_dose_new ();
  g_autoptr(PhysioDose) b = NULL;
  PhysioDose c = PHYSIO_DOSE_INIT;

  g_assert_cmpint (a->rest_s, ==, -1);
  fill_valid (a, PHYSIO_DOSAGE_REPS);
  a->load_kind = PHYSIO_LOAD_KG;
  a->load_kg = 4;
  a->load_text = g_strdup ("4 kg per hand");
  a->tempo = g_strdup ("slow");

  b = physio_dose_copy (a);
  g_assert_true (physio_dose_equal (a, b));
  g_assert_true (b->load_text != a->load_text);

  /* The copy owns its strings. */
  g_free (b->load_text);
  b->load_text = g_strdup ("5 kg");
  g_assert_cmpstr (a->load_text, ==, "4 kg per hand");
  g_assert_false (physio_dose_equal (a, b));

  physio_dose_copy_into (&c, a);
  g_assert_true (physio_dose_equal (&c, a));
  c.rest_s = 0;
  g_assert_false (physio_dose_equal (&c, a));
  physio_dose_copy_into (&c, &c);
  g_assert_cmpint (c.rest_s, ==, 0);

  physio_dose_clear (&c);
  g_assert_null (c.load_text);
  g_assert_cmpint (c.rest_s, ==, -1);
  g_assert_cmpuint (c.sets, ==, 0);

  /* An empty text and no text are the same prescription. */
  g_free (b->load_text);
  b->load_text = g_strdup ("");
  g_free (a->load_text);
  a->load_text = NULL;
  g_assert_true (physio_dose_equal (a, b));

  g_assert_true (G_TYPE_IS_BOXED (PHYSIO_TYPE_DOSE));
}

static void
test_field_names (void)
{
  for (int f = 0; f < PHYSIO_N_DOSE_FIELDS; f++)
    g_assert_cmpint (physio_dose_field_from_name (physio_dose_field_name (f)), ==, f);

  g_assert_cmpstr (physio_dose_field_name (PHYSIO_DOSE_FIELD_HOLD), ==, "hold_s");
  g_assert_cmpstr (physio_dose_field_name (PHYSIO_DOSE_FIELD_DAYS_PER_WEEK), ==,
                   "days_per_week");
  g_assert_cmpint (physio_dose_field_from_name ("duration_min"), ==, PHYSIO_DOSE_FIELD_NONE);
}

static void
test_total_reps (void)
{
  g_auto(PhysioDose) dose = PHYSIO_DOSE_INIT;

  dose.sets = 3;
  dose.reps = 8;
  g_assert_cmpuint (physio_dose_total_reps (&dose), ==, 24);
  dose.sets = 0;
  g_assert_cmpuint (physio_dose_total_reps (&dose), ==, 8);
}

/* The exercise's own limits: inside the absolute range, the lowest first (the editor's rule,
 * now the core's, so an import is held to it too). */
static void
test_limits_inside_range (void)
{
  PhysioDoseLimits limits = { { 0 } };
  PhysioDoseField bad = PHYSIO_DOSE_FIELD_NONE;
  g_autoptr(GError) error = NULL;

  /* None of its own, and a floor alone, are both fine. */
  g_assert_true (physio_dose_limits_validate (&limits, &bad, &error));
  g_assert_no_error (error);
  set_limit (&limits, PHYSIO_DOSE_FIELD_REPS, 8, 0);
  g_assert_true (physio_dose_limits_validate (&limits, &bad, &error));
  set_limit (&limits, PHYSIO_DOSE_FIELD_HOLD, 5, 10);
  g_assert_true (physio_dose_limits_validate (&limits, &bad, &error));
  g_assert_cmpint (bad, ==, PHYSIO_DOSE_FIELD_NONE);

  /* Inverted. */
  set_limit (&limits, PHYSIO_DOSE_FIELD_HOLD, 10, 5);
  g_assert_false (physio_dose_limits_validate (&limits, &bad, &error));
  g_assert_error (error, PHYSIO_DOSE_ERROR, PHYSIO_DOSE_ERROR_LIMITS);
  g_assert_cmpint (bad, ==, PHYSIO_DOSE_FIELD_HOLD);
  g_assert_nonnull (strstr (error->message, "Hold"));
  g_assert_nonnull (strstr (error->message, "300 s"));
  g_clear_error (&error);

  /* Wider than the absolute range (sets are 1–10). */
  set_limit (&limits, PHYSIO_DOSE_FIELD_HOLD, 5, 10);
  set_limit (&limits, PHYSIO_DOSE_FIELD_SETS, 1, 12);
  g_assert_false (physio_dose_limits_validate_field (&limits, PHYSIO_DOSE_FIELD_SETS, &error));
  g_assert_error (error, PHYSIO_DOSE_ERROR, PHYSIO_DOSE_ERROR_LIMITS);
  g_assert_nonnull (strstr (error->message, "Sets"));
  g_clear_error (&error);

  /* Durations are said in minutes. */
  set_limit (&limits, PHYSIO_DOSE_FIELD_SETS, 0, 0);
  set_limit (&limits, PHYSIO_DOSE_FIELD_DURATION, 10, 600);
  g_assert_false (physio_dose_limits_validate (&limits, &bad, &error));
  g_assert_cmpint (bad, ==, PHYSIO_DOSE_FIELD_DURATION);
  g_assert_nonnull (strstr (error->message, "120 min"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/dose-validate/valid-defaults", test_valid_defaults);
  g_test_add_func ("/dose-validate/absolute-boundaries", test_absolute_boundaries);
  g_test_add_func ("/dose-validate/rest", test_rest);
  g_test_add_func ("/dose-validate/load", test_load);
  g_test_add_func ("/dose-validate/exercise-limits", test_exercise_limits);
  g_test_add_func ("/dose-validate/required-fields", test_required_fields);
  g_test_add_func ("/dose-validate/applies-table", test_applies_table);
  g_test_add_func ("/dose-validate/other-kinds-ignored", test_fields_of_other_kinds_ignored);
  g_test_add_func ("/dose-validate/sessions-default-to-one", test_sessions_default_to_one);
  g_test_add_func ("/dose-validate/steps-above-baseline", test_steps_above_baseline);
  g_test_add_func ("/dose-validate/first-bad-field", test_first_bad_field_wins);
  g_test_add_func ("/dose/pattern-parse", test_pattern_parse);
  g_test_add_func ("/dose/pattern-round-trip", test_pattern_round_trip);
  g_test_add_func ("/dose/pattern-validation", test_pattern_validation);
  g_test_add_func ("/dose/copy-equal-clear", test_copy_equal_clear);
  g_test_add_func ("/dose/field-names", test_field_names);
  g_test_add_func ("/dose/total-reps", test_total_reps);
  g_test_add_func ("/dose/limits-inside-range", test_limits_inside_range);

  return g_test_run ();
}
