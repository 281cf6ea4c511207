/* physio-i18n.h: translations in the interface language, or in a handout's own language
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <string.h>
#include <glib.h>
/* A UI file may have included <glib/gi18n.h> already; the macros below replace either. */
#ifndef __G_I18N_H__
#include <glib/gi18n-lib.h>
#endif

#include "physio-exercise.h"

G_BEGIN_DECLS

/* Where the compiled catalogues are: $PHYSIO_LOCALEDIR when set (the tests point it at the
 * build tree), else the installed LOCALEDIR. */
const char *physio_i18n_localedir              (void);

/* Sets the language the calling thread translates core and render texts into ("de", "es";
 * "en" is the English source; NULL or "" go back to the interface language) and returns the
 * one it replaces, for putting back. Other threads, and GTK, are not affected: the texts come
 * from our own reader of the compiled catalogue, not from gettext's process-wide state. */
const char *physio_i18n_set_thread_language    (const char  *code);
const char *physio_i18n_get_thread_language    (void);

/* What _(), C_() and ngettext() become in src/core and src/render. */
const char *physio_gettext                     (const char  *msgid) G_GNUC_FORMAT (1);
const char *physio_pgettext                    (const char  *msgctxt_id,
                                                gsize        msgid_offset) G_GNUC_FORMAT (1);
const char *physio_ngettext                    (const char  *msgid,
                                                const char  *msgid_plural,
                                                gulong       n) G_GNUC_FORMAT (2);

/* Explicit lookups in one language's catalogue: @msgid itself (or the plural by English rules)
 * when the language is English or has no catalogue. */
const char *physio_i18n_translate              (const char  *code,
                                                const char  *msgid) G_GNUC_FORMAT (2);
const char *physio_i18n_translate_plural       (const char  *code,
                                                const char  *msgid,
                                                const char  *msgid_plural,
                                                gulong       n) G_GNUC_FORMAT (3);

/* physio_library_text () is declared in physio-exercise.h. */

/* @value with @decimals digits after the separator of the current language: the locale's
 * (LC_NUMERIC) in the interface, the handout language's own when a thread language is set. */
char       *physio_i18n_format_decimal         (double       value,
                                                int          decimals);

/* A date in @format's directives %e %d %m %Y %y %A %a %B %b %% (others are kept as written),
 * the names taken from our catalogue, so a handout names the months of its own language
 * whatever the process's LC_TIME. */
char       *physio_i18n_format_date            (const char  *format,
                                                const GDate *date);

/* A month's name, or its abbreviation ("Jan", "ene"), in the current language. */
const char *physio_i18n_month_name             (GDateMonth   month,
                                                gboolean     abbreviated);

/* Only for tests: evaluates a catalogue's Plural-Forms expression ("n != 1") for @n; -1 when
 * the expression cannot be read. */
int         physio_i18n_eval_plural            (const char  *expression,
                                                gulong       n);

G_END_DECLS

/* The glib preset's markers keep their names (xgettext extracts them as before) but go
 * through the thread's language. */
#undef _
#define _(String) physio_gettext (String)
#undef C_
#define C_(Context, String) physio_pgettext (Context "\004" String, strlen (Context) + 1)
#ifndef NC_
#define NC_(Context, String) (String)
#endif
#undef ngettext
#define ngettext(Msgid, Plural, N) physio_ngettext (Msgid, Plural, N)
#undef g_dgettext
#define g_dgettext(Domain, Msgid) physio_gettext (Msgid)
#undef g_dngettext
#define g_dngettext(Domain, Msgid, Plural, N) physio_ngettext (Msgid, Plural, N)
