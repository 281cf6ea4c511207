/* physio-chart-pain.c: pain over time (brief 6.8, chart 1)
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "physio-i18n.h"
#include <math.h>

#include "physio-chart.h"
#include "physio-render-private.h"

/* Daily data further apart than this is not joined by a line (brief 6.8 chart rules). */
#define MAX_GAP_DAYS 7

static void
legend_symbol (PhysioPainter *p,
               guint          index,
               double         x,
               double         y,
               gpointer       user_data)
{
  const PhysioRenderStyle *style = p->style;

  switch (index)
    {
    case 0:
      physio_painter_shape (p, PHYSIO_SHAPE_CIRCLE, x, y, 2.2);
      physio_painter_color (p, &style->series_secondary);
      cairo_fill (p->cr);
      break;
    case 1:
      physio_painter_color (p, &style->series_primary);
      physio_painter_line_width (p, 2);
      cairo_move_to (p->cr, x - 7, y);
      cairo_line_to (p->cr, x + 7, y);
      cairo_stroke (p->cr);
      break;
    case 2:
      physio_painter_cross (p, x, y, 2.5);
      physio_painter_color (p, &style->series_tertiary);
      physio_painter_line_width (p, 1.3);
      cairo_stroke (p->cr);
      break;
    case 4:
      physio_painter_color (p, &style->reference);
      physio_painter_line_width (p, 1.2);
      physio_painter_dash (p, 3, 2);
      cairo_move_to (p->cr, x - 7, y);
      cairo_line_to (p->cr, x + 7, y);
      cairo_stroke (p->cr);
      break;
    case 3:
      physio_chart_decision_symbol (p, PHYSIO_CHART_MARK_PROGRESS, x - 6, y, 2.2);
      physio_chart_decision_symbol (p, PHYSIO_CHART_MARK_HOLD, x - 0.5, y, 2.2);
      physio_chart_decision_symbol (p, PHYSIO_CHART_MARK_REGRESS, x + 5, y, 2.2);
      break;
    default:
      break;
    }
}

static gboolean
date_ok (const GDate *date)
{
  return g_date_valid (date);
}

static void
extend_range (guint       *first,
              guint       *last,
              const GDate *date)
{
  guint julian;

  if (!date_ok (date))
    return;
  julian = g_date_get_julian (date);
  *first = *first == 0 ? julian : MIN (*first, julian);
  *last = MAX (*last, julian);
}

/* The 7-day trailing mean of the morning values, one per morning value, when core did not pass
 * its own. The window is calendar days, so a week with few entries still averages that week. */
static GArray *
derive_rolling_mean (const PhysioPainChartData *data)
{
  GArray *out = g_array_sized_new (FALSE, FALSE, sizeof (PhysioChartValue), data->n_morning);
  double sum = 0;
  guint start = 0, count = 0;

  for (guint i = 0; i < data->n_morning; i++)
    {
      guint julian = g_date_get_julian (&data->morning[i].date);
      PhysioChartValue mean;

      sum += data->morning[i].value;
      count++;
      while (start < i && g_date_get_julian (&data->morning[start].date) + 7 <= julian)
        {
          sum -= data->morning[start].value;
          count--;
          start++;
        }
      mean.date = data->morning[i].date;
      mean.value = sum / count;
      g_array_append_val (out, mean);
    }
  return out;
}

static char *
spot_text (const char  *what,
           double       value,
           const GDate *date)
{
  g_autofree char *number = physio_render_format_number (value, 1);
  g_autofree char *when = physio_render_format_date (date, TRUE, TRUE);

  /* TRANSLATORS: a point on the pain chart: "Pain on rising: 4 of 10, Mon 2 Mar 2026" */
  return g_strdup_printf (_("%s: %s of 10, %s"), what, number, when);
}

