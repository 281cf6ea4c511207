/* physio-database-handouts.c: the handouts issued to a patient (schema version 5)
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each issue keeps a JSON snapshot of what the handout showed: per exercise its id, content
 * version, name, dosage kind and side, and the planned dose of every week. That is what the
 * next handout compares with to mark "new", "a little harder" or "a little easier", and what a
 * clinician could reprint from, whatever became of the programme since.
 *
 *   {"format": 1, "issue_week": 3, "exercises": [{"prescription_id": 7, "exercise_id": "COR-05",
 *    "exercise_version": 2, "name": "…", "dosage_kind": "hold", "laterality": "bilateral",
 *    "week_from": 1, "week_to": 12, "weeks": [<dose>, …]}, …]}
 */

#define G_LOG_DOMAIN "physio-store"

#include "config.h"

#include <json-glib/json-glib.h>

#include "physio-database-handouts.h"
#include "physio-database-private.h"
#include "physio-library-json.h"

#define SNAPSHOT_FORMAT 1

/* The command-line export records its issue while the app may be saving edit after edit.
 * SQLite's own busy handler sleeps longer and longer and can miss every short gap between the
 * app's transactions for its whole timeout; polling every half millisecond finds one. */
#define ISSUE_POLL_US 500
#define ISSUE_WAIT_US (10 * G_USEC_PER_SEC)

static int
poll_busy (gpointer data,
           int      count)
{
  gint64 deadline = *(gint64 *) data;

  if (g_get_monotonic_time () >= deadline)
    return 0;
  g_usleep (ISSUE_POLL_US);
  return 1;
}

void
physio_handout_issue_free (PhysioHandoutIssue *issue)
{
  if (issue == NULL)
    return;
  g_free (issue->issued_at);
  g_free (issue->language);
  g_free (issue->paper);
  physio_handout_snapshot_free (issue->content);
  g_free (issue);
}

char *
physio_handout_snapshot_to_json (const PhysioHandoutSnapshot *content)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;

  g_return_val_if_fail (content != NULL, NULL);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "format");
  json_builder_add_int_value (builder, SNAPSHOT_FORMAT);
  json_builder_set_member_name (builder, "issue_week");
  json_builder_add_int_value (builder, content->issue_week);
  json_builder_set_member_name (builder, "exercises");
  json_builder_begin_array (builder);
  for (guint i = 0; i < content->items->len; i++)
    {
      const PhysioHandoutItem *item = content->items->pdata[i];

      if (!item->shown)
        continue;
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "prescription_id");
      json_builder_add_int_value (builder, item->prescription_id);
      json_builder_set_member_name (builder, "exercise_id");
      json_builder_add_string_value (builder, item->exercise_id);
      json_builder_set_member_name (builder, "exercise_version");
      json_builder_add_int_value (builder, item->exercise_version);
      json_builder_set_member_name (builder, "name");
      json_builder_add_string_value (builder, item->exercise_name != NULL ? item->exercise_name
                                                                          : "");
      json_builder_set_member_name (builder, "dosage_kind");
      json_builder_add_string_value (builder, physio_dosage_kind_to_code (item->dosage_kind));
      json_builder_set_member_name (builder, "laterality");
      json_builder_add_string_value (builder, physio_laterality_to_code (item->laterality));
      json_builder_set_member_name (builder, "week_from");
      json_builder_add_int_value (builder, item->week_from);
      json_builder_set_member_name (builder, "week_to");
      json_builder_add_int_value (builder, item->week_to);
      json_builder_set_member_name (builder, "weeks");
      json_builder_begin_array (builder);
      for (guint w = 0; w < item->doses->len; w++)
        json_builder_add_value (builder,
                                physio_dose_to_json_node (&g_array_index (item->doses,
                                                                          PhysioDose, w)));
      json_builder_end_array (builder);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  return json_generator_to_data (generator, NULL);
}

static gboolean
snapshot_fail (GError    **error,
               const char *detail)
{
  g_set_error (error, PHYSIO_DATABASE_ERROR, PHYSIO_DATABASE_ERROR_LIBRARY,
               "The record of the last handout cannot be read (%s).", detail);
  return FALSE;
}

