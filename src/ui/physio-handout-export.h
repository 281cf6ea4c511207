/* physio-handout-export.h: a programme's handout from the database, for PDF, print and preview
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "physio-database.h"
#include "physio-handout.h"

G_BEGIN_DECLS

/* The handout of programme @programme_id as it would be issued today: the patient, the
 * clinician (Preferences), the built-in figures. A programme that does not exist is
 * G_IO_ERROR_NOT_FOUND with a message naming the id. */
PhysioHandout *physio_handout_for_programme     (PhysioDatabase  *database,
                                                 gint64           programme_id,
                                                 PhysioPaper      paper,
                                                 gboolean         large_print,
                                                 GError         **error);

/* Whether a handout can be written in @language: English, or a language with an installed
 * translation. */
gboolean       physio_handout_language_available (const char     *language);

/* The command-line export (`--export-pdf=FILE --programme=ID [--paper=a4|letter]
 * [--large-print] [--lang=CODE]`): -1 when @options ask for no export, else the exit status,
 * having printed what went wrong to stderr. @database may be NULL: the usual database is
 * opened then. Nothing is written when anything is wrong. */
int            physio_handout_export_from_options (PhysioDatabase *database,
                                                   GVariantDict   *options);

G_END_DECLS
