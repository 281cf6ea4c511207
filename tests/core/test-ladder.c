/* test-ladder.c: generated ladders, the volume-jump warning, and the cell notation of the
 * template tables (brief 2.4, 4.4, 5)
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include "physio-ladder.h"
#include "test-fixtures.h"

static GArray *
generate_for (PhysioExercise *exercise,
              guint           weeks)
{
  PhysioRuleParams params;
  PhysioIncrementContext context = {
    .limits = physio_exercise_get_dose_limits (exercise),
    .distance_unit_m = physio_exercise_distance_unit (exercise),
  };

  physio_rule_params_init_defaults (&params);
  return physio_ladder_generate (&params, physio_exercise_get_dosage_kind (exercise),
                                 physio_exercise_get_default_dose (exercise), &context, weeks);
}

/* Brief 4.4: +10% of the bout, rounded half up, at least 1 and at most 5 minutes. */
static void
test_generate_walking (void)
{
  static const guint minutes[] = { 10, 11, 12, 13, 14, 15, 17, 19, 21, 23, 25, 28 };
  g_autoptr(PhysioExercise) walk = fixture_walk ();
  g_autoptr(GArray) ladder = generate_for (walk, G_N_ELEMENTS (minutes));

  g_assert_cmpuint (ladder->len, ==, G_N_ELEMENTS (minutes));
  for (guint i = 0; i < ladder->len; i++)
    {
      const PhysioDose *dose = &g_array_index (ladder, PhysioDose, i);

      g_assert_cmpuint (dose->duration_s, ==, minutes[i] * 60);
      /* Only the bout grows; the schedule and the rest of the dose stay. */
      g_assert_cmpuint (dose->days_per_week, ==, 5);
      g_assert_cmpuint (dose->sessions_per_day, ==, 1);
    }
}

static void
test_generate_caps_repeat (void)
{
  g_autoptr(PhysioExercise) bridge = fixture_bridge ();
  g_autoptr(PhysioExercise) log_roll = fixture_log_roll ();
  g_autoptr(GArray) ladder = NULL;
  g_autoptr(GArray) practice = NULL;
  PhysioDoseLimits limits = *physio_exercise_get_dose_limits (bridge);

  /* Reps to 15, then one more set back at 8 reps, then nothing left: the dose repeats. */
  limits.max[PHYSIO_DOSE_FIELD_SETS] = 3;
  physio_exercise_set_dose_limits (bridge, &limits);
  ladder = generate_for (bridge, 9);
  {
    static const guint sets[] = { 2, 2, 2, 2, 3, 3, 3, 3, 3 };
    static const guint reps[] = { 10, 12, 14, 15, 8, 10, 12, 14, 15 };

    for (guint i = 0; i < ladder->len; i++)
      {
        g_assert_cmpuint (g_array_index (ladder, PhysioDose, i).sets, ==, sets[i]);
        g_assert_cmpuint (g_array_index (ladder, PhysioDose, i).reps, ==, reps[i]);
      }
  }
  g_clear_pointer (&ladder, g_array_unref);
  ladder = generate_for (bridge, 12);
  for (guint i = 9; i < 12; i++)
    g_assert_true (physio_dose_equal (&g_array_index (ladder, PhysioDose, i),
                                      &g_array_index (ladder, PhysioDose, 8)));

  /* Technique practice never grows by itself. */
  practice = generate_for (log_roll, 4);
  for (guint i = 0; i < practice->len; i++)
    g_assert_cmpuint (g_array_index (practice, PhysioDose, i).reps, ==, 3);

  g_clear_pointer (&ladder, g_array_unref);
  ladder = generate_for (bridge, 0);
  g_assert_cmpuint (ladder->len, ==, 0);
}

static void
test_generate_distance_units (void)
{
  g_autoptr(PhysioExercise) pool = fixture_pool_lengths ();
  g_autoptr(PhysioExercise) carry = fixture_carry ();
  g_autoptr(GArray) lengths = generate_for (pool, 3);
  g_autoptr(GArray) carries = generate_for (carry, 3);

  /* A pool grows by whole 25 m lengths, a carry by 10 m. */
  g_assert_cmpuint (physio_exercise_distance_unit (pool), ==, 25);
  g_assert_cmpuint (g_array_index (lengths, PhysioDose, 1).distance_m, ==, 125);
  g_assert_cmpuint (physio_exercise_distance_unit (carry), ==, 10);
  g_assert_cmpuint (g_array_index (carries, PhysioDose, 1).distance_m, ==, 30);
}