static gboolean
read_uint (JsonObject *object,
           const char *member,
           guint       max,
           guint      *out)
{
  JsonNode *node = json_object_get_member (object, member);
  gint64 value;

  if (node == NULL || json_node_get_value_type (node) != G_TYPE_INT64)
    return FALSE;
  value = json_node_get_int (node);
  if (value < 0 || value > max)
    return FALSE;
  *out = (guint) value;
  return TRUE;
}

static gboolean
read_item (JsonObject            *object,
           PhysioHandoutSnapshot *snapshot,
           GError               **error)
{
  const char *exercise_id = json_object_get_string_member_with_default (object, "exercise_id",
                                                                        NULL);
  const char *kind = json_object_get_string_member_with_default (object, "dosage_kind", NULL);
  const char *side = json_object_get_string_member_with_default (object, "laterality", NULL);
  JsonNode *weeks = json_object_get_member (object, "weeks");
  PhysioHandoutItem *item;
  JsonArray *array;

  if (exercise_id == NULL || kind == NULL || side == NULL || weeks == NULL ||
      !JSON_NODE_HOLDS_ARRAY (weeks))
    return snapshot_fail (error, "an exercise lacks its id, kind, side or weeks");

  item = physio_handout_snapshot_add_item (snapshot, exercise_id);
  item->prescription_id = json_object_get_int_member_with_default (object, "prescription_id", 0);
  item->exercise_name = g_strdup (json_object_get_string_member_with_default (object, "name", ""));
  if (!physio_dosage_kind_from_code (kind, &item->dosage_kind) ||
      !physio_laterality_from_code (side, &item->laterality))
    return snapshot_fail (error, "an unknown dosage kind or side");
  if (!read_uint (object, "exercise_version", G_MAXINT, &item->exercise_version) ||
      !read_uint (object, "week_from", 520, &item->week_from) ||
      !read_uint (object, "week_to", 520, &item->week_to) ||
      item->week_from == 0 || item->week_to < item->week_from)
    return snapshot_fail (error, "an exercise's weeks are out of range");

  array = json_node_get_array (weeks);
  if (json_array_get_length (array) != item->week_to - item->week_from + 1)
    return snapshot_fail (error, "an exercise has a dose for fewer or more weeks than it says");
  for (guint w = 0; w < json_array_get_length (array); w++)
    {
      PhysioDose dose = PHYSIO_DOSE_INIT;

      if (!physio_dose_from_json_node (json_array_get_element (array, w), exercise_id, "weeks",
                                       &dose, error))
        {
          physio_dose_clear (&dose);
          return FALSE;
        }
      g_array_append_val (item->doses, dose);
    }
  return TRUE;
}

