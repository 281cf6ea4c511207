/* test-dose-format.c: the one dose formatter (brief 2.4) and its patient wording (brief 7.1)
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "physio-dose.h"

#define UNSET (-1)

/* One row per prescription as a clinician would write it. rest is in seconds; UNSET leaves it
 * out, while 0 is a real "no rest". */
typedef struct
{
  const char       *what;
  PhysioDosageKind  kind;
  PhysioLaterality  side;
  guint             sets;
  guint             reps;
  const char       *pattern;
  guint             hold_s;
  guint             duration_s;
  guint             distance_m;
  guint             steps;
  guint             above_baseline;
  int               rest_s;
  guint             per_day;
  guint             days;
  PhysioLoadKind    load_kind;
  double            load_kg;
  PhysioBandLevel   band;
  const char       *load_text;
  const char       *compact;
  const char       *words;
} FormatCase;

#define REPS PHYSIO_DOSAGE_REPS
#define HOLD PHYSIO_DOSAGE_HOLD
#define DURATION PHYSIO_DOSAGE_DURATION
#define DISTANCE PHYSIO_DOSAGE_DISTANCE
#define STEPS PHYSIO_DOSAGE_STEPS
#define PRACTICE PHYSIO_DOSAGE_PRACTICE
#define BOTH PHYSIO_LATERALITY_BILATERAL
#define EACH PHYSIO_LATERALITY_EACH_SIDE
#define ALT PHYSIO_LATERALITY_ALTERNATING

