/* bench-handout.c: how long a handout PDF takes to write, beside plain text of the same pages
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * build/tests/bench/bench-handout [RUNS]: the 12-week chronic template cut to 8 exercises,
 * with a clinic's name, address and SVG logo, laid out and written as a PDF RUNS times (default 15), and a minimal Cairo + Pango program
 * writing the same number of pages of plain text, interleaved run by run. Prints the median
 * and spread of each, the ratio, and the file sizes. Goal: under 250 ms, within 2× of the
 * baseline (architecture.md, issue 8). Not a test.
 */

#include "config.h"

#include <locale.h>
#include <cairo-pdf.h>
#include <pango/pangocairo.h>
#include <glib/gstdio.h>

#include "physio-database.h"
#include "physio-database-patients.h"
#include "physio-figure-json.h"
#include "physio-handout.h"
#include "physio-image.h"

/* A clinic's logo as a clinic would set one: an SVG, decoded once as the export does. */
static const char logo_svg[] =
  "<svg xmlns='http://www.w3.org/2000/svg' width='120' height='120'>"
  "<circle cx='60' cy='60' r='56' fill='#1c6e8c'/>"
  "<path d='M14 70 C34 44 50 44 60 62 S88 84 106 54' stroke='#fff' stroke-width='11' "
  "fill='none'/></svg>";

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

/* Plain text pages: each page a fresh column of 12 pt paragraphs (shaped anew, as a page of
 * a document would be), in the handout's font. */
static void
write_baseline (const char *path,
                guint       n_pages)
{
  cairo_surface_t *surface = cairo_pdf_surface_create (path, 595.276, 841.89);
  cairo_t *cr = cairo_create (surface);
  PangoFontDescription *font = pango_font_description_from_string ("Sans 12");

  for (guint page = 0; page < n_pages; page++)
    {
      double y = 60;

      for (guint paragraph = 0; y < 780; paragraph++)
        {
          PangoLayout *layout = pango_cairo_create_layout (cr);
          g_autofree char *text = g_strdup_printf ("%u.%u Lie on your back with knees bent and "
                                                   "feet flat. Gently firm up your tummy, as if "
                                                   "getting ready for a light poke, then let go "
                                                   "completely between holds.", page, paragraph);
          int height;

          pango_layout_set_font_description (layout, font);
          pango_layout_set_width (layout, 515 * PANGO_SCALE);
          pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
          pango_layout_set_text (layout, text, -1);
          cairo_move_to (cr, 40, y);
          pango_cairo_show_layout (cr, layout);
          pango_layout_get_size (layout, NULL, &height);
          y += (double) height / PANGO_SCALE + 6;
          g_object_unref (layout);
        }
      cairo_show_page (cr);
    }
  pango_font_description_free (font);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

static goffset
file_size (const char *path)
{
  GStatBuf st;

  return g_stat (path, &st) == 0 ? st.st_size : -1;
}

int
main (int   argc,
      char *argv[])
{
  guint runs = argc > 1 ? (guint) g_ascii_strtoull (argv[1], NULL, 10) : 15;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("physio-bench-handout-XXXXXX", &error);
  g_autofree char *db = g_build_filename (dir, "physioplan.db", NULL);
  g_autofree char *pdf = g_build_filename (dir, "handout.pdf", NULL);
  g_autofree char *plain = g_build_filename (dir, "plain.pdf", NULL);
  g_autoptr(PhysioDatabase) database = physio_database_open (db, &error);
  g_autoptr(PhysioProgramme) programme = NULL;
  g_autoptr(GHashTable) figures = physio_figure_json_read_builtin (&error);
  g_autoptr(GArray) ours = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) base = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GBytes) logo_bytes = g_bytes_new_static (logo_svg, sizeof logo_svg - 1);
  cairo_surface_t *logo = NULL;
  PhysioHandoutInput input = { 0 };
  guint n_pages = 0;
  GDate start;

  setlocale (LC_ALL, "");
  if (database == NULL || figures == NULL ||
      !physio_database_load_builtin_library (database, NULL, NULL, &error))
    g_error ("%s", error->message);
  g_date_clear (&start, 1);
  g_date_set_dmy (&start, 5, G_DATE_JANUARY, 2026);
  programme = physio_database_programme_from_template (database, "chronic", &start, &error);
  while (physio_programme_get_n_prescriptions (programme) > 8)
    physio_programme_remove_prescription (programme, 8);

  input.programme = programme;
  input.patient_name = "Sam Example";
  input.clinician_name = "Alex Morgan";
  input.clinic_name = "Harbour Physiotherapy";
  input.clinic_address = "1 Quay Street, Portsmouth";
  input.clinic_phone = "01234 567890";
  logo = physio_image_load (logo_bytes, "image/svg+xml", &error);
  if (logo == NULL)
    g_error ("%s", error->message);
  input.clinic_logo = logo;
  input.figures = figures;
  input.issued = start;
  g_date_clear (&input.review, 1);

  for (guint run = 0; run <= runs; run++)
    {
      gint64 t0, t1, t2;
      g_autoptr(PhysioHandout) handout = NULL;

      t0 = g_get_monotonic_time ();
      handout = physio_handout_new (&input);
      if (!physio_handout_write_pdf (handout, pdf, &error))
        g_error ("%s", error->message);
      t1 = g_get_monotonic_time ();
      n_pages = physio_handout_get_n_pages (handout);
      write_baseline (plain, n_pages);
      t2 = g_get_monotonic_time ();
      /* The first run loads fonts for both: a warm-up, not counted. */
      if (run > 0)
        {
          double a = (t1 - t0) / 1000.0, b = (t2 - t1) / 1000.0;

          g_array_append_val (ours, a);
          g_array_append_val (base, b);
        }
    }
  g_array_sort (ours, compare_doubles);
  g_array_sort (base, compare_doubles);

  g_print ("handout: 12 weeks, 8 exercises, %u pages, %u runs\n", n_pages, runs);
  g_print ("  handout PDF   median %6.1f ms  (min %6.1f, max %6.1f)  %" G_GOFFSET_FORMAT " bytes\n",
           g_array_index (ours, double, runs / 2), g_array_index (ours, double, 0),
           g_array_index (ours, double, runs - 1), file_size (pdf));
  g_print ("  plain text    median %6.1f ms  (min %6.1f, max %6.1f)  %" G_GOFFSET_FORMAT " bytes\n",
           g_array_index (base, double, runs / 2), g_array_index (base, double, 0),
           g_array_index (base, double, runs - 1), file_size (plain));
  g_print ("  ratio %.2f× (goal: under 250 ms and within 2×)\n",
           g_array_index (ours, double, runs / 2) / g_array_index (base, double, runs / 2));

  cairo_surface_destroy (logo);
  g_unlink (pdf);
  g_unlink (plain);
  return 0;
}
