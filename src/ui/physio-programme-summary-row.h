/* physio-programme-summary-row.h: one programme in a patient's record
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "physio-programme-summary.h"

G_BEGIN_DECLS

#define PHYSIO_TYPE_PROGRAMME_SUMMARY_ROW (physio_programme_summary_row_get_type ())

G_DECLARE_FINAL_TYPE (PhysioProgrammeSummaryRow, physio_programme_summary_row, PHYSIO,
                      PROGRAMME_SUMMARY_ROW, AdwActionRow)

/* The title and "Week 3 of 6 · Active" follow @summary through bindings, so a summary
 * updated in place updates the row. Its copy button activates "programmes.duplicate" with
 * the programme's id. */
GtkWidget              *physio_programme_summary_row_new         (PhysioProgrammeSummary *summary);
PhysioProgrammeSummary *physio_programme_summary_row_get_summary (PhysioProgrammeSummaryRow
                                                                  *self);

G_END_DECLS