static const FormatCase cases[] = {
  /* The worked examples of the brief. */
  { "reps each side", REPS, EACH, .sets = 2, .reps = 10, .rest_s = 45, .per_day = 1, .days = 4,
    .compact = "2 × 10 each side · rest 45 s · 1×/day · 4 days/week",
    .words = "2 sets of 10, each side. Rest about 45 seconds between sets. "
             "Once a day, 4 days a week." },
  { "reps bilateral", REPS, BOTH, .sets = 2, .reps = 10, .rest_s = 60, .per_day = 1, .days = 5,
    .compact = "2 × 10 · rest 60 s · 1×/day · 5 days/week",
    .words = "2 sets of 10. Rest about 1 minute between sets. Once a day, 5 days a week." },
  { "alternating", REPS, ALT, .sets = 1, .reps = 10, .rest_s = UNSET, .per_day = 2, .days = 7,
    .compact = "1 × 10 alternating · 2×/day · daily",
    .words = "Do it 10 times, alternating sides. Twice a day, every day." },
  { "reps without sets reads as one set", REPS, BOTH, .reps = 8, .rest_s = UNSET, .per_day = 3,
    .days = 7,
    .compact = "1 × 8 · 3×/day · daily",
    .words = "Do it 8 times. 3 times a day, every day." },
  { "reps pyramid", REPS, BOTH, .pattern = "6-4-2", .rest_s = 30, .per_day = 1, .days = 3,
    .compact = "6-4-2 · rest 30 s · 1×/day · 3 days/week",
    .words = "3 sets: 6, then 4, then 2. Rest about 30 seconds between sets. "
             "Once a day, 3 days a week." },
  /* Holds. */
  { "holds", HOLD, BOTH, .sets = 1, .reps = 5, .hold_s = 10, .rest_s = UNSET, .per_day = 1,
    .days = 7,
    .compact = "5 × 10-second holds · 1×/day · daily",
    .words = "Hold for 10 seconds, 5 times. Once a day, every day." },
  { "holds each side", HOLD, EACH, .sets = 1, .reps = 5, .hold_s = 10, .rest_s = UNSET,
    .per_day = 1, .days = 7,
    .compact = "5 × 10-second holds each side · 1×/day · daily",
    .words = "Hold for 10 seconds, 5 times, each side. Once a day, every day." },
  { "hold pyramid each side", HOLD, EACH, .sets = 1, .pattern = "6-4-2", .hold_s = 10,
    .rest_s = 10, .per_day = 1, .days = 5,
    .compact = "6-4-2 × 10-second holds each side · rest 10 s · 1×/day · 5 days/week",
    .words = "Hold for 10 seconds: 6, then 4, then 2 times, each side. "
             "Rest about 10 seconds between holds. Once a day, 5 days a week." },
  { "sets of holds", HOLD, BOTH, .sets = 2, .reps = 5, .hold_s = 8, .rest_s = UNSET,
    .per_day = 1, .days = 4,
    .compact = "2 × 5 × 8-second holds · 1×/day · 4 days/week",
    .words = "Hold for 8 seconds, 5 times. Do 2 sets. Once a day, 4 days a week." },
  { "one long hold", HOLD, EACH, .sets = 1, .reps = 1, .hold_s = 30, .rest_s = 30,
    .per_day = 1, .days = 5,
    .compact = "1 × 30-second hold each side · 1×/day · 5 days/week",
    .words = "Hold for 30 seconds, once, each side. Once a day, 5 days a week." },
  { "minute holds", HOLD, BOTH, .sets = 1, .reps = 3, .hold_s = 60, .rest_s = 30,
    .per_day = 2, .days = 7,
    .compact = "3 × 60-second holds · rest 30 s · 2×/day · daily",
    .words = "Hold for 1 minute, 3 times. Rest about 30 seconds between holds. "
             "Twice a day, every day." },
  /* Durations around the 2-minute rule. */
  { "walk", DURATION, BOTH, .duration_s = 300, .rest_s = UNSET, .per_day = 3, .days = 7,
    .compact = "5 min · 3×/day · daily",
    .words = "Keep going for 5 minutes. 3 times a day, every day." },
  { "45 s", DURATION, BOTH, .duration_s = 45, .rest_s = UNSET, .per_day = 1, .days = 7,
    .compact = "45 s · 1×/day · daily",
    .words = "Keep going for 45 seconds. Once a day, every day." },
  { "1 minute", DURATION, BOTH, .duration_s = 60, .rest_s = UNSET, .per_day = 1, .days = 7,
    .compact = "1 min · 1×/day · daily",
    .words = "Keep going for 1 minute. Once a day, every day." },
  { "90 s", DURATION, BOTH, .duration_s = 90, .rest_s = UNSET, .per_day = 1, .days = 7,
    .compact = "90 s · 1×/day · daily",
    .words = "Keep going for 90 seconds. Once a day, every day." },
  { "just under 2 min", DURATION, BOTH, .duration_s = 119, .rest_s = UNSET, .per_day = 1,
    .days = 7,
    .compact = "119 s · 1×/day · daily" },
  { "2 min", DURATION, BOTH, .duration_s = 120, .rest_s = UNSET, .per_day = 1, .days = 7,
    .compact = "2 min · 1×/day · daily" },
  { "149 s rounds down", DURATION, BOTH, .duration_s = 149, .rest_s = UNSET, .per_day = 1,
    .days = 7,
    .compact = "2 min · 1×/day · daily" },
  { "150 s rounds half up", DURATION, BOTH, .duration_s = 150, .rest_s = UNSET, .per_day = 1,
    .days = 7,
    .compact = "3 min · 1×/day · daily",
    .words = "Keep going for 3 minutes. Once a day, every day." },
  { "duration each side", DURATION, EACH, .duration_s = 60, .rest_s = UNSET, .per_day = 1,
    .days = 5,
    .compact = "1 min each side · 1×/day · 5 days/week",
    .words = "Keep going for 1 minute, each side. Once a day, 5 days a week." },
  /* Distance. */
  { "carry each side", DISTANCE, EACH, .sets = 3, .distance_m = 20, .rest_s = 60, .days = 2,
    .load_text = "4-6 kg",
    .compact = "3 × 20 m each side · 4-6 kg · rest 60 s · 1×/day · 2 days/week",
    .words = "Cover 20 metres, 3 times, each side. Use 4-6 kg. "
             "Rest about 1 minute between each one. Once a day, 2 days a week." },
  { "one pool length", DISTANCE, BOTH, .sets = 1, .distance_m = 100, .rest_s = 60, .days = 2,
    .compact = "100 m · 1×/day · 2 days/week",
    .words = "Cover 100 metres. Once a day, 2 days a week." },
  { "kilometres", DISTANCE, BOTH, .sets = 1, .distance_m = 1500, .rest_s = UNSET, .days = 2,
    .compact = "1.5 km · 1×/day · 2 days/week",
    .words = "Cover 1.5 kilometres. Once a day, 2 days a week." },
  { "whole kilometre", DISTANCE, BOTH, .sets = 1, .distance_m = 1000, .rest_s = UNSET,
    .days = 3,
    .compact = "1 km · 1×/day · 3 days/week",
    .words = "Cover 1 kilometre. Once a day, 3 days a week." },
  /* Steps: already per day, so no sessions. */
  { "steps", STEPS, BOTH, .steps = 6000, .rest_s = UNSET, .days = 7,
    .compact = "6000 steps/day · daily",
    .words = "Aim for 6000 steps a day. Every day." },
  { "steps above baseline", STEPS, BOTH, .above_baseline = 500, .rest_s = UNSET, .days = 7,
    .compact = "usual steps + 500/day · daily",
    .words = "Aim for your usual number of steps plus 500 a day. Every day." },
  { "steps on 5 days", STEPS, BOTH, .steps = 8000, .rest_s = UNSET, .per_day = 1, .days = 5,
    .compact = "8000 steps/day · 5 days/week",
    .words = "Aim for 8000 steps a day. 5 days a week." },
  /* Practice. */
  { "practice", PRACTICE, BOTH, .sets = 1, .reps = 3, .rest_s = UNSET, .per_day = 1, .days = 7,
    .compact = "practise 3 times · 1×/day · daily",
    .words = "Practise 3 times. Once a day, every day." },
  { "practice once each side", PRACTICE, EACH, .sets = 1, .reps = 1, .rest_s = UNSET,
    .per_day = 1, .days = 7,
    .compact = "practise once each side · 1×/day · daily",
    .words = "Practise once, each side. Once a day, every day." },
  { "practice with a load", PRACTICE, EACH, .sets = 1, .reps = 5, .rest_s = UNSET, .per_day = 1,
    .days = 4, .load_text = "empty box or 1-2 kg",
    .compact = "practise 5 times each side · empty box or 1-2 kg · 1×/day · 4 days/week",
    .words = "Practise 5 times, each side. Use empty box or 1-2 kg. Once a day, 4 days a week." },
  /* Rest. */
  { "rest of 2 minutes", REPS, BOTH, .sets = 3, .reps = 8, .rest_s = 120, .per_day = 1,
    .days = 2,
    .compact = "3 × 8 · rest 2 min · 1×/day · 2 days/week",
    .words = "3 sets of 8. Rest about 2 minutes between sets. Once a day, 2 days a week." },
  { "rest of 150 s", REPS, BOTH, .sets = 3, .reps = 8, .rest_s = 150, .per_day = 1, .days = 2,
    .compact = "3 × 8 · rest 3 min · 1×/day · 2 days/week" },
  { "rest of 90 s stays in seconds", REPS, BOTH, .sets = 2, .reps = 10, .rest_s = 90,
    .per_day = 1, .days = 2,
    .compact = "2 × 10 · rest 90 s · 1×/day · 2 days/week",
    .words = "2 sets of 10. Rest about 90 seconds between sets. Once a day, 2 days a week." },
  { "no rest", REPS, BOTH, .sets = 2, .reps = 10, .rest_s = 0, .per_day = 1, .days = 2,
    .compact = "2 × 10 · 1×/day · 2 days/week",
    .words = "2 sets of 10. Once a day, 2 days a week." },
  { "rest after a single set says nothing", REPS, BOTH, .sets = 1, .reps = 10, .rest_s = 60,
    .per_day = 1, .days = 2,
    .compact = "1 × 10 · 1×/day · 2 days/week" },
  /* Load, after the volume. */
  { "kg", REPS, BOTH, .sets = 2, .reps = 10, .rest_s = 45, .per_day = 1, .days = 3,
    .load_kind = PHYSIO_LOAD_KG, .load_kg = 4,
    .compact = "2 × 10 · 4 kg · rest 45 s · 1×/day · 3 days/week",
    .words = "2 sets of 10. Use 4 kg. Rest about 45 seconds between sets. "
             "Once a day, 3 days a week." },
  { "half kilos", REPS, BOTH, .sets = 2, .reps = 10, .rest_s = UNSET, .per_day = 1, .days = 3,
    .load_kind = PHYSIO_LOAD_KG, .load_kg = 2.5,
    .compact = "2 × 10 · 2.5 kg · 1×/day · 3 days/week" },
  { "band", REPS, BOTH, .sets = 2, .reps = 12, .rest_s = 60, .per_day = 1, .days = 2,
    .load_kind = PHYSIO_LOAD_BAND, .band = PHYSIO_BAND_LIGHT,
    .compact = "2 × 12 · light band · rest 60 s · 1×/day · 2 days/week",
    .words = "2 sets of 12. Use the light band. Rest about 1 minute between sets. "
             "Once a day, 2 days a week." },
  { "extra-heavy band", REPS, BOTH, .sets = 2, .reps = 12, .rest_s = UNSET, .per_day = 1,
    .days = 2, .load_kind = PHYSIO_LOAD_BAND, .band = PHYSIO_BAND_EXTRA_HEAVY,
    .compact = "2 × 12 · extra-heavy band · 1×/day · 2 days/week" },
  { "load text wins", REPS, BOTH, .sets = 2, .reps = 10, .rest_s = 90, .per_day = 1, .days = 2,
    .load_kind = PHYSIO_LOAD_KG, .load_kg = 3, .load_text = "2–4 kg per hand",
    .compact = "2 × 10 · 2–4 kg per hand · rest 90 s · 1×/day · 2 days/week",
    .words = "2 sets of 10. Use 2–4 kg per hand. Rest about 90 seconds between sets. "
             "Once a day, 2 days a week." },
  { "steps carry no load", STEPS, BOTH, .steps = 6000, .rest_s = UNSET, .days = 7,
    .load_kind = PHYSIO_LOAD_KG, .load_kg = 3,
    .compact = "6000 steps/day · daily" },
  /* Frequency. */
  { "one day a week", REPS, BOTH, .sets = 2, .reps = 10, .rest_s = UNSET, .per_day = 1,
    .days = 1,
    .compact = "2 × 10 · 1×/day · 1 day/week",
    .words = "2 sets of 10. Once a day, 1 day a week." },
  { "no sessions means once a day", HOLD, BOTH, .sets = 1, .reps = 5, .hold_s = 10,
    .rest_s = UNSET, .days = 6,
    .compact = "5 × 10-second holds · 1×/day · 6 days/week" },
  { "no days", REPS, BOTH, .sets = 2, .reps = 10, .rest_s = UNSET, .per_day = 4,
    .compact = "2 × 10 · 4×/day",
    .words = "2 sets of 10. 4 times a day." },
};

