/* physio-chart-weekly.c: adherence and activity minutes per week (brief 6.8, charts 4 and 6)
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "physio-i18n.h"
#include <math.h>

#include "physio-chart.h"
#include "physio-render-private.h"

typedef enum
{
  LEVEL_GOOD,   /* >= 80 % */
  LEVEL_FAIR,   /* 50–79 % */
  LEVEL_POOR,   /* < 50 % */
} Level;

static Level
level_of (double percent)
{
  if (percent >= 80)
    return LEVEL_GOOD;
  if (percent >= 50)
    return LEVEL_FAIR;
  return LEVEL_POOR;
}

/* A bar whose level also shows as a pattern: solid, hatched, cross-hatched outline. Grey
 * prints and colour-blind readers get the same three. */
static void
level_bar (PhysioPainter *p,
           Level          level,
           double         x,
           double         y,
           double         w,
           double         h)
{
  const PhysioRenderStyle *style = p->style;
  cairo_t *cr = p->cr;

  if (h <= 0)
    return;
  switch (level)
    {
    case LEVEL_GOOD:
      physio_painter_color (p, &style->level_good);
      cairo_rectangle (cr, x, y, w, h);
      cairo_fill (cr);
      break;
    case LEVEL_FAIR:
      physio_painter_color (p, &style->level_fair);
      cairo_rectangle (cr, x, y, w, h);
      cairo_fill (cr);
      physio_painter_color (p, &style->background);
      physio_painter_line_width (p, 1);
      physio_painter_hatch (p, x, y, w, h, 4, FALSE);
      break;
    case LEVEL_POOR:
    default:
      {
        PhysioRgba tint = physio_render_style_tint (style, &style->level_poor, 0.25);

        physio_painter_color (p, &tint);
        cairo_rectangle (cr, x, y, w, h);
        cairo_fill (cr);
        physio_painter_color (p, &style->level_poor);
        physio_painter_line_width (p, 0.8);
        physio_painter_hatch (p, x, y, w, h, 4, TRUE);
        physio_painter_line_width (p, 1.2);
        cairo_rectangle (cr, x + 0.6, y + 0.6, w - 1.2, h - 1.2);
        cairo_stroke (cr);
      }
      break;
    }
}

static void
adherence_legend_symbol (PhysioPainter *p,
                         guint          index,
                         double         x,
                         double         y,
                         gpointer       user_data)
{
  double size = p->style->font_size_pt;

  level_bar (p, (Level) index, x - size * 0.6, y - size * 0.5, size * 1.2, size);
}

static void
week_range (const PhysioWeeklyChartData *data,
            PhysioPlot                  *plot)
{
  guint first = G_MAXUINT, last = 0;

  for (guint i = 0; i < data->n_weeks; i++)
    {
      first = MIN (first, data->weeks[i].week);
      last = MAX (last, data->weeks[i].week);
    }
  plot->x_min = first - 0.5;
  plot->x_max = last + 0.5;
}

static char *
week_name (const PhysioChartWeek *week)
{
  g_autofree char *start = physio_render_format_date (&week->start, FALSE, TRUE);

  if (*start == '\0')
    /* TRANSLATORS: a programme week in a tooltip */
    return g_strdup_printf (_("Week %u"), week->week);
  /* TRANSLATORS: a programme week in a tooltip, as in "Week 3 (from 16 Mar 2026)" */
  return g_strdup_printf (_("Week %u (from %s)"), week->week, start);
}

static void
reference_line (PhysioPainter    *p,
                const PhysioPlot *plot,
                double            value,
                const char       *label)
{
  double y = physio_plot_y (plot, value);

  physio_painter_color (p, &p->style->reference);
  physio_painter_line_width (p, 1.2);
  physio_painter_dash (p, 4, 3);
  cairo_move_to (p->cr, plot->x, y);
  cairo_line_to (p->cr, plot->x + plot->w, y);
  cairo_stroke (p->cr);
  physio_painter_dash (p, 0, 0);
  physio_painter_text (p, label, PHYSIO_TEXT_SMALL, plot->x + plot->w + 3, y, 0, 0.5, 0);
}

/* What both charts share: the plot rectangle under a title, with room right of it for the
 * reference lines' labels and below it for the week labels and a legend. */
static void
weekly_plot (PhysioPainter *p,
             double         top,
             double         legend_h,
             PhysioPlot    *plot)
{
  double pad = physio_painter_pad (p), small_h, label_w;

  physio_painter_measure (p, "0", PHYSIO_TEXT_SMALL, 0, NULL, &small_h);
  physio_painter_measure (p, "150 min", PHYSIO_TEXT_SMALL, 0, &label_w, NULL);
  plot->x = pad + p->style->font_size_pt * 3;
  plot->y = top + small_h + 6;
  plot->w = p->width - plot->x - label_w - 2 * pad;
  plot->h = p->height - plot->y - small_h - 8 - legend_h - pad;
}

