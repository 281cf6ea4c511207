/* test-hostile-files.c: files that are not ours, damaged, cut short, read-only or on a full
 * disk are refused with a clear message and keep every byte; ours end up private
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define _GNU_SOURCE /* setresuid () */

#include <errno.h>
#include <grp.h>
#include <string.h>
#include <unistd.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <glib/gstdio.h>
#include <sqlite3.h>

#include "physio-database-patients.h"
#include "physio-database-private.h"
#include "store-test-util.h"

/* The user nobody: root ignores file modes, so the read-only cases run as someone else. */
#define NOBODY 65534

static char *
sha256_of (const char *path)
{
  g_autoptr(GBytes) bytes = store_test_file_bytes (path);

  return g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, bytes);
}

static void
exec_file (const char *path,
           const char *sql)
{
  sqlite3 *db = NULL;
  char *message = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  sqlite3_exec (db, sql, NULL, NULL, &message);
  g_assert_null (message);
  sqlite3_close (db);
}

static gint64
query_int (const char *path,
           const char *sql)
{
  g_autofree char *escaped = g_uri_escape_string (path, "/", FALSE);
  g_autofree char *uri = g_strconcat ("file:", escaped, "?immutable=1", NULL);
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 value = -1;

  g_assert_cmpint (sqlite3_open_v2 (uri, &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, NULL),
                   ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);

  return value;
}

static void
make_from_fixture (const char *path,
                   const char *fixture,
                   const char *more_sql)
{
  g_autoptr(GBytes) schema = store_test_read_fixture (fixture);
  g_autofree char *sql = g_strndup (g_bytes_get_data (schema, NULL), g_bytes_get_size (schema));

  exec_file (path, sql);
  exec_file (path, more_sql);
}

/* A file of ours, closed cleanly (no WAL beside it). */
static void
make_ours (const char *dir)
{
  g_autoptr(PhysioDatabase) database = store_test_open_with_fixture (dir);
}

/* Opening must fail with @code and a message naming the file; the file keeps every byte and
 * gets no WAL, shared-memory file or backup, and the error may say nothing was changed. */
static GError *
assert_refused (const char *path,
                int         code)
{
  g_autofree char *before = sha256_of (path);
  g_autofree char *after = NULL;
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);
  gboolean had_wal = g_file_test (wal, G_FILE_TEST_EXISTS);
  g_autoptr(PhysioDatabase) database = NULL;
  GError *error = NULL;

  database = physio_database_open (path, &error);
  g_assert_error (error, PHYSIO_DATABASE_ERROR, code);
  g_assert_null (database);
  g_assert_nonnull (strstr (error->message, path));
  g_assert_true (physio_database_error_left_file_unchanged (error));

  after = sha256_of (path);
  g_assert_cmpstr (before, ==, after);
  if (!had_wal)
    {
      g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
      g_assert_false (g_file_test (shm, G_FILE_TEST_EXISTS));
    }
  g_assert_null (physio_database_find_backup (path));

  return error;
}

static void
test_not_sqlite (void)
{
  g_autofree char *dir = store_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "physioplan.db", NULL);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, "Dear diary,\nmy back is better today.\n", -1, &error);
  g_assert_no_error (error);
  g_clear_error (&error);
  error = assert_refused (path, PHYSIO_DATABASE_ERROR_NOT_A_DATABASE);

  store_test_remove_dir (dir);
}

