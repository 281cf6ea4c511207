/* physio-database-programme-save.c: saving a programme whole, as autosave does on every edit
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "physio-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "physio-database-patients.h"
#include "physio-database-private.h"
#include "physio-database-programme-save.h"
#include "physio-library-json.h"

/* Everything that needs no database, before the transaction starts, so a refused programme
 * writes nothing. Removed prescriptions are history, not plan: they are not checked (a later
 * change of length must not make the programme unsavable because of them). */
static gboolean
validate_programme (PhysioProgramme  *programme,
                    GError          **error)
{
  guint weeks = physio_programme_get_weeks (programme);
  guint n = physio_programme_get_n_prescriptions (programme);

  if (physio_programme_get_patient_id (programme) <= 0)
    return _physio_database_set_invalid (error, _("Choose the patient this programme is for."));

  if (weeks < 1 || weeks > PHYSIO_PROGRAMME_MAX_WEEKS)
    {
      g_set_error (error, PHYSIO_DATABASE_ERROR, PHYSIO_DATABASE_ERROR_INVALID,
                   _("A programme lasts 1 to %u weeks, not %u."), PHYSIO_PROGRAMME_MAX_WEEKS,
                   weeks);
      return FALSE;
    }

  if (!g_date_valid (physio_programme_get_start_date (programme)))
    return _physio_database_set_invalid (error, _("Choose the date the programme starts."));

  for (guint i = 0; i < n; i++)
    {
      PhysioPrescription *prescription = physio_programme_get_prescription (programme, i);
      g_autoptr(GError) local_error = NULL;

      if (physio_prescription_get_removed (prescription))
        continue;

      if (!physio_prescription_validate (prescription, weeks, &local_error))
        return _physio_database_set_invalid (error, local_error->message);
    }

  return TRUE;
}

static gboolean
write_programme_row (PhysioDatabase   *self,
                     PhysioProgramme  *programme,
                     gboolean          exists,
                     gint64           *id,
                     GError          **error)
{
  /* ?1 NULL makes a new id; a given id re-creates a deleted programme (undo). */
  static const char insert_sql[] =
    "INSERT INTO programme (id, patient_id, title, stage, template_id, clinician, start_date, "
    "weeks, status, progression_mode, rule_params, created_at, updated_at) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, " PHYSIO_NOW_SQL ", "
    PHYSIO_NOW_SQL ")";
  static const char update_sql[] =
    "UPDATE programme SET patient_id = ?2, title = ?3, stage = ?4, template_id = ?5, "
    "clinician = ?6, start_date = ?7, weeks = ?8, status = ?9, progression_mode = ?10, "
    "rule_params = ?11, updated_at = " PHYSIO_NOW_SQL " WHERE id = ?1";
  const PhysioRuleParams *rule_params = physio_programme_get_rule_params (programme);
  g_autofree char *params = physio_rule_params_to_string (rule_params);
  g_auto(PhysioStatement) stmt = NULL;
  const char *title = physio_programme_get_title (programme);

  stmt = _physio_database_prepare (self, exists ? update_sql : insert_sql, error);
  if (stmt == NULL)
    return FALSE;

  if (*id > 0)
    sqlite3_bind_int64 (stmt, 1, *id);
  sqlite3_bind_int64 (stmt, 2, physio_programme_get_patient_id (programme));
  sqlite3_bind_text (stmt, 3, title != NULL ? title : "", -1, SQLITE_STATIC);
  _physio_bind_text_or_null (stmt, 4, physio_programme_get_stage (programme));
  _physio_bind_text_or_null (stmt, 5, physio_programme_get_template_id (programme));
  _physio_bind_text_or_null (stmt, 6, physio_programme_get_clinician (programme));
  _physio_bind_date (stmt, 7, physio_programme_get_start_date (programme));
  sqlite3_bind_int (stmt, 8, physio_programme_get_weeks (programme));
  sqlite3_bind_text (stmt, 9,
                     physio_programme_status_to_code (physio_programme_get_status (programme)),
                     -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 10,
                     physio_progression_mode_to_code (physio_programme_get_mode (programme)),
                     -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 11, params, -1, SQLITE_STATIC);

  if (!_physio_database_step_done (self, stmt, error))
    return FALSE;

  if (*id == 0)
    *id = sqlite3_last_insert_rowid (self->db);

  return TRUE;
}

