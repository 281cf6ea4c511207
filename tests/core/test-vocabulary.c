/* test-vocabulary.c: the code tables of brief 2.1
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "physio-dose.h"
#include "physio-vocabulary.h"

/* The codes of brief 2.1, exactly: the store, the library JSON and imports all use them. */
static const char * const category_codes[] = {
  "aerobic", "aquatic", "mobility", "stretch", "core_stability", "hinge_lifting",
  "functional_adl", "strength", "breathing_relaxation", "education", NULL
};
static const char * const region_codes[] = {
  "lumbar", "thoracic", "pelvis_hip", "lower_limb", "upper_limb", "trunk", "neural",
  "whole_body", NULL
};
static const char * const equipment_codes[] = {
  "none", "mat", "chair", "low_chair_or_box", "wall", "bed", "pillow", "strap_or_towel",
  "dowel", "resistance_band", "dumbbell", "kettlebell", "step", "table_or_counter",
  "bike_upright", "bike_recumbent", "elliptical", "pool", "float_belt", "step_counter",
  "heat_pack", "household_object", "car", NULL
};
static const char * const position_codes[] = {
  "standing", "sitting", "supine", "supine_crook", "prone", "side_lying", "quadruped",
  "half_kneeling", "kneeling", "in_water", "transitional", NULL
};
static const char * const stage_codes[] = { "acute", "subacute", "chronic", "any", NULL };
static const char * const evidence_codes[] = { "GL", "RCT", "BIO", "EXP", NULL };
static const char * const caution_codes[] = {
  "osteoporosis_loaded_flexion", "pregnancy_supine_after_20wk", "balance_fall_risk",
  "bp_valsalva", "radicular_symptoms", "knee_kneeling", "wrist_shoulder_load",
  "hip_arthroplasty_precautions", "pool_wounds_continence_cardiac", "heat_skin_sensation",
  "neck_pain", NULL
};
static const char * const dosage_codes[] = {
  "reps", "hold", "duration", "distance", "steps", "practice", NULL
};
static const char * const laterality_codes[] = { "bilateral", "each_side", "alternating", NULL };
static const char * const load_codes[] = { "bodyweight", "kg", "band_level", "assisted", NULL };
static const char * const band_codes[] = {
  "extra_light", "light", "medium", "heavy", "extra_heavy", NULL
};

/* The patient vocabularies: conditions an exercise caution is about, and the items of the
 * intake red-flag screen (brief 7.3, one per sign). */
static const char * const condition_codes[] = {
  "osteoporosis", "pregnancy", "hip_replacement", "balance_problems", "high_blood_pressure",
  "knee_problems", "wrist_shoulder_problems", "neck_pain", "wounds_continence_heart",
  "reduced_skin_sensation", NULL
};
static const char * const red_flag_codes[] = {
  "ces_saddle_numbness", "ces_bladder_bowel_sexual", "ces_bilateral_neuro",
  "fracture_trauma", "fracture_osteoporosis", "fracture_steroids", "fracture_older_age",
  "cancer_history", "cancer_weight_loss", "cancer_night_pain", "cancer_no_improvement",
  "infection_fever", "infection_recent", "infection_iv_drugs", "infection_immunosuppression",
  NULL
};

static const char * const * const expected[PHYSIO_N_VOCABS] = {
  [PHYSIO_VOCAB_CATEGORY] = category_codes,
  [PHYSIO_VOCAB_REGION] = region_codes,
  [PHYSIO_VOCAB_EQUIPMENT] = equipment_codes,
  [PHYSIO_VOCAB_POSITION] = position_codes,
  [PHYSIO_VOCAB_STAGE] = stage_codes,
  [PHYSIO_VOCAB_EVIDENCE] = evidence_codes,
  [PHYSIO_VOCAB_CAUTION] = caution_codes,
  [PHYSIO_VOCAB_DOSAGE_KIND] = dosage_codes,
  [PHYSIO_VOCAB_LATERALITY] = laterality_codes,
  [PHYSIO_VOCAB_LOAD_KIND] = load_codes,
  [PHYSIO_VOCAB_BAND_LEVEL] = band_codes,
  [PHYSIO_VOCAB_CONDITION] = condition_codes,
  [PHYSIO_VOCAB_RED_FLAG] = red_flag_codes,
};

