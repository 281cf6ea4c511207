/* physio-database-check.c: decide, without writing, whether a file may be opened
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "physio-store"

#include "config.h"

#include "physio-database-private.h"

/* Even the pragmas that set up a connection can write (journal_mode=WAL rewrites the header),
 * so a file is first read through a read-only connection. Only when it is SQLite, intact and
 * of a schema this build knows is it opened for writing. */

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
                   "“%s” is not a Physioplan database. Nothing in it was changed. Choose "
                   "another file, or move this one away and Physioplan will start a new "
                   "library.", path);
      break;

    case SQLITE_CORRUPT:
      g_set_error (error, PHYSIO_DATABASE_ERROR, PHYSIO_DATABASE_ERROR_CORRUPT,
                   "“%s” is damaged and cannot be read safely. Nothing in it was changed. "
                   "Restore the latest backup, or move the file away and Physioplan will "
                   "start a new library.", path);
      break;

    default:
      g_set_error (error, PHYSIO_DATABASE_ERROR, PHYSIO_DATABASE_ERROR_FAILED,
                   "Could not read “%s”: %s. Check that the file and its folder can be read "
                   "and written by you.", path, db ? sqlite3_errmsg (db) : sqlite3_errstr (rc));
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

gboolean
_physio_database_check_connection (sqlite3     *db,
                                   const char  *path,
                                   guint       *user_version,
                                   GError     **error)
{
  g_autofree char *verdict = NULL;
  gint64 n_objects = 0;
  gint64 version = 0;
  int rc;

  g_assert (db != NULL);
  g_assert (path != NULL);

  /* The first read of page 1: a text file fails here with SQLITE_NOTADB. */
  rc = query_value (db, "SELECT count(*) FROM sqlite_schema", &n_objects, NULL);
  if (rc == SQLITE_OK)
    rc = query_value (db, "PRAGMA user_version", &version, NULL);
  if (rc != SQLITE_OK)
    return set_check_error (db, rc, path, error);

  /* Checked before quick_check: a newer schema may use things this build cannot parse. */
  if (version > PHYSIO_DATABASE_SCHEMA_VERSION)
    {
      g_set_error (error, PHYSIO_DATABASE_ERROR, PHYSIO_DATABASE_ERROR_TOO_NEW,
                   "“%s” was saved by a newer version of Physioplan (format %" G_GINT64_FORMAT
                   "; this version reads up to format %u). Nothing in it was changed. Update "
                   "Physioplan to open it.", path, version, PHYSIO_DATABASE_SCHEMA_VERSION);
      return FALSE;
    }

  /* An SQLite file with tables but no version of ours belongs to another program. */
  if (version < 0 || (version == 0 && n_objects > 0))
    {
      g_set_error (error, PHYSIO_DATABASE_ERROR, PHYSIO_DATABASE_ERROR_NOT_A_DATABASE,
                   "“%s” is a database of another program, not of Physioplan. Nothing in it "
                   "was changed. Choose another file, or move this one away and Physioplan "
                   "will start a new library.", path);
      return FALSE;
    }

  if (n_objects > 0)
    {
      rc = query_value (db, "PRAGMA quick_check (1)", NULL, &verdict);
      if (rc != SQLITE_OK)
        return set_check_error (db, rc, path, error);
      if (g_strcmp0 (verdict, "ok") != 0)
        {
          g_debug ("quick_check of %s: %s", path, verdict);
          return set_check_error (db, SQLITE_CORRUPT, path, error);
        }
    }

  *user_version = (guint) version;
  return TRUE;
}

gboolean
_physio_database_check_file (const char  *path,
                             guint       *user_version,
                             gboolean    *deferred,
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

  *deferred = FALSE;

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

  ok = _physio_database_check_connection (db, path, user_version, &local_error);

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
