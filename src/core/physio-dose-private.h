/* physio-dose-private.h: what the dose files of the core share and nothing else uses
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Reads a whole number between @min and @max written in digits only, allowing spaces around
 * it ("6 - 4 - 2" is how some people type a pattern). */
gboolean _physio_parse_whole_number (const char *text,
                                     guint       min,
                                     guint       max,
                                     guint      *value);

G_END_DECLS
