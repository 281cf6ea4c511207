/* physio-programme-summary.h: what a list of programmes shows of each one, without its
 * prescriptions
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "physio-programme.h"

G_BEGIN_DECLS

#define PHYSIO_TYPE_PROGRAMME_SUMMARY (physio_programme_summary_get_type ())

G_DECLARE_FINAL_TYPE (PhysioProgrammeSummary, physio_programme_summary, PHYSIO,
                      PROGRAMME_SUMMARY, GObject)

/* Properties (all readable, notified only on change): "id", "patient-id", "title",
 * "status" (PhysioProgrammeStatus), "start-date" (GDate, NULL when not set), "weeks",
 * "n-prescriptions" (those not removed). A patient page lists these instead of loading
 * every programme with its exercise snapshots. */
PhysioProgrammeSummary *physio_programme_summary_new           (gint64                 id);
/* The summary of a loaded programme, for callers that have one already. */
PhysioProgrammeSummary *physio_programme_summary_new_from_programme (PhysioProgramme *programme);

gint64                  physio_programme_summary_get_id        (PhysioProgrammeSummary *self);
gint64                  physio_programme_summary_get_patient_id (PhysioProgrammeSummary *self);
void                    physio_programme_summary_set_patient_id (PhysioProgrammeSummary *self,
                                                                 gint64                  id);
const char             *physio_programme_summary_get_title     (PhysioProgrammeSummary *self);
void                    physio_programme_summary_set_title     (PhysioProgrammeSummary *self,
                                                                const char             *title);
PhysioProgrammeStatus   physio_programme_summary_get_status    (PhysioProgrammeSummary *self);
void                    physio_programme_summary_set_status    (PhysioProgrammeSummary *self,
                                                                PhysioProgrammeStatus   status);
/* Invalid (g_date_valid () FALSE) when the programme has no start date. */
const GDate            *physio_programme_summary_get_start_date (PhysioProgrammeSummary *self);
void                    physio_programme_summary_set_start_date (PhysioProgrammeSummary *self,
                                                                 const GDate            *date);
guint                   physio_programme_summary_get_weeks     (PhysioProgrammeSummary *self);
void                    physio_programme_summary_set_weeks     (PhysioProgrammeSummary *self,
                                                                guint                   weeks);
guint                   physio_programme_summary_get_n_prescriptions (PhysioProgrammeSummary *self);
void                    physio_programme_summary_set_n_prescriptions (PhysioProgrammeSummary *self,
                                                                      guint                   n);

/* The programme's week holding @date, as physio_programme_week_of () counts it: 0 before
 * the start or without a start date. */
guint                   physio_programme_summary_week_of       (PhysioProgrammeSummary *self,
                                                                const GDate            *date);
/* Copies @from's fields (not the id) into @self, notifying only what changed, so a row
 * bound to @self updates in place. */
void                    physio_programme_summary_update        (PhysioProgrammeSummary *self,
                                                                PhysioProgrammeSummary *from);

G_END_DECLS
