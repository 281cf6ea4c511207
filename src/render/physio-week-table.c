/* physio-week-table.c: the programme's weeks as a compact table, changes highlighted
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "physio-i18n.h"

#include "physio-ladder.h"
#include "physio-render-private.h"
#include "physio-week-plan.h"

typedef struct
{
  char       *name;
  const char *category;
} Row;

struct _PhysioWeekTableLayout
{
  GArray *rows;          /* Row */
  GArray *cells;         /* PhysioWeekTableCell, user units */
  guint   n_weeks;
  guint   current_week;
  char   *title;
  double  width, height; /* points */
  double  units_per_pt;
  double  pad, top, header_h, name_w, col_w, row_h, grid_x, grid_y;
};

static void
row_clear (gpointer data)
{
  g_free (((Row *) data)->name);
}

static void
cell_clear (gpointer data)
{
  g_free (((PhysioWeekTableCell *) data)->text);
}

static gboolean
same_load (const PhysioDose *a,
           const PhysioDose *b)
{
  return a->load_kind == b->load_kind && a->load_kg == b->load_kg
         && a->band_level == b->band_level && g_strcmp0 (a->load_text, b->load_text) == 0;
}

/* The cell of one week: the ladder notation the builder's table uses, the load only where it
 * is new (else "2–4 kg per hand" would fill every cell of a row), and the days per week
 * underneath when they change (template C's walking goes 3, 4, 5 days). */
static char *
cell_text (PhysioPrescription *prescription,
           const PhysioDose   *dose,
           const PhysioDose   *before)
{
  PhysioDosageKind kind = physio_prescription_get_dosage_kind (prescription);
  PhysioLaterality side = physio_prescription_get_laterality (prescription);
  g_autofree char *cell = NULL;

  if (before != NULL && same_load (before, dose))
    {
      PhysioDose bare = *dose;

      /* A shallow copy whose load fields are blanked: nothing here is freed. */
      bare.load_kind = PHYSIO_LOAD_NONE;
      bare.load_text = NULL;
      cell = physio_dose_format_cell (&bare, kind, side);
    }
  else
    cell = physio_dose_format_cell (dose, kind, side);

  if (before != NULL && before->days_per_week != dose->days_per_week && dose->days_per_week > 0)
    /* TRANSLATORS: days per week under a dose in the programme table */
    return g_strdup_printf (_("%s\n%u d/wk"), cell, dose->days_per_week);
  return g_steal_pointer (&cell);
}

