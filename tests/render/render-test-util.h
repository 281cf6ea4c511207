/* render-test-util.h: surfaces and pixel probes shared by the render tests
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <math.h>

#include "physio-render-style.h"

G_BEGIN_DECLS

/* A white RGB image @width × @height pixels at device scale 1. */
static inline cairo_surface_t *
test_image_new (int width,
                int height)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, width, height);

  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  return surface;
}

/* The colour at a pixel (rounded to the nearest whole pixel). */
static inline PhysioRgba
test_pixel (cairo_surface_t *surface,
            double           x,
            double           y)
{
  int px = (int) floor (x), py = (int) floor (y);
  unsigned char *data;
  guint32 value;
  PhysioRgba colour;

  cairo_surface_flush (surface);
  g_assert_cmpint (px, >=, 0);
  g_assert_cmpint (py, >=, 0);
  g_assert_cmpint (px, <, cairo_image_surface_get_width (surface));
  g_assert_cmpint (py, <, cairo_image_surface_get_height (surface));
  data = cairo_image_surface_get_data (surface);
  value = *(guint32 *) (gpointer) (data + py * cairo_image_surface_get_stride (surface) + px * 4);
  colour.red = ((value >> 16) & 0xff) / 255.0;
  colour.green = ((value >> 8) & 0xff) / 255.0;
  colour.blue = (value & 0xff) / 255.0;
  colour.alpha = 1;
  return colour;
}

static inline double
test_colour_distance (const PhysioRgba *a,
                      const PhysioRgba *b)
{
  return MAX (MAX (fabs (a->red - b->red), fabs (a->green - b->green)), fabs (a->blue - b->blue));
}

/* Pixels in a rectangle darker than @luminance. */
static inline guint
test_count_dark (cairo_surface_t *surface,
                 double           x,
                 double           y,
                 double           w,
                 double           h,
                 double           luminance)
{
  guint n = 0;

  for (double py = y; py < y + h; py++)
    for (double px = x; px < x + w; px++)
      {
        PhysioRgba c = test_pixel (surface, px, py);

        if (physio_rgba_luminance (&c) < luminance)
          n++;
      }
  return n;
}

/* How much ink a rectangle holds: the sum over its pixels of how much darker each is than
 * @paper. Anti-aliasing spreads a line over pixels but keeps its sum, so this compares shapes
 * that land on different fractions of a pixel. */
static inline double
test_ink (cairo_surface_t  *surface,
          double            x,
          double            y,
          double            w,
          double            h,
          const PhysioRgba *paper)
{
  double sum = 0, base = physio_rgba_luminance (paper);

  for (double py = y; py < y + h; py++)
    for (double px = x; px < x + w; px++)
      {
        PhysioRgba c = test_pixel (surface, px, py);

        sum += MAX (base - physio_rgba_luminance (&c), 0);
      }
  return sum;
}

static cairo_status_t
test_count_bytes (void                *closure,
                  const unsigned char *data,
                  unsigned int         length)
{
  *(gsize *) closure += length;
  return CAIRO_STATUS_SUCCESS;
}

G_END_DECLS