static void
missing_week (PhysioPainter    *p,
              const PhysioPlot *plot,
              double            x,
              const char       *text)
{
  double slot = plot->w / MAX (plot->x_max - plot->x_min, 1);

  physio_painter_color (p, &p->style->muted);
  physio_painter_text_box (p, text, PHYSIO_TEXT_SMALL, x - slot / 2, plot->y,
                           slot, plot->h - 2, 0.5, 1, 3);
}

gboolean
physio_chart_draw_adherence (cairo_t                     *cr,
                             double                       width,
                             double                       height,
                             const PhysioWeeklyChartData *data,
                             const PhysioRenderStyle     *style,
                             GArray                      *spots)
{
  const char *title = _("Sessions done per week");
  const char *legend[3];
  PhysioPainter painter, *p = &painter;
  PhysioPlot plot = { 0 };
  double top, legend_h, slot;

  g_return_val_if_fail (cr != NULL && data != NULL && style != NULL, FALSE);

  physio_painter_begin (p, cr, width, height, style);
  physio_painter_clear (p);

  if (data->n_weeks == 0)
    {
      physio_chart_empty (p, title,
                          _("No diary weeks yet. Once sessions are entered, each week shows "
                            "how many of the planned sessions were done."));
      physio_painter_end (p);
      return FALSE;
    }

  legend[0] = _("80% or more");
  legend[1] = _("50–79%");
  legend[2] = _("under 50%");
  top = physio_chart_title (p, title, NULL);
  legend_h = physio_chart_legend (p, 0, 0, p->width, legend, 3, NULL, NULL);
  weekly_plot (p, top, legend_h, &plot);
  week_range (data, &plot);
  plot.y_min = 0;
  /* Headroom over 100 % for the "5/5" on a full bar; the axis labels stop at 100 %. */
  plot.y_max = 112;
  if (plot.w < 40 || plot.h < 30)
    {
      physio_painter_end (p);
      return TRUE;
    }

  physio_chart_value_axis (p, &plot, 25, "%",
                           /* xgettext:no-c-format */ _("Sessions done, % of planned"),
                           physio_chart_direction (FALSE));
  physio_chart_frame (p, &plot);
  physio_chart_week_axis (p, &plot);
  slot = plot.w / (plot.x_max - plot.x_min);

  for (guint i = 0; i < data->n_weeks; i++)
    {
      const PhysioChartWeek *week = &data->weeks[i];
      double x = physio_plot_x (&plot, week->week);
      double percent, y, bar_w = MIN (slot * 0.62, style->font_size_pt * 5);
      g_autofree char *label = NULL;
      g_autofree char *name = week_name (week);

      if (week->missing || week->prescribed == 0)
        {
          missing_week (p, &plot, x, week->missing ? _("no entries") : _("none planned"));
          physio_painter_spot (p, spots, x, plot.y + plot.h, &week->start, NAN,
                               g_strdup_printf ("%s: %s", name,
                                                week->missing ? _("no entries")
                                                              : _("no sessions planned")));
          continue;
        }

      percent = 100.0 * MIN (week->done, week->prescribed) / week->prescribed;
      y = physio_plot_y (&plot, percent);
      level_bar (p, level_of (percent), x - bar_w / 2, y, bar_w, plot.y + plot.h - y);
      label = g_strdup_printf ("%u/%u", week->done, week->prescribed);
      physio_painter_color (p, &style->foreground);
      physio_painter_text (p, label, PHYSIO_TEXT_SMALL, x, y - 1, 0.5, 1, 0);
      /* TRANSLATORS: a bar of the adherence chart: "Week 3 (from 16 Mar 2026): 4 of 5
       * sessions done (80%)" */
      physio_painter_spot (p, spots, x, y, &week->start, percent,
                           g_strdup_printf (_("%s: %u of %u sessions done (%.0f%%)"), name,
                                            week->done, week->prescribed, percent));
    }

  reference_line (p, &plot, 80, "80%");
  reference_line (p, &plot, 50, "50%");
  physio_chart_legend (p, physio_painter_pad (p), p->height - physio_painter_pad (p) - legend_h,
                       p->width, legend, 3, adherence_legend_symbol, NULL);
  physio_painter_end (p);
  return TRUE;
}

