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

/* What a legal dose is, agreed by the engine and the validator (physio_dose_validate).
 *
 * Brief 2.4 rejects doses outside the exercise's dose_limits; brief 4.4's double progression
 * takes reps up to max + 3 when the next available weight would be more than +10% heavier. The
 * two meet here: a dose carrying a kg load may have up to PHYSIO_DOUBLE_PROGRESSION_EXTRA_REPS
 * reps above the exercise's maximum (never above the absolute 50), because those reps are how
 * the patient earns the next weight; the weight step then resets reps to the minimum. Every
 * other dose keeps the plain maximum, so a bodyweight or band exercise never goes over it. */
#define PHYSIO_DOUBLE_PROGRESSION_EXTRA_REPS 3

/* The most reps @dose may have within @limits (may be NULL): see above. */
guint    physio_dose_reps_ceiling (const PhysioDoseLimits *limits,
                                   const PhysioDose       *dose);

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
