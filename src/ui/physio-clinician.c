/* physio-clinician.c: the name of the clinician using Physioplan
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "physio-clinician"

#include "config.h"

#include <gio/gio.h>

#include "physio-clinician.h"
#include "physio-database-clinic.h"
#include "physio-settings.h"

#define CLINICIAN_KEY "clinician-name"


static char *
name_from_settings (void)
{
  g_autoptr(GSettings) settings = physio_settings_new_with_key (CLINICIAN_KEY);
  g_autofree char *name = NULL;

  if (settings == NULL)
    return NULL;

  name = g_strstrip (g_settings_get_string (settings, CLINICIAN_KEY));
  if (*name == '\0')
    return NULL;

  return g_steal_pointer (&name);
}

static char *
name_from_clinic (PhysioDatabase *database)
{
  g_auto(PhysioClinic) clinic = { 0 };
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;

  if (database == NULL)
    return NULL;

  if (!physio_database_get_clinic (database, &clinic, &error))
    {
      g_warning ("Could not read the clinic's settings: %s", error->message);
      return NULL;
    }

  name = g_strstrip (g_steal_pointer (&clinic.clinician));
  if (*name == '\0')
    return NULL;

  return g_steal_pointer (&name);
}

char *
physio_clinician_name (PhysioDatabase *database)
{
  char *name;
  const char *real_name;

  g_return_val_if_fail (database == NULL || PHYSIO_IS_DATABASE (database), NULL);

  name = name_from_clinic (database);
  if (name == NULL)
    name = name_from_settings ();
  if (name != NULL)
    return name;

  /* GLib answers "Unknown" when the account has no real name; a handout signed "Unknown"
   * is worse than one signed with the login name. */
  real_name = g_get_real_name ();
  if (real_name != NULL && *real_name != '\0' && g_strcmp0 (real_name, "Unknown") != 0)
    return g_strdup (real_name);

  return g_strdup (g_get_user_name ());
}

void
physio_clinician_migrate (PhysioDatabase *database)
{
  g_autoptr(GSettings) settings = NULL;
  g_auto(PhysioClinic) clinic = { 0 };
  g_autoptr(GError) error = NULL;
  g_autofree char *old_name = NULL;

  g_return_if_fail (PHYSIO_IS_DATABASE (database));

  old_name = name_from_settings ();
  if (old_name == NULL)
    return;

  if (!physio_database_get_clinic (database, &clinic, &error))
    {
      g_warning ("Could not read the clinic's settings: %s", error->message);
      return;
    }

  if (*g_strstrip (clinic.clinician) == '\0')
    {
      g_free (clinic.clinician);
      clinic.clinician = g_steal_pointer (&old_name);
      if (!physio_database_set_clinic (database, &clinic, &error))
        {
          /* Keep the key: the next start tries again, and the name is still used. */
          g_warning ("Could not move the clinician's name to the clinic: %s", error->message);
          return;
        }
    }

  settings = physio_settings_new_with_key (CLINICIAN_KEY);
  g_settings_set_string (settings, CLINICIAN_KEY, "");
}