/* The builder's "generate" keeps the clinician's days: a bout at its longest repeats. */
static void
test_prescription_generate (void)
{
  g_autoptr(PhysioExercise) walk = fixture_walk ();
  g_autoptr(PhysioPrescription) prescription = physio_prescription_new (walk);
  PhysioRuleParams params;
  PhysioDose dose = PHYSIO_DOSE_INIT;

  physio_rule_params_init_defaults (&params);
  physio_dose_copy_into (&dose, physio_prescription_get_current_dose (prescription));
  dose.duration_s = 58 * 60;
  physio_prescription_set_current_dose (prescription, &dose);
  physio_prescription_set_weeks (prescription, 2, 5);
  physio_prescription_set_ladder_step (prescription, 2);
  physio_prescription_generate_ladder (prescription, &params);

  g_assert_cmpuint (physio_prescription_get_n_planned (prescription), ==, 4);
  g_assert_cmpuint (physio_prescription_get_ladder_step (prescription), ==, 0);
  g_assert_cmpuint (physio_prescription_get_planned (prescription, 1)->duration_s, ==, 60 * 60);
  for (guint step = 0; step < 4; step++)
    g_assert_cmpuint (physio_prescription_get_planned (prescription, step)->days_per_week, ==, 5);
  g_assert_cmpuint (physio_prescription_get_planned (prescription, 3)->duration_s, ==, 60 * 60);
  physio_dose_clear (&dose);
}

/* Brief 2.4: warn when weekly volume rises by more than 30%; exactly 30% is fine. */
static void
test_volume_jumps (void)
{
  PhysioDose doses[5];
  g_autoptr(GArray) jumps = NULL;
  static const guint seconds[] = { 600, 780, 1022, 1022, 1400 };

  for (guint i = 0; i < G_N_ELEMENTS (doses); i++)
    {
      physio_dose_init (&doses[i]);
      doses[i].duration_s = seconds[i];
      doses[i].days_per_week = 5;
    }

  /* 600 → 780 is +30%: no. 780 → 1022 is +31%: yes (step 3). 1022 → 1400 is +37%. */
  jumps = physio_ladder_volume_jumps (PHYSIO_DOSAGE_DURATION, doses, 5, 0.30);
  g_assert_cmpuint (jumps->len, ==, 2);
  g_assert_cmpuint (g_array_index (jumps, guint, 0), ==, 3);
  g_assert_cmpuint (g_array_index (jumps, guint, 1), ==, 5);
  g_clear_pointer (&jumps, g_array_unref);

  /* Days count too: 10′ × 3 days → 10′ × 4 days is +33%. */
  doses[0].duration_s = doses[1].duration_s = 600;
  doses[0].days_per_week = 3;
  doses[1].days_per_week = 4;
  jumps = physio_ladder_volume_jumps (PHYSIO_DOSAGE_DURATION, doses, 2, 0.30);
  g_assert_cmpuint (jumps->len, ==, 1);
  g_assert_cmpuint (g_array_index (jumps, guint, 0), ==, 2);
  g_clear_pointer (&jumps, g_array_unref);

  /* Reps: 1 × 10 → 1 × 13 is +30% exactly; → 1 × 14 is +40%. */
  doses[0] = (PhysioDose) { .sets = 1, .reps = 10, .days_per_week = 3, .rest_s = -1 };
  doses[1] = (PhysioDose) { .sets = 1, .reps = 13, .days_per_week = 3, .rest_s = -1 };
  jumps = physio_ladder_volume_jumps (PHYSIO_DOSAGE_REPS, doses, 2, 0.30);
  g_assert_cmpuint (jumps->len, ==, 0);
  g_clear_pointer (&jumps, g_array_unref);
  doses[1].reps = 14;
  jumps = physio_ladder_volume_jumps (PHYSIO_DOSAGE_REPS, doses, 2, 0.30);
  g_assert_cmpuint (jumps->len, ==, 1);

  for (guint i = 0; i < G_N_ELEMENTS (doses); i++)
    physio_dose_clear (&doses[i]);
}

/* Cell notation ------------------------------------------------------------------------------ */

typedef struct
{
  PhysioDosageKind  kind;
  PhysioLaterality  side;
  PhysioDose        dose;
  const char       *pattern;
  const char       *cell;
} CellCase;

#define REPS     PHYSIO_DOSAGE_REPS
#define HOLD     PHYSIO_DOSAGE_HOLD
#define DURATION PHYSIO_DOSAGE_DURATION
#define DISTANCE PHYSIO_DOSAGE_DISTANCE
#define STEPS    PHYSIO_DOSAGE_STEPS
#define PRACTICE PHYSIO_DOSAGE_PRACTICE
#define BOTH     PHYSIO_LATERALITY_BILATERAL
#define EACH     PHYSIO_LATERALITY_EACH_SIDE
#define ALT      PHYSIO_LATERALITY_ALTERNATING

