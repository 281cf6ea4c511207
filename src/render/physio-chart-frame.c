/* physio-chart-frame.c: what every chart shares: title, axes, legend, empty state
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "physio-i18n.h"
#include <math.h>

#include "physio-render-private.h"

double
physio_plot_x (const PhysioPlot *plot,
               double            value)
{
  if (plot->x_max <= plot->x_min)
    return plot->x + plot->w / 2;
  return plot->x + (value - plot->x_min) / (plot->x_max - plot->x_min) * plot->w;
}

double
physio_plot_y (const PhysioPlot *plot,
               double            value)
{
  if (plot->y_max <= plot->y_min)
    return plot->y + plot->h / 2;
  return plot->y + plot->h - (value - plot->y_min) / (plot->y_max - plot->y_min) * plot->h;
}

double
physio_chart_title (PhysioPainter *p,
                    const char    *title,
                    const char    *subtitle)
{
  double pad = physio_painter_pad (p);
  double y = pad;

  physio_painter_color (p, &p->style->foreground);
  y += physio_painter_text (p, title, PHYSIO_TEXT_TITLE, pad, y, 0, 0, p->width - 2 * pad);
  if (subtitle != NULL && *subtitle != '\0')
    {
      physio_painter_color (p, &p->style->muted);
      y += physio_painter_text (p, subtitle, PHYSIO_TEXT_SMALL, pad, y, 0, 0,
                                p->width - 2 * pad);
    }
  return y + pad * 0.5;
}

void
physio_chart_value_axis (PhysioPainter    *p,
                         const PhysioPlot *plot,
                         double            step,
                         const char       *unit_suffix,
                         const char       *title,
                         const char       *direction)
{
  cairo_t *cr = p->cr;
  g_autofree char *heading = NULL;

  physio_painter_line_width (p, 0.5);
  for (double v = plot->y_min; v <= plot->y_max + step * 0.01; v += step)
    {
      double y = round (physio_plot_y (plot, v) * 2) / 2;
      g_autofree char *number = physio_render_format_number (v, step < 1 ? 1 : 0);
      g_autofree char *label = g_strconcat (number, unit_suffix, NULL);

      physio_painter_color (p, &p->style->grid);
      cairo_move_to (cr, plot->x, y);
      cairo_line_to (cr, plot->x + plot->w, y);
      cairo_stroke (cr);
      physio_painter_color (p, &p->style->muted);
      physio_painter_text (p, label, PHYSIO_TEXT_SMALL, plot->x - 3, y, 1, 0.5, 0);
    }

  /* The direction of better rides on the axis title itself, so no reader can miss it and
   * a greyscale copy keeps it (brief 6.8). */
  heading = g_strdup_printf ("%s   %s", title, direction);
  physio_painter_color (p, &p->style->foreground);
  physio_painter_text (p, heading, PHYSIO_TEXT_SMALL, plot->x, plot->y - 3, 0, 1, 0);
}

const char *
physio_chart_direction (gboolean lower_is_better)
{
  return lower_is_better ? _("↓ lower is better") : _("↑ higher is better");
}

void
physio_chart_frame (PhysioPainter    *p,
                    const PhysioPlot *plot)
{
  physio_painter_color (p, &p->style->muted);
  physio_painter_line_width (p, 0.75);
  cairo_move_to (p->cr, plot->x, plot->y);
  cairo_line_to (p->cr, plot->x, plot->y + plot->h);
  cairo_line_to (p->cr, plot->x + plot->w, plot->y + plot->h);
  cairo_stroke (p->cr);
}

typedef enum
{
  TICK_DAY,
  TICK_WEEK,
  TICK_FORTNIGHT,
  TICK_MONTH,
  TICK_QUARTER,
  TICK_YEAR,
} TickStep;

static gboolean
is_tick (TickStep     step,
         const GDate *date,
         guint        julian)
{
  switch (step)
    {
    case TICK_DAY:
      return TRUE;
    case TICK_WEEK:
      return g_date_get_weekday (date) == G_DATE_MONDAY;
    case TICK_FORTNIGHT:
      return g_date_get_weekday (date) == G_DATE_MONDAY && (julian / 7) % 2 == 0;
    case TICK_MONTH:
      return g_date_get_day (date) == 1;
    case TICK_QUARTER:
      return g_date_get_day (date) == 1 && (g_date_get_month (date) - 1) % 3 == 0;
    case TICK_YEAR:
    default:
      return g_date_get_day (date) == 1 && g_date_get_month (date) == G_DATE_JANUARY;
    }
}

void
physio_chart_date_axis (PhysioPainter    *p,
                        const PhysioPlot *plot)
{
  static const double step_days[] = { 1, 7, 14, 30.4, 91.3, 365.25 };
  double span = plot->x_max - plot->x_min;
  double max_ticks = MAX (plot->w / (p->style->font_size_pt * 4.5), 2);
  guint first = (guint) MAX (ceil (plot->x_min), 1);
  guint last = (guint) MAX (floor (plot->x_max), 1);
  TickStep step = TICK_YEAR;
  gboolean year_shown = FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (step_days); i++)
    if (span / step_days[i] <= max_ticks)
      {
        step = (TickStep) i;
        break;
      }

  physio_painter_line_width (p, 0.5);
  for (guint julian = first; julian <= last; julian++)
    {
      GDate date;
      double x;
      g_autofree char *label = NULL;

      g_date_clear (&date, 1);
      g_date_set_julian (&date, julian);
      if (!is_tick (step, &date, julian))
        continue;

      x = round (physio_plot_x (plot, julian) * 2) / 2;
      physio_painter_color (p, &p->style->muted);
      cairo_move_to (p->cr, x, plot->y + plot->h);
      cairo_line_to (p->cr, x, plot->y + plot->h + 3);
      cairo_stroke (p->cr);

      if (step >= TICK_MONTH)
        {
          const char *month = physio_render_month_name (&date);
          gboolean with_year = !year_shown || g_date_get_month (&date) == G_DATE_JANUARY;

          label = with_year ? g_strdup_printf ("%s %u", month, g_date_get_year (&date))
                            : g_strdup (month);
          year_shown = TRUE;
        }
      else
        label = physio_render_format_date (&date, FALSE, FALSE);

      physio_painter_text (p, label, PHYSIO_TEXT_SMALL, x, plot->y + plot->h + 4, 0.5, 0, 0);
    }
}

