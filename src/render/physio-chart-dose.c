/* physio-chart-dose.c: dose progression of one exercise (brief 6.8, chart 5)
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "physio-i18n.h"
#include <math.h>

#include "physio-chart.h"
#include "physio-render-private.h"

static void
source_style (PhysioPainter    *p,
              PhysioDoseSource  source)
{
  physio_painter_line_width (p, 2);
  if (source == PHYSIO_DOSE_SOURCE_CLINICIAN)
    {
      physio_painter_color (p, &p->style->series_tertiary);
      physio_painter_dash (p, 4, 2.5);
    }
  else
    {
      physio_painter_color (p, &p->style->series_primary);
      physio_painter_dash (p, 0, 0);
    }
}

/* Engine proposals are filled circles, the clinician's own doses open diamonds: the shape
 * tells them apart on paper in any grey. */
static void
step_point (PhysioPainter    *p,
            PhysioDoseSource  source,
            double            x,
            double            y)
{
  physio_painter_dash (p, 0, 0);
  if (source == PHYSIO_DOSE_SOURCE_CLINICIAN)
    {
      physio_painter_shape (p, PHYSIO_SHAPE_DIAMOND, x, y, 3.4);
      physio_painter_color (p, &p->style->background);
      cairo_fill_preserve (p->cr);
      physio_painter_color (p, &p->style->series_tertiary);
      physio_painter_line_width (p, 1.6);
      cairo_stroke (p->cr);
    }
  else
    {
      physio_painter_shape (p, PHYSIO_SHAPE_CIRCLE, x, y, 3);
      physio_painter_color (p, &p->style->series_primary);
      cairo_fill (p->cr);
    }
}

static void
legend_symbol (PhysioPainter *p,
               guint          index,
               double         x,
               double         y,
               gpointer       user_data)
{
  switch (index)
    {
    case 0:
    case 1:
      {
        PhysioDoseSource source = index == 0 ? PHYSIO_DOSE_SOURCE_ENGINE
                                             : PHYSIO_DOSE_SOURCE_CLINICIAN;

        source_style (p, source);
        cairo_move_to (p->cr, x - 7, y);
        cairo_line_to (p->cr, x + 7, y);
        cairo_stroke (p->cr);
        step_point (p, source, x, y);
      }
      break;
    case 2:
      physio_painter_color (p, &p->style->grid);
      physio_painter_line_width (p, 3);
      cairo_move_to (p->cr, x - 7, y);
      cairo_line_to (p->cr, x + 7, y);
      cairo_stroke (p->cr);
      break;
    default:
      physio_chart_decision_symbol (p, PHYSIO_CHART_MARK_PROGRESS, x - 6, y, 2.2);
      physio_chart_decision_symbol (p, PHYSIO_CHART_MARK_HOLD, x - 0.5, y, 2.2);
      physio_chart_decision_symbol (p, PHYSIO_CHART_MARK_REGRESS, x + 5, y, 2.2);
      break;
    }
}

static double
nice_step (double max)
{
  static const double steps[] = { 1, 2, 5, 10, 20, 25, 50, 100, 200, 500, 1000, 2000, 5000 };

  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    if (max / steps[i] <= 5)
      return steps[i];
  return 10000;
}

