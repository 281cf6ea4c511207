/* physio-database-exercises.c: reading and writing exercise rows
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "physio-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "physio-database-private.h"
#include "physio-library-json.h"

/* The lists kept in the tag table, by kind. */
typedef const char * const *(*GetStrv) (PhysioExercise *self);
typedef void (*SetStrv) (PhysioExercise *self, const char * const *v);

typedef struct
{
  const char *kind;
  GetStrv     get;
  SetStrv     set;
} TagList;

static const TagList tag_lists[] = {
  { "region", physio_exercise_get_regions, physio_exercise_set_regions },
  { "equipment", physio_exercise_get_equipment, physio_exercise_set_equipment },
  { "stage", physio_exercise_get_stages, physio_exercise_set_stages },
  { "caution", physio_exercise_get_caution_codes, physio_exercise_set_caution_codes },
  { "evidence", physio_exercise_get_evidence_tags, physio_exercise_set_evidence_tags },
};

/* The ordered text lists, by table. The number is the list's code in the combined query. */
typedef struct
{
  const char *table;
  GetStrv     get;
  SetStrv     set;
} TextList;

static const TextList text_lists[] = {
  { "alias", physio_exercise_get_aliases, physio_exercise_set_aliases },
  { "step", physio_exercise_get_steps, physio_exercise_set_steps },
  { "cue", physio_exercise_get_cues, physio_exercise_set_cues },
};

static const char *
source_code (PhysioExercise *exercise)
{
  return physio_exercise_is_builtin (exercise) ? "builtin" : "custom";
}

gboolean
_physio_database_find_row (PhysioDatabase        *self,
                           const char            *id,
                           gint64                *handle,
                           PhysioExerciseSource  *source,
                           guint                 *version,
                           GError               **error)
{
  g_auto(PhysioStatement) stmt = NULL;
  int rc;

  g_assert (PHYSIO_IS_DATABASE (self));
  g_assert (id != NULL);

  stmt = _physio_database_prepare (self,
                                   "SELECT handle, source, version FROM exercise WHERE id = ?",
                                   error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_STATIC);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_DONE)
    {
      g_set_error (error, PHYSIO_DATABASE_ERROR, PHYSIO_DATABASE_ERROR_NOT_FOUND,
                   _("There is no exercise “%s”; it may have been deleted."), id);
      return FALSE;
    }
  if (rc != SQLITE_ROW)
    return _physio_database_set_error (self, rc, error);

  if (handle != NULL)
    *handle = sqlite3_column_int64 (stmt, 0);
  if (source != NULL)
    *source = g_str_equal ((const char *) sqlite3_column_text (stmt, 1), "builtin")
              ? PHYSIO_EXERCISE_BUILTIN : PHYSIO_EXERCISE_CUSTOM;
  if (version != NULL)
    *version = sqlite3_column_int (stmt, 2);

  return TRUE;
}

static gboolean
write_row (PhysioDatabase  *self,
           PhysioExercise  *exercise,
           gint64          *handle,
           GError         **error)
{
  static const char insert_sql[] =
    "INSERT INTO exercise (name, sort_key, category, position, dosage_kind, laterality, "
    "default_dose, dose_limits, caution_text, contraindication_text, progression_note, "
    "regression_note, source, version, id, walking, created_at, updated_at) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, "
    PHYSIO_NOW_SQL ", " PHYSIO_NOW_SQL ")";
  static const char update_sql[] =
    "UPDATE exercise SET name = ?1, sort_key = ?2, category = ?3, position = ?4, "
    "dosage_kind = ?5, laterality = ?6, default_dose = ?7, dose_limits = ?8, "
    "caution_text = ?9, contraindication_text = ?10, progression_note = ?11, "
    "regression_note = ?12, source = ?13, version = ?14, walking = ?16, "
    "updated_at = " PHYSIO_NOW_SQL " "
    "WHERE id = ?15";
  g_auto(PhysioStatement) stmt = NULL;
  g_autofree char *sort_key = _physio_fold_text (physio_exercise_get_name (exercise));
  g_autofree char *dose = physio_dose_to_json (physio_exercise_get_default_dose (exercise));
  g_autofree char *limits = physio_dose_limits_to_json (physio_exercise_get_dose_limits (exercise));
  const char *texts[] = {
    physio_exercise_get_caution_text (exercise),
    physio_exercise_get_contraindication_text (exercise),
    physio_exercise_get_progression_note (exercise),
    physio_exercise_get_regression_note (exercise),
  };

  stmt = _physio_database_prepare (self, *handle > 0 ? update_sql : insert_sql, error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, physio_exercise_get_name (exercise), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, sort_key, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, physio_exercise_get_category (exercise), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, physio_exercise_get_position (exercise), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 5,
                     physio_dosage_kind_to_code (physio_exercise_get_dosage_kind (exercise)),
                     -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 6,
                     physio_laterality_to_code (physio_exercise_get_laterality (exercise)),
                     -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 7, dose, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 8, limits, -1, SQLITE_STATIC);
  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    sqlite3_bind_text (stmt, 9 + i, texts[i] != NULL ? texts[i] : "", -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 13, source_code (exercise), -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 14, physio_exercise_get_version (exercise));
  sqlite3_bind_text (stmt, 15, physio_exercise_get_id (exercise), -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 16, physio_exercise_get_walking (exercise) ? 1 : 0);

  if (!_physio_database_step_done (self, stmt, error))
    return FALSE;

  if (*handle == 0)
    *handle = sqlite3_last_insert_rowid (self->db);

  return TRUE;
}