/* Every cell written as brief section 5 and data/TEMPLATE-FORMAT.md write it. */
static const CellCase cell_cases[] = {
  { REPS, BOTH, { .sets = 2, .reps = 10, .rest_s = -1 }, NULL, "2×10" },
  { REPS, BOTH, { .sets = 1, .reps = 14, .rest_s = -1 }, NULL, "1×14" },
  { REPS, BOTH, { .reps = 10, .rest_s = -1 }, NULL, "1×10" },
  { REPS, ALT, { .sets = 1, .reps = 10, .rest_s = -1 }, NULL, "1×10" },
  { REPS, BOTH, { .rest_s = -1 }, "6-4-2", "6-4-2" },
  { REPS, EACH, { .sets = 2, .reps = 6, .rest_s = -1 }, NULL, "2×6 e/s" },
  { REPS, BOTH, { .sets = 2, .reps = 8, .sessions_per_day = 2, .rest_s = -1 }, NULL,
    "2×8 ×2/d" },
  { REPS, BOTH, { .sets = 2, .reps = 10, .rest_s = 60, .days_per_week = 5,
                  .intensity = (char *) "easy", .tempo = (char *) "slow" }, NULL, "2×10" },
  { REPS, BOTH, { .sets = 2, .reps = 10, .load_kind = PHYSIO_LOAD_KG, .load_kg = 2,
                  .load_text = (char *) "2–4 kg per hand", .rest_s = -1 }, NULL,
    "2×10 (2–4 kg per hand)" },
  { REPS, BOTH, { .sets = 3, .reps = 10, .load_kind = PHYSIO_LOAD_KG, .load_kg = 4,
                  .rest_s = -1 }, NULL, "3×10 (4 kg)" },
  { REPS, BOTH, { .sets = 3, .reps = 10, .load_kind = PHYSIO_LOAD_KG, .load_kg = 2.5,
                  .rest_s = -1 }, NULL, "3×10 (2.5 kg)" },
  { REPS, EACH, { .sets = 3, .reps = 12, .load_kind = PHYSIO_LOAD_BAND,
                  .band_level = PHYSIO_BAND_LIGHT, .rest_s = -1 }, NULL,
    "3×12 e/s (light band)" },
  { REPS, BOTH, { .sets = 1, .reps = 12, .load_kind = PHYSIO_LOAD_BAND,
                  .band_level = PHYSIO_BAND_EXTRA_HEAVY, .rest_s = -1 }, NULL,
    "1×12 (extra heavy band)" },
  { REPS, BOTH, { .sets = 2, .reps = 10, .load_kind = PHYSIO_LOAD_BODYWEIGHT, .rest_s = -1 },
    NULL, "2×10" },
  { HOLD, BOTH, { .sets = 1, .reps = 5, .hold_s = 6, .rest_s = -1 }, NULL, "5×6s" },
  { HOLD, BOTH, { .reps = 10, .hold_s = 5, .rest_s = -1 }, NULL, "10×5s" },
  { HOLD, BOTH, { .sets = 2, .reps = 5, .hold_s = 10, .rest_s = -1 }, NULL, "2×5×10s" },
  { HOLD, BOTH, { .hold_s = 10, .rest_s = -1 }, "6-4-2", "6-4-2×10s" },
  { HOLD, EACH, { .hold_s = 10, .rest_s = -1 }, "6-4-2", "6-4-2×10s e/s" },
  { HOLD, EACH, { .sets = 1, .reps = 5, .hold_s = 6, .rest_s = -1 }, NULL, "5×6s e/s" },
  { HOLD, EACH, { .sets = 1, .reps = 3, .hold_s = 20, .sessions_per_day = 2, .rest_s = -1 },
    NULL, "3×20s e/s ×2/d" },
  { DURATION, BOTH, { .duration_s = 600, .rest_s = -1 }, NULL, "10′" },
  { DURATION, BOTH, { .duration_s = 300, .sessions_per_day = 3, .rest_s = -1 }, NULL,
    "5′ ×3/d" },
  { DURATION, BOTH, { .duration_s = 60, .sessions_per_day = 8, .rest_s = -1 }, NULL,
    "1′ ×8/d" },
  { DURATION, BOTH, { .duration_s = 90, .rest_s = -1 }, NULL, "90″" },
  { DURATION, BOTH, { .duration_s = 1800, .sessions_per_day = 1, .days_per_week = 5,
                      .rest_s = -1 }, NULL, "30′" },
  { DISTANCE, BOTH, { .sets = 3, .distance_m = 20, .rest_s = 60 }, NULL, "3×20 m" },
  { DISTANCE, BOTH, { .sets = 1, .distance_m = 100, .rest_s = -1 }, NULL, "100 m" },
  { DISTANCE, EACH, { .sets = 3, .distance_m = 20, .load_kind = PHYSIO_LOAD_KG, .load_kg = 4,
                      .load_text = (char *) "4–6 kg", .rest_s = -1 }, NULL,
    "3×20 m e/s (4–6 kg)" },
  { DISTANCE, BOTH, { .sets = 3, .distance_m = 30, .load_kind = PHYSIO_LOAD_KG, .load_kg = 3,
                      .load_text = (char *) "2 x 3–5 kg", .rest_s = -1 }, NULL,
    "3×30 m (2 x 3–5 kg)" },
  { PRACTICE, BOTH, { .sets = 1, .reps = 3, .rest_s = -1 }, NULL, "practise 3" },
  { PRACTICE, EACH, { .sets = 1, .reps = 5, .load_text = (char *) "empty box", .rest_s = -1 },
    NULL, "practise 5 e/s (empty box)" },
  { PRACTICE, EACH, { .sets = 1, .reps = 5, .load_text = (char *) "task load (shopping etc.)",
                      .rest_s = -1 }, NULL, "practise 5 e/s (task load (shopping etc.))" },
  { STEPS, BOTH, { .steps_per_day = 6000, .days_per_week = 7, .rest_s = -1 }, NULL,
    "6000 steps/d" },
  { STEPS, BOTH, { .steps_above_baseline = 500, .rest_s = -1 }, NULL, "usual steps +500/d" },
};

