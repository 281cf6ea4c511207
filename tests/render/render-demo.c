/* render-demo.c: draws every chart and the week plan from sample data to PNG and PDF
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Usage: render-demo OUTPUT-FOLDER [--dark]
 *
 * Writes one PNG (at 2× for a sharp look) and one PDF per drawing, plus charts.png and
 * week-plan.png, the sheets the README shows (data/screenshots/). Not a test: for looking at. */

#include <cairo-pdf.h>
#include <cairo.h>

#include "physio-chart.h"
#include "physio-week-plan.h"
#include "render-samples.h"

typedef gboolean (*Draw) (cairo_t *cr, double w, double h, gconstpointer data,
                          const PhysioRenderStyle *style);

typedef struct
{
  const char *name;
  double      width;    /* points */
  double      height;
} Sheet;

static RenderSamples *samples;
static PhysioProgramme *programme;

static void
draw_one (const char              *name,
          cairo_t                 *cr,
          double                   w,
          double                   h,
          const PhysioRenderStyle *style)
{
  GDate today = render_samples_date (23);
  PhysioWeekPlanMark marks[] = {
    { 0, 0, PHYSIO_WEEK_PLAN_DONE }, { 0, 1, PHYSIO_WEEK_PLAN_DONE },
    { 0, 2, PHYSIO_WEEK_PLAN_PARTLY }, { 1, 0, PHYSIO_WEEK_PLAN_DONE },
    { 1, 2, PHYSIO_WEEK_PLAN_NOT_DONE }, { 2, 0, PHYSIO_WEEK_PLAN_DONE },
    { 2, 2, PHYSIO_WEEK_PLAN_DONE }, { 3, 1, PHYSIO_WEEK_PLAN_DONE },
    { 4, 1, PHYSIO_WEEK_PLAN_PARTLY },
  };

  if (g_str_equal (name, "pain"))
    physio_chart_draw_pain (cr, w, h, &samples->pain, style, NULL);
  else if (g_str_equal (name, "disability"))
    physio_chart_draw_disability (cr, w, h, &samples->disability, style, NULL);
  else if (g_str_equal (name, "psfs"))
    physio_chart_draw_psfs (cr, w, h, &samples->psfs, style, NULL);
  else if (g_str_equal (name, "adherence"))
    physio_chart_draw_adherence (cr, w, h, &samples->weekly, style, NULL);
  else if (g_str_equal (name, "activity"))
    physio_chart_draw_activity (cr, w, h, &samples->weekly, style, NULL);
  else if (g_str_equal (name, "dose"))
    physio_chart_draw_dose (cr, w, h, &samples->dose, style, NULL);
  else if (g_str_equal (name, "summary"))
    physio_chart_draw_summary (cr, w, h, &samples->summary, style, NULL);
  else if (g_str_equal (name, "empty"))
    {
      PhysioPainChartData none = { .baseline = -1 };

      physio_chart_draw_pain (cr, w, h, &none, style, NULL);
    }
  else if (g_str_equal (name, "week-plan"))
    {
      g_autoptr(PhysioWeekPlanLayout) layout =
        physio_week_plan_layout (programme, 4, &today, w, h, style);

      physio_week_plan_set_marks (layout, marks, G_N_ELEMENTS (marks));
      physio_week_plan_draw (cr, layout, style);
    }
  else if (g_str_equal (name, "week-table"))
    {
      g_autoptr(PhysioWeekTableLayout) layout =
        physio_week_table_layout (programme, 4, w, h, style);

      physio_week_table_draw (cr, layout, style);
    }
  else
    g_assert_not_reached ();
}

static void
write_one (const char              *folder,
           const char              *name,
           double                   w,
           double                   h,
           const PhysioRenderStyle *style,
           const char              *suffix)
{
  g_autofree char *png = g_strdup_printf ("%s/%s%s.png", folder, name, suffix);
  g_autofree char *pdf = g_strdup_printf ("%s/%s%s.pdf", folder, name, suffix);
  cairo_surface_t *surface;
  cairo_t *cr;

  /* PNG at 2×: what a HiDPI screen gets, through the device scale and nothing else. */
  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, (int) (w * 2), (int) (h * 2));
  cairo_surface_set_device_scale (surface, 2, 2);
  cr = cairo_create (surface);
  draw_one (name, cr, w * style->units_per_pt, h * style->units_per_pt, style);
  cairo_destroy (cr);
  cairo_surface_write_to_png (surface, png);
  cairo_surface_destroy (surface);

  surface = cairo_pdf_surface_create (pdf, w, h);
  cr = cairo_create (surface);
  draw_one (name, cr, w * style->units_per_pt, h * style->units_per_pt, style);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

