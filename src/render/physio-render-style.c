/* physio-render-style.c: the print palette, the screen palette and colour arithmetic
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "physio-render-style.h"
#include "physio-vocabulary.h"

/* Okabe & Ito's colour-blind-safe hues, spread over the categories in the vocabulary's order
 * (brief 2.1), with two dark extras where the eight run out. A category never relies on its
 * colour alone: rows carry the exercise's name and the legend names the category. */
static const char * const category_hex[PHYSIO_RENDER_N_CATEGORIES] = {
  "#e69f00",  /* aerobic: orange */
  "#56b4e9",  /* aquatic: sky blue */
  "#009e73",  /* mobility: bluish green */
  "#c9b800",  /* stretch: a darker yellow, so it still shows on white */
  "#0072b2",  /* core_stability: blue */
  "#d55e00",  /* hinge_lifting: vermillion */
  "#cc79a7",  /* functional_adl: reddish purple */
  "#7a3b69",  /* strength: wine */
  "#44aa99",  /* breathing_relaxation: teal */
  "#8c8c8c",  /* education: grey */
};

static PhysioRgba
hex (const char *spec)
{
  PhysioRgba colour = { 0, 0, 0, 1 };

  if (!physio_rgba_parse (&colour, spec))
    g_assert_not_reached ();
  return colour;
}

static PhysioRgba
mix (const PhysioRgba *base,
     const PhysioRgba *colour,
     double            amount)
{
  PhysioRgba out;

  out.red = base->red + (colour->red - base->red) * amount;
  out.green = base->green + (colour->green - base->green) * amount;
  out.blue = base->blue + (colour->blue - base->blue) * amount;
  out.alpha = 1;
  return out;
}

gboolean
physio_rgba_parse (PhysioRgba *colour,
                   const char *spec)
{
  guint values[4] = { 0, 0, 0, 255 };
  size_t len;

  g_return_val_if_fail (colour != NULL, FALSE);

  if (spec == NULL || spec[0] != '#')
    return FALSE;
  len = strlen (spec + 1);
  if (len != 6 && len != 8)
    return FALSE;

  for (guint i = 0; i < len / 2; i++)
    {
      int hi = g_ascii_xdigit_value (spec[1 + 2 * i]);
      int lo = g_ascii_xdigit_value (spec[2 + 2 * i]);

      if (hi < 0 || lo < 0)
        return FALSE;
      values[i] = (guint) (hi * 16 + lo);
    }

  colour->red = values[0] / 255.0;
  colour->green = values[1] / 255.0;
  colour->blue = values[2] / 255.0;
  colour->alpha = values[3] / 255.0;
  return TRUE;
}

static double
linear (double channel)
{
  return channel <= 0.04045 ? channel / 12.92 : pow ((channel + 0.055) / 1.055, 2.4);
}

double
physio_rgba_luminance (const PhysioRgba *colour)
{
  g_return_val_if_fail (colour != NULL, 0);

  return 0.2126 * linear (colour->red) + 0.7152 * linear (colour->green)
         + 0.0722 * linear (colour->blue);
}

static void
set_common (PhysioRenderStyle *style)
{
  g_strlcpy (style->font_family, "Sans", sizeof style->font_family);
  style->font_size_pt = 9;
  style->line_width_pt = 1;
  style->units_per_pt = 1;
  for (guint i = 0; i < PHYSIO_RENDER_N_CATEGORIES; i++)
    style->category[i] = hex (category_hex[i]);
}

void
physio_render_style_init_print (PhysioRenderStyle *style)
{
  g_return_if_fail (style != NULL);

  memset (style, 0, sizeof *style);
  set_common (style);
  style->dark = FALSE;

  style->background = hex ("#ffffff");
  style->foreground = hex ("#1a1a1a");
  style->muted = hex ("#595959");
  style->grid = hex ("#c8c8c8");
  style->accent = hex ("#0072b2");

  /* Pale enough that black ink reads on all three, and apart in lightness (green lightest,
   * red darkest) so the order of the bands survives greyscale; each band is also labelled. */
  style->zone_green = hex ("#eef7f1");
  style->zone_amber = hex ("#fbe0a8");
  style->zone_red = hex ("#f3bfa8");

  style->series_primary = hex ("#1a1a1a");
  style->series_secondary = hex ("#0072b2");
  style->series_tertiary = hex ("#d55e00");
  style->reference = hex ("#404040");

  style->level_good = hex ("#1f4e79");
  style->level_fair = hex ("#5b8db8");
  style->level_poor = hex ("#b86e00");

  style->highlight = hex ("#fff1b8");
}

void
physio_render_style_init_screen (PhysioRenderStyle *style,
                                 const PhysioRgba  *foreground,
                                 const PhysioRgba  *background,
                                 const PhysioRgba  *accent,
                                 gboolean           dark)
{
  PhysioRgba fg, bg;

  g_return_if_fail (style != NULL);
  g_return_if_fail (foreground != NULL && background != NULL);

  physio_render_style_init_print (style);
  style->dark = dark;
  style->units_per_pt = 96.0 / 72.0;
  style->font_size_pt = 8;

  /* GTK's window_fg_color is translucent (rgba(0,0,0,0.8) in the light theme): flatten it
   * onto the background so every colour here is opaque and its luminance is what shows. */
  bg = *background;
  bg.alpha = 1;
  {
    PhysioRgba opaque = *foreground;

    opaque.alpha = 1;
    fg = mix (&bg, &opaque, CLAMP (foreground->alpha, 0, 1));
  }
  style->background = bg;
  style->foreground = fg;
  style->muted = mix (&bg, &fg, 0.7);
  style->grid = mix (&bg, &fg, 0.25);
  if (accent != NULL)
    {
      style->accent = *accent;
      style->accent.alpha = 1;
    }

  if (!dark)
    return;

  /* Dark mode: bands are the zone hues mixed into the window colour, ink is light, and the
   * series swap to the lighter Okabe–Ito hues so each stays well apart from the background. */
  {
    PhysioRgba green = hex ("#009e73"), amber = hex ("#e69f00"), red = hex ("#d55e00");

    style->zone_green = mix (&bg, &green, 0.16);
    style->zone_amber = mix (&bg, &amber, 0.18);
    style->zone_red = mix (&bg, &red, 0.22);
  }
  style->series_primary = fg;
  style->series_secondary = hex ("#56b4e9");
  style->series_tertiary = hex ("#f0a060");
  style->reference = mix (&bg, &fg, 0.8);
  style->level_good = hex ("#8cc4ee");
  style->level_fair = hex ("#4f7fa8");
  style->level_poor = hex ("#e69f00");
  {
    PhysioRgba yellow = hex ("#f0e442");

    style->highlight = mix (&bg, &yellow, 0.22);
  }
}

const PhysioRgba *
physio_render_style_category_color (const PhysioRenderStyle *style,
                                    const char              *category)
{
  int index;

  g_return_val_if_fail (style != NULL, NULL);

  index = category != NULL ? physio_vocab_index (PHYSIO_VOCAB_CATEGORY, category) : -1;
  if (index < 0 || index >= PHYSIO_RENDER_N_CATEGORIES)
    return &style->muted;
  return &style->category[index];
}

PhysioRgba
physio_render_style_tint (const PhysioRenderStyle *style,
                          const PhysioRgba        *colour,
                          double                   amount)
{
  static const PhysioRgba none = { 0, 0, 0, 0 };

  g_return_val_if_fail (style != NULL && colour != NULL, none);

  return mix (&style->background, colour, CLAMP (amount, 0, 1));
}
