/* physio-figure-view.h: an exercise figure on screen, in the theme's colours
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "physio-pose.h"

G_BEGIN_DECLS

#define PHYSIO_TYPE_FIGURE_VIEW (physio_figure_view_get_type ())

G_DECLARE_FINAL_TYPE (PhysioFigureView, physio_figure_view, PHYSIO, FIGURE_VIEW, GtkWidget)

GtkWidget *physio_figure_view_new             (void);
/* Shows the built-in figure of exercise @exercise_id; hides itself when it has none. */
void       physio_figure_view_set_exercise_id (PhysioFigureView *self,
                                               const char       *exercise_id);
/* The built-in figures, read once for the whole app (an empty table if they cannot be read). */
GHashTable *physio_figure_view_builtin_figures (void);

G_END_DECLS