static void
fill_dose (PhysioDose       *dose,
           const FormatCase *c)
{
  physio_dose_init (dose);
  dose->sets = c->sets;
  dose->reps = c->reps;
  if (c->pattern != NULL)
    g_assert_true (physio_dose_parse_pattern (dose, c->pattern));
  dose->hold_s = c->hold_s;
  dose->duration_s = c->duration_s;
  dose->distance_m = c->distance_m;
  dose->steps_per_day = c->steps;
  dose->steps_above_baseline = c->above_baseline;
  dose->rest_s = c->rest_s;
  dose->sessions_per_day = c->per_day;
  dose->days_per_week = c->days;
  dose->load_kind = c->load_kind;
  dose->load_kg = c->load_kg;
  dose->band_level = c->band;
  dose->load_text = g_strdup (c->load_text);
}

static void
test_compact_table (void)
{
  g_assert_cmpuint (G_N_ELEMENTS (cases), >=, 25);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(PhysioDose) dose = PHYSIO_DOSE_INIT;
      g_autofree char *text = NULL;

      fill_dose (&dose, &cases[i]);
      text = physio_dose_format (&dose, cases[i].kind, cases[i].side);
      g_test_message ("%s: %s", cases[i].what, text);
      g_assert_cmpstr (text, ==, cases[i].compact);
    }
}

