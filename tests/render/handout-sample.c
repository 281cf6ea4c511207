/* handout-sample.c: the sample handouts committed under data/samples/, made from the chronic
 * template, to look at and to show
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * build/tests/render/handout-sample OUT-FOLDER: writes handout-a4.pdf, handout-letter.pdf and
 * handout-large-print.pdf for a made-up patient. With a language code as well
 * (`handout-sample OUT-FOLDER de`), only handout-<code>-a4.pdf in that language: run it with
 * PHYSIO_LOCALEDIR=build/po to use the catalogues of the build tree. Not a test.
 */

#include "config.h"

#include <locale.h>
#include <glib/gstdio.h>

#include "physio-database.h"
#include "physio-database-patients.h"
#include "physio-figure-json.h"
#include "physio-handout.h"
#include "physio-prescription.h"

int
main (int   argc,
      char *argv[])
{
  static const struct { const char *file; PhysioPaper paper; gboolean large; } samples[] = {
    { "handout-a4.pdf", PHYSIO_PAPER_A4, FALSE },
    { "handout-letter.pdf", PHYSIO_PAPER_LETTER, FALSE },
    { "handout-large-print.pdf", PHYSIO_PAPER_A4, TRUE },
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(PhysioDatabase) database = NULL;
  g_autoptr(PhysioProgramme) programme = NULL;
  g_autoptr(GHashTable) figures = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *db = NULL;
  GDate start;

  setlocale (LC_ALL, "");
  if (argc != 2 && argc != 3)
    {
      g_printerr ("usage: handout-sample OUT-FOLDER [LANGUAGE]\n");
      return 2;
    }
  dir = g_dir_make_tmp ("physio-sample-XXXXXX", &error);
  db = g_build_filename (dir, "physioplan.db", NULL);
  database = physio_database_open (db, &error);
  if (database == NULL || !physio_database_load_builtin_library (database, NULL, NULL, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  g_date_clear (&start, 1);
  g_date_set_dmy (&start, 5, G_DATE_JANUARY, 2026);
  programme = physio_database_programme_from_template (database, "chronic", &start, &error);
  figures = physio_figure_json_read_builtin (&error);
  if (programme == NULL || figures == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  /* Eight exercises, as a clinician would pick from the template's 45. */
  while (physio_programme_get_n_prescriptions (programme) > 8)
    physio_programme_remove_prescription (programme, 8);
  physio_prescription_set_note (physio_programme_get_prescription (programme, 0),
                                argc == 3 && g_str_equal (argv[2], "de") ?
                                "Gehen Sie morgens mit Ihrem Hund, wenn es geht." :
                                argc == 3 && g_str_equal (argv[2], "es") ?
                                "Si puede, pasee por las mañanas con su perro." :
                                "Walk with your dog in the mornings if you can.");

  for (guint i = 0; i < G_N_ELEMENTS (samples); i++)
    {
      g_autoptr(PhysioHandout) handout = NULL;
      g_autofree char *name = argc == 3 ? g_strdup_printf ("handout-%s-a4.pdf", argv[2])
                                        : g_strdup (samples[i].file);
      g_autofree char *path = g_build_filename (argv[1], name, NULL);
      PhysioHandoutInput input = {
        .programme = programme,
        .patient_name = "Sam Example",
        .clinic_name = "Harbour Physiotherapy",
        .clinic_address = "1 Quay Street, Portsmouth",
        .clinic_phone = "01234 567890",
        .clinician_name = "Alex Morgan, Physiotherapist",
        .clinician_contact = "01234 567891",
        .figures = figures,
        .paper = samples[i].paper,
        .large_print = samples[i].large,
        .language = argc == 3 ? argv[2] : NULL,
      };

      if (argc == 3 && i > 0)
        break;

      input.issued = start;
      g_date_clear (&input.review, 1);
      g_date_set_dmy (&input.review, 19, G_DATE_JANUARY, 2026);
      handout = physio_handout_new (&input);
      if (!physio_handout_write_pdf (handout, path, &error))
        {
          g_printerr ("%s\n", error->message);
          return 1;
        }
      g_print ("%s: %u pages\n", path, physio_handout_get_n_pages (handout));
    }
  g_remove (db);
  g_rmdir (dir);
  return 0;
}