/* Phases and education are a handful of rows: rewritten whole rather than diffed. */
static gboolean
write_phases_and_education (PhysioDatabase   *self,
                            PhysioProgramme  *programme,
                            gint64            id,
                            GError          **error)
{
  const PhysioPhase *phases;
  const PhysioEducationItem *education;
  guint n_phases, n_education;

  if (!_physio_database_run_with_id (self, "DELETE FROM phase WHERE programme_id = ?", id,
                                     error) ||
      !_physio_database_run_with_id (self, "DELETE FROM education_item WHERE programme_id = ?",
                                     id, error))
    return FALSE;

  phases = physio_programme_get_phases (programme, &n_phases);
  for (guint i = 0; i < n_phases; i++)
    {
      g_auto(PhysioStatement) stmt = NULL;

      stmt = _physio_database_prepare (self,
                                       "INSERT INTO phase (programme_id, rank, name, week_from, "
                                       "week_to, goals) VALUES (?, ?, ?, ?, ?, ?)", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, id);
      sqlite3_bind_int (stmt, 2, i);
      sqlite3_bind_text (stmt, 3, phases[i].name != NULL ? phases[i].name : "", -1,
                         SQLITE_STATIC);
      sqlite3_bind_int (stmt, 4, phases[i].week_from);
      sqlite3_bind_int (stmt, 5, phases[i].week_to);
      _physio_bind_text_or_null (stmt, 6, phases[i].goals);
      if (!_physio_database_step_done (self, stmt, error))
        return FALSE;
    }

  education = physio_programme_get_education (programme, &n_education);
  for (guint i = 0; i < n_education; i++)
    {
      g_auto(PhysioStatement) stmt = NULL;

      stmt = _physio_database_prepare (self,
                                       "INSERT INTO education_item (programme_id, rank, week, "
                                       "title, body) VALUES (?, ?, ?, ?, ?)", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, id);
      sqlite3_bind_int (stmt, 2, i);
      sqlite3_bind_int (stmt, 3, education[i].week);
      sqlite3_bind_text (stmt, 4, education[i].title != NULL ? education[i].title : "", -1,
                         SQLITE_STATIC);
      _physio_bind_text_or_null (stmt, 5, education[i].body);
      if (!_physio_database_step_done (self, stmt, error))
        return FALSE;
    }

  return TRUE;
}

static char *
snapshot_to_json (PhysioExercise *exercise)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) node = physio_exercise_to_json_node (exercise);

  json_generator_set_root (generator, node);
  return json_generator_to_data (generator, NULL);
}

static gboolean
write_planned (PhysioDatabase      *self,
               PhysioPrescription  *prescription,
               gint64               id,
               GError             **error)
{
  guint n = physio_prescription_get_n_planned (prescription);

  if (!_physio_database_run_with_id (self, "DELETE FROM planned_dose WHERE prescription_id = ?",
                                     id, error))
    return FALSE;

  for (guint step = 0; step < n; step++)
    {
      g_autofree char *dose = NULL;
      g_auto(PhysioStatement) stmt = NULL;

      stmt = _physio_database_prepare (self,
                                       "INSERT INTO planned_dose (prescription_id, step, dose) "
                                       "VALUES (?, ?, ?)", error);
      if (stmt == NULL)
        return FALSE;

      dose = physio_dose_to_json (physio_prescription_get_planned (prescription, step));
      sqlite3_bind_int64 (stmt, 1, id);
      sqlite3_bind_int (stmt, 2, step);
      sqlite3_bind_text (stmt, 3, dose, -1, SQLITE_STATIC);
      if (!_physio_database_step_done (self, stmt, error))
        return FALSE;
    }

  return TRUE;
}

/* The row of a prescription and, with @ladder, its whole ladder. An existing row gets its
 * exercise snapshot again only with @snapshot: the snapshot is written when the prescription
 * is created and when its exercise is swapped, never on an ordinary edit. */
