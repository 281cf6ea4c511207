/* physio-clinician.c: the name of the clinician using Physioplan
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gio/gio.h>

#include "physio-clinician.h"

#define CLINICIAN_KEY "clinician-name"

static char *
name_from_settings (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;
  g_autoptr(GSettings) settings = NULL;
  g_autofree char *name = NULL;

  /* Run from the build tree, or with a schema older than this build, there is no key to
   * read; asking for a missing key would abort. */
  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APP_ID, TRUE);
  if (schema == NULL || !g_settings_schema_has_key (schema, CLINICIAN_KEY))
    return NULL;

  settings = g_settings_new (APP_ID);
  name = g_strstrip (g_settings_get_string (settings, CLINICIAN_KEY));
  if (*name == '\0')
    return NULL;

  return g_steal_pointer (&name);
}

char *
physio_clinician_name (void)
{
  char *name = name_from_settings ();
  const char *real_name;

  if (name != NULL)
    return name;

  /* GLib answers "Unknown" when the account has no real name; a handout signed "Unknown"
   * is worse than one signed with the login name. */
  real_name = g_get_real_name ();
  if (real_name != NULL && *real_name != '\0' && g_strcmp0 (real_name, "Unknown") != 0)
    return g_strdup (real_name);

  return g_strdup (g_get_user_name ());
}
