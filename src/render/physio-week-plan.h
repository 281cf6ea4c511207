/* physio-week-plan.h: this week's plan (exercise × day) and the programme's weeks as a table
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>

#include "physio-programme.h"
#include "physio-render-style.h"

G_BEGIN_DECLS

/* What the patient did on a scheduled day, as the diary says. */
typedef enum
{
  PHYSIO_WEEK_PLAN_UNKNOWN,     /* nothing entered (yet): an empty tick box */
  PHYSIO_WEEK_PLAN_NOT_DONE,
  PHYSIO_WEEK_PLAN_PARTLY,
  PHYSIO_WEEK_PLAN_DONE,
} PhysioWeekPlanState;

/* One diary entry: @prescription is the position in the programme's prescription model, @day
 * the column 0–6 counted from the week's first day (weeks run from the start date's weekday). */
typedef struct
{
  guint               prescription;
  guint               day;
  PhysioWeekPlanState state;
} PhysioWeekPlanMark;

/* One scheduled day of one prescription. The rectangle is in the caller's user units. */
typedef struct
{
  guint               prescription;
  guint               day;
  double              x, y, w, h;
  char               *dose;         /* "2 × 10", "10 min" */
  PhysioWeekPlanState state;
  gboolean            today;
} PhysioWeekPlanCell;

typedef struct _PhysioWeekPlanLayout PhysioWeekPlanLayout;

/* Lays out calendar week @week of @programme in @width × @height user units: one row per
 * prescription active that week, one column per day, one cell per scheduled day (the days of
 * physio_prescription_get_days_in_week ()). @today (may be NULL) marks its column when it
 * falls in the week. */
PhysioWeekPlanLayout     *physio_week_plan_layout      (PhysioProgramme         *programme,
                                                        guint                    week,
                                                        const GDate             *today,
                                                        double                   width,
                                                        double                   height,
                                                        const PhysioRenderStyle *style);
/* Applies diary entries; marks for days that are not scheduled are ignored. */
void                      physio_week_plan_set_marks   (PhysioWeekPlanLayout     *layout,
                                                        const PhysioWeekPlanMark *marks,
                                                        guint                     n_marks);
const PhysioWeekPlanCell *physio_week_plan_get_cells   (PhysioWeekPlanLayout     *layout,
                                                        guint                    *n_cells);
guint                     physio_week_plan_get_n_rows  (PhysioWeekPlanLayout     *layout);
/* Draws the plan: header with dates and today, category-coloured cells with the day's dose
 * and a tick box (ticked when done, half-filled when partly), a category legend. An empty
 * week draws a message instead. */
void                      physio_week_plan_draw        (cairo_t                  *cr,
                                                        PhysioWeekPlanLayout     *layout,
                                                        const PhysioRenderStyle  *style);
void                      physio_week_plan_layout_free (PhysioWeekPlanLayout     *layout);

/* One week of one prescription in the programme table. */
typedef struct
{
  guint    prescription;
  guint    week;
  double   x, y, w, h;
  char    *text;       /* the ladder cell notation: "2×10", "10′" */
  gboolean changed;    /* the dose differs from the week before */
  gboolean current;
} PhysioWeekTableCell;

typedef struct _PhysioWeekTableLayout PhysioWeekTableLayout;

/* All weeks of @programme, exercises × weeks, each cell that week's planned dose; cells where
 * the dose changes are marked by a bold text, a corner flag and a tint (never colour alone).
 * @current_week (0 for none) is outlined. */
PhysioWeekTableLayout     *physio_week_table_layout      (PhysioProgramme         *programme,
                                                          guint                    current_week,
                                                          double                   width,
                                                          double                   height,
                                                          const PhysioRenderStyle *style);
const PhysioWeekTableCell *physio_week_table_get_cells   (PhysioWeekTableLayout   *layout,
                                                          guint                   *n_cells);
void                       physio_week_table_draw        (cairo_t                 *cr,
                                                          PhysioWeekTableLayout   *layout,
                                                          const PhysioRenderStyle *style);
void                       physio_week_table_layout_free (PhysioWeekTableLayout   *layout);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PhysioWeekPlanLayout, physio_week_plan_layout_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PhysioWeekTableLayout, physio_week_table_layout_free)

G_END_DECLS
