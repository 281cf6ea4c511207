/* test-archive.c: a backup of the whole database while it is open, and restoring it in place
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>
#include <sys/stat.h>
#include <glib/gstdio.h>

#include "physio-database-archive.h"
#include "store-test-util.h"

static void
count_progress (double   fraction,
                gpointer user_data)
{
  double *last = user_data;

  g_assert_cmpfloat (fraction, >=, 0.0);
  g_assert_cmpfloat (fraction, <=, 1.0);
  *last = fraction;
}

static void
test_round_trip (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *dest = NULL;
  g_autofree char *kept = NULL;
  g_autofree char *first_id = NULL;
  g_autofree char *second_id = NULL;
  g_autoptr(PhysioDatabase) database = NULL;
  g_autoptr(PhysioExercise) first = store_test_new_custom ("Kept in the backup");
  g_autoptr(PhysioExercise) second = store_test_new_custom ("Added after the backup");
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  gint64 handle;
  double last = -1;
  GStatBuf st;

  database = store_test_fixture_open (&dir);
  path = g_strdup (physio_database_get_path (database));
  dest = g_build_filename (dir, "my backup.physioplan", NULL);
  first_id = g_strdup (physio_exercise_get_id (first));
  second_id = g_strdup (physio_exercise_get_id (second));

  /* Taken while the database is open and has just been written to. */
  g_assert_true (physio_database_save_exercise (database, first, &error));
  g_assert_true (physio_database_backup_file (path, dest, count_progress, &last, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpfloat (last, ==, 1.0);
  g_assert_cmpint (g_stat (dest, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0077, ==, 0);

  /* The database itself is never a backup's destination. */
  g_assert_false (physio_database_backup_file (path, path, NULL, NULL, NULL, &error));
  g_assert_nonnull (strstr (error->message, "database itself"));
  g_clear_error (&error);

  g_assert_true (physio_database_save_exercise (database, second, &error));
  g_clear_object (&database);

  /* A file that is not a Physioplan database changes nothing. */
  {
    g_autofree char *text = g_build_filename (dir, "notes.txt", NULL);
    g_autoptr(GBytes) before = store_test_file_bytes (path);
    g_autoptr(GBytes) after = NULL;

    g_assert_true (g_file_set_contents (text, "not a database", -1, NULL));
    g_assert_false (physio_database_restore_file (path, text, NULL, &error));
    g_test_message ("%s", error->message);
    g_clear_error (&error);
    after = store_test_file_bytes (path);
    g_assert_true (g_bytes_equal (before, after));
  }

  g_assert_true (physio_database_restore_file (path, dest, &kept, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (kept, G_FILE_TEST_IS_REGULAR));

  database = physio_database_open (path, &error);
  g_assert_no_error (error);
  g_assert_true (physio_database_lookup_handle (database, first_id, &handle));
  g_assert_false (physio_database_lookup_handle (database, second_id, &handle));
  g_clear_object (&database);

  /* The database from before the restore is whole and holds the later change. */
  database = physio_database_open (kept, &error);
  g_assert_no_error (error);
  g_assert_true (physio_database_lookup_handle (database, second_id, &handle));
  g_clear_object (&database);

  store_test_remove_dir (dir);
}

static void
test_refuses_foreign (void)
{
  g_autofree char *dir = store_test_make_dir ();
  g_autofree char *text = g_build_filename (dir, "notes.txt", NULL);
  g_autofree char *dest = g_build_filename (dir, "out.physioplan", NULL);
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_set_contents (text, "not a database", -1, NULL));
  g_assert_false (physio_database_backup_file (text, dest, NULL, NULL, NULL, &error));
  g_assert_nonnull (error);
  g_assert_false (g_file_test (dest, G_FILE_TEST_EXISTS));
  g_clear_error (&error);

  g_assert_false (physio_database_restore_file (dest, text, NULL, &error));
  g_assert_nonnull (error);
  g_assert_false (g_file_test (dest, G_FILE_TEST_EXISTS));

  store_test_remove_dir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/archive/round-trip", test_round_trip);
  g_test_add_func ("/archive/refuses-foreign", test_refuses_foreign);

  return g_test_run ();
}
