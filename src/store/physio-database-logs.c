/* physio-database-logs.c: session logs, the patient's diary and the dose-change audit log
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "physio-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include <math.h>

#include "physio-database-patients.h"
#include "physio-database-private.h"
#include "physio-library-json.h"
#include "physio-load-steps.h"

static gboolean
set_damaged (PhysioDatabase  *self,
             const char      *what,
             GError         **error)
{
  g_set_error (error, PHYSIO_DATABASE_ERROR, PHYSIO_DATABASE_ERROR_FAILED,
               _("%s in “%s” cannot be read: a date or value is damaged."), what,
               physio_database_get_path (self));
  return FALSE;
}

/* A score that may be missing: -1 is "not logged", else 0–10. */
static gboolean
score_valid (int score)
{
  return score == -1 || (score >= 0 && score <= 10);
}

static void
bind_score (sqlite3_stmt *stmt,
            int           column,
            int           score)
{
  if (score < 0)
    sqlite3_bind_null (stmt, column);
  else
    sqlite3_bind_int (stmt, column, score);
}

static int
column_score (sqlite3_stmt *stmt,
              int           column)
{
  if (sqlite3_column_type (stmt, column) == SQLITE_NULL)
    return -1;

  return sqlite3_column_int (stmt, column);
}

/* Where a prescription belongs: its programme's id, start date and length. */
typedef struct
{
  gint64 programme_id;
  gint64 patient_id;
  GDate  start;
  guint  weeks;
} Owner;

static gboolean
find_owner (PhysioDatabase  *self,
            gint64           prescription_id,
            Owner           *owner,
            GError         **error)
{
  g_auto(PhysioStatement) stmt = NULL;
  int rc;

  stmt = _physio_database_prepare (self,
                                   "SELECT p.id, p.patient_id, p.start_date, p.weeks "
                                   "FROM prescription AS r JOIN programme AS p "
                                   "ON p.id = r.programme_id WHERE r.id = ?", error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, prescription_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_DONE)
    {
      g_set_error (error, PHYSIO_DATABASE_ERROR, PHYSIO_DATABASE_ERROR_NOT_FOUND,
                   _("There is no prescription %lld; save the programme first."),
                   (long long) prescription_id);
      return FALSE;
    }
  if (rc != SQLITE_ROW)
    return _physio_database_set_error (self, rc, error);

  owner->programme_id = sqlite3_column_int64 (stmt, 0);
  owner->patient_id = sqlite3_column_int64 (stmt, 1);
  owner->weeks = sqlite3_column_int (stmt, 3);
  if (!_physio_date_from_iso (_physio_column_text (stmt, 2), &owner->start))
    return set_damaged (self, "A programme", error);

  return TRUE;
}

/* The session must fall in the programme: from its start to the last day of its last week. */
static gboolean
check_session_date (const Owner  *owner,
                    const GDate  *date,
                    GError      **error)
{
  g_autofree char *day = NULL;
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;
  GDate end;
  gboolean with_year;

  if (!g_date_valid (&owner->start))
    return _physio_database_set_invalid (error,
                                         _("This programme has no start date yet, so its sessions "
                                         "cannot be recorded."));

  end = owner->start;
  g_date_add_days (&end, owner->weeks * 7 - 1);
  if (g_date_compare (date, &owner->start) >= 0 && g_date_compare (date, &end) <= 0)
    return TRUE;

  /* The year only when it is not obvious. */
  with_year = g_date_get_year (date) != g_date_get_year (&owner->start) ||
              g_date_get_year (&end) != g_date_get_year (&owner->start);
  day = _physio_date_format (date, with_year);
  first = _physio_date_format (&owner->start, with_year);
  last = _physio_date_format (&end, with_year);
  g_set_error (error, PHYSIO_DATABASE_ERROR, PHYSIO_DATABASE_ERROR_INVALID,
               _("The session on %s is outside this programme (%s – %s)."), day, first, last);
  return FALSE;
}

