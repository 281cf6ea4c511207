/* physio-database-problem.c: words for a database that cannot be opened
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "physio-database.h"
#include "physio-database-problem.h"

gboolean
physio_database_problem_can_restore (const GError *error)
{
  g_return_val_if_fail (error != NULL, FALSE);

  return g_error_matches (error, PHYSIO_DATABASE_ERROR, PHYSIO_DATABASE_ERROR_NOT_A_DATABASE) ||
         g_error_matches (error, PHYSIO_DATABASE_ERROR, PHYSIO_DATABASE_ERROR_CORRUPT) ||
         g_error_matches (error, PHYSIO_DATABASE_ERROR, PHYSIO_DATABASE_ERROR_TOO_NEW);
}

/* What happened, as one sentence naming the file. The store's own message is only used for
 * failures we cannot name better, because it may be technical. */
static char *
describe_what_happened (const char   *name,
                        const GError *error)
{
  if (g_error_matches (error, PHYSIO_DATABASE_ERROR, PHYSIO_DATABASE_ERROR_NOT_A_DATABASE))
    return g_strdup_printf (_("“%s” is not a Physioplan database."), name);
  if (g_error_matches (error, PHYSIO_DATABASE_ERROR, PHYSIO_DATABASE_ERROR_CORRUPT))
    return g_strdup_printf (_("“%s” is damaged."), name);
  if (g_error_matches (error, PHYSIO_DATABASE_ERROR, PHYSIO_DATABASE_ERROR_TOO_NEW))
    return g_strdup_printf (_("“%s” was made by a newer version of Physioplan."), name);
  if (g_error_matches (error, PHYSIO_DATABASE_ERROR, PHYSIO_DATABASE_ERROR_LIBRARY))
    return g_strdup_printf (_("The exercise library that comes with Physioplan could not be "
                              "added to “%s”: %s"), name, error->message);
  if (g_error_matches (error, PHYSIO_DATABASE_ERROR, PHYSIO_DATABASE_ERROR_DISK_FULL))
    return g_strdup_printf (_("The disk that holds “%s” is full."), name);
  return g_strdup_printf (_("“%s” could not be opened: %s"), name, error->message);
}

/* What to do next. A backup is offered only where restoring it can help. */
static char *
describe_what_to_do (const GError *error,
                     const char   *backup_name)
{
  if (backup_name != NULL && physio_database_problem_can_restore (error))
    {
      if (g_error_matches (error, PHYSIO_DATABASE_ERROR, PHYSIO_DATABASE_ERROR_TOO_NEW))
        return g_strdup_printf (_("Open it with the newer version of Physioplan, or restore "
                                  "the last backup, “%s”. The current file is kept beside it "
                                  "under a new name."), backup_name);
      return g_strdup_printf (_("Restore the last backup, “%s”, to carry on. The current file "
                                "is kept beside it under a new name."), backup_name);
    }

  if (g_error_matches (error, PHYSIO_DATABASE_ERROR, PHYSIO_DATABASE_ERROR_TOO_NEW))
    return g_strdup (_("Open it with the newer version of Physioplan."));
  if (g_error_matches (error, PHYSIO_DATABASE_ERROR, PHYSIO_DATABASE_ERROR_CORRUPT))
    return g_strdup (_("Keep a copy of the file for your IT support. To start again with an "
                       "empty database, move the file somewhere else and open Physioplan "
                       "again."));
  if (g_error_matches (error, PHYSIO_DATABASE_ERROR, PHYSIO_DATABASE_ERROR_NOT_A_DATABASE))
    return g_strdup (_("Move the file somewhere else and open Physioplan again to start with "
                       "a new database."));
  if (g_error_matches (error, PHYSIO_DATABASE_ERROR, PHYSIO_DATABASE_ERROR_LIBRARY))
    return g_strdup (_("Reinstall Physioplan to repair it."));
  if (g_error_matches (error, PHYSIO_DATABASE_ERROR, PHYSIO_DATABASE_ERROR_DISK_FULL))
    return g_strdup (_("Free some space on that disk, for example by emptying the trash or "
                       "moving large files elsewhere, then open Physioplan again. Your "
                       "patients' records are kept as they were last saved."));
  return g_strdup (_("Check that the file and its folder can be written to, then open "
                     "Physioplan again."));
}

