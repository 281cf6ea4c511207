/* test-import.c: free-exercise-db and our exercise JSON imported in one transaction with
 * stable ids, hostile files refused with the record and field named, the CSV export
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include "physio-exercise-import.h"
#include "physio-library-json.h"
#include "store-test-util.h"

typedef struct
{
  char           *dir;
  PhysioDatabase *database;
  guint           n_before;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->database = store_test_fixture_open (&fixture->dir);
  fixture->n_before = physio_database_count_exercises (fixture->database);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  store_test_fixture_close (&fixture->dir, &fixture->database);
}

static PhysioExercise *
get (Fixture    *fixture,
     const char *id)
{
  g_autoptr(GError) error = NULL;
  PhysioExercise *exercise = physio_database_get_exercise (fixture->database, id, &error);

  g_assert_no_error (error);
  return exercise;
}

static void
assert_has (const char * const *list,
            const char         *value)
{
  if (list == NULL || !g_strv_contains (list, value))
    {
      g_autofree char *joined = list ? g_strjoinv ("|", (char **) list) : g_strdup ("");

      g_error ("“%s” is not in [%s]", value, joined);
    }
}

static void
assert_message (const GError *error,
                const char   *a,
                const char   *b,
                const char   *c)
{
  g_assert_nonnull (error);
  if ((a && !strstr (error->message, a)) || (b && !strstr (error->message, b)) ||
      (c && !strstr (error->message, c)))
    g_error ("“%s” does not name %s / %s / %s", error->message, a, b ? b : "", c ? c : "");
}

static void
test_sample (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(GBytes) bytes = store_test_read_fixture ("sample-free-exercise-db.json");
  g_autoptr(GError) error = NULL;
  g_autoptr(PhysioExercise) wall = NULL;
  g_autoptr(PhysioExercise) stretch = NULL;
  g_autoptr(PhysioExercise) bike = NULL;
  g_autoptr(PhysioExercise) hinge = NULL;
  g_autoptr(PhysioExercise) neck = NULL;
  g_autofree char *steps_text = NULL;
  PhysioImportSummary summary;

  g_assert_true (physio_database_import_file (fixture->database, bytes, &summary, &error));
  g_assert_no_error (error);
  g_assert_cmpint (summary.format, ==, PHYSIO_IMPORT_FORMAT_FREE_EXERCISE_DB);
  g_assert_cmpuint (summary.n_added, ==, 6);
  g_assert_cmpuint (summary.n_updated, ==, 0);
  g_assert_cmpuint (physio_database_count_exercises (fixture->database), ==,
                    fixture->n_before + 6);

  wall = get (fixture, "X-fedb:Wall_Sit_Hold");
  g_assert_cmpstr (physio_exercise_get_name (wall), ==, "Wall Sit Hold");
  g_assert_cmpstr (physio_exercise_get_category (wall), ==, "strength");
  assert_has (physio_exercise_get_regions (wall), "lower_limb");
  assert_has (physio_exercise_get_regions (wall), "pelvis_hip");
  assert_has (physio_exercise_get_equipment (wall), "none");
  assert_has (physio_exercise_get_aliases (wall), "level: beginner");
  assert_has (physio_exercise_get_aliases (wall), "force: static");
  assert_has (physio_exercise_get_aliases (wall), "primary muscle: quadriceps");
  assert_has (physio_exercise_get_aliases (wall), "image: Wall_Sit_Hold/1.jpg");
  g_assert_cmpuint (g_strv_length ((char **) physio_exercise_get_steps (wall)), ==, 3);
  g_assert_cmpstr (physio_exercise_get_steps (wall)[1], ==,
                   "Slide down until your knees are bent to a comfortable angle.");

  stretch = get (fixture, "X-fedb:Standing_Calf_Stretch");
  g_assert_cmpstr (physio_exercise_get_category (stretch), ==, "stretch");
  g_assert_cmpint (physio_exercise_get_dosage_kind (stretch), ==, PHYSIO_DOSAGE_HOLD);
  /* One instruction of three sentences: three steps. */
  g_assert_cmpuint (g_strv_length ((char **) physio_exercise_get_steps (stretch)), ==, 3);
  g_assert_cmpstr (physio_exercise_get_steps (stretch)[1], ==,
                   "Keep the back heel down and lean in.");

  bike = get (fixture, "X-fedb:Stationary_Cycling");
  g_assert_cmpstr (physio_exercise_get_category (bike), ==, "aerobic");
  assert_has (physio_exercise_get_aliases (bike), "equipment: machine");

  /* Seven short instructions joined into five steps, nothing lost. */
  hinge = get (fixture, "X-fedb:Barbell_Hip_Hinge_Drill");
  g_assert_cmpuint (g_strv_length ((char **) physio_exercise_get_steps (hinge)), ==, 5);
  steps_text = g_strjoinv (" ", (char **) physio_exercise_get_steps (hinge));
  g_assert_nonnull (strstr (steps_text, "Drive the hips forward to stand tall again."));
  assert_has (physio_exercise_get_aliases (hinge), "category: powerlifting");
  assert_has (physio_exercise_get_regions (hinge), "lumbar");
  g_assert_cmpuint (summary.n_shortened, ==, 0);

  /* No instructions and no muscle we map: neutral steps and the whole body. */
  neck = get (fixture, "X-fedb:Neck_Side_Tilt");
  g_assert_cmpuint (g_strv_length ((char **) physio_exercise_get_steps (neck)), ==, 3);
  assert_has (physio_exercise_get_regions (neck), "whole_body");
  assert_has (physio_exercise_get_aliases (neck), "primary muscle: neck");
}

