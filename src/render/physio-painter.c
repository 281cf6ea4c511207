/* physio-painter.c: one drawing in progress: scale, Pango text, shapes, hover spots
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "physio-i18n.h"
#include "physio-render-private.h"

static void
spot_clear (gpointer data)
{
  PhysioChartSpot *spot = data;

  g_clear_pointer (&spot->text, g_free);
}

GArray *
physio_chart_spots_new (void)
{
  GArray *spots = g_array_new (FALSE, TRUE, sizeof (PhysioChartSpot));

  g_array_set_clear_func (spots, spot_clear);
  return spots;
}

void
physio_painter_begin (PhysioPainter           *p,
                      cairo_t                 *cr,
                      double                   width,
                      double                   height,
                      const PhysioRenderStyle *style)
{
  cairo_font_options_t *options;

  g_assert (p != NULL && cr != NULL && style != NULL);

  p->cr = cr;
  p->style = style;
  p->scale = style->units_per_pt > 0 ? style->units_per_pt : 1;
  p->width = width / p->scale;
  p->height = height / p->scale;

  cairo_save (cr);
  cairo_scale (cr, p->scale, p->scale);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  /* A quarter of a unit is finer than ink on paper or a pixel on screen, and curves (dots,
   * round joins) cost less than at Cairo's default of a tenth. */
  cairo_set_tolerance (cr, 0.25);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_BUTT);

  /* 72 dpi: one point of font size is one unit of the scaled cairo_t, on screen and paper. */
  p->context = pango_cairo_create_context (cr);
  pango_cairo_context_set_resolution (p->context, 72);
  options = cairo_font_options_create ();
  /* Outlines that do not snap to the device grid keep text the same on screen and in a PDF. */
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  pango_cairo_context_set_font_options (p->context, options);
  cairo_font_options_destroy (options);
  p->layout = pango_layout_new (p->context);
  p->font = pango_font_description_from_string (style->font_family);
}

void
physio_painter_end (PhysioPainter *p)
{
  g_clear_pointer (&p->font, pango_font_description_free);
  g_clear_object (&p->layout);
  g_clear_object (&p->context);
  cairo_restore (p->cr);
}

void
physio_painter_color (PhysioPainter    *p,
                      const PhysioRgba *colour)
{
  cairo_set_source_rgba (p->cr, colour->red, colour->green, colour->blue, colour->alpha);
}

void
physio_painter_line_width (PhysioPainter *p,
                           double         factor)
{
  cairo_set_line_width (p->cr, p->style->line_width_pt * factor);
}

void
physio_painter_dash (PhysioPainter *p,
                     double         on,
                     double         off)
{
  double dashes[2] = { on, off };

  cairo_set_dash (p->cr, dashes, on > 0 ? 2 : 0, 0);
}

double
physio_painter_pad (PhysioPainter *p)
{
  return p->style->font_size_pt * 0.6;
}

void
physio_painter_clear (PhysioPainter *p)
{
  physio_painter_color (p, &p->style->background);
  cairo_rectangle (p->cr, 0, 0, p->width, p->height);
  cairo_fill (p->cr);
}

static void
set_text (PhysioPainter  *p,
          const char     *text,
          PhysioTextKind  kind,
          double          max_width)
{
  double size = p->style->font_size_pt;
  PangoWeight weight = PANGO_WEIGHT_NORMAL;

  switch (kind)
    {
    case PHYSIO_TEXT_SMALL:
      size *= 0.85;
      break;
    case PHYSIO_TEXT_SMALL_BOLD:
      size *= 0.85;
      weight = PANGO_WEIGHT_BOLD;
      break;
    case PHYSIO_TEXT_BOLD:
      weight = PANGO_WEIGHT_BOLD;
      break;
    case PHYSIO_TEXT_TITLE:
      size *= 1.2;
      weight = PANGO_WEIGHT_BOLD;
      break;
    case PHYSIO_TEXT_BODY:
    default:
      break;
    }

  pango_font_description_set_size (p->font, (int) (size * PANGO_SCALE));
  pango_font_description_set_weight (p->font, weight);
  pango_layout_set_font_description (p->layout, p->font);
  pango_layout_set_width (p->layout, max_width > 0 ? (int) (max_width * PANGO_SCALE) : -1);
  pango_layout_set_wrap (p->layout, PANGO_WRAP_WORD);
  pango_layout_set_ellipsize (p->layout, PANGO_ELLIPSIZE_NONE);
  pango_layout_set_text (p->layout, text, -1);
}

