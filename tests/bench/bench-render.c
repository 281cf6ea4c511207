/* bench-render.c: how long one draw of the pain chart and of the week table takes
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Usage: bench-render [--runs N]
 *
 * Draws, N times each (default 200, after 10 warm-up draws), into an 800 × 300 image surface:
 * the pain chart with a year of daily morning pain (365 days, a ten-day gap, sessions three
 * times a week, weekly decisions), with and without collecting the hover spots; and the week
 * table of a 12-week programme of 10 exercises, drawing only and layout plus drawing. Prints
 * the median and 90th percentile of the thread's CPU time per draw, and the median wall time
 * (which on a busy machine also counts the other programs). The goal (architecture.md) is under
 * 4 ms for each. Not a test: figures depend on the machine. */

#include <cairo.h>
#include <stdlib.h>
#include <time.h>

#include "physio-chart.h"
#include "physio-week-plan.h"
#include "render-samples.h"

typedef void (*Job) (cairo_t *cr, gpointer data);

static int
compare (const void *a,
         const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

/* CPU time of this thread: on a shared machine the wall clock also counts other programs. */
static double
cpu_ms (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6;
}

static void
measure (const char *name,
         Job         job,
         gpointer    data,
         guint       runs)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 800, 300);
  g_autofree double *ms = g_new (double, runs);
  g_autofree double *wall = g_new (double, runs);

  for (guint i = 0; i < 10 + runs; i++)
    {
      cairo_t *cr = cairo_create (surface);
      gint64 start = g_get_monotonic_time ();
      double cpu_start = cpu_ms ();

      job (cr, data);
      cairo_surface_flush (surface);
      if (i >= 10)
        {
          ms[i - 10] = cpu_ms () - cpu_start;
          wall[i - 10] = (g_get_monotonic_time () - start) / 1000.0;
        }
      cairo_destroy (cr);
    }
  qsort (ms, runs, sizeof (double), compare);
  qsort (wall, runs, sizeof (double), compare);
  g_print ("%-40s %6.2f ms  (p90 %6.2f, wall %6.2f)  %s\n", name, ms[runs / 2],
           ms[runs * 9 / 10], wall[runs / 2], ms[runs / 2] < 4 ? "goal met" : "goal NOT met");
  cairo_surface_destroy (surface);
}

static PhysioRenderStyle style;

static void
pain (cairo_t *cr,
      gpointer data)
{
  physio_chart_draw_pain (cr, 800, 300, &((RenderSamples *) data)->pain, &style, NULL);
}

static void
pain_spots (cairo_t *cr,
            gpointer data)
{
  g_autoptr(GArray) spots = physio_chart_spots_new ();

  physio_chart_draw_pain (cr, 800, 300, &((RenderSamples *) data)->pain, &style, spots);
}

/* The other charts of the Progress page, each drawn as the page draws it (with its spots). */
static void
other_charts (cairo_t *cr,
              gpointer data)
{
  RenderSamples *samples = data;
  g_autoptr(GArray) spots = physio_chart_spots_new ();

  physio_chart_draw_summary (cr, 800, 150, &samples->summary, &style, spots);
  physio_chart_draw_adherence (cr, 400, 220, &samples->weekly, &style, spots);
  physio_chart_draw_activity (cr, 400, 220, &samples->weekly, &style, spots);
  physio_chart_draw_disability (cr, 400, 240, &samples->disability, &style, spots);
  physio_chart_draw_psfs (cr, 400, 240, &samples->psfs, &style, spots);
  physio_chart_draw_dose (cr, 400, 220, &samples->dose, &style, spots);
}

static PhysioWeekTableLayout *table_layout;

static void
table_draw (cairo_t *cr,
            gpointer data)
{
  physio_week_table_draw (cr, table_layout, &style);
}

static void
table_layout_draw (cairo_t *cr,
                   gpointer data)
{
  g_autoptr(PhysioWeekTableLayout) layout = physio_week_table_layout (data, 4, 800, 300, &style);

  physio_week_table_draw (cr, layout, &style);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(RenderSamples) year = render_samples_new (365);
  g_autoptr(PhysioProgramme) programme = render_samples_programme (10);
  guint runs = 200;

  if (argc == 3 && g_str_equal (argv[1], "--runs"))
    runs = (guint) MAX (g_ascii_strtoull (argv[2], NULL, 10), 1);

  physio_render_style_init_print (&style);
  g_print ("median CPU ms per draw, %u draws each\n", runs);
  g_print ("pain chart: %u morning values, %u session values, %u markers\n",
           year->pain.n_morning, year->pain.n_session, year->pain.n_markers);

  measure ("pain chart, one year", pain, year, runs);
  measure ("pain chart, one year, with hover spots", pain_spots, year, runs);

  measure ("the six other progress charts, together", other_charts, year, runs);

  table_layout = physio_week_table_layout (programme, 4, 800, 300, &style);
  measure ("week table, 12 weeks x 10 exercises", table_draw, NULL, runs);
  measure ("week table, layout + draw", table_layout_draw, programme, runs);
  physio_week_table_layout_free (table_layout);
  return 0;
}