static void
activity_legend_symbol (PhysioPainter *p,
                        guint          index,
                        double         x,
                        double         y,
                        gpointer       user_data)
{
  double size = p->style->font_size_pt;

  if (index == 0)
    {
      physio_painter_color (p, &p->style->series_secondary);
      cairo_rectangle (p->cr, x - size * 0.6, y - size * 0.5, size * 1.2, size);
      cairo_fill (p->cr);
    }
  else
    {
      physio_painter_color (p, &p->style->reference);
      physio_painter_line_width (p, 1.2);
      physio_painter_dash (p, 4, 3);
      cairo_move_to (p->cr, x - 7, y);
      cairo_line_to (p->cr, x + 7, y);
      cairo_stroke (p->cr);
    }
}

gboolean
physio_chart_draw_activity (cairo_t                     *cr,
                            double                       width,
                            double                       height,
                            const PhysioWeeklyChartData *data,
                            const PhysioRenderStyle     *style,
                            GArray                      *spots)
{
  const char *title = _("Walking and aerobic minutes per week");
  const char *legend[2];
  PhysioPainter painter, *p = &painter;
  PhysioPlot plot = { 0 };
  g_autofree char *target_label = NULL;
  g_autofree char *target_legend = NULL;
  double top, legend_h, slot, max = 0, step;
  double target = data != NULL ? data->target_minutes : 0;

  g_return_val_if_fail (cr != NULL && data != NULL && style != NULL, FALSE);

  physio_painter_begin (p, cr, width, height, style);
  physio_painter_clear (p);

  if (data->n_weeks == 0)
    {
      physio_chart_empty (p, title,
                          _("No walking or other aerobic minutes entered yet. Each week's "
                            "total will show here against the weekly target."));
      physio_painter_end (p);
      return FALSE;
    }

  for (guint i = 0; i < data->n_weeks; i++)
    max = MAX (max, data->weeks[i].minutes);
  max = MAX (max, target) * 1.15;
  step = max > 400 ? 100 : max > 160 ? 50 : max > 60 ? 25 : 10;
  max = ceil (max / step) * step;

  target_label = g_strdup_printf (_("%.0f min"), target);
  /* TRANSLATORS: the activity chart's target line, as in "target 150 min a week" */
  target_legend = g_strdup_printf (_("target %.0f min a week"), target);
  legend[0] = _("minutes that week");
  legend[1] = target_legend;
  top = physio_chart_title (p, title, NULL);
  legend_h = physio_chart_legend (p, 0, 0, p->width, legend, target > 0 ? 2 : 1, NULL, NULL);
  weekly_plot (p, top, legend_h, &plot);
  week_range (data, &plot);
  plot.y_min = 0;
  plot.y_max = max;
  if (plot.w < 40 || plot.h < 30)
    {
      physio_painter_end (p);
      return TRUE;
    }

  physio_chart_value_axis (p, &plot, step, "", _("Minutes"),
                           physio_chart_direction (FALSE));
  physio_chart_frame (p, &plot);
  physio_chart_week_axis (p, &plot);
  slot = plot.w / (plot.x_max - plot.x_min);

  for (guint i = 0; i < data->n_weeks; i++)
    {
      const PhysioChartWeek *week = &data->weeks[i];
      double x = physio_plot_x (&plot, week->week);
      double y = physio_plot_y (&plot, MIN (week->minutes, max));
      double bar_w = MIN (slot * 0.62, style->font_size_pt * 5);
      g_autofree char *label = NULL;
      g_autofree char *name = week_name (week);

      if (week->missing)
        {
          missing_week (p, &plot, x, _("no entries"));
          physio_painter_spot (p, spots, x, plot.y + plot.h, &week->start, NAN,
                               g_strdup_printf ("%s: %s", name, _("no entries")));
          continue;
        }
      physio_painter_color (p, &style->series_secondary);
      cairo_rectangle (cr, x - bar_w / 2, y, bar_w, plot.y + plot.h - y);
      cairo_fill (cr);
      label = g_strdup_printf ("%.0f", week->minutes);
      physio_painter_color (p, &style->foreground);
      physio_painter_text (p, label, PHYSIO_TEXT_SMALL, x, y - 1, 0.5, 1, 0);
      /* TRANSLATORS: a bar of the activity chart: "Week 3 (from 16 Mar 2026): 75 minutes" */
      physio_painter_spot (p, spots, x, y, &week->start, week->minutes,
                           g_strdup_printf (_("%s: %.0f minutes"), name, week->minutes));
    }

  if (target > 0)
    reference_line (p, &plot, target, target_label);
  physio_chart_legend (p, physio_painter_pad (p), p->height - physio_painter_pad (p) - legend_h,
                       p->width, legend, target > 0 ? 2 : 1, activity_legend_symbol, NULL);
  physio_painter_end (p);
  return TRUE;
}
