/* physio-chart-disability.c: disability over time, ODI or RMDQ (brief 6.8, chart 2)
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "physio-i18n.h"
#include <math.h>

#include "physio-chart.h"
#include "physio-render-private.h"

/* A badge: a framed label with a tick, so "reached" is said in words, not by colour. */
static double
draw_badge (PhysioPainter *p,
            const char    *text,
            double         right,
            double         y)
{
  double w, h, size = p->style->font_size_pt;

  physio_painter_measure (p, text, PHYSIO_TEXT_BOLD, 0, &w, &h);
  w += size * 2;
  physio_painter_color (p, &p->style->foreground);
  physio_painter_line_width (p, 1);
  cairo_rectangle (p->cr, right - w, y, w, h + 4);
  cairo_stroke (p->cr);
  physio_painter_line_width (p, 1.6);
  physio_painter_tick_mark (p, right - w + size * 0.8, y + (h + 4) / 2, size * 0.9);
  cairo_stroke (p->cr);
  physio_painter_text (p, text, PHYSIO_TEXT_BOLD, right - w + size * 1.5, y + 2, 0, 0, 0);
  return w;
}

static void
threshold_line (PhysioPainter    *p,
                const PhysioPlot *plot,
                double            value,
                const char       *label,
                gboolean          above,
                double            on,
                double            off)
{
  double y = physio_plot_y (plot, value);

  physio_painter_color (p, &p->style->reference);
  physio_painter_line_width (p, 1.2);
  physio_painter_dash (p, on, off);
  cairo_move_to (p->cr, plot->x, y);
  cairo_line_to (p->cr, plot->x + plot->w, y);
  cairo_stroke (p->cr);
  physio_painter_dash (p, 0, 0);
  /* Labels sit at the start, where the baseline point is well above them; of two close lines
   * the upper one is labelled above, the lower one below. */
  physio_painter_text (p, label, PHYSIO_TEXT_SMALL, plot->x + 4, above ? y - 1 : y + 1, 0,
                       above ? 1 : 0, 0);
}

gboolean
physio_chart_draw_disability (cairo_t                         *cr,
                              double                           width,
                              double                           height,
                              const PhysioDisabilityChartData *data,
                              const PhysioRenderStyle         *style,
                              GArray                          *spots)
{
  const char *title = _("Disability over time");
  PhysioPainter painter, *p = &painter;
  PhysioPlot plot = { 0 };
  g_autofree char *axis_title = NULL;
  const char *instrument;
  double pad, top, small_h, range, baseline, right;
  guint first, last;

  g_return_val_if_fail (cr != NULL && data != NULL && style != NULL, FALSE);

  physio_painter_begin (p, cr, width, height, style);
  physio_painter_clear (p);
  instrument = data->instrument != NULL ? data->instrument : "ODI";

  if (data->n_scores == 0)
    {
      physio_chart_empty (p, title,
                          _("No questionnaire scored yet. The intake score and each "
                            "reassessment (weeks 4, 8, 12) will show here."));
      physio_painter_end (p);
      return FALSE;
    }

  range = data->range_max > 0 ? data->range_max : 100;
  baseline = data->scores[0].value;
  first = g_date_get_julian (&data->scores[0].date);
  last = g_date_get_julian (&data->scores[data->n_scores - 1].date);
  last = MAX (last, first + 27);

  pad = physio_painter_pad (p);
  top = physio_chart_title (p, title, data->note);
  physio_painter_measure (p, "0", PHYSIO_TEXT_SMALL, 0, NULL, &small_h);

  /* Badges for the thresholds reached, top right, in the order of brief 6.6. */
  right = p->width - pad;
  if (data->relative_reached)
    right -= draw_badge (p, _("30% better"), right, pad) + pad;
  if (data->mcid_reached)
    draw_badge (p, _("MCID reached"), right, pad);

  plot.x = pad + style->font_size_pt * 2.2;
  plot.y = top + small_h + 6;
  plot.w = p->width - plot.x - 2 * pad;
  plot.h = p->height - plot.y - small_h - 8 - pad;
  plot.x_min = first - (last - first) * 0.05 - 1;
  plot.x_max = last + (last - first) * 0.05 + 1;
  plot.y_min = 0;
  plot.y_max = range;     /* always the full range: a small change must look small */
  if (plot.w < 40 || plot.h < 40)
    {
      physio_painter_end (p);
      return TRUE;
    }

  /* TRANSLATORS: the disability axis, as in "ODI, 0–100" */
  axis_title = g_strdup_printf (_("%s, 0–%s"), instrument,
                                range == 100 ? "100" : range == 24 ? "24" : "max");
  physio_chart_value_axis (p, &plot, range >= 50 ? 20 : 4, "", axis_title,
                           physio_chart_direction (TRUE));
  physio_chart_frame (p, &plot);
  physio_chart_date_axis (p, &plot);

  if (data->n_scores >= 1 && data->mcid > 0 && baseline - data->mcid >= 0)
    {
      g_autofree char *mcid = physio_render_format_number (data->mcid, 1);
      g_autofree char *label = g_strdup_printf (_("baseline − %s (MCID)"), mcid);

      threshold_line (p, &plot, baseline - data->mcid, label,
                      baseline - data->mcid >= baseline * 0.7, 4, 3);
    }
  if (baseline > 0)
    threshold_line (p, &plot, baseline * 0.7, _("baseline − 30%"),
                    baseline * 0.7 > baseline - data->mcid, 1.5, 2);

  /* Assessments are weeks apart by design (brief 6.7), so they are joined: the 7-day gap
   * rule is for daily data. */
  physio_painter_color (p, &style->series_primary);
  physio_painter_line_width (p, 1.5);
  for (guint i = 0; i < data->n_scores; i++)
    {
      double x = physio_plot_x (&plot, g_date_get_julian (&data->scores[i].date));
      double y = physio_plot_y (&plot, CLAMP (data->scores[i].value, 0, range));

      if (i == 0)
        cairo_move_to (cr, x, y);
      else
        cairo_line_to (cr, x, y);
    }
  cairo_stroke (cr);

  for (guint i = 0; i < data->n_scores; i++)
    {
      const PhysioChartValue *v = &data->scores[i];
      double x = physio_plot_x (&plot, g_date_get_julian (&v->date));
      double y = physio_plot_y (&plot, CLAMP (v->value, 0, range));
      g_autofree char *number = physio_render_format_number (v->value, 0);
      g_autofree char *when = physio_render_format_date (&v->date, TRUE, TRUE);

      physio_painter_shape (p, PHYSIO_SHAPE_CIRCLE, x, y, 3.5);
      physio_painter_color (p, &style->background);
      cairo_fill_preserve (cr);
      physio_painter_color (p, &style->series_primary);
      physio_painter_line_width (p, 1.5);
      cairo_stroke (cr);
      physio_painter_text (p, number, PHYSIO_TEXT_BOLD, x, y - 5, 0.5, 1, 0);
      /* TRANSLATORS: a point on the disability chart: "ODI: 38, Mon 2 Mar 2026" */
      physio_painter_spot (p, spots, x, y, &v->date, v->value,
                           g_strdup_printf (_("%s: %s, %s"), instrument, number, when));
    }

  physio_painter_end (p);
  return TRUE;
}