static void
test_reimport (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GBytes) bytes = store_test_read_fixture ("sample-free-exercise-db.json");
  g_autoptr(GError) error = NULL;
  PhysioImportSummary summary;

  g_assert_true (physio_database_import_file (fixture->database, bytes, NULL, &error));
  g_assert_true (physio_database_import_file (fixture->database, bytes, &summary, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (summary.n_added, ==, 0);
  g_assert_cmpuint (summary.n_updated, ==, 6);
  g_assert_cmpuint (physio_database_count_exercises (fixture->database), ==,
                    fixture->n_before + 6);
}

/* The sample with one thing changed in record 3 (Standing_Calf_Stretch). */
static GBytes *
sample_with (const char *from,
             const char *to)
{
  g_autoptr(GBytes) bytes = store_test_read_fixture ("sample-free-exercise-db.json");
  g_autofree char *text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  char *at = strstr (text, from);
  GString *out;

  g_assert_nonnull (at);
  out = g_string_new_len (text, at - text);
  g_string_append (out, to);
  g_string_append (out, at + strlen (from));
  return g_string_free_to_bytes (out);
}

static void
assert_refused (Fixture    *fixture,
                GBytes     *bytes,
                const char *a,
                const char *b,
                const char *c)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PhysioExercise) first = NULL;
  gint64 handle;

  g_assert_false (physio_database_import_file (fixture->database, bytes, NULL, &error));
  g_test_message ("%s", error->message);
  assert_message (error, a, b, c);
  /* Nothing of the file went in, not even the good records before the bad one. */
  g_assert_cmpuint (physio_database_count_exercises (fixture->database), ==, fixture->n_before);
  g_assert_false (physio_database_lookup_handle (fixture->database, "X-fedb:Wall_Sit_Hold",
                                                 &handle));
}

