/* physio-check-row.h: one programme check (or field message) as a row: icon and sentence
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "physio-programme-check.h"

G_BEGIN_DECLS

#define PHYSIO_TYPE_CHECK_ROW (physio_check_row_get_type ())

G_DECLARE_FINAL_TYPE (PhysioCheckRow, physio_check_row, PHYSIO, CHECK_ROW, AdwActionRow)

/* The icon and its colour follow "severity" (PhysioCheckSeverity: information, warning,
 * error) and the title follows "message", as plain text. A check about one prescription
 * ("position" >= 0) shows an arrow and is activatable, so the page can open it; the row
 * carries the style class "check-error" or "check-warning". */
GtkWidget           *physio_check_row_new          (const PhysioCheck *check);
void                 physio_check_row_set_message  (PhysioCheckRow    *self,
                                                    const char        *message);
const char          *physio_check_row_get_message  (PhysioCheckRow    *self);
void                 physio_check_row_set_severity (PhysioCheckRow    *self,
                                                    PhysioCheckSeverity severity);
PhysioCheckSeverity  physio_check_row_get_severity (PhysioCheckRow    *self);
/* The prescription the check is about, -1 for the whole programme. */
int                  physio_check_row_get_position (PhysioCheckRow    *self);

G_END_DECLS
