/* test-library-data.c: the real built-in library, data/exercises.json
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "physio-database.h"
#include "physio-library-json.h"
#include "physio-vocabulary.h"
#include "store-test-util.h"

#define N_BUILTIN 68

/* The file in the source tree when the test runs from a build, else the copy in the
 * resource, which is what the app loads. */
static GBytes *
read_library (void)
{
  const char *root = g_getenv ("PHYSIO_SOURCE_ROOT");
  g_autoptr(GError) error = NULL;
  GBytes *bytes;

  if (root != NULL)
    {
      g_autofree char *path = g_build_filename (root, "data", "exercises.json", NULL);

      return store_test_file_bytes (path);
    }

  bytes = g_resources_lookup_data ("/io/github/physioplan/Physioplan/library/exercises.json",
                                   G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
  g_assert_no_error (error);
  return bytes;
}

static GPtrArray *
parse_library (void)
{
  g_autoptr(GBytes) bytes = read_library ();
  g_autoptr(GError) error = NULL;
  GPtrArray *exercises = NULL;
  guint version = 0;

  physio_library_parse (bytes, &version, &exercises, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (version, >=, 1);

  return exercises;
}

static void
test_count_and_ids (void)
{
  g_autoptr(GPtrArray) exercises = parse_library ();
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);

  g_assert_cmpuint (exercises->len, ==, N_BUILTIN);

  for (guint i = 0; i < exercises->len; i++)
    {
      PhysioExercise *exercise = g_ptr_array_index (exercises, i);
      const char *id = physio_exercise_get_id (exercise);

      g_assert_true (g_hash_table_add (ids, (gpointer) id));
      g_assert_false (g_str_has_prefix (id, "X-"));
      g_assert_true (physio_exercise_is_builtin (exercise));
      g_assert_cmpuint (physio_exercise_get_version (exercise), >=, 1);
    }
}

static void
assert_links (GHashTable         *by_id,
              PhysioExercise     *exercise,
              const char * const *links)
{
  for (guint i = 0; links[i] != NULL; i++)
    {
      if (!g_hash_table_contains (by_id, links[i]))
        g_error ("%s links to a missing exercise %s", physio_exercise_get_id (exercise),
                 links[i]);
      g_assert_cmpstr (links[i], !=, physio_exercise_get_id (exercise));
    }
}

static void
test_links (void)
{
  g_autoptr(GPtrArray) exercises = parse_library ();
  g_autoptr(GHashTable) by_id = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < exercises->len; i++)
    g_hash_table_insert (by_id, (gpointer) physio_exercise_get_id (exercises->pdata[i]),
                         exercises->pdata[i]);

  for (guint i = 0; i < exercises->len; i++)
    {
      PhysioExercise *exercise = g_ptr_array_index (exercises, i);

      assert_links (by_id, exercise, physio_exercise_get_progression_ids (exercise));
      assert_links (by_id, exercise, physio_exercise_get_regression_ids (exercise));
    }
}

static void
assert_codes (PhysioExercise     *exercise,
              PhysioVocabulary    vocab,
              const char * const *codes)
{
  for (guint i = 0; codes[i] != NULL; i++)
    if (!physio_vocab_is_valid (vocab, codes[i]))
      g_error ("%s: “%s” is not a %s code", physio_exercise_get_id (exercise), codes[i],
               physio_vocab_name (vocab));
}

static void
test_fields (void)
{
  g_autoptr(GPtrArray) exercises = parse_library ();

  for (guint i = 0; i < exercises->len; i++)
    {
      PhysioExercise *exercise = g_ptr_array_index (exercises, i);
      const char *category = physio_exercise_get_category (exercise);
      const char *position = physio_exercise_get_position (exercise);
      const char * const one_category[] = { category, NULL };
      const char * const one_position[] = { position, NULL };
      guint n_steps = g_strv_length ((char **) physio_exercise_get_steps (exercise));
      g_autoptr(GError) error = NULL;

      if (n_steps < 3 || n_steps > 5)
        g_error ("%s has %u steps", physio_exercise_get_id (exercise), n_steps);

      assert_codes (exercise, PHYSIO_VOCAB_CATEGORY, one_category);
      assert_codes (exercise, PHYSIO_VOCAB_POSITION, one_position);
      assert_codes (exercise, PHYSIO_VOCAB_REGION, physio_exercise_get_regions (exercise));
      assert_codes (exercise, PHYSIO_VOCAB_EQUIPMENT, physio_exercise_get_equipment (exercise));
      assert_codes (exercise, PHYSIO_VOCAB_STAGE, physio_exercise_get_stages (exercise));
      assert_codes (exercise, PHYSIO_VOCAB_CAUTION, physio_exercise_get_caution_codes (exercise));
      assert_codes (exercise, PHYSIO_VOCAB_EVIDENCE,
                    physio_exercise_get_evidence_tags (exercise));

      /* The default dose is one the exercise's own limits allow. */
      if (!physio_dose_validate (physio_exercise_get_default_dose (exercise),
                                 physio_exercise_get_dosage_kind (exercise),
                                 physio_exercise_get_dose_limits (exercise), NULL, &error))
        g_error ("%s: %s", physio_exercise_get_id (exercise), error->message);

      /* And the record as a whole passes what the store checks before saving. */
      if (!physio_exercise_validate (exercise, NULL, &error))
        g_error ("%s: %s", physio_exercise_get_id (exercise), error->message);
    }
}

/* What the app does on first run: the resource, into a new database. */
static void
test_load_from_resource (void)
{
  g_autofree char *dir = store_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "physioplan.db", NULL);
  g_autoptr(PhysioDatabase) database = NULL;
  g_autoptr(GArray) all = NULL;
  g_autoptr(GError) error = NULL;
  guint n_changed = 0;

  database = physio_database_open (path, &error);
  g_assert_no_error (error);
  physio_database_load_builtin_library (database, NULL, &n_changed, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (n_changed, ==, N_BUILTIN);
  g_assert_cmpuint (physio_database_count_exercises (database), ==, N_BUILTIN);

  all = physio_database_search (database, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (all->len, ==, N_BUILTIN);

  /* The second start finds nothing to do. */
  physio_database_load_builtin_library (database, NULL, &n_changed, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (n_changed, ==, 0);

  g_clear_object (&database);
  store_test_remove_dir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/store/library-data/count-and-ids", test_count_and_ids);
  g_test_add_func ("/store/library-data/links", test_links);
  g_test_add_func ("/store/library-data/fields", test_fields);
  g_test_add_func ("/store/library-data/load-from-resource", test_load_from_resource);

  return g_test_run ();
}
