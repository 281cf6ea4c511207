/* physio-review-text.h: the sentences and numbers of the weekly review
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "physio-progression.h"

G_BEGIN_DECLS

/* A day with a strftime @format, without the padding %e leaves. */
char *physio_review_format_day      (const GDate            *date,
                                     const char             *format);
/* "16–22 March", "28 March – 3 April", with the year only when it is not this one. */
char *physio_review_format_range    (const GDate            *first,
                                     const GDate            *last);
/* "Morning pain steady (+0.4)"; @delta is G_MAXDOUBLE when not known. */
char *physio_review_describe_trend  (const PhysioRuleParams *params,
                                     double                  delta);
/* "Adherence 4/5 · 1 session too much · mornings +0.4" */
char *physio_review_describe_seen   (const PhysioProposal   *proposal,
                                     double                  done,
                                     double                  prescribed);

G_END_DECLS
