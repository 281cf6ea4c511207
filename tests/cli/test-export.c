/* test-export.c: `physioplan --export-pdf`, run as clinic automation would, with no display
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The first argument is the physioplan binary (tests/cli/meson.build passes it).
 */

#include "config.h"

#include <string.h>
#include <sys/wait.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include <poppler.h>

#include "physio-database.h"
#include "physio-database-handouts.h"
#include "physio-database-patients.h"
#include "physio-prescription.h"

static const char *binary;

typedef struct
{
  char   *dir;
  char   *db;
  gint64  programme_id;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PhysioDatabase) database = NULL;
  g_autoptr(PhysioPatient) patient = physio_patient_new ();
  g_autoptr(PhysioProgramme) programme = NULL;
  GDate start;

  fixture->dir = g_dir_make_tmp ("physio-cli-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->db = g_build_filename (fixture->dir, "physioplan.db", NULL);
  database = physio_database_open (fixture->db, &error);
  g_assert_no_error (error);
  g_assert_true (physio_database_load_builtin_library (database, NULL, NULL, &error));
  physio_patient_set_name (patient, "Robin Cli");
  g_assert_true (physio_database_save_patient (database, patient, &error));
  g_assert_no_error (error);

  g_date_clear (&start, 1);
  g_date_set_dmy (&start, 5, G_DATE_JANUARY, 2026);
  programme = physio_database_programme_from_template (database, "acute", &start, &error);
  g_assert_no_error (error);
  physio_programme_set_patient_id (programme, physio_patient_get_id (patient));
  g_assert_true (physio_database_save_programme (database, programme, &error));
  g_assert_no_error (error);
  fixture->programme_id = physio_programme_get_id (programme);
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

      g_chmod (path, 0700);
      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        g_rmdir (path);
      else
        g_unlink (path);
    }
  g_rmdir (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->db);
}

/* Runs physioplan with @args (NULL-terminated) and returns its exit status; stderr in @err. */
static int
run (Fixture     *fixture,
     char       **err,
     const char  *first,
     ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  g_autofree char *database = g_strdup_printf ("--database=%s", fixture->db);
  g_auto(GStrv) environment = g_get_environ ();
  int status = 0;
  va_list args;

  g_ptr_array_add (argv, g_strdup (binary));
  g_ptr_array_add (argv, g_strdup (database));
  va_start (args, first);
  for (const char *arg = first; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, g_strdup (arg));
  va_end (args);
  g_ptr_array_add (argv, NULL);

  /* No display at all: the export must not need one. The rest of the environment stays, so
   * a sanitizer build's options reach the program too. */
  environment = g_environ_unsetenv (environment, "DISPLAY");
  environment = g_environ_unsetenv (environment, "WAYLAND_DISPLAY");
  environment = g_environ_setenv (environment, "GSETTINGS_BACKEND", "memory", TRUE);
  environment = g_environ_setenv (environment, "LC_ALL", "C.UTF-8", TRUE);
  g_assert_true (g_spawn_sync (NULL, (char **) argv->pdata, environment,
                               G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL, NULL, err, &status,
                               &error));
  g_assert_no_error (error);
  return g_spawn_check_wait_status (status, NULL) ? 0 : WEXITSTATUS (status);
}

static void
test_exports (Fixture       *fixture,
              gconstpointer  data)
{
  g_autofree char *out = g_build_filename (fixture->dir, "plan.pdf", NULL);
  g_autofree char *arg_out = g_strdup_printf ("--export-pdf=%s", out);
  g_autofree char *arg_id = g_strdup_printf ("--programme=%" G_GINT64_FORMAT, fixture->programme_id);
  g_autofree char *err = NULL;
  g_autofree char *head = NULL;
  gsize length = 0;

  g_assert_cmpint (run (fixture, &err, arg_out, arg_id, "--paper=letter", "--large-print",
                        NULL), ==, 0);
  g_assert_cmpstr (err, ==, "");
  g_assert_true (g_file_get_contents (out, &head, &length, NULL));
  g_assert_cmpuint (length, >, 1000);
  g_assert_true (g_str_has_prefix (head, "%PDF-"));
  /* US Letter, as asked: read back as a viewer would (newer Cairo compresses the page
   * objects, so their MediaBox is not plain text in the file). */
  {
    g_autofree char *uri = g_filename_to_uri (out, NULL, NULL);
    PopplerDocument *document = poppler_document_new_from_file (uri, NULL, NULL);
    PopplerPage *page;
    double width, height;

    g_assert_nonnull (document);
    page = poppler_document_get_page (document, 0);
    poppler_page_get_size (page, &width, &height);
    g_assert_cmpfloat_with_epsilon (width, 612, 0.5);
    g_assert_cmpfloat_with_epsilon (height, 792, 0.5);
    g_object_unref (page);
    g_object_unref (document);
  }
}

