/* physio-render-style.h: the palette, fonts and scale every drawing in src/render takes
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A colour with components 0–1, laid out like GdkRGBA but in doubles, so the ui layer can
 * copy a theme colour in field by field and render never sees GDK. */
typedef struct
{
  double red;
  double green;
  double blue;
  double alpha;
} PhysioRgba;

/* The exercise categories of brief 2.1, in the vocabulary's order. */
#define PHYSIO_RENDER_N_CATEGORIES 10

/* Everything a drawing needs to know about how it should look. A plain struct: fill it with
 * physio_render_style_init_print () or _init_screen () and change fields as needed.
 *
 * Sizes: render functions take their width and height in the cairo_t's user units.
 * @units_per_pt says how many of those units make one typographic point: 1 on a PDF or print
 * surface, 96/72 on screen where GTK's unit is the CSS pixel. Fonts and line widths are given
 * in points; HiDPI is the surface's device scale and is never computed here. */
typedef struct
{
  /* Page and ink */
  PhysioRgba background;
  PhysioRgba foreground;
  PhysioRgba muted;            /* secondary text, axis ticks */
  PhysioRgba grid;             /* grid lines and frames */
  PhysioRgba accent;           /* today, focus */

  /* Pain-monitoring zones (brief 4.1): band fills behind a pain axis */
  PhysioRgba zone_green;
  PhysioRgba zone_amber;
  PhysioRgba zone_red;

  /* Data ink. The series are told apart by luminance and by shape, so a greyscale print keeps
   * them apart: primary is the darkest. */
  PhysioRgba series_primary;   /* rolling means, main lines */
  PhysioRgba series_secondary; /* daily dots */
  PhysioRgba series_tertiary;  /* session markers, clinician overrides */
  PhysioRgba reference;        /* MCID, targets, thresholds */

  /* Adherence levels: >= 80 %, 50–79 %, < 50 %; each also gets its own fill pattern. */
  PhysioRgba level_good;
  PhysioRgba level_fair;
  PhysioRgba level_poor;

  /* Week table: a week whose dose changes */
  PhysioRgba highlight;

  PhysioRgba category[PHYSIO_RENDER_N_CATEGORIES];

  char       font_family[64];
  double     font_size_pt;     /* body text; titles and small print derive from it */
  double     line_width_pt;
  double     units_per_pt;
  gboolean   dark;
} PhysioRenderStyle;

/* The fixed light palette for paper and PDF: black ink on white, Okabe–Ito hues, every series
 * distinct in greyscale. The theme never reaches paper. */
void     physio_render_style_init_print  (PhysioRenderStyle *style);
/* A screen palette from the theme's window colours (the ui layer passes what GTK resolves for
 * window_fg_color, window_bg_color and accent_color): zone bands and category tints are mixed
 * into @background so they work in dark mode too. */
void     physio_render_style_init_screen (PhysioRenderStyle *style,
                                          const PhysioRgba  *foreground,
                                          const PhysioRgba  *background,
                                          const PhysioRgba  *accent,
                                          gboolean           dark);
/* The colour of an exercise category code ("core_stability"), or the muted colour for an
 * unknown one. */
const PhysioRgba *physio_render_style_category_color (const PhysioRenderStyle *style,
                                                      const char              *category);
/* A light wash of @colour over the background (0 = background, 1 = colour), for cell fills
 * that text must stay readable on. */
PhysioRgba physio_render_style_tint      (const PhysioRenderStyle *style,
                                          const PhysioRgba        *colour,
                                          double                   amount);
/* Relative luminance (WCAG), 0 = black, 1 = white: what survives a greyscale print. */
double   physio_rgba_luminance           (const PhysioRgba *colour);
/* "#rrggbb" or "#rrggbbaa"; returns FALSE and leaves @colour alone on bad input. */
gboolean physio_rgba_parse               (PhysioRgba *colour,
                                          const char *spec);

G_END_DECLS
