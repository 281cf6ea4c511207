/* handout-sample.c: the sample handouts committed under data/samples/, made from the chronic
 * template, to look at and to show
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * build/tests/render/handout-sample OUT-FOLDER: writes handout-a4.pdf, handout-letter.pdf and
 * handout-large-print.pdf for a made-up patient, the Letter one as a re-issued handout that
 * marks what changed. With a language code as well
 * (`handout-sample OUT-FOLDER de`), only handout-<code>-a4.pdf in that language: run it with
 * PHYSIO_LOCALEDIR=build/po to use the catalogues of the build tree. Not a test.
 */

#include "config.h"

#include <locale.h>
#include <string.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "physio-database.h"
#include "physio-database-patients.h"
#include "physio-figure-json.h"
#include "physio-handout.h"
#include "physio-image.h"
#include "physio-prescription.h"
#include "physio-units.h"

/* A made-up clinic's logo: a wave in a circle, as an SVG, so it goes through the same decoding
 * as a logo chosen in Preferences. */
static const char logo_svg[] =
  "<svg xmlns='http://www.w3.org/2000/svg' width='120' height='120' viewBox='0 0 120 120'>"
  "<circle cx='60' cy='60' r='56' fill='#1c6e8c'/>"
  "<path d='M14 70 C34 44 50 44 60 62 S88 84 106 54' stroke='#ffffff' stroke-width='11' "
  "fill='none' stroke-linecap='round'/>"
  "<circle cx='60' cy='34' r='10' fill='#ffffff'/></svg>";

int
main (int   argc,
      char *argv[])
{
  /* The Letter sample is a US clinic's: pounds and yards. */
  static const struct {
    const char *file; PhysioPaper paper; gboolean large; gboolean again; gboolean imperial;
  } samples[] = {
    { "handout-a4.pdf", PHYSIO_PAPER_A4, FALSE, FALSE, FALSE },
    { "handout-letter.pdf", PHYSIO_PAPER_LETTER, FALSE, TRUE, TRUE },
    { "handout-large-print.pdf", PHYSIO_PAPER_A4, TRUE, FALSE, FALSE },
  };
  /* The re-issued sample: the walk a little harder, the bridge easier, one exercise new. */
  static const PhysioHandoutChange changes[8] = {
    PHYSIO_HANDOUT_HARDER, PHYSIO_HANDOUT_SAME, PHYSIO_HANDOUT_SAME, PHYSIO_HANDOUT_NEW,
    PHYSIO_HANDOUT_SAME, PHYSIO_HANDOUT_EASIER,
  };
  g_autoptr(GBytes) logo_bytes = g_bytes_new_static (logo_svg, sizeof logo_svg - 1);
  cairo_surface_t *logo = NULL;
  guint n_samples = argc == 3 ? 1 : G_N_ELEMENTS (samples);
  g_autoptr(GError) error = NULL;
  g_autoptr(PhysioDatabase) database = NULL;
  g_autoptr(PhysioProgramme) programme = NULL;
  g_autoptr(GHashTable) figures = NULL;
  g_autoptr(GHashTable) names = NULL;
  g_auto(GStrv) ids = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *db = NULL;
  GDate start;

  setlocale (LC_ALL, "");
  if (argc != 2 && argc != 3)
    {
      g_printerr ("usage: handout-sample OUT-FOLDER [LANGUAGE]\n");
      return 2;
    }
  logo = physio_image_load (logo_bytes, "image/svg+xml", &error);
  if (logo == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
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
  /* Eight exercises, as a clinician would pick from the template's 45: the first seven and
   * the Romanian deadlift, so a weight shows (in pounds on the US Letter sample). */
  for (guint i = physio_programme_get_n_prescriptions (programme); i-- > 7;)
    {
      PhysioPrescription *prescription = physio_programme_get_prescription (programme, i);

      if (!g_str_equal (physio_prescription_get_exercise_id (prescription), "HIN-03"))
        physio_programme_remove_prescription (programme, i);
    }
  physio_prescription_set_note (physio_programme_get_prescription (programme, 0),
                                argc == 3 && g_str_equal (argv[2], "de") ?
                                "Gehen Sie morgens mit Ihrem Hund, wenn es geht." :
                                argc == 3 && g_str_equal (argv[2], "es") ?
                                "Si puede, pasee por las mañanas con su perro." :
                                "Walk with your dog in the mornings if you can.");
  names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  ids = physio_handout_referenced_ids (programme);
  for (guint i = 0; ids[i] != NULL; i++)
    {
      g_autoptr(PhysioExercise) exercise = physio_database_get_exercise (database, ids[i], NULL);

      if (exercise != NULL)
        g_hash_table_insert (names, g_strdup (ids[i]), g_strdup (physio_exercise_get_name (exercise)));
    }

  for (guint i = 0; i < n_samples; i++)
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
        .clinic_logo = logo,
        .changes = samples[i].again ? changes : NULL,
        .figures = figures,
        .exercise_names = names,
        .paper = samples[i].paper,
        .large_print = samples[i].large,
        .language = argc == 3 ? argv[2] : NULL,
      };

      if (argc == 3 && i > 0)
        break;

      physio_units_set_weight (samples[i].imperial ? PHYSIO_WEIGHT_LB : PHYSIO_WEIGHT_KG);
      physio_units_set_distance (samples[i].imperial ? PHYSIO_DISTANCE_IMPERIAL
                                                     : PHYSIO_DISTANCE_METRIC);
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
  cairo_surface_destroy (logo);
  g_remove (db);
  g_rmdir (dir);
  return 0;
}
