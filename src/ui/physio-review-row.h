/* physio-review-row.h: one prescription in the weekly review, with the engine's proposal
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "physio-review.h"

G_BEGIN_DECLS

#define PHYSIO_TYPE_REVIEW_ROW (physio_review_row_get_type ())

G_DECLARE_FINAL_TYPE (PhysioReviewRow, physio_review_row, PHYSIO, REVIEW_ROW, GtkListBoxRow)

PhysioReviewRow      *physio_review_row_new              (PhysioPrescription *prescription);
PhysioPrescription   *physio_review_row_get_prescription (PhysioReviewRow    *self);
/* Replaces the prescription shown (after an undo the programme holds new objects). */
void                  physio_review_row_set_prescription (PhysioReviewRow    *self,
                                                          PhysioPrescription *prescription);

/* Shows the engine's proposal, open for a decision. @variant is the exercise a SWAP moves to,
 * or the harder variant a READY suggests (NULL when there is none); @seen is what the engine
 * saw, in words. An open inline editor stays open while the proposal is the same. */
void                  physio_review_row_show_proposal    (PhysioReviewRow      *self,
                                                          const PhysioProposal *proposal,
                                                          PhysioExercise       *variant,
                                                          const char           *seen);
/* Shows the decision recorded for this week (accepted, edited or rejected). */
void                  physio_review_row_show_decision    (PhysioReviewRow        *self,
                                                          const PhysioDoseChange *change,
                                                          PhysioExercise         *variant,
                                                          const char             *seen);
/* The open proposal, or NULL once a decision is recorded. */
const PhysioProposal *physio_review_row_get_proposal     (PhysioReviewRow    *self);
PhysioExercise       *physio_review_row_get_variant      (PhysioReviewRow    *self);
/* Makes the actions insensitive, saying why in their tooltip; NULL enables them again. */
void                  physio_review_row_set_locked       (PhysioReviewRow    *self,
                                                          const char         *reason);

/* signal "accept" (PhysioDose *dose): @dose is the edited dose, NULL to accept as proposed.
 * signal "reject" */

G_END_DECLS
