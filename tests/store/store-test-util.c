/* store-test-util.c: temporary databases and fixtures for the store tests
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <glib/gstdio.h>

#include "physio-database-patients.h"
#include "physio-database-private.h"
#include "store-test-util.h"

char *
store_test_make_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("physio-store-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

void
store_test_remove_dir (const char *dir)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  const char *name;

  if (handle == NULL)
    return;

  while ((name = g_dir_read_name (handle)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        store_test_remove_dir (path);
      else
        g_unlink (path);
    }

  g_rmdir (dir);
}

/* Fixture name → GBytes, read before the test gave up root. */
static GHashTable *preloaded_fixtures;

void
store_test_preload_fixtures (const char * const *names)
{
  /* Before g_test_init (), so G_TEST_DIST is not known yet: meson's G_TEST_SRCDIR is. */
  const char *srcdir = g_getenv ("G_TEST_SRCDIR");

  g_return_if_fail (srcdir != NULL);

  if (preloaded_fixtures == NULL)
    preloaded_fixtures = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                (GDestroyNotify) g_bytes_unref);
  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autofree char *path = g_build_filename (srcdir, "store", names[i], NULL);

      g_hash_table_replace (preloaded_fixtures, g_strdup (names[i]),
                            store_test_file_bytes (path));
    }
}

GBytes *
store_test_read_fixture (const char *name)
{
  g_autofree char *path = NULL;
  GBytes *preloaded;

  if (preloaded_fixtures != NULL &&
      (preloaded = g_hash_table_lookup (preloaded_fixtures, name)) != NULL)
    return g_bytes_ref (preloaded);

  path = g_test_build_filename (G_TEST_DIST, "store", name, NULL);
  return store_test_file_bytes (path);
}

PhysioDatabase *
store_test_open_with_fixture (const char *dir)
{
  g_autofree char *path = g_build_filename (dir, "physioplan.db", NULL);
  g_autoptr(GBytes) fixture = store_test_read_fixture ("fixture-library.json");
  g_autoptr(PhysioDatabase) database = NULL;
  g_autoptr(GError) error = NULL;
  guint n_changed = 0;

  database = physio_database_open (path, &error);
  g_assert_no_error (error);
  physio_database_load_builtin_library (database, fixture, &n_changed, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (n_changed, ==, 9);

  return g_steal_pointer (&database);
}

PhysioDatabase *
store_test_fixture_open (char **dir)
{
  *dir = store_test_make_dir ();
  return store_test_open_with_fixture (*dir);
}

void
store_test_fixture_close (char           **dir,
                          PhysioDatabase **database)
{
  g_clear_object (database);
  store_test_remove_dir (*dir);
  g_clear_pointer (dir, g_free);
}

PhysioExercise *
store_test_new_custom (const char *name)
{
  static const char * const steps[] = {
    "Sit tall on a firm chair.", "Lift one knee a little.", "Lower it slowly.", NULL
  };
  static const char * const regions[] = { "lower_limb", NULL };
  static const char * const equipment[] = { "chair", NULL };
  static const char * const stages[] = { "subacute", NULL };
  g_auto(PhysioDose) dose = PHYSIO_DOSE_INIT;
  PhysioExercise *exercise = physio_exercise_new ();
  g_autofree char *id = physio_exercise_new_custom_id ();

  physio_exercise_set_id (exercise, id);
  physio_exercise_set_name (exercise, name);
  physio_exercise_set_source (exercise, PHYSIO_EXERCISE_CUSTOM);
  physio_exercise_set_version (exercise, 1);
  physio_exercise_set_category (exercise, "strength");
  physio_exercise_set_position (exercise, "sitting");
  physio_exercise_set_dosage_kind (exercise, PHYSIO_DOSAGE_REPS);
  physio_exercise_set_laterality (exercise, PHYSIO_LATERALITY_EACH_SIDE);
  physio_exercise_set_steps (exercise, steps);
  physio_exercise_set_regions (exercise, regions);
  physio_exercise_set_equipment (exercise, equipment);
  physio_exercise_set_stages (exercise, stages);

  dose.sets = 2;
  dose.reps = 10;
  dose.sessions_per_day = 1;
  dose.days_per_week = 5;
  physio_exercise_set_default_dose (exercise, &dose);

  return exercise;
}

GBytes *
store_test_file_bytes (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize length = 0;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);

  return g_bytes_new_take (contents, length);
}

GDate
store_test_date (guint      day,
                 GDateMonth month,
                 guint      year)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, day, month, year);
  return date;
}

gint64
store_test_add_patient (PhysioDatabase *database,
                        const char     *name)
{
  g_autoptr(PhysioPatient) patient = physio_patient_new ();
  g_autoptr(GError) error = NULL;

  physio_patient_set_name (patient, name);
  physio_database_save_patient (database, patient, &error);
  g_assert_no_error (error);
  g_assert_cmpint (physio_patient_get_id (patient), >, 0);

  return physio_patient_get_id (patient);
}

guint
store_test_count_rows (PhysioDatabase *database,
                       const char     *table)
{
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM %s", table);
  sqlite3_stmt *stmt = NULL;
  guint count;

  g_assert_cmpint (sqlite3_prepare_v2 (_physio_database_get_sqlite (database), sql, -1, &stmt,
                                       NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  count = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);

  return count;
}