static void
test_malformed (Fixture       *fixture,
                gconstpointer  data)
{
  struct { const char *from, *to, *a, *b, *c; } cases[] = {
    { "\"name\": \"Standing Calf Stretch\"", "\"name\": 42",
      "Record 3", "Standing_Calf_Stretch", "“name”" },
    { "\"secondaryMuscles\": [],\n    \"instructions\": [\n      \"Face",
      "\"secondaryMuscles\": [7],\n    \"instructions\": [\n      \"Face",
      "Record 3", "Standing_Calf_Stretch", "“secondaryMuscles”" },
    { "\"equipment\": null", "\"equipment\": {\"a\": 1}",
      "Record 3", "Standing_Calf_Stretch", "“equipment”" },
    { "\"instructions\": [\n      \"Face", "\"instructions\": \"Face\", \"x\": [\n      \"Face",
      "Record 3", "Standing_Calf_Stretch", "“instructions”" },
    { "\"id\": \"Standing_Calf_Stretch\"", "\"id\": \"Wall_Sit_Hold\"",
      "Record 3", "Wall_Sit_Hold", "“id”" },
    { "\"id\": \"Standing_Calf_Stretch\"", "\"id\": null", "Record 3", "“id”", NULL },
    { "\"name\": \"Standing Calf Stretch\"",
      "\"name\": \"A name far too long for any exercise list, handout, heading or label to show it "
      "whole\"", "Record 3", "Standing_Calf_Stretch", "“name”" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GBytes) bytes = sample_with (cases[i].from, cases[i].to);

      assert_refused (fixture, bytes, cases[i].a, cases[i].b, cases[i].c);
    }
}

