/* physio-database-check.c: decide, without writing, whether a file may be opened
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "physio-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include "physio-database-private.h"

/* Even the pragmas that set up a connection can write (journal_mode=WAL rewrites the header),
 * so a file is first read through a read-only connection. Only when it is SQLite, ours,
 * whole and of a schema this build knows is it opened for writing.
 *
 * Ours means PRAGMA application_id is PHYSIO_DATABASE_APPLICATION_ID, or, for a file from
 * before the id (schema 1 to 3), that its tables are exactly those of its schema version. A
 * file with no tables at all is an empty new database. Anything else belongs to another
 * program, at whatever user_version, and is never written to.
 *
 * PRAGMA quick_check reads every page: 0.6 to 1.1 s for the 167 MB of 100,000 exercises
 * (bench-search --count=100000 --keep, then the pragma; 2 busy CPUs), so about 4-7 ms per MB
 * here and nearer 1 ms per MB on an idle machine. It runs at open only on files up to
 * QUICK_CHECK_MAX_BYTES (and always on a backup about to be
 * restored); a larger file is checked after start-up by physio_database_check_async () in a
 * thread with its own connection, and damage found there is reported to the window. The size
 * check below is cheap and always runs: a file cut short passes quick_check, its missing
 * rows reading back as zeros. */
#define QUICK_CHECK_MAX_BYTES (16 * 1024 * 1024)

static goffset quick_check_max_bytes = QUICK_CHECK_MAX_BYTES;

void
_physio_database_set_quick_check_max (goffset bytes)
{
  quick_check_max_bytes = bytes;
}

#define SQLITE_MAGIC "SQLite format 3"
#define HEADER_SIZE 100
#define WAL_HEADER_SIZE 32
#define WAL_FRAME_HEADER_SIZE 24

/* Each table of the schema versions from before the application id, sorted as SQLite's
 * BINARY collation sorts them. Frozen, as the migrations that made them are. */
static const char legacy_v1_tables[] = "alias cue exercise link meta step tag";
static const char legacy_v2_tables[] =
  "alias cue exercise exercise_fts exercise_fts_config exercise_fts_content "
  "exercise_fts_data exercise_fts_docsize exercise_fts_idx link meta step tag";
static const char legacy_v3_tables[] =
  "alias cue diary dose_change education_item exercise exercise_fts exercise_fts_config "
  "exercise_fts_content exercise_fts_data exercise_fts_docsize exercise_fts_idx link meta "
  "patient patient_condition phase planned_dose prescription programme red_flag_present "
  "session_log step tag user_template";

G_STATIC_ASSERT (PHYSIO_DATABASE_LEGACY_MAX_VERSION == 3);

static gboolean
set_damaged_error (const char  *path,
                   GError     **error)
{
  g_set_error (error, PHYSIO_DATABASE_ERROR, PHYSIO_DATABASE_ERROR_CORRUPT,
               _("“%s” is damaged and cannot be read safely. Nothing in it was changed. "
               "Restore the latest backup, or move the file away and Physioplan will "
               "start a new library."), path);
  return FALSE;
}

static gboolean
set_cut_short_error (const char  *path,
                     GError     **error)
{
  g_set_error (error, PHYSIO_DATABASE_ERROR, PHYSIO_DATABASE_ERROR_CORRUPT,
               _("“%s” is damaged: it is shorter than its own header says, as if a copy or a "
               "disk stopped halfway. Nothing in it was changed. Restore the latest backup, "
               "or move the file away and Physioplan will start a new library."), path);
  return FALSE;
}

static gboolean
set_foreign_error (const char  *path,
                   GError     **error)
{
  g_set_error (error, PHYSIO_DATABASE_ERROR, PHYSIO_DATABASE_ERROR_NOT_A_DATABASE,
               _("“%s” is a database of another program, not of Physioplan. Nothing in it "
               "was changed. Choose another file, or move this one away and Physioplan "
               "will start a new library."), path);
  return FALSE;
}

