/* physio-database.c: the one SQLite database of a user: opening, migrating, shared helpers
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "physio-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include <errno.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include "physio-database-private.h"
#include "physio-migrations.h"

enum
{
  EXERCISES_CHANGED,
  PATIENTS_CHANGED,
  PROGRAMME_CHANGED,
  CLINIC_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (PhysioDatabase, physio_database, G_TYPE_OBJECT)

/* Errors carry whether the file was left untouched, so the start-up dialog says "Nothing was
 * changed" only when that is true. */
typedef struct
{
  gboolean unchanged;
} PhysioDatabaseErrorPrivate;

static void
physio_database_error_private_init (PhysioDatabaseErrorPrivate *priv)
{
  priv->unchanged = FALSE;
}

static void
physio_database_error_private_copy (const PhysioDatabaseErrorPrivate *src,
                                    PhysioDatabaseErrorPrivate       *dest)
{
  dest->unchanged = src->unchanged;
}

static void
physio_database_error_private_clear (PhysioDatabaseErrorPrivate *priv)
{
}

G_DEFINE_EXTENDED_ERROR (PhysioDatabaseError, physio_database_error)

gboolean
physio_database_error_left_file_unchanged (const GError *error)
{
  g_return_val_if_fail (error != NULL, FALSE);

  if (error->domain != PHYSIO_DATABASE_ERROR)
    return FALSE;

  return physio_database_error_get_private (error)->unchanged;
}

void
_physio_database_error_set_unchanged (GError *error)
{
  if (error != NULL && error->domain == PHYSIO_DATABASE_ERROR)
    physio_database_error_get_private (error)->unchanged = TRUE;
}

gboolean
_physio_database_set_write_error (int          rc,
                                  int          saved_errno,
                                  const char  *path,
                                  const char  *detail,
                                  GError     **error)
{
  g_assert (path != NULL);
  g_assert (detail != NULL);

  /* SQLite turns ENOSPC on write into SQLITE_FULL, but not on fsync or truncate. */
  if ((rc & 0xff) == SQLITE_FULL || saved_errno == ENOSPC || saved_errno == EDQUOT)
    g_set_error (error, PHYSIO_DATABASE_ERROR, PHYSIO_DATABASE_ERROR_DISK_FULL,
                 _("The disk that holds “%s” is full, so Physioplan could not %s. Free some "
                 "space on it (empty the trash, or move large files elsewhere), then try "
                 "again."), path, detail);
  else
    g_set_error (error, PHYSIO_DATABASE_ERROR, PHYSIO_DATABASE_ERROR_FAILED,
                 _("Could not %s (“%s”): %s."), detail, path,
                 saved_errno != 0 ? g_strerror (saved_errno) : sqlite3_errstr (rc));

  return FALSE;
}

static void
physio_database_finalize (GObject *object)
{
  PhysioDatabase *self = (PhysioDatabase *) object;

  /* Statements first: sqlite3_close refuses a connection with live statements. */
  g_clear_pointer (&self->statements, g_hash_table_unref);
  g_clear_pointer (&self->db, sqlite3_close);
  g_clear_pointer (&self->order, g_array_unref);
  g_clear_pointer (&self->rank_of, g_free);
  g_clear_pointer (&self->path, g_free);

  G_OBJECT_CLASS (physio_database_parent_class)->finalize (object);
}