static void
case_dose (const CellCase *c,
           PhysioDose     *dose)
{
  physio_dose_init (dose);
  physio_dose_copy_into (dose, &c->dose);
  if (c->pattern != NULL)
    g_assert_true (physio_dose_parse_pattern (dose, c->pattern));
}

static void
test_format_cell (void)
{
  g_assert_cmpuint (G_N_ELEMENTS (cell_cases), >=, 20);

  for (guint i = 0; i < G_N_ELEMENTS (cell_cases); i++)
    {
      g_auto(PhysioDose) dose = PHYSIO_DOSE_INIT;
      g_autofree char *cell = NULL;

      case_dose (&cell_cases[i], &dose);
      cell = physio_dose_format_cell (&dose, cell_cases[i].kind, cell_cases[i].side);
      g_assert_cmpstr (cell, ==, cell_cases[i].cell);
    }
}

/* What the formatter writes, the parser reads back to the same dose fields and cell. */
static void
test_round_trip (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (cell_cases); i++)
    {
      const CellCase *c = &cell_cases[i];
      g_auto(PhysioDose) dose = PHYSIO_DOSE_INIT;
      g_auto(PhysioDose) parsed = PHYSIO_DOSE_INIT;
      g_autoptr(GError) error = NULL;
      g_autofree char *cell = NULL;
      g_autofree char *again = NULL;

      case_dose (c, &dose);
      cell = physio_dose_format_cell (&dose, c->kind, c->side);
      if (!physio_dose_parse_cell (cell, c->kind, &parsed, &error))
        g_error ("“%s” does not parse: %s", cell, error->message);
      again = physio_dose_format_cell (&parsed, c->kind, c->side);
      g_assert_cmpstr (again, ==, cell);

      g_assert_cmpuint (physio_dose_get_field (&parsed, physio_dose_primary_field (c->kind)), ==,
                        physio_dose_get_field (&dose, physio_dose_primary_field (c->kind)));
      g_assert_cmpuint (MAX (parsed.sessions_per_day, 1), ==, MAX (dose.sessions_per_day, 1));
    }
}

typedef struct
{
  PhysioDosageKind  kind;
  const char       *text;
  const char       *cell;   /* what it reads as */
} ParseCase;