static void
test_words_table (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(PhysioDose) dose = PHYSIO_DOSE_INIT;
      g_autofree char *text = NULL;

      if (cases[i].words == NULL)
        continue;

      fill_dose (&dose, &cases[i]);
      text = physio_dose_format_words (&dose, cases[i].kind, cases[i].side);
      g_test_message ("%s: %s", cases[i].what, text);
      g_assert_cmpstr (text, ==, cases[i].words);
    }
}

static void
test_words_notes (void)
{
  g_auto(PhysioDose) dose = PHYSIO_DOSE_INIT;
  g_autofree char *text = NULL;

  /* Intensity and tempo are the clinician's free notes: each becomes its own sentence,
   * capitalised, without doubling a full stop the clinician already typed. */
  dose.duration_s = 900;
  dose.sessions_per_day = 1;
  dose.days_per_week = 5;
  dose.intensity = g_strdup ("  moderate – can talk but not sing. ");
  text = physio_dose_format_words (&dose, PHYSIO_DOSAGE_DURATION, PHYSIO_LATERALITY_BILATERAL);
  g_assert_cmpstr (text, ==,
                   "Keep going for 15 minutes. Moderate – can talk but not sing. "
                   "Once a day, 5 days a week.");
  g_clear_pointer (&text, g_free);

  dose.tempo = g_strdup ("2-s hold at top");
  g_free (dose.intensity);
  dose.intensity = g_strdup ("évitez la douleur");
  text = physio_dose_format_words (&dose, PHYSIO_DOSAGE_DURATION, PHYSIO_LATERALITY_BILATERAL);
  g_assert_cmpstr (text, ==,
                   "Keep going for 15 minutes. 2-s hold at top. Évitez la douleur. "
                   "Once a day, 5 days a week.");

  /* The compact form stays compact: intensity and tempo belong to the detail view. */
  g_clear_pointer (&text, g_free);
  text = physio_dose_format (&dose, PHYSIO_DOSAGE_DURATION, PHYSIO_LATERALITY_BILATERAL);
  g_assert_cmpstr (text, ==, "15 min · 1×/day · 5 days/week");

  /* A note of only full stops says nothing. */
  g_clear_pointer (&text, g_free);
  g_free (dose.tempo);
  dose.tempo = g_strdup (" . ");
  g_clear_pointer (&dose.intensity, g_free);
  text = physio_dose_format_words (&dose, PHYSIO_DOSAGE_DURATION, PHYSIO_LATERALITY_BILATERAL);
  g_assert_cmpstr (text, ==, "Keep going for 15 minutes. Once a day, 5 days a week.");
}