/* --lang writes the handout in that language (from the build tree's catalogues, through
 * PHYSIO_LOCALEDIR), the process's own messages untouched. */
static void
test_export_language (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autofree char *out = g_build_filename (fixture->dir, "plan-es.pdf", NULL);
  g_autofree char *arg_out = g_strdup_printf ("--export-pdf=%s", out);
  g_autofree char *arg_id = g_strdup_printf ("--programme=%" G_GINT64_FORMAT,
                                             fixture->programme_id);
  g_autofree char *err = NULL;
  g_autofree char *uri = NULL;
  g_autoptr(GString) text = g_string_new (NULL);
  PopplerDocument *document;

  g_assert_cmpint (run (fixture, &err, arg_out, arg_id, "--lang=es", NULL), ==, 0);
  g_assert_cmpstr (err, ==, "");
  uri = g_filename_to_uri (out, NULL, NULL);
  document = poppler_document_new_from_file (uri, NULL, NULL);
  g_assert_nonnull (document);
  for (int i = 0; i < poppler_document_get_n_pages (document); i++)
    {
      PopplerPage *page = poppler_document_get_page (document, i);
      g_autofree char *page_text = poppler_page_get_text (page);

      g_string_append (text, page_text);
      g_object_unref (page);
    }
  g_object_unref (document);
  g_assert_nonnull (strstr (text->str, "Su plan semanal"));
  g_assert_nonnull (strstr (text->str, "Paseo suave"));
  g_assert_null (strstr (text->str, "Your week plan"));
}

static void
assert_refused (Fixture    *fixture,
                const char *expected,
                const char *out,
                const char *first,
                ...)
{
  g_autofree char *err = NULL;
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  va_list args;
  int status;

  va_start (args, first);
  for (const char *arg = first; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (gpointer) arg);
  va_end (args);
  while (argv->len < 4)
    g_ptr_array_add (argv, NULL);

  status = run (fixture, &err, argv->pdata[0], argv->pdata[1], argv->pdata[2], argv->pdata[3],
                NULL);
  g_assert_cmpint (status, !=, 0);
  if (strstr (err, expected) == NULL)
    g_error ("stderr “%s” does not say “%s”", err, expected);
  if (out != NULL)
    g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
}

/* Bad arguments: a clear message, a non-zero exit, and no file. */
static void
test_bad_arguments (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autofree char *out = g_build_filename (fixture->dir, "plan.pdf", NULL);
  g_autofree char *arg_out = g_strdup_printf ("--export-pdf=%s", out);
  g_autofree char *arg_id = g_strdup_printf ("--programme=%" G_GINT64_FORMAT, fixture->programme_id);
  g_autofree char *locked = g_build_filename (fixture->dir, "locked", NULL);
  g_autofree char *locked_out = g_build_filename (locked, "plan.pdf", NULL);
  g_autofree char *arg_locked = g_strdup_printf ("--export-pdf=%s", locked_out);

  assert_refused (fixture, "There is no programme 999", out, arg_out, "--programme=999", NULL);
  assert_refused (fixture, "Say which programme", out, arg_out, NULL);
  assert_refused (fixture, "Unknown paper size “a5”", out, arg_out, arg_id, "--paper=a5", NULL);
  assert_refused (fixture, "no xx translation", out, arg_out, arg_id, "--lang=xx", NULL);
  assert_refused (fixture, "/nonexistent/plan.pdf", NULL, "--export-pdf=/nonexistent/plan.pdf",
                  arg_id, NULL);
  assert_refused (fixture, "--programme is only used with", NULL, arg_id, NULL);

  /* An unwritable folder (as root every folder is writable, so only when refused). */
  g_assert_cmpint (g_mkdir (locked, 0500), ==, 0);
  if (access (locked, W_OK) != 0)
    assert_refused (fixture, locked_out, locked_out, arg_locked, arg_id, NULL);
}

