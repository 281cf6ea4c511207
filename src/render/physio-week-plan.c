/* physio-week-plan.c: this week's plan, exercise × day (issue 7, brief 7.1)
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "physio-i18n.h"
#include <string.h>

#include "physio-render-private.h"
#include "physio-vocabulary.h"
#include "physio-dose-text.h"
#include "physio-week-plan.h"

typedef struct
{
  guint       prescription;
  char       *name;
  char       *detail;      /* "Core stability · each side" */
  const char *category;    /* a vocabulary code: static */
} Row;

struct _PhysioWeekPlanLayout
{
  GArray  *rows;           /* Row */
  GArray  *cells;          /* PhysioWeekPlanCell, rectangles in user units */
  GDate    days[7];        /* invalid when the programme has no start date */
  int      today;          /* column, or -1 */
  guint    week;
  guint    n_weeks;
  double   width, height;  /* points */
  double   units_per_pt;
  /* Geometry in points */
  double   pad, top, header_h, name_w, col_w, row_h, grid_x, grid_y;
};

static void
row_clear (gpointer data)
{
  Row *row = data;

  g_free (row->name);
  g_free (row->detail);
}

static void
cell_clear (gpointer data)
{
  PhysioWeekPlanCell *cell = data;

  g_free (cell->dose);
}

/* The day's dose as a patient reads it, short enough for a cell: "2 × 10", "5 × 10 s",
 * "10 min". The side goes in the row's heading, and days per week is what the row's cells
 * show. */
static char *
day_dose (PhysioPrescription *prescription,
          guint               week)
{
  return physio_dose_text_short (physio_prescription_get_dose_for_week (prescription, week),
                                 physio_prescription_get_dosage_kind (prescription),
                                 PHYSIO_LATERALITY_BILATERAL, FALSE);
}

static const char *
side_label (PhysioLaterality side)
{
  switch (side)
    {
    case PHYSIO_LATERALITY_EACH_SIDE:
      return _("each side");
    case PHYSIO_LATERALITY_ALTERNATING:
      return _("alternating sides");
    case PHYSIO_LATERALITY_BILATERAL:
    default:
      return NULL;
    }
}