/* Another program's file, at any user_version, in either journal mode. */
static void
test_other_program (gconstpointer data)
{
  int version = GPOINTER_TO_INT (data);
  g_autofree char *dir = store_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "physioplan.db", NULL);
  g_autofree char *sql = g_strdup_printf ("CREATE TABLE recipes (name TEXT);"
                                          "INSERT INTO recipes VALUES ('soup');"
                                          "PRAGMA user_version = %d;", version);
  g_autoptr(GError) error = NULL;

  exec_file (path, sql);
  error = assert_refused (path, PHYSIO_DATABASE_ERROR_NOT_A_DATABASE);
  g_assert_nonnull (strstr (error->message, "another program"));
  g_clear_error (&error);

  /* Empty of tables but with a version: still not a new file of ours. */
  store_test_remove_dir (dir);
  g_mkdir (dir, 0700);
  sql = (g_free (sql), g_strdup_printf ("PRAGMA user_version = %d;", version));
  exec_file (path, sql);
  if (version != 0)
    error = assert_refused (path, PHYSIO_DATABASE_ERROR_NOT_A_DATABASE);

  store_test_remove_dir (dir);
}

/* Our old tables, but with a table we never made, or under another program's id. */
static void
test_lookalike (void)
{
  g_autofree char *dir = store_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "physioplan.db", NULL);
  g_autoptr(GError) error = NULL;

  make_from_fixture (path, "schema-v2.sql",
                     "CREATE TABLE recipes (name TEXT); PRAGMA user_version = 2;");
  error = assert_refused (path, PHYSIO_DATABASE_ERROR_NOT_A_DATABASE);
  g_clear_error (&error);

  g_unlink (path);
  make_from_fixture (path, "schema-v2.sql",
                     "PRAGMA user_version = 2; PRAGMA application_id = 1196444487;");
  error = assert_refused (path, PHYSIO_DATABASE_ERROR_NOT_A_DATABASE);

  store_test_remove_dir (dir);
}

static void
test_newer_schema (void)
{
  g_autofree char *dir = store_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "physioplan.db", NULL);
  g_autoptr(GError) error = NULL;

  make_ours (dir);
  exec_file (path, "PRAGMA journal_mode = DELETE; PRAGMA user_version = 99;");
  error = assert_refused (path, PHYSIO_DATABASE_ERROR_TOO_NEW);

  store_test_remove_dir (dir);
}

static void
truncate_to (const char *path,
             goffset     size)
{
  g_autoptr(GBytes) bytes = store_test_file_bytes (path);
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (size, <=, g_bytes_get_size (bytes));
  g_file_set_contents (path, g_bytes_get_data (bytes, NULL), size, &error);
  g_assert_no_error (error);
}

static goffset
size_of (const char *path)
{
  GStatBuf st;

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  return st.st_size;
}

static void
test_truncated (void)
{
  g_autofree char *dir = store_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "physioplan.db", NULL);
  g_autoptr(GError) error = NULL;
  gint64 page_size;
  goffset size;

  make_ours (dir);
  page_size = query_int (path, "PRAGMA page_size");
  size = size_of (path);
  g_assert_cmpint (size, >, 4 * page_size);

  /* Cut mid-page, then cut at a page boundary: the header still counts the lost pages. */
  truncate_to (path, size - page_size / 2);
  error = assert_refused (path, PHYSIO_DATABASE_ERROR_CORRUPT);
  g_assert_nonnull (strstr (error->message, "shorter"));
  g_clear_error (&error);

  truncate_to (path, size - 2 * page_size);
  error = assert_refused (path, PHYSIO_DATABASE_ERROR_CORRUPT);
  g_assert_nonnull (strstr (error->message, "shorter"));

  store_test_remove_dir (dir);
}

static void
test_zeroed_page (void)
{
  g_autofree char *dir = store_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "physioplan.db", NULL);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  guint8 *data;
  gsize size;
  gint64 page_size;
  gint64 root;

  make_ours (dir);
  page_size = query_int (path, "PRAGMA page_size");
  root = query_int (path, "SELECT rootpage FROM sqlite_schema WHERE name = 'exercise'");
  g_assert_cmpint (root, >, 1);

  bytes = store_test_file_bytes (path);
  size = g_bytes_get_size (bytes);
  data = g_memdup2 (g_bytes_get_data (bytes, NULL), size);
  memset (data + (root - 1) * page_size, 0, page_size);
  g_file_set_contents (path, (const char *) data, size, &error);
  g_assert_no_error (error);
  g_free (data);

  error = assert_refused (path, PHYSIO_DATABASE_ERROR_CORRUPT);

  store_test_remove_dir (dir);
}

