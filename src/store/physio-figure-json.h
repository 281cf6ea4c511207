/* physio-figure-json.h: the exercise figures' pose data (data/figures.json)
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "physio-pose.h"

G_BEGIN_DECLS

/* Reads a figures file (format: data/FIGURES-FORMAT.md): exercise id → PhysioFigure (freed
 * with g_free). Every figure is checked with physio_figure_validate; a bad one fails the
 * whole file with PHYSIO_DATABASE_ERROR_LIBRARY naming the exercise and field, e.g.
 * "Figure “COR-09”, field “poses[1].near.knee”: must be a number." */
GHashTable *physio_figure_json_read      (GBytes   *bytes,
                                          GError  **error);
/* One figure as physio_figure_json_write () writes it (a clinician's own, from the database),
 * checked as the file's are; freed with g_free. */
PhysioFigure *physio_figure_json_read_one (const char  *json,
                                           GError     **error);
/* The built-in figures, bundled with the app. */
GHashTable *physio_figure_json_read_builtin (GError **error);
/* One figure as JSON text of the same format, for a clinician's own exercise. */
char       *physio_figure_json_write     (const PhysioFigure *figure);

G_END_DECLS
