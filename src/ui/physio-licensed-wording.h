/* physio-licensed-wording.h: the clinic's licensed wording of the ODI, the RMDQ and STarT
 * Back as text, one item per line
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "physio-database.h"

G_BEGIN_DECLS

/* The wording the clinic pasted for @instrument (a code of physio_instrument_to_code ():
 * "ODI_2_1a", "RMDQ_24", "SBST_9"), one item per line in the form's order, an ODI section's heading
 * before its six statements when the clinic gave headings. NULL when none is stored, for an
 * instrument whose wording is built in, or when the database cannot be read. Free with
 * g_free (). */
char     *physio_licensed_wording_get (PhysioDatabase  *database,
                                       const char      *instrument);

/* Splits @text into items (physio_outcome_wording_parse ()) and stores them all, or nothing:
 * the error says how many lines were expected. Empty text removes the wording. */
gboolean  physio_licensed_wording_set (PhysioDatabase  *database,
                                       const char      *instrument,
                                       const char      *text,
                                       GError         **error);

G_END_DECLS
