/* physio-render-private.h: what the drawing files of src/render share and nothing else uses
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <pango/pangocairo.h>

#include "physio-chart-data.h"
#include "physio-render-style.h"

G_BEGIN_DECLS

/* One drawing in progress. physio_painter_begin () saves @cr and scales it so that one unit is
 * one point; everything in between works in points; _end () restores. Text goes through one
 * Pango context at 72 dpi, so a font size in points is that many units. */
typedef struct
{
  cairo_t                 *cr;
  const PhysioRenderStyle *style;
  PangoContext            *context;
  PangoLayout             *layout;
  PangoFontDescription    *font;
  double                   scale;     /* user units per point */
  double                   width;     /* the drawing's size in points */
  double                   height;
} PhysioPainter;

typedef enum
{
  PHYSIO_TEXT_BODY,
  PHYSIO_TEXT_SMALL,
  PHYSIO_TEXT_SMALL_BOLD,
  PHYSIO_TEXT_BOLD,
  PHYSIO_TEXT_TITLE,
} PhysioTextKind;

void   physio_painter_begin       (PhysioPainter           *p,
                                   cairo_t                 *cr,
                                   double                   width,
                                   double                   height,
                                   const PhysioRenderStyle *style);
void   physio_painter_end         (PhysioPainter           *p);
void   physio_painter_color       (PhysioPainter           *p,
                                   const PhysioRgba        *colour);
void   physio_painter_line_width  (PhysioPainter           *p,
                                   double                   factor);
/* Lays out @text (at most @max_width points wide when > 0, wrapped on words, or ellipsized
 * when @ellipsize) and returns its size in points. */
void   physio_painter_measure     (PhysioPainter           *p,
                                   const char              *text,
                                   PhysioTextKind           kind,
                                   double                   max_width,
                                   double                  *width,
                                   double                  *height);
/* Draws @text anchored at (@x, @y): @xalign/@yalign 0 = left/top, 0.5 = centre, 1 = right/
 * bottom of the text. Returns the height drawn. */
double physio_painter_text        (PhysioPainter           *p,
                                   const char              *text,
                                   PhysioTextKind           kind,
                                   double                   x,
                                   double                   y,
                                   double                   xalign,
                                   double                   yalign,
                                   double                   max_width);
/* Draws @text inside the box (@x, @y, @w, @h), wrapped to @w and cut with "…" after
 * @max_lines lines, aligned by @xalign/@yalign as above. */
void   physio_painter_text_box    (PhysioPainter           *p,
                                   const char              *text,
                                   PhysioTextKind           kind,
                                   double                   x,
                                   double                   y,
                                   double                   w,
                                   double                   h,
                                   double                   xalign,
                                   double                   yalign,
                                   int                      max_lines);
void   physio_painter_clear       (PhysioPainter           *p);
/* Appends a spot at (@x, @y) points, converting to the caller's units; takes @text. */
void   physio_painter_spot        (PhysioPainter           *p,
                                   GArray                  *spots,
                                   double                   x,
                                   double                   y,
                                   const GDate             *date,
                                   double                   value,
                                   char                    *text);

/* Shapes, each a closed path the caller fills or strokes. */
typedef enum
{
  PHYSIO_SHAPE_CIRCLE,
  PHYSIO_SHAPE_TRIANGLE_UP,
  PHYSIO_SHAPE_TRIANGLE_DOWN,
  PHYSIO_SHAPE_DIAMOND,
  PHYSIO_SHAPE_SQUARE,
} PhysioShape;

void   physio_painter_shape       (PhysioPainter           *p,
                                   PhysioShape              shape,
                                   double                   x,
                                   double                   y,
                                   double                   radius);
void   physio_painter_cross       (PhysioPainter           *p,
                                   double                   x,
                                   double                   y,
                                   double                   radius);
/* Fills the rectangle with parallel lines at 45° (@cross: and at −45°), @gap points apart. */
void   physio_painter_hatch       (PhysioPainter           *p,
                                   double                   x,
                                   double                   y,
                                   double                   w,
                                   double                   h,
                                   double                   gap,
                                   gboolean                 cross);
void   physio_painter_tick_mark   (PhysioPainter           *p,
                                   double                   x,
                                   double                   y,
                                   double                   size);
void   physio_painter_dash        (PhysioPainter           *p,
                                   double                   on,
                                   double                   off);

/* The rectangle a chart plots into, and its value ranges. */
typedef struct
{
  double x, y, w, h;
  double x_min, x_max;   /* julian days or weeks */
  double y_min, y_max;
} PhysioPlot;

double physio_plot_x              (const PhysioPlot        *plot,
                                   double                   value);
double physio_plot_y              (const PhysioPlot        *plot,
                                   double                   value);

/* Common furniture. The title line returns the y where the content below it starts. */
double physio_chart_title         (PhysioPainter           *p,
                                   const char              *title,
                                   const char              *subtitle);
/* The value axis: grid lines and labels every @step, and above the plot its title followed by
 * the direction of better, @direction: physio_chart_direction () or a chart's own words. */
void   physio_chart_value_axis    (PhysioPainter           *p,
                                   const PhysioPlot        *plot,
                                   double                   step,
                                   const char              *unit_suffix,
                                   const char              *title,
                                   const char              *direction);
/* "↓ lower is better" or "↑ higher is better". */
const char *physio_chart_direction (gboolean               lower_is_better);
/* Date ticks below the plot (weeks, months or quarters, whatever fits). */
void   physio_chart_date_axis     (PhysioPainter           *p,
                                   const PhysioPlot        *plot);
/* "Wk 1" … below the plot, centred on each week. */
void   physio_chart_week_axis     (PhysioPainter           *p,
                                   const PhysioPlot        *plot);
void   physio_chart_frame         (PhysioPainter           *p,
                                   const PhysioPlot        *plot);
/* The empty state: the title and a calm sentence on what will appear here, centred. */
void   physio_chart_empty         (PhysioPainter           *p,
                                   const char              *title,
                                   const char              *message);
/* A row of legend entries at (@x, @y), wrapping within @width; returns its height. Each entry
 * draws its own symbol through @draw_symbol (index, x centre, y centre) and then its label;
 * with @draw_symbol NULL nothing is drawn and only the height is returned. */
typedef void (*PhysioLegendSymbol) (PhysioPainter *p, guint index, double x, double y,
                                    gpointer user_data);
double physio_chart_legend        (PhysioPainter           *p,
                                   double                   x,
                                   double                   y,
                                   double                   width,
                                   const char * const      *labels,
                                   guint                    n_labels,
                                   PhysioLegendSymbol       draw_symbol,
                                   gpointer                 user_data);
/* Draws a decision marker (▲ ● ▼) or a phase line; shared by the pain and dose charts. */
void   physio_chart_decision_symbol (PhysioPainter         *p,
                                     PhysioChartMarkKind    kind,
                                     double                 x,
                                     double                 y,
                                     double                 radius);
const char *physio_chart_mark_name (PhysioChartMarkKind     kind);

/* "Mon 2 Mar 2026" (@weekday, @year select the parts); "2 Mar" for short axis labels. */
char  *physio_render_format_date  (const GDate             *date,
                                   gboolean                 weekday,
                                   gboolean                 year);
/* The locale's short month name ("Mar"). */
const char *physio_render_month_name (const GDate          *date);
/* A number with up to @decimals decimals and no trailing zeros; a real minus sign. */
char  *physio_render_format_number (double                  value,
                                    int                     decimals);

/* Text sizes in points, from the style's body size. */
double physio_painter_pad         (PhysioPainter           *p);

G_END_DECLS