static gboolean
write_prescription_row (PhysioDatabase      *self,
                        PhysioPrescription  *prescription,
                        gint64               programme_id,
                        guint                position,
                        gboolean             exists,
                        gboolean             snapshot_too,
                        gboolean             ladder,
                        gint64              *id,
                        GError             **error)
{
  /* ?1 NULL makes a new id; a given id re-creates a deleted prescription (undo). */
  static const char insert_sql[] =
    "INSERT INTO prescription (id, programme_id, exercise_id, exercise_snapshot, ord, "
    "week_from, week_to, days_mask, laterality, current_dose, ladder_step, note, slot_group, "
    "removed) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)";
  static const char update_sql[] =
    "UPDATE prescription SET programme_id = ?2, exercise_id = ?3, exercise_snapshot = ?4, "
    "ord = ?5, week_from = ?6, week_to = ?7, days_mask = ?8, laterality = ?9, "
    "current_dose = ?10, ladder_step = ?11, note = ?12, slot_group = ?13, removed = ?14 "
    "WHERE id = ?1";
  static const char update_fields_sql[] =
    "UPDATE prescription SET programme_id = ?2, exercise_id = ?3, "
    "ord = ?5, week_from = ?6, week_to = ?7, days_mask = ?8, laterality = ?9, "
    "current_dose = ?10, ladder_step = ?11, note = ?12, slot_group = ?13, removed = ?14 "
    "WHERE id = ?1";
  PhysioExercise *exercise = physio_prescription_get_exercise (prescription);
  g_autofree char *snapshot = NULL;
  const PhysioDose *current_dose = physio_prescription_get_current_dose (prescription);
  g_autofree char *current = physio_dose_to_json (current_dose);
  g_auto(PhysioStatement) stmt = NULL;
  PhysioLaterality side = physio_prescription_get_laterality (prescription);
  const char *sql = !exists ? insert_sql : snapshot_too ? update_sql : update_fields_sql;

  stmt = _physio_database_prepare (self, sql, error);
  if (stmt == NULL)
    return FALSE;

  if (*id > 0)
    sqlite3_bind_int64 (stmt, 1, *id);
  sqlite3_bind_int64 (stmt, 2, programme_id);
  sqlite3_bind_text (stmt, 3, physio_exercise_get_id (exercise), -1, SQLITE_STATIC);
  if (!exists || snapshot_too)
    {
      snapshot = snapshot_to_json (exercise);
      sqlite3_bind_text (stmt, 4, snapshot, -1, SQLITE_STATIC);
    }
  sqlite3_bind_int (stmt, 5, position);
  sqlite3_bind_int (stmt, 6, physio_prescription_get_week_from (prescription));
  sqlite3_bind_int (stmt, 7, physio_prescription_get_week_to (prescription));
  sqlite3_bind_int (stmt, 8, physio_prescription_get_days (prescription));
  sqlite3_bind_text (stmt, 9, physio_laterality_to_code (side), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 10, current, -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 11, physio_prescription_get_ladder_step (prescription));
  _physio_bind_text_or_null (stmt, 12, physio_prescription_get_note (prescription));
  _physio_bind_text_or_null (stmt, 13, physio_prescription_get_slot_group (prescription));
  sqlite3_bind_int (stmt, 14, physio_prescription_get_removed (prescription) ? 1 : 0);

  if (!_physio_database_step_done (self, stmt, error))
    return FALSE;

  if (*id == 0)
    *id = sqlite3_last_insert_rowid (self->db);

  return !ladder || write_planned (self, prescription, *id, error);
}

static gboolean
write_prescription (PhysioDatabase      *self,
                    PhysioPrescription  *prescription,
                    gint64               programme_id,
                    guint                position,
                    gboolean             exists,
                    gint64              *id,
                    GError             **error)
{
  return write_prescription_row (self, prescription, programme_id, position, exists, TRUE, TRUE,
                                 id, error);
}

static GHashTable *
stored_prescription_ids (PhysioDatabase  *self,
                         gint64           programme_id,
                         GError         **error)
{
  g_auto(PhysioStatement) stmt = NULL;
  g_autoptr(GHashTable) ids = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  int rc;

  stmt = _physio_database_prepare (self, "SELECT id FROM prescription WHERE programme_id = ?",
                                   error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, programme_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      g_hash_table_add (ids, g_memdup2 (&id, sizeof id));
    }
  if (rc != SQLITE_DONE)
    {
      _physio_database_set_error (self, rc, error);
      return NULL;
    }

  return g_steal_pointer (&ids);
}

/* A prescription that left the programme: deleted when nothing refers to it, else kept as
 * removed, because its logs and dose changes are the patient's history. */
