/* test-exercise.c: the exercise object: validation, copy, duplicate, notifications
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include "physio-exercise.h"

/* A complete, valid record shaped like COR-05 of the library. */
static PhysioExercise *
make_valid_exercise (void)
{
  static const char * const steps[] = {
    "Kneel on all fours with your hands under your shoulders.",
    "Tighten your tummy gently, as if bracing for a light poke.",
    "Slide one leg back and reach the opposite arm forward.",
    "Hold, then return slowly and swap sides.",
    NULL
  };
  static const char * const cues[] = { "Keep your back still", "Reach long", NULL };
  static const char * const regions[] = { "lumbar", "trunk", NULL };
  static const char * const equipment[] = { "mat", NULL };
  static const char * const stages[] = { "subacute", "chronic", NULL };
  static const char * const cautions[] = { "knee_kneeling", "wrist_shoulder_load", NULL };
  static const char * const evidence[] = { "BIO", "RCT", NULL };
  static const char * const progressions[] = { "COR-06", "COR-07", NULL };
  static const char * const regressions[] = { "COR-04", NULL };
  static const char * const aliases[] = { "quadruped opposite arm/leg raise", NULL };
  PhysioExercise *exercise = physio_exercise_new ();
  PhysioDose dose = PHYSIO_DOSE_INIT;
  PhysioDoseLimits limits = { 0 };

  physio_exercise_set_id (exercise, "COR-05");
  physio_exercise_set_name (exercise, "Bird dog");
  physio_exercise_set_category (exercise, "core_stability");
  physio_exercise_set_position (exercise, "quadruped");
  physio_exercise_set_dosage_kind (exercise, PHYSIO_DOSAGE_HOLD);
  physio_exercise_set_laterality (exercise, PHYSIO_LATERALITY_ALTERNATING);
  physio_exercise_set_source (exercise, PHYSIO_EXERCISE_BUILTIN);
  physio_exercise_set_version (exercise, 3);
  physio_exercise_set_caution_text (exercise, "Keep the movement small if your wrists ache.");
  physio_exercise_set_progression_note (exercise, "Add a 6-4-2 pyramid.");
  physio_exercise_set_aliases (exercise, aliases);
  physio_exercise_set_steps (exercise, steps);
  physio_exercise_set_cues (exercise, cues);
  physio_exercise_set_regions (exercise, regions);
  physio_exercise_set_equipment (exercise, equipment);
  physio_exercise_set_stages (exercise, stages);
  physio_exercise_set_caution_codes (exercise, cautions);
  physio_exercise_set_evidence_tags (exercise, evidence);
  physio_exercise_set_progression_ids (exercise, progressions);
  physio_exercise_set_regression_ids (exercise, regressions);

  dose.sets = 1;
  dose.reps = 5;
  dose.hold_s = 8;
  dose.rest_s = 5;
  dose.sessions_per_day = 1;
  dose.days_per_week = 5;
  physio_exercise_set_default_dose (exercise, &dose);

  limits.min[PHYSIO_DOSE_FIELD_HOLD] = 5;
  limits.max[PHYSIO_DOSE_FIELD_HOLD] = 10;
  physio_exercise_set_dose_limits (exercise, &limits);

  return exercise;
}

static void
assert_invalid (PhysioExercise      *exercise,
                PhysioExerciseField  field,
                const char          *message)
{
  g_autoptr(GError) error = NULL;
  PhysioExerciseField bad = PHYSIO_EXERCISE_FIELD_NONE;

  g_assert_false (physio_exercise_validate (exercise, &bad, &error));
  g_assert_error (error, PHYSIO_EXERCISE_ERROR, PHYSIO_EXERCISE_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, message);
  g_assert_cmpint (bad, ==, field);
}

static void
assert_valid (PhysioExercise *exercise)
{
  g_autoptr(GError) error = NULL;
  PhysioExerciseField bad = PHYSIO_EXERCISE_FIELD_NAME;

  g_assert_true (physio_exercise_validate (exercise, &bad, &error));
  g_assert_no_error (error);
  g_assert_cmpint (bad, ==, PHYSIO_EXERCISE_FIELD_NONE);
}