static void
copy_file (const char *from,
           const char *to)
{
  g_autoptr(GBytes) bytes = store_test_file_bytes (from);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (to, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &error);
  g_assert_no_error (error);
}

/* A file copied while the app had it open: the newest pages are in the WAL only, so the file
 * may be shorter than the database. That is whole; a file that lost pages the WAL does not
 * hold is not. */
static void
test_wal (void)
{
  g_autofree char *dir = store_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "physioplan.db", NULL);
  g_autofree char *copy = g_build_filename (dir, "copy.db", NULL);
  g_autofree char *path_wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *copy_wal = g_strconcat (copy, "-wal", NULL);
  g_autofree char *snapshot = g_build_filename (dir, "snapshot", NULL);
  g_autofree char *snapshot_wal = g_build_filename (dir, "snapshot-wal", NULL);
  g_autoptr(PhysioDatabase) database = NULL;
  g_autoptr(PhysioDatabase) reopened = NULL;
  g_autoptr(GError) error = NULL;
  gint64 page_size;

  database = store_test_open_with_fixture (dir);
  for (guint i = 0; i < 40; i++)
    {
      g_autoptr(PhysioExercise) exercise = store_test_new_custom ("Wall push-up, slow");

      physio_database_save_exercise (database, exercise, &error);
      g_assert_no_error (error);
    }
  g_assert_cmpint (size_of (path_wal), >, 0);

  copy_file (path, snapshot);
  copy_file (path_wal, snapshot_wal);
  page_size = query_int (path, "PRAGMA page_size");
  g_clear_object (&database);

  copy_file (snapshot, copy);
  copy_file (snapshot_wal, copy_wal);

  reopened = physio_database_open (copy, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (physio_database_count_exercises (reopened), ==, 49);
  g_clear_object (&reopened);

  /* The same snapshot, its file cut to its first page: pages neither file holds. Found
   * without reading every page, as for a file too large for the full check at start-up. */
  copy_file (snapshot, copy);
  copy_file (snapshot_wal, copy_wal);
  truncate_to (copy, page_size);
  _physio_database_set_quick_check_max (0);
  error = assert_refused (copy, PHYSIO_DATABASE_ERROR_CORRUPT);
  _physio_database_set_quick_check_max (16 * 1024 * 1024);
  g_assert_nonnull (strstr (error->message, "shorter"));

  store_test_remove_dir (dir);
}

static void
check_done_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  GError **error = user_data;

  if (!physio_database_check_finish (PHYSIO_DATABASE (source), result, error))
    g_assert_nonnull (*error);
  else
    *error = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_EXISTS, "no damage found");
}

static GError *
check_in_background (PhysioDatabase *database)
{
  GError *error = NULL;

  physio_database_check_async (database, NULL, check_done_cb, &error);
  while (error == NULL)
    g_main_context_iteration (NULL, TRUE);

  return error;
}

/* A large file opens without the full check; the check after start-up finds the damage, in a
 * thread, without touching the file. */
static void
test_deferred_check (void)
{
  g_autofree char *dir = store_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "physioplan.db", NULL);
  g_autoptr(PhysioDatabase) database = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  guint8 *data;
  gsize size;
  gint64 page_size;
  gint64 root;

  make_ours (dir);

  /* Checked at open: nothing left to do afterwards. */
  database = physio_database_open (path, &error);
  g_assert_no_error (error);
  error = check_in_background (database);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS);
  g_clear_error (&error);
  g_clear_object (&database);

  page_size = query_int (path, "PRAGMA page_size");
  root = query_int (path, "SELECT rootpage FROM sqlite_schema WHERE name = 'tag'");
  bytes = store_test_file_bytes (path);
  size = g_bytes_get_size (bytes);
  data = g_memdup2 (g_bytes_get_data (bytes, NULL), size);
  memset (data + (root - 1) * page_size, 0, page_size);
  g_file_set_contents (path, (const char *) data, size, &error);
  g_assert_no_error (error);
  g_free (data);

  _physio_database_set_quick_check_max (0);
  database = physio_database_open (path, &error);
  _physio_database_set_quick_check_max (16 * 1024 * 1024);
  g_assert_no_error (error);

  error = check_in_background (database);
  g_assert_error (error, PHYSIO_DATABASE_ERROR, PHYSIO_DATABASE_ERROR_CORRUPT);
  g_assert_true (physio_database_error_left_file_unchanged (error));

  g_clear_object (&database);
  store_test_remove_dir (dir);
}