void
physio_painter_measure (PhysioPainter  *p,
                        const char     *text,
                        PhysioTextKind  kind,
                        double          max_width,
                        double         *width,
                        double         *height)
{
  int w, h;

  set_text (p, text, kind, max_width);
  pango_layout_get_size (p->layout, &w, &h);
  if (width != NULL)
    *width = (double) w / PANGO_SCALE;
  if (height != NULL)
    *height = (double) h / PANGO_SCALE;
}

double
physio_painter_text (PhysioPainter  *p,
                     const char     *text,
                     PhysioTextKind  kind,
                     double          x,
                     double          y,
                     double          xalign,
                     double          yalign,
                     double          max_width)
{
  double w, h;

  physio_painter_measure (p, text, kind, max_width, &w, &h);
  if (max_width > 0)
    pango_layout_set_alignment (p->layout, xalign >= 0.75 ? PANGO_ALIGN_RIGHT
                                           : xalign >= 0.25 ? PANGO_ALIGN_CENTER
                                           : PANGO_ALIGN_LEFT);
  else
    pango_layout_set_alignment (p->layout, PANGO_ALIGN_LEFT);
  cairo_move_to (p->cr, x - w * xalign, y - h * yalign);
  pango_cairo_show_layout (p->cr, p->layout);
  pango_layout_set_alignment (p->layout, PANGO_ALIGN_LEFT);
  return h;
}

void
physio_painter_text_box (PhysioPainter  *p,
                         const char     *text,
                         PhysioTextKind  kind,
                         double          x,
                         double          y,
                         double          w,
                         double          h,
                         double          xalign,
                         double          yalign,
                         int             max_lines)
{
  int tw, th;

  set_text (p, text, kind, w);
  pango_layout_set_ellipsize (p->layout, PANGO_ELLIPSIZE_END);
  pango_layout_set_height (p->layout, -MAX (max_lines, 1));
  pango_layout_set_alignment (p->layout, xalign >= 0.75 ? PANGO_ALIGN_RIGHT
                                         : xalign >= 0.25 ? PANGO_ALIGN_CENTER
                                         : PANGO_ALIGN_LEFT);
  pango_layout_get_size (p->layout, &tw, &th);
  cairo_move_to (p->cr, x, y + (h - (double) th / PANGO_SCALE) * yalign);
  pango_cairo_show_layout (p->cr, p->layout);
  pango_layout_set_height (p->layout, -1);
  pango_layout_set_alignment (p->layout, PANGO_ALIGN_LEFT);
}

void
physio_painter_spot (PhysioPainter *p,
                     GArray        *spots,
                     double         x,
                     double         y,
                     const GDate   *date,
                     double         value,
                     char          *text)
{
  PhysioChartSpot spot = { 0 };

  if (spots == NULL)
    {
      g_free (text);
      return;
    }

  /* Back to the caller's user units: undo the scale this drawing added, nothing more. */
  spot.x = x * p->scale;
  spot.y = y * p->scale;
  g_date_clear (&spot.date, 1);
  if (date != NULL && g_date_valid (date))
    spot.date = *date;
  spot.value = value;
  spot.text = text;
  g_array_append_val (spots, spot);
}

void
physio_painter_shape (PhysioPainter *p,
                      PhysioShape    shape,
                      double         x,
                      double         y,
                      double         r)
{
  cairo_t *cr = p->cr;

  cairo_new_sub_path (cr);
  switch (shape)
    {
    case PHYSIO_SHAPE_TRIANGLE_UP:
      cairo_move_to (cr, x, y - r * 1.15);
      cairo_line_to (cr, x + r, y + r * 0.75);
      cairo_line_to (cr, x - r, y + r * 0.75);
      cairo_close_path (cr);
      break;
    case PHYSIO_SHAPE_TRIANGLE_DOWN:
      cairo_move_to (cr, x, y + r * 1.15);
      cairo_line_to (cr, x + r, y - r * 0.75);
      cairo_line_to (cr, x - r, y - r * 0.75);
      cairo_close_path (cr);
      break;
    case PHYSIO_SHAPE_DIAMOND:
      cairo_move_to (cr, x, y - r * 1.2);
      cairo_line_to (cr, x + r * 1.2, y);
      cairo_line_to (cr, x, y + r * 1.2);
      cairo_line_to (cr, x - r * 1.2, y);
      cairo_close_path (cr);
      break;
    case PHYSIO_SHAPE_SQUARE:
      cairo_rectangle (cr, x - r, y - r, 2 * r, 2 * r);
      break;
    case PHYSIO_SHAPE_CIRCLE:
    default:
      cairo_arc (cr, x, y, r, 0, 2 * G_PI);
      cairo_close_path (cr);
      break;
    }
}