static gboolean
write_children (PhysioDatabase  *self,
                PhysioExercise  *exercise,
                gint64           handle,
                GError         **error)
{
  static const char * const text_sql[] = {
    "INSERT INTO alias (exercise, rank, text) VALUES (?, ?, ?)",
    "INSERT INTO step (exercise, rank, text) VALUES (?, ?, ?)",
    "INSERT INTO cue (exercise, rank, text) VALUES (?, ?, ?)",
  };
  G_STATIC_ASSERT (G_N_ELEMENTS (text_sql) == G_N_ELEMENTS (text_lists));

  for (guint l = 0; l < G_N_ELEMENTS (text_lists); l++)
    {
      const char * const *values = text_lists[l].get (exercise);

      for (guint i = 0; values != NULL && values[i] != NULL; i++)
        {
          g_auto(PhysioStatement) stmt = _physio_database_prepare (self, text_sql[l], error);

          if (stmt == NULL)
            return FALSE;
          sqlite3_bind_int64 (stmt, 1, handle);
          sqlite3_bind_int (stmt, 2, i);
          sqlite3_bind_text (stmt, 3, values[i], -1, SQLITE_STATIC);
          if (!_physio_database_step_done (self, stmt, error))
            return FALSE;
        }
    }

  for (guint l = 0; l < G_N_ELEMENTS (tag_lists); l++)
    {
      const char * const *values = tag_lists[l].get (exercise);

      for (guint i = 0; values != NULL && values[i] != NULL; i++)
        {
          g_auto(PhysioStatement) stmt = NULL;

          /* A code listed twice is one tag; IGNORE keeps the first place. */
          stmt = _physio_database_prepare (self,
                                           "INSERT OR IGNORE INTO tag (exercise, kind, value, "
                                           "rank) VALUES (?, ?, ?, ?)", error);
          if (stmt == NULL)
            return FALSE;
          sqlite3_bind_int64 (stmt, 1, handle);
          sqlite3_bind_text (stmt, 2, tag_lists[l].kind, -1, SQLITE_STATIC);
          sqlite3_bind_text (stmt, 3, values[i], -1, SQLITE_STATIC);
          sqlite3_bind_int (stmt, 4, i);
          if (!_physio_database_step_done (self, stmt, error))
            return FALSE;
        }
    }

  return TRUE;
}