PhysioHandoutSnapshot *
physio_handout_snapshot_from_json (const char  *json,
                                   GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(PhysioHandoutSnapshot) snapshot = physio_handout_snapshot_new ();
  g_autoptr(GError) parse_error = NULL;
  JsonObject *root;
  JsonNode *exercises;
  guint format;

  g_return_val_if_fail (json != NULL, NULL);

  if (!json_parser_load_from_data (parser, json, -1, &parse_error))
    {
      snapshot_fail (error, parse_error->message);
      return NULL;
    }
  if (!JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    {
      snapshot_fail (error, "not a JSON object");
      return NULL;
    }
  root = json_node_get_object (json_parser_get_root (parser));
  if (!read_uint (root, "format", G_MAXINT, &format) || format != SNAPSHOT_FORMAT)
    {
      snapshot_fail (error, "an unknown format");
      return NULL;
    }
  if (!read_uint (root, "issue_week", 520, &snapshot->issue_week) || snapshot->issue_week == 0)
    {
      snapshot_fail (error, "no issue week");
      return NULL;
    }
  exercises = json_object_get_member (root, "exercises");
  if (exercises == NULL || !JSON_NODE_HOLDS_ARRAY (exercises))
    {
      snapshot_fail (error, "no list of exercises");
      return NULL;
    }
  for (guint i = 0; i < json_array_get_length (json_node_get_array (exercises)); i++)
    {
      JsonNode *node = json_array_get_element (json_node_get_array (exercises), i);

      if (!JSON_NODE_HOLDS_OBJECT (node))
        {
          snapshot_fail (error, "an exercise is not an object");
          return NULL;
        }
      if (!read_item (json_node_get_object (node), snapshot, error))
        return NULL;
    }
  return g_steal_pointer (&snapshot);
}

static gboolean
programme_exists (PhysioDatabase  *self,
                  gint64           programme_id,
                  GError         **error)
{
  g_auto(PhysioStatement) stmt = NULL;
  int rc;

  stmt = _physio_database_prepare (self, "SELECT 1 FROM programme WHERE id = ?", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, programme_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    return TRUE;
  if (rc != SQLITE_DONE)
    return _physio_database_set_error (self, rc, error);
  g_set_error (error, PHYSIO_DATABASE_ERROR, PHYSIO_DATABASE_ERROR_NOT_FOUND,
               "There is no programme %" G_GINT64_FORMAT ".", programme_id);
  return FALSE;
}

gint64
physio_database_record_handout_issue (PhysioDatabase              *self,
                                      gint64                       programme_id,
                                      const PhysioHandoutSnapshot *content,
                                      const char                  *language,
                                      const char                  *paper,
                                      gboolean                     large_print,
                                      GError                     **error)
{
  g_auto(PhysioStatement) stmt = NULL;
  g_autofree char *json = NULL;
  sqlite3 *db;
  gint64 deadline;
  gboolean done;

  g_return_val_if_fail (PHYSIO_IS_DATABASE (self), 0);
  g_return_val_if_fail (content != NULL, 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  if (g_strcmp0 (paper, "a4") != 0 && g_strcmp0 (paper, "letter") != 0)
    {
      _physio_database_set_invalid (error, "The paper of a handout must be A4 or US Letter.");
      return 0;
    }
  if (language == NULL || *language == '\0')
    {
      _physio_database_set_invalid (error, "A handout's language must be named.");
      return 0;
    }
  if (!programme_exists (self, programme_id, error))
    return 0;

  db = _physio_database_get_sqlite (self);
  json = physio_handout_snapshot_to_json (content);
  stmt = _physio_database_prepare (self,
                                   "INSERT INTO handout_issue (programme_id, issued_at, language, "
                                   "paper, large_print, content) VALUES (?, " PHYSIO_NOW_SQL
                                   ", ?, ?, ?, ?)",
                                   error);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, programme_id);
  sqlite3_bind_text (stmt, 2, language, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, paper, -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 4, large_print ? 1 : 0);
  sqlite3_bind_text (stmt, 5, json, -1, SQLITE_STATIC);
  deadline = g_get_monotonic_time () + ISSUE_WAIT_US;
  sqlite3_busy_handler (db, poll_busy, &deadline);
  done = _physio_database_step_done (self, stmt, error);
  sqlite3_busy_timeout (db, PHYSIO_DATABASE_BUSY_TIMEOUT_MS);
  return done ? sqlite3_last_insert_rowid (db) : 0;
}

gboolean
physio_database_get_last_handout_issue (PhysioDatabase      *self,
                                        gint64               programme_id,
                                        PhysioHandoutIssue **issue,
                                        GError             **error)
{
  g_auto(PhysioStatement) stmt = NULL;
  g_autoptr(PhysioHandoutIssue) found = NULL;
  const char *content;
  int rc;

  g_return_val_if_fail (PHYSIO_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (issue != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  *issue = NULL;
  stmt = _physio_database_prepare (self,
                                   "SELECT id, issued_at, language, paper, large_print, content "
                                   "FROM handout_issue WHERE programme_id = ? "
                                   "ORDER BY id DESC LIMIT 1",
                                   error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, programme_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_DONE)
    return TRUE;
  if (rc != SQLITE_ROW)
    return _physio_database_set_error (self, rc, error);

  found = g_new0 (PhysioHandoutIssue, 1);
  found->id = sqlite3_column_int64 (stmt, 0);
  found->programme_id = programme_id;
  found->issued_at = g_strdup (_physio_column_text (stmt, 1));
  found->language = g_strdup (_physio_column_text (stmt, 2));
  found->paper = g_strdup (_physio_column_text (stmt, 3));
  found->large_print = sqlite3_column_int (stmt, 4) != 0;
  content = _physio_column_text (stmt, 5);
  found->content = physio_handout_snapshot_from_json (content != NULL ? content : "", error);
  if (found->content == NULL)
    return FALSE;
  *issue = g_steal_pointer (&found);
  return TRUE;
}
