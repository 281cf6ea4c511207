/* test-render-week-plan.c: the week plan and the week table, laid out, counted and drawn
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <cairo-pdf.h>
#include <locale.h>

#include "physio-week-plan.h"
#include "render-samples.h"
#include "render-test-util.h"
#include "test-fixtures.h"

#define W 640
#define H 360

static guint
scheduled_days (PhysioProgramme *programme,
                guint            position,
                guint            week)
{
  PhysioPrescription *prescription = physio_programme_get_prescription (programme, position);

  if (physio_prescription_get_removed (prescription)
      || !physio_prescription_is_active_in_week (prescription, week))
    return 0;
  return physio_days_count (physio_prescription_get_days_in_week (prescription, week));
}

/* One cell per prescription per scheduled day, and each is drawn: its corner shows the
 * category tint, while a day without a session stays bare. */
static void
test_plan_cells (void)
{
  g_autoptr(PhysioProgramme) programme = render_samples_programme (6);
  PhysioPrescription *later;
  g_autoptr(PhysioWeekPlanLayout) layout = NULL;
  const PhysioWeekPlanCell *cells;
  cairo_surface_t *surface = test_image_new (W, H);
  cairo_t *cr = cairo_create (surface);
  PhysioRenderStyle style;
  guint n_cells, expected = 0, rows = 0;

  /* Make the week uneven: one prescription starts only in week 6, one is removed, and the
   * walk's week 4 asks for 3 days instead of its usual 5 (template C's walking does this). */
  {
    PhysioPrescription *walk = physio_programme_get_prescription (programme, 0);
    g_auto(PhysioDose) dose = PHYSIO_DOSE_INIT;

    physio_dose_copy_into (&dose, physio_prescription_get_planned (walk, 3));
    dose.days_per_week = 3;
    physio_prescription_set_planned (walk, 3, &dose);
    g_assert_cmpuint (physio_days_count (physio_prescription_get_days_in_week (walk, 4)), ==, 3);
    g_assert_cmpuint (physio_days_count (physio_prescription_get_days (walk)), ==, 5);
  }
  later = physio_programme_get_prescription (programme, 1);
  physio_prescription_set_weeks (later, 6, 12);
  physio_prescription_set_removed (physio_programme_get_prescription (programme, 5), TRUE);

  physio_render_style_init_print (&style);
  layout = physio_week_plan_layout (programme, 4, NULL, W, H, &style);
  cells = physio_week_plan_get_cells (layout, &n_cells);

  for (guint i = 0; i < physio_programme_get_n_prescriptions (programme); i++)
    {
      guint n = scheduled_days (programme, i, 4), here = 0;

      expected += n;
      rows += n > 0;
      for (guint c = 0; c < n_cells; c++)
        here += cells[c].prescription == i;
      g_assert_cmpuint (here, ==, n);
    }
  g_assert_cmpuint (expected, >, 8);
  g_assert_cmpuint (n_cells, ==, expected);
  g_assert_cmpuint (physio_week_plan_get_n_rows (layout), ==, rows);

  physio_week_plan_draw (cr, layout, &style);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  for (guint c = 0; c < n_cells; c++)
    {
      PhysioPrescription *prescription =
        physio_programme_get_prescription (programme, cells[c].prescription);
      PhysioExercise *exercise = physio_prescription_get_exercise (prescription);
      const PhysioRgba *colour =
        physio_render_style_category_color (&style, physio_exercise_get_category (exercise));
      PhysioRgba tint = physio_render_style_tint (&style, colour, 0.22);
      PhysioRgba corner = test_pixel (surface, cells[c].x + 2, cells[c].y + cells[c].h - 2);

      g_assert_nonnull (cells[c].dose);
      g_assert_cmpstr (cells[c].dose, !=, "");
      g_assert_cmpfloat (test_colour_distance (&corner, &tint), <, 0.02);
      g_assert_cmpfloat (test_colour_distance (&corner, &style.background), >, 0.03);
    }

  /* A day without a session stays bare: the walk is on days 0, 2 and 4 this week. */
  {
    const PhysioWeekPlanCell *walk[3];
    guint n_walk = 0;
    double pitch;
    PhysioRgba bare;

    for (guint c = 0; c < n_cells && n_walk < 3; c++)
      if (cells[c].prescription == 0)
        walk[n_walk++] = &cells[c];
    g_assert_cmpuint (n_walk, ==, 3);
    g_assert_cmpuint (walk[1]->day, ==, walk[0]->day + 2);
    pitch = (walk[1]->x - walk[0]->x) / 2;
    bare = test_pixel (surface, walk[0]->x + pitch + 2, walk[0]->y + walk[0]->h - 2);
    g_assert_cmpfloat (test_colour_distance (&bare, &style.background), <, 0.02);
  }

  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

/* Today's column is marked when today falls in the week, and nowhere otherwise; done and partly
 * show in the tick box. */
static void
test_plan_today_and_marks (void)
{
  g_autoptr(PhysioProgramme) programme = render_samples_programme (3);
  PhysioRenderStyle style;
  GDate today = render_samples_date (3 * 7 + 2);   /* week 4, third day */
  g_autoptr(PhysioWeekPlanLayout) layout = NULL;
  g_autoptr(PhysioWeekPlanLayout) other = NULL;
  const PhysioWeekPlanCell *cells;
  guint n_cells, n_today = 0;
  PhysioWeekPlanMark marks[] = {
    { 0, 0, PHYSIO_WEEK_PLAN_DONE }, { 0, 1, PHYSIO_WEEK_PLAN_PARTLY },
    { 0, 5, PHYSIO_WEEK_PLAN_DONE },   /* a rest day: ignored */
  };
  double box_dark[3] = { 0 };

  physio_render_style_init_print (&style);
  layout = physio_week_plan_layout (programme, 4, &today, W, H, &style);
  physio_week_plan_set_marks (layout, marks, G_N_ELEMENTS (marks));
  cells = physio_week_plan_get_cells (layout, &n_cells);
  for (guint c = 0; c < n_cells; c++)
    {
      g_assert_cmpint (cells[c].today, ==, cells[c].day == 2);
      n_today += cells[c].today;
      if (cells[c].prescription == 0 && cells[c].day < 3)
        {
          static const PhysioWeekPlanState expected[] = {
            PHYSIO_WEEK_PLAN_DONE, PHYSIO_WEEK_PLAN_PARTLY, PHYSIO_WEEK_PLAN_UNKNOWN,
          };

          g_assert_cmpint (cells[c].state, ==, expected[cells[c].day]);
        }
      if (cells[c].day == 5)
        g_assert_cmpint (cells[c].state, ==, PHYSIO_WEEK_PLAN_UNKNOWN);
    }
  g_assert_cmpuint (n_today, >, 0);

  /* Ink in the right part of the cell, where the tick box is: the box alone when nothing is
   * known, more with a tick, most with a filled half. */
  {
    cairo_surface_t *surface = test_image_new (W, H);
    cairo_t *cr = cairo_create (surface);
    /* Without today: its outline would add ink of its own to one of the cells. */
    g_autoptr(PhysioWeekPlanLayout) plain = physio_week_plan_layout (programme, 4, NULL, W, H,
                                                                     &style);

    physio_week_plan_set_marks (plain, marks, G_N_ELEMENTS (marks));
    cells = physio_week_plan_get_cells (plain, &n_cells);
    physio_week_plan_draw (cr, plain, &style);
    for (guint c = 0; c < n_cells; c++)
      if (cells[c].prescription == 0 && cells[c].day < 3)
        box_dark[cells[c].day] = test_ink (surface, cells[c].x + cells[c].w * 0.7, cells[c].y,
                                           cells[c].w * 0.3, cells[c].h, &style.background);
    g_test_message ("ink: done %.1f, partly %.1f, unknown %.1f", box_dark[0], box_dark[1],
                    box_dark[2]);
    g_assert_cmpfloat (box_dark[2], >, 5);
    g_assert_cmpfloat (box_dark[0], >, box_dark[2] + 8);
    g_assert_cmpfloat (box_dark[1], >, box_dark[0]);
    cairo_destroy (cr);
    cairo_surface_destroy (surface);
  }

  other = physio_week_plan_layout (programme, 5, &today, W, H, &style);
  cells = physio_week_plan_get_cells (other, &n_cells);
  for (guint c = 0; c < n_cells; c++)
    g_assert_false (cells[c].today);
}

/* The table: one cell per active week of each prescription; a cell is "changed" exactly when
 * its dose differs from the week before, and the change is drawn (a corner flag in ink). */
static void
test_table_changes (void)
{
  g_autoptr(PhysioProgramme) programme = render_samples_programme (10);
  g_autoptr(PhysioWeekTableLayout) layout = NULL;
  const PhysioWeekTableCell *cells;
  cairo_surface_t *surface = test_image_new (900, 420);
  cairo_t *cr = cairo_create (surface);
  PhysioRenderStyle style;
  guint n_cells, expected = 0, n_changed = 0, n_same = 0;

  physio_prescription_set_weeks (physio_programme_get_prescription (programme, 2), 3, 12);
  physio_render_style_init_print (&style);
  layout = physio_week_table_layout (programme, 4, 900, 420, &style);
  cells = physio_week_table_get_cells (layout, &n_cells);

  for (guint i = 0; i < physio_programme_get_n_prescriptions (programme); i++)
    for (guint week = 1; week <= 12; week++)
      expected += physio_prescription_is_active_in_week (
                    physio_programme_get_prescription (programme, i), week);
  g_assert_cmpuint (n_cells, ==, expected);

  physio_week_table_draw (cr, layout, &style);
  for (guint c = 0; c < n_cells; c++)
    {
      PhysioPrescription *prescription =
        physio_programme_get_prescription (programme, cells[c].prescription);
      gboolean changed = FALSE;
      PhysioRgba flag = test_pixel (surface, cells[c].x + 1, cells[c].y + 1);

      if (cells[c].week > physio_prescription_get_week_from (prescription))
        changed = !physio_dose_equal (physio_prescription_get_dose_for_week (prescription,
                                                                             cells[c].week - 1),
                                      physio_prescription_get_dose_for_week (prescription,
                                                                             cells[c].week));
      g_assert_cmpint (cells[c].changed, ==, changed);
      g_assert_cmpint (cells[c].current, ==, cells[c].week == 4);
      if (changed)
        {
          n_changed++;
          g_assert_cmpfloat (physio_rgba_luminance (&flag), <, 0.1);
        }
      else if (!cells[c].current)
        {
          n_same++;
          g_assert_cmpfloat (physio_rgba_luminance (&flag), >, 0.5);
        }
    }
  g_assert_cmpuint (n_changed, >, 0);
  g_assert_cmpuint (n_same, >, 0);

  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

/* Both drawings go into a PDF, and an empty week says so instead of drawing an empty grid. */
static void
test_pdf_and_empty (void)
{
  g_autoptr(PhysioProgramme) programme = render_samples_programme (6);
  g_autoptr(PhysioProgramme) none = physio_programme_new ();
  PhysioRenderStyle style;
  gsize bytes = 0;
  cairo_surface_t *surface;
  cairo_t *cr;

  physio_render_style_init_print (&style);
  surface = cairo_pdf_surface_create_for_stream (test_count_bytes, &bytes, 595, 842);
  cr = cairo_create (surface);
  {
    g_autoptr(PhysioWeekPlanLayout) plan = physio_week_plan_layout (programme, 2, NULL, 560, 300,
                                                                    &style);
    g_autoptr(PhysioWeekTableLayout) table = physio_week_table_layout (programme, 2, 560, 300,
                                                                       &style);

    physio_week_plan_draw (cr, plan, &style);
    cairo_translate (cr, 0, 320);
    physio_week_table_draw (cr, table, &style);
  }
  cairo_show_page (cr);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);
  g_assert_cmpuint (bytes, >, 5000);

  {
    g_autoptr(PhysioWeekPlanLayout) plan = NULL;
    guint n_cells;

    physio_programme_set_weeks (none, 6);
    plan = physio_week_plan_layout (none, 1, NULL, W, H, &style);
    physio_week_plan_get_cells (plan, &n_cells);
    g_assert_cmpuint (n_cells, ==, 0);
    surface = test_image_new (W, H);
    cr = cairo_create (surface);
    physio_week_plan_draw (cr, plan, &style);
    g_assert_cmpuint (test_count_dark (surface, W * 0.1, H * 0.4, W * 0.8, H * 0.3, 0.6), >, 100);
    cairo_destroy (cr);
    cairo_surface_destroy (surface);
  }
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/render/week-plan/cells", test_plan_cells);
  g_test_add_func ("/render/week-plan/today-and-marks", test_plan_today_and_marks);
  g_test_add_func ("/render/week-table/changes", test_table_changes);
  g_test_add_func ("/render/week-plan/pdf-and-empty", test_pdf_and_empty);

  return g_test_run ();
}
