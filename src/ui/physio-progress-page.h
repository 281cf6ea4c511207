/* physio-progress-page.h: the programme window's Progress page, the charts of brief 6.8
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "physio-chart-view.h"
#include "physio-database.h"
#include "physio-progress-data.h"

G_BEGIN_DECLS

#define PHYSIO_TYPE_PROGRESS_PAGE (physio_progress_page_get_type ())
G_DECLARE_FINAL_TYPE (PhysioProgressPage, physio_progress_page, PHYSIO, PROGRESS_PAGE, GtkBox)

/* The summary card, pain over time, adherence and activity per week, disability, PSFS and
 * each exercise's dose, read for a clinician at a glance; the measures due with a button to
 * score them; a short explanation instead of empty axes while nothing is recorded. It reads
 * the store again when the patient's diary or measures or the programme's logs change, at
 * once when shown, else the next time it is. */
PhysioProgressPage       *physio_progress_page_new       (PhysioDatabase     *database,
                                                          PhysioProgramme    *programme);

/* For tests: what the charts draw now (reloaded first when something changed), and a chart by
 * name ("summary", "pain", "adherence", "activity", "disability", "psfs", "dose-N"), or NULL
 * when it is not shown. */
const PhysioProgressData *physio_progress_page_get_data  (PhysioProgressPage *self);
PhysioChartView          *physio_progress_page_get_chart (PhysioProgressPage *self,
                                                          const char         *name);
/* Opens the outcome measure dialog on @instrument (a PhysioInstrument), with the NPRS
 * @recall (a PhysioRecall) chosen unless it is PHYSIO_RECALL_NONE. */
void                      physio_progress_page_score     (PhysioProgressPage *self,
                                                          int                 instrument,
                                                          int                 recall);

G_END_DECLS
