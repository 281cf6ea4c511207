/* physio-dose-text.h: a dose in a few words for a patient's table cell
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "physio-dose.h"

G_BEGIN_DECLS

/* The ladder's cell notation with its clinician's shorthand spelled out, short enough for a
 * cell of a week plan or of a card's week-by-week table: "2 × 10", "5 × 10 s", "10 min, 3 times
 * a day", "2 × 12 each side (light band)". @with_load FALSE leaves out the load in brackets
 * (the week plan names it elsewhere). */
char *physio_dose_text_short (const PhysioDose *dose,
                              PhysioDosageKind  kind,
                              PhysioLaterality  laterality,
                              gboolean          with_load);

G_END_DECLS
