/* physio-review-page.h: the weekly review of one programme, a page of the programme window
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "physio-database-patients.h"
#include "physio-undo-stack.h"

G_BEGIN_DECLS

#define PHYSIO_TYPE_REVIEW_PAGE (physio_review_page_get_type ())

G_DECLARE_FINAL_TYPE (PhysioReviewPage, physio_review_page, PHYSIO, REVIEW_PAGE, GtkWidget)

/* One row per active prescription with the engine's proposal for the review week (by
 * default the last complete week before today). Accept, Edit and Reject go through
 * @undo_stack, and each decision is written to the audit log; the page follows @programme's
 * "changed" signal, so undo and the builder's edits show here too. */
PhysioReviewPage *physio_review_page_new              (PhysioDatabase   *database,
                                                       PhysioUndoStack  *undo_stack,
                                                       PhysioPatient    *patient,
                                                       PhysioProgramme  *programme);
/* Reviews the window starting on @start (a day of the programme's calendar). */
void              physio_review_page_set_window_start (PhysioReviewPage *self,
                                                       const GDate      *start);
/* Loads the proposals and recorded decisions again. */
void              physio_review_page_refresh          (PhysioReviewPage *self);

/* The first day of the week under review (invalid before the programme has a start date). */
const GDate      *physio_review_page_get_window_start (PhysioReviewPage *self);

/* signal "decision-applied": a decision (or Resume) changed the programme and was saved. */

G_END_DECLS