gboolean
physio_chart_draw_dose (cairo_t                   *cr,
                        double                     width,
                        double                     height,
                        const PhysioDoseChartData *data,
                        const PhysioRenderStyle   *style,
                        GArray                    *spots)
{
  PhysioPainter painter, *p = &painter;
  PhysioPlot plot = { 0 };
  g_autofree char *title = NULL;
  const char *legend[4];
  double pad, top, small_h, legend_h, max = 0, step;
  guint n_weeks;
  cairo_t *c = cr;

  g_return_val_if_fail (cr != NULL && data != NULL && style != NULL, FALSE);

  physio_painter_begin (p, cr, width, height, style);
  physio_painter_clear (p);
  /* TRANSLATORS: the dose chart's title, as in "Dose by week: Bridge" */
  title = g_strdup_printf (_("Dose by week: %s"), data->exercise != NULL ? data->exercise : "");

  if (data->n_steps == 0)
    {
      physio_chart_empty (p, title,
                          _("No reviews yet. After each weekly review the dose in force "
                            "shows here, step by step."));
      physio_painter_end (p);
      return FALSE;
    }

  n_weeks = data->n_weeks;
  for (guint i = 0; i < data->n_steps; i++)
    {
      max = MAX (max, data->steps[i].value);
      n_weeks = MAX (n_weeks, data->steps[i].week);
    }
  for (guint i = 0; i < data->n_plan; i++)
    max = MAX (max, data->plan[i].value);
  step = nice_step (max * 1.2);
  max = MAX (ceil (max * 1.2 / step) * step, step);

  legend[0] = _("engine proposal, accepted");
  legend[1] = _("set by the clinician");
  legend[2] = _("planned ladder");
  legend[3] = _("review: progress, hold, regress");

  pad = physio_painter_pad (p);
  top = physio_chart_title (p, title, NULL);
  physio_painter_measure (p, "0", PHYSIO_TEXT_SMALL, 0, NULL, &small_h);
  legend_h = physio_chart_legend (p, 0, 0, p->width - 2 * pad, legend, 4, NULL, NULL);
  plot.x = pad + style->font_size_pt * 2.4;
  plot.y = top + small_h + 6;
  plot.w = p->width - plot.x - 2 * pad;
  plot.h = p->height - plot.y - small_h - 8 - legend_h - pad;
  plot.x_min = 0.5;
  plot.x_max = n_weeks + 0.5;
  plot.y_min = 0;
  plot.y_max = max;
  if (plot.w < 40 || plot.h < 30)
    {
      physio_painter_end (p);
      return TRUE;
    }

  physio_chart_value_axis (p, &plot, step, "",
                           data->unit != NULL ? data->unit : _("Dose"),
                           _("↑ higher is a harder dose"));
  physio_chart_frame (p, &plot);
  physio_chart_week_axis (p, &plot);

  /* The plan, wide and faint behind: where the ladder would have gone. */
  if (data->n_plan > 0)
    {
      physio_painter_color (p, &style->grid);
      physio_painter_line_width (p, 3);
      for (guint i = 0; i < data->n_plan; i++)
        {
          double x0 = physio_plot_x (&plot, data->plan[i].week - 0.5);
          double x1 = physio_plot_x (&plot, data->plan[i].week + 0.5);
          double y = physio_plot_y (&plot, data->plan[i].value);

          if (i == 0)
            cairo_move_to (c, x0, y);
          else
            cairo_line_to (c, x0, y);
          cairo_line_to (c, x1, y);
        }
      cairo_stroke (c);
    }

  /* The dose in force: each week a level segment in its source's style, joined by risers. */
  for (guint i = 0; i < data->n_steps; i++)
    {
      const PhysioDoseStep *s = &data->steps[i];
      double x0 = physio_plot_x (&plot, s->week - 0.5);
      double x1 = physio_plot_x (&plot, s->week + 0.5);
      double y = physio_plot_y (&plot, s->value);

      source_style (p, s->source);
      if (i > 0 && data->steps[i - 1].week + 1 == s->week)
        cairo_move_to (c, x0, physio_plot_y (&plot, data->steps[i - 1].value));
      else
        cairo_move_to (c, x0, y);
      cairo_line_to (c, x0, y);
      cairo_line_to (c, x1, y);
      cairo_stroke (c);
    }
  physio_painter_dash (p, 0, 0);

  for (guint i = 0; i < data->n_steps; i++)
    {
      const PhysioDoseStep *s = &data->steps[i];
      double x = physio_plot_x (&plot, s->week);
      double y = physio_plot_y (&plot, s->value);
      gboolean changed = i == 0 || s->value != data->steps[i - 1].value
                         || s->source != data->steps[i - 1].source;
      g_autofree char *value = physio_render_format_number (s->value, 1);

      step_point (p, s->source, x, y);
      if (s->has_decision)
        physio_chart_decision_symbol (p, s->decision, physio_plot_x (&plot, s->week - 0.5),
                                      plot.y + 4, 3);
      if (changed && s->label != NULL)
        {
          physio_painter_color (p, &style->foreground);
          physio_painter_text (p, s->label, PHYSIO_TEXT_SMALL, x, y - 4, 0.5, 1, 0);
        }
      /* TRANSLATORS: a step of the dose chart: "Week 5: 3 × 8 (set by the clinician)" */
      physio_painter_spot (p, spots, x, y, NULL, s->value,
                           g_strdup_printf (_("Week %u: %s (%s)"), s->week,
                                            s->label != NULL ? s->label : value,
                                            s->source == PHYSIO_DOSE_SOURCE_CLINICIAN
                                            ? _("set by the clinician")
                                            : s->source == PHYSIO_DOSE_SOURCE_ENGINE
                                            ? _("engine proposal, accepted")
                                            : _("as planned")));
    }

  physio_chart_legend (p, pad, p->height - pad - legend_h, p->width - 2 * pad, legend, 4,
                       legend_symbol, NULL);
  physio_painter_end (p);
  return TRUE;
}
