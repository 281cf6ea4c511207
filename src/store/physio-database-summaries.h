/* physio-database-summaries.h: light programme summaries for lists, one query each
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "physio-database.h"
#include "physio-programme-summary.h"

G_BEGIN_DECLS

/* The patient's programmes as PhysioProgrammeSummary items, newest first (the order of
 * physio_database_list_programmes ()), read by one query that parses no exercise snapshot.
 * Deleted programmes are gone from it. Returns a GListStore. */
GListModel             *physio_database_list_programme_summaries (PhysioDatabase  *self,
                                                                  gint64           patient_id,
                                                                  GError         **error);
/* One programme's summary; NOT_FOUND once it has been deleted. */
PhysioProgrammeSummary *physio_database_get_programme_summary    (PhysioDatabase  *self,
                                                                  gint64           programme_id,
                                                                  GError         **error);

G_END_DECLS