static void
physio_database_class_init (PhysioDatabaseClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = physio_database_finalize;

  /**
   * PhysioDatabase::exercises-changed:
   * @id: (nullable): the id of the one exercise changed, or %NULL when many changed
   */
  signals[EXERCISES_CHANGED] =
    g_signal_new ("exercises-changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);

  /**
   * PhysioDatabase::patients-changed:
   * @patient_id: the patient saved, deleted or whose diary changed, or 0 when many changed
   *
   * Detailed by what changed: "record" (the patient's own fields, or the patient deleted),
   * "diary" or "measures", so a view that shows only the record can skip a diary entry.
   */
  signals[PATIENTS_CHANGED] =
    g_signal_new ("patients-changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST | G_SIGNAL_DETAILED,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_INT64);

  /**
   * PhysioDatabase::programme-changed:
   * @programme_id: the programme saved or deleted, or whose logs or audit log grew
   *
   * Detailed: "plan" when the programme itself was saved or deleted, "logs" when a session
   * log or a dose change was added. A handler connected without a detail gets both.
   */
  signals[PROGRAMME_CHANGED] =
    g_signal_new ("programme-changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST | G_SIGNAL_DETAILED,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_INT64);

  /**
   * PhysioDatabase::clinic-changed:
   *
   * The clinic's branding, clinician or progression defaults were saved.
   */
  signals[CLINIC_CHANGED] =
    g_signal_new ("clinic-changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
physio_database_init (PhysioDatabase *self)
{
  self->statements = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                            (GDestroyNotify) sqlite3_finalize);
}

char *
physio_database_default_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "physioplan", "physioplan.db", NULL);
}

const char *
physio_database_get_path (PhysioDatabase *self)
{
  g_return_val_if_fail (PHYSIO_IS_DATABASE (self), NULL);

  return self->path;
}

guint
physio_database_get_schema_version (PhysioDatabase *self)
{
  g_return_val_if_fail (PHYSIO_IS_DATABASE (self), 0);

  return self->schema_version;
}

sqlite3 *
_physio_database_get_sqlite (PhysioDatabase *self)
{
  g_return_val_if_fail (PHYSIO_IS_DATABASE (self), NULL);

  return self->db;
}

gboolean
_physio_database_set_error (PhysioDatabase  *self,
                            int              rc,
                            GError         **error)
{
  g_assert (PHYSIO_IS_DATABASE (self));

  /* Damage can also surface after opening, on a page the quick check did not read. */
  if ((rc & 0xff) == SQLITE_CORRUPT || (rc & 0xff) == SQLITE_NOTADB)
    g_set_error (error, PHYSIO_DATABASE_ERROR, PHYSIO_DATABASE_ERROR_CORRUPT,
                 _("“%s” is damaged and cannot be read safely. Restore the latest backup."),
                 self->path);
  else if ((rc & 0xff) == SQLITE_FULL ||
           ((rc & 0xff) == SQLITE_IOERR && sqlite3_system_errno (self->db) == ENOSPC))
    g_set_error (error, PHYSIO_DATABASE_ERROR, PHYSIO_DATABASE_ERROR_DISK_FULL,
                 _("The disk that holds “%s” is full, so the change was not saved. Free some "
                 "space on it (empty the trash, or move large files elsewhere), then try "
                 "again."), self->path);
  else
    g_set_error (error, PHYSIO_DATABASE_ERROR, PHYSIO_DATABASE_ERROR_FAILED,
                 _("Could not use the database “%s”: %s."), self->path, sqlite3_errmsg (self->db));

  return FALSE;
}

sqlite3_stmt *
_physio_database_prepare (PhysioDatabase  *self,
                          const char      *sql,
                          GError         **error)
{
  sqlite3_stmt *stmt;
  int rc;

  g_assert (PHYSIO_IS_DATABASE (self));
  g_assert (sql != NULL);

  stmt = g_hash_table_lookup (self->statements, sql);
  if (stmt != NULL)
    {
      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
      return stmt;
    }

  rc = sqlite3_prepare_v3 (self->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      _physio_database_set_error (self, rc, error);
      return NULL;
    }

  g_hash_table_insert (self->statements, g_strdup (sql), stmt);
  return stmt;
}

gboolean
_physio_database_exec (PhysioDatabase  *self,
                       const char      *sql,
                       GError         **error)
{
  int rc;

  g_assert (PHYSIO_IS_DATABASE (self));

  rc = sqlite3_exec (self->db, sql, NULL, NULL, NULL);
  if (rc != SQLITE_OK)
    return _physio_database_set_error (self, rc, error);

  return TRUE;
}

gboolean
_physio_database_begin (PhysioDatabase  *self,
                        GError         **error)
{
  /* IMMEDIATE takes the write lock now, so a busy database fails here and not halfway. */
  return _physio_database_exec (self, "BEGIN IMMEDIATE", error);
}

gboolean
_physio_database_commit (PhysioDatabase  *self,
                         GError         **error)
{
  if (_physio_database_exec (self, "COMMIT", error))
    return TRUE;

  _physio_database_rollback (self);
  return FALSE;
}

void
_physio_database_rollback (PhysioDatabase *self)
{
  g_assert (PHYSIO_IS_DATABASE (self));

  if (!sqlite3_get_autocommit (self->db))
    sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);

  /* The order cache may have been rebuilt from rows that no longer exist. */
  _physio_database_invalidate_order (self);
}

void
_physio_database_emit_changed (PhysioDatabase *self,
                               const char     *id)
{
  g_assert (PHYSIO_IS_DATABASE (self));

  g_signal_emit (self, signals[EXERCISES_CHANGED], 0, id);
}

void
_physio_database_emit_patients_changed (PhysioDatabase *self,
                                        gint64          patient_id,
                                        const char     *what)
{
  g_assert (PHYSIO_IS_DATABASE (self));
  g_assert (what != NULL);

  g_signal_emit (self, signals[PATIENTS_CHANGED], g_quark_from_static_string (what),
                 patient_id);
}

void
_physio_database_emit_programme_changed (PhysioDatabase *self,
                                         gint64          programme_id)
{
  g_assert (PHYSIO_IS_DATABASE (self));

  g_signal_emit (self, signals[PROGRAMME_CHANGED], g_quark_from_static_string ("plan"),
                 programme_id);
}

void
_physio_database_emit_programme_logs_changed (PhysioDatabase *self,
                                              gint64          programme_id)
{
  g_assert (PHYSIO_IS_DATABASE (self));

  g_signal_emit (self, signals[PROGRAMME_CHANGED], g_quark_from_static_string ("logs"),
                 programme_id);
}

void
_physio_database_emit_clinic_changed (PhysioDatabase *self)
{
  g_assert (PHYSIO_IS_DATABASE (self));

  g_signal_emit (self, signals[CLINIC_CHANGED], 0);
}

static gboolean
read_user_version (PhysioDatabase  *self,
                   guint           *version,
                   GError         **error)
{
  g_auto(PhysioStatement) stmt = NULL;
  gint64 value;

  stmt = _physio_database_prepare (self, "PRAGMA user_version", error);
  if (stmt == NULL)
    return FALSE;
  if (sqlite3_step (stmt) != SQLITE_ROW)
    return _physio_database_set_error (self, sqlite3_errcode (self->db), error);

  value = sqlite3_column_int64 (stmt, 0);
  if (value > PHYSIO_DATABASE_SCHEMA_VERSION || value < 0)
    {
      /* Another, newer Physioplan migrated the file between our check and now. */
      g_set_error (error, PHYSIO_DATABASE_ERROR, PHYSIO_DATABASE_ERROR_TOO_NEW,
                   _("“%s” was just updated by a newer version of Physioplan. Update Physioplan "
                   "to open it."), self->path);
      return FALSE;
    }

  *version = (guint) value;
  return TRUE;
}

static gboolean
create_file (const char  *path,
             GError     **error)
{
  g_autofree char *dirname = g_path_get_dirname (path);

  if (g_mkdir_with_parents (dirname, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, PHYSIO_DATABASE_ERROR, PHYSIO_DATABASE_ERROR_FAILED,
                   _("Could not create the folder “%s”: %s."), dirname, g_strerror (saved_errno));
      return FALSE;
    }

  /* SQLite would create the file with the umask's mode; creating it first, empty, makes it
   * 0600, and SQLite gives its -wal and -shm files the same mode. */
  return _physio_database_create_private_file (path, error);
}

static gint64
query_pragma (PhysioDatabase *self,
              const char     *sql)
{
  sqlite3_stmt *stmt = NULL;
  gint64 value = -1;

  if (sqlite3_prepare_v2 (self->db, sql, -1, &stmt, NULL) == SQLITE_OK &&
      sqlite3_step (stmt) == SQLITE_ROW)
    value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);

  return value;
}