static void
test_parse_forgiving (void)
{
  static const ParseCase cases[] = {
    { REPS, "2x12", "2×12" },
    { REPS, " 2 X 12 ", "2×12" },
    { REPS, "2*12", "2×12" },
    { REPS, "2 × 12 reps", "2×12" },
    { REPS, "12", "2×12" },           /* sets kept from the dose being edited */
    { REPS, "6-4-2", "6-4-2" },
    { REPS, "6 – 4 – 2", "6-4-2" },
    { REPS, "3x10 x2/d", "3×10 ×2/d" },
    { REPS, "3x10 (light band)", "3×10 (light band)" },
    { REPS, "3x10 (light band)", "3×10 (light band)" },
    { REPS, "3x10 (Light)", "3×10 (Light)" },   /* read as a light band, kept as typed */
    { REPS, "3x10 (4 kg)", "3×10 (4 kg)" },
    { REPS, "3x10 (4kg)", "3×10 (4kg)" },
    { REPS, "2x10 (2–4 kg per hand)", "2×10 (2–4 kg per hand)" },
    { HOLD, "5 x 10s", "5×10s" },
    { HOLD, "5x10 sec", "5×10s" },
    { HOLD, "5x10 seconds", "5×10s" },
    { HOLD, "2x5x10s", "2×5×10s" },
    { HOLD, "6-4-2x10s", "6-4-2×10s" },
    { HOLD, "6-4-2 × 10 s e/s", "6-4-2×10s" },
    { HOLD, "20s", "2×5×20s" },        /* sets and reps kept */
    { DURATION, "12'", "12′" },
    { DURATION, "12 min", "12′" },
    { DURATION, "12 minutes", "12′" },
    { DURATION, "12", "12′" },
    { DURATION, "90s", "90″" },
    { DURATION, "90 sec", "90″" },
    { DURATION, "5' x3/d", "5′ ×3/d" },
    { DURATION, "5 min 3 times a day", "5′ ×3/d" },
    { DISTANCE, "3x20m", "3×20 m" },
    { DISTANCE, "3 x 20 metres", "3×20 m" },
    { DISTANCE, "40", "2×40 m" },      /* sets kept */
    { STEPS, "6000", "6000 steps/d" },
    { STEPS, "6,000 steps a day", "6000 steps/d" },
    { STEPS, "+500", "usual steps +500/d" },
    { STEPS, "usual steps +750/d", "usual steps +750/d" },
    { STEPS, "6000 steps/d ×2/d", "6000 steps/d ×2/d" },
    { STEPS, "6000 x2/d", "6000 steps/d ×2/d" },
    { STEPS, "6000 steps a day 2 times a day", "6000 steps/d ×2/d" },
    { STEPS, "+500/d x3/d", "usual steps +500/d ×3/d" },
    { REPS, "2x10 (2 kg (per hand)", "2×10 (2 kg (per hand)" },
    { PRACTICE, "practise 3", "practise 3" },
    { PRACTICE, "Practice 4", "practise 4" },
    { PRACTICE, "5", "practise 5" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      PhysioDose dose = { .sets = 2, .reps = 5, .rest_s = 60, .days_per_week = 4,
                          .sessions_per_day = 1 };
      g_autoptr(GError) error = NULL;
      g_autofree char *cell = NULL;

      if (!physio_dose_parse_cell (cases[i].text, cases[i].kind, &dose, &error))
        g_error ("“%s” does not parse: %s", cases[i].text, error->message);
      cell = physio_dose_format_cell (&dose, cases[i].kind, PHYSIO_LATERALITY_BILATERAL);
      g_assert_cmpstr (cell, ==, cases[i].cell);
      physio_dose_clear (&dose);
    }
}

/* The loads and step doses that used to be written but not read back (issue 9), and what
 * they read as. */
static void
test_round_trip_defects (void)
{
  PhysioDose steps = { .steps_per_day = 6000, .sessions_per_day = 2, .days_per_week = 7,
                       .rest_s = -1 };
  PhysioDose baseline = { .steps_above_baseline = 500, .sessions_per_day = 3, .rest_s = -1 };
  PhysioDose single = { .sets = 3, .rest_s = -1 };
  PhysioDose tiny = { .sets = 2, .reps = 10, .load_kind = PHYSIO_LOAD_KG, .load_kg = 0.00001,
                      .rest_s = -1 };
  PhysioDose fine = { .sets = 2, .reps = 10, .load_kind = PHYSIO_LOAD_KG, .load_kg = 2.12345,
                      .rest_s = -1 };
  static const char *loads[] = {
    "2 kg (per hand", "per hand)", "(", ")", ")(", "a) (b", "((x", " padded ", "Light",
    "light band", "4kg", "4 kg", "x3/d", "e/s", "×2/d)", "2 x 3–5 kg",
  };
  struct { const PhysioDose *dose; PhysioDosageKind kind; const char *cell; } cases[] = {
    { &steps, STEPS, "6000 steps/d ×2/d" },
    { &baseline, STEPS, "usual steps +500/d ×3/d" },
    { &single, REPS, "1×8" },
    { &tiny, REPS, "2×10" },
    { &fine, REPS, "2×10 (2.123 kg)" },
  };

  physio_dose_parse_pattern (&single, "8");
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(PhysioDose) parsed = PHYSIO_DOSE_INIT;
      g_autoptr(GError) error = NULL;
      g_autofree char *cell = physio_dose_format_cell (cases[i].dose, cases[i].kind, BOTH);
      g_autofree char *again = NULL;

      g_assert_cmpstr (cell, ==, cases[i].cell);
      if (!physio_dose_parse_cell (cell, cases[i].kind, &parsed, &error))
        g_error ("“%s” does not parse: %s", cell, error->message);
      again = physio_dose_format_cell (&parsed, cases[i].kind, BOTH);
      g_assert_cmpstr (again, ==, cell);
      g_assert_cmpuint (MAX (parsed.sessions_per_day, 1), ==,
                        MAX (cases[i].dose->sessions_per_day, 1));
    }

  for (guint i = 0; i < G_N_ELEMENTS (loads); i++)
    {
      PhysioDose dose = { .sets = 2, .reps = 10, .rest_s = -1,
                          .load_text = (char *) loads[i] };
      g_auto(PhysioDose) parsed = PHYSIO_DOSE_INIT;
      g_autoptr(GError) error = NULL;
      g_autofree char *cell = physio_dose_format_cell (&dose, REPS, EACH);
      g_autofree char *again = NULL;
      g_autofree char *stripped = g_strstrip (g_strdup (loads[i]));

      if (!physio_dose_parse_cell (cell, REPS, &parsed, &error))
        g_error ("“%s” does not parse: %s", cell, error->message);
      again = physio_dose_format_cell (&parsed, REPS, EACH);
      g_assert_cmpstr (again, ==, cell);
      g_assert_cmpuint (parsed.reps, ==, 10);
      /* The text is kept as typed unless it is exactly the formatter's own spelling. */
      if (parsed.load_text != NULL)
        g_assert_cmpstr (parsed.load_text, ==, stripped);
      else
        g_assert_true (g_str_equal (stripped, "light band") || g_str_equal (stripped, "4 kg"));
    }

  /* A step target's own "/d" is never taken for sessions. */
  {
    g_auto(PhysioDose) parsed = PHYSIO_DOSE_INIT;

    g_assert_true (physio_dose_parse_cell ("usual steps +500/d", STEPS, &parsed, NULL));
    g_assert_cmpuint (parsed.steps_above_baseline, ==, 500);
    g_assert_cmpuint (parsed.sessions_per_day, ==, 0);
    g_assert_true (physio_dose_parse_cell ("7000/d", STEPS, &parsed, NULL));
    g_assert_cmpuint (parsed.steps_per_day, ==, 7000);
    g_assert_cmpuint (parsed.sessions_per_day, ==, 0);
  }
}

