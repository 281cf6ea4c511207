/* physio-database-archive.c: a whole-database backup to a file the user picks, and restoring
 * one in place of the database
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "physio-store"

#include "config.h"

#include <errno.h>
#include <sys/stat.h>
#include <glib/gstdio.h>

#include "physio-database-archive.h"
#include "physio-database-private.h"

/* Pages copied per step: small enough for a smooth progress bar, large enough that the
 * per-step locking costs nothing (4 MiB at the default 4 KiB page). */
#define PAGES_PER_STEP 1024

static gboolean
same_file (const char *a,
           const char *b)
{
  GStatBuf sa, sb;

  if (g_stat (a, &sa) != 0 || g_stat (b, &sb) != 0)
    return FALSE;

  return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
}

static gboolean
refuse_own_file (const char  *path,
                 const char  *dest,
                 GError     **error)
{
  static const char * const companions[] = { "", "-wal", "-shm", "-journal" };

  for (guint i = 0; i < G_N_ELEMENTS (companions); i++)
    {
      g_autofree char *name = g_strconcat (path, companions[i], NULL);

      if (g_strcmp0 (name, dest) == 0 || same_file (name, dest))
        {
          g_set_error (error, PHYSIO_DATABASE_ERROR, PHYSIO_DATABASE_ERROR_FAILED,
                       "“%s” is the database itself. Choose another file for the backup.",
                       dest);
          return FALSE;
        }
    }

  return TRUE;
}

gboolean
physio_database_backup_file (const char             *path,
                             const char             *dest,
                             PhysioArchiveProgress   progress,
                             gpointer                user_data,
                             GCancellable           *cancellable,
                             GError                **error)
{
  g_autofree char *tmp_path = NULL;
  sqlite3 *source = NULL;
  sqlite3 *target = NULL;
  sqlite3_backup *backup = NULL;
  guint version = 0;
  gboolean deferred = FALSE, checked = FALSE;
  gboolean ok = FALSE;
  int rc;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (dest != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!refuse_own_file (path, dest, error))
    return FALSE;

  /* Never copy a file that is not ours under a name that says it is a Physioplan backup. */
  if (!_physio_database_check_file (path, FALSE, &version, &deferred, &checked, error))
    return FALSE;

  rc = sqlite3_open_v2 (path, &source, SQLITE_OPEN_READONLY | SQLITE_OPEN_EXRESCODE, NULL);
  if (rc != SQLITE_OK)
    {
      g_set_error (error, PHYSIO_DATABASE_ERROR, PHYSIO_DATABASE_ERROR_FAILED,
                   "Could not read “%s”: %s.", path, sqlite3_errstr (rc));
      sqlite3_close (source);
      return FALSE;
    }
  /* The app may be writing: wait for its short transactions rather than fail. */
  sqlite3_busy_timeout (source, 5000);

  tmp_path = g_strconcat (dest, ".tmp", NULL);
  g_unlink (tmp_path);
  if (!_physio_database_create_private_file (tmp_path, error))
    goto out;

  rc = sqlite3_open_v2 (tmp_path, &target, SQLITE_OPEN_READWRITE | SQLITE_OPEN_EXRESCODE, NULL);
  if (rc == SQLITE_OK)
    backup = sqlite3_backup_init (target, "main", source, "main");
  if (backup == NULL)
    {
      _physio_database_set_write_error (target ? sqlite3_extended_errcode (target) : rc,
                                        target ? sqlite3_system_errno (target) : 0, dest,
                                        "write the backup", error);
      goto out;
    }

  /* Another connection's write between steps restarts the copy from its start, so the
   * result is always one consistent moment of the database. */
  do
    {
      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        {
          sqlite3_backup_finish (backup);
          backup = NULL;
          goto out;
        }

      rc = sqlite3_backup_step (backup, PAGES_PER_STEP);
      if (progress != NULL && sqlite3_backup_pagecount (backup) > 0)
        progress (1.0 - (double) sqlite3_backup_remaining (backup) /
                        sqlite3_backup_pagecount (backup), user_data);
      if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
        sqlite3_sleep (20);
    }
  while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);

  sqlite3_backup_finish (backup);
  backup = NULL;
  if (rc != SQLITE_DONE)
    {
      _physio_database_set_write_error (rc, sqlite3_system_errno (target), dest,
                                        "write the backup", error);
      goto out;
    }

  if (sqlite3_close (target) != SQLITE_OK)
    {
      g_set_error (error, PHYSIO_DATABASE_ERROR, PHYSIO_DATABASE_ERROR_FAILED,
                   "Could not finish the backup “%s”.", dest);
      goto out;
    }
  target = NULL;

  if (g_rename (tmp_path, dest) != 0)
    {
      _physio_database_set_write_error (SQLITE_IOERR, errno, dest, "write the backup", error);
      goto out;
    }

  ok = TRUE;

