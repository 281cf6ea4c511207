/* test-io.c: `physioplan --backup=FILE` and `--import=FILE`, run as a clinic's script would
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The first argument is the physioplan binary (tests/cli/meson.build passes it).
 */

#include "config.h"

#include <string.h>
#include <sys/wait.h>
#include <glib/gstdio.h>

#include "physio-database.h"
#include "physio-database-patients.h"
#include "physio-template-exchange.h"

static const char *binary;

typedef struct
{
  char  *dir;
  char  *db;
  guint  n_exercises;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PhysioDatabase) database = NULL;

  fixture->dir = g_dir_make_tmp ("physio-cli-io-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->db = g_build_filename (fixture->dir, "physioplan.db", NULL);
  database = physio_database_open (fixture->db, &error);
  g_assert_no_error (error);
  g_assert_true (physio_database_load_builtin_library (database, NULL, NULL, &error));
  fixture->n_exercises = physio_database_count_exercises (database);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GDir) listing = g_dir_open (fixture->dir, 0, NULL);
  const char *name;

  while ((name = g_dir_read_name (listing)) != NULL)
    {
      g_autofree char *path = g_build_filename (fixture->dir, name, NULL);

      g_unlink (path);
    }
  g_rmdir (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->db);
}

/* Runs physioplan --database=<fixture> @option; stdout and stderr in @out and @err. */
static int
run (Fixture     *fixture,
     const char  *database,
     const char  *option,
     char       **out,
     char       **err)
{
  g_autofree char *database_arg = g_strdup_printf ("--database=%s",
                                                   database ? database : fixture->db);
  const char *argv[] = { binary, database_arg, option, NULL };
  g_auto(GStrv) environment = g_get_environ ();
  g_autoptr(GError) error = NULL;
  int status = 0;

  environment = g_environ_unsetenv (environment, "DISPLAY");
  environment = g_environ_unsetenv (environment, "WAYLAND_DISPLAY");
  environment = g_environ_setenv (environment, "GSETTINGS_BACKEND", "memory", TRUE);
  environment = g_environ_setenv (environment, "LC_ALL", "C.UTF-8", TRUE);
  g_assert_true (g_spawn_sync (NULL, (char **) argv, environment, G_SPAWN_DEFAULT, NULL, NULL,
                               out, err, &status, &error));
  g_assert_no_error (error);
  g_test_message ("%s: out “%s” err “%s”", option, *out, *err);
  return g_spawn_check_wait_status (status, NULL) ? 0 : WEXITSTATUS (status);
}

static guint
count (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PhysioDatabase) database = physio_database_open (fixture->db, &error);

  g_assert_no_error (error);
  return physio_database_count_exercises (database);
}

static void
test_import (Fixture       *fixture,
             gconstpointer  data)
{
  g_autofree char *sample = g_test_build_filename (G_TEST_DIST, "store",
                                                   "sample-free-exercise-db.json", NULL);
  g_autofree char *arg = g_strdup_printf ("--import=%s", sample);
  g_autofree char *out = NULL, *err = NULL;

  g_assert_cmpint (run (fixture, NULL, arg, &out, &err), ==, 0);
  g_assert_nonnull (strstr (out, "6 new, 0 updated"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (run (fixture, NULL, arg, &out, &err), ==, 0);
  g_assert_nonnull (strstr (out, "0 new, 6 updated"));
  g_assert_cmpuint (count (fixture), ==, fixture->n_exercises + 6);
}

/* A programme another clinic shared as a template file. */
static void
test_import_template (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "shared.json", NULL);
  g_autofree char *arg = g_strdup_printf ("--import=%s", path);
  g_autofree char *out = NULL, *err = NULL;
  g_autoptr(PhysioDatabase) database = NULL;
  g_autoptr(PhysioProgramme) programme = physio_programme_new ();
  g_autoptr(PhysioExercise) exercise = NULL;
  g_autoptr(PhysioPrescription) prescription = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GPtrArray) templates = NULL;
  g_autoptr(GError) error = NULL;
  guint n_clinic = 0;

  database = physio_database_open (fixture->db, &error);
  g_assert_no_error (error);
  exercise = physio_database_get_exercise (database, "COR-08", &error);
  g_assert_no_error (error);
  prescription = physio_prescription_new (exercise);
  physio_programme_set_title (programme, "Garden work");
  physio_programme_add_prescription (programme, prescription);
  bytes = physio_database_export_programme_template (database, programme, "Garden work", &error);
  g_assert_no_error (error);
  g_assert_true (g_file_set_contents (path, g_bytes_get_data (bytes, NULL),
                                      g_bytes_get_size (bytes), &error));
  g_clear_object (&database);

  g_assert_cmpint (run (fixture, NULL, arg, &out, &err), ==, 0);
  g_assert_nonnull (strstr (out, "Imported 1 template: 1 new, 0 updated."));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (run (fixture, NULL, arg, &out, &err), ==, 0);
  g_assert_nonnull (strstr (out, "0 new, 1 updated"));

  database = physio_database_open (fixture->db, &error);
  g_assert_no_error (error);
  templates = physio_database_list_templates (database, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < templates->len; i++)
    if (!((PhysioTemplate *) templates->pdata[i])->builtin)
      {
        n_clinic++;
        g_assert_cmpstr (((PhysioTemplate *) templates->pdata[i])->name, ==, "Garden work");
      }
  g_assert_cmpuint (n_clinic, ==, 1);
}