PhysioWeekPlanLayout *
physio_week_plan_layout (PhysioProgramme         *programme,
                         guint                    week,
                         const GDate             *today,
                         double                   width,
                         double                   height,
                         const PhysioRenderStyle *style)
{
  PhysioWeekPlanLayout *layout;
  const GDate *start;
  double font, units, available;

  g_return_val_if_fail (PHYSIO_IS_PROGRAMME (programme), NULL);
  g_return_val_if_fail (style != NULL, NULL);
  g_return_val_if_fail (week >= 1, NULL);

  layout = g_new0 (PhysioWeekPlanLayout, 1);
  layout->rows = g_array_new (FALSE, TRUE, sizeof (Row));
  g_array_set_clear_func (layout->rows, row_clear);
  layout->cells = g_array_new (FALSE, TRUE, sizeof (PhysioWeekPlanCell));
  g_array_set_clear_func (layout->cells, cell_clear);
  layout->week = week;
  layout->n_weeks = physio_programme_get_weeks (programme);
  layout->units_per_pt = units = style->units_per_pt > 0 ? style->units_per_pt : 1;
  layout->width = width / units;
  layout->height = height / units;
  layout->today = -1;

  start = physio_programme_get_start_date (programme);
  for (guint d = 0; d < 7; d++)
    {
      g_date_clear (&layout->days[d], 1);
      if (start != NULL && g_date_valid (start))
        {
          layout->days[d] = *start;
          g_date_add_days (&layout->days[d], (week - 1) * 7 + d);
          if (today != NULL && g_date_valid (today)
              && g_date_compare (today, &layout->days[d]) == 0)
            layout->today = (int) d;
        }
    }

  for (guint i = 0; i < physio_programme_get_n_prescriptions (programme); i++)
    {
      PhysioPrescription *prescription = physio_programme_get_prescription (programme, i);
      PhysioExercise *exercise = physio_prescription_get_exercise (prescription);
      const char *side = side_label (physio_prescription_get_laterality (prescription));
      const char *category = physio_exercise_get_category (exercise);
      Row row = { 0 };

      if (physio_prescription_get_removed (prescription)
          || !physio_prescription_is_active_in_week (prescription, week))
        continue;

      row.prescription = i;
      row.name = g_strdup (physio_library_text (physio_exercise_get_name (exercise)));
      row.category = category;
      if (side != NULL)
        row.detail = g_strdup_printf ("%s · %s", physio_vocab_label (PHYSIO_VOCAB_CATEGORY,
                                                                     category), side);
      else
        row.detail = g_strdup (physio_vocab_label (PHYSIO_VOCAB_CATEGORY, category));
      g_array_append_val (layout->rows, row);
    }

  /* Geometry, in points: heights come from the font size, not from measured text, so a
   * layout can be made (and its cells counted) without a surface. */
  font = style->font_size_pt;
  layout->pad = font * 0.6;
  layout->top = layout->pad + font * 1.2 * 1.35 + font * 0.85 * 1.3 + layout->pad;
  layout->header_h = font * 2.9;
  layout->name_w = CLAMP (layout->width * 0.26, font * 9, font * 22);
  layout->grid_x = layout->pad + layout->name_w;
  layout->grid_y = layout->top + layout->header_h;
  layout->col_w = (layout->width - layout->grid_x - layout->pad) / 7;
  available = layout->height - layout->grid_y - font * 2.4 - layout->pad;
  layout->row_h = layout->rows->len > 0 ? available / layout->rows->len : 0;
  layout->row_h = CLAMP (layout->row_h, font * 3.2, font * 5.5);

  for (guint r = 0; r < layout->rows->len; r++)
    {
      Row *row = &g_array_index (layout->rows, Row, r);
      PhysioPrescription *prescription =
        physio_programme_get_prescription (programme, row->prescription);
      PhysioDays days = physio_prescription_get_days_in_week (prescription, week);
      g_autofree char *dose = day_dose (prescription, week);

      for (guint d = 0; d < 7; d++)
        {
          GDateWeekday weekday;
          PhysioWeekPlanCell cell = { 0 };

          /* Columns follow the programme's own week; without a start date, Monday first. */
          weekday = g_date_valid (&layout->days[d]) ? g_date_get_weekday (&layout->days[d])
                                                    : (GDateWeekday) (d + 1);
          if ((days & (1u << (weekday - 1))) == 0)
            continue;

          cell.prescription = row->prescription;
          cell.day = d;
          cell.x = (layout->grid_x + d * layout->col_w + 1.5) * units;
          cell.y = (layout->grid_y + r * layout->row_h + 1.5) * units;
          cell.w = (layout->col_w - 3) * units;
          cell.h = (layout->row_h - 3) * units;
          cell.dose = g_strdup (dose);
          cell.state = PHYSIO_WEEK_PLAN_UNKNOWN;
          cell.today = (int) d == layout->today;
          g_array_append_val (layout->cells, cell);
        }
    }

  return layout;
}

void
physio_week_plan_set_marks (PhysioWeekPlanLayout     *layout,
                            const PhysioWeekPlanMark *marks,
                            guint                     n_marks)
{
  g_return_if_fail (layout != NULL);
  g_return_if_fail (marks != NULL || n_marks == 0);

  for (guint i = 0; i < n_marks; i++)
    for (guint c = 0; c < layout->cells->len; c++)
      {
        PhysioWeekPlanCell *cell = &g_array_index (layout->cells, PhysioWeekPlanCell, c);

        if (cell->prescription == marks[i].prescription && cell->day == marks[i].day)
          cell->state = marks[i].state;
      }
}