/* Numbers in a row are untrusted: progression settings edited to NaN or a negative count are
 * a programme that cannot be read, with a message, not a cast of a NaN. */
static void
test_rule_params_in_row (void)
{
  static const char * const hostile[] = {
    "[Progression]\nadherence_progress_min=nan\n",
    "[Progression]\nwindow_days=-3\n",
    "[Progression]\nsteps_increment=1e300\n",
  };
  g_autofree char *dir = store_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "physioplan.db", NULL);
  g_autoptr(PhysioDatabase) database = NULL;
  g_autoptr(PhysioProgramme) programme = physio_programme_new ();
  g_autoptr(GError) error = NULL;
  GDate start = store_test_date (1, G_DATE_JUNE, 2026);
  gint64 id;

  database = store_test_open_with_fixture (dir);
  physio_programme_set_start_date (programme, &start);
  physio_programme_set_patient_id (programme, store_test_add_patient (database, "Test Person"));
  physio_programme_set_weeks (programme, 6);
  physio_database_save_programme (database, programme, &error);
  g_assert_no_error (error);
  id = physio_programme_get_id (programme);
  g_clear_object (&database);

  for (guint i = 0; i < G_N_ELEMENTS (hostile); i++)
    {
      g_autofree char *sql = g_strdup_printf ("UPDATE programme SET rule_params = '%s'",
                                              hostile[i]);
      g_autoptr(PhysioProgramme) reread = NULL;

      exec_file (path, sql);
      database = physio_database_open (path, &error);
      g_assert_no_error (error);
      reread = physio_database_get_programme (database, id, &error);
      g_assert_null (reread);
      g_assert_error (error, PHYSIO_DATABASE_ERROR, PHYSIO_DATABASE_ERROR_FAILED);
      g_assert_nonnull (strstr (error->message, "cannot be read"));
      g_clear_error (&error);
      g_clear_object (&database);
    }

  store_test_remove_dir (dir);
}

/* A writer killed mid-transaction in rollback mode (a migration runs in it) leaves a hot
 * journal and a file whose size need not match its header. That is SQLite's to recover, not
 * damage: the file opens as of its last commit. */
static void
test_hot_journal (void)
{
  g_autofree char *dir = store_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "physioplan.db", NULL);
  g_autofree char *journal = g_strconcat (path, "-journal", NULL);
  g_autoptr(PhysioDatabase) database = NULL;
  g_autoptr(GError) error = NULL;
  int status = 0;
  pid_t pid;

  make_ours (dir);
  exec_file (path, "PRAGMA journal_mode = DELETE;");

  pid = fork ();
  g_assert_cmpint (pid, >=, 0);
  if (pid == 0)
    {
      sqlite3 *db = NULL;

      /* A small cache spills pages into the file before the commit that never comes. */
      sqlite3_open (path, &db);
      sqlite3_exec (db, "PRAGMA cache_size = 2; BEGIN; CREATE TABLE junk (x);"
                    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                    "WHERE i < 2000) INSERT INTO junk SELECT randomblob (500) FROM n;",
                    NULL, NULL, NULL);
      _exit (0);
    }
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  g_assert_true (g_file_test (journal, G_FILE_TEST_EXISTS));

  database = physio_database_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (physio_database_count_exercises (database), ==, 9);
  g_assert_cmpint (query_int (path, "SELECT count(*) FROM sqlite_schema WHERE name = 'junk'"),
                   ==, 0);

  g_clear_object (&database);
  store_test_remove_dir (dir);
}