static gboolean
retire_prescription (PhysioDatabase  *self,
                     gint64           id,
                     GError         **error)
{
  gint64 has_history = 0;

  if (!_physio_database_query_int (self,
                                   "SELECT EXISTS (SELECT 1 FROM session_log "
                                   "WHERE prescription_id = ?1) OR EXISTS (SELECT 1 FROM "
                                   "dose_change WHERE prescription_id = ?1)",
                                   id, &has_history, error))
    return FALSE;

  if (has_history)
    return _physio_database_run_with_id (self,
                                         "UPDATE prescription SET removed = 1 WHERE id = ?",
                                         id, error);

  return _physio_database_run_with_id (self, "DELETE FROM planned_dose WHERE prescription_id = ?",
                                       id, error) &&
         _physio_database_run_with_id (self, "DELETE FROM prescription WHERE id = ?", id,
                                       error);
}

typedef struct
{
  PhysioPrescription *prescription;
  gint64              id;
} NewId;

static gboolean
write_prescriptions (PhysioDatabase   *self,
                     PhysioProgramme  *programme,
                     gint64            programme_id,
                     GArray           *new_ids,
                     GError          **error)
{
  g_autoptr(GHashTable) stored = NULL;
  GHashTableIter iter;
  gpointer key;
  guint n = physio_programme_get_n_prescriptions (programme);

  stored = stored_prescription_ids (self, programme_id, error);
  if (stored == NULL)
    return FALSE;

  for (guint i = 0; i < n; i++)
    {
      PhysioPrescription *prescription = physio_programme_get_prescription (programme, i);
      gint64 id = physio_prescription_get_id (prescription);
      gboolean exists = FALSE;

      if (id > 0 && g_hash_table_remove (stored, &id))
        {
          exists = TRUE;
        }
      else if (id > 0)
        {
          gint64 elsewhere = 0;

          /* Not this programme's row: either deleted by an earlier save (an undo brings it
           * back with its id) or another programme's (a copy): then it is new here. */
          if (!_physio_database_query_int (self, "SELECT count(*) FROM prescription WHERE id = ?",
                                           id, &elsewhere, error))
            return FALSE;
          if (elsewhere > 0)
            id = 0;
        }

      if (!write_prescription (self, prescription, programme_id, i, exists, &id, error))
        return FALSE;

      if (id != physio_prescription_get_id (prescription))
        {
          NewId new_id = { prescription, id };

          g_array_append_val (new_ids, new_id);
        }
    }

  g_hash_table_iter_init (&iter, stored);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    if (!retire_prescription (self, *(gint64 *) key, error))
      return FALSE;

  return TRUE;
}

/* Moving the start or shortening the programme must not leave logged sessions outside it
 * (the same rule as adding a session): the clinician moves the dates back, nothing is lost. */
static gboolean
check_logs_inside (PhysioDatabase   *self,
                   PhysioProgramme  *programme,
                   gint64            id,
                   GError          **error)
{
  g_auto(PhysioStatement) stmt = NULL;
  g_autofree char *first_text = NULL;
  g_autofree char *last_text = NULL;
  const GDate *start = physio_programme_get_start_date (programme);
  GDate first, last, end;

  stmt = _physio_database_prepare (self,
                                   "SELECT min(l.date), max(l.date) FROM session_log AS l "
                                   "JOIN prescription AS r ON r.id = l.prescription_id "
                                   "WHERE r.programme_id = ?", error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, id);
  if (sqlite3_step (stmt) != SQLITE_ROW || sqlite3_column_type (stmt, 0) == SQLITE_NULL)
    return TRUE;

  first_text = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  last_text = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
  if (!_physio_date_from_iso (first_text, &first) || !_physio_date_from_iso (last_text, &last))
    return TRUE;

  end = *start;
  g_date_add_days (&end, physio_programme_get_weeks (programme) * 7 - 1);

  if (g_date_compare (&first, start) < 0)
    {
      g_autofree char *day = _physio_date_format (&first, TRUE);

      g_set_error (error, PHYSIO_DATABASE_ERROR, PHYSIO_DATABASE_ERROR_INVALID,
                   _("A session is logged on %s, so the programme cannot start after that day."),
                   day);
      return FALSE;
    }
  if (g_date_compare (&last, &end) > 0)
    {
      g_autofree char *day = _physio_date_format (&last, TRUE);

      g_set_error (error, PHYSIO_DATABASE_ERROR, PHYSIO_DATABASE_ERROR_INVALID,
                   _("A session is logged on %s, so the programme must run until at least that "
                   "day."), day);
      return FALSE;
    }

  return TRUE;
}

