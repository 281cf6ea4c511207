/* physio-database-private.h: what the files of PhysioDatabase share
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <sqlite3.h>

#include "physio-database.h"
#include "physio-template.h"
#include "physio-review.h"

G_BEGIN_DECLS

/* PRAGMA application_id of every Physioplan database: "PHYS" in ASCII. Set in the transaction
 * of every migration step and on opening a current file that lacks it, so a file is
 * recognised as ours before anything is written to it (physio-database-check.c). Files from
 * before the id (schema 1 to 3) are recognised by their exact set of tables instead. */
#define PHYSIO_DATABASE_APPLICATION_ID 0x50485953

/* The last schema version that may lack the application id; frozen, whatever the current
 * version is. */
#define PHYSIO_DATABASE_LEGACY_MAX_VERSION 3

/* How long a write waits for another connection (a backup thread, a second window) before
 * giving up with "database is locked". */
#define PHYSIO_DATABASE_BUSY_TIMEOUT_MS 5000

struct _PhysioDatabase
{
  GObject     parent_instance;

  char       *path;
  sqlite3    *db;
  guint       schema_version;
  /* Whether the open ran the full integrity check; otherwise physio_database_check_async ()
   * runs it later, off the start-up path. */
  gboolean    integrity_checked;

  /* Prepared statements by SQL text, kept for the life of the connection. */
  GHashTable *statements;

  /* Every row handle ordered by name, and the position of each handle in that order
   * (indexed by handle, G_MAXUINT32 for none). A search turns its match set into a sorted
   * list through these instead of asking SQLite to sort, which is what keeps a keystroke
   * under a few milliseconds at 100,000 rows. Rebuilt lazily after any write. */
  GArray     *order;
  guint32    *rank_of;
  gint64      rank_of_len;
};

/* A cached statement, reset when the variable goes out of scope: a statement left stepping
 * would hold a read snapshot open and keep WAL checkpoints from finishing. */
typedef sqlite3_stmt *PhysioStatement;

static inline void
_physio_statement_release (PhysioStatement stmt)
{
  sqlite3_reset (stmt);
}

G_DEFINE_AUTO_CLEANUP_FREE_FUNC (PhysioStatement, _physio_statement_release, NULL)

/* physio-database.c */
sqlite3_stmt *_physio_database_prepare        (PhysioDatabase  *self,
                                               const char      *sql,
                                               GError         **error);
gboolean      _physio_database_exec           (PhysioDatabase  *self,
                                               const char      *sql,
                                               GError         **error);
gboolean      _physio_database_set_error      (PhysioDatabase  *self,
                                               int              rc,
                                               GError         **error);
gboolean      _physio_database_begin          (PhysioDatabase  *self,
                                               GError         **error);
gboolean      _physio_database_commit         (PhysioDatabase  *self,
                                               GError         **error);
void          _physio_database_rollback       (PhysioDatabase  *self);
void          _physio_database_emit_changed   (PhysioDatabase  *self,
                                               const char      *id);
void          _physio_database_emit_patients_changed  (PhysioDatabase *self,
                                                       gint64          patient_id,
                                                       const char     *what);
/* "programme-changed::plan" (the programme saved or deleted) and "programme-changed::logs"
 * (a session log or a dose change added). */
void          _physio_database_emit_programme_changed (PhysioDatabase *self,
                                                       gint64          programme_id);
void          _physio_database_emit_programme_logs_changed (PhysioDatabase *self,
                                                            gint64          programme_id);
/* For tests that count statements or look at the file directly. */
void          _physio_database_emit_clinic_changed (PhysioDatabase *self);
sqlite3      *_physio_database_get_sqlite     (PhysioDatabase  *self);

/* Marks @error as raised before anything was written (physio_database_error_left_file_
 * unchanged). */
void          _physio_database_error_set_unchanged (GError      *error);
/* Sets a DISK_FULL or FAILED error for a failure of @rc (with errno @saved_errno, or 0) while
 * writing @path; @doing says what was being done ("update", "back up"). */
gboolean      _physio_database_set_write_error (int             rc,
                                                int             saved_errno,
                                                const char     *path,
                                                const char     *detail,
                                                GError        **error);

/* physio-database-check.c: reads a file read-only and says whether it may be opened. With
 * @full the integrity check always runs; otherwise only on files small enough for it to be
 * quick, and *@checked says whether it ran. */
gboolean      _physio_database_check_file     (const char      *path,
                                               gboolean         full,
                                               guint           *user_version,
                                               gboolean        *deferred,
                                               gboolean        *checked,
                                               GError         **error);
gboolean      _physio_database_check_connection (sqlite3       *db,
                                                 const char    *path,
                                                 gboolean       full,
                                                 guint         *user_version,
                                                 gboolean      *checked,
                                                 GError       **error);
/* For tests: the largest file checked in full at open (16 MiB unless changed). */
void          _physio_database_set_quick_check_max (goffset     bytes);
/* The file's size against its header and WAL, then PRAGMA quick_check. */
gboolean      _physio_database_check_integrity (sqlite3        *db,
                                                const char     *path,
                                                GError        **error);

/* physio-database-backup.c */
gboolean      _physio_database_create_private_file (const char *path,
                                                    GError    **error);
gboolean      _physio_database_backup_to      (sqlite3         *db,
                                               const char      *backup_path,
                                               GError         **error);
/* Takes group and other permissions off the file, its -wal, -shm and backups, and off its
 * folder when that is the default one. */
void          _physio_database_tighten_modes  (const char      *path);

