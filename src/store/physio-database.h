/* physio-database.h: the one SQLite database of a user (architecture.md, Storage)
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "physio-exercise.h"

G_BEGIN_DECLS

#define PHYSIO_TYPE_DATABASE (physio_database_get_type ())

G_DECLARE_FINAL_TYPE (PhysioDatabase, physio_database, PHYSIO, DATABASE, GObject)

#define PHYSIO_DATABASE_ERROR (physio_database_error_quark ())

typedef enum
{
  PHYSIO_DATABASE_ERROR_NOT_A_DATABASE,   /* the file is not SQLite at all */
  PHYSIO_DATABASE_ERROR_CORRUPT,          /* SQLite, but fails its integrity check */
  PHYSIO_DATABASE_ERROR_TOO_NEW,          /* written by a newer Physioplan (user_version) */
  PHYSIO_DATABASE_ERROR_NOT_FOUND,        /* a row asked for by id does not exist */
  PHYSIO_DATABASE_ERROR_READ_ONLY,        /* a built-in row cannot be changed or deleted */
  PHYSIO_DATABASE_ERROR_INVALID,          /* a record failed validation; see the message */
  PHYSIO_DATABASE_ERROR_LIBRARY,          /* the built-in library data is malformed */
  PHYSIO_DATABASE_ERROR_FAILED,           /* any other SQLite or I/O error */
  PHYSIO_DATABASE_ERROR_DISK_FULL,        /* no space left for the file, its WAL or a backup */
} PhysioDatabaseError;

/* The schema this build writes. Version 1 was the first schema; every later version has a
 * migration in physio-migrations.c. Version 2 added the full-text index, version 3 patients,
 * programmes, logs, the diary, the dose-change audit log and clinic templates, version 4
 * outcome measures, licensed wording, the walking property and more follow-up fields, version 5
 * the clinic, issued handouts, clinicians' own figures and the day's activity minutes. */
#define PHYSIO_DATABASE_SCHEMA_VERSION 5

GQuark          physio_database_error_quark     (void);
/* TRUE when @error (of PHYSIO_DATABASE_ERROR) came from physio_database_open () or the
 * deferred check before anything was written to the file: the user may be told that nothing
 * was changed. FALSE whenever that is not known. */
gboolean        physio_database_error_left_file_unchanged (const GError *error);

/* $XDG_DATA_HOME/physioplan/physioplan.db */
char           *physio_database_default_path    (void);

/* Opens (creating the file and its folder, mode 0600, when missing) and migrates to the
 * current schema. A file that is not SQLite, belongs to another program, is damaged or cut
 * short, or is from a newer schema is left exactly as it was, and the error says so, naming
 * the file. Before a migration the old file is copied to "<file>.backup-v<N>" with the SQLite
 * backup API. An existing file, its -wal, -shm and backups lose any group and other
 * permissions; so does its folder when it is the default one (physio-database-backup.c). */
PhysioDatabase *physio_database_open            (const char      *path,
                                                 GError         **error);
const char     *physio_database_get_path        (PhysioDatabase  *self);
/* The integrity check of a large file is kept off start-up (physio-database-check.c): this
 * runs it in a thread on a connection of its own, and finishes at once when the open already
 * checked the file. Damage is PHYSIO_DATABASE_ERROR_CORRUPT. */
void            physio_database_check_async     (PhysioDatabase      *self,
                                                 GCancellable        *cancellable,
                                                 GAsyncReadyCallback  callback,
                                                 gpointer             user_data);
gboolean        physio_database_check_finish    (PhysioDatabase      *self,
                                                 GAsyncResult        *result,
                                                 GError             **error);
guint           physio_database_get_schema_version (PhysioDatabase *self);
/* The newest backup file beside the database, or NULL. For the "corrupt" dialog. */
char           *physio_database_find_backup     (const char      *path);
/* Moves a damaged file aside to "<file>.damaged-<timestamp>" (never deleting it) and copies
 * @backup_path into its place. */
gboolean        physio_database_restore_backup  (const char      *path,
                                                 const char      *backup_path,
                                                 GError         **error);

/* Built-in library. Loads the library bundled in the GResource (data/exercises.json) or the
 * given JSON; inserts new rows and updates built-in rows whose version is newer. Custom
 * rows are never touched. Returns the number of rows inserted or updated. */
gboolean        physio_database_load_builtin_library (PhysioDatabase *self,
                                                      GBytes         *json_or_null,
                                                      guint          *n_changed,
                                                      GError        **error);
/* The library_version of the built-in rows in the database; 0 before the first load. */
guint           physio_database_get_library_version (PhysioDatabase *self);

/* Exercises */
guint           physio_database_count_exercises (PhysioDatabase  *self);
PhysioExercise *physio_database_get_exercise    (PhysioDatabase  *self,
                                                 const char      *id,
                                                 GError         **error);
/* Insert or update a custom exercise (validated first). Built-in rows are refused with
 * PHYSIO_DATABASE_ERROR_READ_ONLY. */
gboolean        physio_database_save_exercise   (PhysioDatabase  *self,
                                                 PhysioExercise  *exercise,
                                                 GError         **error);
/* Saves many custom exercises in one transaction (an import): all of them or none. Emits
 * "exercises-changed" once, with NULL. */
gboolean        physio_database_save_exercises  (PhysioDatabase  *self,
                                                 GPtrArray       *exercises,
                                                 GError         **error);
/* Deletes a custom exercise. Links from other exercises to it are kept in the database but
 * hidden while it is missing, so saving the same exercise again (undo) restores them. */
gboolean        physio_database_delete_exercise (PhysioDatabase  *self,
                                                 const char      *id,
                                                 GError         **error);

/* Search and filter. Text is matched by prefix against name, aliases, steps and cues,
 * ignoring case and diacritics. Each filter list is OR within itself and AND across lists;
 * NULL or empty means no filter. */
typedef struct
{
  char  *text;
  char **categories;
  char **regions;
  char **equipment;
  char **positions;
  char **stages;
} PhysioExerciseQuery;

void            physio_exercise_query_clear     (PhysioExerciseQuery *query);
gboolean        physio_exercise_query_is_empty  (const PhysioExerciseQuery *query);

/* Row handles of the matching exercises, ordered by name. The handles are opaque; use
 * them with physio_database_load_exercises (). */
GArray         *physio_database_search          (PhysioDatabase            *self,
                                                 const PhysioExerciseQuery *query,
                                                 GError                   **error);
/* Loads full exercises for @n row handles, in the given order, with a bounded number of
 * queries (not one per row). Missing handles give NULL entries. */
GPtrArray      *physio_database_load_exercises  (PhysioDatabase  *self,
                                                 const gint64    *handles,
                                                 guint            n,
                                                 GError         **error);

/* The row handle of the exercise with @id, for finding it in a search result. */
gboolean        physio_database_lookup_handle   (PhysioDatabase  *self,
                                                 const char      *id,
                                                 gint64          *handle);

/* Emitted after any change to the exercise table, with the id changed (or NULL when many). */
/* signal: "exercises-changed" (const char *id) */

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PhysioExerciseQuery, physio_exercise_query_clear)

G_END_DECLS
