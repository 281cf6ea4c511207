/* physio-database-library.c: loading the built-in exercise library into the database
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "physio-store"

#include "config.h"

#include "physio-database-private.h"
#include "physio-library-json.h"

#define LIBRARY_RESOURCE RESOURCE_BASE "/library/exercises.json"

guint
physio_database_get_library_version (PhysioDatabase *self)
{
  g_auto(PhysioStatement) stmt = NULL;

  g_return_val_if_fail (PHYSIO_IS_DATABASE (self), 0);

  stmt = _physio_database_prepare (self,
                                   "SELECT value FROM meta WHERE key = 'library_version'",
                                   NULL);
  if (stmt == NULL || sqlite3_step (stmt) != SQLITE_ROW)
    return 0;

  return sqlite3_column_int (stmt, 0);
}

static gboolean
set_library_version (PhysioDatabase  *self,
                     guint            version,
                     GError         **error)
{
  g_auto(PhysioStatement) stmt = NULL;
  int rc;

  stmt = _physio_database_prepare (self,
                                   "INSERT INTO meta (key, value) VALUES ('library_version', ?) "
                                   "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                                   error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, version);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_DONE)
    return _physio_database_set_error (self, rc, error);

  return TRUE;
}

/* Everything that can be wrong with the data is found before the transaction starts, so a
 * bad library changes nothing. */
static gboolean
check_library (GPtrArray  *exercises,
               GError    **error)
{
  for (guint i = 0; i < exercises->len; i++)
    {
      PhysioExercise *exercise = g_ptr_array_index (exercises, i);
      const char *id = physio_exercise_get_id (exercise);
      g_autoptr(GError) local_error = NULL;

      if (g_str_has_prefix (id, "X-"))
        {
          g_set_error (error, PHYSIO_DATABASE_ERROR, PHYSIO_DATABASE_ERROR_LIBRARY,
                       "Exercise “%s”, field “id”: “X-” is kept for clinic-made exercises.",
                       id);
          return FALSE;
        }

      if (!physio_exercise_validate (exercise, NULL, &local_error))
        {
          g_set_error (error, PHYSIO_DATABASE_ERROR, PHYSIO_DATABASE_ERROR_LIBRARY,
                       "Exercise “%s”: %s", id, local_error->message);
          return FALSE;
        }
    }

  return TRUE;
}

static gboolean
merge_library (PhysioDatabase  *self,
               GPtrArray       *exercises,
               guint            library_version,
               guint           *n_changed,
               GError         **error)
{
  for (guint i = 0; i < exercises->len; i++)
    {
      PhysioExercise *exercise = g_ptr_array_index (exercises, i);
      const char *id = physio_exercise_get_id (exercise);
      g_autoptr(GError) local_error = NULL;
      PhysioExerciseSource source;
      guint stored_version = 0;
      gint64 handle = 0;

      if (!_physio_database_find_row (self, id, &handle, &source, &stored_version,
                                      &local_error))
        {
          if (!g_error_matches (local_error, PHYSIO_DATABASE_ERROR,
                                PHYSIO_DATABASE_ERROR_NOT_FOUND))
            {
              g_propagate_error (error, g_steal_pointer (&local_error));
              return FALSE;
            }
          handle = 0;
        }
      else if (source != PHYSIO_EXERCISE_BUILTIN)
        {
          /* The schema's CHECK makes this impossible; refuse rather than overwrite. */
          g_set_error (error, PHYSIO_DATABASE_ERROR, PHYSIO_DATABASE_ERROR_LIBRARY,
                       "Exercise “%s”: a clinic-made exercise already has this id.", id);
          return FALSE;
        }
      else if (stored_version >= physio_exercise_get_version (exercise))
        {
          continue;
        }

      if (!_physio_database_write_exercise (self, exercise, handle, error))
        return FALSE;
      (*n_changed)++;
    }

  return set_library_version (self, library_version, error);
}

gboolean
physio_database_load_builtin_library (PhysioDatabase  *self,
                                      GBytes          *json_or_null,
                                      guint           *n_changed,
                                      GError         **error)
{
  g_autoptr(GBytes) json = NULL;
  g_autoptr(GPtrArray) exercises = NULL;
  g_autoptr(GError) local_error = NULL;
  guint library_version = 0;
  guint changed = 0;

  g_return_val_if_fail (PHYSIO_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (n_changed != NULL)
    *n_changed = 0;

  if (json_or_null != NULL)
    json = g_bytes_ref (json_or_null);
  else
    json = g_resources_lookup_data (LIBRARY_RESOURCE, G_RESOURCE_LOOKUP_FLAGS_NONE,
                                    &local_error);
  if (json == NULL)
    {
      g_set_error (error, PHYSIO_DATABASE_ERROR, PHYSIO_DATABASE_ERROR_LIBRARY,
                   "The built-in exercise library is missing from this build (%s).",
                   local_error->message);
      return FALSE;
    }

  if (!physio_library_parse (json, &library_version, &exercises, error))
    return FALSE;

  /* Same or older data (another build ran first): nothing to do, and no custom row is ever
   * looked at. */
  if (library_version <= physio_database_get_library_version (self))
    return TRUE;

  if (!check_library (exercises, error) ||
      !_physio_database_begin (self, error))
    return FALSE;

  if (!merge_library (self, exercises, library_version, &changed, error))
    {
      _physio_database_rollback (self);
      return FALSE;
    }

  if (!_physio_database_commit (self, error))
    return FALSE;

  g_debug ("Built-in library version %u: %u exercises added or updated",
           library_version, changed);

  if (n_changed != NULL)
    *n_changed = changed;
  if (changed > 0)
    _physio_database_emit_changed (self, NULL);

  return TRUE;
}
