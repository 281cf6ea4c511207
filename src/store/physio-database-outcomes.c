/* physio-database-outcomes.c: outcome measure administrations and licensed wording
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "physio-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include <json-glib/json-glib.h>

#include "physio-database-outcomes.h"
#include "physio-database-private.h"

static gboolean
set_damaged (PhysioDatabase  *self,
             GError         **error)
{
  g_set_error (error, PHYSIO_DATABASE_ERROR, PHYSIO_DATABASE_ERROR_FAILED,
               _("An outcome measure in “%s” cannot be read: its items are damaged."),
               physio_database_get_path (self));
  return FALSE;
}

/* Items as a JSON array of integers, -1 for a blank: "[2,-1,4]". */
static char *
items_to_json (const PhysioOutcomeForm *form)
{
  g_autoptr(GString) json = g_string_new ("[");

  for (guint i = 0; i < form->n_items; i++)
    g_string_append_printf (json, "%s%d", i > 0 ? "," : "", form->items[i]);
  g_string_append_c (json, ']');
  return g_string_free (g_steal_pointer (&json), FALSE);
}

static char *
activities_to_json (const PhysioOutcomeForm *form)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;

  json_builder_begin_array (builder);
  for (guint i = 0; i < form->n_items; i++)
    json_builder_add_string_value (builder, form->activities[i] != NULL ? form->activities[i]
                                                                        : "");
  json_builder_end_array (builder);
  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  return json_generator_to_data (generator, NULL);
}

static JsonArray *
parse_array (JsonParser *parser,
             const char *json)
{
  JsonNode *root;

  if (json == NULL || !json_parser_load_from_data (parser, json, -1, NULL))
    return NULL;
  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_ARRAY (root))
    return NULL;
  return json_node_get_array (root);
}

static gboolean
items_from_json (PhysioOutcomeForm *form,
                 const char        *items_json,
                 const char        *activities_json)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonArray *items = parse_array (parser, items_json);
  guint n;

  if (items == NULL)
    return FALSE;
  n = json_array_get_length (items);
  if (n > PHYSIO_OUTCOME_MAX_ITEMS ||
      (form->instrument == PHYSIO_INSTRUMENT_PSFS && n > PHYSIO_PSFS_MAX_ACTIVITIES))
    return FALSE;

  form->n_items = n;
  for (guint i = 0; i < n; i++)
    {
      JsonNode *node = json_array_get_element (items, i);

      if (json_node_get_value_type (node) != G_TYPE_INT64)
        return FALSE;
      form->items[i] = (int) CLAMP (json_node_get_int (node), G_MININT, G_MAXINT);
    }

  if (form->instrument == PHYSIO_INSTRUMENT_PSFS)
    {
      g_autoptr(JsonParser) text_parser = json_parser_new ();
      JsonArray *activities = parse_array (text_parser, activities_json);

      if (activities == NULL || json_array_get_length (activities) != n)
        return FALSE;
      for (guint i = 0; i < n; i++)
        {
          const char *text = json_array_get_string_element (activities, i);

          if (text == NULL)
            return FALSE;
          form->activities[i] = g_strdup (text);
        }
    }

  return TRUE;
}

static gboolean
exists (PhysioDatabase  *self,
        gint64           id,
        gint64          *patient_id,
        GError         **error)
{
  if (!_physio_database_query_int (self, "SELECT patient_id FROM measure WHERE id = ?", id,
                                   patient_id, error))
    return FALSE;
  if (*patient_id == 0)
    {
      g_set_error (error, PHYSIO_DATABASE_ERROR, PHYSIO_DATABASE_ERROR_NOT_FOUND,
                   _("There is no outcome measure %lld; it may have been deleted."),
                   (long long) id);
      return FALSE;
    }
  return TRUE;
}