static gboolean
check_session_values (const PhysioSessionLog  *log,
                      GError                 **error)
{
  if (!g_date_valid (&log->date))
    return _physio_database_set_invalid (error, _("Choose the date of the session."));
  if (!isfinite (log->completed_fraction) || log->completed_fraction < 0)
    return _physio_database_set_invalid (error,
                                         _("How much of the session was done must be 0% or more."));
  if (!score_valid (log->pain_during_max))
    return _physio_database_set_invalid (error,
                                         _("Pain during the exercise must be between 0 and 10."));
  if (!score_valid (log->rpe))
    return _physio_database_set_invalid (error, _("Effort (RPE) must be between 0 and 10."));
  if (!isfinite (log->achieved_load_kg) || log->achieved_load_kg < 0)
    return _physio_database_set_invalid (error, _("The load lifted must be more than 0 kg."));

  return TRUE;
}

static gboolean
insert_session_log (PhysioDatabase          *self,
                    gint64                   prescription_id,
                    const PhysioSessionLog  *log,
                    gint64                  *id,
                    GError                 **error)
{
  static const char sql[] =
    "INSERT INTO session_log (prescription_id, date, completed_fraction, achieved, "
    "pain_during_max, rpe, achieved_load_kg, created_at) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, " PHYSIO_NOW_SQL ")";
  g_auto(PhysioStatement) stmt = NULL;

  stmt = _physio_database_prepare (self, sql, error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, prescription_id);
  _physio_bind_date (stmt, 2, &log->date);
  sqlite3_bind_double (stmt, 3, log->completed_fraction);
  if (log->achieved > 0)
    sqlite3_bind_int64 (stmt, 4, log->achieved);
  bind_score (stmt, 5, log->pain_during_max);
  bind_score (stmt, 6, log->rpe);
  if (log->achieved_load_kg > 0)
    sqlite3_bind_double (stmt, 7, log->achieved_load_kg);
  if (!_physio_database_step_done (self, stmt, error))
    return FALSE;

  if (id != NULL)
    *id = sqlite3_last_insert_rowid (self->db);
  return TRUE;
}

