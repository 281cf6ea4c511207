/* physio-review-audit.h: the audit rows a review decision's undo and redo append
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "physio-database-patients.h"

G_BEGIN_DECLS

/* What an undo-stack step needs to log its own undo and redo, even after the review page is
 * gone (the stack outlives it while the window closes). */
typedef struct _PhysioReviewAudit PhysioReviewAudit;

/* An empty GArray of PhysioDoseChange that clears its elements. */
GArray            *physio_review_audit_changes_new (void);
/* Keeps @changes (as written when the decision was taken) and @database. */
PhysioReviewAudit *physio_review_audit_new         (PhysioDatabase *database,
                                                    GArray         *changes);
void               physio_review_audit_free        (gpointer        data);
/* Undo-stack callbacks (data: the PhysioReviewAudit): append one row per change saying it
 * was undone (the dose going back, so the newest row holds the dose in force) or redone. */
void               physio_review_audit_undone      (gpointer        programme,
                                                    gpointer        user_data);
void               physio_review_audit_redone      (gpointer        programme,
                                                    gpointer        user_data);

G_END_DECLS