static gboolean
write_links (PhysioDatabase  *self,
             PhysioExercise  *exercise,
             GError         **error)
{
  const struct
  {
    const char         *kind;
    const char * const *ids;
  } lists[] = {
    { "progression", physio_exercise_get_progression_ids (exercise) },
    { "regression", physio_exercise_get_regression_ids (exercise) },
  };
  g_auto(PhysioStatement) clear = NULL;
  const char *id = physio_exercise_get_id (exercise);

  /* A custom exercise keeps its links to exercises that are deleted right now: they were
   * hidden when it was read, so the object cannot carry them, and an undo of that delete
   * must find them again. A built-in row is replaced whole. */
  clear = _physio_database_prepare (self,
                                    physio_exercise_is_builtin (exercise)
                                    ? "DELETE FROM link WHERE from_id = ?1"
                                    : "DELETE FROM link WHERE from_id = ?1 AND EXISTS "
                                      "(SELECT 1 FROM exercise WHERE id = link.to_id)",
                                    error);
  if (clear == NULL)
    return FALSE;
  sqlite3_bind_text (clear, 1, id, -1, SQLITE_STATIC);
  if (!_physio_database_step_done (self, clear, error))
    return FALSE;

  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    for (guint i = 0; lists[l].ids != NULL && lists[l].ids[i] != NULL; i++)
      {
        g_auto(PhysioStatement) stmt = NULL;

        stmt = _physio_database_prepare (self,
                                         "INSERT OR REPLACE INTO link (from_id, to_id, kind, "
                                         "rank) VALUES (?, ?, ?, ?)", error);
        if (stmt == NULL)
          return FALSE;
        sqlite3_bind_text (stmt, 1, id, -1, SQLITE_STATIC);
        sqlite3_bind_text (stmt, 2, lists[l].ids[i], -1, SQLITE_STATIC);
        sqlite3_bind_text (stmt, 3, lists[l].kind, -1, SQLITE_STATIC);
        sqlite3_bind_int (stmt, 4, i);
        if (!_physio_database_step_done (self, stmt, error))
          return FALSE;
      }

  return TRUE;
}

static gboolean
write_index (PhysioDatabase  *self,
             PhysioExercise  *exercise,
             gint64           handle,
             GError         **error)
{
  g_auto(PhysioStatement) stmt = NULL;
  char *lists[G_N_ELEMENTS (text_lists)];
  gboolean ok;

  stmt = _physio_database_prepare (self,
                                   "INSERT INTO exercise_fts (rowid, name, aliases, steps, cues) "
                                   "VALUES (?, ?, ?, ?, ?)", error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, handle);
  sqlite3_bind_text (stmt, 2, physio_exercise_get_name (exercise), -1, SQLITE_STATIC);
  for (guint l = 0; l < G_N_ELEMENTS (text_lists); l++)
    {
      lists[l] = g_strjoinv ("\n", (char **) text_lists[l].get (exercise));
      sqlite3_bind_text (stmt, 3 + l, lists[l], -1, SQLITE_STATIC);
    }

  ok = _physio_database_step_done (self, stmt, error);

  for (guint l = 0; l < G_N_ELEMENTS (text_lists); l++)
    g_free (lists[l]);

  return ok;
}

gboolean
_physio_database_write_exercise (PhysioDatabase  *self,
                                 PhysioExercise  *exercise,
                                 gint64           existing_handle,
                                 GError         **error)
{
  static const char * const clear_sql[] = {
    "DELETE FROM alias WHERE exercise = ?",
    "DELETE FROM step WHERE exercise = ?",
    "DELETE FROM cue WHERE exercise = ?",
    "DELETE FROM tag WHERE exercise = ?",
    "DELETE FROM exercise_fts WHERE rowid = ?",
  };
  gint64 handle = existing_handle;

  g_assert (PHYSIO_IS_DATABASE (self));
  g_assert (PHYSIO_IS_EXERCISE (exercise));
  g_assert (!sqlite3_get_autocommit (self->db));

  if (!write_row (self, exercise, &handle, error))
    return FALSE;

  /* An update rewrites the lists rather than diffing them: they are a handful of rows. */
  if (existing_handle > 0)
    for (guint i = 0; i < G_N_ELEMENTS (clear_sql); i++)
      if (!_physio_database_run_with_id (self, clear_sql[i], handle, error))
        return FALSE;

  if (!write_children (self, exercise, handle, error) ||
      !write_links (self, exercise, error) ||
      !write_index (self, exercise, handle, error))
    return FALSE;

  _physio_database_invalidate_order (self);
  return TRUE;
}