PhysioWeekTableLayout *
physio_week_table_layout (PhysioProgramme         *programme,
                          guint                    current_week,
                          double                   width,
                          double                   height,
                          const PhysioRenderStyle *style)
{
  PhysioWeekTableLayout *layout;
  double font, units, available;

  g_return_val_if_fail (PHYSIO_IS_PROGRAMME (programme), NULL);
  g_return_val_if_fail (style != NULL, NULL);

  layout = g_new0 (PhysioWeekTableLayout, 1);
  layout->rows = g_array_new (FALSE, TRUE, sizeof (Row));
  g_array_set_clear_func (layout->rows, row_clear);
  layout->cells = g_array_new (FALSE, TRUE, sizeof (PhysioWeekTableCell));
  g_array_set_clear_func (layout->cells, cell_clear);
  layout->n_weeks = MAX (physio_programme_get_weeks (programme), 1);
  layout->current_week = current_week;
  layout->units_per_pt = units = style->units_per_pt > 0 ? style->units_per_pt : 1;
  layout->width = width / units;
  layout->height = height / units;
  /* TRANSLATORS: title of the programme table, as in "The programme, 12 weeks" */
  layout->title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "The programme, %u week",
                                                "The programme, %u weeks", layout->n_weeks),
                                   layout->n_weeks);

  font = style->font_size_pt;
  layout->pad = font * 0.6;
  layout->top = layout->pad + font * 1.2 * 1.35 + font * 0.85 * 1.3 + layout->pad;
  layout->header_h = font * 1.8;
  layout->name_w = CLAMP (layout->width * 0.2, font * 8, font * 18);
  layout->grid_x = layout->pad + layout->name_w;
  layout->grid_y = layout->top + layout->header_h;
  layout->col_w = (layout->width - layout->grid_x - layout->pad) / layout->n_weeks;

  for (guint i = 0; i < physio_programme_get_n_prescriptions (programme); i++)
    {
      PhysioPrescription *prescription = physio_programme_get_prescription (programme, i);
      PhysioExercise *exercise = physio_prescription_get_exercise (prescription);
      Row row = { 0 };

      if (physio_prescription_get_removed (prescription))
        continue;
      row.name = g_strdup (physio_library_text (physio_exercise_get_name (exercise)));
      row.category = physio_exercise_get_category (exercise);
      g_array_append_val (layout->rows, row);
    }

  available = layout->height - layout->grid_y - font * 2.2 - layout->pad;
  layout->row_h = layout->rows->len > 0 ? available / layout->rows->len : 0;
  layout->row_h = CLAMP (layout->row_h, font * 2.2, font * 3.6);

  for (guint i = 0, r = 0; i < physio_programme_get_n_prescriptions (programme); i++)
    {
      PhysioPrescription *prescription = physio_programme_get_prescription (programme, i);
      const PhysioDose *before = NULL;

      if (physio_prescription_get_removed (prescription))
        continue;

      for (guint week = 1; week <= layout->n_weeks; week++)
        {
          PhysioWeekTableCell cell = { 0 };
          const PhysioDose *dose;

          if (!physio_prescription_is_active_in_week (prescription, week))
            {
              before = NULL;
              continue;
            }
          dose = physio_prescription_get_dose_for_week (prescription, week);
          cell.prescription = i;
          cell.week = week;
          cell.x = (layout->grid_x + (week - 1) * layout->col_w + 1) * units;
          cell.y = (layout->grid_y + r * layout->row_h + 1) * units;
          cell.w = (layout->col_w - 2) * units;
          cell.h = (layout->row_h - 2) * units;
          cell.text = cell_text (prescription, dose, before);
          cell.changed = before != NULL && !physio_dose_equal (before, dose);
          cell.current = week == current_week;
          g_array_append_val (layout->cells, cell);
          before = dose;
        }
      r++;
    }

  return layout;
}

const PhysioWeekTableCell *
physio_week_table_get_cells (PhysioWeekTableLayout *layout,
                             guint                 *n_cells)
{
  g_return_val_if_fail (layout != NULL, NULL);

  if (n_cells != NULL)
    *n_cells = layout->cells->len;
  return (const PhysioWeekTableCell *) (gpointer) layout->cells->data;
}

void
physio_week_table_layout_free (PhysioWeekTableLayout *layout)
{
  if (layout == NULL)
    return;
  g_array_unref (layout->rows);
  g_array_unref (layout->cells);
  g_free (layout->title);
  g_free (layout);
}

static void
corner_flag (PhysioPainter *p,
             double         x,
             double         y,
             double         size)
{
  cairo_move_to (p->cr, x, y);
  cairo_line_to (p->cr, x + size, y);
  cairo_line_to (p->cr, x, y + size);
  cairo_close_path (p->cr);
}

static void
legend_symbol (PhysioPainter *p,
               guint          index,
               double         x,
               double         y,
               gpointer       user_data)
{
  double size = p->style->font_size_pt;

  physio_painter_color (p, &p->style->highlight);
  cairo_rectangle (p->cr, x - size * 0.6, y - size * 0.5, size * 1.2, size);
  cairo_fill (p->cr);
  physio_painter_color (p, &p->style->foreground);
  corner_flag (p, x - size * 0.6, y - size * 0.5, size * 0.5);
  cairo_fill (p->cr);
}