void
physio_painter_cross (PhysioPainter *p,
                      double         x,
                      double         y,
                      double         r)
{
  cairo_move_to (p->cr, x - r, y - r);
  cairo_line_to (p->cr, x + r, y + r);
  cairo_move_to (p->cr, x + r, y - r);
  cairo_line_to (p->cr, x - r, y + r);
}

void
physio_painter_hatch (PhysioPainter *p,
                      double         x,
                      double         y,
                      double         w,
                      double         h,
                      double         gap,
                      gboolean       cross)
{
  cairo_t *cr = p->cr;

  cairo_save (cr);
  cairo_rectangle (cr, x, y, w, h);
  cairo_clip (cr);
  for (double d = -h; d < w; d += gap)
    {
      cairo_move_to (cr, x + d, y + h);
      cairo_line_to (cr, x + d + h, y);
      if (cross)
        {
          cairo_move_to (cr, x + d, y);
          cairo_line_to (cr, x + d + h, y + h);
        }
    }
  cairo_stroke (cr);
  cairo_restore (cr);
}

void
physio_painter_tick_mark (PhysioPainter *p,
                          double         x,
                          double         y,
                          double         size)
{
  cairo_move_to (p->cr, x - size * 0.45, y);
  cairo_line_to (p->cr, x - size * 0.1, y + size * 0.35);
  cairo_line_to (p->cr, x + size * 0.5, y - size * 0.4);
}

/* The locale's short weekday and month names, looked up once: g_date_strftime () converts
 * through iconv on every call, which cost more than the rest of a year's chart together. */
static const char *const *
short_names (void)
{
  static char *names[7 + 12];
  static gsize done = 0;

  if (g_once_init_enter (&done))
    {
      GDate date;
      char buffer[64];

      g_date_clear (&date, 1);
      for (guint i = 0; i < 7; i++)
        {
          g_date_set_dmy (&date, 5 + i, G_DATE_JANUARY, 2026);   /* 5 Jan 2026 is a Monday */
          g_date_strftime (buffer, sizeof buffer, "%a", &date);
          names[i] = g_strdup (buffer);
        }
      for (guint i = 0; i < 12; i++)
        {
          g_date_set_dmy (&date, 1, (GDateMonth) (i + 1), 2026);
          g_date_strftime (buffer, sizeof buffer, "%b", &date);
          names[7 + i] = g_strdup (buffer);
        }
      g_once_init_leave (&done, 1);
    }
  return (const char *const *) names;
}

const char *
physio_render_month_name (const GDate *date)
{
  /* A handout in another language than the interface: names from its catalogue. */
  if (physio_i18n_get_thread_language () != NULL)
    return physio_i18n_month_name (g_date_get_month (date), TRUE);
  return short_names ()[7 + g_date_get_month (date) - 1];
}

char *
physio_render_format_date (const GDate *date,
                           gboolean     weekday,
                           gboolean     year)
{
  const char *const *names;
  GString *out;

  if (date == NULL || !g_date_valid (date))
    return g_strdup ("");
  if (physio_i18n_get_thread_language () != NULL)
    return physio_i18n_format_date (weekday ? (year ? "%a %e %b %Y" : "%a %e %b")
                                            : (year ? "%e %b %Y" : "%e %b"), date);

  names = short_names ();
  out = g_string_new (NULL);
  if (weekday)
    g_string_append_printf (out, "%s ", names[g_date_get_weekday (date) - 1]);
  g_string_append_printf (out, "%u %s", g_date_get_day (date),
                          names[7 + g_date_get_month (date) - 1]);
  if (year)
    g_string_append_printf (out, " %u", g_date_get_year (date));
  return g_string_free (out, FALSE);
}

char *
physio_render_format_number (double value,
                             int    decimals)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];
  char *text, *end;
  double rounded;

  decimals = CLAMP (decimals, 0, 3);
  rounded = round (fabs (value) * pow (10, decimals)) / pow (10, decimals);
  {
    g_autofree char *formatted = physio_i18n_format_decimal (rounded, decimals);

    g_strlcpy (buffer, formatted, sizeof buffer);
  }
  if (decimals > 0)
    {
      end = buffer + strlen (buffer) - 1;
      while (*end == '0')
        *end-- = '\0';
      if (*end == '.' || *end == ',')
        *end = '\0';
    }
  /* U+2212 MINUS SIGN: a hyphen is easy to miss next to a number. */
  text = g_strdup_printf ("%s%s", value < 0 && rounded > 0 ? "−" : "", buffer);
  return text;
}