static gboolean
set_check_error (sqlite3     *db,
                 int          rc,
                 const char  *path,
                 GError     **error)
{
  switch (rc & 0xff)
    {
    case SQLITE_NOTADB:
      g_set_error (error, PHYSIO_DATABASE_ERROR, PHYSIO_DATABASE_ERROR_NOT_A_DATABASE,
                   _("“%s” is not a Physioplan database. Nothing in it was changed. Choose "
                   "another file, or move this one away and Physioplan will start a new "
                   "library."), path);
      break;

    case SQLITE_CORRUPT:
      set_damaged_error (path, error);
      break;

    default:
      g_set_error (error, PHYSIO_DATABASE_ERROR, PHYSIO_DATABASE_ERROR_FAILED,
                   _("Could not read “%s”: %s. Check that the file and its folder can be read "
                   "and written by you."), path, db ? sqlite3_errmsg (db) : sqlite3_errstr (rc));
      break;
    }

  return FALSE;
}

/* Runs a one-value query; returns the SQLite result code. */
static int
query_value (sqlite3     *db,
             const char  *sql,
             gint64      *int_value,
             char       **text_value)
{
  sqlite3_stmt *stmt = NULL;
  int rc;

  g_assert (db != NULL);

  rc = sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL);
  if (rc != SQLITE_OK)
    return rc;

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      if (int_value != NULL)
        *int_value = sqlite3_column_int64 (stmt, 0);
      if (text_value != NULL)
        *text_value = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      rc = SQLITE_OK;
    }
  else if (rc == SQLITE_DONE)
    {
      rc = SQLITE_OK;
    }

  sqlite3_finalize (stmt);
  return rc;
}

/* Whether a file without the application id has exactly the tables one of our old schema
 * versions made. Read from sqlite_schema alone, so it needs no FTS5 and parses nothing. */
static int
is_legacy_schema (sqlite3  *db,
                  gint64    version,
                  gboolean *ours)
{
  static const char * const expected[] = { legacy_v1_tables, legacy_v2_tables,
                                           legacy_v3_tables };
  g_autofree char *tables = NULL;
  int rc;

  *ours = FALSE;
  if (version < 1 || version > PHYSIO_DATABASE_LEGACY_MAX_VERSION)
    return SQLITE_OK;

  rc = query_value (db,
                    "SELECT group_concat (name, ' ') FROM (SELECT name FROM sqlite_schema "
                    "WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' "
                    "ORDER BY name)", NULL, &tables);
  if (rc == SQLITE_OK)
    *ours = g_strcmp0 (tables, expected[version - 1]) == 0;

  return rc;
}

static guint32
read_be32 (const guint8 *p)
{
  return ((guint32) p[0] << 24) | ((guint32) p[1] << 16) | ((guint32) p[2] << 8) | p[3];
}

/* Reads up to @size bytes from the start of @path; returns the number read, -1 on error. */
static gssize
read_head (const char *path,
           guint8     *buffer,
           gsize       size,
           goffset    *file_size)
{
  struct stat st;
  gsize done = 0;
  int fd;

  fd = g_open (path, O_RDONLY | O_CLOEXEC, 0);
  if (fd < 0)
    return -1;

  if (fstat (fd, &st) != 0)
    {
      g_close (fd, NULL);
      return -1;
    }
  *file_size = st.st_size;

  while (done < size)
    {
      gssize n = read (fd, buffer + done, size - done);

      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        break;
      done += n;
    }

  g_close (fd, NULL);
  return done;
}

static gboolean
pread_all (int      fd,
           guint8  *buffer,
           gsize    size,
           goffset  offset)
{
  gsize done = 0;

  while (done < size)
    {
      gssize n = pread (fd, buffer + done, size - done, offset + done);

      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        return FALSE;
      done += n;
    }

  return TRUE;
}

/* The pages a WAL holds in committed transactions, as a set of page numbers, the page size
 * it was written with (0 when it holds no frame) and the size of the database in pages after
 * its last commit. Frames are taken while their salts match the header's, up to the last
 * commit frame; checksums are left to SQLite, so a torn last transaction that SQLite ignores
 * may count here, its pages with it: this check can miss damage there, and a whole file
 * still passes. */