/* Custom exercises: checks that need no database. */
static gboolean
check_custom (PhysioExercise  *exercise,
              GError         **error)
{
  g_autoptr(GError) local_error = NULL;
  const char *id = physio_exercise_get_id (exercise);

  if (physio_exercise_is_builtin (exercise))
    {
      g_set_error (error, PHYSIO_DATABASE_ERROR, PHYSIO_DATABASE_ERROR_READ_ONLY,
                   _("“%s” is a built-in exercise and cannot be changed. Duplicate it to make "
                   "your own version."), physio_exercise_get_name (exercise));
      return FALSE;
    }

  if (!physio_exercise_validate (exercise, NULL, &local_error))
    {
      g_set_error_literal (error, PHYSIO_DATABASE_ERROR, PHYSIO_DATABASE_ERROR_INVALID,
                           local_error->message);
      return FALSE;
    }

  /* "X-" keeps clinic ids apart from built-in codes forever (brief 2.2). */
  if (id == NULL || !g_str_has_prefix (id, "X-"))
    {
      g_set_error (error, PHYSIO_DATABASE_ERROR, PHYSIO_DATABASE_ERROR_INVALID,
                   _("The id “%s” is not one of a clinic-made exercise (they start with “X-”)."),
                   id != NULL ? id : "");
      return FALSE;
    }

  return TRUE;
}

gboolean
_physio_database_save_custom_exercise (PhysioDatabase  *self,
                                       PhysioExercise  *exercise,
                                       GError         **error)
{
  g_autoptr(GError) local_error = NULL;
  PhysioExerciseSource source = PHYSIO_EXERCISE_CUSTOM;
  gint64 handle = 0;

  if (!_physio_database_find_row (self, physio_exercise_get_id (exercise), &handle, &source,
                                  NULL, &local_error) &&
      !g_error_matches (local_error, PHYSIO_DATABASE_ERROR, PHYSIO_DATABASE_ERROR_NOT_FOUND))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  if (source == PHYSIO_EXERCISE_BUILTIN)
    {
      g_set_error (error, PHYSIO_DATABASE_ERROR, PHYSIO_DATABASE_ERROR_READ_ONLY,
                   _("“%s” is a built-in exercise and cannot be changed. Duplicate it to make "
                   "your own version."), physio_exercise_get_id (exercise));
      return FALSE;
    }

  return _physio_database_write_exercise (self, exercise, handle, error);
}

