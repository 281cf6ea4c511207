/* physio-database-programmes.c: reading, listing, deleting and duplicating programmes with
 * their prescriptions, ladders, phases and education (saving: physio-database-programme-save.c)
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "physio-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "physio-database-patients.h"
#include "physio-database-private.h"
#include "physio-library-json.h"

/* Reading ------------------------------------------------------------------------------------ */

static gboolean
set_damaged (PhysioDatabase  *self,
             gint64           programme_id,
             const char      *detail,
             GError         **error)
{
  g_set_error (error, PHYSIO_DATABASE_ERROR, PHYSIO_DATABASE_ERROR_FAILED,
               _("The programme %lld in “%s” cannot be read: %s"),
               (long long) programme_id, physio_database_get_path (self), detail);
  return FALSE;
}

static gboolean
set_not_found (GError **error,
               gint64   programme_id)
{
  g_set_error (error, PHYSIO_DATABASE_ERROR, PHYSIO_DATABASE_ERROR_NOT_FOUND,
               _("There is no programme %lld; it may have been deleted."),
               (long long) programme_id);
  return FALSE;
}

/* The exercise as it was prescribed. Its source is not part of the JSON; clinic-made ids
 * start with "X-" (the exercise table's CHECK), so the id tells. */
static PhysioExercise *
snapshot_from_json (const char  *json,
                    GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  PhysioExercise *exercise;

  if (json == NULL || !json_parser_load_from_data (parser, json, -1, error))
    {
      if (error != NULL && *error == NULL)
        g_set_error_literal (error, PHYSIO_DATABASE_ERROR, PHYSIO_DATABASE_ERROR_FAILED,
                             _("The exercise snapshot is missing."));
      return NULL;
    }

  exercise = physio_exercise_from_json_node (json_parser_get_root (parser), error);
  if (exercise != NULL)
    physio_exercise_set_source (exercise,
                                g_str_has_prefix (physio_exercise_get_id (exercise), "X-")
                                ? PHYSIO_EXERCISE_CUSTOM : PHYSIO_EXERCISE_BUILTIN);

  return exercise;
}

/* Parsed snapshots and doses by their JSON text. A programme read again after every change
 * (a list that follows the database) parses the same few hundred texts each time; the text is
 * all a parse depends on, so the result is kept and copied. Per connection, so per thread. */
#define PARSE_CACHE_MAX 4096

typedef struct
{
  GHashTable *snapshots;   /* JSON text → PhysioExercise */
  GHashTable *doses;       /* JSON text → PhysioDose */
} ParseCache;

static void
dose_free (gpointer data)
{
  physio_dose_clear (data);
  g_free (data);
}

static void
parse_cache_free (gpointer data)
{
  ParseCache *cache = data;

  g_hash_table_unref (cache->snapshots);
  g_hash_table_unref (cache->doses);
  g_free (cache);
}

static ParseCache *
parse_cache (PhysioDatabase *self)
{
  ParseCache *cache = g_object_get_data (G_OBJECT (self), "physio-parse-cache");

  if (cache == NULL)
    {
      cache = g_new0 (ParseCache, 1);
      cache->snapshots = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
      cache->doses = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, dose_free);
      g_object_set_data_full (G_OBJECT (self), "physio-parse-cache", cache, parse_cache_free);
    }

  return cache;
}

/* The snapshot of @json, a new reference that must not be changed (prescriptions copy it). */
static PhysioExercise *
cached_snapshot (PhysioDatabase  *self,
                 const char      *json,
                 GError         **error)
{
  ParseCache *cache = parse_cache (self);
  PhysioExercise *exercise;

  if (json != NULL && (exercise = g_hash_table_lookup (cache->snapshots, json)) != NULL)
    return g_object_ref (exercise);

  exercise = snapshot_from_json (json, error);
  if (exercise == NULL)
    return NULL;

  if (g_hash_table_size (cache->snapshots) >= PARSE_CACHE_MAX)
    g_hash_table_remove_all (cache->snapshots);
  g_hash_table_insert (cache->snapshots, g_strdup (json), g_object_ref (exercise));
  return exercise;
}