static void
test_tables_match_brief (void)
{
  for (int v = 0; v < PHYSIO_N_VOCABS; v++)
    {
      const PhysioVocabEntry *entries;
      guint n = 0;

      entries = physio_vocab_entries (v, &n);
      g_assert_nonnull (entries);
      g_assert_cmpuint (n, ==, g_strv_length ((char **) expected[v]));

      for (guint i = 0; i < n; i++)
        g_assert_cmpstr (entries[i].code, ==, expected[v][i]);
    }
}

static void
test_codes_round_trip (void)
{
  for (int v = 0; v < PHYSIO_N_VOCABS; v++)
    {
      const PhysioVocabEntry *entries;
      guint n = 0;

      entries = physio_vocab_entries (v, &n);
      for (guint i = 0; i < n; i++)
        {
          const char *label;

          g_assert_true (physio_vocab_is_valid (v, entries[i].code));
          g_assert_cmpint (physio_vocab_index (v, entries[i].code), ==, (int) i);

          /* A label is text for people, taken from the table (untranslated here). */
          label = physio_vocab_label (v, entries[i].code);
          g_assert_nonnull (label);
          g_assert_cmpstr (label, !=, "");
          g_assert_cmpstr (label, ==, entries[i].label);
        }
    }
}

static void
test_unknown_code (void)
{
  for (int v = 0; v < PHYSIO_N_VOCABS; v++)
    {
      g_assert_false (physio_vocab_is_valid (v, "no_such_code"));
      g_assert_false (physio_vocab_is_valid (v, ""));
      g_assert_false (physio_vocab_is_valid (v, NULL));
      g_assert_cmpint (physio_vocab_index (v, "no_such_code"), ==, -1);
      /* Unknown codes show as themselves, so a newer library still reads. */
      g_assert_cmpstr (physio_vocab_label (v, "no_such_code"), ==, "no_such_code");
    }

  /* Codes are case-sensitive: the data files use them exactly. */
  g_assert_false (physio_vocab_is_valid (PHYSIO_VOCAB_EVIDENCE, "gl"));
  g_assert_false (physio_vocab_is_valid (PHYSIO_VOCAB_CATEGORY, "Aerobic"));
  /* A code of one vocabulary is not valid in another. */
  g_assert_false (physio_vocab_is_valid (PHYSIO_VOCAB_REGION, "aerobic"));
}

