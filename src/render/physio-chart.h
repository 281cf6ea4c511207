/* physio-chart.h: the progress charts of brief 6.8, drawn on any cairo_t
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>

#include "physio-chart-data.h"
#include "physio-render-style.h"

G_BEGIN_DECLS

/* Every chart function draws into @cr over (0, 0, @width, @height) in the cairo_t's user units
 * (style->units_per_pt of them make a point), fills the background, and leaves @cr as it found
 * it. When @spots is not NULL, the positions of the data points are appended to it
 * (PhysioChartSpot, see physio_chart_spots_new ()). Each returns TRUE when it drew data, FALSE
 * when there was nothing to draw and it drew a short message instead of empty axes.
 *
 * All follow the chart rules of brief 6.8: the direction of better on every value axis, no
 * line across a gap of more than 7 days in daily data, and meaning that never rests on colour
 * alone (shapes, patterns, labels). */

/* Morning pain dots, 7-day mean line, session pain crosses, zone bands 0–2 / 3–5 / 6–10,
 * baseline − 2 (MCID) dashed, phase lines and ▲ ● ▼ decision markers. */
gboolean physio_chart_draw_pain       (cairo_t                         *cr,
                                       double                           width,
                                       double                           height,
                                       const PhysioPainChartData       *data,
                                       const PhysioRenderStyle         *style,
                                       GArray                          *spots);
/* ODI or RMDQ on a full-range axis with baseline − MCID and baseline × 0.7 dashed, and a badge
 * for each threshold reached. */
gboolean physio_chart_draw_disability (cairo_t                         *cr,
                                       double                           width,
                                       double                           height,
                                       const PhysioDisabilityChartData *data,
                                       const PhysioRenderStyle         *style,
                                       GArray                          *spots);
/* Small multiples, one per activity, and the mean with a ±MDC band around its baseline. */
gboolean physio_chart_draw_psfs       (cairo_t                         *cr,
                                       double                           width,
                                       double                           height,
                                       const PhysioPsfsChartData       *data,
                                       const PhysioRenderStyle         *style,
                                       GArray                          *spots);
/* Bars of % done per week labelled "4/5": solid ≥ 80 %, hatched 50–79 %, cross-hatched < 50 % */
gboolean physio_chart_draw_adherence  (cairo_t                         *cr,
                                       double                           width,
                                       double                           height,
                                       const PhysioWeeklyChartData     *data,
                                       const PhysioRenderStyle         *style,
                                       GArray                          *spots);
/* Walking/aerobic minutes per week against the target line. */
gboolean physio_chart_draw_activity   (cairo_t                         *cr,
                                       double                           width,
                                       double                           height,
                                       const PhysioWeeklyChartData     *data,
                                       const PhysioRenderStyle         *style,
                                       GArray                          *spots);
/* Step chart of one exercise's primary variable by week: engine proposals as filled circles on
 * a solid step, clinician overrides as open diamonds on a dashed step, the plan faint behind. */
gboolean physio_chart_draw_dose       (cairo_t                         *cr,
                                       double                           width,
                                       double                           height,
                                       const PhysioDoseChartData       *data,
                                       const PhysioRenderStyle         *style,
                                       GArray                          *spots);
/* The one-glance card: per measure, baseline → latest, change, % change, thresholds reached. */
gboolean physio_chart_draw_summary    (cairo_t                         *cr,
                                       double                           width,
                                       double                           height,
                                       const PhysioSummaryData         *data,
                                       const PhysioRenderStyle         *style,
                                       GArray                          *spots);

/* What a screen widget calls to draw whichever of the above it shows: a closure over the data. */
typedef gboolean (*PhysioRenderFunc) (cairo_t                 *cr,
                                      double                   width,
                                      double                   height,
                                      const PhysioRenderStyle *style,
                                      GArray                  *spots,
                                      gpointer                 user_data);

G_END_DECLS
