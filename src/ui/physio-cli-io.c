/* physio-cli-io.c: --backup=FILE and --import=FILE on the command line
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "physio-ui"

#include "config.h"

#include <stdlib.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "physio-cli-io.h"
#include "physio-database-archive.h"
#include "physio-exercise-import.h"

/* Reads the file whole, refusing anything larger than an importer reads before it is in
 * memory. */
static GBytes *
read_import_file (const char  *path,
                  GError     **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFileInfo) info = NULL;
  char *data = NULL;
  gsize size = 0;

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE "," G_FILE_ATTRIBUTE_STANDARD_TYPE,
                            G_FILE_QUERY_INFO_NONE, NULL, error);
  if (info == NULL)
    return NULL;
  if (g_file_info_get_file_type (info) != G_FILE_TYPE_REGULAR)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE,
                   _("“%s” is not a file."), path);
      return NULL;
    }
  if (g_file_info_get_size (info) > PHYSIO_IMPORT_MAX_BYTES)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   _("“%s” is larger than %u MiB, more than any exercise file Physioplan "
                     "imports."), path, PHYSIO_IMPORT_MAX_BYTES / (1024 * 1024));
      return NULL;
    }

  if (!g_file_get_contents (path, &data, &size, error))
    return NULL;
  return g_bytes_new_take (data, size);
}

static void
print_template_summary (const PhysioImportSummary *summary)
{
  guint total = summary->n_templates_added + summary->n_templates_updated;
  guint exercises = summary->n_added + summary->n_updated;

  /* TRANSLATORS: %u is a count of templates */
  g_print (g_dngettext (GETTEXT_PACKAGE, "Imported %u template", "Imported %u templates", total),
           total);
  /* TRANSLATORS: how many of the imported templates were new and how many replaced ones
   * imported before */
  g_print (_(": %u new, %u updated.\n"), summary->n_templates_added,
           summary->n_templates_updated);
  if (exercises > 0)
    /* TRANSLATORS: the clinic-made exercises a template file brings with its templates */
    g_print (g_dngettext (GETTEXT_PACKAGE, "The file brought %u exercise the templates use.\n",
                          "The file brought %u exercises the templates use.\n", exercises),
             exercises);
}

static void
print_exercise_summary (const PhysioImportSummary *summary)
{
  const char *source = summary->format == PHYSIO_IMPORT_FORMAT_FREE_EXERCISE_DB
                       /* TRANSLATORS: the name of an open data set of exercises; keep it */
                       ? _("free-exercise-db")
                       : _("a Physioplan exercise file");
  guint total = summary->n_added + summary->n_updated;

  /* TRANSLATORS: %u is a count of exercises, %s where they came from */
  g_print (g_dngettext (GETTEXT_PACKAGE, "Imported %u exercise from %s",
                        "Imported %u exercises from %s", total), total, source);
  /* TRANSLATORS: how many of the imported exercises were new and how many replaced ones
   * imported before */
  g_print (_(": %u new, %u updated.\n"), summary->n_added, summary->n_updated);
  if (summary->n_builtin_skipped > 0)
    g_print (g_dngettext (GETTEXT_PACKAGE,
                          "%u built-in exercise in the file is already in the library.\n",
                          "%u built-in exercises in the file are already in the library.\n",
                          summary->n_builtin_skipped), summary->n_builtin_skipped);
  if (summary->n_shortened > 0)
    g_print (g_dngettext (GETTEXT_PACKAGE,
                          "%u exercise had more instructions than fit in 5 steps; check its "
                          "steps in the library.\n",
                          "%u exercises had more instructions than fit in 5 steps; check their "
                          "steps in the library.\n",
                          summary->n_shortened), summary->n_shortened);
}

int
physio_cli_io_from_options (PhysioDatabase *database,
                            GVariantDict   *options)
{
  g_autoptr(PhysioDatabase) usual = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *default_path = NULL;
  const char *backup = NULL, *import = NULL;
  PhysioImportSummary summary = { 0, };

  g_variant_dict_lookup (options, "backup", "^&ay", &backup);
  g_variant_dict_lookup (options, "import", "^&ay", &import);
  if (backup == NULL && import == NULL)
    return -1;

  if ((backup != NULL && *backup == '\0') || (import != NULL && *import == '\0'))
    {
      g_printerr ("%s\n", _("Give a file name: --backup=FILE or --import=FILE."));
      return EXIT_FAILURE;
    }

  if (backup != NULL)
    {
      const char *path;

      if (database != NULL)
        path = physio_database_get_path (database);
      else
        path = default_path = physio_database_default_path ();

      if (!physio_database_backup_file (path, backup, NULL, NULL, NULL, &error))
        {
          g_printerr (_("No backup was written: %s"), error->message);
          g_printerr ("\n");
          return EXIT_FAILURE;
        }
      /* TRANSLATORS: %s is the file the backup was written to */
      g_print (_("Backed up the database to “%s”.\n"), backup);
    }

  if (import == NULL)
    return EXIT_SUCCESS;

  /* Read before the database is opened, so a missing or huge file changes nothing at all. */
  bytes = read_import_file (import, &error);
  if (bytes == NULL)
    {
      g_printerr (_("Nothing was imported: %s"), error->message);
      g_printerr ("\n");
      return EXIT_FAILURE;
    }

  if (database == NULL)
    {
      default_path = default_path != NULL ? default_path : physio_database_default_path ();
      usual = physio_database_open (default_path, &error);
      if (usual == NULL || !physio_database_load_builtin_library (usual, NULL, NULL, &error))
        {
          g_printerr ("%s\n", error->message);
          return EXIT_FAILURE;
        }
      database = usual;
    }

  if (!physio_database_import_file (database, bytes, &summary, &error))
    {
      /* TRANSLATORS: %s names the record and field that are wrong */
      g_printerr (_("Nothing was imported: %s"), error->message);
      g_printerr ("\n");
      return EXIT_FAILURE;
    }

  if (summary.format == PHYSIO_IMPORT_FORMAT_TEMPLATES)
    print_template_summary (&summary);
  else
    print_exercise_summary (&summary);
  return EXIT_SUCCESS;
}

int
physio_cli_io_restore_from_options (GVariantDict *options)
{
  g_autoptr(PhysioDatabase) restored = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *default_path = NULL;
  g_autofree char *kept = NULL;
  const char *source = NULL, *path = NULL;

  if (!g_variant_dict_lookup (options, "restore", "^&ay", &source))
    return -1;

  if (*source == '\0' || g_variant_dict_contains (options, "backup") ||
      g_variant_dict_contains (options, "import") ||
      g_variant_dict_contains (options, "export-pdf"))
    {
      g_printerr ("%s\n", _("Give --restore=FILE a backup file, and on its own (with "
                            "--database=FILE at most)."));
      return EXIT_FAILURE;
    }

  if (!g_variant_dict_lookup (options, "database", "^&ay", &path))
    path = default_path = physio_database_default_path ();

  if (!physio_database_restore_file (path, source, &kept, &error))
    {
      g_printerr (_("Nothing was restored: %s"), error->message);
      g_printerr ("\n");
      return EXIT_FAILURE;
    }

  /* Opened once, so an older backup is brought up to this version's schema now. */
  restored = physio_database_open (path, &error);
  if (restored == NULL)
    {
      g_printerr ("%s\n", error->message);
      return EXIT_FAILURE;
    }

  /* TRANSLATORS: %s is the file that now holds the database as it was before the restore */
  g_print (_("Restored the backup. The database as it was before is kept as “%s”.\n"), kept);
  return EXIT_SUCCESS;
}