gboolean
physio_chart_draw_pain (cairo_t                   *cr,
                        double                     width,
                        double                     height,
                        const PhysioPainChartData *data,
                        const PhysioRenderStyle   *style,
                        GArray                    *spots)
{
  const char *legend[5];
  const char *zone_labels[3];
  const char *title = _("Pain over time");
  PhysioPainter painter, *p = &painter;
  PhysioPlot plot = { 0 };
  g_autoptr(GArray) derived = NULL;
  const PhysioChartValue *mean;
  guint n_mean;
  guint first = 0, last = 0;
  double pad, top, axis_h, legend_h, zone_w = 0, radius;
  const PhysioRgba *zones[3];
  const double zone_from[3] = { 0, 2.5, 5.5 }, zone_to[3] = { 2.5, 5.5, 10 };

  g_return_val_if_fail (cr != NULL && data != NULL && style != NULL, FALSE);

  physio_painter_begin (p, cr, width, height, style);
  physio_painter_clear (p);

  if (data->n_morning == 0 && data->n_session == 0)
    {
      physio_chart_empty (p, title,
                          _("No pain scores yet. Pain on rising from the diary and pain during "
                            "exercise will show here after the first follow-up."));
      physio_painter_end (p);
      return FALSE;
    }

  zone_labels[0] = _("0–2 safe");
  zone_labels[1] = _("3–5 acceptable");
  zone_labels[2] = _("6–10 too much");
  legend[0] = _("Pain on rising");
  legend[1] = _("7-day mean");
  legend[2] = _("During exercise");
  legend[3] = _("Progress, hold, regress");
  legend[4] = _("Baseline − 2 (MCID)");

  for (guint i = 0; i < data->n_morning; i++)
    extend_range (&first, &last, &data->morning[i].date);
  for (guint i = 0; i < data->n_session; i++)
    extend_range (&first, &last, &data->session[i].date);
  /* At least two weeks wide, so a first few days do not stretch across the whole chart. */
  if (last < first + 13)
    last = first + 13;

  pad = physio_painter_pad (p);
  top = physio_chart_title (p, title, NULL);
  physio_painter_measure (p, "0", PHYSIO_TEXT_SMALL, 0, NULL, &axis_h);
  for (guint i = 0; i < 3; i++)
    {
      double w;

      physio_painter_measure (p, zone_labels[i], PHYSIO_TEXT_SMALL, 0, &w, NULL);
      zone_w = MAX (zone_w, w);
    }

  plot.x = pad + style->font_size_pt * 2;
  plot.w = p->width - plot.x - zone_w - 2 * pad;
  legend_h = physio_chart_legend (p, 0, 0, p->width - 2 * pad, legend,
                                  data->baseline >= 2 ? 5 : 4, NULL, NULL);
  plot.y = top + axis_h + 4;
  plot.h = p->height - plot.y - axis_h - 8 - legend_h - pad;
  plot.x_min = first - 0.5;
  plot.x_max = last + 0.5;
  plot.y_min = 0;
  plot.y_max = 10;
  if (plot.w < 40 || plot.h < 40)
    {
      physio_painter_end (p);
      return TRUE;
    }

  /* Zone bands, each labelled beside the plot: the bands never speak through colour alone. */
  zones[0] = &style->zone_green;
  zones[1] = &style->zone_amber;
  zones[2] = &style->zone_red;
  for (guint i = 0; i < 3; i++)
    {
      double y0 = physio_plot_y (&plot, zone_to[i]), y1 = physio_plot_y (&plot, zone_from[i]);

      physio_painter_color (p, zones[i]);
      cairo_rectangle (cr, plot.x, y0, plot.w, y1 - y0);
      cairo_fill (cr);
      physio_painter_color (p, &style->muted);
      physio_painter_text (p, zone_labels[i], PHYSIO_TEXT_SMALL, plot.x + plot.w + 4,
                           (y0 + y1) / 2, 0, 0.5, 0);
    }

  physio_chart_value_axis (p, &plot, 2, "", _("Pain (NPRS 0–10)"),
                           physio_chart_direction (TRUE));
  physio_chart_frame (p, &plot);
  physio_chart_date_axis (p, &plot);

  /* Phase lines and accepted decisions */
  for (guint i = 0; i < data->n_markers; i++)
    {
      const PhysioChartMarker *marker = &data->markers[i];
      g_autofree char *when = NULL;
      double x;

      if (!date_ok (&marker->date))
        continue;
      x = physio_plot_x (&plot, g_date_get_julian (&marker->date));
      if (x < plot.x || x > plot.x + plot.w)
        continue;

      physio_painter_color (p, &style->muted);
      if (marker->kind == PHYSIO_CHART_MARK_PHASE)
        {
          physio_painter_line_width (p, 1);
          cairo_move_to (cr, x, plot.y);
          cairo_line_to (cr, x, plot.y + plot.h);
          cairo_stroke (cr);
          physio_painter_color (p, &style->foreground);
          physio_painter_text (p, marker->label != NULL ? marker->label
                                                        : physio_chart_mark_name (marker->kind),
                               PHYSIO_TEXT_SMALL, x + 2, plot.y + style->font_size_pt * 0.6,
                               0, 0, 0);
        }
      else
        {
          /* A light solid line: it ties the symbol to its day without competing with the
           * phase lines (darker) or the data. */
          physio_painter_color (p, &style->grid);
          physio_painter_line_width (p, 0.75);
          cairo_move_to (cr, x, plot.y);
          cairo_line_to (cr, x, plot.y + plot.h);
          cairo_stroke (cr);
          physio_chart_decision_symbol (p, marker->kind, x, plot.y - 0.5, 3.2);
        }
      when = physio_render_format_date (&marker->date, TRUE, TRUE);
      physio_painter_spot (p, spots, x, plot.y, &marker->date, NAN,
                           g_strdup_printf ("%s, %s", marker->label != NULL
                                                      ? marker->label
                                                      : physio_chart_mark_name (marker->kind),
                                            when));
    }

  /* Baseline − 2: the change a patient would call worthwhile (brief 6.1, MCID). */
  if (data->baseline >= 2)
    {
      double y = physio_plot_y (&plot, data->baseline - 2);

      physio_painter_color (p, &style->reference);
      physio_painter_line_width (p, 1.2);
      physio_painter_dash (p, 4, 3);
      cairo_move_to (cr, plot.x, y);
      cairo_line_to (cr, plot.x + plot.w, y);
      cairo_stroke (cr);
      physio_painter_dash (p, 0, 0);
    }

  /* Gaps: a bracket along the foot of the plot says "nothing recorded here", and no line
   * crosses it. */
  for (guint i = 1; i < data->n_morning; i++)
    {
      guint a = g_date_get_julian (&data->morning[i - 1].date);
      guint b = g_date_get_julian (&data->morning[i].date);
      double x0, x1, y;

      if (b - a <= MAX_GAP_DAYS)
        continue;
      x0 = physio_plot_x (&plot, a + 1);
      x1 = physio_plot_x (&plot, b - 1);
      y = plot.y + plot.h - 3;
      physio_painter_color (p, &style->muted);
      physio_painter_line_width (p, 0.75);
      physio_painter_dash (p, 1.5, 1.5);
      cairo_move_to (cr, x0, y);
      cairo_line_to (cr, x1, y);
      cairo_stroke (cr);
      physio_painter_dash (p, 0, 0);
      if (x1 - x0 > style->font_size_pt * 4)
        physio_painter_text (p, _("no entries"), PHYSIO_TEXT_SMALL, (x0 + x1) / 2, y - 1, 0.5, 1,
                             0);
    }

  /* The rolling mean, broken wherever two of its days are more than a week apart. */
  if (data->rolling_mean != NULL)
    {
      mean = data->rolling_mean;
      n_mean = data->n_rolling_mean;
    }
  else
    {
      derived = derive_rolling_mean (data);
      mean = (const PhysioChartValue *) (gpointer) derived->data;
      n_mean = derived->len;
    }

  cairo_save (cr);
  cairo_rectangle (cr, plot.x, plot.y, plot.w, plot.h);
  cairo_clip (cr);
  physio_painter_color (p, &style->series_primary);
  physio_painter_line_width (p, 2);
  /* Bevel joins: a year of daily joins drawn round costs more than all the rest. */
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_BEVEL);
  for (guint i = 0; i < n_mean; i++)
    {
      double x = physio_plot_x (&plot, g_date_get_julian (&mean[i].date));
      double y = physio_plot_y (&plot, CLAMP (mean[i].value, 0, 10));

      if (i == 0 || g_date_days_between (&mean[i - 1].date, &mean[i].date) > MAX_GAP_DAYS)
        cairo_move_to (cr, x, y);
      else
        cairo_line_to (cr, x, y);
    }
  cairo_stroke (cr);

  /* Morning dots: one path, one fill, so a year of days stays cheap to draw. */
  radius = CLAMP (plot.w / MAX (last - first + 1, 1) * 0.45, 1.2, 2.6);
  for (guint i = 0; i < data->n_morning; i++)
    {
      double x = physio_plot_x (&plot, g_date_get_julian (&data->morning[i].date));
      double y = physio_plot_y (&plot, CLAMP (data->morning[i].value, 0, 10));

      physio_painter_shape (p, PHYSIO_SHAPE_CIRCLE, x, y, radius);
    }
  physio_painter_color (p, &style->series_secondary);
  cairo_fill (cr);

  physio_painter_color (p, &style->series_tertiary);
  physio_painter_line_width (p, 1.3);
  for (guint i = 0; i < data->n_session; i++)
    {
      double x = physio_plot_x (&plot, g_date_get_julian (&data->session[i].date));
      double y = physio_plot_y (&plot, CLAMP (data->session[i].value, 0, 10));

      physio_painter_cross (p, x, y, radius + 0.8);
    }
  cairo_stroke (cr);
  cairo_restore (cr);

  if (spots != NULL)
    {
      for (guint i = 0; i < data->n_morning; i++)
        {
          const PhysioChartValue *v = &data->morning[i];

          physio_painter_spot (p, spots, physio_plot_x (&plot, g_date_get_julian (&v->date)),
                               physio_plot_y (&plot, CLAMP (v->value, 0, 10)), &v->date,
                               v->value, spot_text (_("Pain on rising"), v->value, &v->date));
        }
      for (guint i = 0; i < data->n_session; i++)
        {
          const PhysioChartValue *v = &data->session[i];

          physio_painter_spot (p, spots, physio_plot_x (&plot, g_date_get_julian (&v->date)),
                               physio_plot_y (&plot, CLAMP (v->value, 0, 10)), &v->date,
                               v->value, spot_text (_("Pain during exercise"), v->value,
                                                    &v->date));
        }
    }

  physio_chart_legend (p, pad, p->height - pad - legend_h, p->width - 2 * pad, legend,
                       data->baseline >= 2 ? 5 : 4, legend_symbol, NULL);
  physio_painter_end (p);
  return TRUE;
}