/* A random dose the validators accept, for @kind; load texts drawn from pieces that look like
 * the rest of a cell. */
static void
random_dose (GRand            *rand,
             PhysioDosageKind  kind,
             PhysioDose       *dose)
{
  static const char *pieces[] = {
    "(", ")", " ", "kg", "2", "4.5", "×", "x", "e/s", "/d", "light", "band", "–", "-",
    "per hand", "é", "\t", "3/d", "+", "*", "'", "″", "m", "s",
  };

  physio_dose_init (dose);
  dose->sets = g_rand_int_range (rand, 1, 11);
  dose->reps = g_rand_int_range (rand, 1, 51);
  dose->hold_s = g_rand_int_range (rand, 1, 301);
  dose->duration_s = g_rand_int_range (rand, 30, 7201);
  dose->distance_m = g_rand_int_range (rand, 5, 5001);
  dose->days_per_week = g_rand_int_range (rand, 1, 8);
  dose->sessions_per_day = g_rand_int_range (rand, 0, 13);
  if (g_rand_boolean (rand))
    dose->steps_per_day = g_rand_int_range (rand, 500, 30001);
  else
    dose->steps_above_baseline = g_rand_int_range (rand, 1, 30001);
  if (g_rand_int_range (rand, 0, 4) == 0)
    {
      guint n = g_rand_int_range (rand, 1, PHYSIO_DOSE_MAX_PATTERN + 1);

      for (guint i = 0; i < n; i++)
        dose->reps_pattern[i] = g_rand_int_range (rand, 1, 51);
      dose->n_pattern = n;
    }

  dose->load_kind = g_rand_int_range (rand, PHYSIO_LOAD_NONE, PHYSIO_LOAD_ASSISTED + 1);
  dose->load_kg = g_rand_double_range (rand, 0, 500);
  dose->band_level = g_rand_int_range (rand, PHYSIO_BAND_EXTRA_LIGHT, PHYSIO_BAND_EXTRA_HEAVY + 1);
  if (g_rand_boolean (rand))
    {
      GString *text = g_string_new (NULL);
      guint n = g_rand_int_range (rand, 0, 8);

      for (guint i = 0; i < n; i++)
        g_string_append (text, pieces[g_rand_int_range (rand, 0, G_N_ELEMENTS (pieces))]);
      dose->load_text = g_string_free (text, FALSE);
    }

  g_assert_true (physio_dose_validate (dose, kind, NULL, NULL, NULL));
}

/* Every dose the validators accept is written as a cell that reads back, into the dose being
 * edited or into a new one, as the same cell with the same volume and sessions. */
