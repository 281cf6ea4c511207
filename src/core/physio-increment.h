/* physio-increment.h: how a dose grows and shrinks, by dosage kind (brief 4.4, 4.3)
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "physio-dose.h"
#include "physio-rule-params.h"

G_BEGIN_DECLS

typedef struct
{
  const PhysioDoseLimits *limits;
  const char * const     *pattern_ladder;  /* hold/reps patterns in ladder order, or NULL */
  const double           *load_steps;      /* available weights, ascending, or NULL */
  guint                   n_load_steps;
  guint                   distance_unit_m;
  gboolean                load_condition;  /* top of range twice with RPE ≤ max (brief 4.2) */
  guint                   days_cap;        /* days/week ceiling for aerobic bouts (5, 7 walking) */
} PhysioIncrementContext;

/* One step up for the kind, in the order of brief 4.4. Returns FALSE (and leaves @next equal
 * to @dose) when every variable is at its cap, so the caller can propose a SWAP. Sets
 * *intensity_suggested when only intensity is left to raise (never raised automatically). */
gboolean physio_dose_increment (const PhysioRuleParams       *params,
                                PhysioDosageKind              kind,
                                const PhysioDose             *dose,
                                const PhysioIncrementContext *context,
                                PhysioDose                   *next,
                                gboolean                     *intensity_suggested);
/* The primary variable cut by regress_fraction, rounded to its unit, never below its minimum.
 * Returns FALSE when it is already at the minimum. */
gboolean physio_dose_reduce    (const PhysioRuleParams       *params,
                                PhysioDosageKind              kind,
                                const PhysioDose             *dose,
                                const PhysioIncrementContext *context,
                                PhysioDose                   *next);
/* The field that carries the kind's progress: reps, hold, duration, distance or steps. */
PhysioDoseField physio_dose_primary_field (PhysioDosageKind kind);
/* Weekly volume of a dose in the unit of its primary variable (reps × sets × days ×
 * sessions, seconds…), for the 30% jump warning of brief 2.4. */
double   physio_dose_weekly_volume (PhysioDosageKind  kind,
                                    const PhysioDose *dose);

G_END_DECLS