static char *
repeat (const char *unit,
        guint       times)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < times; i++)
    g_string_append (text, unit);

  return g_string_free (text, FALSE);
}

static void
test_valid (void)
{
  g_autoptr(PhysioExercise) exercise = make_valid_exercise ();

  assert_valid (exercise);
}

static void
test_name (void)
{
  g_autoptr(PhysioExercise) exercise = make_valid_exercise ();
  g_autofree char *eighty = repeat ("é", 80);
  g_autofree char *padded = g_strdup_printf ("   %s   ", eighty);
  g_autofree char *long_name = repeat ("a", 81);

  physio_exercise_set_name (exercise, "");
  assert_invalid (exercise, PHYSIO_EXERCISE_FIELD_NAME, "Give the exercise a name.");
  physio_exercise_set_name (exercise, " \t ");
  assert_invalid (exercise, PHYSIO_EXERCISE_FIELD_NAME, "Give the exercise a name.");
  physio_exercise_set_name (exercise, NULL);
  g_assert_cmpstr (physio_exercise_get_name (exercise), ==, "");
  assert_invalid (exercise, PHYSIO_EXERCISE_FIELD_NAME, "Give the exercise a name.");

  /* Characters, not bytes, and spaces around the name do not count. */
  physio_exercise_set_name (exercise, padded);
  assert_valid (exercise);
  physio_exercise_set_name (exercise, long_name);
  assert_invalid (exercise, PHYSIO_EXERCISE_FIELD_NAME,
                  "The name is longer than 80 characters.");
}

static void
test_id_and_codes (void)
{
  g_autoptr(PhysioExercise) exercise = make_valid_exercise ();
  static const char * const none[] = { NULL };
  static const char * const bad_region[] = { "lumbar", "spleen", NULL };
  static const char * const bad_stage[] = { "acute", "later", NULL };
  static const char * const bad_caution[] = { "neck_pain", "sharks", NULL };
  static const char * const bad_evidence[] = { "GL", "blog", NULL };

  physio_exercise_set_id (exercise, "");
  assert_invalid (exercise, PHYSIO_EXERCISE_FIELD_ID, "The exercise has no id.");
  physio_exercise_set_id (exercise, "COR-05");

  physio_exercise_set_category (exercise, "core");
  assert_invalid (exercise, PHYSIO_EXERCISE_FIELD_CATEGORY, "Choose a category.");
  physio_exercise_set_category (exercise, "");
  assert_invalid (exercise, PHYSIO_EXERCISE_FIELD_CATEGORY, "Choose a category.");
  physio_exercise_set_category (exercise, "core_stability");

  physio_exercise_set_position (exercise, "upside_down");
  assert_invalid (exercise, PHYSIO_EXERCISE_FIELD_POSITION, "Choose a starting position.");
  physio_exercise_set_position (exercise, "quadruped");

  physio_exercise_set_regions (exercise, none);
  assert_invalid (exercise, PHYSIO_EXERCISE_FIELD_REGIONS, "Choose at least one body region.");
  physio_exercise_set_regions (exercise, NULL);
  assert_invalid (exercise, PHYSIO_EXERCISE_FIELD_REGIONS, "Choose at least one body region.");
  physio_exercise_set_regions (exercise, bad_region);
  assert_invalid (exercise, PHYSIO_EXERCISE_FIELD_REGIONS, "Body region “spleen” is not known.");
  physio_exercise_set_regions (exercise, (const char *[]) { "lumbar", NULL });

  physio_exercise_set_stages (exercise, none);
  assert_invalid (exercise, PHYSIO_EXERCISE_FIELD_STAGES, "Choose at least one stage.");
  physio_exercise_set_stages (exercise, bad_stage);
  assert_invalid (exercise, PHYSIO_EXERCISE_FIELD_STAGES, "Stage “later” is not known.");
  physio_exercise_set_stages (exercise, (const char *[]) { "any", NULL });

  physio_exercise_set_caution_codes (exercise, bad_caution);
  assert_invalid (exercise, PHYSIO_EXERCISE_FIELD_CAUTION, "Caution “sharks” is not known.");
  physio_exercise_set_caution_codes (exercise, none);

  physio_exercise_set_evidence_tags (exercise, bad_evidence);
  assert_invalid (exercise, PHYSIO_EXERCISE_FIELD_EVIDENCE,
                  "Evidence tag “blog” is not known.");
  physio_exercise_set_evidence_tags (exercise, none);

  assert_valid (exercise);
}

