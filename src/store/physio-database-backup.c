/* physio-database-backup.c: copies of the database taken before a migration, and restoring one
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "physio-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <glib/gstdio.h>

#include "physio-database-private.h"

#define BACKUP_INFIX ".backup-v"

/* Health data: every file we write is for the user alone. O_EXCL because a file already
 * there is not ours to reuse. */
gboolean
_physio_database_create_private_file (const char  *path,
                                      GError     **error)
{
  int fd;

  g_assert (path != NULL);

  fd = g_open (path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  if (fd < 0)
    {
      int saved_errno = errno;

      if (saved_errno == ENOSPC || saved_errno == EDQUOT)
        return _physio_database_set_write_error (SQLITE_FULL, saved_errno, path,
                                                 "create it", error);

      g_set_error (error, PHYSIO_DATABASE_ERROR, PHYSIO_DATABASE_ERROR_FAILED,
                   _("Could not create “%s”: %s."), path, g_strerror (saved_errno));
      return FALSE;
    }

  /* The umask can only take bits away, but be explicit rather than trust it. */
  if (fchmod (fd, 0600) != 0)
    g_debug ("fchmod %s: %s", path, g_strerror (errno));
  g_close (fd, NULL);

  return TRUE;
}

gboolean
_physio_database_backup_to (sqlite3     *db,
                            const char  *backup_path,
                            GError     **error)
{
  g_autofree char *tmp_path = NULL;
  sqlite3 *dest = NULL;
  sqlite3_backup *backup;
  int rc;

  g_assert (db != NULL);
  g_assert (backup_path != NULL);

  /* Written beside and renamed into place, so a crash never leaves half a backup under the
   * real name. A stale .tmp can only be from an earlier interrupted backup of ours. */
  tmp_path = g_strconcat (backup_path, ".tmp", NULL);
  g_unlink (tmp_path);
  if (!_physio_database_create_private_file (tmp_path, error))
    return FALSE;

  rc = sqlite3_open_v2 (tmp_path, &dest, SQLITE_OPEN_READWRITE | SQLITE_OPEN_EXRESCODE, NULL);
  if (rc == SQLITE_OK)
    {
      backup = sqlite3_backup_init (dest, "main", db, "main");
      if (backup != NULL)
        {
          sqlite3_backup_step (backup, -1);
          sqlite3_backup_finish (backup);
        }
      rc = sqlite3_errcode (dest);
    }

  if (rc != SQLITE_OK)
    {
      _physio_database_set_write_error (rc, dest ? sqlite3_system_errno (dest) : 0,
                                        backup_path, "write this copy of the database",
                                        error);
      sqlite3_close (dest);
      g_unlink (tmp_path);
      return FALSE;
    }

  sqlite3_close (dest);

  if (g_rename (tmp_path, backup_path) != 0)
    {
      int saved_errno = errno;

      _physio_database_set_write_error (SQLITE_IOERR, saved_errno, backup_path,
                                        "write this copy of the database", error);
      g_unlink (tmp_path);
      return FALSE;
    }

  return TRUE;
}

static void
tighten (const char *path,
         mode_t      keep)
{
  GStatBuf st;

  /* Only ever takes bits away: a file the user made read-only stays read-only. */
  if (g_lstat (path, &st) != 0 || S_ISLNK (st.st_mode) || (st.st_mode & 07777 & ~keep) == 0)
    return;

  if (g_chmod (path, st.st_mode & keep) != 0)
    g_debug ("Could not take group and other permissions off a database file: %s",
             g_strerror (errno));
}

/* Health data is for the user alone. A file made by an older Physioplan, copied in, or
 * restored by hand may be 0644 in a 0755 folder; SQLite gives the -wal and -shm files it
 * creates the database file's mode. So every open takes group and other permissions off the
 * file, its companions, its backups and damaged copies, before SQLite creates anything.
 *
 * The folder is tightened (to 0700 at most) only when it is the default
 * $XDG_DATA_HOME/physioplan, which Physioplan made and owns. A file given with --database may
 * sit in a folder the user shares on purpose (a clinic share, a project folder): its files
 * are tightened, the folder is left as the user set it. */
void
_physio_database_tighten_modes (const char *path)
{
  static const char * const companions[] = { "", "-wal", "-shm", "-journal" };
  g_autofree char *default_path = physio_database_default_path ();
  g_autofree char *default_dir = NULL;
  g_autofree char *canonical_default = NULL;
  g_autofree char *canonical_dir = NULL;
  g_autofree char *dirname = NULL;
  g_autofree char *basename = NULL;
  g_autofree char *backup_prefix = NULL;
  g_autofree char *damaged_prefix = NULL;
  g_autoptr(GDir) dir = NULL;
  const char *name;

  g_assert (path != NULL);

  for (guint i = 0; i < G_N_ELEMENTS (companions); i++)
    {
      g_autofree char *file = g_strconcat (path, companions[i], NULL);

      tighten (file, 0700);
    }

  dirname = g_path_get_dirname (path);
  basename = g_path_get_basename (path);
  backup_prefix = g_strconcat (basename, BACKUP_INFIX, NULL);
  damaged_prefix = g_strconcat (basename, ".damaged-", NULL);
  dir = g_dir_open (dirname, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      /* Backups, and damaged files set aside by a restore: patient data all the same. */
      if (g_str_has_prefix (name, backup_prefix) || g_str_has_prefix (name, damaged_prefix))
        {
          g_autofree char *file = g_build_filename (dirname, name, NULL);

          tighten (file, 0700);
        }
    }

  default_dir = g_path_get_dirname (default_path);
  canonical_dir = g_canonicalize_filename (dirname, NULL);
  canonical_default = g_canonicalize_filename (default_dir, NULL);
  if (g_str_equal (canonical_dir, canonical_default))
    tighten (dirname, 0700);
}

/* The schema version in a backup's name ("physioplan.db.backup-v3" -> 3), or 0 when the name
 * is not one of our finished backups. */
static guint
backup_version (const char *name,
                const char *prefix)
{
  const char *digits;
  guint64 version = 0;

  if (!g_str_has_prefix (name, prefix))
    return 0;

  digits = name + strlen (prefix);
  if (!g_ascii_string_to_unsigned (digits, 10, 1, G_MAXUINT, &version, NULL))
    return 0;

  return (guint) version;
}

char *
physio_database_find_backup (const char *path)
{
  g_autofree char *dirname = NULL;
  g_autofree char *basename = NULL;
  g_autofree char *prefix = NULL;
  g_autofree char *best = NULL;
  g_autoptr(GDir) dir = NULL;
  gint64 best_mtime = G_MININT64;
  guint best_version = 0;
  const char *name;

  g_return_val_if_fail (path != NULL, NULL);

  dirname = g_path_get_dirname (path);
  basename = g_path_get_basename (path);
  prefix = g_strconcat (basename, BACKUP_INFIX, NULL);

  dir = g_dir_open (dirname, 0, NULL);
  if (dir == NULL)
    return NULL;

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *candidate = NULL;
      GStatBuf st;
      guint version = backup_version (name, prefix);

      if (version == 0)
        continue;

      candidate = g_build_filename (dirname, name, NULL);
      if (g_stat (candidate, &st) != 0 || !S_ISREG (st.st_mode))
        continue;

      /* Newest by time; a higher version wins a tie (two migrations in one second). */
      if ((gint64) st.st_mtime > best_mtime ||
          ((gint64) st.st_mtime == best_mtime && version > best_version))
        {
          best_mtime = st.st_mtime;
          best_version = version;
          g_free (best);
          best = g_steal_pointer (&candidate);
        }
    }

  return g_steal_pointer (&best);
}

