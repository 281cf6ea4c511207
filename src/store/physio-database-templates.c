/* physio-database-templates.c: the built-in template programmes and the clinic's own
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "physio-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include <string.h>

#include "physio-database-patients.h"
#include "physio-database-private.h"
#include "physio-template-json.h"

#define TEMPLATES_RESOURCE RESOURCE_BASE "/library/templates.json"
#define USER_PREFIX "user-"

/* The built-in templates, parsed from the GResource on each call: three templates parse in
 * about a millisecond, and callers own (and may change) what they get. */
static GPtrArray *
load_builtin (GError **error)
{
  g_autoptr(GBytes) json = NULL;
  g_autoptr(GError) local_error = NULL;
  GPtrArray *templates = NULL;

  json = g_resources_lookup_data (TEMPLATES_RESOURCE, G_RESOURCE_LOOKUP_FLAGS_NONE,
                                  &local_error);
  if (json == NULL)
    {
      g_set_error (error, PHYSIO_DATABASE_ERROR, PHYSIO_DATABASE_ERROR_LIBRARY,
                   _("The built-in templates are missing from this build (%s)."),
                   local_error->message);
      return NULL;
    }

  if (!physio_templates_parse (json, &templates, error))
    return NULL;

  return templates;
}

/* "user-12" → 12; 0 for anything that is not a clinic template id. */
static gint64
user_row (const char *id)
{
  const char *digits;
  char *end = NULL;
  gint64 row;

  if (id == NULL || !g_str_has_prefix (id, USER_PREFIX))
    return 0;

  digits = id + strlen (USER_PREFIX);
  if (!g_ascii_isdigit (*digits))
    return 0;

  row = g_ascii_strtoll (digits, &end, 10);
  if (end == NULL || *end != '\0' || row <= 0)
    return 0;

  return row;
}

PhysioTemplate *
_physio_database_read_user_template (PhysioDatabase  *self,
                                     sqlite3_stmt    *stmt,
                                     char           **shared_id,
                                     GError         **error)
{
  g_autoptr(GError) local_error = NULL;
  PhysioTemplate *template;

  template = physio_template_from_json (_physio_column_text (stmt, 1), &local_error);
  if (template == NULL)
    {
      g_set_error (error, PHYSIO_DATABASE_ERROR, PHYSIO_DATABASE_ERROR_FAILED,
                   _("The clinic template “%s” in “%s” cannot be read: %s"),
                   _physio_column_text (stmt, 2), physio_database_get_path (self),
                   local_error->message);
      return NULL;
    }

  /* The row is the authority on id and name (a rename touches only the row); the JSON's id
   * is the shared one, or a row id from before there were shared ids. */
  if (shared_id != NULL)
    *shared_id = g_str_has_prefix (template->id, PHYSIO_TEMPLATE_SHARED_PREFIX)
                 ? g_strdup (template->id) : NULL;
  g_free (template->id);
  template->id = g_strdup_printf (USER_PREFIX "%" G_GINT64_FORMAT,
                                  (gint64) sqlite3_column_int64 (stmt, 0));
  g_free (template->name);
  template->name = g_strdup (_physio_column_text (stmt, 2));
  template->builtin = FALSE;

  return template;
}

GPtrArray *
physio_database_list_templates (PhysioDatabase  *self,
                                GError         **error)
{
  g_autoptr(GPtrArray) templates = NULL;
  g_auto(PhysioStatement) stmt = NULL;
  int rc;

  g_return_val_if_fail (PHYSIO_IS_DATABASE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  templates = load_builtin (error);
  if (templates == NULL)
    return NULL;

  stmt = _physio_database_prepare (self, "SELECT id, json, name FROM user_template ORDER BY id",
                                   error);
  if (stmt == NULL)
    return NULL;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      PhysioTemplate *template = _physio_database_read_user_template (self, stmt, NULL, error);

      if (template == NULL)
        return NULL;
      g_ptr_array_add (templates, template);
    }
  if (rc != SQLITE_DONE)
    {
      _physio_database_set_error (self, rc, error);
      return NULL;
    }

  return g_steal_pointer (&templates);
}

static gboolean
set_not_found (GError     **error,
               const char  *id)
{
  g_set_error (error, PHYSIO_DATABASE_ERROR, PHYSIO_DATABASE_ERROR_NOT_FOUND,
               _("There is no template “%s”; it may have been deleted."), id);
  return FALSE;
}