static gboolean
cached_dose (PhysioDatabase  *self,
             const char      *json,
             PhysioDose      *dose,
             GError         **error)
{
  ParseCache *cache = parse_cache (self);
  PhysioDose *parsed;

  if (json != NULL && (parsed = g_hash_table_lookup (cache->doses, json)) != NULL)
    {
      physio_dose_copy_into (dose, parsed);
      return TRUE;
    }

  if (!physio_dose_from_json (json, dose, error))
    return FALSE;

  if (g_hash_table_size (cache->doses) >= PARSE_CACHE_MAX)
    g_hash_table_remove_all (cache->doses);
  parsed = g_new0 (PhysioDose, 1);
  physio_dose_init (parsed);
  physio_dose_copy_into (parsed, dose);
  g_hash_table_insert (cache->doses, g_strdup (json), parsed);
  return TRUE;
}

static void
dose_array_free (gpointer data)
{
  g_array_unref (data);
}

static GArray *
dose_array_new (void)
{
  GArray *array = g_array_new (FALSE, TRUE, sizeof (PhysioDose));

  g_array_set_clear_func (array, (GDestroyNotify) physio_dose_clear);
  return array;
}

/* Every planned dose of the programme's prescriptions, by prescription id, in step order. */
static GHashTable *
read_planned (PhysioDatabase  *self,
              gint64           programme_id,
              GError         **error)
{
  static const char sql[] =
    "SELECT prescription_id, step, dose FROM planned_dose WHERE prescription_id IN "
    "(SELECT id FROM prescription WHERE programme_id = ?) ORDER BY prescription_id, step";
  g_auto(PhysioStatement) stmt = _physio_database_prepare (self, sql, error);
  g_autoptr(GHashTable) planned = NULL;
  int rc;

  if (stmt == NULL)
    return NULL;

  planned = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, dose_array_free);
  sqlite3_bind_int64 (stmt, 1, programme_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(GError) local_error = NULL;
      gint64 id = sqlite3_column_int64 (stmt, 0);
      GArray *doses = g_hash_table_lookup (planned, &id);
      PhysioDose dose = PHYSIO_DOSE_INIT;

      if (doses == NULL)
        {
          doses = dose_array_new ();
          g_hash_table_insert (planned, g_memdup2 (&id, sizeof id), doses);
        }

      /* Steps are rewritten whole on every save, so they run 0, 1, 2… without gaps. */
      if (sqlite3_column_int64 (stmt, 1) != doses->len ||
          !cached_dose (self, _physio_column_text (stmt, 2), &dose, &local_error))
        {
          physio_dose_clear (&dose);
          set_damaged (self, programme_id,
                       local_error != NULL ? local_error->message
                                           : "a planned week is missing.", error);
          return NULL;
        }
      g_array_append_val (doses, dose);
    }
  if (rc != SQLITE_DONE)
    {
      _physio_database_set_error (self, rc, error);
      return NULL;
    }

  return g_steal_pointer (&planned);
}

