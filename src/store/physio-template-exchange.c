/* physio-template-exchange.c: template files one clinic sends another (data/IMPORT-FORMATS.md,
 * "Templates between clinics")
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "physio-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "physio-database-patients.h"
#include "physio-database-private.h"
#include "physio-import-private.h"
#include "physio-json-private.h"
#include "physio-library-json.h"
#include "physio-template-exchange.h"
#include "physio-template-json.h"

#define TEMPLATE_FILE_FORMAT 1

/* Export */

/* The clinic's templates, each with its shared id as its id. Rows stored before shared ids
 * existed get one now, kept in the row, so every later export of them says the same. */
static GPtrArray *
load_shared (PhysioDatabase  *self,
             GError         **error)
{
  g_autoptr(GPtrArray) templates = g_ptr_array_new_with_free_func ((GDestroyNotify) physio_template_free);
  g_autoptr(GArray) rows = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_auto(PhysioStatement) select = NULL;
  gboolean any_new = FALSE;
  int rc;

  select = _physio_database_prepare (self, "SELECT id, json, name FROM user_template ORDER BY id",
                                     error);
  if (select == NULL)
    return NULL;

  while ((rc = sqlite3_step (select)) == SQLITE_ROW)
    {
      char *shared_id = NULL;
      PhysioTemplate *template;
      gint64 row = sqlite3_column_int64 (select, 0);

      template = _physio_database_read_user_template (self, select, &shared_id, error);
      if (template == NULL)
        return NULL;

      g_free (template->id);
      template->id = shared_id;
      if (template->id == NULL)
        {
          template->id = _physio_template_new_shared_id ();
          any_new = TRUE;
        }
      g_ptr_array_add (templates, template);
      g_array_append_val (rows, row);
    }
  if (rc != SQLITE_DONE)
    {
      _physio_database_set_error (self, rc, error);
      return NULL;
    }

  if (any_new)
    {
      g_auto(PhysioStatement) update = NULL;

      update = _physio_database_prepare (self, "UPDATE user_template SET json = ? WHERE id = ?",
                                         error);
      if (update == NULL || !_physio_database_begin (self, error))
        return NULL;

      for (guint i = 0; i < templates->len; i++)
        {
          g_autofree char *json = physio_template_to_json (templates->pdata[i]);

          sqlite3_reset (update);
          sqlite3_bind_text (update, 1, json, -1, SQLITE_TRANSIENT);
          sqlite3_bind_int64 (update, 2, g_array_index (rows, gint64, i));
          if (!_physio_database_step_done (self, update, error))
            {
              _physio_database_rollback (self);
              return NULL;
            }
        }

      if (!_physio_database_commit (self, error))
        return NULL;
    }

  return g_steal_pointer (&templates);
}

/* The clinic-made exercises @templates use, each once, in the order they first appear. */
static GPtrArray *
collect_own_exercises (PhysioDatabase  *self,
                       GPtrArray       *templates,
                       GError         **error)
{
  g_autoptr(GPtrArray) exercises = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint t = 0; t < templates->len; t++)
    {
      const PhysioTemplate *template = templates->pdata[t];

      for (guint i = 0; i < template->items->len; i++)
        {
          const PhysioTemplateItem *item = &g_array_index (template->items, PhysioTemplateItem, i);
          PhysioExercise *exercise;

          if (!g_hash_table_add (seen, item->exercise_id))
            continue;

          exercise = physio_database_get_exercise (self, item->exercise_id, NULL);
          if (exercise == NULL)
            {
              g_set_error (error, PHYSIO_DATABASE_ERROR, PHYSIO_DATABASE_ERROR_NOT_FOUND,
                           /* TRANSLATORS: a template uses an exercise that was deleted;
                            * %s are the template's name and the exercise's id */
                           _("The template “%s” uses the exercise “%s”, which is no longer in "
                             "the library. Remove it from the template, or restore it, and "
                             "export again."), template->name, item->exercise_id);
              return NULL;
            }

          if (physio_exercise_is_builtin (exercise))
            g_object_unref (exercise);
          else
            g_ptr_array_add (exercises, exercise);
        }
    }

  return g_steal_pointer (&exercises);
}