static void
test_equipment (void)
{
  g_autoptr(PhysioExercise) exercise = make_valid_exercise ();

  physio_exercise_set_equipment (exercise, (const char *[]) { "none", NULL });
  assert_valid (exercise);
  physio_exercise_set_equipment (exercise, (const char *[]) { "mat", "chair", NULL });
  assert_valid (exercise);

  physio_exercise_set_equipment (exercise, (const char *[]) { "mat", "none", NULL });
  assert_invalid (exercise, PHYSIO_EXERCISE_FIELD_EQUIPMENT,
                  "Equipment cannot be “No equipment” and something else.");
  physio_exercise_set_equipment (exercise, (const char *[]) { "mat", "trampoline", NULL });
  assert_invalid (exercise, PHYSIO_EXERCISE_FIELD_EQUIPMENT,
                  "Equipment “trampoline” is not known.");
}

static void
test_steps (void)
{
  g_autoptr(PhysioExercise) exercise = make_valid_exercise ();
  g_autofree char *s160 = repeat ("ü", 160);
  g_autofree char *s161 = repeat ("x", 161);

  physio_exercise_set_steps (exercise, (const char *[]) { "One.", "Two.", NULL });
  assert_invalid (exercise, PHYSIO_EXERCISE_FIELD_STEPS, "Add at least 3 steps.");
  physio_exercise_set_steps (exercise, NULL);
  assert_invalid (exercise, PHYSIO_EXERCISE_FIELD_STEPS, "Add at least 3 steps.");

  physio_exercise_set_steps (exercise,
                             (const char *[]) { "1.", "2.", "3.", "4.", "5.", "6.", NULL });
  assert_invalid (exercise, PHYSIO_EXERCISE_FIELD_STEPS, "Use at most 5 steps.");

  physio_exercise_set_steps (exercise, (const char *[]) { "1.", "2.", "3.", s160, "5.", NULL });
  assert_valid (exercise);
  physio_exercise_set_steps (exercise, (const char *[]) { "1.", "2.", "3.", s161, NULL });
  assert_invalid (exercise, PHYSIO_EXERCISE_FIELD_STEPS, "Step 4 is longer than 160 characters.");

  physio_exercise_set_steps (exercise, (const char *[]) { "1.", "  ", "3.", NULL });
  assert_invalid (exercise, PHYSIO_EXERCISE_FIELD_STEPS, "Step 2 is empty.");
}

static void
test_cues_and_caution (void)
{
  g_autoptr(PhysioExercise) exercise = make_valid_exercise ();
  g_autofree char *c80 = repeat ("c", 80);
  g_autofree char *c81 = repeat ("c", 81);
  g_autofree char *t200 = repeat ("t", 200);
  g_autofree char *t201 = repeat ("t", 201);

  physio_exercise_set_cues (exercise, NULL);
  assert_valid (exercise);
  physio_exercise_set_cues (exercise, (const char *[]) { "a", "b", c80, NULL });
  assert_valid (exercise);
  physio_exercise_set_cues (exercise, (const char *[]) { "a", "b", "c", "d", NULL });
  assert_invalid (exercise, PHYSIO_EXERCISE_FIELD_CUES, "Use at most 3 cues.");
  physio_exercise_set_cues (exercise, (const char *[]) { c81, NULL });
  assert_invalid (exercise, PHYSIO_EXERCISE_FIELD_CUES, "Cue 1 is longer than 80 characters.");
  physio_exercise_set_cues (exercise, NULL);

  physio_exercise_set_caution_text (exercise, "");
  assert_valid (exercise);
  physio_exercise_set_caution_text (exercise, t200);
  assert_valid (exercise);
  physio_exercise_set_caution_text (exercise, t201);
  assert_invalid (exercise, PHYSIO_EXERCISE_FIELD_CAUTION,
                  "The caution is longer than 200 characters.");
}