void
physio_chart_week_axis (PhysioPainter    *p,
                        const PhysioPlot *plot)
{
  double per_week = plot->w / MAX (plot->x_max - plot->x_min, 1);
  guint every = 1;

  while (per_week * every < p->style->font_size_pt * 3.2)
    every *= 2;

  physio_painter_color (p, &p->style->muted);
  for (guint week = (guint) ceil (plot->x_min); week <= (guint) floor (plot->x_max); week++)
    {
      g_autofree char *label = NULL;

      if (week == 0 || (week - 1) % every != 0)
        continue;
      /* TRANSLATORS: a programme week on a chart axis, as in "Wk 3" */
      label = g_strdup_printf (_("Wk %u"), week);
      physio_painter_text (p, label, PHYSIO_TEXT_SMALL, physio_plot_x (plot, week),
                           plot->y + plot->h + 4, 0.5, 0, 0);
    }
}

void
physio_chart_empty (PhysioPainter *p,
                    const char    *title,
                    const char    *message)
{
  double pad = physio_painter_pad (p);
  double top = physio_chart_title (p, title, NULL);
  double w = p->width - 4 * pad, h = p->height - top - 2 * pad;
  double text_w, text_h;

  if (w <= 0 || h <= 0)
    return;

  /* A dashed outline where the chart will be, with the sentence in its middle: it reads as
   * "not yet", not as a broken chart. */
  physio_painter_color (p, &p->style->grid);
  physio_painter_line_width (p, 1);
  physio_painter_dash (p, 4, 3);
  cairo_rectangle (p->cr, 2 * pad, top, w, h);
  cairo_stroke (p->cr);
  physio_painter_dash (p, 0, 0);

  physio_painter_measure (p, message, PHYSIO_TEXT_BODY, w * 0.8, &text_w, &text_h);
  physio_painter_color (p, &p->style->muted);
  physio_painter_text (p, message, PHYSIO_TEXT_BODY, 2 * pad + w / 2, top + h / 2, 0.5, 0.5,
                       w * 0.8);
}

double
physio_chart_legend (PhysioPainter      *p,
                     double              x,
                     double              y,
                     double              width,
                     const char * const *labels,
                     guint               n_labels,
                     PhysioLegendSymbol  draw_symbol,
                     gpointer            user_data)
{
  double symbol_w = p->style->font_size_pt * 2.2;
  double gap = p->style->font_size_pt * 1.2;
  double cx = x, line_h = 0, total = 0;

  for (guint i = 0; i < n_labels; i++)
    {
      double w, h;

      physio_painter_measure (p, labels[i], PHYSIO_TEXT_SMALL, 0, &w, &h);
      line_h = MAX (line_h, h);
      if (cx > x && cx + symbol_w + w > x + width)
        {
          cx = x;
          total += line_h + 2;
        }
      /* Without a symbol function this only measures, so a chart can reserve the room. */
      if (draw_symbol != NULL)
        {
          cairo_save (p->cr);
          draw_symbol (p, i, cx + symbol_w / 2 - 2, y + total + h / 2, user_data);
          cairo_restore (p->cr);
          physio_painter_color (p, &p->style->foreground);
          physio_painter_text (p, labels[i], PHYSIO_TEXT_SMALL, cx + symbol_w, y + total,
                               0, 0, 0);
        }
      cx += symbol_w + w + gap;
    }
  return total + line_h;
}

void
physio_chart_decision_symbol (PhysioPainter       *p,
                              PhysioChartMarkKind  kind,
                              double               x,
                              double               y,
                              double               radius)
{
  switch (kind)
    {
    case PHYSIO_CHART_MARK_PROGRESS:
      physio_painter_shape (p, PHYSIO_SHAPE_TRIANGLE_UP, x, y, radius);
      break;
    case PHYSIO_CHART_MARK_REGRESS:
      physio_painter_shape (p, PHYSIO_SHAPE_TRIANGLE_DOWN, x, y, radius);
      break;
    case PHYSIO_CHART_MARK_HOLD:
      physio_painter_shape (p, PHYSIO_SHAPE_CIRCLE, x, y, radius * 0.8);
      break;
    case PHYSIO_CHART_MARK_PHASE:
    default:
      cairo_rectangle (p->cr, x - radius * 0.25, y - radius, radius * 0.5, radius * 2);
      break;
    }
  physio_painter_color (p, &p->style->foreground);
  cairo_fill (p->cr);
}

const char *
physio_chart_mark_name (PhysioChartMarkKind kind)
{
  switch (kind)
    {
    case PHYSIO_CHART_MARK_PROGRESS:
      return _("Progress");
    case PHYSIO_CHART_MARK_HOLD:
      return _("Hold");
    case PHYSIO_CHART_MARK_REGRESS:
      return _("Regress");
    case PHYSIO_CHART_MARK_PHASE:
    default:
      return _("New phase");
    }
}
