/* physio-screenshot.h: renders a window to PNG, for documentation and design review
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "physio-window.h"

G_BEGIN_DECLS

/* Renders @widget as it is on screen now into a PNG file at @path. */
gboolean physio_screenshot_save           (GtkWidget    *widget,
                                           const char   *path,
                                           GError      **error);

/* A hook for developers, off unless PHYSIO_SCREENSHOT=/path/to.png is set: once the window
 * has drawn its first frames with the list filled, it is saved to that file and closed.
 * PHYSIO_SCREENSHOT_SIZE=WIDTHxHEIGHT sets the window size first, and
 * PHYSIO_SCREENSHOT_EXERCISE=ID selects and shows an exercise. Returns whether it is on. */
gboolean physio_screenshot_setup_from_env (PhysioWindow *window);

G_END_DECLS