static void
test_links (void)
{
  g_autoptr(PhysioExercise) exercise = make_valid_exercise ();

  physio_exercise_set_progression_ids (exercise, (const char *[]) { "COR-06", "COR-05", NULL });
  assert_invalid (exercise, PHYSIO_EXERCISE_FIELD_LINKS,
                  "An exercise cannot be its own progression.");
  physio_exercise_set_progression_ids (exercise, NULL);

  physio_exercise_set_regression_ids (exercise, (const char *[]) { "COR-05", NULL });
  assert_invalid (exercise, PHYSIO_EXERCISE_FIELD_LINKS,
                  "An exercise cannot be its own regression.");

  physio_exercise_set_regression_ids (exercise,
                                      (const char *[]) { "COR-04", "COR-01", "COR-04", NULL });
  assert_invalid (exercise, PHYSIO_EXERCISE_FIELD_LINKS, "Regression “COR-04” is listed twice.");

  /* The same exercise can be both easier along one path and harder along another. */
  physio_exercise_set_regression_ids (exercise, (const char *[]) { "COR-06", NULL });
  physio_exercise_set_progression_ids (exercise, (const char *[]) { "COR-06", NULL });
  assert_valid (exercise);
}

static void
test_dose (void)
{
  g_autoptr(PhysioExercise) exercise = make_valid_exercise ();
  g_auto(PhysioDose) dose = PHYSIO_DOSE_INIT;

  physio_dose_copy_into (&dose, physio_exercise_get_default_dose (exercise));
  dose.hold_s = 12;
  physio_exercise_set_default_dose (exercise, &dose);
  assert_invalid (exercise, PHYSIO_EXERCISE_FIELD_DOSE, "Hold must be between 5 and 10 seconds.");

  dose.hold_s = 10;
  dose.reps = 0;
  physio_exercise_set_default_dose (exercise, &dose);
  assert_invalid (exercise, PHYSIO_EXERCISE_FIELD_DOSE, "Reps are needed for this exercise.");

  /* The dose is checked for the exercise's own kind. */
  physio_exercise_set_dosage_kind (exercise, PHYSIO_DOSAGE_DURATION);
  assert_invalid (exercise, PHYSIO_EXERCISE_FIELD_DOSE,
                  "A duration is needed for this exercise.");
}

static void
test_copy_is_independent (void)
{
  g_autoptr(PhysioExercise) original = make_valid_exercise ();
  g_autoptr(PhysioExercise) copy = physio_exercise_copy (original);
  g_auto(PhysioDose) dose = PHYSIO_DOSE_INIT;
  PhysioDoseLimits limits = { 0 };

  g_assert_true (copy != original);
  g_assert_cmpstr (physio_exercise_get_id (copy), ==, "COR-05");
  g_assert_cmpstr (physio_exercise_get_name (copy), ==, "Bird dog");
  g_assert_cmpint (physio_exercise_get_source (copy), ==, PHYSIO_EXERCISE_BUILTIN);
  g_assert_cmpuint (physio_exercise_get_version (copy), ==, 3);
  g_assert_cmpint (physio_exercise_get_laterality (copy), ==, PHYSIO_LATERALITY_ALTERNATING);
  g_assert_cmpstrv (physio_exercise_get_steps (copy), physio_exercise_get_steps (original));
  g_assert_cmpstrv (physio_exercise_get_progression_ids (copy),
                    physio_exercise_get_progression_ids (original));
  g_assert_cmpstr (physio_exercise_get_progression_note (copy), ==, "Add a 6-4-2 pyramid.");
  g_assert_true (physio_dose_equal (physio_exercise_get_default_dose (copy),
                                    physio_exercise_get_default_dose (original)));
  g_assert_cmpuint (physio_exercise_get_dose_limits (copy)->max[PHYSIO_DOSE_FIELD_HOLD], ==, 10);
  g_assert_cmpstr (physio_exercise_get_dose_summary (copy), ==,
                   physio_exercise_get_dose_summary (original));
  assert_valid (copy);

  /* Editing the copy leaves the original as it was: the editor works on a copy and the
   * list keeps showing the original until the save. */
  physio_exercise_set_name (copy, "Bird dog, slow");
  physio_exercise_set_steps (copy, (const char *[]) { "a", "b", "c", NULL });
  physio_exercise_set_regions (copy, (const char *[]) { "thoracic", NULL });
  physio_dose_copy_into (&dose, physio_exercise_get_default_dose (copy));
  dose.hold_s = 6;
  physio_exercise_set_default_dose (copy, &dose);
  limits.max[PHYSIO_DOSE_FIELD_HOLD] = 30;
  physio_exercise_set_dose_limits (copy, &limits);

  g_assert_cmpstr (physio_exercise_get_name (original), ==, "Bird dog");
  g_assert_cmpuint (g_strv_length ((char **) physio_exercise_get_steps (original)), ==, 4);
  g_assert_cmpstr (physio_exercise_get_regions (original)[0], ==, "lumbar");
  g_assert_cmpuint (physio_exercise_get_default_dose (original)->hold_s, ==, 8);
  g_assert_cmpuint (physio_exercise_get_dose_limits (original)->max[PHYSIO_DOSE_FIELD_HOLD], ==,
                    10);
  g_assert_cmpstr (physio_exercise_get_dose_summary (original), ==,
                   "5 × 8-second holds alternating · rest 5 s · 1×/day · 5 days/week");
  g_assert_cmpstr (physio_exercise_get_dose_summary (copy), ==,
                   "5 × 6-second holds alternating · rest 5 s · 1×/day · 5 days/week");

  g_assert_finalize_object (g_steal_pointer (&copy));
}