static char *
pdf_text (const char *path)
{
  g_autofree char *uri = g_filename_to_uri (path, NULL, NULL);
  PopplerDocument *document = poppler_document_new_from_file (uri, NULL, NULL);
  GString *text = g_string_new (NULL);

  g_assert_nonnull (document);
  for (int i = 0; i < poppler_document_get_n_pages (document); i++)
    {
      PopplerPage *page = poppler_document_get_page (document, i);
      g_autofree char *page_text = poppler_page_get_text (page);

      g_string_append (text, page_text);
      g_object_unref (page);
    }
  g_object_unref (document);
  return g_string_free (text, FALSE);
}

static PhysioHandoutIssue *
last_issue (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PhysioDatabase) database = physio_database_open (fixture->db, &error);
  PhysioHandoutIssue *issue = NULL;

  g_assert_no_error (error);
  g_assert_true (physio_database_get_last_handout_issue (database, fixture->programme_id, &issue,
                                                         &error));
  g_assert_no_error (error);
  return issue;
}

/* An export is an issued handout: recorded with its paper and print size. Refused exports
 * record nothing. The next export marks the exercise whose dose went up. */
static void
test_issue_recorded (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autofree char *out = g_build_filename (fixture->dir, "plan.pdf", NULL);
  g_autofree char *again = g_build_filename (fixture->dir, "again.pdf", NULL);
  g_autofree char *arg_out = g_strdup_printf ("--export-pdf=%s", out);
  g_autofree char *arg_again = g_strdup_printf ("--export-pdf=%s", again);
  g_autofree char *arg_id = g_strdup_printf ("--programme=%" G_GINT64_FORMAT, fixture->programme_id);
  g_autofree char *err = NULL;
  g_autofree char *first_text = NULL;
  g_autofree char *second_text = NULL;
  g_autoptr(PhysioHandoutIssue) none = NULL;
  g_autoptr(PhysioHandoutIssue) issue = NULL;

  g_assert_cmpint (run (fixture, &err, arg_out, arg_id, "--paper=a5", NULL), !=, 0);
  none = last_issue (fixture);
  g_assert_null (none);

  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run (fixture, &err, arg_out, arg_id, "--paper=letter", "--large-print",
                        NULL), ==, 0);
  g_assert_cmpstr (err, ==, "");
  issue = last_issue (fixture);
  g_assert_nonnull (issue);
  g_assert_cmpstr (issue->paper, ==, "letter");
  g_assert_true (issue->large_print);
  g_assert_cmpstr (issue->language, ==, "en");
  g_assert_cmpuint (issue->content->items->len, >, 0);
  first_text = pdf_text (out);
  g_assert_null (strstr (first_text, "A little harder"));

  /* The clinician adds two repetitions to every week of the first exercise. */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(PhysioDatabase) database = physio_database_open (fixture->db, &error);
    g_autoptr(PhysioProgramme) programme = NULL;
    PhysioPrescription *p;

    g_assert_no_error (error);
    programme = physio_database_get_programme (database, fixture->programme_id, &error);
    g_assert_no_error (error);
    p = physio_programme_get_prescription (programme, 0);
    for (guint step = 0; step < physio_prescription_get_n_planned (p); step++)
      {
        g_auto(PhysioDose) dose = PHYSIO_DOSE_INIT;

        physio_dose_copy_into (&dose, physio_prescription_get_planned (p, step));
        dose.duration_s += 60;
        dose.reps += 2;
        dose.hold_s += 2;
        physio_prescription_set_planned (p, step, &dose);
      }
    g_assert_true (physio_database_save_programme (database, programme, &error));
    g_assert_no_error (error);
  }
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run (fixture, &err, arg_again, arg_id, NULL), ==, 0);
  second_text = pdf_text (again);
  g_assert_nonnull (strstr (second_text, "A little harder"));
}