out:
  sqlite3_close (target);
  sqlite3_close (source);
  if (!ok)
    g_unlink (tmp_path);
  return ok;
}

gboolean
physio_database_check_backup (const char  *source,
                              GError     **error)
{
  guint version = 0;
  gboolean deferred = FALSE, checked = FALSE;

  g_return_val_if_fail (source != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!g_file_test (source, G_FILE_TEST_IS_REGULAR))
    {
      g_set_error (error, PHYSIO_DATABASE_ERROR, PHYSIO_DATABASE_ERROR_NOT_FOUND,
                   "There is no file “%s”. Nothing was changed.", source);
      return FALSE;
    }
  if (!_physio_database_check_file (source, TRUE, &version, &deferred, &checked, error))
    return FALSE;
  /* An empty SQLite file passes as "ours" for a new database, but it is no backup. */
  if (version == 0 || deferred)
    {
      g_set_error (error, PHYSIO_DATABASE_ERROR, PHYSIO_DATABASE_ERROR_NOT_A_DATABASE,
                   deferred ? "“%s” was copied while it was being written and is not whole. "
                              "Nothing was changed."
                            : "“%s” is not a Physioplan backup. Nothing was changed.",
                   source);
      return FALSE;
    }

  return TRUE;
}

gboolean
physio_database_restore_file (const char  *path,
                              const char  *source,
                              char       **kept_path,
                              GError     **error)
{
  static const char * const companions[] = { "", "-wal", "-shm" };
  g_autoptr(GFile) from = NULL;
  g_autoptr(GFile) to = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *aside = NULL;
  g_autofree char *tmp_path = NULL;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (source != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (same_file (path, source))
    {
      g_set_error (error, PHYSIO_DATABASE_ERROR, PHYSIO_DATABASE_ERROR_FAILED,
                   "“%s” is the database in use. Choose a backup file. Nothing was changed.",
                   source);
      return FALSE;
    }

  if (!physio_database_check_backup (source, error))
    return FALSE;

  /* Copied beside the database first, so a full disk leaves the current file in place. */
  tmp_path = g_strconcat (path, ".restoring", NULL);
  g_unlink (tmp_path);
  from = g_file_new_for_path (source);
  to = g_file_new_for_path (tmp_path);
  if (!g_file_copy (from, to, G_FILE_COPY_NONE, NULL, NULL, NULL, &local_error) ||
      g_chmod (tmp_path, 0600) != 0)
    {
      g_set_error (error, PHYSIO_DATABASE_ERROR, PHYSIO_DATABASE_ERROR_FAILED,
                   "Could not copy the backup “%s” beside “%s”: %s. Nothing was changed.",
                   source, path, local_error ? local_error->message : g_strerror (errno));
      g_unlink (tmp_path);
      return FALSE;
    }

  /* The WAL and shared memory belong to the current file and go with it: left beside the
   * restored copy, SQLite would replay them into it. */
  aside = _physio_database_aside_name (path, "before-restore");
  for (guint i = 0; i < G_N_ELEMENTS (companions); i++)
    {
      g_autofree char *name = g_strconcat (path, companions[i], NULL);
      g_autofree char *moved = g_strconcat (aside, companions[i], NULL);

      if (g_rename (name, moved) != 0 && errno != ENOENT)
        {
          g_set_error (error, PHYSIO_DATABASE_ERROR, PHYSIO_DATABASE_ERROR_FAILED,
                       "Could not move “%s” aside to “%s”: %s.", name, moved,
                       g_strerror (errno));
          g_unlink (tmp_path);
          return FALSE;
        }
    }

  if (g_rename (tmp_path, path) != 0)
    {
      g_set_error (error, PHYSIO_DATABASE_ERROR, PHYSIO_DATABASE_ERROR_FAILED,
                   "Could not put the backup in place of “%s”: %s. The database before the "
                   "restore is kept as “%s”.", path, g_strerror (errno), aside);
      g_unlink (tmp_path);
      return FALSE;
    }

  if (kept_path != NULL)
    *kept_path = g_steal_pointer (&aside);
  return TRUE;
}
