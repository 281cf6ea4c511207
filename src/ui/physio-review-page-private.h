/* physio-review-page-private.h: what the review page's files share
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "physio-database-review.h"
#include "physio-review-header.h"
#include "physio-review-page.h"
#include "physio-review-row.h"

G_BEGIN_DECLS

struct _PhysioReviewPage
{
  GtkWidget           parent_instance;

  /* Template widgets */
  AdwToastOverlay    *toast_overlay;
  GtkStack           *page_stack;
  AdwStatusPage      *not_started_page;
  PhysioReviewHeader *header;
  GtkStack           *content_stack;
  GtkListBox         *list_box;

  /* Owned references */
  PhysioDatabase     *database;
  PhysioUndoStack    *undo_stack;
  PhysioPatient      *patient;
  PhysioProgramme    *programme;
  GHashTable         *rows;          /* prescription id → PhysioReviewRow, in the list now */

  GDate               window_start;
  gboolean            window_chosen; /* by the clinician or the caller, not the default */
  gboolean            dirty;         /* changed while not on screen: reload when mapped */
  guint               refresh_idle;
};

/* physio-review-page.c */
void     _physio_review_page_show_error          (PhysioReviewPage *self,
                                                  const char       *what,
                                                  const GError     *error);
void     _physio_review_page_effective_date      (PhysioReviewPage *self,
                                                  GDate            *date);
guint    _physio_review_page_window_week         (PhysioReviewPage *self);
void     _physio_review_page_week_start          (PhysioReviewPage *self,
                                                  guint             week,
                                                  GDate            *date);
guint    _physio_review_page_last_reviewable_week (PhysioReviewPage *self);

/* physio-review-page-rows.c: the list of proposals. */
void     _physio_review_page_clear_list          (PhysioReviewPage *self);
/* Fills the list from the week's proposals and the engine's figures. */
void     _physio_review_page_fill_rows           (PhysioReviewPage       *self,
                                                  const PhysioReviewWeek *week);
/* Accept All is open while a Progress or Hold proposal is, and the programme is not paused. */
void     _physio_review_page_update_accept_all   (PhysioReviewPage *self);
gboolean _physio_review_row_is_open_with         (PhysioReviewRow  *row,
                                                  PhysioDecision    decision);

/* physio-review-page-actions.c: decisions (through the undo stack, then the audit log) and
 * the page's actions. */
void     _physio_review_page_on_row_accept       (PhysioReviewPage *self,
                                                  const PhysioDose *dose,
                                                  PhysioReviewRow  *row);
void     _physio_review_page_on_row_reject       (PhysioReviewPage *self,
                                                  PhysioReviewRow  *row);
void     _physio_review_page_class_actions_init  (GtkWidgetClass   *widget_class);

G_END_DECLS
