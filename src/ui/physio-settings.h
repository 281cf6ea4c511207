/* physio-settings.h: the application's GSettings, and the units they choose
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* The application's settings, or NULL when the installed schema has no @key: run from the
 * build tree, or with a schema older than this build, where asking for a missing key would
 * abort. The code's defaults hold then. */
GSettings *physio_settings_new_with_key (const char *key);

/* Sets the units of physio-units.h from "weight-unit" and "distance-unit" and keeps them in
 * step with every later change; returns the settings to keep alive for that (NULL when
 * there are none: kilograms and metres). */
GSettings *physio_settings_follow_units (void);

G_END_DECLS
