/* test-render-charts.c: the progress charts drawn into image and PDF surfaces (no display)
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <cairo-pdf.h>
#include <locale.h>

#include "physio-chart.h"
#include "render-samples.h"
#include "render-test-util.h"

#define W 600
#define H 320

typedef gboolean (*ChartFunc) (cairo_t *cr, double w, double h, gconstpointer data,
                               const PhysioRenderStyle *style, GArray *spots);

typedef struct
{
  const char *name;
  ChartFunc   draw;
} Chart;

/* Each chart takes its own data type; the table calls them through one shape. */
#define CHART(fn) ((ChartFunc) (void (*) (void)) (fn))

static const Chart charts[] = {
  { "pain", CHART (physio_chart_draw_pain) },
  { "disability", CHART (physio_chart_draw_disability) },
  { "psfs", CHART (physio_chart_draw_psfs) },
  { "adherence", CHART (physio_chart_draw_adherence) },
  { "activity", CHART (physio_chart_draw_activity) },
  { "dose", CHART (physio_chart_draw_dose) },
  { "summary", CHART (physio_chart_draw_summary) },
};

static gconstpointer
sample_data (RenderSamples *s,
             guint          i)
{
  switch (i)
    {
    case 0: return &s->pain;
    case 1: return &s->disability;
    case 2: return &s->psfs;
    case 3: return &s->weekly;
    case 4: return &s->weekly;
    case 5: return &s->dose;
    case 6: return &s->summary;
    default: g_assert_not_reached ();
    }
}

static GDate
day (int n)
{
  return render_samples_date (n);
}

/* Every chart draws data into an image and into a PDF, reports where its points are, and those
 * points lie inside the drawing and on ink (not on the bare background). */
static void
test_all_charts (void)
{
  g_autoptr(RenderSamples) samples = render_samples_new (84);
  PhysioRenderStyle style;

  physio_render_style_init_print (&style);

  for (guint i = 0; i < G_N_ELEMENTS (charts); i++)
    {
      g_autoptr(GArray) spots = physio_chart_spots_new ();
      cairo_surface_t *surface = test_image_new (W, H);
      cairo_t *cr = cairo_create (surface);
      gsize pdf_bytes = 0;
      guint on_ink = 0;

      g_test_message ("chart %s", charts[i].name);
      g_assert_true (charts[i].draw (cr, W, H, sample_data (samples, i), &style, spots));
      g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
      g_assert_cmpuint (spots->len, >, 0);
      for (guint k = 0; k < spots->len; k++)
        {
          const PhysioChartSpot *spot = &g_array_index (spots, PhysioChartSpot, k);
          gboolean ink = FALSE;

          g_assert_cmpfloat (spot->x, >=, 0);
          g_assert_cmpfloat (spot->x, <, W);
          g_assert_cmpfloat (spot->y, >=, 0);
          g_assert_cmpfloat (spot->y, <, H);
          g_assert_nonnull (spot->text);
          g_assert_cmpstr (spot->text, !=, "");
          /* Within 3 pixels: open markers are hollow in the middle. */
          for (int dy = -3; dy <= 3; dy++)
            for (int dx = -3; dx <= 3; dx++)
              {
                PhysioRgba c = test_pixel (surface, CLAMP (spot->x + dx, 0, W - 1),
                                           CLAMP (spot->y + dy, 0, H - 1));

                ink |= test_colour_distance (&c, &style.background) > 0.05;
              }
          on_ink += ink;
        }
      /* Nearly every point has something drawn under it (a missing week's spot is on the
       * axis, which is ink too). */
      g_assert_cmpuint (on_ink * 10, >=, spots->len * 9);
      cairo_destroy (cr);
      cairo_surface_destroy (surface);

      surface = cairo_pdf_surface_create_for_stream (test_count_bytes, &pdf_bytes, 420, 240);
      cr = cairo_create (surface);
      g_assert_true (charts[i].draw (cr, 420, 240, sample_data (samples, i), &style, NULL));
      cairo_show_page (cr);
      g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
      cairo_destroy (cr);
      cairo_surface_finish (surface);
      g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
      cairo_surface_destroy (surface);
      g_assert_cmpuint (pdf_bytes, >, 2000);
    }
}

