/* physio-figure-view.h: an exercise figure on screen, in the theme's colours
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <gtk/gtk.h>

#include "physio-database.h"
#include "physio-pose.h"

G_BEGIN_DECLS

#define PHYSIO_TYPE_FIGURE_VIEW (physio_figure_view_get_type ())

G_DECLARE_FINAL_TYPE (PhysioFigureView, physio_figure_view, PHYSIO, FIGURE_VIEW, GtkWidget)

GtkWidget *physio_figure_view_new             (void);
/* Shows the built-in figure of exercise @exercise_id; hides itself when it has none. */
void       physio_figure_view_set_exercise_id (PhysioFigureView *self,
                                               const char       *exercise_id);
/* Shows the figure @exercise_id has everywhere (physio_exercise_figure_lookup ()): the
 * clinician's own poses or image in @database, else the built-in one; hides itself when there
 * is none. Follows @database's "exercises-changed" for that exercise. */
void       physio_figure_view_show_exercise   (PhysioFigureView   *self,
                                               PhysioDatabase     *database,
                                               const char         *exercise_id);
/* Shows @figure (copied) or @image (referenced), for an editor's live preview; NULL hides. */
void       physio_figure_view_set_figure      (PhysioFigureView   *self,
                                               const PhysioFigure *figure);
void       physio_figure_view_set_image       (PhysioFigureView   *self,
                                               cairo_surface_t    *image);
/* What is on screen, for tests: TRUE when something is, with the figure or image drawn. */
gboolean   physio_figure_view_get_showing     (PhysioFigureView    *self,
                                               const PhysioFigure **figure,
                                               cairo_surface_t    **image);
/* The built-in figures, read once for the whole app (an empty table if they cannot be read). */
GHashTable *physio_figure_view_builtin_figures (void);

G_END_DECLS