static void
test_duplicate (void)
{
  g_autoptr(PhysioExercise) original = make_valid_exercise ();
  g_autoptr(PhysioExercise) first = physio_exercise_duplicate (original);
  g_autoptr(PhysioExercise) second = physio_exercise_duplicate (original);
  const char *id = physio_exercise_get_id (first);

  g_assert_true (g_str_has_prefix (id, "X-"));
  g_assert_true (g_uuid_string_is_valid (id + 2));
  g_assert_cmpstr (physio_exercise_get_id (second), !=, id);
  g_assert_cmpstr (physio_exercise_get_id (original), ==, "COR-05");

  g_assert_cmpstr (physio_exercise_get_name (first), ==, "Bird dog (copy)");
  g_assert_cmpint (physio_exercise_get_source (first), ==, PHYSIO_EXERCISE_CUSTOM);
  g_assert_false (physio_exercise_is_builtin (first));
  g_assert_true (physio_exercise_is_builtin (original));
  g_assert_cmpuint (physio_exercise_get_version (first), ==, 1);

  /* Links and texts are kept, so the copy sits in the same progression graph. */
  g_assert_cmpstrv (physio_exercise_get_progression_ids (first),
                    physio_exercise_get_progression_ids (original));
  g_assert_cmpstrv (physio_exercise_get_regression_ids (first),
                    physio_exercise_get_regression_ids (original));
  g_assert_cmpstrv (physio_exercise_get_steps (first), physio_exercise_get_steps (original));
  g_assert_cmpstr (physio_exercise_get_caution_text (first), ==,
                   physio_exercise_get_caution_text (original));
  assert_valid (first);
}

static void
test_duplicate_long_name (void)
{
  g_autoptr(PhysioExercise) original = make_valid_exercise ();
  g_autoptr(PhysioExercise) copy = NULL;
  g_autofree char *name = repeat ("ß", 78);

  /* The copy of an 80-character name must still be savable. */
  physio_exercise_set_name (original, name);
  assert_valid (original);
  copy = physio_exercise_duplicate (original);
  g_assert_true (g_str_has_suffix (physio_exercise_get_name (copy), " (copy)"));
  g_assert_cmpint (g_utf8_strlen (physio_exercise_get_name (copy), -1), ==, 80);
  assert_valid (copy);
}

static void
count_notify_cb (GObject    *object,
                 GParamSpec *pspec,
                 gpointer    user_data)
{
  guint *count = user_data;

  (*count)++;
}