PhysioTemplate *
physio_database_get_template (PhysioDatabase  *self,
                              const char      *id,
                              GError         **error)
{
  g_auto(PhysioStatement) stmt = NULL;
  gint64 row;
  int rc;

  g_return_val_if_fail (PHYSIO_IS_DATABASE (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  row = user_row (id);
  if (row == 0)
    {
      g_autoptr(GPtrArray) builtin = load_builtin (error);

      if (builtin == NULL)
        return NULL;

      for (guint i = 0; i < builtin->len; i++)
        {
          PhysioTemplate *template = g_ptr_array_index (builtin, i);

          if (g_strcmp0 (template->id, id) == 0)
            return g_ptr_array_steal_index (builtin, i);
        }

      set_not_found (error, id);
      return NULL;
    }

  stmt = _physio_database_prepare (self, "SELECT id, json, name FROM user_template WHERE id = ?",
                                   error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, row);
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

  return _physio_database_read_user_template (self, stmt, NULL, error);
}

static PhysioExercise *
lookup_exercise (const char *id,
                 gpointer    user_data)
{
  PhysioDatabase *self = user_data;

  /* Not found and a failed read both leave the exercise missing, which is what the template
   * reports. */
  return physio_database_get_exercise (self, id, NULL);
}

PhysioProgramme *
physio_database_programme_from_template (PhysioDatabase  *self,
                                         const char      *template_id,
                                         const GDate     *start_date,
                                         GError         **error)
{
  g_autoptr(PhysioTemplate) template = NULL;

  g_return_val_if_fail (PHYSIO_IS_DATABASE (self), NULL);
  g_return_val_if_fail (template_id != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  template = physio_database_get_template (self, template_id, error);
  if (template == NULL)
    return NULL;

  return physio_template_instantiate (template, lookup_exercise, self, start_date, error);
}

char *
_physio_template_new_shared_id (void)
{
  g_autofree char *uuid = g_uuid_string_random ();

  return g_strconcat (PHYSIO_TEMPLATE_SHARED_PREFIX, uuid, NULL);
}

PhysioTemplate *
_physio_template_from_programme_checked (PhysioProgramme  *programme,
                                         const char       *name,
                                         GError          **error)
{
  g_autoptr(PhysioTemplate) template = NULL;
  g_autoptr(PhysioTemplate) reread = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *stripped = NULL;
  g_autofree char *json = NULL;

  stripped = g_strstrip (g_strdup (name != NULL ? name : ""));
  if (*stripped == '\0')
    {
      g_set_error_literal (error, PHYSIO_DATABASE_ERROR, PHYSIO_DATABASE_ERROR_INVALID,
                           _("Give the template a name."));
      return NULL;
    }

  template = physio_template_from_programme (programme, stripped);
  template->id = _physio_template_new_shared_id ();

  /* Only a template that reads back is kept or sent: a programme the builder still flags (a
   * phase past the end, say) is refused here instead of becoming a template nobody can open. */
  json = physio_template_to_json (template);
  reread = physio_template_from_json (json, &local_error);
  if (reread == NULL)
    {
      g_set_error (error, PHYSIO_DATABASE_ERROR, PHYSIO_DATABASE_ERROR_INVALID,
                   _("This programme cannot be kept as a template yet: %s"),
                   local_error->message);
      return NULL;
    }

  return g_steal_pointer (&template);
}

/* The JSON keeps the shared id, which stays the same in every clinic the template travels
 * to; the row's id is the template's id here. */
gboolean
_physio_database_insert_template (PhysioDatabase  *self,
                                  PhysioTemplate  *template,
                                  GError         **error)
{
  g_auto(PhysioStatement) insert = NULL;
  g_autofree char *json = NULL;

  if (template->id == NULL || !g_str_has_prefix (template->id, PHYSIO_TEMPLATE_SHARED_PREFIX))
    {
      g_free (template->id);
      template->id = _physio_template_new_shared_id ();
    }
  json = physio_template_to_json (template);

  insert = _physio_database_prepare (self,
                                     "INSERT INTO user_template (name, json, created_at, "
                                     "updated_at) VALUES (?, ?, " PHYSIO_NOW_SQL ", "
                                     PHYSIO_NOW_SQL ")", error);
  if (insert == NULL)
    return FALSE;
  sqlite3_bind_text (insert, 1, template->name, -1, SQLITE_STATIC);
  sqlite3_bind_text (insert, 2, json, -1, SQLITE_STATIC);
  if (!_physio_database_step_done (self, insert, error))
    return FALSE;

  g_free (template->id);
  template->id = g_strdup_printf (USER_PREFIX "%" G_GINT64_FORMAT,
                                  (gint64) sqlite3_last_insert_rowid (self->db));
  return TRUE;
}

char *
physio_database_save_template (PhysioDatabase   *self,
                               PhysioProgramme  *programme,
                               const char       *name,
                               GError          **error)
{
  g_autoptr(PhysioTemplate) template = NULL;

  g_return_val_if_fail (PHYSIO_IS_DATABASE (self), NULL);
  g_return_val_if_fail (PHYSIO_IS_PROGRAMME (programme), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  template = _physio_template_from_programme_checked (programme, name, error);
  if (template == NULL)
    return NULL;

  if (!_physio_database_begin (self, error))
    return NULL;

  if (!_physio_database_insert_template (self, template, error))
    {
      _physio_database_rollback (self);
      return NULL;
    }

  if (!_physio_database_commit (self, error))
    return NULL;

  return g_strdup (template->id);
}

gboolean
physio_database_delete_template (PhysioDatabase  *self,
                                 const char      *id,
                                 GError         **error)
{
  gint64 row;

  g_return_val_if_fail (PHYSIO_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  row = user_row (id);
  if (row == 0)
    {
      g_autoptr(PhysioTemplate) builtin = physio_database_get_template (self, id, error);

      if (builtin == NULL)
        return FALSE;

      g_set_error (error, PHYSIO_DATABASE_ERROR, PHYSIO_DATABASE_ERROR_READ_ONLY,
                   _("“%s” is a built-in template and cannot be deleted."), builtin->name);
      return FALSE;
    }

  if (!_physio_database_run_with_id (self, "DELETE FROM user_template WHERE id = ?", row, error))
    return FALSE;

  if (sqlite3_changes (self->db) == 0)
    return set_not_found (error, id);

  return TRUE;
}