static GHashTable *
read_wal_pages (const char *wal_path,
                guint32    *page_size,
                guint32    *database_pages)
{
  g_autoptr(GHashTable) committed = g_hash_table_new (NULL, NULL);
  g_autoptr(GPtrArray) pending = g_ptr_array_new ();
  guint8 header[WAL_HEADER_SIZE];
  guint8 frame[WAL_FRAME_HEADER_SIZE];
  struct stat st;
  guint32 magic;
  goffset offset;
  int fd;

  *page_size = 0;
  *database_pages = 0;

  /* Only the 24-byte frame headers are read: a WAL can be hundreds of MB. */
  fd = g_open (wal_path, O_RDONLY | O_CLOEXEC, 0);
  if (fd < 0)
    return g_steal_pointer (&committed);
  if (fstat (fd, &st) != 0 || !pread_all (fd, header, sizeof header, 0))
    goto out;

  magic = read_be32 (header);
  if (magic != 0x377f0682 && magic != 0x377f0683)
    goto out;

  *page_size = read_be32 (header + 8);
  if (*page_size < 512 || *page_size > 65536 || (*page_size & (*page_size - 1)) != 0)
    {
      *page_size = 0;
      goto out;
    }

  for (offset = WAL_HEADER_SIZE;
       offset + WAL_FRAME_HEADER_SIZE + *page_size <= st.st_size;
       offset += WAL_FRAME_HEADER_SIZE + *page_size)
    {
      guint32 page;

      if (!pread_all (fd, frame, sizeof frame, offset))
        break;

      page = read_be32 (frame);
      if (memcmp (frame + 8, header + 16, 8) != 0 || page == 0)
        break;

      g_ptr_array_add (pending, GUINT_TO_POINTER (page));
      if (read_be32 (frame + 4) != 0)
        {
          *database_pages = read_be32 (frame + 4);
          for (guint i = 0; i < pending->len; i++)
            g_hash_table_add (committed, pending->pdata[i]);
          g_ptr_array_set_size (pending, 0);
        }
    }

out:
  g_close (fd, NULL);
  if (g_hash_table_size (committed) == 0)
    *page_size = 0;

  return g_steal_pointer (&committed);
}

/* The file against its own header: a whole number of pages, and as many as the header says
 * (bytes 28-31, valid when the change counter at 24 equals the one at 92). Beside a WAL
 * with committed frames the header may be older than the WAL's last commit, so there every
 * page of the database as SQLite sees it must be either in the file or in the WAL. */
static gboolean
check_size (sqlite3     *db,
            const char  *path,
            GError     **error)
{
  g_autofree char *wal_path = g_strconcat (path, "-wal", NULL);
  g_autoptr(GHashTable) wal_pages = NULL;
  guint8 header[HEADER_SIZE];
  goffset file_size = 0;
  gssize n_read;
  guint32 page_size = 0;
  guint32 wal_page_size = 0;
  guint32 database_pages = 0;
  goffset file_pages;

  n_read = read_head (path, header, sizeof header, &file_size);
  if (n_read < 0)
    return set_check_error (db, SQLITE_CANTOPEN, path, error);

  if (n_read >= 16 && memcmp (header, SQLITE_MAGIC, 16) == 0)
    {
      if (n_read < HEADER_SIZE)
        return set_cut_short_error (path, error);

      page_size = ((guint32) header[16] << 8) | header[17];
      if (page_size == 1)
        page_size = 65536;
      if (page_size < 512 || page_size > 65536 || (page_size & (page_size - 1)) != 0)
        return set_damaged_error (path, error);
      if (file_size % page_size != 0)
        return set_cut_short_error (path, error);
    }
  else if (file_size > 0)
    {
      /* SQLite read page 1 from the WAL, or the file is not SQLite: SQLite decides. */
      return TRUE;
    }

  wal_pages = read_wal_pages (wal_path, &wal_page_size, &database_pages);
  if (wal_page_size == 0)
    {
      guint32 header_pages = read_be32 (header + 28);

      if (file_size > 0 && header_pages != 0 &&
          read_be32 (header + 24) == read_be32 (header + 92) &&
          (goffset) header_pages != file_size / page_size)
        return set_cut_short_error (path, error);

      return TRUE;
    }

  if (page_size != 0 && page_size != wal_page_size)
    return set_damaged_error (path, error);

  file_pages = file_size / wal_page_size;
  for (goffset page = file_pages + 1; page <= database_pages; page++)
    {
      if (!g_hash_table_contains (wal_pages, GUINT_TO_POINTER ((guint) page)))
        return set_cut_short_error (path, error);
    }

  return TRUE;
}

