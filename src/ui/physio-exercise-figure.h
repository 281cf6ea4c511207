/* physio-exercise-figure.h: the one figure an exercise shows everywhere: the clinician's own
 * poses or image when it has one, else the built-in figure
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>

#include "physio-database.h"
#include "physio-pose.h"

G_BEGIN_DECLS

/* Looks up the figure of @exercise_id. Returns TRUE with exactly one of *@figure (a copy,
 * g_free it) or *@image (a recording surface of the attached image's own size, for
 * physio_image_draw_fitted; cairo_surface_destroy it) set; FALSE with both NULL when the
 * exercise has no figure at all. An attached image that cannot be decoded (damaged since it
 * was stored) is passed over with a warning for the built-in figure, if any. @database may be
 * NULL: only the built-in figures are looked at. For the handout, the library and the
 * programme builder alike. */
gboolean physio_exercise_figure_lookup (PhysioDatabase   *database,
                                        const char       *exercise_id,
                                        PhysioFigure    **figure,
                                        cairo_surface_t **image);

G_END_DECLS