static void
test_incomplete_dose (void)
{
  g_auto(PhysioDose) dose = PHYSIO_DOSE_INIT;
  g_autofree char *compact = NULL;
  g_autofree char *words = NULL;

  /* While the editor is being filled in, the formatter must not invent numbers. */
  dose.days_per_week = 3;
  compact = physio_dose_format (&dose, PHYSIO_DOSAGE_HOLD, PHYSIO_LATERALITY_EACH_SIDE);
  g_assert_cmpstr (compact, ==, "1×/day · 3 days/week");
  words = physio_dose_format_words (&dose, PHYSIO_DOSAGE_HOLD, PHYSIO_LATERALITY_EACH_SIDE);
  g_assert_cmpstr (words, ==, "Once a day, 3 days a week.");
}

static void
test_format_seconds (void)
{
  static const struct { guint seconds; const char *text; } rows[] = {
    { 0, "0 s" }, { 30, "30 s" }, { 45, "45 s" }, { 60, "1 min" }, { 61, "61 s" },
    { 90, "90 s" }, { 119, "119 s" }, { 120, "2 min" }, { 149, "2 min" }, { 150, "3 min" },
    { 300, "5 min" }, { 1799, "30 min" }, { 7200, "120 min" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      g_autofree char *text = physio_format_seconds (rows[i].seconds);

      g_assert_cmpstr (text, ==, rows[i].text);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/dose-format/compact", test_compact_table);
  g_test_add_func ("/dose-format/words", test_words_table);
  g_test_add_func ("/dose-format/words-notes", test_words_notes);
  g_test_add_func ("/dose-format/incomplete", test_incomplete_dose);
  g_test_add_func ("/dose-format/seconds", test_format_seconds);

  return g_test_run ();
}