gboolean
physio_database_save_outcome (PhysioDatabase     *self,
                              PhysioOutcomeForm  *form,
                              GError            **error)
{
  static const char insert_sql[] =
    "INSERT INTO measure (patient_id, instrument, version, date, recall, items, activities, "
    "total, subscale, valid, invalid_reason, computed_by, created_at) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, " PHYSIO_NOW_SQL ")";
  static const char update_sql[] =
    "UPDATE measure SET patient_id = ?1, instrument = ?2, version = ?3, date = ?4, "
    "recall = ?5, items = ?6, activities = ?7, total = ?8, subscale = ?9, valid = ?10, "
    "invalid_reason = ?11, computed_by = ?12 WHERE id = ?13";
  g_auto(PhysioStatement) stmt = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *items = NULL;
  g_autofree char *activities = NULL;
  PhysioOutcomeScore score;
  gint64 owner = 0;
  gboolean ok;

  g_return_val_if_fail (PHYSIO_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (form != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!physio_outcome_form_check (form, &local_error))
    return _physio_database_set_invalid (error, local_error->message);
  if (!_physio_database_patient_exists (self, form->patient_id, error))
    return FALSE;
  if (form->id > 0 && !exists (self, form->id, &owner, error))
    return FALSE;

  stmt = _physio_database_prepare (self, form->id > 0 ? update_sql : insert_sql, error);
  if (stmt == NULL)
    return FALSE;

  items = items_to_json (form);
  if (form->instrument == PHYSIO_INSTRUMENT_PSFS)
    activities = activities_to_json (form);
  physio_outcome_score (form, NULL, &score);

  sqlite3_bind_int64 (stmt, 1, form->patient_id);
  sqlite3_bind_text (stmt, 2, physio_instrument_to_code (form->instrument), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, form->version != NULL ? form->version
                                                    : physio_instrument_version (form->instrument),
                     -1, SQLITE_STATIC);
  _physio_bind_date (stmt, 4, &form->date);
  sqlite3_bind_text (stmt, 5, physio_recall_to_code (form->recall), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 6, items, -1, SQLITE_STATIC);
  _physio_bind_text_or_null (stmt, 7, activities);
  /* A total that could not be computed at all (nothing answered) is stored as NULL. */
  if (score.valid || score.answered > 0)
    sqlite3_bind_double (stmt, 8, score.total);
  if (form->instrument == PHYSIO_INSTRUMENT_SBST && score.valid)
    sqlite3_bind_double (stmt, 9, score.subscale);
  sqlite3_bind_int (stmt, 10, score.valid ? 1 : 0);
  _physio_bind_text_or_null (stmt, 11, score.valid ? NULL : score.message);
  sqlite3_bind_int (stmt, 12, score.computed_by);
  if (form->id > 0)
    sqlite3_bind_int64 (stmt, 13, form->id);

  ok = _physio_database_step_done (self, stmt, error);
  physio_outcome_score_clear (&score);
  if (!ok)
    return FALSE;

  if (form->id == 0)
    form->id = sqlite3_last_insert_rowid (self->db);

  /* A form moved to another patient changes both. */
  if (owner != 0 && owner != form->patient_id)
    _physio_database_emit_patients_changed (self, owner, "measures");
  _physio_database_emit_patients_changed (self, form->patient_id, "measures");
  return TRUE;
}

GArray *
physio_database_list_outcomes (PhysioDatabase  *self,
                               gint64           patient_id,
                               GError         **error)
{
  static const char sql[] =
    "SELECT id, instrument, version, date, recall, items, activities FROM measure "
    "WHERE patient_id = ? ORDER BY date, id";
  g_autoptr(GArray) forms = g_array_new (FALSE, TRUE, sizeof (PhysioOutcomeForm));
  g_auto(PhysioStatement) stmt = NULL;
  int rc;

  g_return_val_if_fail (PHYSIO_IS_DATABASE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  g_array_set_clear_func (forms, (GDestroyNotify) physio_outcome_form_clear);
  stmt = _physio_database_prepare (self, sql, error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, patient_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      PhysioOutcomeForm form;
      PhysioInstrument instrument;
      PhysioRecall recall;

      if (!physio_instrument_from_code (_physio_column_text (stmt, 1), &instrument) ||
          !physio_recall_from_code (_physio_column_text (stmt, 4), &recall))
        {
          set_damaged (self, error);
          return NULL;
        }

      physio_outcome_form_init (&form, instrument);
      form.id = sqlite3_column_int64 (stmt, 0);
      form.patient_id = patient_id;
      form.version = g_strdup (_physio_column_text (stmt, 2));
      form.recall = recall;
      if (!_physio_date_from_iso (_physio_column_text (stmt, 3), &form.date) ||
          !g_date_valid (&form.date) ||
          !items_from_json (&form, _physio_column_text (stmt, 5), _physio_column_text (stmt, 6)))
        {
          physio_outcome_form_clear (&form);
          set_damaged (self, error);
          return NULL;
        }
      g_array_append_val (forms, form);
    }
  if (rc != SQLITE_DONE)
    {
      _physio_database_set_error (self, rc, error);
      return NULL;
    }

  return g_steal_pointer (&forms);
}

gboolean
physio_database_delete_outcome (PhysioDatabase  *self,
                                gint64           id,
                                GError         **error)
{
  gint64 patient_id = 0;

  g_return_val_if_fail (PHYSIO_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!exists (self, id, &patient_id, error) ||
      !_physio_database_run_with_id (self, "DELETE FROM measure WHERE id = ?", id, error))
    return FALSE;

  _physio_database_emit_patients_changed (self, patient_id, "measures");
  return TRUE;
}

GArray *
physio_database_outcomes_due (PhysioDatabase   *self,
                              PhysioProgramme  *programme,
                              const GDate      *today,
                              GError          **error)
{
  g_autoptr(GArray) forms = NULL;
  PhysioOutcomeSchedule schedule;

  g_return_val_if_fail (PHYSIO_IS_DATABASE (self), NULL);
  g_return_val_if_fail (PHYSIO_IS_PROGRAMME (programme), NULL);
  g_return_val_if_fail (today != NULL && g_date_valid (today), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  forms = physio_database_list_outcomes (self, physio_programme_get_patient_id (programme), error);
  if (forms == NULL)
    return NULL;

  physio_outcome_schedule_init (&schedule, programme, (const PhysioOutcomeForm *) forms->data,
                                forms->len);
  return physio_outcome_due (&schedule, (const PhysioOutcomeForm *) forms->data, forms->len,
                             today);
}

/* Licensed wording --------------------------------------------------------------------------- */

static gboolean
takes_wording (PhysioInstrument instrument)
{
  return instrument == PHYSIO_INSTRUMENT_ODI || instrument == PHYSIO_INSTRUMENT_RMDQ ||
         instrument == PHYSIO_INSTRUMENT_SBST;
}

GHashTable *
physio_database_get_licensed_wording (PhysioDatabase    *self,
                                      PhysioInstrument   instrument,
                                      GError           **error)
{
  g_autoptr(GHashTable) wording = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_auto(PhysioStatement) stmt = NULL;
  int rc;

  g_return_val_if_fail (PHYSIO_IS_DATABASE (self), NULL);
  g_return_val_if_fail ((guint) instrument < PHYSIO_N_INSTRUMENTS, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stmt = _physio_database_prepare (self,
                                   "SELECT item, text FROM licensed_wording WHERE instrument = ?",
                                   error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_text (stmt, 1, physio_instrument_to_code (instrument), -1, SQLITE_STATIC);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_hash_table_insert (wording, g_strdup (_physio_column_text (stmt, 0)),
                         g_strdup (_physio_column_text (stmt, 1)));
  if (rc != SQLITE_DONE)
    {
      _physio_database_set_error (self, rc, error);
      return NULL;
    }

  return g_steal_pointer (&wording);
}

static gboolean
write_wording (PhysioDatabase    *self,
               const char        *code,
               GHashTable        *wording,
               GError           **error)
{
  g_auto(PhysioStatement) clear = NULL;
  GHashTableIter iter;
  gpointer key, value;

  clear = _physio_database_prepare (self, "DELETE FROM licensed_wording WHERE instrument = ?",
                                    error);
  if (clear == NULL)
    return FALSE;
  sqlite3_bind_text (clear, 1, code, -1, SQLITE_STATIC);
  if (!_physio_database_step_done (self, clear, error))
    return FALSE;

  if (wording == NULL)
    return TRUE;

  g_hash_table_iter_init (&iter, wording);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      g_auto(PhysioStatement) insert = NULL;

      insert = _physio_database_prepare (self,
                                         "INSERT INTO licensed_wording (instrument, item, text, "
                                         "updated_at) VALUES (?, ?, ?, " PHYSIO_NOW_SQL ")",
                                         error);
      if (insert == NULL)
        return FALSE;
      sqlite3_bind_text (insert, 1, code, -1, SQLITE_STATIC);
      sqlite3_bind_text (insert, 2, key, -1, SQLITE_STATIC);
      sqlite3_bind_text (insert, 3, value != NULL ? value : "", -1, SQLITE_STATIC);
      if (!_physio_database_step_done (self, insert, error))
        return FALSE;
    }

  return TRUE;
}

gboolean
physio_database_set_licensed_wording (PhysioDatabase    *self,
                                      PhysioInstrument   instrument,
                                      GHashTable        *wording,
                                      GError           **error)
{
  g_return_val_if_fail (PHYSIO_IS_DATABASE (self), FALSE);
  g_return_val_if_fail ((guint) instrument < PHYSIO_N_INSTRUMENTS, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!takes_wording (instrument))
    return _physio_database_set_invalid (error, _("This measure is free to use: its wording is "
                                                "built in."));

  /* All of it or none: a half-replaced questionnaire would mix two texts. */
  if (!_physio_database_begin (self, error))
    return FALSE;
  if (!write_wording (self, physio_instrument_to_code (instrument), wording, error))
    {
      _physio_database_rollback (self);
      return FALSE;
    }
  return _physio_database_commit (self, error);
}