/* Read-only cases: run as root, the test drops to nobody in main (). */
static void
test_read_only_file (void)
{
  g_autofree char *dir = store_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "physioplan.db", NULL);
  g_autoptr(GError) error = NULL;
  GStatBuf st;

  make_ours (dir);
  g_assert_cmpint (g_chmod (path, 0400), ==, 0);
  error = assert_refused (path, PHYSIO_DATABASE_ERROR_FAILED);
  g_assert_nonnull (strstr (error->message, "read-only"));
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0400);

  store_test_remove_dir (dir);
}

static void
test_read_only_folder (void)
{
  g_autofree char *dir = store_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "physioplan.db", NULL);
  g_autoptr(GError) error = NULL;

  make_ours (dir);
  g_assert_cmpint (g_chmod (dir, 0500), ==, 0);
  error = assert_refused (path, PHYSIO_DATABASE_ERROR_FAILED);
  g_assert_nonnull (strstr (error->message, "folder"));
  g_chmod (dir, 0700);

  store_test_remove_dir (dir);
}

/* A full disk, made by a VFS over the usual one that refuses to grow one file past a limit
 * with SQLITE_FULL, as the unix VFS reports ENOSPC. */
typedef struct
{
  sqlite3_file  base;
  sqlite3_file *real;
  gboolean      limited;
} LimitFile;

static sqlite3_vfs *real_vfs;
static sqlite3_vfs limit_vfs;
static const char *limit_suffix;
static sqlite3_int64 limit_bytes;

#define REAL(file) (((LimitFile *) (file))->real)

static int
limit_close (sqlite3_file *file)
{
  int rc = REAL (file)->pMethods->xClose (REAL (file));

  return rc;
}

static int
limit_read (sqlite3_file *file, void *buffer, int amount, sqlite3_int64 offset)
{
  return REAL (file)->pMethods->xRead (REAL (file), buffer, amount, offset);
}

static int
limit_write (sqlite3_file *file, const void *buffer, int amount, sqlite3_int64 offset)
{
  if (((LimitFile *) file)->limited && offset + amount > limit_bytes)
    return SQLITE_FULL;

  return REAL (file)->pMethods->xWrite (REAL (file), buffer, amount, offset);
}

static int
limit_truncate (sqlite3_file *file, sqlite3_int64 size)
{
  return REAL (file)->pMethods->xTruncate (REAL (file), size);
}

static int
limit_sync (sqlite3_file *file, int flags)
{
  return REAL (file)->pMethods->xSync (REAL (file), flags);
}

static int
limit_file_size (sqlite3_file *file, sqlite3_int64 *size)
{
  return REAL (file)->pMethods->xFileSize (REAL (file), size);
}

static int
limit_lock (sqlite3_file *file, int level)
{
  return REAL (file)->pMethods->xLock (REAL (file), level);
}

static int
limit_unlock (sqlite3_file *file, int level)
{
  return REAL (file)->pMethods->xUnlock (REAL (file), level);
}

static int
limit_check_reserved_lock (sqlite3_file *file, int *out)
{
  return REAL (file)->pMethods->xCheckReservedLock (REAL (file), out);
}

static int
limit_file_control (sqlite3_file *file, int op, void *arg)
{
  return REAL (file)->pMethods->xFileControl (REAL (file), op, arg);
}

static int
limit_sector_size (sqlite3_file *file)
{
  return REAL (file)->pMethods->xSectorSize (REAL (file));
}

static int
limit_device_characteristics (sqlite3_file *file)
{
  return REAL (file)->pMethods->xDeviceCharacteristics (REAL (file));
}