static PhysioPrescription *
read_prescription (PhysioDatabase  *self,
                   gint64           programme_id,
                   sqlite3_stmt    *stmt,
                   GHashTable      *planned,
                   GError         **error)
{
  g_autoptr(PhysioPrescription) prescription = NULL;
  g_autoptr(PhysioExercise) exercise = NULL;
  g_autoptr(GError) local_error = NULL;
  g_auto(PhysioDose) current = PHYSIO_DOSE_INIT;
  gint64 id = sqlite3_column_int64 (stmt, 0);
  guint week_from = sqlite3_column_int (stmt, 2);
  guint week_to = sqlite3_column_int (stmt, 3);
  guint step = sqlite3_column_int (stmt, 7);
  PhysioLaterality side;
  GArray *ladder;

  exercise = cached_snapshot (self, _physio_column_text (stmt, 1), &local_error);
  if (exercise == NULL ||
      !cached_dose (self, _physio_column_text (stmt, 6), &current, &local_error))
    {
      set_damaged (self, programme_id, local_error->message, error);
      return NULL;
    }

  ladder = g_hash_table_lookup (planned, &id);
  if (!physio_laterality_from_code (_physio_column_text (stmt, 5), &side) ||
      ladder == NULL || ladder->len == 0 || week_from < 1 || week_to < week_from)
    {
      set_damaged (self, programme_id, "a prescription has no plan.", error);
      return NULL;
    }

  /* The order matters: the weeks before the ladder (set_ladder keeps week_from), the days
   * before the doses (set_days rewrites days per week in every dose, and the stored doses
   * may differ from week to week). */
  prescription = physio_prescription_new (exercise);
  physio_prescription_set_laterality (prescription, side);
  physio_prescription_set_weeks (prescription, week_from, week_to);
  physio_prescription_set_days (prescription, sqlite3_column_int (stmt, 4));
  physio_prescription_set_ladder (prescription, (const PhysioDose *) ladder->data, ladder->len);
  physio_prescription_set_current_dose (prescription, &current);
  physio_prescription_set_ladder_step (prescription, MIN (step, ladder->len - 1));
  physio_prescription_set_note (prescription, _physio_column_text (stmt, 8));
  physio_prescription_set_slot_group (prescription, _physio_column_text (stmt, 9));
  physio_prescription_set_removed (prescription, sqlite3_column_int (stmt, 10) != 0);
  physio_prescription_set_id (prescription, id);

  return g_steal_pointer (&prescription);
}

static gboolean
read_prescriptions (PhysioDatabase   *self,
                    PhysioProgramme  *programme,
                    GError          **error)
{
  static const char sql[] =
    "SELECT id, exercise_snapshot, week_from, week_to, days_mask, laterality, current_dose, "
    "ladder_step, note, slot_group, removed FROM prescription WHERE programme_id = ? "
    "ORDER BY ord, id";
  gint64 programme_id = physio_programme_get_id (programme);
  g_autoptr(GHashTable) planned = NULL;
  g_auto(PhysioStatement) stmt = NULL;
  int rc;

  planned = read_planned (self, programme_id, error);
  if (planned == NULL)
    return FALSE;

  stmt = _physio_database_prepare (self, sql, error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, programme_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(PhysioPrescription) prescription = NULL;

      prescription = read_prescription (self, programme_id, stmt, planned, error);
      if (prescription == NULL)
        return FALSE;
      physio_programme_add_prescription (programme, prescription);
    }
  if (rc != SQLITE_DONE)
    return _physio_database_set_error (self, rc, error);

  return TRUE;
}

static gboolean
read_phases_and_education (PhysioDatabase   *self,
                           PhysioProgramme  *programme,
                           GError          **error)
{
  g_auto(PhysioStatement) phases = NULL;
  g_auto(PhysioStatement) education = NULL;
  gint64 id = physio_programme_get_id (programme);
  int rc;

  phases = _physio_database_prepare (self,
                                     "SELECT name, week_from, week_to, goals FROM phase "
                                     "WHERE programme_id = ? ORDER BY rank", error);
  if (phases == NULL)
    return FALSE;
  sqlite3_bind_int64 (phases, 1, id);
  while ((rc = sqlite3_step (phases)) == SQLITE_ROW)
    physio_programme_add_phase (programme, _physio_column_text (phases, 0),
                                sqlite3_column_int (phases, 1), sqlite3_column_int (phases, 2),
                                _physio_column_text (phases, 3));
  if (rc != SQLITE_DONE)
    return _physio_database_set_error (self, rc, error);

  education = _physio_database_prepare (self,
                                        "SELECT week, title, body FROM education_item "
                                        "WHERE programme_id = ? ORDER BY rank", error);
  if (education == NULL)
    return FALSE;
  sqlite3_bind_int64 (education, 1, id);
  while ((rc = sqlite3_step (education)) == SQLITE_ROW)
    physio_programme_add_education (programme, sqlite3_column_int (education, 0),
                                    _physio_column_text (education, 1),
                                    _physio_column_text (education, 2));
  if (rc != SQLITE_DONE)
    return _physio_database_set_error (self, rc, error);

  return TRUE;
}

