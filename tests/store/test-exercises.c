/* test-exercises.c: custom exercises, read-only built-ins, library updates, links
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include "physio-database.h"
#include "physio-library-json.h"
#include "store-test-util.h"

typedef struct
{
  char           *dir;
  PhysioDatabase *database;
  GPtrArray      *changes;    /* ids from "exercises-changed", "(all)" for NULL */
} Fixture;

static void
on_changed_cb (PhysioDatabase *database,
               const char     *id,
               Fixture        *fixture)
{
  g_ptr_array_add (fixture->changes, g_strdup (id != NULL ? id : "(all)"));
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->database = store_test_fixture_open (&fixture->dir);
  fixture->changes = g_ptr_array_new_with_free_func (g_free);
  g_signal_connect (fixture->database, "exercises-changed", G_CALLBACK (on_changed_cb),
                    fixture);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  store_test_fixture_close (&fixture->dir, &fixture->database);
  g_clear_pointer (&fixture->changes, g_ptr_array_unref);
}

static void
assert_strv (const char * const *actual,
             const char * const *expected)
{
  g_assert_true (g_strv_equal ((const char **) actual, (const char **) expected));
}

static void
assert_same_exercise (PhysioExercise *a,
                      PhysioExercise *b)
{
  const PhysioDoseLimits *la = physio_exercise_get_dose_limits (a);
  const PhysioDoseLimits *lb = physio_exercise_get_dose_limits (b);

  g_assert_cmpstr (physio_exercise_get_id (a), ==, physio_exercise_get_id (b));
  g_assert_cmpstr (physio_exercise_get_name (a), ==, physio_exercise_get_name (b));
  g_assert_cmpstr (physio_exercise_get_category (a), ==, physio_exercise_get_category (b));
  g_assert_cmpstr (physio_exercise_get_position (a), ==, physio_exercise_get_position (b));
  g_assert_cmpint (physio_exercise_get_dosage_kind (a), ==,
                   physio_exercise_get_dosage_kind (b));
  g_assert_cmpint (physio_exercise_get_laterality (a), ==, physio_exercise_get_laterality (b));
  g_assert_cmpint (physio_exercise_get_source (a), ==, physio_exercise_get_source (b));
  g_assert_cmpuint (physio_exercise_get_version (a), ==, physio_exercise_get_version (b));
  g_assert_cmpstr (physio_exercise_get_caution_text (a), ==,
                   physio_exercise_get_caution_text (b));
  g_assert_cmpstr (physio_exercise_get_contraindication_text (a), ==,
                   physio_exercise_get_contraindication_text (b));
  g_assert_cmpstr (physio_exercise_get_progression_note (a), ==,
                   physio_exercise_get_progression_note (b));
  g_assert_cmpstr (physio_exercise_get_regression_note (a), ==,
                   physio_exercise_get_regression_note (b));
  assert_strv (physio_exercise_get_aliases (a), physio_exercise_get_aliases (b));
  assert_strv (physio_exercise_get_steps (a), physio_exercise_get_steps (b));
  assert_strv (physio_exercise_get_cues (a), physio_exercise_get_cues (b));
  assert_strv (physio_exercise_get_regions (a), physio_exercise_get_regions (b));
  assert_strv (physio_exercise_get_equipment (a), physio_exercise_get_equipment (b));
  assert_strv (physio_exercise_get_stages (a), physio_exercise_get_stages (b));
  assert_strv (physio_exercise_get_caution_codes (a), physio_exercise_get_caution_codes (b));
  assert_strv (physio_exercise_get_evidence_tags (a), physio_exercise_get_evidence_tags (b));
  assert_strv (physio_exercise_get_progression_ids (a),
               physio_exercise_get_progression_ids (b));
  assert_strv (physio_exercise_get_regression_ids (a), physio_exercise_get_regression_ids (b));
  g_assert_true (physio_dose_equal (physio_exercise_get_default_dose (a),
                                    physio_exercise_get_default_dose (b)));
  g_assert_cmpmem (la, sizeof *la, lb, sizeof *lb);
}

