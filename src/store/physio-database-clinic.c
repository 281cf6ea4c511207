/* physio-database-clinic.c: the clinic's one row of branding, clinician and progression
 * defaults (schema version 5)
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "physio-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "physio-database-clinic.h"
#include "physio-database-private.h"

/* A logo is printed a few centimetres wide: anything bigger is a photograph by mistake. */
#define LOGO_MAX_BYTES (2 * 1024 * 1024)

static const char * const logo_types[] = { "image/png", "image/jpeg", "image/svg+xml" };

void
physio_clinic_clear (PhysioClinic *clinic)
{
  g_clear_pointer (&clinic->name, g_free);
  g_clear_pointer (&clinic->address, g_free);
  g_clear_pointer (&clinic->phone, g_free);
  g_clear_pointer (&clinic->clinician, g_free);
  g_clear_pointer (&clinic->logo, g_bytes_unref);
  g_clear_pointer (&clinic->logo_type, g_free);
  physio_rule_params_init_defaults (&clinic->rule_params);
}

static char *
column_string (sqlite3_stmt *stmt,
               int           column)
{
  const char *text = _physio_column_text (stmt, column);

  return g_strdup (text != NULL ? text : "");
}

gboolean
physio_database_get_clinic (PhysioDatabase  *self,
                            PhysioClinic    *clinic,
                            GError         **error)
{
  g_auto(PhysioStatement) stmt = NULL;
  const char *params;
  int rc;

  g_return_val_if_fail (PHYSIO_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (clinic != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  memset (clinic, 0, sizeof *clinic);
  physio_rule_params_init_defaults (&clinic->rule_params);

  stmt = _physio_database_prepare (self,
                                   "SELECT name, address, phone, clinician, logo, logo_type, "
                                   "rule_params FROM clinic WHERE id = 1",
                                   error);
  if (stmt == NULL)
    return FALSE;

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_DONE)
    {
      /* The row is made by the migration; a file whose row was deleted has no branding. */
      clinic->name = g_strdup ("");
      clinic->address = g_strdup ("");
      clinic->phone = g_strdup ("");
      clinic->clinician = g_strdup ("");
      return TRUE;
    }
  if (rc != SQLITE_ROW)
    return _physio_database_set_error (self, rc, error);

  clinic->name = column_string (stmt, 0);
  clinic->address = column_string (stmt, 1);
  clinic->phone = column_string (stmt, 2);
  clinic->clinician = column_string (stmt, 3);
  if (sqlite3_column_type (stmt, 4) == SQLITE_BLOB && _physio_column_text (stmt, 5) != NULL)
    {
      clinic->logo = g_bytes_new (sqlite3_column_blob (stmt, 4), sqlite3_column_bytes (stmt, 4));
      clinic->logo_type = column_string (stmt, 5);
    }

  params = _physio_column_text (stmt, 6);
  if (params != NULL)
    {
      g_autoptr(GError) local_error = NULL;

      if (!physio_rule_params_from_string (&clinic->rule_params, params, &local_error))
        {
          g_warning ("The clinic's progression parameters are damaged (%s); using the defaults",
                     local_error->message);
          physio_rule_params_init_defaults (&clinic->rule_params);
        }
    }

  return TRUE;
}

static gboolean
check_clinic (const PhysioClinic  *clinic,
              GError             **error)
{
  g_autoptr(GError) local_error = NULL;

  if (clinic->logo != NULL)
    {
      gboolean known = FALSE;

      for (guint i = 0; i < G_N_ELEMENTS (logo_types); i++)
        known |= g_strcmp0 (clinic->logo_type, logo_types[i]) == 0;
      if (!known)
        return _physio_database_set_invalid (error, _("The logo must be a PNG, JPEG or SVG image."));
      if (g_bytes_get_size (clinic->logo) > LOGO_MAX_BYTES)
        return _physio_database_set_invalid (error, _("The logo is larger than 2 MB. Please "
                                                    "choose a smaller image."));
      if (g_bytes_get_size (clinic->logo) == 0)
        return _physio_database_set_invalid (error, _("The logo file is empty."));
    }

  if (!physio_rule_params_validate (&clinic->rule_params, &local_error))
    return _physio_database_set_invalid (error, local_error->message);

  return TRUE;
}

gboolean
physio_database_set_clinic (PhysioDatabase      *self,
                            const PhysioClinic  *clinic,
                            GError             **error)
{
  g_auto(PhysioStatement) stmt = NULL;
  g_autofree char *params = NULL;
  g_autofree char *default_params = NULL;
  PhysioRuleParams defaults;

  g_return_val_if_fail (PHYSIO_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (clinic != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!check_clinic (clinic, error))
    return FALSE;

  /* The defaults are stored as NULL, so a later release's better defaults reach clinics that
   * never changed them. */
  physio_rule_params_init_defaults (&defaults);
  default_params = physio_rule_params_to_string (&defaults);
  params = physio_rule_params_to_string (&clinic->rule_params);
  if (g_strcmp0 (params, default_params) == 0)
    g_clear_pointer (&params, g_free);

  stmt = _physio_database_prepare (self,
                                   "INSERT OR REPLACE INTO clinic (id, name, address, phone, "
                                   "clinician, logo, logo_type, rule_params, updated_at) "
                                   "VALUES (1, ?, ?, ?, ?, ?, ?, ?, " PHYSIO_NOW_SQL ")",
                                   error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, clinic->name != NULL ? clinic->name : "", -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, clinic->address != NULL ? clinic->address : "", -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, clinic->phone != NULL ? clinic->phone : "", -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, clinic->clinician != NULL ? clinic->clinician : "", -1,
                     SQLITE_STATIC);
  if (clinic->logo != NULL)
    {
      gsize size;
      gconstpointer data = g_bytes_get_data (clinic->logo, &size);

      sqlite3_bind_blob64 (stmt, 5, data, size, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 6, clinic->logo_type, -1, SQLITE_STATIC);
    }
  _physio_bind_text_or_null (stmt, 7, params);

  if (!_physio_database_step_done (self, stmt, error))
    return FALSE;

  _physio_database_emit_clinic_changed (self);
  return TRUE;
}