static PhysioProgramme *
read_programme (PhysioDatabase  *self,
                sqlite3_stmt    *stmt,
                GError         **error)
{
  g_autoptr(PhysioProgramme) programme = physio_programme_new ();
  g_autoptr(GError) local_error = NULL;
  gint64 id = sqlite3_column_int64 (stmt, 0);
  guint weeks = sqlite3_column_int (stmt, 7);
  PhysioProgrammeStatus status;
  PhysioProgressionMode mode;
  PhysioRuleParams params;
  GDate start;

  physio_rule_params_init_defaults (&params);
  if (!_physio_date_from_iso (_physio_column_text (stmt, 6), &start) ||
      !physio_programme_status_from_code (_physio_column_text (stmt, 8), &status) ||
      !physio_progression_mode_from_code (_physio_column_text (stmt, 9), &mode) ||
      weeks < 1 || weeks > PHYSIO_PROGRAMME_MAX_WEEKS)
    {
      set_damaged (self, id, "its dates, status or mode are not readable.", error);
      return NULL;
    }
  /* Every number in the text is checked there: a file may have been edited by anyone. */
  if (_physio_column_text (stmt, 10) == NULL)
    {
      set_damaged (self, id, "its progression settings are missing.", error);
      return NULL;
    }
  if (!physio_rule_params_from_string (&params, _physio_column_text (stmt, 10), &local_error))
    {
      set_damaged (self, id, local_error->message, error);
      return NULL;
    }

  physio_programme_set_id (programme, id);
  physio_programme_set_patient_id (programme, sqlite3_column_int64 (stmt, 1));
  physio_programme_set_title (programme, _physio_column_text (stmt, 2));
  physio_programme_set_stage (programme, _physio_column_text (stmt, 3));
  physio_programme_set_template_id (programme, _physio_column_text (stmt, 4));
  physio_programme_set_clinician (programme, _physio_column_text (stmt, 5));
  physio_programme_set_start_date (programme, &start);
  /* The length before any prescription: changing it afterwards would trim their weeks. */
  physio_programme_set_weeks (programme, weeks);
  physio_programme_set_status (programme, status);
  physio_programme_set_mode (programme, mode);
  physio_programme_set_rule_params (programme, &params);

  if (!read_phases_and_education (self, programme, error) ||
      !read_prescriptions (self, programme, error))
    return NULL;

  return g_steal_pointer (&programme);
}

