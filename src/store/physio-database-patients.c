/* physio-database-patients.c: patient records, their conditions and red-flag screen
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "physio-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "physio-database-patients.h"
#include "physio-database-private.h"

/* The columns read by read_patient (), in its order. */
#define PATIENT_COLUMNS \
  "id, name, clinic_ref, birth, onset, stage_override, radicular, notes, archived, screened, " \
  "screened_by, screened_on, screen_notes"

/* The text a search matches: name and clinic reference, folded, on separate lines so a search
 * cannot match across the two. */
static char *
make_search_key (PhysioPatient *patient)
{
  g_autofree char *name = _physio_fold_text (physio_patient_get_name (patient));
  g_autofree char *ref = _physio_fold_text (physio_patient_get_clinic_ref (patient));

  return g_strconcat (name, "\n", ref, NULL);
}

static char *
ids_to_json (GArray *ids)
{
  GString *json = g_string_sized_new (ids->len * 8 + 2);

  g_string_append_c (json, '[');
  for (guint i = 0; i < ids->len; i++)
    g_string_append_printf (json, i > 0 ? ",%" G_GINT64_FORMAT : "%" G_GINT64_FORMAT,
                            g_array_index (ids, gint64, i));
  g_string_append_c (json, ']');

  return g_string_free (json, FALSE);
}

static PhysioPatient *
read_patient (PhysioDatabase  *self,
              sqlite3_stmt    *stmt,
              GError         **error)
{
  g_autoptr(PhysioPatient) patient = physio_patient_new ();
  GDate onset, screened_on;

  if (!_physio_date_from_iso (_physio_column_text (stmt, 4), &onset) ||
      !_physio_date_from_iso (_physio_column_text (stmt, 11), &screened_on))
    {
      g_set_error (error, PHYSIO_DATABASE_ERROR, PHYSIO_DATABASE_ERROR_FAILED,
                   _("The patient record %lld in “%s” has a damaged date."),
                   (long long) sqlite3_column_int64 (stmt, 0), physio_database_get_path (self));
      return NULL;
    }

  physio_patient_set_id (patient, sqlite3_column_int64 (stmt, 0));
  physio_patient_set_name (patient, _physio_column_text (stmt, 1));
  physio_patient_set_clinic_ref (patient, _physio_column_text (stmt, 2));
  physio_patient_set_birth (patient, _physio_column_text (stmt, 3));
  physio_patient_set_onset (patient, &onset);
  physio_patient_set_stage_override (patient, _physio_column_text (stmt, 5));
  physio_patient_set_radicular (patient, sqlite3_column_int (stmt, 6) != 0);
  physio_patient_set_notes (patient, _physio_column_text (stmt, 7));
  physio_patient_set_archived (patient, sqlite3_column_int (stmt, 8) != 0);

  /* The red flags present are filled in by read_lists (); an empty list here is "screened,
   * none present" until then. */
  if (sqlite3_column_int (stmt, 9) != 0)
    physio_patient_record_screen (patient, _physio_column_text (stmt, 10), &screened_on, NULL,
                                  _physio_column_text (stmt, 12));

  return g_steal_pointer (&patient);
}

/* Conditions and red flags of every patient in @by_id, one query per table. */
static gboolean
read_lists (PhysioDatabase  *self,
            const char      *ids_json,
            GHashTable      *by_id,
            GError         **error)
{
  static const char * const sql[] = {
    "SELECT patient_id, code FROM patient_condition "
    "WHERE patient_id IN (SELECT value FROM json_each (?1)) ORDER BY patient_id, rank",
    "SELECT patient_id, code FROM red_flag_present "
    "WHERE patient_id IN (SELECT value FROM json_each (?1)) ORDER BY patient_id, rank",
  };

  for (guint list = 0; list < G_N_ELEMENTS (sql); list++)
    {
      g_auto(PhysioStatement) stmt = _physio_database_prepare (self, sql[list], error);
      g_autoptr(GHashTable) codes = NULL;
      GHashTableIter iter;
      gpointer key, value;
      int rc;

      if (stmt == NULL)
        return FALSE;

      codes = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                     (GDestroyNotify) g_ptr_array_unref);
      sqlite3_bind_text (stmt, 1, ids_json, -1, SQLITE_STATIC);
      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        {
          gint64 id = sqlite3_column_int64 (stmt, 0);
          GPtrArray *list_codes = g_hash_table_lookup (codes, &id);

          if (list_codes == NULL)
            {
              list_codes = g_ptr_array_new_with_free_func (g_free);
              g_hash_table_insert (codes, g_memdup2 (&id, sizeof id), list_codes);
            }
          g_ptr_array_add (list_codes, g_strdup (_physio_column_text (stmt, 1)));
        }
      if (rc != SQLITE_DONE)
        return _physio_database_set_error (self, rc, error);

      g_hash_table_iter_init (&iter, codes);
      while (g_hash_table_iter_next (&iter, &key, &value))
        {
          PhysioPatient *patient = g_hash_table_lookup (by_id, key);
          GPtrArray *list_codes = value;

          if (patient == NULL)
            continue;

          g_ptr_array_add (list_codes, NULL);
          if (list == 0)
            {
              physio_patient_set_conditions (patient, (const char * const *) list_codes->pdata);
            }
          else if (physio_patient_has_red_flag_screen (patient))
            {
              g_autofree char *by = g_strdup (physio_patient_get_screened_by (patient));
              g_autofree char *notes = g_strdup (physio_patient_get_screen_notes (patient));
              GDate on = *physio_patient_get_screened_on (patient);

              physio_patient_record_screen (patient, by, &on,
                                            (const char * const *) list_codes->pdata, notes);
            }
        }
    }

  return TRUE;
}

