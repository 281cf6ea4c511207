/* physio-database-review.h: everything one week's review shows, read once
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "physio-database.h"
#include "physio-review.h"

G_BEGIN_DECLS

typedef struct
{
  GArray    *items;      /* PhysioReviewItem: the engine's proposals, programme order */
  GArray    *figures;    /* PhysioReviewFigures, one per item (borrowing from changes) */
  GPtrArray *logs;       /* GArray of PhysioSessionLog in the window, one per item */
  GPtrArray *changes;    /* GArray of PhysioDoseChange (the audit log), one per item */
  GArray    *diary;      /* PhysioDiaryEntry from the programme's start (or the week before
                          * the window, if earlier) on */
  guint      n_logs;     /* sessions logged in the window, all prescriptions */
  double     done;       /* sessions done and asked for, all prescriptions */
  double     prescribed;
  double     morning_delta; /* the week's morning-pain trend, G_MAXDOUBLE when unknown */
} PhysioReviewWeek;

void              physio_review_week_free     (PhysioReviewWeek *week);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PhysioReviewWeek, physio_review_week_free)

/* The review of the window starting @window_start: the diary, each prescription's session
 * logs and audit log read once, the engine's proposals from them (the clinic's equipment
 * steps, as physio_database_review_programme ()), and its figures for each prescription. */
PhysioReviewWeek *physio_database_review_week (PhysioDatabase  *self,
                                               PhysioProgramme *programme,
                                               const GDate     *window_start,
                                               GError         **error);

G_END_DECLS