void
physio_week_table_draw (cairo_t                 *cr,
                        PhysioWeekTableLayout   *layout,
                        const PhysioRenderStyle *style)
{
  PhysioPainter painter, *p = &painter;
  const PhysioWeekTableCell *cells;
  double font, grid_h, units;
  const char *legend[1];

  g_return_if_fail (cr != NULL && layout != NULL && style != NULL);

  units = layout->units_per_pt;
  physio_painter_begin (p, cr, layout->width * units, layout->height * units, style);
  physio_painter_clear (p);
  font = style->font_size_pt;
  physio_chart_title (p, layout->title, _("Planned dose per week; marked cells change it."));

  if (layout->rows->len == 0)
    {
      physio_painter_color (p, &style->muted);
      physio_painter_text (p, _("This programme has no exercises yet."), PHYSIO_TEXT_BODY,
                           p->width / 2, (layout->top + p->height) / 2, 0.5, 0.5, 0);
      physio_painter_end (p);
      return;
    }

  grid_h = layout->rows->len * layout->row_h;

  for (guint week = 1; week <= layout->n_weeks; week++)
    {
      double x = layout->grid_x + (week - 1) * layout->col_w;
      gboolean current = week == layout->current_week;
      g_autofree char *label = NULL;

      if (current)
        {
          PhysioRgba tint = physio_render_style_tint (style, &style->accent, 0.12);

          physio_painter_color (p, &tint);
          cairo_rectangle (cr, x, layout->top, layout->col_w, layout->header_h + grid_h);
          cairo_fill (cr);
        }
      /* TRANSLATORS: a programme week in the table header, as in "Wk 3" */
      label = g_strdup_printf (_("Wk %u"), week);
      physio_painter_color (p, current ? &style->foreground : &style->muted);
      physio_painter_text (p, label, current ? PHYSIO_TEXT_BOLD : PHYSIO_TEXT_SMALL,
                           x + layout->col_w / 2, layout->top + layout->header_h / 2, 0.5, 0.5,
                           0);
    }

  physio_painter_line_width (p, 0.5);
  for (guint r = 0; r <= layout->rows->len; r++)
    {
      double y = layout->grid_y + r * layout->row_h;

      physio_painter_color (p, &style->grid);
      cairo_move_to (cr, layout->pad, y);
      cairo_line_to (cr, p->width - layout->pad, y);
      cairo_stroke (cr);
      if (r == layout->rows->len)
        break;

      {
        Row *row = &g_array_index (layout->rows, Row, r);

        physio_painter_color (p, physio_render_style_category_color (style, row->category));
        cairo_rectangle (cr, layout->pad, y + 2, 4, layout->row_h - 4);
        cairo_fill (cr);
        physio_painter_color (p, &style->foreground);
        physio_painter_text_box (p, row->name, PHYSIO_TEXT_BODY, layout->pad + 7, y,
                                 layout->name_w - 10, layout->row_h, 0, 0.5, 2);
      }
    }
  for (guint week = 1; week < layout->n_weeks; week++)
    {
      double x = layout->grid_x + week * layout->col_w;

      physio_painter_color (p, &style->grid);
      cairo_move_to (cr, x, layout->grid_y);
      cairo_line_to (cr, x, layout->grid_y + grid_h);
      cairo_stroke (cr);
    }

  cells = physio_week_table_get_cells (layout, NULL);
  for (guint c = 0; c < layout->cells->len; c++)
    {
      const PhysioWeekTableCell *cell = &cells[c];
      double x = cell->x / units, y = cell->y / units, w = cell->w / units, h = cell->h / units;

      if (cell->changed)
        {
          physio_painter_color (p, &style->highlight);
          cairo_rectangle (cr, x, y, w, h);
          cairo_fill (cr);
          physio_painter_color (p, &style->foreground);
          corner_flag (p, x, y, MIN (font * 0.7, w / 3));
          cairo_fill (cr);
        }
      physio_painter_color (p, cell->changed ? &style->foreground : &style->muted);
      physio_painter_text_box (p, cell->text, cell->changed ? PHYSIO_TEXT_SMALL_BOLD
                                                              : PHYSIO_TEXT_SMALL,
                               x + 1, y, w - 2, h, 0.5, 0.5, 2);
    }

  if (layout->current_week >= 1 && layout->current_week <= layout->n_weeks)
    {
      double x = layout->grid_x + (layout->current_week - 1) * layout->col_w;

      physio_painter_color (p, &style->accent);
      physio_painter_line_width (p, 2);
      cairo_rectangle (cr, x + 1, layout->top + 1, layout->col_w - 2,
                       layout->header_h + grid_h - 2);
      cairo_stroke (cr);
    }

  legend[0] = _("the dose changes this week");
  physio_chart_legend (p, layout->pad, layout->grid_y + grid_h + font * 0.7,
                       p->width - 2 * layout->pad, legend, 1, legend_symbol, NULL);
  physio_painter_end (p);
}
