/* physio-image.c: a clinic's own PNG, JPEG or SVG as a cairo surface
 *
 * gdk-pixbuf decodes the raster formats and librsvg draws SVG; both are what the GNOME
 * platform itself uses, and neither needs a display, so the command line export can use them.
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "physio-render"

#include "config.h"

#include <string.h>

#include <gdk-pixbuf/gdk-pixbuf.h>
#include <librsvg/rsvg.h>

#include "physio-image.h"

/* A logo or exercise photo never needs more: 40 megapixels is a large camera's photo. */
#define MAX_PIXELS (40 * 1000 * 1000)
#define MAX_SIDE   16384

#define TOO_LARGE "The image is too large. Please choose one of at most 40 megapixels."
#define DAMAGED   "The image could not be read: the file may be damaged. Please choose another."

G_DEFINE_QUARK (physio-image-error-quark, physio_image_error)

const char *
physio_image_sniff (GBytes *bytes)
{
  static const guint8 png[] = { 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };
  static const guint8 jpeg[] = { 0xff, 0xd8, 0xff };
  gsize size;
  const guint8 *data;
  g_autofree char *head = NULL;

  g_return_val_if_fail (bytes != NULL, NULL);

  data = g_bytes_get_data (bytes, &size);
  if (size >= sizeof png && memcmp (data, png, sizeof png) == 0)
    return "image/png";
  if (size >= sizeof jpeg && memcmp (data, jpeg, sizeof jpeg) == 0)
    return "image/jpeg";

  /* SVG is text: an "<svg" element near the start, after any XML declaration, comments or
   * doctype. */
  head = g_strndup ((const char *) data, MIN (size, 4096));
  if (strstr (head, "<svg") != NULL)
    return "image/svg+xml";
  return NULL;
}

static gboolean
set_error (GError           **error,
           PhysioImageError   code,
           const char        *message)
{
  g_set_error_literal (error, PHYSIO_IMAGE_ERROR, code, message);
  return FALSE;
}

static cairo_surface_t *
fail (GError           **error,
      PhysioImageError   code,
      const char        *message)
{
  set_error (error, code, message);
  return NULL;
}

static void
on_size_prepared (GdkPixbufLoader *loader,
                  int              width,
                  int              height,
                  gboolean        *too_large)
{
  /* Refused before the pixels are allocated: a hostile header cannot claim gigabytes. */
  if (width <= 0 || height <= 0 || width > MAX_SIDE || height > MAX_SIDE ||
      (gint64) width * height > MAX_PIXELS)
    {
      *too_large = TRUE;
      gdk_pixbuf_loader_set_size (loader, 1, 1);
    }
}

/* Straight RGB(A) pixels into Cairo's premultiplied native-endian ARGB. */
static cairo_surface_t *
surface_from_pixbuf (GdkPixbuf *pixbuf)
{
  int width = gdk_pixbuf_get_width (pixbuf);
  int height = gdk_pixbuf_get_height (pixbuf);
  int channels = gdk_pixbuf_get_n_channels (pixbuf);
  int src_stride = gdk_pixbuf_get_rowstride (pixbuf);
  const guint8 *src = gdk_pixbuf_read_pixels (pixbuf);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  int dst_stride = cairo_image_surface_get_stride (surface);
  guint8 *dst;

  cairo_surface_flush (surface);
  dst = cairo_image_surface_get_data (surface);
  for (int y = 0; y < height; y++)
    {
      const guint8 *in = src + (gsize) y * src_stride;
      guint32 *out = (guint32 *) (dst + (gsize) y * dst_stride);

      for (int x = 0; x < width; x++, in += channels)
        {
          guint alpha = channels == 4 ? in[3] : 0xff;
          guint r = (in[0] * alpha + 127) / 255;
          guint g = (in[1] * alpha + 127) / 255;
          guint b = (in[2] * alpha + 127) / 255;

          out[x] = (alpha << 24) | (r << 16) | (g << 8) | b;
        }
    }
  cairo_surface_mark_dirty (surface);
  return surface;
}

static cairo_surface_t *
record (cairo_surface_t *source,
        double           width,
        double           height)
{
  cairo_rectangle_t extents = { 0, 0, width, height };
  cairo_surface_t *recording = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA,
                                                               &extents);
  cairo_t *cr = cairo_create (recording);

  cairo_set_source_surface (cr, source, 0, 0);
  cairo_paint (cr);
  cairo_destroy (cr);
  return recording;
}

