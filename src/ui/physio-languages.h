/* physio-languages.h: the languages a handout can be written in
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The codes of the languages a handout can be written in: "en" first (the texts are written
 * in English), then every language whose translation is installed under LOCALEDIR, sorted. */
GStrv        physio_languages_installed   (void);

/* Whether @code is English or has an installed translation. Codes holding a path separator
 * or ".." are refused. */
gboolean     physio_language_is_installed (const char *code);

/* The language's name for itself ("Deutsch", "Español"), so a clinician finds the patient's
 * language whatever the interface language; the code itself for a language we do not know. */
const char  *physio_language_native_name  (const char *code);

/* The handout language chosen in Preferences (GSettings "handout-language"), when it is
 * installed; NULL for the interface language ('' in the settings, a translation no longer
 * installed, or no schema when run from the build tree). */
char        *physio_languages_handout_setting (void);

G_END_DECLS