static void
test_notify (void)
{
  g_autoptr(PhysioExercise) exercise = make_valid_exercise ();
  g_auto(PhysioDose) dose = PHYSIO_DOSE_INIT;
  g_autofree char *name = NULL;
  PhysioExerciseSource source;
  guint n_name = 0, n_summary = 0, n_source = 0;

  g_signal_connect (exercise, "notify::name", G_CALLBACK (count_notify_cb), &n_name);
  g_signal_connect (exercise, "notify::dose-summary", G_CALLBACK (count_notify_cb), &n_summary);
  g_signal_connect (exercise, "notify::source", G_CALLBACK (count_notify_cb), &n_source);

  physio_exercise_set_name (exercise, "Bird dog");
  g_assert_cmpuint (n_name, ==, 0);
  physio_exercise_set_name (exercise, "Bird-dog");
  g_assert_cmpuint (n_name, ==, 1);
  g_object_set (exercise, "name", "Bird dog", NULL);
  g_assert_cmpuint (n_name, ==, 2);
  g_object_get (exercise, "name", &name, "source", &source, NULL);
  g_assert_cmpstr (name, ==, "Bird dog");
  g_assert_cmpint (source, ==, PHYSIO_EXERCISE_BUILTIN);

  g_object_set (exercise, "source", PHYSIO_EXERCISE_CUSTOM, NULL);
  g_assert_cmpuint (n_source, ==, 1);

  /* The summary follows the dose, the kind and the side. */
  physio_dose_copy_into (&dose, physio_exercise_get_default_dose (exercise));
  physio_exercise_set_default_dose (exercise, &dose);
  g_assert_cmpuint (n_summary, ==, 0);
  dose.reps = 6;
  physio_exercise_set_default_dose (exercise, &dose);
  g_assert_cmpuint (n_summary, ==, 1);
  g_assert_cmpstr (physio_exercise_get_dose_summary (exercise), ==,
                   "6 × 8-second holds alternating · rest 5 s · 1×/day · 5 days/week");
  physio_exercise_set_laterality (exercise, PHYSIO_LATERALITY_EACH_SIDE);
  g_assert_cmpuint (n_summary, ==, 2);
  g_assert_cmpstr (physio_exercise_get_dose_summary (exercise), ==,
                   "6 × 8-second holds each side · rest 5 s · 1×/day · 5 days/week");
}

static void
test_new_is_empty (void)
{
  g_autoptr(PhysioExercise) exercise = physio_exercise_new ();

  /* Getters never return NULL, so views can show a new exercise at once. */
  g_assert_cmpstr (physio_exercise_get_id (exercise), ==, "");
  g_assert_cmpstr (physio_exercise_get_caution_text (exercise), ==, "");
  g_assert_nonnull (physio_exercise_get_steps (exercise));
  g_assert_null (physio_exercise_get_steps (exercise)[0]);
  g_assert_cmpint (physio_exercise_get_source (exercise), ==, PHYSIO_EXERCISE_CUSTOM);
  g_assert_cmpuint (physio_exercise_get_version (exercise), ==, 1);
  g_assert_cmpint (physio_exercise_get_default_dose (exercise)->rest_s, ==, -1);
  assert_invalid (exercise, PHYSIO_EXERCISE_FIELD_NAME, "Give the exercise a name.");

  g_assert_finalize_object (g_steal_pointer (&exercise));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/exercise/valid", test_valid);
  g_test_add_func ("/exercise/name", test_name);
  g_test_add_func ("/exercise/id-and-codes", test_id_and_codes);
  g_test_add_func ("/exercise/equipment", test_equipment);
  g_test_add_func ("/exercise/steps", test_steps);
  g_test_add_func ("/exercise/cues-and-caution", test_cues_and_caution);
  g_test_add_func ("/exercise/links", test_links);
  g_test_add_func ("/exercise/dose", test_dose);
  g_test_add_func ("/exercise/copy-is-independent", test_copy_is_independent);
  g_test_add_func ("/exercise/duplicate", test_duplicate);
  g_test_add_func ("/exercise/duplicate-long-name", test_duplicate_long_name);
  g_test_add_func ("/exercise/notify", test_notify);
  g_test_add_func ("/exercise/new-is-empty", test_new_is_empty);

  return g_test_run ();
}