static void
test_round_trip_random (void)
{
  GRand *rand = g_rand_new_with_seed (g_test_rand_int ());

  for (guint i = 0; i < 20000; i++)
    {
      PhysioDosageKind kind = g_rand_int_range (rand, PHYSIO_DOSAGE_REPS,
                                                PHYSIO_DOSAGE_PRACTICE + 1);
      PhysioLaterality side = g_rand_int_range (rand, BOTH, ALT + 1);
      g_auto(PhysioDose) dose = PHYSIO_DOSE_INIT;
      g_auto(PhysioDose) edited = PHYSIO_DOSE_INIT;
      g_auto(PhysioDose) fresh = PHYSIO_DOSE_INIT;
      g_autoptr(GError) error = NULL;
      g_autofree char *cell = NULL;
      g_autofree char *again = NULL;
      g_autofree char *again_fresh = NULL;
      PhysioDoseField primary = physio_dose_primary_field (kind);

      random_dose (rand, kind, &dose);
      cell = physio_dose_format_cell (&dose, kind, side);
      physio_dose_copy_into (&edited, &dose);
      if (!physio_dose_parse_cell (cell, kind, &edited, &error) ||
          !physio_dose_parse_cell (cell, kind, &fresh, &error))
        g_error ("kind %d: “%s” does not parse: %s", kind, cell, error->message);
      again = physio_dose_format_cell (&edited, kind, side);
      again_fresh = physio_dose_format_cell (&fresh, kind, side);
      g_assert_cmpstr (again, ==, cell);
      g_assert_cmpstr (again_fresh, ==, cell);
      /* A one-step pattern reads back as one set of plain reps: the same total. */
      if (primary == PHYSIO_DOSE_FIELD_REPS)
        g_assert_cmpuint (physio_dose_total_reps (&edited), ==, physio_dose_total_reps (&dose));
      else if (physio_dose_get_field (&edited, primary) != physio_dose_get_field (&dose, primary))
        g_error ("kind %d: “%s” reads back with %s %u, not %u", kind, cell,
                 physio_dose_field_name (primary), physio_dose_get_field (&edited, primary),
                 physio_dose_get_field (&dose, primary));
      g_assert_cmpuint (MAX (edited.sessions_per_day, 1), ==, MAX (dose.sessions_per_day, 1));
      g_assert_cmpuint (MAX (fresh.sessions_per_day, 1), ==, MAX (dose.sessions_per_day, 1));
    }

  g_rand_free (rand);
}

/* An edit of the volume keeps what the cell does not show: frequency, rest, load. */
static void
test_parse_keeps_fields (void)
{
  PhysioDose dose = { .sets = 2, .reps = 10, .rest_s = 60, .days_per_week = 3,
                      .sessions_per_day = 2, .load_kind = PHYSIO_LOAD_KG, .load_kg = 4,
                      .intensity = NULL };
  g_autoptr(GError) error = NULL;

  dose.intensity = g_strdup ("RPE 5");
  g_assert_true (physio_dose_parse_cell ("3x8", PHYSIO_DOSAGE_REPS, &dose, &error));
  g_assert_cmpuint (dose.sets, ==, 3);
  g_assert_cmpuint (dose.reps, ==, 8);
  g_assert_cmpint (dose.rest_s, ==, 60);
  g_assert_cmpuint (dose.days_per_week, ==, 3);
  g_assert_cmpuint (dose.sessions_per_day, ==, 2);
  g_assert_cmpint (dose.load_kind, ==, PHYSIO_LOAD_KG);
  g_assert_cmpfloat (dose.load_kg, ==, 4);
  g_assert_cmpstr (dose.intensity, ==, "RPE 5");

  /* "new load" is words only: the weight stays as the floor (TEMPLATE-FORMAT.md). */
  g_assert_true (physio_dose_parse_cell ("3x10 (new load)", PHYSIO_DOSAGE_REPS, &dose, &error));
  g_assert_cmpint (dose.load_kind, ==, PHYSIO_LOAD_KG);
  g_assert_cmpfloat (dose.load_kg, ==, 4);
  g_assert_cmpstr (dose.load_text, ==, "new load");

  /* A plain count clears a pyramid. */
  g_assert_true (physio_dose_parse_cell ("6-4-2", PHYSIO_DOSAGE_REPS, &dose, &error));
  g_assert_cmpuint (dose.n_pattern, ==, 3);
  g_assert_true (physio_dose_parse_cell ("2x12", PHYSIO_DOSAGE_REPS, &dose, &error));
  g_assert_cmpuint (dose.n_pattern, ==, 0);
  physio_dose_clear (&dose);
}