/* A clinic-made exercise with every field set to something other than its default. */
static PhysioExercise *
new_full_exercise (void)
{
  static const char * const aliases[] = { "wall sit hold", "café squat", NULL };
  static const char * const steps[] = {
    "Stand with your back against a wall.", "Slide down until your knees are bent a little.",
    "Hold still and breathe.", "Slide back up.", "Rest, then repeat.", NULL
  };
  static const char * const cues[] = { "Heavy heels", "Long spine", "Easy breath", NULL };
  static const char * const regions[] = { "lower_limb", "pelvis_hip", NULL };
  static const char * const equipment[] = { "wall", "mat", NULL };
  static const char * const stages[] = { "subacute", "chronic", NULL };
  static const char * const cautions[] = { "knee_kneeling", "bp_valsalva", NULL };
  static const char * const evidence[] = { "EXP", "BIO", NULL };
  static const char * const progressions[] = { "COR-09", NULL };
  static const char * const regressions[] = { "COR-08", "HIN-01", NULL };
  PhysioExercise *exercise = store_test_new_custom ("Wall sit");
  g_auto(PhysioDose) dose = PHYSIO_DOSE_INIT;
  PhysioDoseLimits limits = { { 0 } };

  physio_exercise_set_version (exercise, 4);
  physio_exercise_set_category (exercise, "strength");
  physio_exercise_set_position (exercise, "standing");
  physio_exercise_set_dosage_kind (exercise, PHYSIO_DOSAGE_HOLD);
  physio_exercise_set_laterality (exercise, PHYSIO_LATERALITY_BILATERAL);
  physio_exercise_set_caution_text (exercise, "Stop if your knees ache.");
  physio_exercise_set_contraindication_text (exercise, "Not after knee surgery.");
  physio_exercise_set_progression_note (exercise, "Hold longer, then go lower.");
  physio_exercise_set_regression_note (exercise, "Go less deep.");
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

  dose.sets = 3;
  dose.reps = 5;
  dose.hold_s = 20;
  dose.rest_s = 0;
  dose.sessions_per_day = 2;
  dose.days_per_week = 6;
  dose.load_kind = PHYSIO_LOAD_KG;
  dose.load_kg = 2.5;
  dose.load_text = g_strdup ("2.5 kg held at the chest");
  dose.intensity = g_strdup ("RPE 5/10");
  dose.tempo = g_strdup ("slow down, hold, slow up");
  physio_exercise_set_default_dose (exercise, &dose);

  limits.min[PHYSIO_DOSE_FIELD_HOLD] = 10;
  limits.max[PHYSIO_DOSE_FIELD_HOLD] = 60;
  limits.min[PHYSIO_DOSE_FIELD_REPS] = 3;
  limits.max[PHYSIO_DOSE_FIELD_REPS] = 8;
  physio_exercise_set_dose_limits (exercise, &limits);

  return exercise;
}