static void
test_hostile (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GString) deep = g_string_new (NULL);
  g_autoptr(GString) huge = g_string_new ("[{\"id\": \"huge\", \"name\": \"Huge\", "
                                          "\"instructions\": [\"");
  g_autoptr(GString) many = g_string_new ("[{\"id\": \"many\", \"name\": \"Many\", "
                                          "\"instructions\": [\"");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(PhysioExercise) exercise = NULL;
  PhysioImportSummary summary;

  for (guint i = 0; i < 100000; i++)
    g_string_append_c (deep, '[');
  bytes = g_bytes_new (deep->str, deep->len);
  assert_refused (fixture, bytes, "deep", NULL, NULL);
  g_clear_pointer (&bytes, g_bytes_unref);

  bytes = sample_with ("Calf Stretch\"", "Calf \xff\xfe Stretch\"");
  assert_refused (fixture, bytes, "UTF-8", "byte", NULL);
  g_clear_pointer (&bytes, g_bytes_unref);

  bytes = g_bytes_new_static ("{\"patients\": []}", strlen ("{\"patients\": []}"));
  assert_refused (fixture, bytes, "neither", NULL, NULL);
  g_clear_pointer (&bytes, g_bytes_unref);

  bytes = g_bytes_new_static ("[1]", 3);
  assert_refused (fixture, bytes, "Record 1", "object", NULL);
  g_clear_pointer (&bytes, g_bytes_unref);

  bytes = g_bytes_new_static ("[{\"id\": \"a\"", strlen ("[{\"id\": \"a\""));
  assert_refused (fixture, bytes, "not valid JSON", NULL, NULL);
  g_clear_pointer (&bytes, g_bytes_unref);

  /* A 4 MiB instruction without a space and 200,000 tiny sentences: cut to five steps,
   * imported, the summary says so. */
  for (guint i = 0; i < 4 * 1024 * 1024; i++)
    g_string_append_c (huge, 'a' + i % 26);
  g_string_append (huge, "\"]}]");
  bytes = g_bytes_new (huge->str, huge->len);
  g_assert_true (physio_database_import_file (fixture->database, bytes, &summary, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (summary.n_shortened, ==, 1);
  exercise = get (fixture, "X-fedb:huge");
  g_assert_cmpuint (g_strv_length ((char **) physio_exercise_get_steps (exercise)), ==, 5);
  g_clear_pointer (&bytes, g_bytes_unref);

  for (guint i = 0; i < 200000; i++)
    g_string_append (many, "Go. ");
  g_string_append (many, "\"]}]");
  bytes = g_bytes_new (many->str, many->len);
  g_assert_true (physio_database_import_file (fixture->database, bytes, &summary, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (summary.n_shortened, ==, 1);
}

static GBytes *
generated_file (guint n)
{
  GString *json = g_string_new ("[");

  for (guint i = 0; i < n; i++)
    g_string_append_printf (json,
                            "%s{\"id\": \"Gen_%u\", \"name\": \"Generated exercise %u\", "
                            "\"force\": \"push\", \"level\": \"beginner\", \"mechanic\": "
                            "\"compound\", \"equipment\": \"dumbbell\", \"primaryMuscles\": "
                            "[\"chest\"], \"secondaryMuscles\": [\"triceps\", \"shoulders\"], "
                            "\"instructions\": [\"Lie on a bench with a weight in each hand.\", "
                            "\"Press the weights up until the arms are straight.\", \"Lower "
                            "them slowly to the chest.\"], \"category\": \"strength\", "
                            "\"images\": [\"Gen_%u/0.jpg\"]}", i ? ",\n" : "", i, i, i);
  g_string_append (json, "]");
  return g_string_free_to_bytes (json);
}

static void
test_ten_thousand (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GBytes) bytes = generated_file (10000);
  g_autoptr(GError) error = NULL;
  PhysioImportSummary summary;
  gint64 start;

  start = g_get_monotonic_time ();
  g_assert_true (physio_database_import_file (fixture->database, bytes, &summary, &error));
  g_assert_no_error (error);
  /* A figure for the report, not a limit (tests/bench/README.md). */
  g_test_message ("10,000 records imported in %.2f s",
                  (g_get_monotonic_time () - start) / 1e6);
  g_assert_cmpuint (summary.n_added, ==, 10000);
  g_assert_cmpuint (physio_database_count_exercises (fixture->database), ==,
                    fixture->n_before + 10000);

  start = g_get_monotonic_time ();
  g_assert_true (physio_database_import_file (fixture->database, bytes, &summary, &error));
  g_test_message ("10,000 records imported again in %.2f s",
                  (g_get_monotonic_time () - start) / 1e6);
  g_assert_cmpuint (summary.n_updated, ==, 10000);
  g_assert_cmpuint (physio_database_count_exercises (fixture->database), ==,
                    fixture->n_before + 10000);
}

static void
test_own_round_trip (Fixture       *fixture,
                     gconstpointer  data)
{
  g_auto(GStrv) custom_rows = NULL;
  g_autoptr(PhysioExercise) custom = store_test_new_custom ("Sit, \"tall\" and reach");
  g_autoptr(PhysioExercise) back = NULL;
  g_autoptr(GBytes) exported = NULL;
  g_autoptr(GBytes) csv = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *other_dir = NULL;
  g_autoptr(PhysioDatabase) other = NULL;
  g_autofree char *csv_text = NULL;
  PhysioImportSummary summary;
  guint n_other;

  g_assert_true (physio_database_save_exercise (fixture->database, custom, &error));
  exported = physio_database_export_exercises (fixture->database, &error);
  g_assert_no_error (error);

  other = store_test_fixture_open (&other_dir);
  n_other = physio_database_count_exercises (other);
  g_assert_true (physio_database_import_file (other, exported, &summary, &error));
  g_assert_no_error (error);
  g_assert_cmpint (summary.format, ==, PHYSIO_IMPORT_FORMAT_EXERCISES);
  g_assert_cmpuint (summary.n_added, ==, 1);
  g_assert_cmpuint (physio_database_count_exercises (other), ==, n_other + 1);
  back = physio_database_get_exercise (other, physio_exercise_get_id (custom), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (physio_exercise_get_name (back), ==, "Sit, \"tall\" and reach");
  g_assert_false (physio_exercise_is_builtin (back));

  /* Again: updated, not added. */
  g_assert_true (physio_database_import_file (other, exported, &summary, &error));
  g_assert_cmpuint (summary.n_updated, ==, 1);
  g_assert_cmpuint (physio_database_count_exercises (other), ==, n_other + 1);
  store_test_fixture_close (&other_dir, &other);

  /* CSV: header, CRLF, the name quoted with its quotes doubled. */
  csv = physio_database_export_csv (fixture->database, &error);
  g_assert_no_error (error);
  csv_text = g_strndup (g_bytes_get_data (csv, NULL), g_bytes_get_size (csv));
  g_assert_true (g_str_has_prefix (csv_text, "id,name,source,category,"));
  g_assert_nonnull (strstr (csv_text, ",\"Sit, \"\"tall\"\" and reach\",custom,strength,"));
  g_assert_nonnull (strstr (csv_text, "\"Sit tall on a firm chair.\nLift one knee"));
  g_assert_true (g_str_has_suffix (csv_text, "\r\n"));
  custom_rows = g_strsplit (csv_text, ",custom,", -1);
  g_assert_cmpuint (g_strv_length (custom_rows), ==, 2);
}

static void
test_own_malformed (Fixture       *fixture,
                    gconstpointer  data)
{
  static const char *const files[][4] = {
    { "{\"format\": 1, \"exercises\": [{\"id\": \"X-a\", \"version\": 1, \"name\": \"A\", "
      "\"category\": \"strength\", \"position\": \"sitting\", \"dosage_kind\": \"reps\", "
      "\"laterality\": \"bilateral\", \"default_dose\": {\"sets\": 2, \"reps\": 10, "
      "\"sessions_per_day\": 1, \"days_per_week\": 3}, "
      "\"steps\": [\"One.\", \"Two.\", \"Three.\"], \"regions\": [\"trunk\"], "
      "\"stages\": [\"any\"]}, {\"id\": \"X-b\", \"steps\": 5}]}",
      "Record 2", "X-b", NULL },
    { "{\"format\": 1, \"exercises\": [{\"id\": \"X-a\", \"version\": 1, \"name\": \"A\", "
      "\"category\": \"strength\", \"position\": \"sitting\", \"dosage_kind\": \"reps\", "
      "\"laterality\": \"bilateral\", \"default_dose\": {\"sets\": 2, \"reps\": 10, "
      "\"sessions_per_day\": 1, \"days_per_week\": 3}, "
      "\"steps\": [\"One.\"], \"regions\": [\"trunk\"], \"stages\": [\"any\"]}]}",
      "Record 1", "X-a", "“steps”" },
    { "{\"format\": 1, \"exercises\": [{\"id\": \"ABC-1\", \"version\": 1, \"name\": \"A\", "
      "\"category\": \"strength\", \"position\": \"sitting\", \"dosage_kind\": \"reps\", "
      "\"laterality\": \"bilateral\", \"default_dose\": {\"sets\": 2, \"reps\": 10, "
      "\"sessions_per_day\": 1, \"days_per_week\": 3}, "
      "\"steps\": [\"One.\", \"Two.\", \"Three.\"], \"regions\": [\"trunk\"], "
      "\"stages\": [\"any\"]}]}",
      "Record 1", "ABC-1", "“id”" },
    { "{\"format\": 2, \"exercises\": []}", "format", NULL, NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autoptr(GBytes) bytes = g_bytes_new_static (files[i][0], strlen (files[i][0]));

      assert_refused (fixture, bytes, files[i][1], files[i][2], files[i][3]);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, fn) \
  g_test_add (path, Fixture, NULL, fixture_set_up, fn, fixture_tear_down)
  ADD ("/import/free-exercise-db/sample", test_sample);
  ADD ("/import/free-exercise-db/reimport", test_reimport);
  ADD ("/import/free-exercise-db/malformed", test_malformed);
  ADD ("/import/hostile", test_hostile);
  ADD ("/import/ten-thousand", test_ten_thousand);
  ADD ("/import/own/round-trip-and-csv", test_own_round_trip);
  ADD ("/import/own/malformed", test_own_malformed);
#undef ADD

  return g_test_run ();
}