static cairo_surface_t *
load_raster (GBytes  *bytes,
             GError **error)
{
  g_autoptr(GdkPixbufLoader) loader = gdk_pixbuf_loader_new ();
  g_autoptr(GError) local_error = NULL;
  cairo_surface_t *pixels;
  cairo_surface_t *image;
  GdkPixbuf *pixbuf;
  gboolean too_large = FALSE;

  g_signal_connect (loader, "size-prepared", G_CALLBACK (on_size_prepared), &too_large);
  if (!gdk_pixbuf_loader_write_bytes (loader, bytes, &local_error) ||
      !gdk_pixbuf_loader_close (loader, &local_error))
    {
      if (too_large)
          return fail (error, PHYSIO_IMAGE_ERROR_TOO_LARGE, TOO_LARGE);
      g_debug ("Image decoder: %s", local_error->message);
      return fail (error, PHYSIO_IMAGE_ERROR_DAMAGED, DAMAGED);
    }
  if (too_large)
    return fail (error, PHYSIO_IMAGE_ERROR_TOO_LARGE, TOO_LARGE);

  pixbuf = gdk_pixbuf_loader_get_pixbuf (loader);
  if (pixbuf == NULL || gdk_pixbuf_get_bits_per_sample (pixbuf) != 8 ||
      gdk_pixbuf_get_n_channels (pixbuf) < 3)
    return fail (error, PHYSIO_IMAGE_ERROR_DAMAGED, DAMAGED);

  pixels = surface_from_pixbuf (pixbuf);
  image = record (pixels, gdk_pixbuf_get_width (pixbuf), gdk_pixbuf_get_height (pixbuf));
  cairo_surface_destroy (pixels);
  return image;
}

static cairo_surface_t *
load_svg (GBytes  *bytes,
          GError **error)
{
  RsvgHandle *handle = NULL;
  g_autoptr(GError) local_error = NULL;
  gsize size;
  gconstpointer data = g_bytes_get_data (bytes, &size);
  double width, height;
  cairo_rectangle_t extents;
  cairo_surface_t *recording;
  RsvgRectangle viewport;
  cairo_t *cr;
  gboolean drawn;

  /* No base file: an SVG may not pull in other files from the disk. */
  handle = rsvg_handle_new_from_data (data, size, &local_error);
  if (handle == NULL)
    {
      g_debug ("SVG: %s", local_error->message);
      set_error (error, PHYSIO_IMAGE_ERROR_DAMAGED,
                 "The SVG image could not be read: the file may be damaged. Please choose "
                 "another.");
      return NULL;
    }

  rsvg_handle_set_dpi (handle, 72.0);
  if (!rsvg_handle_get_intrinsic_size_in_pixels (handle, &width, &height) ||
      width <= 0 || height <= 0)
    {
      /* Only a viewBox: draw it 200 points wide in its own proportions. */
      gboolean has_viewbox = FALSE;
      RsvgRectangle viewbox;

      rsvg_handle_get_intrinsic_dimensions (handle, NULL, NULL, NULL, NULL, &has_viewbox,
                                            &viewbox);
      if (!has_viewbox || viewbox.width <= 0 || viewbox.height <= 0)
        {
          g_object_unref (handle);
          return fail (error, PHYSIO_IMAGE_ERROR_DAMAGED,
                       "The SVG image has no size. Please save it with a width and height.");
        }
      width = 200.0;
      height = 200.0 * viewbox.height / viewbox.width;
    }
  if (width > MAX_SIDE || height > MAX_SIDE)
    {
      g_object_unref (handle);
      return fail (error, PHYSIO_IMAGE_ERROR_TOO_LARGE,
                   "The SVG image is too large. Please choose a smaller one.");
    }

  extents = (cairo_rectangle_t) { 0, 0, width, height };
  recording = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, &extents);
  cr = cairo_create (recording);
  viewport = (RsvgRectangle) { 0, 0, width, height };
  drawn = rsvg_handle_render_document (handle, cr, &viewport, &local_error);
  cairo_destroy (cr);
  g_object_unref (handle);
  if (!drawn)
    {
      g_debug ("SVG: %s", local_error->message);
      cairo_surface_destroy (recording);
      set_error (error, PHYSIO_IMAGE_ERROR_DAMAGED,
                 "The SVG image could not be drawn. Please choose another.");
      return NULL;
    }
  return recording;
}

cairo_surface_t *
physio_image_load (GBytes      *bytes,
                   const char  *media_type,
                   GError     **error)
{
  const char *sniffed;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  sniffed = physio_image_sniff (bytes);
  if (sniffed == NULL || g_strcmp0 (sniffed, media_type) != 0)
    {
      set_error (error, PHYSIO_IMAGE_ERROR_UNSUPPORTED,
                 "This file is not a PNG, JPEG or SVG image. Please choose one of those.");
      return NULL;
    }

  if (g_str_equal (sniffed, "image/svg+xml"))
    return load_svg (bytes, error);
  return load_raster (bytes, error);
}

void
physio_image_draw_fitted (cairo_t         *cr,
                          cairo_surface_t *image,
                          double           x,
                          double           y,
                          double           width,
                          double           height)
{
  cairo_rectangle_t extents;
  double scale;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (image != NULL);

  if (!cairo_recording_surface_get_extents (image, &extents) ||
      extents.width <= 0 || extents.height <= 0 || width <= 0 || height <= 0)
    return;

  scale = MIN (width / extents.width, height / extents.height);
  cairo_save (cr);
  cairo_translate (cr, x + (width - extents.width * scale) / 2,
                   y + (height - extents.height * scale) / 2);
  cairo_scale (cr, scale, scale);
  cairo_rectangle (cr, 0, 0, extents.width, extents.height);
  cairo_clip (cr);
  cairo_set_source_surface (cr, image, 0, 0);
  cairo_paint (cr);
  cairo_restore (cr);
}