static void
test_custom_round_trip (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(PhysioExercise) exercise = new_full_exercise ();
  g_autoptr(PhysioExercise) loaded = NULL;
  g_autoptr(PhysioExercise) edited = NULL;
  g_autoptr(PhysioExercise) reloaded = NULL;
  g_autoptr(GError) error = NULL;
  const char *id = physio_exercise_get_id (exercise);
  static const char * const fewer_aliases[] = { "wall squat", NULL };

  physio_database_save_exercise (fixture->database, exercise, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (physio_database_count_exercises (fixture->database), ==, 10);
  g_assert_cmpuint (fixture->changes->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (fixture->changes, 0), ==, id);

  loaded = physio_database_get_exercise (fixture->database, id, &error);
  g_assert_no_error (error);
  g_assert_true (loaded != exercise);
  assert_same_exercise (loaded, exercise);

  /* An edit replaces the lists instead of adding to them. */
  edited = physio_exercise_copy (loaded);
  physio_exercise_set_name (edited, "Wall sit, deeper");
  physio_exercise_set_aliases (edited, fewer_aliases);
  physio_exercise_set_regression_ids (edited, NULL);
  physio_database_save_exercise (fixture->database, edited, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (physio_database_count_exercises (fixture->database), ==, 10);

  reloaded = physio_database_get_exercise (fixture->database, id, &error);
  g_assert_no_error (error);
  assert_same_exercise (reloaded, edited);
  g_assert_cmpuint (g_strv_length ((char **) physio_exercise_get_regression_ids (reloaded)),
                    ==, 0);

  physio_database_delete_exercise (fixture->database, id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (physio_database_count_exercises (fixture->database), ==, 9);
  g_assert_null (physio_database_get_exercise (fixture->database, id, &error));
  g_assert_error (error, PHYSIO_DATABASE_ERROR, PHYSIO_DATABASE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  physio_database_delete_exercise (fixture->database, id, &error);
  g_assert_error (error, PHYSIO_DATABASE_ERROR, PHYSIO_DATABASE_ERROR_NOT_FOUND);
  g_assert_cmpuint (fixture->changes->len, ==, 3);
}

static void
test_dose_json_round_trip (void)
{
  g_auto(PhysioDose) dose = PHYSIO_DOSE_INIT;
  g_auto(PhysioDose) parsed = PHYSIO_DOSE_INIT;
  g_auto(PhysioDose) steps = PHYSIO_DOSE_INIT;
  g_auto(PhysioDose) steps_parsed = PHYSIO_DOSE_INIT;
  PhysioDoseLimits limits = { { 0 } };
  PhysioDoseLimits limits_parsed;
  g_autofree char *json = NULL;
  g_autofree char *steps_json = NULL;
  g_autofree char *limits_json = NULL;
  g_autoptr(GError) error = NULL;

  /* Every dose key, with a pattern and a band load. */
  dose.sets = 3;
  dose.reps = 6;
  g_assert_true (physio_dose_parse_pattern (&dose, "6-4-2"));
  dose.hold_s = 10;
  dose.duration_s = 600;
  dose.distance_m = 200;
  dose.rest_s = 0;
  dose.sessions_per_day = 2;
  dose.days_per_week = 5;
  dose.load_kind = PHYSIO_LOAD_BAND;
  dose.band_level = PHYSIO_BAND_EXTRA_HEAVY;
  dose.load_text = g_strdup ("black band");
  dose.intensity = g_strdup ("RPE 3–4/10");
  dose.tempo = g_strdup ("2-1-2");

  json = physio_dose_to_json (&dose);
  physio_dose_from_json (json, &parsed, &error);
  g_assert_no_error (error);
  g_assert_true (physio_dose_equal (&dose, &parsed));
  g_assert_cmpint (parsed.rest_s, ==, 0);

  steps.steps_above_baseline = 500;
  steps.steps_per_day = 6000;
  steps_json = physio_dose_to_json (&steps);
  g_assert_null (strstr (steps_json, "rest_s"));
  physio_dose_from_json (steps_json, &steps_parsed, &error);
  g_assert_no_error (error);
  g_assert_true (physio_dose_equal (&steps, &steps_parsed));
  g_assert_cmpint (steps_parsed.rest_s, ==, -1);

  limits.min[PHYSIO_DOSE_FIELD_REST] = 0;
  limits.max[PHYSIO_DOSE_FIELD_REST] = 90;
  limits.min[PHYSIO_DOSE_FIELD_STEPS] = 3000;
  limits.max[PHYSIO_DOSE_FIELD_STEPS] = 12000;
  limits_json = physio_dose_limits_to_json (&limits);
  physio_dose_limits_from_json (limits_json, &limits_parsed, &error);
  g_assert_no_error (error);
  g_assert_cmpmem (&limits, sizeof limits, &limits_parsed, sizeof limits_parsed);
}

static void
test_builtin_read_only (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(PhysioExercise) builtin = NULL;
  g_autoptr(PhysioExercise) again = NULL;
  g_autoptr(PhysioExercise) disguised = NULL;
  g_autoptr(GError) error = NULL;

  builtin = physio_database_get_exercise (fixture->database, "COR-09", &error);
  g_assert_no_error (error);
  g_assert_true (physio_exercise_is_builtin (builtin));

  physio_exercise_set_name (builtin, "My bird dog");
  g_assert_false (physio_database_save_exercise (fixture->database, builtin, &error));
  g_assert_error (error, PHYSIO_DATABASE_ERROR, PHYSIO_DATABASE_ERROR_READ_ONLY);
  g_clear_error (&error);

  /* Marked custom but carrying a built-in id: still refused. */
  disguised = physio_exercise_copy (builtin);
  physio_exercise_set_source (disguised, PHYSIO_EXERCISE_CUSTOM);
  g_assert_false (physio_database_save_exercise (fixture->database, disguised, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);

  g_assert_false (physio_database_delete_exercise (fixture->database, "COR-09", &error));
  g_assert_error (error, PHYSIO_DATABASE_ERROR, PHYSIO_DATABASE_ERROR_READ_ONLY);
  g_clear_error (&error);

  again = physio_database_get_exercise (fixture->database, "COR-09", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (physio_exercise_get_name (again), ==, "Bird dog");
  g_assert_cmpuint (fixture->changes->len, ==, 0);
}

static void
test_custom_validation (Fixture       *fixture,
                        gconstpointer  data)
{
  static const char * const two_steps[] = { "Sit.", "Stand.", NULL };
  g_autoptr(PhysioExercise) invalid = store_test_new_custom ("Too short");
  g_autoptr(PhysioExercise) bad_id = store_test_new_custom ("Bad id");
  g_autoptr(GPtrArray) batch = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;

  physio_exercise_set_steps (invalid, two_steps);
  g_assert_false (physio_database_save_exercise (fixture->database, invalid, &error));
  g_assert_error (error, PHYSIO_DATABASE_ERROR, PHYSIO_DATABASE_ERROR_INVALID);
  g_clear_error (&error);

  physio_exercise_set_id (bad_id, "COR-99");
  g_assert_false (physio_database_save_exercise (fixture->database, bad_id, &error));
  g_assert_error (error, PHYSIO_DATABASE_ERROR, PHYSIO_DATABASE_ERROR_INVALID);
  g_clear_error (&error);

  /* A batch is all or nothing. */
  g_ptr_array_add (batch, store_test_new_custom ("Fine one"));
  g_ptr_array_add (batch, g_object_ref (invalid));
  g_assert_false (physio_database_save_exercises (fixture->database, batch, &error));
  g_assert_error (error, PHYSIO_DATABASE_ERROR, PHYSIO_DATABASE_ERROR_INVALID);

  g_assert_cmpuint (physio_database_count_exercises (fixture->database), ==, 9);
  g_assert_cmpuint (fixture->changes->len, ==, 0);
}

/* The fixture library as version 2: COR-09 renamed with a newer version, AER-01 renamed
 * without one (so it must not change), and a new exercise. */
static GBytes *
make_library_v2 (void)
{
  g_autoptr(GBytes) v1 = store_test_read_fixture ("fixture-library.json");
  g_autoptr(GPtrArray) exercises = NULL;
  g_autoptr(GError) error = NULL;
  PhysioExercise *added;
  guint version = 0;

  physio_library_parse (v1, &version, &exercises, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (version, ==, 1);

  for (guint i = 0; i < exercises->len; i++)
    {
      PhysioExercise *exercise = g_ptr_array_index (exercises, i);

      if (g_str_equal (physio_exercise_get_id (exercise), "COR-09"))
        {
          physio_exercise_set_name (exercise, "Bird dog (opposite arm and leg)");
          physio_exercise_set_version (exercise, 2);
        }
      else if (g_str_equal (physio_exercise_get_id (exercise), "AER-01"))
        {
          physio_exercise_set_name (exercise, "Renamed without a new version");
        }
    }

  added = physio_exercise_copy (g_ptr_array_index (exercises, 0));
  physio_exercise_set_id (added, "AER-99");
  physio_exercise_set_name (added, "Nordic walking");
  physio_exercise_set_progression_ids (added, NULL);
  g_ptr_array_add (exercises, added);

  return physio_library_to_bytes (2, exercises);
}

static void
test_library_update (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GBytes) v1 = store_test_read_fixture ("fixture-library.json");
  g_autoptr(GBytes) v2 = make_library_v2 ();
  g_autoptr(PhysioExercise) custom = store_test_new_custom ("Chair march");
  g_autoptr(PhysioExercise) custom_after = NULL;
  g_autoptr(PhysioExercise) bird_dog = NULL;
  g_autoptr(PhysioExercise) walk = NULL;
  g_autoptr(PhysioExercise) nordic = NULL;
  g_autoptr(GError) error = NULL;
  guint n_changed = 99;

  /* The same version again changes nothing. */
  physio_database_load_builtin_library (fixture->database, v1, &n_changed, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (n_changed, ==, 0);

  /* A clinician's exercise, edited once. */
  physio_database_save_exercise (fixture->database, custom, &error);
  g_assert_no_error (error);
  physio_exercise_set_caution_text (custom, "Hold the chair seat if you feel unsteady.");
  physio_database_save_exercise (fixture->database, custom, &error);
  g_assert_no_error (error);
  g_ptr_array_set_size (fixture->changes, 0);

  physio_database_load_builtin_library (fixture->database, v2, &n_changed, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (n_changed, ==, 2);
  g_assert_cmpuint (physio_database_get_library_version (fixture->database), ==, 2);
  g_assert_cmpuint (physio_database_count_exercises (fixture->database), ==, 11);
  g_assert_cmpuint (fixture->changes->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (fixture->changes, 0), ==, "(all)");

  bird_dog = physio_database_get_exercise (fixture->database, "COR-09", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (physio_exercise_get_name (bird_dog), ==, "Bird dog (opposite arm and leg)");
  g_assert_cmpuint (physio_exercise_get_version (bird_dog), ==, 2);
  /* Its links came through the update too. */
  g_assert_cmpstr (physio_exercise_get_regression_ids (bird_dog)[0], ==, "COR-08");

  walk = physio_database_get_exercise (fixture->database, "AER-01", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (physio_exercise_get_name (walk), ==, "Easy walk");

  nordic = physio_database_get_exercise (fixture->database, "AER-99", &error);
  g_assert_no_error (error);
  g_assert_true (physio_exercise_is_builtin (nordic));

  custom_after = physio_database_get_exercise (fixture->database,
                                               physio_exercise_get_id (custom), &error);
  g_assert_no_error (error);
  assert_same_exercise (custom_after, custom);

  /* An older library (a downgrade) is ignored. */
  physio_database_load_builtin_library (fixture->database, v1, &n_changed, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (n_changed, ==, 0);
  g_assert_cmpuint (physio_database_get_library_version (fixture->database), ==, 2);
}

static void
test_library_errors (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GBytes) v1 = store_test_read_fixture ("fixture-library.json");
  g_autofree char *text = g_strndup (g_bytes_get_data (v1, NULL), g_bytes_get_size (v1));
  g_autoptr(GString) broken = g_string_new (text);
  g_autoptr(GBytes) bad = NULL;
  g_autoptr(GBytes) garbage = g_bytes_new_static ("{\"format\": 1, \"exercises\": [", 28);
  g_autoptr(GError) error = NULL;
  char *at;

  /* A newer library whose COR-08 dose has a text where a number belongs. */
  g_string_replace (broken, "\"library_version\": 1", "\"library_version\": 5", 1);
  at = strstr (broken->str, "\"id\": \"COR-08\"");
  g_assert_nonnull (at);
  at = strstr (at, "\"sets\": ");
  g_assert_nonnull (at);
  g_string_insert (broken, at - broken->str + strlen ("\"sets\": "), "\"two\", \"x\": ");
  bad = g_bytes_new (broken->str, broken->len);

  g_assert_false (physio_database_load_builtin_library (fixture->database, bad, NULL, &error));
  g_assert_error (error, PHYSIO_DATABASE_ERROR, PHYSIO_DATABASE_ERROR_LIBRARY);
  g_assert_nonnull (strstr (error->message, "COR-08"));
  g_assert_nonnull (strstr (error->message, "default_dose.sets"));
  g_clear_error (&error);

  /* A newer library whose COR-08 limits are the wrong way round: refused by the core's rule,
   * with the exercise and the field named. */
  g_string_assign (broken, text);
  g_string_replace (broken, "\"library_version\": 1", "\"library_version\": 6", 1);
  at = strstr (broken->str, "\"id\": \"COR-08\"");
  g_assert_nonnull (at);
  at = strstr (at, "\"dose_limits\": {");
  g_assert_nonnull (at);
  g_string_insert (broken, at - broken->str + strlen ("\"dose_limits\": {"),
                   "\"sets\": [5, 3], ");
  g_clear_pointer (&bad, g_bytes_unref);
  bad = g_bytes_new (broken->str, broken->len);

  g_assert_false (physio_database_load_builtin_library (fixture->database, bad, NULL, &error));
  g_assert_error (error, PHYSIO_DATABASE_ERROR, PHYSIO_DATABASE_ERROR_LIBRARY);
  g_assert_nonnull (strstr (error->message, "COR-08"));
  g_assert_nonnull (strstr (error->message, "Sets limits"));
  g_clear_error (&error);

  g_assert_false (physio_database_load_builtin_library (fixture->database, garbage, NULL,
                                                        &error));
  g_assert_error (error, PHYSIO_DATABASE_ERROR, PHYSIO_DATABASE_ERROR_LIBRARY);

  /* Nothing was written. */
  g_assert_cmpuint (physio_database_get_library_version (fixture->database), ==, 1);
  g_assert_cmpuint (fixture->changes->len, ==, 0);
}

static void
test_delete_and_undo_restores_links (Fixture       *fixture,
                                     gconstpointer  data)
{
  g_autoptr(PhysioExercise) easier = store_test_new_custom ("Chair knee lift");
  g_autoptr(PhysioExercise) harder = store_test_new_custom ("Standing knee lift");
  g_autoptr(PhysioExercise) read = NULL;
  g_autoptr(PhysioExercise) easier_again = NULL;
  g_autoptr(GError) error = NULL;
  const char *easier_ids[] = { physio_exercise_get_id (easier), NULL };
  const char *harder_ids[] = { physio_exercise_get_id (harder), NULL };
  static const char * const builtin_ids[] = { "HIN-01", NULL };

  physio_exercise_set_progression_ids (easier, harder_ids);
  physio_exercise_set_regression_ids (easier, builtin_ids);
  physio_exercise_set_regression_ids (harder, easier_ids);
  physio_database_save_exercise (fixture->database, easier, &error);
  g_assert_no_error (error);
  physio_database_save_exercise (fixture->database, harder, &error);
  g_assert_no_error (error);

  read = physio_database_get_exercise (fixture->database, harder_ids[0], &error);
  g_assert_no_error (error);
  assert_strv (physio_exercise_get_regression_ids (read), easier_ids);
  g_clear_object (&read);

  physio_database_delete_exercise (fixture->database, easier_ids[0], &error);
  g_assert_no_error (error);

  /* The link to the deleted exercise is hidden... */
  read = physio_database_get_exercise (fixture->database, harder_ids[0], &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_strv_length ((char **) physio_exercise_get_regression_ids (read)), ==, 0);

  /* ...and survives an edit of the exercise that holds it... */
  physio_exercise_set_name (read, "Standing knee lift, slow");
  physio_database_save_exercise (fixture->database, read, &error);
  g_assert_no_error (error);
  g_clear_object (&read);

  /* ...so undo (saving the same object again) brings both directions back. */
  physio_database_save_exercise (fixture->database, easier, &error);
  g_assert_no_error (error);
  read = physio_database_get_exercise (fixture->database, harder_ids[0], &error);
  g_assert_no_error (error);
  assert_strv (physio_exercise_get_regression_ids (read), easier_ids);
  easier_again = physio_database_get_exercise (fixture->database, easier_ids[0], &error);
  g_assert_no_error (error);
  assert_same_exercise (easier_again, easier);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/store/exercises/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("custom-round-trip", test_custom_round_trip);
  ADD ("builtin-read-only", test_builtin_read_only);
  ADD ("custom-validation", test_custom_validation);
  ADD ("library-update", test_library_update);
  ADD ("library-errors", test_library_errors);
  ADD ("delete-and-undo-restores-links", test_delete_and_undo_restores_links);
  g_test_add_func ("/store/exercises/dose-json-round-trip", test_dose_json_round_trip);

#undef ADD

  return g_test_run ();
}
