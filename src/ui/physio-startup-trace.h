/* physio-startup-trace.h: where the start-up time goes, printed on request
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void physio_startup_trace_mark         (const char *what);
void physio_startup_trace_watch_window (GtkWindow  *window);

G_END_DECLS