/* A sheet of charts on one page, for the README. */
static void
write_sheet (const char              *path,
             const char * const      *names,
             const double            *rects,
             guint                    n,
             double                   w,
             double                   h,
             const PhysioRenderStyle *style)
{
  cairo_surface_t *surface;
  cairo_t *cr;

  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, (int) (w * 1.5), (int) (h * 1.5));
  cairo_surface_set_device_scale (surface, 1.5, 1.5);
  cr = cairo_create (surface);
  cairo_set_source_rgb (cr, style->background.red, style->background.green,
                        style->background.blue);
  cairo_paint (cr);
  for (guint i = 0; i < n; i++)
    {
      const double *r = rects + 4 * i;

      cairo_save (cr);
      cairo_translate (cr, r[0], r[1]);
      draw_one (names[i], cr, r[2], r[3], style);
      cairo_restore (cr);
      cairo_set_source_rgb (cr, style->grid.red, style->grid.green, style->grid.blue);
      cairo_set_line_width (cr, 0.5);
      cairo_rectangle (cr, r[0] + 0.25, r[1] + 0.25, r[2] - 0.5, r[3] - 0.5);
      cairo_stroke (cr);
    }
  cairo_destroy (cr);
  cairo_surface_write_to_png (surface, path);
  cairo_surface_destroy (surface);
}

int
main (int   argc,
      char *argv[])
{
  static const char * const names[] = { "pain", "disability", "psfs", "adherence",
                                        "activity", "dose", "summary", "empty" };
  static const char * const chart_names[] = { "pain", "disability", "psfs", "adherence",
                                              "dose", "activity", "summary" };
  static const double chart_rects[] = {
    0, 0, 560, 260,      260 * 0 + 560, 0, 320, 260,
    0, 260, 440, 220,    440, 260, 440, 220,
    0, 480, 440, 220,    440, 480, 440, 220,
    0, 700, 880, 150,
  };
  PhysioRenderStyle style;
  const char *folder;
  g_autofree char *sheet = NULL;

  if (argc < 2)
    {
      g_printerr ("Usage: %s OUTPUT-FOLDER [--dark]\n", argv[0]);
      return 2;
    }
  folder = argv[1];
  g_mkdir_with_parents (folder, 0755);

  physio_render_style_init_print (&style);
  if (argc > 2 && g_str_equal (argv[2], "--dark"))
    {
      PhysioRgba fg = { 1, 1, 1, 1 }, bg = { 0.14, 0.14, 0.14, 1 };
      PhysioRgba accent = { 0.47, 0.68, 0.93, 1 };

      physio_render_style_init_screen (&style, &fg, &bg, &accent, TRUE);
      style.units_per_pt = 1;
    }

  samples = render_samples_new (84);
  programme = render_samples_programme (6);

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    write_one (folder, names[i], 440, 240, &style, "");
  write_one (folder, "week-plan", 560, 300, &style, "");
  write_one (folder, "week-table", 720, 260, &style, "");

  sheet = g_build_filename (folder, "charts.png", NULL);
  write_sheet (sheet, chart_names, chart_rects, G_N_ELEMENTS (chart_names), 880, 850, &style);
  g_free (sheet);
  {
    static const char * const plan_names[] = { "week-plan", "week-table" };
    static const double plan_rects[] = { 0, 0, 720, 280, 0, 280, 720, 250 };

    sheet = g_build_filename (folder, "week-plan.png", NULL);
    write_sheet (sheet, plan_names, plan_rects, 2, 720, 530, &style);
  }

  g_object_unref (programme);
  render_samples_free (samples);
  return 0;
}