/* Migrates to the current schema. *@wrote is set once the database file itself may have
 * changed (a backup beside it does not count). */
static gboolean
migrate (PhysioDatabase  *self,
         gboolean        *wrote,
         GError         **error)
{
  guint version = 0;

  if (!read_user_version (self, &version, error))
    return FALSE;

  if (version < PHYSIO_DATABASE_SCHEMA_VERSION)
    {
      /* An empty file has nothing to lose; any other gets a copy first. */
      if (version > 0)
        {
          g_autofree char *backup_path = g_strdup_printf ("%s.backup-v%u", self->path, version);

          if (!_physio_database_backup_to (self->db, backup_path, error))
            return FALSE;
        }

      /* Cached statements may refer to tables a migration changes. */
      g_hash_table_remove_all (self->statements);

      /* Each step commits on its own: a failure after the first leaves a changed file. */
      if (!_physio_migrations_run (self->db, self->path, version, error))
        {
          if (query_pragma (self, "PRAGMA user_version") != (gint64) version)
            *wrote = TRUE;
          return FALSE;
        }
      *wrote = TRUE;
    }

  /* A current file from before the application id; every migration step sets it too. */
  if (query_pragma (self, "PRAGMA application_id") != PHYSIO_DATABASE_APPLICATION_ID)
    {
      g_autofree char *sql = g_strdup_printf ("PRAGMA application_id = %d",
                                              PHYSIO_DATABASE_APPLICATION_ID);

      *wrote = TRUE;
      if (!_physio_database_exec (self, sql, error))
        return FALSE;
    }

  self->schema_version = PHYSIO_DATABASE_SCHEMA_VERSION;
  return TRUE;
}