/* Version 1: no shared memory, so no WAL; migrations run in rollback mode anyway. */
static const sqlite3_io_methods limit_methods = {
  1, limit_close, limit_read, limit_write, limit_truncate, limit_sync, limit_file_size,
  limit_lock, limit_unlock, limit_check_reserved_lock, limit_file_control, limit_sector_size,
  limit_device_characteristics, NULL, NULL, NULL, NULL, NULL, NULL
};

static int
limit_open (sqlite3_vfs  *vfs,
            const char   *name,
            sqlite3_file *file,
            int           flags,
            int          *out_flags)
{
  LimitFile *self = (LimitFile *) file;
  int rc;

  self->real = (sqlite3_file *) (self + 1);
  self->limited = name != NULL && g_str_has_suffix (name, limit_suffix);
  rc = real_vfs->xOpen (real_vfs, name, self->real, flags, out_flags);
  self->base.pMethods = self->real->pMethods != NULL ? &limit_methods : NULL;

  return rc;
}

/* Until the next limit_end (), writes past @bytes into files whose names end in @suffix fail
 * as on a full disk. */
static void
limit_begin (const char    *suffix,
             sqlite3_int64  bytes)
{
  real_vfs = sqlite3_vfs_find (NULL);
  limit_vfs = *real_vfs;
  limit_vfs.iVersion = 1;
  limit_vfs.zName = "physio-test-limit";
  limit_vfs.szOsFile = sizeof (LimitFile) + real_vfs->szOsFile;
  limit_vfs.xOpen = limit_open;
  limit_vfs.pNext = NULL;
  limit_suffix = suffix;
  limit_bytes = bytes;
  g_assert_cmpint (sqlite3_vfs_register (&limit_vfs, 1), ==, SQLITE_OK);
}

static void
limit_end (void)
{
  sqlite3_vfs_unregister (&limit_vfs);
  sqlite3_vfs_register (real_vfs, 1);
}

static void
assert_disk_full (GError *error)
{
  g_assert_error (error, PHYSIO_DATABASE_ERROR, PHYSIO_DATABASE_ERROR_DISK_FULL);
  g_assert_nonnull (strstr (error->message, "full"));
  g_assert_nonnull (strstr (error->message, "Free some space"));
  g_assert_null (strstr (error->message, "report"));
}

/* The migration to version 3 needs more room than there is: the file keeps every byte and
 * its format, and the error says the disk is full. */
static void
test_disk_full_migration (void)
{
  g_autofree char *dir = store_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "physioplan.db", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(PhysioDatabase) database = NULL;
  g_autoptr(GError) error = NULL;

  make_from_fixture (path, "schema-v2.sql", "PRAGMA user_version = 2;");
  before = sha256_of (path);

  limit_begin ("/physioplan.db", size_of (path));
  database = physio_database_open (path, &error);
  limit_end ();

  g_assert_null (database);
  assert_disk_full (error);
  g_assert_true (physio_database_error_left_file_unchanged (error));
  after = sha256_of (path);
  g_assert_cmpstr (before, ==, after);

  /* With room again, the same file migrates. */
  g_clear_error (&error);
  database = physio_database_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (physio_database_get_schema_version (database), ==,
                    PHYSIO_DATABASE_SCHEMA_VERSION);

  g_clear_object (&database);
  store_test_remove_dir (dir);
}

/* Room for the step to version 2, not for the whole update: all the steps are one
 * transaction, so nothing is kept, the file stays at version 1 byte for byte, and the error
 * says so. */
