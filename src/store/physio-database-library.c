/* physio-database-library.c: loading the built-in exercise library into the database
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "physio-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include <string.h>

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
                       _("Exercise “%s”, field “id”: “X-” is kept for clinic-made exercises."),
                       id);
          return FALSE;
        }

      if (!physio_exercise_validate (exercise, NULL, &local_error))
        {
          g_set_error (error, PHYSIO_DATABASE_ERROR, PHYSIO_DATABASE_ERROR_LIBRARY,
                       _("Exercise “%s”: %s"), id, local_error->message);
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
                       _("Exercise “%s”: a clinic-made exercise already has this id."), id);
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

/* The start-up check, without parsing the library.
 *
 * Every start compares the built-in library's version with the database's, and almost always
 * they are the same. Parsing the whole file to learn that cost more than anything else the
 * store does at start-up, so the version is read first from the top-level members that come
 * before the first object or array (in exercises.json, "format" and "library_version").
 * Anything unexpected (no such member there, a string escape, a number that is not a plain
 * integer) gives up, and the caller parses the whole file as before: the peek can only save
 * work, never decide differently from the full parse of a well-formed file. */

#define PEEK_BYTES 4096

static const char *
peek_skip_space (const char *p,
                 const char *end)
{
  while (p < end && (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r'))
    p++;
  return p;
}

/* A string without escapes; returns the byte after its closing quote, or NULL. */
static const char *
peek_string (const char  *p,
             const char  *end,
             const char **start,
             gsize       *len)
{
  const char *q;

  if (p >= end || *p != '"')
    return NULL;
  for (q = p + 1; q < end && *q != '"'; q++)
    if (*q == '\\' || (guchar) *q < 0x20)
      return NULL;
  if (q >= end)
    return NULL;
  *start = p + 1;
  *len = q - (p + 1);
  return q + 1;
}

/* A scalar value other than a string: a number or true, false, null. */
static const char *
peek_scalar (const char *p,
             const char *end)
{
  while (p < end && (g_ascii_isalnum (*p) || *p == '-' || *p == '+' || *p == '.'))
    p++;
  return p;
}

static gboolean
peek_library_version (const char *data,
                      gsize       size,
                      guint      *version)
{
  const char *p = data;
  const char *end = data + size;

  p = peek_skip_space (p, end);
  if (p >= end || *p != '{')
    return FALSE;
  p++;

  for (;;)
    {
      const char *key;
      gsize key_len;

      p = peek_skip_space (p, end);
      if ((p = peek_string (p, end, &key, &key_len)) == NULL)
        return FALSE;
      p = peek_skip_space (p, end);
      if (p >= end || *p != ':')
        return FALSE;
      p = peek_skip_space (p + 1, end);
      if (p >= end)
        return FALSE;

      if (key_len == strlen ("library_version") &&
          memcmp (key, "library_version", key_len) == 0)
        {
          guint64 value = 0;
          const char *digits = p;

          while (p < end && g_ascii_isdigit (*p) && p - digits < 10)
            value = value * 10 + (*p++ - '0');
          p = peek_skip_space (p, end);
          if (p == digits || p >= end || (*p != ',' && *p != '}') ||
              value == 0 || value > G_MAXINT)
            return FALSE;
          *version = value;
          return TRUE;
        }

      /* Another member: only a scalar is stepped over; an object or array ends the peek. */
      if (*p == '"')
        {
          const char *ignored;
          gsize ignored_len;

          p = peek_string (p, end, &ignored, &ignored_len);
        }
      else if (*p == '{' || *p == '[')
        return FALSE;
      else
        p = peek_scalar (p, end);
      if (p == NULL)
        return FALSE;

      p = peek_skip_space (p, end);
      if (p >= end || *p != ',')
        return FALSE;
      p++;
    }
}

/* The built-in library's version from the first bytes of its resource, which is stored
 * compressed: reading a stream inflates only those bytes, not the whole file. */
static gboolean
peek_resource_version (guint *version)
{
  g_autoptr(GInputStream) stream = NULL;
  char buffer[PEEK_BYTES];
  gsize n_read = 0;

  stream = g_resources_open_stream (LIBRARY_RESOURCE, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  if (stream == NULL ||
      !g_input_stream_read_all (stream, buffer, sizeof buffer, &n_read, NULL, NULL))
    return FALSE;

  return peek_library_version (buffer, n_read, version);
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

  /* Same or older data (the usual start, or another build ran first): nothing to do, and no
   * custom row is ever looked at. */
  if (json_or_null != NULL
      ? peek_library_version (g_bytes_get_data (json_or_null, NULL),
                              MIN (g_bytes_get_size (json_or_null), PEEK_BYTES),
                              &library_version)
      : peek_resource_version (&library_version))
    {
      if (library_version <= physio_database_get_library_version (self))
        return TRUE;
    }

  if (json_or_null != NULL)
    json = g_bytes_ref (json_or_null);
  else
    json = g_resources_lookup_data (LIBRARY_RESOURCE, G_RESOURCE_LOOKUP_FLAGS_NONE,
                                    &local_error);
  if (json == NULL)
    {
      g_set_error (error, PHYSIO_DATABASE_ERROR, PHYSIO_DATABASE_ERROR_LIBRARY,
                   _("The built-in exercise library is missing from this build (%s)."),
                   local_error->message);
      return FALSE;
    }

  if (!physio_library_parse (json, &library_version, &exercises, error))
    return FALSE;

  /* The peek gave up or found a newer version: the parsed version decides. */
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