/* Where SQLite would only find out at the first write, and then say "attempt to write a
 * readonly database" or "unable to open database file". */
static gboolean
check_writable (PhysioDatabase  *self,
                GError         **error)
{
  g_autofree char *dirname = g_path_get_dirname (self->path);

  if (sqlite3_db_readonly (self->db, "main") == 1 || g_access (self->path, W_OK) != 0)
    {
      g_set_error (error, PHYSIO_DATABASE_ERROR, PHYSIO_DATABASE_ERROR_FAILED,
                   _("“%s” is read-only: you may read it but not change it. Nothing in it was "
                   "changed. Make the file writable for you, or open a copy of it."),
                   self->path);
      return FALSE;
    }

  /* SQLite keeps its WAL, shared-memory and journal files, and we our backups, beside it. */
  if (g_access (dirname, W_OK | X_OK) != 0)
    {
      g_set_error (error, PHYSIO_DATABASE_ERROR, PHYSIO_DATABASE_ERROR_FAILED,
                   _("The folder “%s” is read-only, and Physioplan needs to keep its working "
                   "files beside the database “%s”. Nothing in it was changed. Make the folder "
                   "writable for you, or move the file to one that is."), dirname, self->path);
      return FALSE;
    }

  return TRUE;
}

static PhysioDatabase *
open_database (const char  *path,
               gboolean    *wrote,
               GError     **error)
{
  g_autoptr(PhysioDatabase) self = NULL;
  gboolean deferred = FALSE;
  gboolean checked = FALSE;
  guint checked_version = 0;
  int rc;

  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    {
      /* A new file holds nothing of the user's; but it is there now. */
      *wrote = TRUE;
      if (!create_file (path, error))
        return NULL;
      checked = TRUE;
    }
  else if (!_physio_database_check_file (path, FALSE, &checked_version, &deferred, &checked,
                                         error))
    {
      return NULL;
    }

  /* Ours: before SQLite creates a -wal or -shm file with the file's mode. */
  _physio_database_tighten_modes (path);

  self = g_object_new (PHYSIO_TYPE_DATABASE, NULL);
  self->path = g_strdup (path);
  self->integrity_checked = checked;

  rc = sqlite3_open_v2 (path, &self->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_EXRESCODE, NULL);
  if (rc != SQLITE_OK)
    {
      g_set_error (error, PHYSIO_DATABASE_ERROR, PHYSIO_DATABASE_ERROR_FAILED,
                   _("Could not open “%s” for writing: %s. Check that you may write to the file "
                   "and its folder."), path,
                   self->db ? sqlite3_errmsg (self->db) : sqlite3_errstr (rc));
      return NULL;
    }

  if (!check_writable (self, error))
    return NULL;

  sqlite3_busy_timeout (self->db, PHYSIO_DATABASE_BUSY_TIMEOUT_MS);

  /* The check on this connection rolls a hot journal back: SQLite's own recovery, which
   * writes. */
  if (deferred)
    {
      *wrote = TRUE;
      if (!_physio_database_check_connection (self->db, path, FALSE, &checked_version,
                                              &self->integrity_checked, error))
        return NULL;
    }

  /* synchronous=FULL because a clinician's saved edit must survive a power cut
   * (architecture.md quality bars), a migration's steps included. */
  if (!_physio_database_exec (self, "PRAGMA foreign_keys = ON", error) ||
      !_physio_database_exec (self, "PRAGMA synchronous = FULL", error))
    return NULL;

  if (!migrate (self, wrote, error))
    return NULL;

  /* WAL only now: switching rewrites the header, and a migration that fails in rollback mode
   * leaves the file byte for byte as it was. */
  if (query_pragma (self, "SELECT 1 FROM pragma_journal_mode WHERE journal_mode = 'wal'") != 1)
    *wrote = TRUE;
  if (!_physio_database_exec (self, "PRAGMA journal_mode = WAL", error) ||
      !_physio_database_exec (self, "PRAGMA synchronous = FULL", error))
    return NULL;

  return g_steal_pointer (&self);
}

PhysioDatabase *
physio_database_open (const char  *path,
                      GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  PhysioDatabase *self;
  gboolean wrote = FALSE;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = open_database (path, &wrote, &local_error);
  if (self == NULL)
    {
      g_assert (local_error != NULL);
      if (!wrote)
        _physio_database_error_set_unchanged (local_error);
      g_propagate_error (error, g_steal_pointer (&local_error));
    }

  return self;
}