static gboolean
run_quick_check (sqlite3     *db,
                 const char  *path,
                 GError     **error)
{
  g_autofree char *verdict = NULL;
  int rc;

  rc = query_value (db, "PRAGMA quick_check (1)", NULL, &verdict);
  if (rc != SQLITE_OK)
    return set_check_error (db, rc, path, error);
  if (g_strcmp0 (verdict, "ok") != 0)
    {
      /* The verdict names tables and pages, never row contents. */
      g_debug ("quick_check: %s", verdict);
      return set_damaged_error (path, error);
    }

  return TRUE;
}

gboolean
_physio_database_check_integrity (sqlite3     *db,
                                  const char  *path,
                                  GError     **error)
{
  g_assert (db != NULL);
  g_assert (path != NULL);

  return check_size (db, path, error) && run_quick_check (db, path, error);
}

static goffset
file_size_of (const char *path)
{
  GStatBuf st;

  return g_stat (path, &st) == 0 ? st.st_size : 0;
}

gboolean
_physio_database_check_connection (sqlite3     *db,
                                   const char  *path,
                                   gboolean     full,
                                   guint       *user_version,
                                   gboolean    *checked,
                                   GError     **error)
{
  gint64 n_objects = 0;
  gint64 version = 0;
  gint64 application_id = 0;
  gboolean ours = FALSE;
  int rc;

  g_assert (db != NULL);
  g_assert (path != NULL);
  g_assert (user_version != NULL);
  g_assert (checked != NULL);

  *checked = FALSE;

  /* The first read of page 1: a text file fails here with SQLITE_NOTADB, a file with a hot
   * journal with SQLITE_READONLY_ROLLBACK on a read-only connection (the caller repeats the
   * check on its writable one, where this read rolls the journal back). Only after that is
   * the file whole enough for its size to be checked: mid-transaction it need not match. */
  rc = query_value (db, "SELECT count(*) FROM sqlite_schema", &n_objects, NULL);
  if (rc != SQLITE_OK && (rc & 0xff) != SQLITE_READONLY && (rc & 0xff) != SQLITE_BUSY)
    {
      /* SQLite itself calls a file that lost whole pages corrupt; say it was cut short. */
      if (!check_size (db, path, error))
        return FALSE;
      return set_check_error (db, rc, path, error);
    }
  if (rc == SQLITE_OK && !check_size (db, path, error))
    return FALSE;
  if (rc == SQLITE_OK)
    rc = query_value (db, "PRAGMA user_version", &version, NULL);
  if (rc == SQLITE_OK)
    rc = query_value (db, "PRAGMA application_id", &application_id, NULL);
  if (rc != SQLITE_OK)
    return set_check_error (db, rc, path, error);

  if (application_id == PHYSIO_DATABASE_APPLICATION_ID)
    ours = TRUE;
  else if (application_id != 0)
    ours = FALSE;
  else if (n_objects == 0)
    ours = version == 0;
  else if ((rc = is_legacy_schema (db, version, &ours)) != SQLITE_OK)
    return set_check_error (db, rc, path, error);

  if (!ours)
    return set_foreign_error (path, error);

  /* Checked before quick_check: a newer schema may use things this build cannot parse. */
  if (version > PHYSIO_DATABASE_SCHEMA_VERSION || version < 0)
    {
      g_set_error (error, PHYSIO_DATABASE_ERROR, PHYSIO_DATABASE_ERROR_TOO_NEW,
                   _("“%s” was saved by a newer version of Physioplan (format %lld; this "
                     "version reads up to format %u). Nothing in it was changed. Update "
                     "Physioplan to open it."), path, (long long) version,
                   PHYSIO_DATABASE_SCHEMA_VERSION);
      return FALSE;
    }

  if (n_objects > 0 && (full || file_size_of (path) <= quick_check_max_bytes))
    {
      if (!run_quick_check (db, path, error))
        return FALSE;
      *checked = TRUE;
    }

  *user_version = (guint) version;
  return TRUE;
}