static gboolean
write_programme (PhysioDatabase   *self,
                 PhysioProgramme  *programme,
                 gint64           *id,
                 GArray           *new_ids,
                 GError          **error)
{
  gint64 exists = 0;

  if (!_physio_database_patient_exists (self, physio_programme_get_patient_id (programme),
                                        error))
    return FALSE;

  if (*id > 0 &&
      !_physio_database_query_int (self, "SELECT count(*) FROM programme WHERE id = ?", *id,
                                   &exists, error))
    return FALSE;

  if (exists > 0 && !check_logs_inside (self, programme, *id, error))
    return FALSE;

  return write_programme_row (self, programme, exists > 0, id, error) &&
         write_phases_and_education (self, programme, *id, error) &&
         write_prescriptions (self, programme, *id, new_ids, error);
}

/* One transaction: the programme row, its phases and education rewritten, each prescription
 * upserted by id with its ladder rewritten, and the rows of prescriptions no longer in the
 * programme retired. Ids go on the objects only after the commit. About a millisecond for a
 * 12-week programme of 10 prescriptions (tests/store/test-programmes.c, save-speed). */
gboolean
physio_database_save_programme (PhysioDatabase   *self,
                                PhysioProgramme  *programme,
                                GError          **error)
{
  g_autoptr(GArray) new_ids = g_array_new (FALSE, FALSE, sizeof (NewId));
  gint64 id;

  g_return_val_if_fail (PHYSIO_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (PHYSIO_IS_PROGRAMME (programme), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!validate_programme (programme, error) ||
      !_physio_database_begin (self, error))
    return FALSE;

  id = physio_programme_get_id (programme);
  if (!write_programme (self, programme, &id, new_ids, error))
    {
      _physio_database_rollback (self);
      return FALSE;
    }

  if (!_physio_database_commit (self, error))
    return FALSE;

  /* Ids go on the objects only once the rows exist for sure. */
  physio_programme_set_id (programme, id);
  for (guint i = 0; i < new_ids->len; i++)
    {
      NewId *new_id = &g_array_index (new_ids, NewId, i);

      physio_prescription_set_id (new_id->prescription, new_id->id);
    }

  _physio_database_emit_programme_changed (self, id);
  return TRUE;
}

/* Saving one change ------------------------------------------------------------------------- */

/* The ladder steps that differ from what is stored (@stored, the other side of the change):
 * each changed step is written, and steps past a shorter ladder deleted. */
static gboolean
write_planned_changes (PhysioDatabase      *self,
                       PhysioPrescription  *prescription,
                       PhysioPrescription  *stored,
                       gint64               id,
                       GError             **error)
{
  guint n = physio_prescription_get_n_planned (prescription);
  guint n_stored = physio_prescription_get_n_planned (stored);

  for (guint step = 0; step < n; step++)
    {
      const PhysioDose *dose = physio_prescription_get_planned (prescription, step);
      g_autofree char *json = NULL;
      g_auto(PhysioStatement) stmt = NULL;

      if (step < n_stored && physio_dose_equal (dose, physio_prescription_get_planned (stored, step)))
        continue;

      stmt = _physio_database_prepare (self,
                                       "INSERT OR REPLACE INTO planned_dose (prescription_id, "
                                       "step, dose) VALUES (?, ?, ?)", error);
      if (stmt == NULL)
        return FALSE;

      json = physio_dose_to_json (dose);
      sqlite3_bind_int64 (stmt, 1, id);
      sqlite3_bind_int (stmt, 2, step);
      sqlite3_bind_text (stmt, 3, json, -1, SQLITE_STATIC);
      if (!_physio_database_step_done (self, stmt, error))
        return FALSE;
    }

  if (n < n_stored)
    {
      g_auto(PhysioStatement) stmt = NULL;

      stmt = _physio_database_prepare (self,
                                       "DELETE FROM planned_dose WHERE prescription_id = ? AND "
                                       "step >= ?", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, id);
      sqlite3_bind_int (stmt, 2, n);
      if (!_physio_database_step_done (self, stmt, error))
        return FALSE;
    }

  return TRUE;
}

/* A prescription the change puts (back) into the programme. Its row may still be there (kept
 * as removed for its logs), gone (deleted by the undo of its adding), or never written. */
static gboolean
write_added (PhysioDatabase      *self,
             PhysioPrescription  *prescription,
             gint64               programme_id,
             guint                position,
             GArray              *new_ids,
             GError             **error)
{
  gint64 id = physio_prescription_get_id (prescription);
  gint64 owner = 0;

  if (id > 0 &&
      !_physio_database_query_int (self, "SELECT programme_id FROM prescription WHERE id = ?",
                                   id, &owner, error))
    return FALSE;

  if (id > 0 && owner == programme_id)
    return write_prescription_row (self, prescription, programme_id, position, TRUE, FALSE, TRUE,
                                   &id, error);

  /* Another programme's row (a copy) is not this one's: it gets an id of its own. */
  if (owner != 0)
    id = 0;
  if (!write_prescription_row (self, prescription, programme_id, position, FALSE, TRUE, TRUE,
                               &id, error))
    return FALSE;

  if (id != physio_prescription_get_id (prescription))
    {
      NewId new_id = { prescription, id };

      g_array_append_val (new_ids, new_id);
    }

  return TRUE;
}

static gboolean
in_programme (PhysioProgramme    *programme,
              PhysioPrescription *prescription,
              guint              *position)
{
  guint n = physio_programme_get_n_prescriptions (programme);

  for (guint i = 0; i < n; i++)
    if (physio_programme_get_prescription (programme, i) == prescription)
      {
        *position = i;
        return TRUE;
      }

  return FALSE;
}

static gboolean
validate_change (PhysioProgrammeChange  *change,
                 GError                **error)
{
  PhysioProgramme *programme = physio_programme_change_get_programme (change);
  guint weeks = physio_programme_get_weeks (programme);
  guint n = physio_programme_change_get_n_prescriptions (change);

  /* New settings (a shorter length, another start) concern every prescription. */
  if (physio_programme_change_get_settings_diff (change) & PHYSIO_PROGRAMME_DIFF_SETTINGS)
    return validate_programme (programme, error);

  for (guint i = 0; i < n; i++)
    {
      PhysioPrescription *prescription = physio_programme_change_get_prescription (change, i);
      g_autoptr(GError) local_error = NULL;
      guint position;

      /* One the change takes out is history now, not plan. */
      if (physio_prescription_get_removed (prescription) ||
          !in_programme (programme, prescription, &position))
        continue;

      if (!physio_prescription_validate (prescription, weeks, &local_error))
        return _physio_database_set_invalid (error, local_error->message);
    }

  return TRUE;
}

static gboolean
write_change (PhysioDatabase         *self,
              PhysioProgrammeChange  *change,
              gboolean                after,
              gint64                  id,
              GArray                 *new_ids,
              GError                **error)
{
  PhysioProgramme *programme = physio_programme_change_get_programme (change);
  PhysioProgrammeDiff settings = physio_programme_change_get_settings_diff (change);
  gboolean list_changed = physio_programme_change_get_list_changed (change);
  guint n_touched = physio_programme_change_get_n_prescriptions (change);
  g_autoptr(GHashTable) written = g_hash_table_new (NULL, NULL);

  if (settings & PHYSIO_PROGRAMME_DIFF_SETTINGS)
    {
      if (!_physio_database_patient_exists (self, physio_programme_get_patient_id (programme),
                                            error) ||
          !check_logs_inside (self, programme, id, error) ||
          !write_programme_row (self, programme, TRUE, &id, error))
        return FALSE;
    }
  else if (!_physio_database_run_with_id (self,
                                          "UPDATE programme SET updated_at = " PHYSIO_NOW_SQL
                                          " WHERE id = ?", id, error))
    {
      return FALSE;
    }

  if ((settings & PHYSIO_PROGRAMME_DIFF_PHASES) &&
      !write_phases_and_education (self, programme, id, error))
    return FALSE;

  for (guint i = 0; i < n_touched; i++)
    {
      PhysioPrescription *prescription = physio_programme_change_get_prescription (change, i);
      PhysioPrescription *stored = physio_programme_change_get_state (change, i, !after);
      PhysioPrescriptionDiff diff = physio_programme_change_get_diff (change, i);
      gint64 row_id = physio_prescription_get_id (prescription);
      guint position = 0;
      gboolean present = in_programme (programme, prescription, &position);

      g_hash_table_add (written, prescription);

      if (present && stored == NULL)
        {
          if (!write_added (self, prescription, id, position, new_ids, error))
            return FALSE;
        }
      else if (!present)
        {
          if (row_id > 0 && !retire_prescription (self, row_id, error))
            return FALSE;
        }
      else if (row_id > 0)
        {
          if ((diff & (PHYSIO_PRESCRIPTION_DIFF_FIELDS | PHYSIO_PRESCRIPTION_DIFF_EXERCISE)) ||
              list_changed)
            {
              if (!write_prescription_row (self, prescription, id, position, TRUE,
                                           (diff & PHYSIO_PRESCRIPTION_DIFF_EXERCISE) != 0,
                                           FALSE, &row_id, error))
                return FALSE;
            }
          if ((diff & PHYSIO_PRESCRIPTION_DIFF_LADDER) &&
              !write_planned_changes (self, prescription, stored, row_id, error))
            return FALSE;
        }
    }

  /* An add, remove or move shifts the places of the prescriptions after it. */
  if (list_changed)
    {
      guint n = physio_programme_get_n_prescriptions (programme);

      for (guint i = 0; i < n; i++)
        {
          PhysioPrescription *prescription = physio_programme_get_prescription (programme, i);
          g_auto(PhysioStatement) stmt = NULL;

          if (g_hash_table_contains (written, prescription) ||
              physio_prescription_get_id (prescription) <= 0 ||
              physio_programme_change_get_position (change, prescription, !after) == i)
            continue;

          stmt = _physio_database_prepare (self, "UPDATE prescription SET ord = ? WHERE id = ?",
                                           error);
          if (stmt == NULL)
            return FALSE;
          sqlite3_bind_int (stmt, 1, i);
          sqlite3_bind_int64 (stmt, 2, physio_prescription_get_id (prescription));
          if (!_physio_database_step_done (self, stmt, error))
            return FALSE;
        }
    }

  return TRUE;
}

/* Writes only what @change touched, in one transaction: the programme row when its settings
 * changed (else just its time of update), phases and education when they changed, the row of
 * each edited prescription, the ladder steps that differ, a new row with its exercise
 * snapshot for an added prescription, the retirement of a removed one, and the places of
 * those an add, remove or move shifted. @after says which side of the change the programme
 * now holds (TRUE after a commit or a redo, FALSE after an undo); the store holds the other.
 * An unsaved programme is saved whole. */
gboolean
physio_database_save_programme_change (PhysioDatabase         *self,
                                       PhysioProgrammeChange  *change,
                                       gboolean                after,
                                       GError                **error)
{
  g_autoptr(GArray) new_ids = g_array_new (FALSE, FALSE, sizeof (NewId));
  PhysioProgramme *programme;
  gint64 exists = 0;
  gint64 id;

  g_return_val_if_fail (PHYSIO_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (change != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  programme = physio_programme_change_get_programme (change);
  id = physio_programme_get_id (programme);
  if (id > 0 &&
      !_physio_database_query_int (self, "SELECT count(*) FROM programme WHERE id = ?", id,
                                   &exists, error))
    return FALSE;
  /* Nothing stored to change (never saved, or deleted meanwhile): all of it is written. */
  if (exists == 0)
    return physio_database_save_programme (self, programme, error);

  if (physio_programme_change_is_empty (change))
    return TRUE;

  if (!validate_change (change, error) ||
      !_physio_database_begin (self, error))
    return FALSE;

  if (!write_change (self, change, after, id, new_ids, error))
    {
      _physio_database_rollback (self);
      return FALSE;
    }

  if (!_physio_database_commit (self, error))
    return FALSE;

  for (guint i = 0; i < new_ids->len; i++)
    {
      NewId *new_id = &g_array_index (new_ids, NewId, i);

      physio_prescription_set_id (new_id->prescription, new_id->id);
    }

  _physio_database_emit_programme_changed (self, id);
  return TRUE;
}