static void
on_exited_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      data)
{
  g_subprocess_wait_finish (G_SUBPROCESS (source), result, NULL);
  *(gboolean *) data = TRUE;
}

/* The command-line export and the app write at the same time: every write lands, and neither
 * side ever reports "database is locked". */
static void
test_concurrent (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PhysioDatabase) database = physio_database_open (fixture->db, &error);
  g_autoptr(PhysioProgramme) programme = NULL;
  g_autofree char *arg_db = g_strdup_printf ("--database=%s", fixture->db);
  g_autofree char *arg_id = g_strdup_printf ("--programme=%" G_GINT64_FORMAT, fixture->programme_id);
  guint writes = 0;
  gboolean exited;

  g_assert_no_error (error);
  programme = physio_database_get_programme (database, fixture->programme_id, &error);
  g_assert_no_error (error);

  for (guint round = 0; round < 5; round++)
    {
      g_autofree char *out = g_strdup_printf ("%s/concurrent-%u.pdf", fixture->dir, round);
      g_autofree char *arg_out = g_strdup_printf ("--export-pdf=%s", out);
      g_autoptr(GSubprocessLauncher) launcher =
        g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDERR_PIPE | G_SUBPROCESS_FLAGS_STDOUT_SILENCE);
      g_autoptr(GSubprocess) export = NULL;
      g_autofree char *err = NULL;

      g_subprocess_launcher_setenv (launcher, "GSETTINGS_BACKEND", "memory", TRUE);
      export = g_subprocess_launcher_spawn (launcher, &error, binary, arg_db, arg_out, arg_id,
                                            NULL);
      g_assert_no_error (error);

      /* Write as fast as the app ever would while the export opens, reads and writes. */
      exited = FALSE;
      g_subprocess_wait_async (export, NULL, on_exited_cb, &exited);
      while (!exited)
        {
          g_autofree char *note = g_strdup_printf ("note %u", writes);

          physio_programme_set_title (programme, note);
          g_assert_true (physio_database_save_programme (database, programme, &error));
          g_assert_no_error (error);
          writes++;
          g_main_context_iteration (NULL, FALSE);
        }
      g_assert_true (g_subprocess_communicate_utf8 (export, NULL, NULL, NULL, &err, &error));
      g_assert_no_error (error);
      g_assert_cmpint (g_subprocess_get_exit_status (export), ==, 0);
      g_assert_null (strstr (err, "locked"));
      g_assert_true (g_file_test (out, G_FILE_TEST_IS_REGULAR));
    }

  /* The last write is what the database holds. */
  {
    g_autoptr(PhysioProgramme) saved = physio_database_get_programme (database,
                                                                      fixture->programme_id,
                                                                      &error);
    g_autofree char *last = g_strdup_printf ("note %u", writes - 1);

    g_assert_no_error (error);
    g_assert_cmpuint (writes, >, 0);
    g_assert_cmpstr (physio_programme_get_title (saved), ==, last);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_assert_cmpint (argc, ==, 2);
  binary = argv[1];

  g_test_add ("/cli/export", Fixture, NULL, fixture_set_up, test_exports, fixture_tear_down);
  g_test_add ("/cli/issue-recorded", Fixture, NULL, fixture_set_up, test_issue_recorded,
              fixture_tear_down);
  g_test_add ("/cli/export-language", Fixture, NULL, fixture_set_up, test_export_language,
              fixture_tear_down);
  g_test_add ("/cli/bad-arguments", Fixture, NULL, fixture_set_up, test_bad_arguments,
              fixture_tear_down);
  g_test_add ("/cli/concurrent", Fixture, NULL, fixture_set_up, test_concurrent,
              fixture_tear_down);

  return g_test_run ();
}
