/* test-problem.c: what a clinician is told when the database cannot be used
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <sys/wait.h>

#include <glib/gstdio.h>

#include "physio-database.h"
#include "physio-database-problem.h"

/* The built physioplan program, passed by meson as the first argument. */
static const char *program;

static void
assert_contains (const char *haystack,
                 const char *needle)
{
  if (strstr (haystack, needle) == NULL)
    g_error ("Expected “%s” in “%s”", needle, haystack);
}

static void
assert_lacks (const char *haystack,
              const char *needle)
{
  if (strstr (haystack, needle) != NULL)
    g_error ("Did not expect “%s” in “%s”", needle, haystack);
}

static void
test_describe_each_problem (void)
{
  static const struct
  {
    PhysioDatabaseError code;
    const char *happened;
    const char *advice;
  } cases[] = {
    { PHYSIO_DATABASE_ERROR_NOT_A_DATABASE, "is not a Physioplan database", "Move the file" },
    { PHYSIO_DATABASE_ERROR_CORRUPT, "is damaged", "Keep a copy of the file" },
    { PHYSIO_DATABASE_ERROR_TOO_NEW, "was made by a newer version of Physioplan",
      "newer version of Physioplan" },
    { PHYSIO_DATABASE_ERROR_FAILED, "could not be opened: disk on fire", "can be written" },
    { PHYSIO_DATABASE_ERROR_DISK_FULL, "is full", "Free some space" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = g_error_new_literal (PHYSIO_DATABASE_ERROR, cases[i].code,
                                                     "disk on fire");
      g_autofree char *heading = NULL;
      g_autofree char *body = NULL;

      physio_database_problem_describe ("/home/anna/.local/share/physioplan/physioplan.db",
                                        error, NULL, &heading, &body);

      g_assert_cmpstr (heading, !=, "");
      /* The clinician learns which file, what happened and what next; not that nothing
       * was changed, which only the store can know (see unchanged-only-when-true). */
      assert_contains (body, "“/home/anna/.local/share/physioplan/physioplan.db”");
      assert_contains (body, cases[i].happened);
      assert_lacks (body, "Nothing was changed.");
      assert_contains (body, cases[i].advice);
      assert_lacks (body, "backup");
      assert_lacks (body, "report");
    }
}

static void
test_describe_offers_backup (void)
{
  g_autoptr(GError) corrupt = g_error_new_literal (PHYSIO_DATABASE_ERROR,
                                                   PHYSIO_DATABASE_ERROR_CORRUPT, "bad page");
  g_autoptr(GError) failed = g_error_new_literal (PHYSIO_DATABASE_ERROR,
                                                  PHYSIO_DATABASE_ERROR_FAILED, "no space");
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;

  physio_database_problem_describe ("/data/physioplan.db", corrupt,
                                    "/data/physioplan.db.backup-v1", &heading, &body);
  g_assert_cmpstr (heading, ==, "Database Damaged");
  assert_contains (body, "Restore the last backup, “physioplan.db.backup-v1”");
  assert_contains (body, "kept beside it");

  g_clear_pointer (&heading, g_free);
  g_clear_pointer (&body, g_free);

  /* A backup cannot help when the disk is full, so it is not mentioned. */
  physio_database_problem_describe ("/data/physioplan.db", failed,
                                    "/data/physioplan.db.backup-v1", &heading, &body);
  assert_lacks (body, "backup");
}

static void
test_can_restore (void)
{
  static const struct
  {
    PhysioDatabaseError code;
    gboolean can_restore;
  } cases[] = {
    { PHYSIO_DATABASE_ERROR_NOT_A_DATABASE, TRUE },
    { PHYSIO_DATABASE_ERROR_CORRUPT, TRUE },
    { PHYSIO_DATABASE_ERROR_TOO_NEW, TRUE },
    { PHYSIO_DATABASE_ERROR_LIBRARY, FALSE },
    { PHYSIO_DATABASE_ERROR_FAILED, FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = g_error_new_literal (PHYSIO_DATABASE_ERROR, cases[i].code, "x");

      g_assert_cmpint (physio_database_problem_can_restore (error), ==, cases[i].can_restore);
    }
}

static void
test_describe_for_terminal (void)
{
  g_autoptr(GError) too_new = g_error_new_literal (PHYSIO_DATABASE_ERROR,
                                                   PHYSIO_DATABASE_ERROR_TOO_NEW, "v9");
  g_autofree char *text = NULL;

  text = physio_database_problem_describe_for_terminal ("/tmp/clinic.db", too_new,
                                                        "/tmp/clinic.db.backup-v1");
  g_assert_true (g_str_has_prefix (text, "physioplan: "));
  assert_contains (text, "“/tmp/clinic.db” was made by a newer version of Physioplan.");
  assert_lacks (text, "Nothing was changed.");
  assert_contains (text, "/tmp/clinic.db.backup-v1");
  g_assert_null (strchr (text, '\n'));
}

/* "Nothing was changed." when the store refused the file before writing, and only then. */
static void
test_unchanged_only_when_true (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) changed = NULL;
  g_autoptr(PhysioDatabase) database = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  g_autofree char *text = NULL;

  dir = g_dir_make_tmp ("physio-problem-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (dir, "notes.db", NULL);
  g_file_set_contents (path, "Shopping list\n", -1, &error);
  g_assert_no_error (error);

  database = physio_database_open (path, &error);
  g_assert_null (database);
  g_assert_true (physio_database_error_left_file_unchanged (error));
  physio_database_problem_describe (path, error, NULL, &heading, &body);
  assert_contains (body, "Nothing was changed.");
  text = physio_database_problem_describe_for_terminal (path, error, NULL);
  assert_contains (text, "Nothing was changed.");

  /* A failure the store cannot vouch for, such as a migration that stopped halfway. */
  g_clear_pointer (&heading, g_free);
  g_clear_pointer (&body, g_free);
  g_clear_pointer (&text, g_free);
  changed = g_error_new_literal (PHYSIO_DATABASE_ERROR, PHYSIO_DATABASE_ERROR_DISK_FULL,
                                 "The disk is full");
  g_assert_false (physio_database_error_left_file_unchanged (changed));
  physio_database_problem_describe (path, changed, NULL, &heading, &body);
  assert_lacks (body, "Nothing was changed.");
  g_assert_cmpstr (heading, ==, "Disk Full");
  text = physio_database_problem_describe_for_terminal (path, changed, NULL);
  assert_lacks (text, "Nothing was changed.");
  assert_contains (text, "Free some space");

  g_assert_cmpint (g_remove (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

static char *
run_program (const char * const *args,
             int                *exit_status,
             char              **standard_error)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  char *standard_output = NULL;
  int wait_status = 0;

  g_ptr_array_add (argv, (char *) program);
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (char *) args[i]);
  g_ptr_array_add (argv, NULL);

  g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                &standard_output, standard_error, &wait_status, &error);
  g_assert_no_error (error);

  g_assert_true (WIFEXITED (wait_status));
  *exit_status = WEXITSTATUS (wait_status);

  return standard_output;
}

static void
test_cli_bad_database (void)
{
  static const char contents[] = "Patient list\nAnna B, 2026-01-12\n";
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *option = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *after = NULL;
  g_autofree char *backup = NULL;
  gsize after_length = 0;
  int status = -1;

  if (program == NULL || !g_file_test (program, G_FILE_TEST_IS_EXECUTABLE))
    {
      g_test_skip ("physioplan program not given");
      return;
    }

  dir = g_dir_make_tmp ("physio-problem-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (dir, "notes.db", NULL);
  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);

  option = g_strdup_printf ("--database=%s", path);
  out = run_program ((const char *[]) { option, NULL }, &status, &err);

  /* A script gets a failure status and a message on stderr, and no window is opened. */
  g_assert_cmpint (status, ==, 1);
  g_assert_cmpstr (out, ==, "");
  assert_contains (err, path);
  assert_contains (err, "is not a Physioplan database");
  assert_contains (err, "Nothing was changed.");

  /* ...and the file is exactly as it was, with nothing written beside it. */
  g_file_get_contents (path, &after, &after_length, &error);
  g_assert_no_error (error);
  g_assert_cmpmem (after, after_length, contents, sizeof contents - 1);
  backup = physio_database_find_backup (path);
  g_assert_null (backup);

  g_assert_cmpint (g_remove (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

static void
test_cli_version (void)
{
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  int status = -1;

  if (program == NULL || !g_file_test (program, G_FILE_TEST_IS_EXECUTABLE))
    {
      g_test_skip ("physioplan program not given");
      return;
    }

  out = run_program ((const char *[]) { "--version", NULL }, &status, &err);
  g_assert_cmpint (status, ==, 0);
  g_assert_cmpstr (out, ==, "Physioplan " PACKAGE_VERSION "\n");
}

int
main (int   argc,
      char *argv[])
{
  /* Taken before g_test_init (), which does not expect a plain argument. */
  if (argc > 1 && argv[1][0] != '-')
    {
      program = argv[1];
      argv[1] = argv[0];
      argv++;
      argc--;
    }

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/problem/describe-each", test_describe_each_problem);
  g_test_add_func ("/problem/describe-backup", test_describe_offers_backup);
  g_test_add_func ("/problem/can-restore", test_can_restore);
  g_test_add_func ("/problem/terminal", test_describe_for_terminal);
  g_test_add_func ("/problem/unchanged-only-when-true", test_unchanged_only_when_true);
  g_test_add_func ("/problem/cli-bad-database", test_cli_bad_database);
  g_test_add_func ("/problem/cli-version", test_cli_version);

  return g_test_run ();
}
