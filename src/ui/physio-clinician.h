/* physio-clinician.h: the name of the clinician using Physioplan
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The name set in Preferences (GSettings 'clinician-name'); when it is empty, or the schema
 * is not installed (tests, the build tree), the account's real name, then its login name.
 * Never NULL nor empty; free it with g_free (). */
char *physio_clinician_name (void);

G_END_DECLS
