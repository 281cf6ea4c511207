/* physio-review-header.h: the top of the weekly review: the week, its summary, the pause
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define PHYSIO_TYPE_REVIEW_HEADER (physio_review_header_get_type ())

G_DECLARE_FINAL_TYPE (PhysioReviewHeader, physio_review_header, PHYSIO, REVIEW_HEADER, GtkWidget)

/* Shows three properties through bindings: "title" ("Week 3 · 16–22 March"), "summary"
 * (hidden when empty) and "paused-message" (the banner, shown while it is not NULL). Its
 * buttons activate "review.previous-week", "review.next-week" and "review.resume". */
void physio_review_header_set_title          (PhysioReviewHeader *self,
                                              const char         *title);
void physio_review_header_set_summary        (PhysioReviewHeader *self,
                                              const char         *summary);
void physio_review_header_set_paused_message (PhysioReviewHeader *self,
                                              const char         *message);

G_END_DECLS