PhysioProgramme *
physio_database_get_programme (PhysioDatabase  *self,
                               gint64           id,
                               GError         **error)
{
  static const char sql[] =
    "SELECT id, patient_id, title, stage, template_id, clinician, start_date, weeks, status, "
    "progression_mode, rule_params FROM programme WHERE id = ?";
  g_auto(PhysioStatement) stmt = NULL;
  PhysioProgramme *programme;
  int rc;

  g_return_val_if_fail (PHYSIO_IS_DATABASE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stmt = _physio_database_prepare (self, sql, error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_DONE)
    {
      set_not_found (error, id);
      return NULL;
    }
  if (rc != SQLITE_ROW)
    {
      _physio_database_set_error (self, rc, error);
      return NULL;
    }

  programme = read_programme (self, stmt, error);
  return programme;
}

GPtrArray *
physio_database_list_programmes (PhysioDatabase  *self,
                                 gint64           patient_id,
                                 GError         **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GPtrArray) programmes = NULL;
  g_auto(PhysioStatement) stmt = NULL;

  g_return_val_if_fail (PHYSIO_IS_DATABASE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  /* Ids grow with every new programme (AUTOINCREMENT never reuses one), so the highest is
   * the newest. */
  stmt = _physio_database_prepare (self,
                                   "SELECT id FROM programme WHERE patient_id = ? "
                                   "ORDER BY id DESC", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, patient_id);
  if (!_physio_database_collect_ids (self, stmt, ids, error))
    return NULL;
  sqlite3_reset (stmt);

  programmes = g_ptr_array_new_full (ids->len, g_object_unref);
  for (guint i = 0; i < ids->len; i++)
    {
      PhysioProgramme *programme;

      programme = physio_database_get_programme (self, g_array_index (ids, gint64, i), error);
      if (programme == NULL)
        return NULL;
      g_ptr_array_add (programmes, programme);
    }

  return g_steal_pointer (&programmes);
}

/* Deleting ----------------------------------------------------------------------------------- */

gboolean
_physio_database_delete_programme_rows (PhysioDatabase  *self,
                                        const char      *ids_sql,
                                        gint64           id,
                                        GError         **error)
{
  /* Logs and dose changes first: their foreign keys RESTRICT the prescriptions. */
  static const char * const prefixes[] = {
    "DELETE FROM session_log WHERE prescription_id IN "
    "(SELECT id FROM prescription WHERE programme_id IN (",
    "DELETE FROM dose_change WHERE prescription_id IN "
    "(SELECT id FROM prescription WHERE programme_id IN (",
    "DELETE FROM planned_dose WHERE prescription_id IN "
    "(SELECT id FROM prescription WHERE programme_id IN (",
    "DELETE FROM prescription WHERE programme_id IN (",
    "DELETE FROM phase WHERE programme_id IN (",
    "DELETE FROM education_item WHERE programme_id IN (",
    "DELETE FROM programme WHERE id IN (",
  };
  static const char * const suffixes[] = { "))", "))", "))", ")", ")", ")", ")" };
  G_STATIC_ASSERT (G_N_ELEMENTS (prefixes) == G_N_ELEMENTS (suffixes));

  g_assert (!sqlite3_get_autocommit (self->db));

  for (guint i = 0; i < G_N_ELEMENTS (prefixes); i++)
    {
      g_autofree char *sql = g_strconcat (prefixes[i], ids_sql, suffixes[i], NULL);

      if (!_physio_database_run_with_id (self, sql, id, error))
        return FALSE;
    }

  return TRUE;
}

gboolean
physio_database_delete_programme (PhysioDatabase  *self,
                                  gint64           programme_id,
                                  GError         **error)
{
  gint64 exists = 0;

  g_return_val_if_fail (PHYSIO_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!_physio_database_begin (self, error))
    return FALSE;

  if (!_physio_database_query_int (self, "SELECT count(*) FROM programme WHERE id = ?",
                                   programme_id, &exists, error) ||
      (exists == 0 && !set_not_found (error, programme_id)) ||
      !_physio_database_delete_programme_rows (self, "SELECT ?1", programme_id, error))
    {
      _physio_database_rollback (self);
      return FALSE;
    }

  if (!_physio_database_commit (self, error))
    return FALSE;

  _physio_database_emit_programme_changed (self, programme_id);
  return TRUE;
}

/* Duplicating -------------------------------------------------------------------------------- */

PhysioProgramme *
physio_database_duplicate_programme (PhysioDatabase  *self,
                                     gint64           programme_id,
                                     gint64           patient_id,
                                     const GDate     *start_date,
                                     GError         **error)
{
  g_autoptr(PhysioProgramme) copy = NULL;

  g_return_val_if_fail (PHYSIO_IS_DATABASE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  copy = physio_database_get_programme (self, programme_id, error);
  if (copy == NULL)
    return NULL;

  physio_programme_set_id (copy, 0);
  physio_programme_set_patient_id (copy, patient_id);
  physio_programme_set_start_date (copy, start_date);
  physio_programme_set_status (copy, PHYSIO_PROGRAMME_DRAFT);

  /* Without the logs and audit log that explain where each dose got to, the copy starts at
   * the beginning of each ladder; removed prescriptions were history of the original only. */
  for (guint i = physio_programme_get_n_prescriptions (copy); i > 0; i--)
    {
      PhysioPrescription *prescription = physio_programme_get_prescription (copy, i - 1);

      if (physio_prescription_get_removed (prescription))
        {
          physio_programme_remove_prescription (copy, i - 1);
          continue;
        }

      physio_prescription_set_id (prescription, 0);
      physio_prescription_set_ladder_step (prescription, 0);
      physio_prescription_set_current_dose (prescription,
                                            physio_prescription_get_planned (prescription, 0));
    }

  if (!physio_database_save_programme (self, copy, error))
    return NULL;

  return g_steal_pointer (&copy);
}