/* Full patients for @ids, in that order, with a fixed number of queries. */
static GPtrArray *
load_patients (PhysioDatabase  *self,
               GArray          *ids,
               GError         **error)
{
  static const char rows_sql[] =
    "SELECT " PATIENT_COLUMNS " FROM patient WHERE id IN (SELECT value FROM json_each (?1))";
  g_autoptr(GHashTable) by_id = NULL;
  g_autoptr(GPtrArray) result = NULL;
  g_auto(PhysioStatement) rows = NULL;
  g_autofree char *ids_json = ids_to_json (ids);
  int rc;

  result = g_ptr_array_new_full (ids->len, g_object_unref);
  if (ids->len == 0)
    return g_steal_pointer (&result);

  by_id = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
  rows = _physio_database_prepare (self, rows_sql, error);
  if (rows == NULL)
    return NULL;

  sqlite3_bind_text (rows, 1, ids_json, -1, SQLITE_STATIC);
  while ((rc = sqlite3_step (rows)) == SQLITE_ROW)
    {
      PhysioPatient *patient = read_patient (self, rows, error);
      gint64 id;

      if (patient == NULL)
        return NULL;

      id = physio_patient_get_id (patient);
      g_hash_table_insert (by_id, g_memdup2 (&id, sizeof id), patient);
    }
  if (rc != SQLITE_DONE)
    {
      _physio_database_set_error (self, rc, error);
      return NULL;
    }
  sqlite3_reset (rows);

  if (!read_lists (self, ids_json, by_id, error))
    return NULL;

  for (guint i = 0; i < ids->len; i++)
    {
      PhysioPatient *patient = g_hash_table_lookup (by_id, &g_array_index (ids, gint64, i));

      if (patient != NULL)
        g_ptr_array_add (result, g_object_ref (patient));
    }

  return g_steal_pointer (&result);
}