static void
test_import_bad (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autofree char *bad = g_build_filename (fixture->dir, "bad.json", NULL);
  g_autofree char *arg = g_strdup_printf ("--import=%s", bad);
  g_autofree char *missing = g_strdup_printf ("--import=%s/none.json", fixture->dir);
  g_autofree char *out = NULL, *err = NULL;

  g_assert_true (g_file_set_contents (bad, "[{\"id\": \"A\", \"name\": \"Fine\"}, "
                                      "{\"id\": \"B\", \"name\": [\"no\"]}]", -1, NULL));
  g_assert_cmpint (run (fixture, NULL, arg, &out, &err), !=, 0);
  g_assert_nonnull (strstr (err, "Nothing was imported"));
  g_assert_nonnull (strstr (err, "Record 2 “B”, field “name”"));
  g_assert_cmpuint (count (fixture), ==, fixture->n_exercises);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (run (fixture, NULL, missing, &out, &err), !=, 0);
  g_assert_nonnull (strstr (err, "Nothing was imported"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (run (fixture, NULL, "--import=", &out, &err), !=, 0);
  g_assert_cmpuint (count (fixture), ==, fixture->n_exercises);
}

static void
test_backup (Fixture       *fixture,
             gconstpointer  data)
{
  g_autofree char *dest = g_build_filename (fixture->dir, "copy.physioplan", NULL);
  g_autofree char *arg = g_strdup_printf ("--backup=%s", dest);
  g_autofree char *out = NULL, *err = NULL;
  g_autoptr(PhysioDatabase) copy = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (run (fixture, NULL, arg, &out, &err), ==, 0);
  g_assert_nonnull (strstr (out, "Backed up"));
  copy = physio_database_open (dest, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (physio_database_count_exercises (copy), ==, fixture->n_exercises);
}

static void
test_backup_bad (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autofree char *nowhere = g_build_filename (fixture->dir, "no-such-folder", "b.db", NULL);
  g_autofree char *arg_nowhere = g_strdup_printf ("--backup=%s", nowhere);
  g_autofree char *foreign = g_build_filename (fixture->dir, "notes.txt", NULL);
  g_autofree char *dest = g_build_filename (fixture->dir, "copy.physioplan", NULL);
  g_autofree char *arg_dest = g_strdup_printf ("--backup=%s", dest);
  g_autofree char *arg_self = g_strdup_printf ("--backup=%s", fixture->db);
  g_autofree char *out = NULL, *err = NULL;

  g_assert_cmpint (run (fixture, NULL, arg_nowhere, &out, &err), !=, 0);
  g_assert_nonnull (strstr (err, "No backup was written"));
  g_assert_false (g_file_test (nowhere, G_FILE_TEST_EXISTS));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (run (fixture, NULL, arg_self, &out, &err), !=, 0);
  g_assert_nonnull (strstr (err, "database itself"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  /* A --database that is not ours is refused before any backup is written. */
  g_assert_true (g_file_set_contents (foreign, "not a database", -1, NULL));
  g_assert_cmpint (run (fixture, foreign, arg_dest, &out, &err), !=, 0);
  g_assert_false (g_file_test (dest, G_FILE_TEST_EXISTS));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (run (fixture, NULL, "--backup=", &out, &err), !=, 0);
}

static void
test_restore (Fixture       *fixture,
              gconstpointer  data)
{
  g_autofree char *sample = g_test_build_filename (G_TEST_DIST, "store",
                                                   "sample-free-exercise-db.json", NULL);
  g_autofree char *arg_import = g_strdup_printf ("--import=%s", sample);
  g_autofree char *dest = g_build_filename (fixture->dir, "copy.physioplan", NULL);
  g_autofree char *arg_backup = g_strdup_printf ("--backup=%s", dest);
  g_autofree char *arg_restore = g_strdup_printf ("--restore=%s", dest);
  g_autofree char *foreign = g_build_filename (fixture->dir, "notes.txt", NULL);
  g_autofree char *arg_foreign = g_strdup_printf ("--restore=%s", foreign);
  g_autofree char *out = NULL, *err = NULL;
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;

  g_assert_cmpint (run (fixture, NULL, arg_backup, &out, &err), ==, 0);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run (fixture, NULL, arg_import, &out, &err), ==, 0);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpuint (count (fixture), ==, fixture->n_exercises + 6);

  /* Not a backup: refused, the database byte for byte as it was. */
  g_assert_true (g_file_set_contents (foreign, "not a database", -1, NULL));
  {
    char *bytes = NULL;
    gsize size = 0;

    g_assert_true (g_file_get_contents (fixture->db, &bytes, &size, NULL));
    before = g_bytes_new_take (bytes, size);
  }
  g_assert_cmpint (run (fixture, NULL, arg_foreign, &out, &err), !=, 0);
  g_assert_nonnull (strstr (err, "Nothing was restored"));
  {
    char *bytes = NULL;
    gsize size = 0;

    g_assert_true (g_file_get_contents (fixture->db, &bytes, &size, NULL));
    after = g_bytes_new_take (bytes, size);
  }
  g_assert_true (g_bytes_equal (before, after));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (run (fixture, NULL, arg_restore, &out, &err), ==, 0);
  g_assert_nonnull (strstr (out, "before-restore-"));
  g_assert_cmpuint (count (fixture), ==, fixture->n_exercises);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_assert_cmpint (argc, >=, 2);
  binary = argv[1];

#define ADD(path, fn) g_test_add (path, Fixture, NULL, fixture_set_up, fn, fixture_tear_down)
  ADD ("/cli/import", test_import);
  ADD ("/cli/import-bad", test_import_bad);
  ADD ("/cli/import-template", test_import_template);
  ADD ("/cli/backup", test_backup);
  ADD ("/cli/backup-bad", test_backup_bad);
  ADD ("/cli/restore", test_restore);
#undef ADD

  return g_test_run ();
}