static void
test_enums_follow_tables (void)
{
  g_assert_cmpint (physio_vocab_index (PHYSIO_VOCAB_DOSAGE_KIND, "reps"), ==, PHYSIO_DOSAGE_REPS);
  g_assert_cmpint (physio_vocab_index (PHYSIO_VOCAB_DOSAGE_KIND, "hold"), ==, PHYSIO_DOSAGE_HOLD);
  g_assert_cmpint (physio_vocab_index (PHYSIO_VOCAB_DOSAGE_KIND, "duration"), ==,
                   PHYSIO_DOSAGE_DURATION);
  g_assert_cmpint (physio_vocab_index (PHYSIO_VOCAB_DOSAGE_KIND, "distance"), ==,
                   PHYSIO_DOSAGE_DISTANCE);
  g_assert_cmpint (physio_vocab_index (PHYSIO_VOCAB_DOSAGE_KIND, "steps"), ==,
                   PHYSIO_DOSAGE_STEPS);
  g_assert_cmpint (physio_vocab_index (PHYSIO_VOCAB_DOSAGE_KIND, "practice"), ==,
                   PHYSIO_DOSAGE_PRACTICE);

  g_assert_cmpint (physio_vocab_index (PHYSIO_VOCAB_LATERALITY, "bilateral"), ==,
                   PHYSIO_LATERALITY_BILATERAL);
  g_assert_cmpint (physio_vocab_index (PHYSIO_VOCAB_LATERALITY, "each_side"), ==,
                   PHYSIO_LATERALITY_EACH_SIDE);
  g_assert_cmpint (physio_vocab_index (PHYSIO_VOCAB_LATERALITY, "alternating"), ==,
                   PHYSIO_LATERALITY_ALTERNATING);

  /* Band levels start at 1 in the enum so that 0 can mean "no band". */
  g_assert_cmpint (physio_vocab_index (PHYSIO_VOCAB_BAND_LEVEL, "extra_light") + 1, ==,
                   PHYSIO_BAND_EXTRA_LIGHT);
  g_assert_cmpint (physio_vocab_index (PHYSIO_VOCAB_BAND_LEVEL, "extra_heavy") + 1, ==,
                   PHYSIO_BAND_EXTRA_HEAVY);
  g_assert_cmpstr (physio_vocab_label (PHYSIO_VOCAB_BAND_LEVEL, "extra_light"), ==,
                   "extra-light");

  /* Load kinds likewise start at 1: 0 is "no load". */
  g_assert_cmpint (physio_vocab_index (PHYSIO_VOCAB_LOAD_KIND, "bodyweight") + 1, ==,
                   PHYSIO_LOAD_BODYWEIGHT);
  g_assert_cmpint (physio_vocab_index (PHYSIO_VOCAB_LOAD_KIND, "kg") + 1, ==, PHYSIO_LOAD_KG);
  g_assert_cmpint (physio_vocab_index (PHYSIO_VOCAB_LOAD_KIND, "band_level") + 1, ==,
                   PHYSIO_LOAD_BAND);
  g_assert_cmpint (physio_vocab_index (PHYSIO_VOCAB_LOAD_KIND, "assisted") + 1, ==,
                   PHYSIO_LOAD_ASSISTED);
}

static void
test_names (void)
{
  g_assert_cmpstr (physio_vocab_name (PHYSIO_VOCAB_CATEGORY), ==, "category");
  g_assert_cmpstr (physio_vocab_name (PHYSIO_VOCAB_REGION), ==, "body_region");
  g_assert_cmpstr (physio_vocab_name (PHYSIO_VOCAB_CAUTION), ==, "caution_code");

  g_assert_cmpstr (physio_vocab_name (PHYSIO_VOCAB_CONDITION), ==, "condition");
  g_assert_cmpstr (physio_vocab_name (PHYSIO_VOCAB_RED_FLAG), ==, "red_flag");

  for (int v = 0; v < PHYSIO_N_VOCABS; v++)
    g_assert_nonnull (physio_vocab_name (v));
}

/* The intake screen groups its items under the four domains of brief 7.3. */
static void
test_red_flag_domains (void)
{
  const PhysioVocabEntry *entries;
  guint n = 0;

  entries = physio_vocab_entries (PHYSIO_VOCAB_RED_FLAG, &n);
  for (guint i = 0; i < n; i++)
    g_assert_nonnull (physio_red_flag_domain (entries[i].code));

  g_assert_cmpstr (physio_red_flag_domain ("ces_saddle_numbness"), ==, "Cauda equina syndrome");
  g_assert_cmpstr (physio_red_flag_domain ("fracture_steroids"), ==, "Spinal fracture");
  g_assert_cmpstr (physio_red_flag_domain ("cancer_night_pain"), ==, "Malignancy");
  g_assert_cmpstr (physio_red_flag_domain ("infection_iv_drugs"), ==, "Spinal infection");
  g_assert_null (physio_red_flag_domain ("ces_made_up"));
  g_assert_null (physio_red_flag_domain (NULL));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/vocabulary/tables-match-brief", test_tables_match_brief);
  g_test_add_func ("/vocabulary/codes-round-trip", test_codes_round_trip);
  g_test_add_func ("/vocabulary/unknown-code", test_unknown_code);
  g_test_add_func ("/vocabulary/enums-follow-tables", test_enums_follow_tables);
  g_test_add_func ("/vocabulary/names", test_names);
  g_test_add_func ("/vocabulary/red-flag-domains", test_red_flag_domains);

  return g_test_run ();
}