const PhysioWeekPlanCell *
physio_week_plan_get_cells (PhysioWeekPlanLayout *layout,
                            guint                *n_cells)
{
  g_return_val_if_fail (layout != NULL, NULL);

  if (n_cells != NULL)
    *n_cells = layout->cells->len;
  return (const PhysioWeekPlanCell *) (gpointer) layout->cells->data;
}

guint
physio_week_plan_get_n_rows (PhysioWeekPlanLayout *layout)
{
  g_return_val_if_fail (layout != NULL, 0);

  return layout->rows->len;
}

void
physio_week_plan_layout_free (PhysioWeekPlanLayout *layout)
{
  if (layout == NULL)
    return;
  g_array_unref (layout->rows);
  g_array_unref (layout->cells);
  g_free (layout);
}

/* The tick box the paper diary has in every cell: ticked when done, half filled when partly,
 * a dash when not done, empty until the patient says. */
static void
draw_tick_box (PhysioPainter       *p,
               double               x,
               double               y,
               double               size,
               PhysioWeekPlanState  state)
{
  cairo_t *cr = p->cr;

  physio_painter_color (p, &p->style->background);
  cairo_rectangle (cr, x, y, size, size);
  cairo_fill (cr);

  physio_painter_color (p, &p->style->foreground);
  switch (state)
    {
    case PHYSIO_WEEK_PLAN_DONE:
      physio_painter_line_width (p, 1.8);
      physio_painter_tick_mark (p, x + size / 2, y + size / 2, size);
      cairo_stroke (cr);
      break;
    case PHYSIO_WEEK_PLAN_PARTLY:
      cairo_move_to (cr, x, y);
      cairo_line_to (cr, x, y + size);
      cairo_line_to (cr, x + size, y + size);
      cairo_close_path (cr);
      cairo_fill (cr);
      break;
    case PHYSIO_WEEK_PLAN_NOT_DONE:
      physio_painter_line_width (p, 1.2);
      cairo_move_to (cr, x + size * 0.25, y + size / 2);
      cairo_line_to (cr, x + size * 0.75, y + size / 2);
      cairo_stroke (cr);
      break;
    case PHYSIO_WEEK_PLAN_UNKNOWN:
    default:
      break;
    }

  physio_painter_line_width (p, 0.8);
  cairo_rectangle (cr, x, y, size, size);
  cairo_stroke (cr);
}

/* The legend names the categories of this week (a swatch each), then the tick boxes. */
typedef struct
{
  const char          *category[PHYSIO_RENDER_N_CATEGORIES + 3];
  PhysioWeekPlanState  state[PHYSIO_RENDER_N_CATEGORIES + 3];
  const char          *label[PHYSIO_RENDER_N_CATEGORIES + 3];
  guint                n;
} Legend;

static void
legend_symbol (PhysioPainter *p,
               guint          index,
               double         x,
               double         y,
               gpointer       user_data)
{
  Legend *legend = user_data;
  double size = p->style->font_size_pt * 0.9;

  if (legend->category[index] != NULL)
    {
      physio_painter_color (p, physio_render_style_category_color (p->style,
                                                                   legend->category[index]));
      cairo_rectangle (p->cr, x - 3, y - size / 2, 6, size);
      cairo_fill (p->cr);
      return;
    }
  draw_tick_box (p, x - size / 2, y - size / 2, size, legend->state[index]);
}

static void
build_legend (PhysioWeekPlanLayout *layout,
              Legend               *legend)
{
  static const PhysioWeekPlanState states[] = {
    PHYSIO_WEEK_PLAN_DONE, PHYSIO_WEEK_PLAN_PARTLY, PHYSIO_WEEK_PLAN_NOT_DONE,
  };
  const char *state_labels[] = { _("done"), _("partly"), _("not done") };

  memset (legend, 0, sizeof *legend);
  for (guint r = 0; r < layout->rows->len; r++)
    {
      const char *category = g_array_index (layout->rows, Row, r).category;
      gboolean seen = FALSE;

      for (guint i = 0; i < legend->n; i++)
        seen |= g_strcmp0 (legend->category[i], category) == 0;
      if (seen || category == NULL || legend->n >= PHYSIO_RENDER_N_CATEGORIES)
        continue;
      legend->category[legend->n] = category;
      legend->label[legend->n++] = physio_vocab_label (PHYSIO_VOCAB_CATEGORY, category);
    }
  for (guint i = 0; i < G_N_ELEMENTS (states); i++)
    {
      legend->state[legend->n] = states[i];
      legend->label[legend->n++] = state_labels[i];
    }
}