/* physio-database-exercises.c */
/* Inside a transaction: adds @exercise (a clinic one) or replaces the row with its id;
 * built-in rows are PHYSIO_DATABASE_ERROR_READ_ONLY. */
gboolean      _physio_database_save_custom_exercise (PhysioDatabase *self,
                                                     PhysioExercise *exercise,
                                                     GError        **error);
gboolean      _physio_database_write_exercise (PhysioDatabase  *self,
                                               PhysioExercise  *exercise,
                                               gint64           existing_handle,
                                               GError         **error);
gboolean      _physio_database_find_row       (PhysioDatabase  *self,
                                               const char      *id,
                                               gint64          *handle,
                                               PhysioExerciseSource *source,
                                               guint           *version,
                                               GError         **error);

/* physio-database-templates.c */
/* A template's shared id ("X-tpl-…", physio-template-exchange.h) starts so; it stays the same
 * in every clinic the template travels to. */
#define PHYSIO_TEMPLATE_SHARED_PREFIX "X-tpl-"
/* A row of "SELECT id, json, name FROM user_template": the template under its row id, and
 * (when @shared_id is not NULL) its shared id, NULL for a row stored before there were any. */
PhysioTemplate *_physio_database_read_user_template (PhysioDatabase *self,
                                                     sqlite3_stmt   *stmt,
                                                     char          **shared_id,
                                                     GError        **error);
/* A template made of @programme under @name (required), with a new shared id, refused
 * unless it reads back as saved. */
PhysioTemplate *_physio_template_from_programme_checked (PhysioProgramme *programme,
                                                         const char      *name,
                                                         GError         **error);
/* Inside a transaction: stores @template as a new clinic template and sets its id to the
 * row's ("user-<n>"); the stored JSON keeps the template's shared id, the one it came with or
 * a new one. */
gboolean      _physio_database_insert_template (PhysioDatabase *self,
                                                PhysioTemplate *template,
                                                GError        **error);
/* A new shared id. */
char         *_physio_template_new_shared_id  (void);

/* physio-database-search.c */
void          _physio_database_invalidate_order (PhysioDatabase *self);

/* physio-database-patients.c: NOT_FOUND when there is no such patient. */
gboolean      _physio_database_patient_exists (PhysioDatabase  *self,
                                               gint64           patient_id,
                                               GError         **error);

/* physio-database-programmes.c: deletes the programmes whose ids @ids_sql selects (its one
 * parameter ?1 is @id) with everything of theirs, logs and dose changes first. Inside a
 * transaction. */
gboolean      _physio_database_delete_programme_rows (PhysioDatabase *self,
                                                      const char     *ids_sql,
                                                      gint64          id,
                                                      GError        **error);

/* physio-database-values.c: conversions between objects and columns shared by the patient,
 * programme, log and template files. */
#define PHYSIO_NOW_SQL "strftime ('%Y-%m-%dT%H:%M:%fZ', 'now')"

/* A folded form for matching and ordering text ignoring case and accents ("Émile" = "emile"),
 * the same in every locale. */
char         *_physio_fold_text               (const char      *text);
/* "2026-03-02", or NULL for an invalid (unset) date. */
char         *_physio_date_to_iso             (const GDate     *date);
/* Reads "YYYY-MM-DD"; NULL or "" gives an invalid (unset) date and TRUE. */
gboolean      _physio_date_from_iso           (const char      *text,
                                               GDate           *date);
/* "3 May", with the year when @with_year, for messages. */
char         *_physio_date_format             (const GDate     *date,
                                               gboolean         with_year);
/* Today in local time, for validations that refuse dates in the future. */
void          _physio_date_today              (GDate           *today);
/* INVALID with @message, a sentence for the user; returns FALSE. */
gboolean      _physio_database_set_invalid    (GError         **error,
                                               const char      *message);
/* NULL and "" are both bound as SQL NULL. */
void          _physio_bind_text_or_null       (sqlite3_stmt    *stmt,
                                               int              column,
                                               const char      *text);
void          _physio_bind_date               (sqlite3_stmt    *stmt,
                                               int              column,
                                               const GDate     *date);
/* NULL for SQL NULL. */
const char   *_physio_column_text             (sqlite3_stmt    *stmt,
                                               int              column);
/* Steps a statement that returns no rows (or whose rows are not wanted). */
gboolean      _physio_database_step_done      (PhysioDatabase  *self,
                                               sqlite3_stmt    *stmt,
                                               GError         **error);
/* Steps a bound statement to its end, adding the first column of every row to @ids (of
 * gint64). */
gboolean      _physio_database_collect_ids    (PhysioDatabase  *self,
                                               sqlite3_stmt    *stmt,
                                               GArray          *ids,
                                               GError         **error);
/* Runs a statement whose one parameter is an id. */
gboolean      _physio_database_run_with_id    (PhysioDatabase  *self,
                                               const char      *sql,
                                               gint64           id,
                                               GError         **error);
/* The first column of the first row of a statement with one id parameter, as an integer;
 * 0 when there is no row. */
gboolean      _physio_database_query_int      (PhysioDatabase  *self,
                                               const char      *sql,
                                               gint64           id,
                                               gint64          *value,
                                               GError         **error);

/* "<path>.<what>-<date>-<time>", free of any existing file: where a database file is moved
 * aside ("damaged", "before-restore") so that nothing is overwritten. */
char         *_physio_database_aside_name     (const char      *path,
                                               const char      *what);

G_END_DECLS