static gboolean
move_aside (const char  *from,
            const char  *to,
            GError     **error)
{
  if (g_rename (from, to) == 0 || errno == ENOENT)
    return TRUE;

  g_set_error (error, PHYSIO_DATABASE_ERROR, PHYSIO_DATABASE_ERROR_FAILED,
               _("Could not move “%s” aside to “%s”: %s."), from, to, g_strerror (errno));
  return FALSE;
}

/* "<file>.<what>-20260102-153000", with a counter if that is taken: where a database file is
 * moved aside (a damaged one, the one a restore replaces) without overwriting an earlier one. */
char *
_physio_database_aside_name (const char *path,
                             const char *what)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");
  char *name = g_strdup_printf ("%s.%s-%s", path, what, stamp);

  for (guint i = 2; g_file_test (name, G_FILE_TEST_EXISTS); i++)
    {
      g_free (name);
      name = g_strdup_printf ("%s.%s-%s-%u", path, what, stamp, i);
    }

  return name;
}

gboolean
physio_database_restore_backup (const char  *path,
                                const char  *backup_path,
                                GError     **error)
{
  static const char * const companions[] = { "", "-wal", "-shm" };
  g_autoptr(GFile) source = NULL;
  g_autoptr(GFile) target = NULL;
  g_autofree char *damaged = NULL;
  g_autofree char *tmp_path = NULL;
  g_autoptr(GError) local_error = NULL;
  guint version = 0;
  gboolean deferred = FALSE;
  gboolean checked = FALSE;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (backup_path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  /* Never swap a damaged file for another bad one. */
  if (!_physio_database_check_file (backup_path, TRUE, &version, &deferred, &checked, error))
    return FALSE;

  /* The WAL and shared-memory files belong to the damaged file: left beside the restored
   * copy, SQLite would replay the damaged file's WAL into it. They move with it, keeping
   * their suffixes so the damaged file still opens with its WAL for a later rescue. */
  damaged = _physio_database_aside_name (path, "damaged");
  for (guint i = 0; i < G_N_ELEMENTS (companions); i++)
    {
      g_autofree char *from = g_strconcat (path, companions[i], NULL);
      g_autofree char *to = g_strconcat (damaged, companions[i], NULL);

      if (!move_aside (from, to, error))
        return FALSE;
    }

  tmp_path = g_strconcat (path, ".restoring", NULL);
  g_unlink (tmp_path);
  source = g_file_new_for_path (backup_path);
  target = g_file_new_for_path (tmp_path);
  if (!g_file_copy (source, target, G_FILE_COPY_NONE, NULL, NULL, NULL, &local_error) ||
      g_chmod (tmp_path, 0600) != 0 ||
      g_rename (tmp_path, path) != 0)
    {
      g_set_error (error, PHYSIO_DATABASE_ERROR, PHYSIO_DATABASE_ERROR_FAILED,
                   _("Could not copy the backup “%s” to “%s”: %s. The damaged file is kept as "
                   "“%s”."), backup_path, path,
                   local_error ? local_error->message : g_strerror (errno), damaged);
      g_unlink (tmp_path);
      return FALSE;
    }

  return TRUE;
}