static const char *
describe_heading (const GError *error)
{
  if (g_error_matches (error, PHYSIO_DATABASE_ERROR, PHYSIO_DATABASE_ERROR_NOT_A_DATABASE))
    return _("Not a Physioplan Database");
  if (g_error_matches (error, PHYSIO_DATABASE_ERROR, PHYSIO_DATABASE_ERROR_CORRUPT))
    return _("Database Damaged");
  if (g_error_matches (error, PHYSIO_DATABASE_ERROR, PHYSIO_DATABASE_ERROR_TOO_NEW))
    return _("Database From a Newer Version");
  if (g_error_matches (error, PHYSIO_DATABASE_ERROR, PHYSIO_DATABASE_ERROR_LIBRARY))
    return _("Exercise Library Damaged");
  if (g_error_matches (error, PHYSIO_DATABASE_ERROR, PHYSIO_DATABASE_ERROR_DISK_FULL))
    return _("Disk Full");
  return _("Cannot Open the Database");
}

void
physio_database_problem_describe (const char   *path,
                                  const GError *error,
                                  const char   *backup_path,
                                  char        **heading,
                                  char        **body)
{
  g_autofree char *name = NULL;
  g_autofree char *backup_name = NULL;
  g_autofree char *happened = NULL;
  g_autofree char *to_do = NULL;

  g_return_if_fail (path != NULL);
  g_return_if_fail (error != NULL);
  g_return_if_fail (heading != NULL && body != NULL);

  name = g_filename_display_name (path);
  if (backup_path != NULL)
    backup_name = g_filename_display_basename (backup_path);

  happened = describe_what_happened (name, error);
  to_do = describe_what_to_do (error, backup_name);

  *heading = g_strdup (describe_heading (error));
  /* Saying that nothing changed comes first among the reassurances: the clinician's first
   * worry is their patients' data. Only said when the store knows it is true. */
  if (physio_database_error_left_file_unchanged (error))
    *body = g_strdup_printf ("%s %s\n\n%s", happened, _("Nothing was changed."), to_do);
  else
    *body = g_strdup_printf ("%s\n\n%s", happened, to_do);
}

char *
physio_database_problem_describe_for_terminal (const char   *path,
                                               const GError *error,
                                               const char   *backup_path)
{
  g_autofree char *name = NULL;
  g_autofree char *happened = NULL;
  g_autofree char *backup_name = NULL;
  GString *text;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error != NULL, NULL);

  name = g_filename_display_name (path);
  happened = describe_what_happened (name, error);

  text = g_string_new ("physioplan: ");
  g_string_append (text, happened);
  if (physio_database_error_left_file_unchanged (error))
    {
      g_string_append_c (text, ' ');
      g_string_append (text, _("Nothing was changed."));
    }

  if (g_error_matches (error, PHYSIO_DATABASE_ERROR, PHYSIO_DATABASE_ERROR_TOO_NEW))
    {
      g_string_append_c (text, ' ');
      g_string_append (text, _("Open it with the newer version of Physioplan."));
    }
  else if (g_error_matches (error, PHYSIO_DATABASE_ERROR, PHYSIO_DATABASE_ERROR_DISK_FULL))
    {
      g_string_append_c (text, ' ');
      g_string_append (text, _("Free some space on that disk, then try again."));
    }
  else if (!g_error_matches (error, PHYSIO_DATABASE_ERROR, PHYSIO_DATABASE_ERROR_LIBRARY))
    {
      g_string_append_c (text, ' ');
      g_string_append (text, _("Check the file given with --database."));
    }

  if (backup_path != NULL && physio_database_problem_can_restore (error))
    {
      backup_name = g_filename_display_name (backup_path);
      g_string_append_c (text, ' ');
      g_string_append_printf (text, _("The last backup is “%s”."), backup_name);
    }

  return g_string_free (text, FALSE);
}