static GBytes *
templates_to_bytes (PhysioDatabase  *self,
                    GPtrArray       *templates,
                    GError         **error)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(GPtrArray) exercises = NULL;

  exercises = collect_own_exercises (self, templates, error);
  if (exercises == NULL)
    return NULL;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "format");
  json_builder_add_int_value (builder, TEMPLATE_FILE_FORMAT);

  json_builder_set_member_name (builder, "templates");
  json_builder_begin_array (builder);
  for (guint i = 0; i < templates->len; i++)
    json_builder_add_value (builder, physio_template_to_json_node (templates->pdata[i]));
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "exercises");
  json_builder_begin_array (builder);
  for (guint i = 0; i < exercises->len; i++)
    json_builder_add_value (builder, physio_exercise_to_json_node (exercises->pdata[i]));
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  return _physio_json_builder_to_bytes (builder);
}

GBytes *
physio_database_export_templates (PhysioDatabase  *self,
                                  GError         **error)
{
  g_autoptr(GPtrArray) templates = NULL;

  g_return_val_if_fail (PHYSIO_IS_DATABASE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  templates = load_shared (self, error);
  if (templates == NULL)
    return NULL;

  return templates_to_bytes (self, templates, error);
}

GBytes *
physio_database_export_programme_template (PhysioDatabase   *self,
                                           PhysioProgramme  *programme,
                                           const char       *name,
                                           GError          **error)
{
  g_autoptr(GPtrArray) templates = g_ptr_array_new_with_free_func ((GDestroyNotify) physio_template_free);
  PhysioTemplate *template;

  g_return_val_if_fail (PHYSIO_IS_DATABASE (self), NULL);
  g_return_val_if_fail (PHYSIO_IS_PROGRAMME (programme), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  /* The same checks as Save as Template: the file must import wherever it goes. */
  template = _physio_template_from_programme_checked (programme, name, error);
  if (template == NULL)
    return NULL;
  g_ptr_array_add (templates, template);

  return templates_to_bytes (self, templates, error);
}

/* Import */

static gboolean
check_template (PhysioDatabase  *self,
                PhysioTemplate  *template,
                GHashTable      *file_exercises,
                gboolean        *builtin,
                GError         **error)
{
  PhysioJsonPlace place = { "Template", "A template", template->id, 0, NULL };

  *builtin = FALSE;
  if (!g_str_has_prefix (template->id, PHYSIO_TEMPLATE_SHARED_PREFIX))
    {
      g_autoptr(PhysioTemplate) known = physio_database_get_template (self, template->id, NULL);

      if (known != NULL && known->builtin)
        {
          *builtin = TRUE;
          return TRUE;
        }
      return _physio_json_fail (error, &place, "id",
                                "is not the id of a shared template (those start with “%s”), "
                                "nor of a built-in one", PHYSIO_TEMPLATE_SHARED_PREFIX);
    }

  for (guint i = 0; i < template->items->len; i++)
    {
      const PhysioTemplateItem *item = &g_array_index (template->items, PhysioTemplateItem, i);
      gint64 handle;

      if (g_hash_table_contains (file_exercises, item->exercise_id) ||
          physio_database_lookup_handle (self, item->exercise_id, &handle))
        continue;

      place.item = i + 1;
      place.exercise_id = item->exercise_id;
      return _physio_json_fail (error, &place, "exercise_id",
                                "is neither in this library nor among the file’s exercises");
    }

  return TRUE;
}

/* The row a shared template was imported into before, or 0. */
static gboolean
find_shared_row (PhysioDatabase  *self,
                 const char      *shared_id,
                 gint64          *row,
                 GError         **error)
{
  g_auto(PhysioStatement) stmt = NULL;
  int rc;

  stmt = _physio_database_prepare (self,
                                   "SELECT id FROM user_template "
                                   "WHERE json_extract (json, '$.id') = ?", error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, shared_id, -1, SQLITE_STATIC);
  rc = sqlite3_step (stmt);
  *row = rc == SQLITE_ROW ? sqlite3_column_int64 (stmt, 0) : 0;
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    return _physio_database_set_error (self, rc, error);

  return TRUE;
}

static gboolean
replace_template (PhysioDatabase  *self,
                  gint64           row,
                  PhysioTemplate  *template,
                  GError         **error)
{
  g_auto(PhysioStatement) update = NULL;
  g_autofree char *json = physio_template_to_json (template);

  update = _physio_database_prepare (self,
                                     "UPDATE user_template SET name = ?, json = ?, updated_at = "
                                     PHYSIO_NOW_SQL " WHERE id = ?", error);
  if (update == NULL)
    return FALSE;

  sqlite3_bind_text (update, 1, template->name, -1, SQLITE_STATIC);
  sqlite3_bind_text (update, 2, json, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (update, 3, row);
  return _physio_database_step_done (self, update, error);
}

static gboolean
write_all (PhysioDatabase       *self,
           GPtrArray            *exercises,
           GPtrArray            *templates,
           PhysioImportSummary  *summary,
           GError              **error)
{
  for (guint i = 0; i < exercises->len; i++)
    if (!_physio_database_save_custom_exercise (self, exercises->pdata[i], error))
      return FALSE;

  for (guint i = 0; i < templates->len; i++)
    {
      PhysioTemplate *template = templates->pdata[i];
      gint64 row = 0;

      if (!find_shared_row (self, template->id, &row, error))
        return FALSE;

      if (row != 0)
        {
          if (!replace_template (self, row, template, error))
            return FALSE;
          summary->n_templates_updated++;
        }
      else
        {
          if (!_physio_database_insert_template (self, template, error))
            return FALSE;
          summary->n_templates_added++;
        }
    }

  return TRUE;
}

gboolean
_physio_import_templates (PhysioDatabase       *self,
                          GBytes               *json,
                          JsonObject           *root,
                          PhysioImportSummary  *summary,
                          GError              **error)
{
  g_autoptr(GPtrArray) parsed = NULL;
  g_autoptr(GPtrArray) templates = g_ptr_array_new ();
  g_autoptr(GPtrArray) exercises = NULL;
  g_autoptr(GHashTable) file_exercises = g_hash_table_new (g_str_hash, g_str_equal);

  summary->format = PHYSIO_IMPORT_FORMAT_TEMPLATES;

  if (!physio_templates_parse (json, &parsed, error))
    return FALSE;

  if (json_object_has_member (root, "exercises"))
    exercises = _physio_import_own_exercises (self, root, &summary->n_builtin_skipped, error);
  else
    exercises = g_ptr_array_new_with_free_func (g_object_unref);
  if (exercises == NULL)
    return FALSE;

  for (guint i = 0; i < exercises->len; i++)
    g_hash_table_add (file_exercises, (gpointer) physio_exercise_get_id (exercises->pdata[i]));

  for (guint i = 0; i < parsed->len; i++)
    {
      PhysioTemplate *template = parsed->pdata[i];
      gboolean builtin;

      if (!check_template (self, template, file_exercises, &builtin, error))
        return FALSE;

      if (builtin)
        {
          summary->n_templates_builtin_skipped++;
          continue;
        }
      template->builtin = FALSE;
      g_ptr_array_add (templates, template);
    }

  _physio_import_count_exercises (self, exercises, summary);

  if (!_physio_database_begin (self, error))
    return FALSE;

  if (!write_all (self, exercises, templates, summary, error))
    {
      _physio_database_rollback (self);
      summary->n_templates_added = summary->n_templates_updated = 0;
      return FALSE;
    }

  if (!_physio_database_commit (self, error))
    return FALSE;

  if (exercises->len > 0)
    _physio_database_emit_changed (self, NULL);
  return TRUE;
}
