/* physio-chart-psfs.c: PSFS small multiples (brief 6.8, chart 3)
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
panel (PhysioPainter          *p,
       double                  x,
       double                  y,
       double                  w,
       double                  h,
       const char             *name,
       const PhysioChartValue *scores,
       guint                   n_scores,
       guint                   first,
       guint                   last,
       double                  band,
       gboolean                is_mean,
       GArray                 *spots)
{
  const PhysioRenderStyle *style = p->style;
  cairo_t *cr = p->cr;
  PhysioPlot plot = { 0 };
  double name_h, small_h;

  physio_painter_measure (p, "0", PHYSIO_TEXT_SMALL, 0, NULL, &small_h);
  physio_painter_color (p, &style->foreground);
  physio_painter_text_box (p, name, is_mean ? PHYSIO_TEXT_BOLD : PHYSIO_TEXT_BODY, x, y, w,
                           style->font_size_pt * 1.5, 0, 0, 1);
  name_h = style->font_size_pt * 1.5;

  plot.x = x + style->font_size_pt * 1.6;
  plot.y = y + name_h + 2;
  plot.w = w - style->font_size_pt * 1.6 - 4;
  plot.h = h - name_h - small_h - 8;
  plot.x_min = first - 3;
  plot.x_max = last + 3;
  plot.y_min = 0;
  plot.y_max = 10;
  if (plot.w < 20 || plot.h < 20)
    return;

  /* The mean's band: ±MDC around its baseline. Inside it, a change could be noise. */
  if (band > 0 && n_scores > 0)
    {
      double lo = MAX (scores[0].value - band, 0), hi = MIN (scores[0].value + band, 10);
      PhysioRgba tint = physio_render_style_tint (style, &style->muted, 0.2);

      physio_painter_color (p, &tint);
      cairo_rectangle (cr, plot.x, physio_plot_y (&plot, hi), plot.w,
                       physio_plot_y (&plot, lo) - physio_plot_y (&plot, hi));
      cairo_fill (cr);
    }

  physio_painter_line_width (p, 0.5);
  for (int v = 0; v <= 10; v += 5)
    {
      char label[4];

      g_snprintf (label, sizeof label, "%d", v);
      physio_painter_color (p, &style->grid);
      cairo_move_to (cr, plot.x, physio_plot_y (&plot, v));
      cairo_line_to (cr, plot.x + plot.w, physio_plot_y (&plot, v));
      cairo_stroke (cr);
      physio_painter_color (p, &style->muted);
      physio_painter_text (p, label, PHYSIO_TEXT_SMALL, plot.x - 3, physio_plot_y (&plot, v),
                           1, 0.5, 0);
    }
  physio_chart_frame (p, &plot);

  physio_painter_color (p, is_mean ? &style->series_primary : &style->series_secondary);
  physio_painter_line_width (p, is_mean ? 2 : 1.5);
  for (guint i = 0; i < n_scores; i++)
    {
      double px = physio_plot_x (&plot, g_date_get_julian (&scores[i].date));
      double py = physio_plot_y (&plot, CLAMP (scores[i].value, 0, 10));

      if (i == 0)
        cairo_move_to (cr, px, py);
      else
        cairo_line_to (cr, px, py);
    }
  cairo_stroke (cr);

  for (guint i = 0; i < n_scores; i++)
    {
      const PhysioChartValue *v = &scores[i];
      double px = physio_plot_x (&plot, g_date_get_julian (&v->date));
      double py = physio_plot_y (&plot, CLAMP (v->value, 0, 10));
      g_autofree char *number = physio_render_format_number (v->value, 1);
      g_autofree char *when = physio_render_format_date (&v->date, TRUE, TRUE);

      physio_painter_shape (p, is_mean ? PHYSIO_SHAPE_SQUARE : PHYSIO_SHAPE_CIRCLE, px, py, 2.8);
      cairo_fill (cr);
      /* TRANSLATORS: a PSFS point: "Gardening: 6 of 10, Mon 30 Mar 2026" */
      physio_painter_spot (p, spots, px, py, &v->date, v->value,
                           g_strdup_printf (_("%s: %s of 10, %s"), name, number, when));
    }

  if (n_scores > 0)
    {
      g_autofree char *from = physio_render_format_number (scores[0].value, 1);
      g_autofree char *to = physio_render_format_number (scores[n_scores - 1].value, 1);
      g_autofree char *change = g_strdup_printf ("%s → %s", from, to);

      physio_painter_color (p, &style->muted);
      physio_painter_text (p, change, PHYSIO_TEXT_SMALL, plot.x, plot.y + plot.h + 3, 0, 0, 0);
    }
}

gboolean
physio_chart_draw_psfs (cairo_t                   *cr,
                        double                     width,
                        double                     height,
                        const PhysioPsfsChartData *data,
                        const PhysioRenderStyle   *style,
                        GArray                    *spots)
{
  const char *title = _("Patient-specific function (PSFS)");
  PhysioPainter painter, *p = &painter;
  guint first = 0, last = 0, n_panels, columns, rows;
  double pad, top, panel_w, panel_h;
  g_autofree char *subtitle = NULL;

  g_return_val_if_fail (cr != NULL && data != NULL && style != NULL, FALSE);

  physio_painter_begin (p, cr, width, height, style);
  physio_painter_clear (p);

  if (data->n_activities == 0)
    {
      physio_chart_empty (p, title,
                          _("No activities chosen yet. At intake the patient names 3 to 5 "
                            "activities that are hard because of their back; their scores "
                            "will show here."));
      physio_painter_end (p);
      return FALSE;
    }

  for (guint a = 0; a < data->n_activities; a++)
    for (guint i = 0; i < data->activities[a].n_scores; i++)
      {
        guint julian = g_date_get_julian (&data->activities[a].scores[i].date);

        first = first == 0 ? julian : MIN (first, julian);
        last = MAX (last, julian);
      }
  last = MAX (last, first + 27);

  pad = physio_painter_pad (p);
  if (data->mdc > 0)
    {
      g_autofree char *mdc = physio_render_format_number (data->mdc, 1);

      subtitle = g_strdup_printf (_("Each activity 0–10, ↑ higher is better. Shaded: baseline "
                                    "mean ± %s (MDC: a change inside it may be noise)."), mdc);
    }
  else
    subtitle = g_strdup (_("Each activity 0–10, ↑ higher is better."));
  top = physio_chart_title (p, title, subtitle);

  n_panels = data->n_activities + (data->n_mean > 0 ? 1 : 0);
  columns = MIN (n_panels, width / style->units_per_pt >= 420 ? 4u : 2u);
  rows = (n_panels + columns - 1) / columns;
  panel_w = (p->width - pad) / columns;
  panel_h = (p->height - top - pad) / rows;

  for (guint i = 0; i < n_panels; i++)
    {
      double x = pad + (i % columns) * panel_w;
      double y = top + (i / columns) * panel_h;
      gboolean is_mean = data->n_mean > 0 && i == 0;
      const PhysioPsfsActivity *activity = is_mean ? NULL
                                           : &data->activities[i - (data->n_mean > 0 ? 1 : 0)];

      /* The mean first: it is the PSFS score, the panels after it are its parts. */
      if (is_mean)
        panel (p, x, y, panel_w - pad, panel_h, _("Mean score"), data->mean, data->n_mean,
               first, last, data->mdc, TRUE, spots);
      else
        panel (p, x, y, panel_w - pad, panel_h, activity->activity, activity->scores,
               activity->n_scores, first, last, 0, FALSE, spots);
    }

  physio_painter_end (p);
  return TRUE;
}