gboolean
_physio_database_check_file (const char  *path,
                             gboolean     full,
                             guint       *user_version,
                             gboolean    *deferred,
                             gboolean    *checked,
                             GError     **error)
{
  g_autofree char *wal = NULL;
  g_autofree char *journal = NULL;
  g_autofree char *uri = NULL;
  g_autoptr(GError) local_error = NULL;
  sqlite3 *db = NULL;
  gboolean ok;
  int rc;

  g_assert (path != NULL);
  g_assert (user_version != NULL);
  g_assert (deferred != NULL);
  g_assert (checked != NULL);

  *deferred = FALSE;
  *checked = FALSE;

  /* Even a read-only connection creates -wal and -shm files beside a WAL database. With no
   * WAL or journal there, the file alone is the whole database and "immutable" reads it
   * without creating anything; otherwise the WAL holds committed pages that must be read
   * too, and its companions exist already. */
  wal = g_strconcat (path, "-wal", NULL);
  journal = g_strconcat (path, "-journal", NULL);
  if (g_file_test (wal, G_FILE_TEST_EXISTS) || g_file_test (journal, G_FILE_TEST_EXISTS))
    {
      uri = g_strdup (path);
    }
  else
    {
      g_autofree char *escaped = g_uri_escape_string (path, "/", FALSE);

      uri = g_strconcat ("file:", escaped, "?immutable=1", NULL);
    }

  rc = sqlite3_open_v2 (uri, &db,
                        SQLITE_OPEN_READONLY | SQLITE_OPEN_URI | SQLITE_OPEN_EXRESCODE, NULL);
  if (rc != SQLITE_OK)
    {
      set_check_error (db, rc, path, error);
      sqlite3_close (db);
      return FALSE;
    }

  ok = _physio_database_check_connection (db, path, full, user_version, checked, &local_error);

  /* A hot journal left by a crash can only be rolled back by a writer; that rollback is
   * SQLite's own recovery, so the caller repeats the check on its writable connection. */
  if (!ok && (sqlite3_extended_errcode (db) == SQLITE_READONLY_ROLLBACK ||
              sqlite3_extended_errcode (db) == SQLITE_READONLY_RECOVERY))
    {
      *deferred = TRUE;
      ok = TRUE;
    }
  else if (!ok)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
    }

  sqlite3_close (db);
  return ok;
}

static void
check_in_thread (GTask        *task,
                 gpointer      source_object,
                 gpointer      task_data,
                 GCancellable *cancellable)
{
  const char *path = task_data;
  GError *error = NULL;
  sqlite3 *db = NULL;
  int rc;

  if (g_task_return_error_if_cancelled (task))
    return;

  /* A connection of its own: the window's connection stays free for the clinician, and a
   * read transaction in WAL mode does not block the window's writes. */
  rc = sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_EXRESCODE, NULL);
  if (rc != SQLITE_OK)
    set_check_error (db, rc, path, &error);
  else
    _physio_database_check_integrity (db, path, &error);
  sqlite3_close (db);

  if (error != NULL)
    {
      _physio_database_error_set_unchanged (error);
      g_task_return_error (task, error);
      return;
    }

  g_task_return_boolean (task, TRUE);
}

void
physio_database_check_async (PhysioDatabase      *self,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (PHYSIO_IS_DATABASE (self));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, physio_database_check_async);

  if (self->integrity_checked)
    {
      g_task_return_boolean (task, TRUE);
      return;
    }

  g_task_set_task_data (task, g_strdup (self->path), g_free);
  g_task_run_in_thread (task, check_in_thread);
}

gboolean
physio_database_check_finish (PhysioDatabase  *self,
                              GAsyncResult    *result,
                              GError         **error)
{
  g_return_val_if_fail (PHYSIO_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