static void
test_disk_full_partial (void)
{
  g_autofree char *dir = store_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "physioplan.db", NULL);
  g_autofree char *scratch = g_build_filename (dir, "scratch.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(PhysioDatabase) database = NULL;
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;
  goffset v2_size;

  /* How big version 2 of this file is: the v1 file run through the v2 schema's statements. */
  make_from_fixture (scratch, "schema-v1.sql", "PRAGMA user_version = 1;");
  exec_file (scratch,
             "CREATE VIRTUAL TABLE exercise_fts USING fts5 (name, aliases, steps, cues, "
             "tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2');");
  v2_size = size_of (scratch);

  make_from_fixture (path, "schema-v1.sql", "PRAGMA user_version = 1;");
  g_assert_cmpint (size_of (path), <, v2_size);
  before = store_test_file_bytes (path);

  limit_begin ("/physioplan.db", v2_size);
  database = physio_database_open (path, &error);
  limit_end ();

  g_assert_null (database);
  assert_disk_full (error);
  g_assert_nonnull (strstr (error->message, "keeps format 1"));
  g_assert_true (physio_database_error_left_file_unchanged (error));
  after = store_test_file_bytes (path);
  g_assert_true (g_bytes_equal (before, after));
  g_assert_cmpint (query_int (path, "PRAGMA user_version"), ==, 1);

  store_test_remove_dir (dir);
}

/* No room for the copy taken before a migration. */
static void
test_disk_full_backup (void)
{
  g_autofree char *dir = store_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "physioplan.db", NULL);
  g_autofree char *tmp = g_strconcat (path, ".backup-v2.tmp", NULL);
  g_autoptr(GError) error = NULL;

  make_from_fixture (path, "schema-v2.sql", "PRAGMA user_version = 2;");

  limit_begin (".backup-v2.tmp", 1024);
  g_clear_error (&error);
  {
    g_autofree char *before = sha256_of (path);
    g_autofree char *after = NULL;
    g_autoptr(PhysioDatabase) database = physio_database_open (path, &error);

    g_assert_null (database);
    after = sha256_of (path);
    g_assert_cmpstr (before, ==, after);
  }
  limit_end ();

  assert_disk_full (error);
  g_assert_true (physio_database_error_left_file_unchanged (error));
  g_assert_null (physio_database_find_backup (path));
  g_assert_false (g_file_test (tmp, G_FILE_TEST_EXISTS));

  store_test_remove_dir (dir);
}

static void
assert_mode (const char *path,
             guint       mode)
{
  GStatBuf st;

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  if ((st.st_mode & 0777) != mode)
    g_error ("%s has mode %o, not %o", path, st.st_mode & 0777, mode);
}

/* An old file at 0644 in a 0755 default folder, with an old backup at 0644: after opening and
 * migrating, the database, its WAL and shared memory, and every backup are 0600 in a 0700
 * folder. */
static void
test_private_default_folder (void)
{
  g_autofree char *path = physio_database_default_path ();
  g_autofree char *folder = g_path_get_dirname (path);
  g_autofree char *old_backup = g_strconcat (path, ".backup-v1", NULL);
  g_autofree char *new_backup = g_strconcat (path, ".backup-v2", NULL);
  g_autofree char *damaged = g_strconcat (path, ".damaged-20260101-090000", NULL);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);
  g_autoptr(PhysioDatabase) database = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir_with_parents (folder, 0755), ==, 0);
  g_assert_cmpint (g_chmod (folder, 0755), ==, 0);
  make_from_fixture (path, "schema-v2.sql", "PRAGMA user_version = 2;");
  copy_file (path, old_backup);
  copy_file (path, damaged);
  g_assert_cmpint (g_chmod (damaged, 0644), ==, 0);
  g_assert_cmpint (g_chmod (path, 0644), ==, 0);
  g_assert_cmpint (g_chmod (old_backup, 0644), ==, 0);

  database = physio_database_open (path, &error);
  g_assert_no_error (error);
  physio_database_load_builtin_library (database, NULL, NULL, &error);
  g_assert_no_error (error);

  assert_mode (folder, 0700);
  assert_mode (path, 0600);
  assert_mode (wal, 0600);
  assert_mode (shm, 0600);
  assert_mode (old_backup, 0600);
  assert_mode (new_backup, 0600);
  assert_mode (damaged, 0600);

  g_clear_object (&database);
  store_test_remove_dir (folder);
}

