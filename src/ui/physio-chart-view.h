/* physio-chart-view.h: draws one render-layer chart on screen, with hover and keyboard focus
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "physio-chart.h"

G_BEGIN_DECLS

#define PHYSIO_TYPE_CHART_VIEW (physio_chart_view_get_type ())

G_DECLARE_FINAL_TYPE (PhysioChartView, physio_chart_view, PHYSIO, CHART_VIEW, GtkWidget)

/* A chart, a week plan or any other drawing of src/render, painted with the theme's colours
 * (dark mode follows AdwStyleManager). Pointing at a data point shows its value and date in a
 * tooltip; the widget takes keyboard focus, the arrow keys (and Home, End) move between the
 * points, and the focused point's sentence is the widget's accessible description, so a screen
 * reader reads "Pain on rising: 4 of 10, Mon 2 Mar 2026".
 *
 * The caller gives a closure that draws: typically a small function calling
 * physio_chart_draw_pain () on data it owns, with @destroy freeing that data. */
GtkWidget  *physio_chart_view_new               (void);
void        physio_chart_view_set_painter       (PhysioChartView *self,
                                                 PhysioRenderFunc func,
                                                 gpointer         user_data,
                                                 GDestroyNotify   destroy);
/* The chart's name: its accessible label ("Pain over time"). */
const char *physio_chart_view_get_title         (PhysioChartView *self);
void        physio_chart_view_set_title         (PhysioChartView *self,
                                                 const char      *title);
/* Data points of the last draw, left to right. */
guint       physio_chart_view_get_n_points      (PhysioChartView *self);
/* The focused point, or -1. */
int         physio_chart_view_get_focused_point (PhysioChartView *self);
void        physio_chart_view_set_focused_point (PhysioChartView *self,
                                                 int              index);
/* The focused point's sentence (value and date), or NULL. */
const char *physio_chart_view_get_focused_text  (PhysioChartView *self);
/* The focused point (position in widget coordinates, date, value, sentence), or NULL. */
const PhysioChartSpot *physio_chart_view_get_focused_spot (PhysioChartView *self);
/* The palette the view draws with (resolved from the theme). */
const PhysioRenderStyle *physio_chart_view_get_style (PhysioChartView *self);

G_END_DECLS