GPtrArray *
physio_database_list_patients (PhysioDatabase  *self,
                               const char      *search,
                               gboolean         include_archived,
                               GError         **error)
{
  static const char sql[] =
    "SELECT id FROM patient "
    "WHERE (?1 IS NULL OR instr (search_key, ?1) > 0) AND (?2 OR archived = 0) "
    "ORDER BY sort_key, id";
  g_auto(PhysioStatement) stmt = NULL;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autofree char *stripped = g_strstrip (g_strdup (search != NULL ? search : ""));
  g_autofree char *folded = NULL;

  g_return_val_if_fail (PHYSIO_IS_DATABASE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stmt = _physio_database_prepare (self, sql, error);
  if (stmt == NULL)
    return NULL;

  if (*stripped != '\0')
    {
      folded = _physio_fold_text (stripped);
      sqlite3_bind_text (stmt, 1, folded, -1, SQLITE_STATIC);
    }
  sqlite3_bind_int (stmt, 2, include_archived ? 1 : 0);

  if (!_physio_database_collect_ids (self, stmt, ids, error))
    return NULL;
  sqlite3_reset (stmt);

  return load_patients (self, ids, error);
}

static gboolean
set_not_found (GError **error,
               gint64   patient_id)
{
  g_set_error (error, PHYSIO_DATABASE_ERROR, PHYSIO_DATABASE_ERROR_NOT_FOUND,
               _("There is no patient %lld; the record may have been deleted."),
               (long long) patient_id);
  return FALSE;
}

PhysioPatient *
physio_database_get_patient (PhysioDatabase  *self,
                             gint64           id,
                             GError         **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GPtrArray) loaded = NULL;

  g_return_val_if_fail (PHYSIO_IS_DATABASE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  g_array_append_val (ids, id);
  loaded = load_patients (self, ids, error);
  if (loaded == NULL)
    return NULL;

  if (loaded->len == 0)
    {
      set_not_found (error, id);
      return NULL;
    }

  return g_object_ref (g_ptr_array_index (loaded, 0));
}

gboolean
_physio_database_patient_exists (PhysioDatabase  *self,
                                 gint64           patient_id,
                                 GError         **error)
{
  gint64 found = 0;

  if (!_physio_database_query_int (self, "SELECT count(*) FROM patient WHERE id = ?",
                                   patient_id, &found, error))
    return FALSE;

  if (found == 0)
    return set_not_found (error, patient_id);

  return TRUE;
}

static gboolean
write_row (PhysioDatabase  *self,
           PhysioPatient   *patient,
           gint64          *id,
           GError         **error)
{
  static const char insert_sql[] =
    "INSERT INTO patient (name, sort_key, search_key, clinic_ref, birth, onset, stage_override, "
    "radicular, notes, archived, screened, screened_by, screened_on, screen_notes, created_at, "
    "updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, "
    PHYSIO_NOW_SQL ", " PHYSIO_NOW_SQL ")";
  static const char update_sql[] =
    "UPDATE patient SET name = ?1, sort_key = ?2, search_key = ?3, clinic_ref = ?4, "
    "birth = ?5, onset = ?6, stage_override = ?7, radicular = ?8, notes = ?9, archived = ?10, "
    "screened = ?11, screened_by = ?12, screened_on = ?13, screen_notes = ?14, "
    "updated_at = " PHYSIO_NOW_SQL " WHERE id = ?15";
  g_auto(PhysioStatement) stmt = NULL;
  g_autofree char *sort_key = _physio_fold_text (physio_patient_get_name (patient));
  g_autofree char *search_key = make_search_key (patient);
  gboolean screened = physio_patient_has_red_flag_screen (patient);

  stmt = _physio_database_prepare (self, *id > 0 ? update_sql : insert_sql, error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, physio_patient_get_name (patient), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, sort_key, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, search_key, -1, SQLITE_STATIC);
  _physio_bind_text_or_null (stmt, 4, physio_patient_get_clinic_ref (patient));
  _physio_bind_text_or_null (stmt, 5, physio_patient_get_birth (patient));
  _physio_bind_date (stmt, 6, physio_patient_get_onset (patient));
  _physio_bind_text_or_null (stmt, 7, physio_patient_get_stage_override (patient));
  sqlite3_bind_int (stmt, 8, physio_patient_get_radicular (patient) ? 1 : 0);
  _physio_bind_text_or_null (stmt, 9, physio_patient_get_notes (patient));
  sqlite3_bind_int (stmt, 10, physio_patient_get_archived (patient) ? 1 : 0);
  sqlite3_bind_int (stmt, 11, screened ? 1 : 0);
  _physio_bind_text_or_null (stmt, 12, screened ? physio_patient_get_screened_by (patient)
                                                : NULL);
  _physio_bind_date (stmt, 13, screened ? physio_patient_get_screened_on (patient) : NULL);
  _physio_bind_text_or_null (stmt, 14, screened ? physio_patient_get_screen_notes (patient)
                                                : NULL);
  if (*id > 0)
    sqlite3_bind_int64 (stmt, 15, *id);

  if (!_physio_database_step_done (self, stmt, error))
    return FALSE;

  if (*id == 0)
    *id = sqlite3_last_insert_rowid (self->db);

  return TRUE;
}

static gboolean
write_codes (PhysioDatabase      *self,
             const char          *clear_sql,
             const char          *insert_sql,
             gint64               id,
             const char * const  *codes,
             GError             **error)
{
  if (!_physio_database_run_with_id (self, clear_sql, id, error))
    return FALSE;

  for (guint i = 0; codes != NULL && codes[i] != NULL; i++)
    {
      g_auto(PhysioStatement) stmt = _physio_database_prepare (self, insert_sql, error);

      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, id);
      sqlite3_bind_text (stmt, 2, codes[i], -1, SQLITE_STATIC);
      sqlite3_bind_int (stmt, 3, i);
      if (!_physio_database_step_done (self, stmt, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
write_patient (PhysioDatabase  *self,
               PhysioPatient   *patient,
               gint64          *id,
               GError         **error)
{
  gboolean screened = physio_patient_has_red_flag_screen (patient);

  if (*id > 0 && !_physio_database_patient_exists (self, *id, error))
    return FALSE;

  /* A code listed twice is one row; IGNORE keeps the first place. */
  return write_row (self, patient, id, error) &&
         write_codes (self, "DELETE FROM patient_condition WHERE patient_id = ?",
                      "INSERT OR IGNORE INTO patient_condition (patient_id, code, rank) "
                      "VALUES (?, ?, ?)",
                      *id, physio_patient_get_conditions (patient), error) &&
         write_codes (self, "DELETE FROM red_flag_present WHERE patient_id = ?",
                      "INSERT OR IGNORE INTO red_flag_present (patient_id, code, rank) "
                      "VALUES (?, ?, ?)",
                      *id, screened ? physio_patient_get_red_flags (patient) : NULL, error);
}

gboolean
physio_database_save_patient (PhysioDatabase  *self,
                              PhysioPatient   *patient,
                              GError         **error)
{
  g_autoptr(GError) local_error = NULL;
  gint64 id;
  GDate today;

  g_return_val_if_fail (PHYSIO_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (PHYSIO_IS_PATIENT (patient), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  _physio_date_today (&today);
  if (!physio_patient_validate (patient, &today, &local_error))
    {
      g_set_error_literal (error, PHYSIO_DATABASE_ERROR, PHYSIO_DATABASE_ERROR_INVALID,
                           local_error->message);
      return FALSE;
    }

  if (!_physio_database_begin (self, error))
    return FALSE;

  id = physio_patient_get_id (patient);
  if (!write_patient (self, patient, &id, error))
    {
      _physio_database_rollback (self);
      return FALSE;
    }

  if (!_physio_database_commit (self, error))
    return FALSE;

  /* Only now: a failed save must not leave the object claiming a row. */
  physio_patient_set_id (patient, id);
  _physio_database_emit_patients_changed (self, id, "record");
  return TRUE;
}

void
physio_database_count_patient_data (PhysioDatabase *self,
                                    gint64          patient_id,
                                    guint          *n_programmes,
                                    guint          *n_logs,
                                    guint          *n_diary)
{
  static const char * const sql[] = {
    "SELECT count(*) FROM programme WHERE patient_id = ?",
    "SELECT count(*) FROM session_log WHERE prescription_id IN (SELECT r.id FROM prescription "
    "AS r JOIN programme AS p ON p.id = r.programme_id WHERE p.patient_id = ?)",
    "SELECT count(*) FROM diary WHERE patient_id = ?",
  };
  guint *counts[] = { n_programmes, n_logs, n_diary };

  g_return_if_fail (PHYSIO_IS_DATABASE (self));

  for (guint i = 0; i < G_N_ELEMENTS (sql); i++)
    {
      gint64 value = 0;

      if (counts[i] == NULL)
        continue;

      /* A failed count reads as 0: the dialog still asks, and the delete reports any error. */
      if (!_physio_database_query_int (self, sql[i], patient_id, &value, NULL))
        value = 0;
      *counts[i] = (guint) value;
    }
}

gboolean
physio_database_delete_patient (PhysioDatabase  *self,
                                gint64           patient_id,
                                GError         **error)
{
  /* Children before parents, every table named: the logs and dose changes RESTRICT the
   * deletion of their prescription, so they must go first, and being explicit about the rest
   * means the outcome does not hang on the cascade. */
  static const char * const sql[] = {
    "DELETE FROM diary WHERE patient_id = ?",
    "DELETE FROM patient_condition WHERE patient_id = ?",
    "DELETE FROM red_flag_present WHERE patient_id = ?",
    "DELETE FROM patient WHERE id = ?",
  };

  g_return_val_if_fail (PHYSIO_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!_physio_database_begin (self, error))
    return FALSE;

  if (!_physio_database_patient_exists (self, patient_id, error) ||
      !_physio_database_delete_programme_rows (self, "SELECT id FROM programme "
                                               "WHERE patient_id = ?1", patient_id, error))
    {
      _physio_database_rollback (self);
      return FALSE;
    }

  for (guint i = 0; i < G_N_ELEMENTS (sql); i++)
    if (!_physio_database_run_with_id (self, sql[i], patient_id, error))
      {
        _physio_database_rollback (self);
        return FALSE;
      }

  if (!_physio_database_commit (self, error))
    return FALSE;

  _physio_database_emit_patients_changed (self, patient_id, "record");
  return TRUE;
}
