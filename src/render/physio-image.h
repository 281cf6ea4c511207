/* physio-image.h: a clinic's own image (a logo, a photo or drawing of an exercise) made ready
 * for any cairo_t
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <gio/gio.h>

G_BEGIN_DECLS

#define PHYSIO_IMAGE_ERROR (physio_image_error_quark ())

typedef enum
{
  PHYSIO_IMAGE_ERROR_UNSUPPORTED,   /* not PNG, JPEG or SVG, or not what its type says */
  PHYSIO_IMAGE_ERROR_DAMAGED,       /* the decoder could not read it */
  PHYSIO_IMAGE_ERROR_TOO_LARGE,     /* more pixels than a handout could ever need */
} PhysioImageError;

GQuark           physio_image_error_quark      (void);

/* The media type the bytes really are ("image/png", "image/jpeg", "image/svg+xml"), from
 * their first bytes, or NULL. */
const char      *physio_image_sniff            (GBytes          *bytes);

/* Decodes @bytes (of @media_type, which must agree with physio_image_sniff ()) into a
 * recording surface whose extents are the image's own size: an SVG stays vectors in a PDF, a
 * PNG or JPEG is its pixels. Errors say what to do ("Choose a PNG, JPEG or SVG image."). */
cairo_surface_t *physio_image_load             (GBytes          *bytes,
                                                const char      *media_type,
                                                GError         **error);

/* Draws @image scaled to fit inside the box (keeping its proportions), centred. */
void             physio_image_draw_fitted      (cairo_t         *cr,
                                                cairo_surface_t *image,
                                                double           x,
                                                double           y,
                                                double           width,
                                                double           height);

G_END_DECLS