gboolean
physio_database_save_exercise (PhysioDatabase  *self,
                               PhysioExercise  *exercise,
                               GError         **error)
{
  g_return_val_if_fail (PHYSIO_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (PHYSIO_IS_EXERCISE (exercise), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!check_custom (exercise, error) ||
      !_physio_database_begin (self, error))
    return FALSE;

  if (!_physio_database_save_custom_exercise (self, exercise, error))
    {
      _physio_database_rollback (self);
      return FALSE;
    }

  if (!_physio_database_commit (self, error))
    return FALSE;

  _physio_database_emit_changed (self, physio_exercise_get_id (exercise));
  return TRUE;
}

gboolean
physio_database_save_exercises (PhysioDatabase  *self,
                                GPtrArray       *exercises,
                                GError         **error)
{
  g_return_val_if_fail (PHYSIO_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (exercises != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  for (guint i = 0; i < exercises->len; i++)
    if (!check_custom (g_ptr_array_index (exercises, i), error))
      return FALSE;

  if (!_physio_database_begin (self, error))
    return FALSE;

  for (guint i = 0; i < exercises->len; i++)
    if (!_physio_database_save_custom_exercise (self, g_ptr_array_index (exercises, i), error))
      {
        _physio_database_rollback (self);
        return FALSE;
      }

  if (!_physio_database_commit (self, error))
    return FALSE;

  _physio_database_emit_changed (self, NULL);
  return TRUE;
}

gboolean
physio_database_delete_exercise (PhysioDatabase  *self,
                                 const char      *id,
                                 GError         **error)
{
  PhysioExerciseSource source;
  gint64 handle;

  g_return_val_if_fail (PHYSIO_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!_physio_database_begin (self, error))
    return FALSE;

  if (!_physio_database_find_row (self, id, &handle, &source, NULL, error))
    {
      _physio_database_rollback (self);
      return FALSE;
    }

  if (source == PHYSIO_EXERCISE_BUILTIN)
    {
      g_set_error (error, PHYSIO_DATABASE_ERROR, PHYSIO_DATABASE_ERROR_READ_ONLY,
                   _("“%s” is a built-in exercise and cannot be deleted."), id);
      _physio_database_rollback (self);
      return FALSE;
    }

  /* The child rows and this exercise's own links go by ON DELETE CASCADE; links from other
   * exercises to it stay, hidden, for an undo. */
  if (!_physio_database_run_with_id (self, "DELETE FROM exercise WHERE handle = ?", handle,
                                     error) ||
      !_physio_database_run_with_id (self, "DELETE FROM exercise_fts WHERE rowid = ?", handle,
                                     error))
    {
      _physio_database_rollback (self);
      return FALSE;
    }

  if (!_physio_database_commit (self, error))
    return FALSE;

  _physio_database_invalidate_order (self);
  _physio_database_emit_changed (self, id);
  return TRUE;
}

guint
physio_database_count_exercises (PhysioDatabase *self)
{
  g_auto(PhysioStatement) stmt = NULL;

  g_return_val_if_fail (PHYSIO_IS_DATABASE (self), 0);

  stmt = _physio_database_prepare (self, "SELECT count(*) FROM exercise", NULL);
  if (stmt == NULL || sqlite3_step (stmt) != SQLITE_ROW)
    return 0;

  return sqlite3_column_int (stmt, 0);
}

gboolean
physio_database_lookup_handle (PhysioDatabase *self,
                               const char     *id,
                               gint64         *handle)
{
  g_return_val_if_fail (PHYSIO_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);
  g_return_val_if_fail (handle != NULL, FALSE);

  return _physio_database_find_row (self, id, handle, NULL, NULL, NULL);
}

/* Reading */

static char *
handles_to_json (const gint64 *handles,
                 guint         n)
{
  GString *json = g_string_sized_new (n * 8 + 2);

  g_string_append_c (json, '[');
  for (guint i = 0; i < n; i++)
    g_string_append_printf (json, i > 0 ? ",%" G_GINT64_FORMAT : "%" G_GINT64_FORMAT,
                            handles[i]);
  g_string_append_c (json, ']');

  return g_string_free (json, FALSE);
}

static const char *
column_text (sqlite3_stmt *stmt,
             int           column)
{
  const char *text = (const char *) sqlite3_column_text (stmt, column);

  return text != NULL ? text : "";
}

static PhysioExercise *
read_row (PhysioDatabase  *self,
          sqlite3_stmt    *stmt,
          GError         **error)
{
  g_autoptr(PhysioExercise) exercise = physio_exercise_new ();
  g_autoptr(GError) local_error = NULL;
  g_auto(PhysioDose) dose = PHYSIO_DOSE_INIT;
  PhysioDoseLimits limits;
  PhysioDosageKind kind;
  PhysioLaterality side;
  const char *id = column_text (stmt, 1);

  if (!physio_dosage_kind_from_code (column_text (stmt, 5), &kind) ||
      !physio_laterality_from_code (column_text (stmt, 6), &side) ||
      !physio_dose_from_json (column_text (stmt, 7), &dose, &local_error) ||
      !physio_dose_limits_from_json (column_text (stmt, 8), &limits, &local_error))
    {
      g_set_error (error, PHYSIO_DATABASE_ERROR, PHYSIO_DATABASE_ERROR_FAILED,
                   _("The exercise “%s” in “%s” cannot be read: %s"), id, self->path,
                   local_error ? local_error->message : "unknown dosage kind or laterality.");
      return NULL;
    }

  physio_exercise_set_id (exercise, id);
  physio_exercise_set_name (exercise, column_text (stmt, 2));
  physio_exercise_set_category (exercise, column_text (stmt, 3));
  physio_exercise_set_position (exercise, column_text (stmt, 4));
  physio_exercise_set_dosage_kind (exercise, kind);
  physio_exercise_set_laterality (exercise, side);
  physio_exercise_set_default_dose (exercise, &dose);
  physio_exercise_set_dose_limits (exercise, &limits);
  physio_exercise_set_caution_text (exercise, column_text (stmt, 9));
  physio_exercise_set_contraindication_text (exercise, column_text (stmt, 10));
  physio_exercise_set_progression_note (exercise, column_text (stmt, 11));
  physio_exercise_set_regression_note (exercise, column_text (stmt, 12));
  physio_exercise_set_source (exercise, g_str_equal (column_text (stmt, 13), "builtin")
                                        ? PHYSIO_EXERCISE_BUILTIN : PHYSIO_EXERCISE_CUSTOM);
  physio_exercise_set_version (exercise, sqlite3_column_int (stmt, 14));
  physio_exercise_set_walking (exercise, sqlite3_column_int (stmt, 15) != 0);

  return g_steal_pointer (&exercise);
}

/* Collects one list (aliases of exercise 7, say) from rows ordered by exercise and list, and
 * hands it to the exercise when the next row starts another list. */
typedef struct
{
  GHashTable *by_handle;
  GPtrArray  *values;
  gint64      handle;
  int         list;
  SetStrv     set;
} ListCollector;

static void
collector_flush (ListCollector *collector)
{
  PhysioExercise *exercise;

  if (collector->set == NULL)
    return;

  exercise = g_hash_table_lookup (collector->by_handle, &collector->handle);
  g_ptr_array_add (collector->values, NULL);
  if (exercise != NULL)
    collector->set (exercise, (const char * const *) collector->values->pdata);
  g_ptr_array_set_size (collector->values, 0);
  collector->set = NULL;
}

static void
collector_add (ListCollector *collector,
               gint64         handle,
               int            list,
               SetStrv        set,
               const char    *value)
{
  if (collector->set != NULL && (collector->handle != handle || collector->list != list))
    collector_flush (collector);

  collector->handle = handle;
  collector->list = list;
  collector->set = set;
  g_ptr_array_add (collector->values, g_strdup (value));
}

static gboolean
read_lists (PhysioDatabase  *self,
            const char      *handles_json,
            GHashTable      *by_handle,
            GError         **error)
{
  /* One query per kind of list, whatever the number of exercises: texts, tags, links. */
  static const char texts_sql[] =
    "SELECT exercise, 0 AS list, rank, text FROM alias "
    "  WHERE exercise IN (SELECT value FROM json_each (?1)) "
    "UNION ALL SELECT exercise, 1, rank, text FROM step "
    "  WHERE exercise IN (SELECT value FROM json_each (?1)) "
    "UNION ALL SELECT exercise, 2, rank, text FROM cue "
    "  WHERE exercise IN (SELECT value FROM json_each (?1)) "
    "ORDER BY 1, 2, 3";
  static const char tags_sql[] =
    "SELECT exercise, kind, value FROM tag "
    "WHERE exercise IN (SELECT value FROM json_each (?1)) ORDER BY exercise, kind, rank";
  /* The join on the target hides links to exercises that are deleted. */
  static const char links_sql[] =
    "SELECT e.handle, l.kind, l.to_id FROM exercise AS e "
    "JOIN link AS l ON l.from_id = e.id JOIN exercise AS t ON t.id = l.to_id "
    "WHERE e.handle IN (SELECT value FROM json_each (?1)) ORDER BY e.handle, l.kind, l.rank";
  g_autoptr(GPtrArray) values = g_ptr_array_new_with_free_func (g_free);
  ListCollector collector = { by_handle, values, 0, -1, NULL };
  g_auto(PhysioStatement) texts = NULL;
  g_auto(PhysioStatement) tags = NULL;
  g_auto(PhysioStatement) links = NULL;
  int rc;

  texts = _physio_database_prepare (self, texts_sql, error);
  if (texts == NULL)
    return FALSE;
  sqlite3_bind_text (texts, 1, handles_json, -1, SQLITE_STATIC);
  while ((rc = sqlite3_step (texts)) == SQLITE_ROW)
    {
      int list = sqlite3_column_int (texts, 1);

      g_assert (list >= 0 && list < (int) G_N_ELEMENTS (text_lists));
      collector_add (&collector, sqlite3_column_int64 (texts, 0), list, text_lists[list].set,
                     column_text (texts, 3));
    }
  collector_flush (&collector);
  if (rc != SQLITE_DONE)
    return _physio_database_set_error (self, rc, error);

  tags = _physio_database_prepare (self, tags_sql, error);
  if (tags == NULL)
    return FALSE;
  sqlite3_bind_text (tags, 1, handles_json, -1, SQLITE_STATIC);
  while ((rc = sqlite3_step (tags)) == SQLITE_ROW)
    {
      const char *kind = column_text (tags, 1);

      for (guint l = 0; l < G_N_ELEMENTS (tag_lists); l++)
        if (g_str_equal (tag_lists[l].kind, kind))
          collector_add (&collector, sqlite3_column_int64 (tags, 0), l, tag_lists[l].set,
                         column_text (tags, 2));
    }
  collector_flush (&collector);
  if (rc != SQLITE_DONE)
    return _physio_database_set_error (self, rc, error);

  links = _physio_database_prepare (self, links_sql, error);
  if (links == NULL)
    return FALSE;
  sqlite3_bind_text (links, 1, handles_json, -1, SQLITE_STATIC);
  while ((rc = sqlite3_step (links)) == SQLITE_ROW)
    {
      gboolean progression = g_str_equal (column_text (links, 1), "progression");

      collector_add (&collector, sqlite3_column_int64 (links, 0), progression,
                     progression ? physio_exercise_set_progression_ids
                                 : physio_exercise_set_regression_ids,
                     column_text (links, 2));
    }
  collector_flush (&collector);
  if (rc != SQLITE_DONE)
    return _physio_database_set_error (self, rc, error);

  return TRUE;
}

static void
object_unref0 (gpointer object)
{
  if (object != NULL)
    g_object_unref (object);
}

GPtrArray *
physio_database_load_exercises (PhysioDatabase  *self,
                                const gint64    *handles,
                                guint            n,
                                GError         **error)
{
  static const char rows_sql[] =
    "SELECT handle, id, name, category, position, dosage_kind, laterality, default_dose, "
    "dose_limits, caution_text, contraindication_text, progression_note, regression_note, "
    "source, version, walking FROM exercise WHERE handle IN (SELECT value FROM json_each (?1))";
  g_autoptr(GHashTable) by_handle = NULL;
  g_autoptr(GPtrArray) result = NULL;
  g_auto(PhysioStatement) rows = NULL;
  g_autofree char *handles_json = NULL;
  gint64 *keys;
  int rc;

  g_return_val_if_fail (PHYSIO_IS_DATABASE (self), NULL);
  g_return_val_if_fail (handles != NULL || n == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  result = g_ptr_array_new_full (n, object_unref0);
  if (n == 0)
    return g_steal_pointer (&result);

  /* The handles go in as one JSON array: a fixed statement for any page size, where
   * "IN (?, ?, ...)" would need a statement per size. */
  handles_json = handles_to_json (handles, n);
  by_handle = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);

  rows = _physio_database_prepare (self, rows_sql, error);
  if (rows == NULL)
    return NULL;
  sqlite3_bind_text (rows, 1, handles_json, -1, SQLITE_STATIC);
  while ((rc = sqlite3_step (rows)) == SQLITE_ROW)
    {
      PhysioExercise *exercise = read_row (self, rows, error);

      if (exercise == NULL)
        return NULL;

      keys = g_new (gint64, 1);
      *keys = sqlite3_column_int64 (rows, 0);
      g_hash_table_insert (by_handle, keys, exercise);
    }
  if (rc != SQLITE_DONE)
    {
      _physio_database_set_error (self, rc, error);
      return NULL;
    }
  sqlite3_reset (rows);

  if (!read_lists (self, handles_json, by_handle, error))
    return NULL;

  for (guint i = 0; i < n; i++)
    {
      PhysioExercise *exercise = g_hash_table_lookup (by_handle, &handles[i]);

      g_ptr_array_add (result, exercise != NULL ? g_object_ref (exercise) : NULL);
    }

  return g_steal_pointer (&result);
}

PhysioExercise *
physio_database_get_exercise (PhysioDatabase  *self,
                              const char      *id,
                              GError         **error)
{
  g_autoptr(GPtrArray) loaded = NULL;
  gint64 handle;

  g_return_val_if_fail (PHYSIO_IS_DATABASE (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!_physio_database_find_row (self, id, &handle, NULL, NULL, error))
    return NULL;

  loaded = physio_database_load_exercises (self, &handle, 1, error);
  if (loaded == NULL)
    return NULL;

  if (g_ptr_array_index (loaded, 0) == NULL)
    {
      g_set_error (error, PHYSIO_DATABASE_ERROR, PHYSIO_DATABASE_ERROR_NOT_FOUND,
                   _("There is no exercise “%s”; it may have been deleted."), id);
      return NULL;
    }

  return g_object_ref (g_ptr_array_index (loaded, 0));
}
