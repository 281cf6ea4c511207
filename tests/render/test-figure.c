/* test-figure.c: drawing the built-in exercise figures, without a display
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <cairo.h>
#include <cairo-pdf.h>
#include <glib/gstdio.h>
#include <math.h>

#include "physio-figure.h"
#include "physio-figure-json.h"

#define BOX_X 30
#define BOX_Y 20
#define BOX_W 160
#define BOX_H 120

static GHashTable *figures;

/* Share of the box's pixels that hold ink, and whether anything fell outside the box. */
static double
draw_and_measure (const PhysioFigure *figure,
                  gboolean           *outside)
{
  cairo_surface_t *surface;
  cairo_t *cr;
  PhysioFigureStyle style;
  guint inked = 0;
  guchar *data;
  int stride;

  physio_figure_style_init_print (&style);
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, BOX_W + 2 * BOX_X,
                                        BOX_H + 2 * BOX_Y);
  cr = cairo_create (surface);
  cairo_translate (cr, BOX_X, BOX_Y);
  physio_figure_draw (cr, figure, BOX_W, BOX_H, &style);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  data = cairo_image_surface_get_data (surface);
  stride = cairo_image_surface_get_stride (surface);
  *outside = FALSE;
  for (int y = 0; y < BOX_H + 2 * BOX_Y; y++)
    for (int x = 0; x < BOX_W + 2 * BOX_X; x++)
      {
        guint32 pixel = *(guint32 *) (data + y * stride + x * 4);
        gboolean in_box = x >= BOX_X && x < BOX_X + BOX_W && y >= BOX_Y && y < BOX_Y + BOX_H;

        if ((pixel >> 24) == 0)
          continue;
        if (in_box)
          inked++;
        else
          *outside = TRUE;
      }
  cairo_surface_destroy (surface);
  return (double) inked / (BOX_W * BOX_H);
}

/* Each figure fills a fair part of its box (it is scaled to fit, not drawn tiny) and never
 * spills out of it onto the card's text. */
static void
test_fits_its_box (void)
{
  GHashTableIter iter;
  gpointer id, figure;

  g_hash_table_iter_init (&iter, figures);
  while (g_hash_table_iter_next (&iter, &id, &figure))
    {
      gboolean outside;
      double ink = draw_and_measure (figure, &outside);

      if (outside)
        g_error ("Figure %s draws outside its box", (const char *) id);
      if (ink < 0.05)
        g_error ("Figure %s covers only %.1f%% of its box", (const char *) id, ink * 100);
    }
}

/* The inked bounding box of @figure drawn into a @width × @height box. */
static void
ink_box (const PhysioFigure *figure,
         int                 width,
         int                 height,
         int                *ink_width,
         int                *ink_height)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cairo_t *cr = cairo_create (surface);
  PhysioFigureStyle style;
  int x0 = width, y0 = height, x1 = -1, y1 = -1;
  guchar *data;
  int stride;

  physio_figure_style_init_print (&style);
  physio_figure_draw (cr, figure, width, height, &style);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  data = cairo_image_surface_get_data (surface);
  stride = cairo_image_surface_get_stride (surface);
  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      if (data[y * stride + x * 4 + 3] != 0)
        {
          x0 = MIN (x0, x);
          x1 = MAX (x1, x);
          y0 = MIN (y0, y);
          y1 = MAX (y1, y);
        }
  cairo_surface_destroy (surface);
  *ink_width = x1 - x0 + 1;
  *ink_height = y1 - y0 + 1;
}

/* The figure keeps its aspect: a narrow box and a wide one give the same shape, and the wide
 * box does not stretch it sideways. */
static void
test_keeps_aspect (void)
{
  const PhysioFigure *figure = g_hash_table_lookup (figures, "AER-01");
  int narrow_w, narrow_h, wide_w, wide_h;

  ink_box (figure, 150, 300, &narrow_w, &narrow_h);
  ink_box (figure, 600, 300, &wide_w, &wide_h);

  g_assert_cmpint (narrow_w, <=, 150);
  g_assert_cmpint (wide_h, <=, 300);
  g_assert_cmpint (wide_w, <, 300);
  g_assert_cmpfloat (fabs ((double) narrow_w / narrow_h - (double) wide_w / wide_h), <, 0.05);
}

/* Every figure also draws into a PDF, as the handout will. */
static void
test_pdf (void)
{
  g_autofree char *path = g_build_filename (g_get_tmp_dir (), "physio-test-figures.pdf", NULL);
  cairo_surface_t *surface = cairo_pdf_surface_create (path, 595, 842);
  cairo_t *cr = cairo_create (surface);
  PhysioFigureStyle style;
  GHashTableIter iter;
  gpointer figure;
  guint n = 0;

  physio_figure_style_init_print (&style);
  g_hash_table_iter_init (&iter, figures);
  while (g_hash_table_iter_next (&iter, NULL, &figure))
    {
      cairo_save (cr);
      cairo_translate (cr, 40 + (n % 4) * 130, 40 + (n / 4 % 7) * 110);
      physio_figure_draw (cr, figure, 120, 90, &style);
      cairo_restore (cr);
      if (++n % 28 == 0)
        cairo_show_page (cr);
    }
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  g_unlink (path);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;

  g_test_init (&argc, &argv, NULL);
  figures = physio_figure_json_read_builtin (&error);
  g_assert_no_error (error);

  g_test_add_func ("/figure/fits-its-box", test_fits_its_box);
  g_test_add_func ("/figure/keeps-aspect", test_keeps_aspect);
  g_test_add_func ("/figure/pdf", test_pdf);

  return g_test_run ();
}