/* The y of a pain value, read back from two spots the chart reported. */
static double
pain_y (GArray *spots,
        double  value)
{
  const PhysioChartSpot *a = NULL, *b = NULL;

  for (guint i = 0; i < spots->len; i++)
    {
      const PhysioChartSpot *s = &g_array_index (spots, PhysioChartSpot, i);

      if (isnan (s->value))
        continue;
      if (a == NULL)
        a = s;
      else if (s->value != a->value)
        b = s;
    }
  g_assert_nonnull (a);
  g_assert_nonnull (b);
  return a->y + (value - a->value) * (b->y - a->y) / (b->value - a->value);
}

static double
spot_x (GArray      *spots,
        const GDate *date)
{
  for (guint i = 0; i < spots->len; i++)
    {
      const PhysioChartSpot *s = &g_array_index (spots, PhysioChartSpot, i);

      if (g_date_valid (&s->date) && g_date_compare (&s->date, date) == 0)
        return s->x;
    }
  g_assert_not_reached ();
}

/* Brief 4.1: 0–2 green, 3–5 amber, 6–10 red. Sampled in a stretch with no data, between grid
 * lines, the background of each band is its zone's colour. */
static void
test_pain_zones (void)
{
  PhysioChartValue morning[] = {
    { day (0), 1 }, { day (1), 9 }, { day (30), 1 }, { day (31), 9 },
  };
  PhysioPainChartData data = { .morning = morning, .n_morning = G_N_ELEMENTS (morning),
                               .baseline = -1 };
  g_autoptr(GArray) spots = physio_chart_spots_new ();
  cairo_surface_t *surface = test_image_new (W, H);
  cairo_t *cr = cairo_create (surface);
  PhysioRenderStyle style;
  GDate d1 = day (1), d30 = day (30);
  double x;
  const struct
  {
    double            value;
    const PhysioRgba *zone;
  } probes[] = {
    { 1.5, &style.zone_green }, { 2.4, &style.zone_green },
    { 2.6, &style.zone_amber }, { 3.5, &style.zone_amber }, { 5.4, &style.zone_amber },
    { 5.6, &style.zone_red }, { 7, &style.zone_red }, { 9.5, &style.zone_red },
  };

  physio_render_style_init_print (&style);
  physio_chart_draw_pain (cr, W, H, &data, &style, spots);

  /* A quarter of the way into the gap: away from the dots and the "no entries" label. */
  x = spot_x (spots, &d1) + (spot_x (spots, &d30) - spot_x (spots, &d1)) / 4;
  for (guint i = 0; i < G_N_ELEMENTS (probes); i++)
    {
      PhysioRgba c = test_pixel (surface, x, pain_y (spots, probes[i].value));

      g_test_message ("pain %.1f", probes[i].value);
      g_assert_cmpfloat (test_colour_distance (&c, probes[i].zone), <, 0.02);
    }

  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

/* Brief 6.8: no line across more than 7 days. A week of 5s, 14 days of nothing, a week of 5s:
 * the 7-day mean line is at 5 on both sides and absent in between. A gap of exactly 7 days is
 * still joined. */
static void
test_pain_gap (void)
{
  g_autoptr(GArray) morning = g_array_new (FALSE, FALSE, sizeof (PhysioChartValue));
  PhysioPainChartData data = { .baseline = -1 };
  g_autoptr(GArray) spots = physio_chart_spots_new ();
  cairo_surface_t *surface = test_image_new (W, H);
  cairo_t *cr = cairo_create (surface);
  PhysioRenderStyle style;
  GDate a = day (6), b = day (21), c = day (28), e = day (35);
  double y, x, ink_lum;
  PhysioRgba px;

  for (int d = 0; d <= 41; d++)
    {
      PhysioChartValue v = { day (d), 5 };

      /* Days 7–20 missing (15 days apart: a gap); days 29–34 missing (7 days apart: kept). */
      if ((d > 6 && d < 21) || (d > 28 && d < 35))
        continue;
      g_array_append_val (morning, v);
    }
  data.morning = (const PhysioChartValue *) (gpointer) morning->data;
  data.n_morning = morning->len;

  physio_render_style_init_print (&style);
  /* Two distinct values are needed to read the y scale: add one far away, on day 41. */
  g_array_index (morning, PhysioChartValue, morning->len - 1).value = 9;
  physio_chart_draw_pain (cr, W, H, &data, &style, spots);

  y = pain_y (spots, 5);
  ink_lum = physio_rgba_luminance (&style.series_primary);

  /* Inside the long gap: the amber band, untouched. */
  for (double t = 0.2; t <= 0.8; t += 0.1)
    {
      x = spot_x (spots, &a) + (spot_x (spots, &b) - spot_x (spots, &a)) * t;
      for (double dy = -2; dy <= 2; dy++)
        {
          px = test_pixel (surface, x, y + dy);
          g_assert_cmpfloat (test_colour_distance (&px, &style.zone_amber), <, 0.02);
        }
    }

  /* Inside the 7-day gap the mean line is drawn. */
  x = (spot_x (spots, &c) + spot_x (spots, &e)) / 2;
  px = test_pixel (surface, x, y);
  g_assert_cmpfloat (fabs (physio_rgba_luminance (&px) - ink_lum), <, 0.1);

  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

/* The empty state is a sentence, not empty axes: text in the middle, no points, FALSE. */
static void
test_empty (void)
{
  PhysioPainChartData pain = { .baseline = -1 };
  PhysioDisabilityChartData disability = { .range_max = 100, .mcid = 10 };
  PhysioPsfsChartData psfs = { 0 };
  PhysioWeeklyChartData weekly = { .target_minutes = 150 };
  PhysioDoseChartData dose = { .exercise = "Bridge" };
  PhysioSummaryData summary = { 0 };
  gconstpointer empty[] = { &pain, &disability, &psfs, &weekly, &weekly, &dose, &summary };
  PhysioRenderStyle style;

  physio_render_style_init_print (&style);
  for (guint i = 0; i < G_N_ELEMENTS (charts); i++)
    {
      g_autoptr(GArray) spots = physio_chart_spots_new ();
      cairo_surface_t *surface = test_image_new (W, H);
      cairo_t *cr = cairo_create (surface);

      g_test_message ("chart %s", charts[i].name);
      g_assert_false (charts[i].draw (cr, W, H, empty[i], &style, spots));
      g_assert_cmpuint (spots->len, ==, 0);
      /* The message: dark text pixels in the middle band of the drawing. */
      g_assert_cmpuint (test_count_dark (surface, W * 0.1, H * 0.35, W * 0.8, H * 0.3, 0.6), >,
                        150);
      /* and no axis: the left third's lower quarter (where a y axis and ticks would be) holds
       * no more than the dashed outline. */
      g_assert_cmpuint (test_count_dark (surface, 30, H * 0.7, W * 0.3, H * 0.2, 0.6), <, 20);
      cairo_destroy (cr);
      cairo_surface_destroy (surface);
    }
}

static double
contrast (const PhysioRgba *a,
          const PhysioRgba *b)
{
  double la = physio_rgba_luminance (a), lb = physio_rgba_luminance (b);

  return (MAX (la, lb) + 0.05) / (MIN (la, lb) + 0.05);
}

static void
check_palette (const PhysioRenderStyle *style,
               const char              *name)
{
  const struct
  {
    const char       *what;
    const PhysioRgba *colour;
  } ink[] = {
    { "series_primary", &style->series_primary },
    { "series_secondary", &style->series_secondary },
    { "series_tertiary", &style->series_tertiary },
    { "reference", &style->reference },
    { "level_good", &style->level_good },
    { "level_fair", &style->level_fair },
    { "level_poor", &style->level_poor },
    { "muted", &style->muted },
  };
  const PhysioRgba *bands[] = { &style->zone_green, &style->zone_amber, &style->zone_red,
                                &style->highlight };

  /* Data ink against the page, and on the zone bands: 3:1, the WCAG bar for graphics, is what
   * keeps a line visible when printed in grey. */
  for (guint i = 0; i < G_N_ELEMENTS (ink); i++)
    {
      g_test_message ("%s: %s %.2f", name, ink[i].what,
                      contrast (ink[i].colour, &style->background));
      g_assert_cmpfloat (contrast (ink[i].colour, &style->background), >=, 3);
    }
  for (guint i = 0; i < 3; i++)
    {
      g_assert_cmpfloat (contrast (&style->series_primary, bands[i]), >=, 3);
      g_assert_cmpfloat (contrast (&style->series_secondary, bands[i]), >=, 2.5);
    }
  /* Text on the bands and on highlighted cells: 4.5:1, the WCAG bar for text. */
  for (guint i = 0; i < G_N_ELEMENTS (bands); i++)
    g_assert_cmpfloat (contrast (&style->foreground, bands[i]), >=, 4.5);
  /* The three zone bands keep their order in grey, a visible step apart: green lightest, red
   * darkest (print). */
  if (!style->dark)
    {
      g_test_message ("%s: zones %.2f %.2f %.2f", name,
                      physio_rgba_luminance (&style->zone_green),
                      physio_rgba_luminance (&style->zone_amber),
                      physio_rgba_luminance (&style->zone_red));
      g_assert_cmpfloat (physio_rgba_luminance (&style->zone_green), >,
                         physio_rgba_luminance (&style->zone_amber) + 0.08);
      g_assert_cmpfloat (physio_rgba_luminance (&style->zone_amber), >,
                         physio_rgba_luminance (&style->zone_red) + 0.08);
    }
  /* The adherence levels differ in grey as well as in pattern. */
  g_assert_cmpfloat (fabs (physio_rgba_luminance (&style->level_good)
                           - physio_rgba_luminance (&style->level_fair)), >, 0.08);
}

static void
test_contrast (void)
{
  PhysioRenderStyle style;
  PhysioRgba white = { 1, 1, 1, 1 }, dark_bg = { 0.14, 0.14, 0.14, 1 };
  PhysioRgba black = { 0, 0, 0, 0.8 }, light_bg = { 0.98, 0.98, 0.98, 1 };
  PhysioRgba accent = { 0.21, 0.52, 0.89, 1 };

  physio_render_style_init_print (&style);
  check_palette (&style, "print");
  physio_render_style_init_screen (&style, &white, &dark_bg, &accent, TRUE);
  check_palette (&style, "dark");
  physio_render_style_init_screen (&style, &black, &light_bg, &accent, FALSE);
  check_palette (&style, "light");
}

/* HiDPI is the surface's device scale: at 2× the same call fills twice the pixels, and the
 * spots stay in user units. */
static void
test_device_scale (void)
{
  g_autoptr(RenderSamples) samples = render_samples_new (84);
  g_autoptr(GArray) one = physio_chart_spots_new ();
  g_autoptr(GArray) two = physio_chart_spots_new ();
  cairo_surface_t *s1 = test_image_new (W, H), *s2 = test_image_new (2 * W, 2 * H);
  cairo_t *cr1, *cr2;
  PhysioRenderStyle style;

  physio_render_style_init_print (&style);
  cairo_surface_set_device_scale (s2, 2, 2);
  cr1 = cairo_create (s1);
  cr2 = cairo_create (s2);
  physio_chart_draw_pain (cr1, W, H, &samples->pain, &style, one);
  physio_chart_draw_pain (cr2, W, H, &samples->pain, &style, two);
  g_assert_cmpuint (one->len, ==, two->len);
  for (guint i = 0; i < one->len; i++)
    {
      g_assert_cmpfloat_with_epsilon (g_array_index (one, PhysioChartSpot, i).x,
                                      g_array_index (two, PhysioChartSpot, i).x, 1e-6);
      g_assert_cmpfloat_with_epsilon (g_array_index (one, PhysioChartSpot, i).y,
                                      g_array_index (two, PhysioChartSpot, i).y, 1e-6);
    }
  cairo_destroy (cr1);
  cairo_destroy (cr2);
  cairo_surface_destroy (s1);
  cairo_surface_destroy (s2);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/render/charts/all", test_all_charts);
  g_test_add_func ("/render/charts/empty", test_empty);
  g_test_add_func ("/render/charts/contrast", test_contrast);
  g_test_add_func ("/render/charts/device-scale", test_device_scale);
  g_test_add_func ("/render/pain/zones", test_pain_zones);
  g_test_add_func ("/render/pain/gap", test_pain_gap);

  return g_test_run ();
}
