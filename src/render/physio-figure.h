/* physio-figure.h: drawing an exercise figure from its pose data
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>

#include "physio-pose.h"

G_BEGIN_DECLS

/* Colours as red, green, blue in 0..1. The print style is dark grey on white with one accent
 * for arrows, and reads in greyscale; the screen fills it from the theme. */
typedef struct
{
  double body[3];        /* the near side, trunk and head */
  double far_body[3];    /* the far side, behind */
  double outline[3];     /* the thin line between overlapping parts: the background */
  double accent[3];      /* movement arrows */
  double prop[3];        /* lines of furniture and equipment */
  double prop_fill[3];   /* mats, seats, water */
  double ghost_alpha;    /* the start pose under the end pose */
} PhysioFigureStyle;

void physio_figure_style_init_print (PhysioFigureStyle       *style);

/* Draws @figure into the box (0, 0, @width, @height) of @cr's user space, keeping its aspect
 * and centring it. Units are whatever @cr's are (points on paper); nothing outside the box is
 * touched. */
void physio_figure_draw             (cairo_t                 *cr,
                                     const PhysioFigure      *figure,
                                     double                   width,
                                     double                   height,
                                     const PhysioFigureStyle *style);

G_END_DECLS
