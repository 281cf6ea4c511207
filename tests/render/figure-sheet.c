/* figure-sheet.c: every built-in exercise figure on one contact sheet, to look at
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * build/tests/render/figure-sheet OUT.png [ID...]: a grid of figures with their exercise ids
 * under them (all of them, or the ones named). Not a test: a reviewer's tool
 * (tests/bench/README.md, "Exercise figures").
 */

#include "config.h"

#include <cairo.h>

#include "physio-figure.h"
#include "physio-figure-json.h"

#define CELL_W  220
#define CELL_H  170
#define LABEL_H 18
#define COLUMNS 8

static int
compare_ids (gconstpointer a,
             gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GHashTable) figures = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) ids = g_ptr_array_new ();
  PhysioFigureStyle style;
  cairo_surface_t *surface;
  cairo_t *cr;
  guint rows;

  if (argc < 2)
    {
      g_printerr ("usage: figure-sheet OUT.png [EXERCISE-ID...]\n");
      return 2;
    }
  figures = physio_figure_json_read_builtin (&error);
  if (figures == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  if (argc > 2)
    for (int i = 2; i < argc; i++)
      g_ptr_array_add (ids, argv[i]);
  else
    {
      GHashTableIter iter;
      gpointer key;

      g_hash_table_iter_init (&iter, figures);
      while (g_hash_table_iter_next (&iter, &key, NULL))
        g_ptr_array_add (ids, key);
      g_ptr_array_sort (ids, compare_ids);
    }

  physio_figure_style_init_print (&style);
  rows = (ids->len + COLUMNS - 1) / COLUMNS;
  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, COLUMNS * CELL_W, rows * CELL_H);
  cr = cairo_create (surface);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_select_font_face (cr, "Sans", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_NORMAL);
  cairo_set_font_size (cr, 12);

  for (guint i = 0; i < ids->len; i++)
    {
      const PhysioFigure *figure = g_hash_table_lookup (figures, ids->pdata[i]);
      double x = (i % COLUMNS) * CELL_W, y = (i / COLUMNS) * CELL_H;

      cairo_save (cr);
      cairo_translate (cr, x + 6, y + 6);
      if (figure != NULL)
        physio_figure_draw (cr, figure, CELL_W - 12, CELL_H - LABEL_H - 12, &style);
      cairo_restore (cr);
      cairo_set_source_rgb (cr, 0.2, 0.2, 0.2);
      cairo_move_to (cr, x + 8, y + CELL_H - 6);
      cairo_show_text (cr, ids->pdata[i]);
      cairo_rectangle (cr, x + 0.5, y + 0.5, CELL_W - 1, CELL_H - 1);
      cairo_set_source_rgb (cr, 0.85, 0.85, 0.85);
      cairo_set_line_width (cr, 1);
      cairo_stroke (cr);
    }
  cairo_destroy (cr);
  if (cairo_surface_write_to_png (surface, argv[1]) != CAIRO_STATUS_SUCCESS)
    {
      g_printerr ("Could not write %s\n", argv[1]);
      return 1;
    }
  cairo_surface_destroy (surface);
  return 0;
}
