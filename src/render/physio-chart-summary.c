/* physio-chart-summary.c: the one-glance summary card (brief 6.8, chart 7)
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "physio-i18n.h"
#include <math.h>

#include "physio-chart.h"
#include "physio-render-private.h"

static char *
value_with_date (double       value,
                 int          decimals,
                 const GDate *date)
{
  g_autofree char *number = physio_render_format_number (value, decimals);
  g_autofree char *when = physio_render_format_date (date, FALSE, FALSE);

  if (*when == '\0')
    return g_steal_pointer (&number);
  return g_strdup_printf ("%s  (%s)", number, when);
}

static char *
change_text (const PhysioSummaryRow *row)
{
  g_autofree char *amount = physio_render_format_number (fabs (row->change), row->decimals);
  g_autofree char *percent = NULL;
  const char *how;

  if (row->change > 0)
    how = _("better");
  else if (row->change < 0)
    how = _("worse");
  else
    return g_strdup (_("no change"));

  if (isnan (row->percent_change))
    /* TRANSLATORS: a change on the summary card, as in "3 better" */
    return g_strdup_printf ("%s %s", amount, how);
  percent = physio_render_format_number (fabs (row->percent_change), 0);
  /* TRANSLATORS: a change on the summary card, as in "3 better (50%)" */
  return g_strdup_printf (_("%s %s (%s%%)"), amount, how, percent);
}

/* A threshold reached: a tick and its name; not reached: its name, muted, after a dash. */
static double
threshold (PhysioPainter *p,
           const char    *name,
           gboolean       reached,
           double         x,
           double         y)
{
  double w, h, size = p->style->font_size_pt;

  physio_painter_measure (p, name, reached ? PHYSIO_TEXT_BOLD : PHYSIO_TEXT_BODY, 0, &w, &h);
  if (reached)
    {
      physio_painter_color (p, &p->style->foreground);
      physio_painter_line_width (p, 1.6);
      physio_painter_tick_mark (p, x + size * 0.45, y, size * 0.9);
      cairo_stroke (p->cr);
    }
  else
    {
      physio_painter_color (p, &p->style->muted);
      physio_painter_line_width (p, 1);
      cairo_move_to (p->cr, x + size * 0.1, y);
      cairo_line_to (p->cr, x + size * 0.8, y);
      cairo_stroke (p->cr);
    }
  physio_painter_text (p, name, reached ? PHYSIO_TEXT_BOLD : PHYSIO_TEXT_BODY, x + size * 1.2,
                       y, 0, 0.5, 0);
  return size * 1.2 + w + size;
}

gboolean
physio_chart_draw_summary (cairo_t                 *cr,
                           double                   width,
                           double                   height,
                           const PhysioSummaryData *data,
                           const PhysioRenderStyle *style,
                           GArray                  *spots)
{
  const char *title = _("Summary");
  PhysioPainter painter, *p = &painter;
  const char *headings[5];
  double columns[5] = { 0, 0.34, 0.5, 0.66, 0.82 };
  double pad, top, row_h, table_w;

  g_return_val_if_fail (cr != NULL && data != NULL && style != NULL, FALSE);

  physio_painter_begin (p, cr, width, height, style);
  physio_painter_clear (p);

  if (data->n_rows == 0)
    {
      physio_chart_empty (p, title,
                          _("No measures yet. After the first reassessment this card shows "
                            "each measure from baseline to latest."));
      physio_painter_end (p);
      return FALSE;
    }

  headings[0] = _("Measure");
  headings[1] = _("Baseline");
  headings[2] = _("Latest");
  headings[3] = _("Change");
  headings[4] = _("Threshold reached");

  pad = physio_painter_pad (p);
  top = physio_chart_title (p, title, NULL);
  table_w = p->width - 2 * pad;
  row_h = MIN ((p->height - top - pad) / (data->n_rows + 1), style->font_size_pt * 2.6);

  physio_painter_color (p, &style->muted);
  for (guint c = 0; c < G_N_ELEMENTS (headings); c++)
    physio_painter_text (p, headings[c], PHYSIO_TEXT_SMALL, pad + columns[c] * table_w,
                         top + row_h / 2, 0, 0.5, 0);

  for (guint r = 0; r < data->n_rows; r++)
    {
      const PhysioSummaryRow *row = &data->rows[r];
      double y = top + (r + 1) * row_h, mid = y + row_h / 2, x;
      g_autofree char *measure = g_strdup_printf ("%s  %s", row->measure,
                                                  row->lower_is_better ? "↓" : "↑");
      g_autofree char *baseline = value_with_date (row->baseline, row->decimals,
                                                   &row->baseline_date);
      g_autofree char *latest = value_with_date (row->latest, row->decimals, &row->latest_date);
      g_autofree char *change = change_text (row);

      physio_painter_color (p, &style->grid);
      physio_painter_line_width (p, 0.5);
      cairo_move_to (cr, pad, y);
      cairo_line_to (cr, pad + table_w, y);
      cairo_stroke (cr);

      physio_painter_color (p, &style->foreground);
      physio_painter_text_box (p, measure, PHYSIO_TEXT_BOLD, pad, y, columns[1] * table_w - pad,
                               row_h, 0, 0.5, 2);
      physio_painter_text (p, baseline, PHYSIO_TEXT_BODY, pad + columns[1] * table_w, mid, 0,
                           0.5, 0);
      physio_painter_text (p, latest, PHYSIO_TEXT_BODY, pad + columns[2] * table_w, mid, 0, 0.5,
                           0);
      physio_painter_text (p, change, row->change > 0 ? PHYSIO_TEXT_BOLD : PHYSIO_TEXT_BODY,
                           pad + columns[3] * table_w, mid, 0, 0.5, 0);

      x = pad + columns[4] * table_w;
      if (row->has_mcid)
        x += threshold (p, _("MCID"), row->mcid_reached, x, mid);
      threshold (p, _("30%"), row->relative_reached, x, mid);

      /* TRANSLATORS: a summary row read out: "Pain on rising (NPRS): from 6 to 3, 3 better
       * (50%)" */
      physio_painter_spot (p, spots, pad + columns[2] * table_w, mid, &row->latest_date,
                           row->latest,
                           g_strdup_printf (_("%s: from %s to %s, %s"), row->measure, baseline,
                                            latest, change));
    }

  physio_painter_end (p);
  return TRUE;
}