gboolean
physio_database_add_session_log (PhysioDatabase          *self,
                                 gint64                   prescription_id,
                                 const PhysioSessionLog  *log,
                                 gint64                  *id,
                                 GError                 **error)
{
  Owner owner;

  g_return_val_if_fail (PHYSIO_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (log != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!check_session_values (log, error) ||
      !find_owner (self, prescription_id, &owner, error) ||
      !check_session_date (&owner, &log->date, error) ||
      !insert_session_log (self, prescription_id, log, id, error))
    return FALSE;

  _physio_database_emit_programme_logs_changed (self, owner.programme_id);
  return TRUE;
}

gboolean
physio_database_replace_session_logs (PhysioDatabase          *self,
                                      gint64                   prescription_id,
                                      const GDate             *date,
                                      const PhysioSessionLog  *logs,
                                      guint                    n_logs,
                                      GError                 **error)
{
  g_auto(PhysioStatement) clear = NULL;
  Owner owner;

  g_return_val_if_fail (PHYSIO_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (date != NULL && g_date_valid (date), FALSE);
  g_return_val_if_fail (logs != NULL || n_logs == 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  /* Everything is checked before anything is written. */
  for (guint i = 0; i < n_logs; i++)
    {
      if (g_date_compare (&logs[i].date, date) != 0)
        return _physio_database_set_invalid (error, _("Every session must be on the day "
                                                    "being replaced."));
      if (!check_session_values (&logs[i], error))
        return FALSE;
    }
  if (!find_owner (self, prescription_id, &owner, error) ||
      !check_session_date (&owner, date, error))
    return FALSE;

  if (!_physio_database_begin (self, error))
    return FALSE;

  clear = _physio_database_prepare (self, "DELETE FROM session_log WHERE prescription_id = ? "
                                          "AND date = ?", error);
  if (clear == NULL)
    goto fail;
  sqlite3_bind_int64 (clear, 1, prescription_id);
  _physio_bind_date (clear, 2, date);
  if (!_physio_database_step_done (self, clear, error))
    goto fail;

  for (guint i = 0; i < n_logs; i++)
    if (!insert_session_log (self, prescription_id, &logs[i], NULL, error))
      goto fail;

  if (!_physio_database_commit (self, error))
    return FALSE;

  _physio_database_emit_programme_changed (self, owner.programme_id);
  return TRUE;

fail:
  _physio_database_rollback (self);
  return FALSE;
}

GArray *
physio_database_list_session_logs (PhysioDatabase  *self,
                                   gint64           prescription_id,
                                   const GDate     *from,
                                   const GDate     *to,
                                   GError         **error)
{
  static const char sql[] =
    "SELECT date, completed_fraction, achieved, pain_during_max, rpe, achieved_load_kg "
    "FROM session_log "
    "WHERE prescription_id = ?1 AND (?2 IS NULL OR date >= ?2) AND (?3 IS NULL OR date <= ?3) "
    "ORDER BY date, id";
  g_autoptr(GArray) logs = g_array_new (FALSE, TRUE, sizeof (PhysioSessionLog));
  g_auto(PhysioStatement) stmt = NULL;
  int rc;

  g_return_val_if_fail (PHYSIO_IS_DATABASE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stmt = _physio_database_prepare (self, sql, error);
  if (stmt == NULL)
    return NULL;

  /* ISO dates compare as text in date order. */
  sqlite3_bind_int64 (stmt, 1, prescription_id);
  _physio_bind_date (stmt, 2, from);
  _physio_bind_date (stmt, 3, to);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      PhysioSessionLog log = { 0 };

      if (!_physio_date_from_iso (_physio_column_text (stmt, 0), &log.date) ||
          !g_date_valid (&log.date))
        {
          set_damaged (self, "A session log", error);
          return NULL;
        }
      log.completed_fraction = sqlite3_column_double (stmt, 1);
      log.achieved = (guint) sqlite3_column_int64 (stmt, 2);
      log.pain_during_max = column_score (stmt, 3);
      log.rpe = column_score (stmt, 4);
      log.achieved_load_kg = sqlite3_column_double (stmt, 5);
      g_array_append_val (logs, log);
    }
  if (rc != SQLITE_DONE)
    {
      _physio_database_set_error (self, rc, error);
      return NULL;
    }

  return g_steal_pointer (&logs);
}

/* Diary -------------------------------------------------------------------------------------- */

gboolean
physio_database_save_diary_entry (PhysioDatabase          *self,
                                  gint64                   patient_id,
                                  const PhysioDiaryEntry  *entry,
                                  GError                 **error)
{
  /* An upsert rather than REPLACE: a second entry for the day replaces what this struct
   * carries and leaves the day's other columns (steps, note) alone. */
  static const char sql[] =
    "INSERT INTO diary (patient_id, date, morning_pain, red_flag, exercise_pain, "
    "next_morning_pain, activity_minutes) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) "
    "ON CONFLICT (patient_id, date) DO UPDATE SET morning_pain = excluded.morning_pain, "
    "red_flag = excluded.red_flag, exercise_pain = excluded.exercise_pain, "
    "next_morning_pain = excluded.next_morning_pain, "
    "activity_minutes = excluded.activity_minutes";
  g_auto(PhysioStatement) stmt = NULL;

  g_return_val_if_fail (PHYSIO_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (entry != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!g_date_valid (&entry->date))
    return _physio_database_set_invalid (error, _("Choose the date of the diary entry."));
  if (!score_valid (entry->morning_pain))
    return _physio_database_set_invalid (error, _("Morning pain must be between 0 and 10."));
  if (entry->has_exercise_pain && !(entry->exercise_pain >= 0 && entry->exercise_pain <= 10))
    return _physio_database_set_invalid (error,
                                         _("Pain during exercise must be between 0 and 10."));
  if (entry->has_next_morning &&
      !(entry->next_morning_pain >= 0 && entry->next_morning_pain <= 10))
    return _physio_database_set_invalid (error, _("Pain the next morning must be between 0 and 10."));
  if (entry->has_activity_minutes &&
      !(entry->activity_minutes >= 0 && entry->activity_minutes <= 24 * 60))
    return _physio_database_set_invalid (error,
                                         _("Activity minutes must be between 0 and 1440 (a whole day)."));
  if (!_physio_database_patient_exists (self, patient_id, error))
    return FALSE;

  stmt = _physio_database_prepare (self, sql, error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, patient_id);
  _physio_bind_date (stmt, 2, &entry->date);
  bind_score (stmt, 3, entry->morning_pain);
  sqlite3_bind_int (stmt, 4, entry->red_flag ? 1 : 0);
  bind_score (stmt, 5, entry->has_exercise_pain ? entry->exercise_pain : -1);
  bind_score (stmt, 6, entry->has_next_morning ? entry->next_morning_pain : -1);
  if (entry->has_activity_minutes)
    sqlite3_bind_int (stmt, 7, entry->activity_minutes);
  else
    sqlite3_bind_null (stmt, 7);
  if (!_physio_database_step_done (self, stmt, error))
    return FALSE;

  _physio_database_emit_patients_changed (self, patient_id, "diary");
  return TRUE;
}

GArray *
physio_database_list_diary (PhysioDatabase  *self,
                            gint64           patient_id,
                            const GDate     *from,
                            const GDate     *to,
                            GError         **error)
{
  static const char sql[] =
    "SELECT date, morning_pain, red_flag, exercise_pain, next_morning_pain, activity_minutes "
    "FROM diary "
    "WHERE patient_id = ?1 AND (?2 IS NULL OR date >= ?2) AND (?3 IS NULL OR date <= ?3) "
    "ORDER BY date";
  g_autoptr(GArray) entries = g_array_new (FALSE, TRUE, sizeof (PhysioDiaryEntry));
  g_auto(PhysioStatement) stmt = NULL;
  int rc;

  g_return_val_if_fail (PHYSIO_IS_DATABASE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stmt = _physio_database_prepare (self, sql, error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, patient_id);
  _physio_bind_date (stmt, 2, from);
  _physio_bind_date (stmt, 3, to);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      PhysioDiaryEntry entry = { 0 };

      if (!_physio_date_from_iso (_physio_column_text (stmt, 0), &entry.date) ||
          !g_date_valid (&entry.date))
        {
          set_damaged (self, "A diary entry", error);
          return NULL;
        }
      entry.morning_pain = column_score (stmt, 1);
      entry.red_flag = sqlite3_column_int (stmt, 2) != 0;
      entry.exercise_pain = column_score (stmt, 3);
      entry.has_exercise_pain = entry.exercise_pain >= 0;
      entry.next_morning_pain = column_score (stmt, 4);
      entry.has_next_morning = entry.next_morning_pain >= 0;
      entry.has_activity_minutes = sqlite3_column_type (stmt, 5) != SQLITE_NULL;
      entry.activity_minutes = entry.has_activity_minutes ? sqlite3_column_int (stmt, 5) : 0;
      g_array_append_val (entries, entry);
    }
  if (rc != SQLITE_DONE)
    {
      _physio_database_set_error (self, rc, error);
      return NULL;
    }

  return g_steal_pointer (&entries);
}

/* Audit log ---------------------------------------------------------------------------------- */

/* physio-review.h's outcomes, and "redone": the review's undo stack logs an undo and a redo
 * as rows of their own, so the newest row always holds the dose in force. */
static const char * const outcomes[] = {
  "accepted", "edited", "rejected", "undone", "redone", NULL
};

static gboolean
decision_from_code (const char     *code,
                    PhysioDecision *decision)
{
  for (PhysioDecision d = PHYSIO_DECISION_STOP; d <= PHYSIO_DECISION_SWAP; d++)
    if (g_strcmp0 (code, physio_decision_to_code (d)) == 0)
      {
        *decision = d;
        return TRUE;
      }

  return FALSE;
}

static gboolean
check_dose_change (const PhysioDoseChange  *change,
                   GError                 **error)
{
  if (!g_date_valid (&change->effective_date))
    return _physio_database_set_invalid (error, _("A dose change needs the date it takes effect."));
  if (change->decision > PHYSIO_DECISION_SWAP || change->proposed > PHYSIO_DECISION_SWAP)
    return _physio_database_set_invalid (error, _("A dose change needs a known decision."));
  if (change->outcome == NULL || !g_strv_contains (outcomes, change->outcome))
    return _physio_database_set_invalid (error,
                                         _("A dose change is accepted, edited, rejected, undone "
                                         "or redone."));
  if (change->decision == PHYSIO_DECISION_SWAP &&
      (change->swap_to == NULL || *change->swap_to == '\0'))
    return _physio_database_set_invalid (error, _("A swap needs the exercise it swaps to."));

  return TRUE;
}

gboolean
physio_database_add_dose_change (PhysioDatabase    *self,
                                 PhysioDoseChange  *change,
                                 GError           **error)
{
  static const char sql[] =
    "INSERT INTO dose_change (prescription_id, effective_date, old_dose, new_dose, old_step, "
    "new_step, decision, proposed, reasons, proposed_by, outcome, accepted_by, accepted_at, "
    "swap_to) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
  g_autofree char *old_dose = NULL;
  g_autofree char *new_dose = NULL;
  g_autofree char *reasons = NULL;
  g_autofree char *accepted_at = NULL;
  g_auto(PhysioStatement) stmt = NULL;
  Owner owner;

  g_return_val_if_fail (PHYSIO_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (change != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!check_dose_change (change, error) ||
      !find_owner (self, change->prescription_id, &owner, error))
    return FALSE;

  stmt = _physio_database_prepare (self, sql, error);
  if (stmt == NULL)
    return FALSE;

  old_dose = physio_dose_to_json (&change->old_dose);
  new_dose = physio_dose_to_json (&change->new_dose);
  reasons = physio_reasons_to_codes (change->reasons);
  if (change->accepted_at != NULL)
    accepted_at = g_date_time_format_iso8601 (change->accepted_at);

  sqlite3_bind_int64 (stmt, 1, change->prescription_id);
  _physio_bind_date (stmt, 2, &change->effective_date);
  sqlite3_bind_text (stmt, 3, old_dose, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, new_dose, -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 5, change->old_step);
  sqlite3_bind_int (stmt, 6, change->new_step);
  sqlite3_bind_text (stmt, 7, physio_decision_to_code (change->decision), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 8, physio_decision_to_code (change->proposed), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 9, reasons != NULL ? reasons : "", -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 10, change->by_clinician ? "clinician" : "rule", -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 11, change->outcome, -1, SQLITE_STATIC);
  _physio_bind_text_or_null (stmt, 12, change->accepted_by);
  _physio_bind_text_or_null (stmt, 13, accepted_at);
  _physio_bind_text_or_null (stmt, 14, change->swap_to);
  if (!_physio_database_step_done (self, stmt, error))
    return FALSE;

  change->id = sqlite3_last_insert_rowid (self->db);
  _physio_database_emit_programme_logs_changed (self, owner.programme_id);
  return TRUE;
}

static gboolean
read_dose_change (sqlite3_stmt      *stmt,
                  PhysioDoseChange  *change)
{
  const char *accepted_at = _physio_column_text (stmt, 13);

  change->id = sqlite3_column_int64 (stmt, 0);
  change->prescription_id = sqlite3_column_int64 (stmt, 1);
  change->old_step = sqlite3_column_int (stmt, 5);
  change->new_step = sqlite3_column_int (stmt, 6);
  change->reasons = physio_reasons_from_codes (_physio_column_text (stmt, 9));
  change->by_clinician = g_strcmp0 (_physio_column_text (stmt, 10), "clinician") == 0;
  change->outcome = g_strdup (_physio_column_text (stmt, 11));
  change->accepted_by = g_strdup (_physio_column_text (stmt, 12));
  change->swap_to = g_strdup (_physio_column_text (stmt, 14));
  if (accepted_at != NULL)
    change->accepted_at = g_date_time_new_from_iso8601 (accepted_at, NULL);

  return _physio_date_from_iso (_physio_column_text (stmt, 2), &change->effective_date) &&
         physio_dose_from_json (_physio_column_text (stmt, 3), &change->old_dose, NULL) &&
         physio_dose_from_json (_physio_column_text (stmt, 4), &change->new_dose, NULL) &&
         decision_from_code (_physio_column_text (stmt, 7), &change->decision) &&
         decision_from_code (_physio_column_text (stmt, 8), &change->proposed) &&
         (accepted_at == NULL || change->accepted_at != NULL);
}

GArray *
physio_database_list_dose_changes (PhysioDatabase  *self,
                                   gint64           prescription_id,
                                   GError         **error)
{
  static const char sql[] =
    "SELECT id, prescription_id, effective_date, old_dose, new_dose, old_step, new_step, "
    "decision, proposed, reasons, proposed_by, outcome, accepted_by, accepted_at, swap_to "
    "FROM dose_change WHERE prescription_id = ? ORDER BY id";
  g_autoptr(GArray) changes = g_array_new (FALSE, TRUE, sizeof (PhysioDoseChange));
  g_auto(PhysioStatement) stmt = NULL;
  int rc;

  g_return_val_if_fail (PHYSIO_IS_DATABASE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  g_array_set_clear_func (changes, (GDestroyNotify) physio_dose_change_clear);
  stmt = _physio_database_prepare (self, sql, error);
  if (stmt == NULL)
    return NULL;

  /* Ids grow with time, so id order is the order the changes were made in. */
  sqlite3_bind_int64 (stmt, 1, prescription_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      PhysioDoseChange change;
      gboolean ok;

      physio_dose_change_init (&change);
      ok = read_dose_change (stmt, &change);
      g_array_append_val (changes, change);
      if (!ok)
        {
          set_damaged (self, "A dose change", error);
          return NULL;
        }
    }
  if (rc != SQLITE_DONE)
    {
      _physio_database_set_error (self, rc, error);
      return NULL;
    }

  return g_steal_pointer (&changes);
}

/* Weekly review ------------------------------------------------------------------------------ */

typedef struct
{
  GArray *logs;      /* PhysioSessionLog */
  GArray *changes;   /* PhysioDoseChange */
} ReviewData;

static void
review_data_clear (ReviewData *data)
{
  g_clear_pointer (&data->logs, g_array_unref);
  g_clear_pointer (&data->changes, g_array_unref);
}

GArray *
physio_database_review_programme (PhysioDatabase   *self,
                                  PhysioProgramme  *programme,
                                  const GDate      *window_start,
                                  GError          **error)
{
  const PhysioRuleParams *params;
  g_autoptr(GArray) data = NULL;
  g_autoptr(GArray) inputs = NULL;
  g_autoptr(GArray) diary = NULL;
  GDate window_end, diary_from, diary_to;
  guint n;

  g_return_val_if_fail (PHYSIO_IS_DATABASE (self), NULL);
  g_return_val_if_fail (PHYSIO_IS_PROGRAMME (programme), NULL);
  g_return_val_if_fail (window_start != NULL && g_date_valid (window_start), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  params = physio_programme_get_rule_params (programme);
  window_end = *window_start;
  g_date_add_days (&window_end, MAX (params->window_days, 1) - 1);

  /* The diary from a window before (the morning trend compares with the week before) to the
   * morning after the window's last session (whether it settled). */
  diary_from = *window_start;
  g_date_subtract_days (&diary_from, params->window_days);
  diary_to = window_end;
  g_date_add_days (&diary_to, 1);
  diary = physio_database_list_diary (self, physio_programme_get_patient_id (programme),
                                      &diary_from, &diary_to, error);
  if (diary == NULL)
    return NULL;

  n = physio_programme_get_n_prescriptions (programme);
  data = g_array_new (FALSE, TRUE, sizeof (ReviewData));
  g_array_set_clear_func (data, (GDestroyNotify) review_data_clear);
  g_array_set_size (data, n);
  inputs = g_array_new (FALSE, TRUE, sizeof (PhysioReviewInput));
  for (guint i = 0; i < n; i++)
    {
      PhysioPrescription *prescription = physio_programme_get_prescription (programme, i);
      gint64 id = physio_prescription_get_id (prescription);
      ReviewData *rows = &g_array_index (data, ReviewData, i);
      PhysioReviewInput input = { prescription, NULL, 0, NULL, 0 };

      if (physio_prescription_get_removed (prescription))
        continue;

      /* A prescription not saved yet has no rows. */
      if (id > 0)
        {
          rows->logs = physio_database_list_session_logs (self, id, window_start, &window_end,
                                                          error);
          if (rows->logs == NULL)
            return NULL;
          rows->changes = physio_database_list_dose_changes (self, id, error);
          if (rows->changes == NULL)
            return NULL;

          input.logs = (const PhysioSessionLog *) rows->logs->data;
          input.n_logs = rows->logs->len;
          input.changes = (const PhysioDoseChange *) rows->changes->data;
          input.n_changes = rows->changes->len;
        }
      g_array_append_val (inputs, input);
    }

  /* The load steps of each exercise's equipment are the core's rule, not the store's. */
  return physio_review_propose_by_equipment (programme, (const PhysioReviewInput *) inputs->data,
                                             inputs->len, (const PhysioDiaryEntry *) diary->data,
                                             diary->len, window_start);
}