static void
test_parse_errors (void)
{
  static const struct
  {
    PhysioDosageKind  kind;
    const char       *text;
    const char       *expected;
  } cases[] = {
    { REPS, "", "Expected sets × reps, such as 2×10" },
    { REPS, "ten", "Expected sets × reps" },
    { REPS, "2x", "Expected sets × reps" },
    { REPS, "0x10", "Expected sets × reps" },
    { REPS, "2x10x3", "Expected sets × reps" },
    { HOLD, "5x", "Expected holds × seconds, such as 5×10s" },
    { HOLD, "1x2x3x4s", "Expected holds × seconds" },
    { DURATION, "abc", "Expected minutes, such as 10′ or 10 min" },
    { DURATION, "2x10'", "Expected minutes" },
    { DISTANCE, "20 km/h", "Expected metres, such as 20 m" },
    { STEPS, "lots", "Expected steps per day, such as 6000" },
    { PRACTICE, "practise", "Expected the number of practice goes" },
    { PRACTICE, "(2 kg)", "Expected the number of practice goes" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      PhysioDose dose = { .sets = 2, .reps = 10, .duration_s = 600, .rest_s = 30 };
      PhysioDose before = dose;
      g_autoptr(GError) error = NULL;

      g_assert_false (physio_dose_parse_cell (cases[i].text, cases[i].kind, &dose, &error));
      g_assert_error (error, PHYSIO_DOSE_ERROR, PHYSIO_DOSE_ERROR_PATTERN);
      if (!g_str_has_prefix (error->message, cases[i].expected))
        g_error ("“%s”: message “%s” does not say “%s”", cases[i].text, error->message,
                 cases[i].expected);
      /* A failed parse leaves the dose as it was. */
      g_assert_true (physio_dose_equal (&dose, &before));
    }
}

/* The dosage kind a table cell is written for, read from the cell itself. */
static PhysioDosageKind
kind_of_cell (const char *cell)
{
  if (g_str_has_prefix (cell, "practise"))
    return PRACTICE;
  if (strstr (cell, "steps") != NULL)
    return STEPS;
  if (strstr (cell, "\u2032") != NULL || strstr (cell, "\u2033") != NULL)
    return DURATION;
  if (g_regex_match_simple ("^[0-9×]+ m\\b", cell, 0, 0))
    return DISTANCE;
  if (g_regex_match_simple ("^[0-9×-]+s\\b", cell, 0, 0))
    return HOLD;
  return REPS;
}

/* tests/core/template-tables.txt holds brief section 5's cells as typed from the brief (by the
 * template-data work): each must read into a dose that the formatter writes back exactly. */
static void
test_template_tables (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "core", "template-tables.txt",
                                                 NULL);
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  guint n_cells = 0;

  if (!g_file_get_contents (path, &contents, NULL, NULL))
    {
      /* The file is part of the repository: without it this test would prove nothing. */
      g_error ("%s is missing", path);
    }

  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) fields = NULL;
      g_auto(PhysioDose) dose = PHYSIO_DOSE_INIT;
      g_autoptr(GError) error = NULL;
      g_autofree char *cell = NULL;
      PhysioLaterality side;
      PhysioDosageKind kind;

      if (lines[i][0] == '#' || lines[i][0] == '\0')
        continue;

      fields = g_strsplit (lines[i], "|", 4);
      g_assert_cmpuint (g_strv_length (fields), ==, 4);
      kind = kind_of_cell (fields[3]);
      side = strstr (fields[3], " e/s") != NULL ? EACH : BOTH;

      if (!physio_dose_parse_cell (fields[3], kind, &dose, &error))
        g_error ("%s: “%s” does not parse: %s", lines[i], fields[3], error->message);
      cell = physio_dose_format_cell (&dose, kind, side);
      if (g_strcmp0 (cell, fields[3]) != 0)
        g_error ("%s: reads back as “%s”", lines[i], cell);
      n_cells++;
    }

  /* The three templates of brief 5 have well over a hundred cells. */
  g_assert_cmpuint (n_cells, >, 100);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/ladder/generate/walking", test_generate_walking);
  g_test_add_func ("/ladder/generate/caps-repeat", test_generate_caps_repeat);
  g_test_add_func ("/ladder/generate/distance-units", test_generate_distance_units);
  g_test_add_func ("/ladder/generate/prescription", test_prescription_generate);
  g_test_add_func ("/ladder/volume-jumps", test_volume_jumps);
  g_test_add_func ("/ladder/cell/format", test_format_cell);
  g_test_add_func ("/ladder/cell/round-trip", test_round_trip);
  g_test_add_func ("/ladder/cell/parse-forgiving", test_parse_forgiving);
  g_test_add_func ("/ladder/cell/round-trip-defects", test_round_trip_defects);
  g_test_add_func ("/ladder/cell/round-trip-random", test_round_trip_random);
  g_test_add_func ("/ladder/cell/parse-keeps-fields", test_parse_keeps_fields);
  g_test_add_func ("/ladder/cell/parse-errors", test_parse_errors);
  g_test_add_func ("/ladder/cell/template-tables", test_template_tables);

  return g_test_run ();
}
