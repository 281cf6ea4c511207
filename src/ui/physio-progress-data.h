/* physio-progress-data.h: a programme's follow-up read once and turned into chart data
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "physio-chart-data.h"
#include "physio-database.h"
#include "physio-programme.h"

G_BEGIN_DECLS

/* Everything the Progress page draws (brief 6.8), converted from what core computed over the
 * store's diary, session logs, audit logs and outcome forms. The charts only read it. The
 * struct is reference counted, so the chart views' painters can hold it while a fresh one is
 * loaded. Arrays not needed by the caller are kept private in the .c. */
typedef struct
{
  PhysioPainChartData        pain;
  PhysioDisabilityChartData  disability;
  PhysioPsfsChartData        psfs;
  PhysioWeeklyChartData      adherence;
  PhysioWeeklyChartData      activity;
  PhysioSummaryData          summary;
  const PhysioDoseChartData *doses;      /* one per active prescription, programme order */
  guint                      n_doses;
  GArray                    *due;        /* PhysioOutcomeDue: measures due today */
  guint                      week;       /* the programme week of today (clamped), 0 before */
  double                     last_adherence; /* the latest week's done / prescribed, or -1 */
} PhysioProgressData;

/* Reads @programme's follow-up as of @today. NULL with @error when the store failed. */
PhysioProgressData *physio_progress_data_load  (PhysioDatabase           *database,
                                                PhysioProgramme          *programme,
                                                const GDate              *today,
                                                GError                  **error);
PhysioProgressData *physio_progress_data_ref   (PhysioProgressData       *data);
void                physio_progress_data_unref (PhysioProgressData       *data);
/* Nothing recorded yet: no diary day, no session and no outcome form. */
gboolean            physio_progress_data_is_empty (const PhysioProgressData *data);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PhysioProgressData, physio_progress_data_unref)

G_END_DECLS