/* --database=FILE in a folder of the user's choosing: the files are tightened, the folder,
 * which is not ours, is left alone. */
static void
test_private_chosen_folder (void)
{
  g_autofree char *dir = store_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "clinic.db", NULL);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);
  g_autoptr(PhysioDatabase) database = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_chmod (dir, 0755), ==, 0);
  database = physio_database_open (path, &error);
  g_assert_no_error (error);
  g_clear_object (&database);
  g_assert_cmpint (g_chmod (path, 0644), ==, 0);

  database = physio_database_open (path, &error);
  g_assert_no_error (error);
  physio_database_load_builtin_library (database, NULL, NULL, &error);
  g_assert_no_error (error);

  assert_mode (dir, 0755);
  assert_mode (path, 0600);
  assert_mode (wal, 0600);
  assert_mode (shm, 0600);

  g_clear_object (&database);
  store_test_remove_dir (dir);
}

/* Root keeps its saved user id, so regain_root () can have it back for LeakSanitizer, which
 * reads its suppressions file (tests/lsan.supp) only at exit; file modes follow the effective
 * and real ids, which are nobody's. */
static gboolean
drop_root (void)
{
  static const char * const fixtures[] = {
    "fixture-library.json", "schema-v1.sql", "schema-v2.sql", NULL
  };

  if (geteuid () != 0)
    return FALSE;

  /* Read while still root: nobody may not be let into the source tree. */
  store_test_preload_fixtures (fixtures);
  if (setgroups (0, NULL) != 0 || setgid (NOBODY) != 0 || setresuid (NOBODY, NOBODY, 0) != 0)
    g_error ("Could not drop root to test read-only files: %s", g_strerror (errno));
  return TRUE;
}

static void
regain_root (void)
{
  if (setresuid (0, 0, 0) != 0)
    g_error ("Could not take root back: %s", g_strerror (errno));
}

int
main (int   argc,
      char *argv[])
{
  gboolean dropped = drop_root ();
  int status;

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/store/hostile/not-sqlite", test_not_sqlite);
  g_test_add_data_func ("/store/hostile/other-program/v0", GINT_TO_POINTER (0),
                        test_other_program);
  g_test_add_data_func ("/store/hostile/other-program/v2", GINT_TO_POINTER (2),
                        test_other_program);
  g_test_add_data_func ("/store/hostile/other-program/v3", GINT_TO_POINTER (3),
                        test_other_program);
  g_test_add_data_func ("/store/hostile/other-program/v99", GINT_TO_POINTER (99),
                        test_other_program);
  g_test_add_func ("/store/hostile/lookalike", test_lookalike);
  g_test_add_func ("/store/hostile/newer-schema", test_newer_schema);
  g_test_add_func ("/store/hostile/truncated", test_truncated);
  g_test_add_func ("/store/hostile/zeroed-page", test_zeroed_page);
  g_test_add_func ("/store/hostile/wal", test_wal);
  g_test_add_func ("/store/hostile/deferred-check", test_deferred_check);
  g_test_add_func ("/store/hostile/hot-journal", test_hot_journal);
  g_test_add_func ("/store/hostile/rule-params-in-row", test_rule_params_in_row);
  g_test_add_func ("/store/hostile/read-only-file", test_read_only_file);
  g_test_add_func ("/store/hostile/read-only-folder", test_read_only_folder);
  g_test_add_func ("/store/hostile/disk-full-migration", test_disk_full_migration);
  g_test_add_func ("/store/hostile/disk-full-partial", test_disk_full_partial);
  g_test_add_func ("/store/hostile/disk-full-backup", test_disk_full_backup);
  g_test_add_func ("/store/privacy/default-folder", test_private_default_folder);
  g_test_add_func ("/store/privacy/chosen-folder", test_private_chosen_folder);

  status = g_test_run ();
  if (dropped)
    regain_root ();
  return status;
}
