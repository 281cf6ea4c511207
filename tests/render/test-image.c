/* test-image.c: a clinic's PNG, JPEG and SVG images are drawn; anything else is refused
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <gdk-pixbuf/gdk-pixbuf.h>

#include "physio-image.h"

/* A 40 × 20 image: the left half red, the right half transparent. */
static GBytes *
make_raster (const char *format)
{
  g_autoptr(GdkPixbuf) pixbuf = gdk_pixbuf_new (GDK_COLORSPACE_RGB, TRUE, 8, 40, 20);
  g_autoptr(GError) error = NULL;
  char *buffer = NULL;
  gsize size = 0;
  guint8 *pixels = gdk_pixbuf_get_pixels (pixbuf);
  int stride = gdk_pixbuf_get_rowstride (pixbuf);

  for (int y = 0; y < 20; y++)
    for (int x = 0; x < 40; x++)
      {
        guint8 *p = pixels + y * stride + x * 4;

        p[0] = 255, p[1] = 0, p[2] = 0, p[3] = x < 20 ? 255 : 0;
      }
  g_assert_true (gdk_pixbuf_save_to_buffer (pixbuf, &buffer, &size, format, &error, NULL));
  g_assert_no_error (error);
  return g_bytes_new_take (buffer, size);
}

static const char svg_text[] =
  "<?xml version=\"1.0\"?>\n"
  "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"40\" height=\"20\">"
  "<rect x=\"0\" y=\"0\" width=\"20\" height=\"20\" fill=\"#ff0000\"/></svg>";

/* The image drawn fitted into an 80 × 80 white box: 80 × 40, centred vertically. */
static void
assert_draws_red_left_half (cairo_surface_t *image)
{
  cairo_surface_t *target = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 80, 80);
  cairo_t *cr = cairo_create (target);
  guint8 *data;
  int stride;

  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  physio_image_draw_fitted (cr, image, 0, 0, 80, 80);
  cairo_destroy (cr);
  cairo_surface_flush (target);
  data = cairo_image_surface_get_data (target);
  stride = cairo_image_surface_get_stride (target);

#define PIXEL(x, y) (*(guint32 *) (data + (y) * stride + (x) * 4) & 0xffffff)
  g_assert_cmphex (PIXEL (20, 40), ==, 0xff0000);   /* left half: red */
  g_assert_cmphex (PIXEL (60, 40), ==, 0xffffff);   /* right half: transparent */
  g_assert_cmphex (PIXEL (20, 10), ==, 0xffffff);   /* above the fitted image */
#undef PIXEL
  cairo_surface_destroy (target);
}

static void
test_image_formats (void)
{
  struct { const char *format; const char *type; } cases[] = {
    { "png", "image/png" },
    { "jpeg", "image/jpeg" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GBytes) bytes = make_raster (cases[i].format);
      g_autoptr(GError) error = NULL;
      cairo_surface_t *image;

      g_assert_cmpstr (physio_image_sniff (bytes), ==, cases[i].type);
      if (g_str_equal (cases[i].format, "jpeg"))
        continue;   /* JPEG has no transparency: the sniffing is what matters */
      image = physio_image_load (bytes, cases[i].type, &error);
      g_assert_no_error (error);
      assert_draws_red_left_half (image);
      cairo_surface_destroy (image);
    }
}

static void
test_image_svg (void)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (svg_text, strlen (svg_text));
  g_autoptr(GError) error = NULL;
  cairo_surface_t *image;
  cairo_rectangle_t extents;

  g_assert_cmpstr (physio_image_sniff (bytes), ==, "image/svg+xml");
  image = physio_image_load (bytes, "image/svg+xml", &error);
  g_assert_no_error (error);
  g_assert_true (cairo_recording_surface_get_extents (image, &extents));
  g_assert_cmpfloat (extents.width, ==, 40);
  g_assert_cmpfloat (extents.height, ==, 20);
  assert_draws_red_left_half (image);
  cairo_surface_destroy (image);
}

/* The CRC-32 a PNG chunk ends with, so the doctored header below is read, not rejected. */
static guint32
png_crc (const guint8 *data,
         gsize         size)
{
  guint32 crc = 0xffffffff;

  for (gsize i = 0; i < size; i++)
    {
      crc ^= data[i];
      for (int bit = 0; bit < 8; bit++)
        crc = (crc >> 1) ^ (0xedb88320 & -(crc & 1));
    }
  return crc ^ 0xffffffff;
}

/* Not an image, an image under another type's name, damaged bytes, and a PNG whose header
 * claims a billion pixels: each refused with a sentence, nothing drawn. */
static void
test_image_refuses (void)
{
  static const char text[] = "name,reps\nbridge,10\n";
  g_autoptr(GBytes) csv = g_bytes_new_static (text, sizeof text - 1);
  g_autoptr(GBytes) png = make_raster ("png");
  g_autoptr(GBytes) cut = g_bytes_new_from_bytes (png, 0, 40);
  g_autoptr(GByteArray) huge = g_byte_array_new ();
  g_autoptr(GBytes) huge_bytes = NULL;
  g_autoptr(GError) error = NULL;
  gsize size;
  const guint8 *data = g_bytes_get_data (png, &size);
  guint8 dims[8] = { 0x00, 0x00, 0x80, 0x00, 0x00, 0x00, 0x80, 0x00 };  /* 32768 × 32768 */
  guint32 crc;

  g_assert_null (physio_image_load (csv, "image/png", &error));
  g_assert_error (error, PHYSIO_IMAGE_ERROR, PHYSIO_IMAGE_ERROR_UNSUPPORTED);
  g_clear_error (&error);

  g_assert_null (physio_image_load (png, "image/svg+xml", &error));
  g_assert_error (error, PHYSIO_IMAGE_ERROR, PHYSIO_IMAGE_ERROR_UNSUPPORTED);
  g_clear_error (&error);

  g_assert_null (physio_image_load (cut, "image/png", &error));
  g_assert_error (error, PHYSIO_IMAGE_ERROR, PHYSIO_IMAGE_ERROR_DAMAGED);
  g_clear_error (&error);

  /* The IHDR width and height are bytes 16-23 of a PNG. */
  g_byte_array_append (huge, data, size);
  memcpy (huge->data + 16, dims, sizeof dims);
  crc = GUINT32_TO_BE (png_crc (huge->data + 12, 17));
  memcpy (huge->data + 29, &crc, sizeof crc);
  huge_bytes = g_byte_array_free_to_bytes (g_steal_pointer (&huge));
  g_assert_null (physio_image_load (huge_bytes, "image/png", &error));
  g_assert_error (error, PHYSIO_IMAGE_ERROR, PHYSIO_IMAGE_ERROR_TOO_LARGE);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/image/png-jpeg", test_image_formats);
  g_test_add_func ("/image/svg", test_image_svg);
  g_test_add_func ("/image/refuses", test_image_refuses);

  return g_test_run ();
}
