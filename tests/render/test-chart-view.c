/* test-chart-view.c: the screen widget over the render layer: points, keys, theme
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <adwaita.h>

#include "physio-chart-view.h"
#include "render-samples.h"
#include "ui-test-util.h"

static gboolean
draw_pain (cairo_t                 *cr,
           double                   width,
           double                   height,
           const PhysioRenderStyle *style,
           GArray                  *spots,
           gpointer                 user_data)
{
  RenderSamples *samples = user_data;

  return physio_chart_draw_pain (cr, width, height, &samples->pain, style, spots);
}

static void
free_samples (gpointer data)
{
  render_samples_free (data);
}

/* After the first frame the view knows its points; the arrow-key actions walk them left to
 * right, and the focused point's sentence (value and date) is what the view reports. */
static void
test_points_and_keys (void)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *view = physio_chart_view_new ();
  guint n;
  const char *text;
  g_autofree char *first = NULL;

  physio_chart_view_set_title (PHYSIO_CHART_VIEW (view), "Pain over time");
  physio_chart_view_set_painter (PHYSIO_CHART_VIEW (view), draw_pain, render_samples_new (84),
                                 free_samples);
  gtk_window_set_default_size (GTK_WINDOW (window), 700, 320);
  gtk_window_set_child (GTK_WINDOW (window), view);
  gtk_window_present (GTK_WINDOW (window));
  ui_test_wait_for_mapped (view);
  WAIT_FOR (physio_chart_view_get_n_points (PHYSIO_CHART_VIEW (view)) > 0);

  n = physio_chart_view_get_n_points (PHYSIO_CHART_VIEW (view));
  g_assert_cmpuint (n, >, 50);
  g_assert_cmpint (physio_chart_view_get_focused_point (PHYSIO_CHART_VIEW (view)), <=, 0);

  gtk_widget_activate_action (view, "chart.first-point", NULL);
  g_assert_cmpint (physio_chart_view_get_focused_point (PHYSIO_CHART_VIEW (view)), ==, 0);
  first = g_strdup (physio_chart_view_get_focused_text (PHYSIO_CHART_VIEW (view)));
  g_assert_nonnull (first);

  gtk_widget_activate_action (view, "chart.next-point", NULL);
  g_assert_cmpint (physio_chart_view_get_focused_point (PHYSIO_CHART_VIEW (view)), ==, 1);
  gtk_widget_activate_action (view, "chart.previous-point", NULL);
  gtk_widget_activate_action (view, "chart.previous-point", NULL);
  g_assert_cmpint (physio_chart_view_get_focused_point (PHYSIO_CHART_VIEW (view)), ==, 0);

  /* Point by point, left to right. */
  for (guint i = 1; i < n; i++)
    {
      double x = physio_chart_view_get_focused_spot (PHYSIO_CHART_VIEW (view))->x;

      gtk_widget_activate_action (view, "chart.next-point", NULL);
      g_assert_cmpint (physio_chart_view_get_focused_point (PHYSIO_CHART_VIEW (view)), ==, i);
      g_assert_cmpfloat (physio_chart_view_get_focused_spot (PHYSIO_CHART_VIEW (view))->x, >=, x);
    }
  gtk_widget_activate_action (view, "chart.first-point", NULL);
  gtk_widget_activate_action (view, "chart.last-point", NULL);
  g_assert_cmpint (physio_chart_view_get_focused_point (PHYSIO_CHART_VIEW (view)), ==,
                   (int) n - 1);
  text = physio_chart_view_get_focused_text (PHYSIO_CHART_VIEW (view));
  g_assert_nonnull (text);
  g_assert_cmpstr (text, !=, first);
  /* The last point is the latest day: its sentence names the value and the year. */
  g_assert_true (strstr (text, "of 10") != NULL);
  g_assert_true (strstr (text, "2026") != NULL);

  /* A redraw (a resize) keeps the focus on the same point. */
  gtk_window_set_default_size (GTK_WINDOW (window), 600, 300);
  ui_test_settle_frames (3);
  g_assert_cmpint (physio_chart_view_get_focused_point (PHYSIO_CHART_VIEW (view)), ==,
                   (int) n - 1);

  gtk_window_destroy (GTK_WINDOW (window));
  ui_test_settle ();
}

/* Dark mode reaches the chart's palette: a dark background and light ink. */
static void
test_dark (void)
{
  AdwStyleManager *manager = adw_style_manager_get_default ();
  GtkWidget *window = gtk_window_new ();
  GtkWidget *view = physio_chart_view_new ();
  const PhysioRenderStyle *style = physio_chart_view_get_style (PHYSIO_CHART_VIEW (view));

  gtk_window_set_child (GTK_WINDOW (window), view);
  gtk_window_present (GTK_WINDOW (window));
  ui_test_wait_for_mapped (view);

  adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_FORCE_DARK);
  WAIT_FOR (style->dark);
  WAIT_FOR (physio_rgba_luminance (&style->background) < 0.1);
  g_assert_cmpfloat (physio_rgba_luminance (&style->foreground), >, 0.6);

  adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_FORCE_LIGHT);
  WAIT_FOR (!style->dark);
  WAIT_FOR (physio_rgba_luminance (&style->background) > 0.8);

  gtk_window_destroy (GTK_WINDOW (window));
  ui_test_settle ();
}

int
main (int   argc,
      char *argv[])
{
  if (!ui_test_init (&argc, &argv))
    return 0;

  g_test_add_func ("/chart-view/points-and-keys", test_points_and_keys);
  g_test_add_func ("/chart-view/dark", test_dark);

  return g_test_run ();
}