void
physio_week_plan_draw (cairo_t                 *cr,
                       PhysioWeekPlanLayout    *layout,
                       const PhysioRenderStyle *style)
{
  PhysioPainter painter, *p = &painter;
  const PhysioWeekPlanCell *cells;
  g_autofree char *title = NULL;
  g_autofree char *range = NULL;
  double font, grid_h;
  Legend legend;

  g_return_if_fail (cr != NULL && layout != NULL && style != NULL);

  physio_painter_begin (p, cr, layout->width * layout->units_per_pt,
                        layout->height * layout->units_per_pt, style);
  physio_painter_clear (p);
  font = style->font_size_pt;

  /* TRANSLATORS: the week plan's title, as in "Week 4 of 12" */
  title = g_strdup_printf (_("Week %u of %u"), layout->week, layout->n_weeks);
  if (g_date_valid (&layout->days[0]))
    {
      g_autofree char *from = physio_render_format_date (&layout->days[0], TRUE, FALSE);
      g_autofree char *to = physio_render_format_date (&layout->days[6], TRUE, TRUE);

      range = g_strdup_printf ("%s – %s", from, to);
    }
  physio_chart_title (p, title, range);

  if (layout->rows->len == 0)
    {
      physio_painter_color (p, &style->muted);
      physio_painter_text (p, _("No exercises are planned for this week."), PHYSIO_TEXT_BODY,
                           p->width / 2, (layout->top + p->height) / 2, 0.5, 0.5,
                           p->width * 0.8);
      physio_painter_end (p);
      return;
    }

  grid_h = layout->rows->len * layout->row_h;

  /* Today's column: a tinted column, a heavier outline and the word, so it reads in grey. */
  if (layout->today >= 0)
    {
      double x = layout->grid_x + layout->today * layout->col_w;
      PhysioRgba tint = physio_render_style_tint (style, &style->accent, 0.12);

      physio_painter_color (p, &tint);
      cairo_rectangle (cr, x, layout->top, layout->col_w, layout->header_h + grid_h);
      cairo_fill (cr);
    }

  /* Header: weekday and date */
  for (guint d = 0; d < 7; d++)
    {
      double x = layout->grid_x + d * layout->col_w + layout->col_w / 2;
      g_autofree char *weekday = NULL;
      g_autofree char *date = NULL;
      gboolean is_today = (int) d == layout->today;

      if (g_date_valid (&layout->days[d]))
        {
          /* The language's own day names (physio-i18n.h), also in a handout's language. */
          weekday = physio_i18n_format_date ("%a", &layout->days[d]);
          date = physio_render_format_date (&layout->days[d], FALSE, FALSE);
          if (is_today)
            {
              g_autofree char *day = g_steal_pointer (&date);

              /* TRANSLATORS: the week plan's header for today, as in "25 Mar · today" */
              date = g_strdup_printf (_("%s · today"), day);
            }
        }
      else
        {
          GDate monday;

          g_date_clear (&monday, 1);
          g_date_set_dmy (&monday, 5 + d, G_DATE_JANUARY, 2026);   /* a Monday */
          weekday = physio_i18n_format_date ("%a", &monday);
          date = g_strdup ("");
        }
      physio_painter_color (p, &style->foreground);
      physio_painter_text (p, weekday, PHYSIO_TEXT_BOLD, x, layout->top + font * 0.3, 0.5, 0,
                           0);
      physio_painter_color (p, is_today ? &style->foreground : &style->muted);
      physio_painter_text (p, date, is_today ? PHYSIO_TEXT_SMALL_BOLD : PHYSIO_TEXT_SMALL, x,
                           layout->top + font * 1.55, 0.5, 0, 0);
    }

  /* Rows: a category strip, the exercise and its category and side */
  for (guint r = 0; r < layout->rows->len; r++)
    {
      Row *row = &g_array_index (layout->rows, Row, r);
      double y = layout->grid_y + r * layout->row_h;
      double text_x = layout->pad + 7;
      double text_w = layout->name_w - 10;

      physio_painter_color (p, &style->grid);
      physio_painter_line_width (p, 0.5);
      cairo_move_to (cr, layout->pad, y);
      cairo_line_to (cr, p->width - layout->pad, y);
      cairo_stroke (cr);

      physio_painter_color (p, physio_render_style_category_color (style, row->category));
      cairo_rectangle (cr, layout->pad, y + 2, 4, layout->row_h - 4);
      cairo_fill (cr);

      physio_painter_color (p, &style->foreground);
      physio_painter_text_box (p, row->name, PHYSIO_TEXT_BOLD, text_x, y + 3, text_w,
                               layout->row_h * 0.55, 0, 1, 2);
      physio_painter_color (p, &style->muted);
      physio_painter_text_box (p, row->detail, PHYSIO_TEXT_SMALL, text_x,
                               y + layout->row_h * 0.55 + 3, text_w, layout->row_h * 0.45 - 4,
                               0, 0, 1);
    }
  physio_painter_color (p, &style->grid);
  cairo_move_to (cr, layout->pad, layout->grid_y + grid_h);
  cairo_line_to (cr, p->width - layout->pad, layout->grid_y + grid_h);
  cairo_stroke (cr);

  /* Cells: the day's dose on the category's tint, and the tick box */
  cells = physio_week_plan_get_cells (layout, NULL);
  for (guint c = 0; c < layout->cells->len; c++)
    {
      const PhysioWeekPlanCell *cell = &cells[c];
      Row *row = NULL;
      double x = cell->x / layout->units_per_pt, y = cell->y / layout->units_per_pt;
      double w = cell->w / layout->units_per_pt, h = cell->h / layout->units_per_pt;
      double box = MIN (font * 1.1, h * 0.5);
      PhysioRgba tint;

      for (guint r = 0; r < layout->rows->len; r++)
        if (g_array_index (layout->rows, Row, r).prescription == cell->prescription)
          row = &g_array_index (layout->rows, Row, r);
      g_assert (row != NULL);

      tint = physio_render_style_tint (style,
                                       physio_render_style_category_color (style, row->category),
                                       style->dark ? 0.35 : 0.22);
      physio_painter_color (p, &tint);
      cairo_rectangle (cr, x, y, w, h);
      cairo_fill (cr);

      physio_painter_color (p, &style->foreground);
      /* The dose on the left, the tick box on the right, as on the paper diary: long doses
       * ("6 × 10-second holds") get two lines without running into the box. */
      physio_painter_text_box (p, cell->dose, PHYSIO_TEXT_SMALL, x + 3, y + 2, w - box - 10,
                               h - 4, 0.5, 0.5, 2);
      draw_tick_box (p, x + w - box - 4, y + (h - box) / 2, box, cell->state);
    }

  if (layout->today >= 0)
    {
      double x = layout->grid_x + layout->today * layout->col_w;

      physio_painter_color (p, &style->accent);
      physio_painter_line_width (p, 2);
      cairo_rectangle (cr, x + 1, layout->top + 1, layout->col_w - 2,
                       layout->header_h + grid_h - 2);
      cairo_stroke (cr);
    }

  build_legend (layout, &legend);
  physio_chart_legend (p, layout->pad, layout->grid_y + grid_h + font * 0.7,
                       p->width - 2 * layout->pad, legend.label, legend.n, legend_symbol,
                       &legend);

  physio_painter_end (p);
}
