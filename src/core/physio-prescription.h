/* physio-prescription.h: one exercise inside a programme, with its dose ladder (brief 2.3)
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "physio-dose.h"
#include "physio-exercise.h"

G_BEGIN_DECLS

#define PHYSIO_TYPE_PRESCRIPTION (physio_prescription_get_type ())

G_DECLARE_FINAL_TYPE (PhysioPrescription, physio_prescription, PHYSIO, PRESCRIPTION, GObject)

/* Days of the week as a bitmask, Monday = bit 0 … Sunday = bit 6 (G_DATE_MONDAY - 1). */
typedef enum
{
  PHYSIO_DAY_MONDAY    = 1 << 0,
  PHYSIO_DAY_TUESDAY   = 1 << 1,
  PHYSIO_DAY_WEDNESDAY = 1 << 2,
  PHYSIO_DAY_THURSDAY  = 1 << 3,
  PHYSIO_DAY_FRIDAY    = 1 << 4,
  PHYSIO_DAY_SATURDAY  = 1 << 5,
  PHYSIO_DAY_SUNDAY    = 1 << 6,
  PHYSIO_DAYS_ALL      = 0x7f,
} PhysioDays;

/* A prescription keeps a snapshot of its exercise (name, kind, laterality, limits, links), so
 * a programme reads the same after the library changes. A new prescription starts at the
 * exercise's default dose, in week 1 only (a one-step ladder), on the days the dose's days per
 * week spread to; the builder then sets its weeks and generates its ladder.
 *
 * signal "changed": emitted by every setter that changes something, so the programme (and
 * autosave) follows edits made straight on a prescription. */
PhysioPrescription *physio_prescription_new              (PhysioExercise *exercise);
PhysioPrescription *physio_prescription_copy             (PhysioPrescription *self);

/* What differs between two states of a prescription, for undo and for saving only what an
 * edit touched. The id is identity, not state: it is neither compared nor assigned. */
typedef enum
{
  PHYSIO_PRESCRIPTION_DIFF_NONE     = 0,
  PHYSIO_PRESCRIPTION_DIFF_FIELDS   = 1 << 0,  /* weeks, days, side, current dose, step, note… */
  PHYSIO_PRESCRIPTION_DIFF_LADDER   = 1 << 1,  /* the planned doses */
  PHYSIO_PRESCRIPTION_DIFF_EXERCISE = 1 << 2,  /* the exercise snapshot (a swap) */
} PhysioPrescriptionDiff;

PhysioPrescriptionDiff physio_prescription_diff          (PhysioPrescription *a,
                                                          PhysioPrescription *b);
/* Makes @self equal to @from in place, keeping its id: notify for each property that
 * changes and one "changed" when anything did, so a row bound to @self just updates. */
void                physio_prescription_assign           (PhysioPrescription *self,
                                                          PhysioPrescription *from);

gint64              physio_prescription_get_id           (PhysioPrescription *self);
void                physio_prescription_set_id           (PhysioPrescription *self, gint64 id);
PhysioExercise     *physio_prescription_get_exercise     (PhysioPrescription *self);
const char         *physio_prescription_get_exercise_id  (PhysioPrescription *self);
/* Replaces the snapshot (a SWAP to a linked variant): the laterality becomes the new
 * exercise's; doses are left to the caller. */
void                physio_prescription_set_exercise     (PhysioPrescription *self, PhysioExercise *exercise);
PhysioDosageKind    physio_prescription_get_dosage_kind  (PhysioPrescription *self);
/* The side can differ from the exercise's (e.g. one side only is not modelled: each side,
 * alternating or both). */
PhysioLaterality    physio_prescription_get_laterality   (PhysioPrescription *self);
void                physio_prescription_set_laterality   (PhysioPrescription *self, PhysioLaterality side);

/* Active weeks, 1-based and inclusive, within the programme's length. Setting them keeps the
 * planned dose of every week that stays active; new weeks before take the first planned dose,
 * new weeks after the last one. */
guint               physio_prescription_get_week_from    (PhysioPrescription *self);
guint               physio_prescription_get_week_to      (PhysioPrescription *self);
void                physio_prescription_set_weeks        (PhysioPrescription *self, guint from, guint to);
/* Whether the prescription is part of the plan (not removed) in calendar week @week. */
gboolean            physio_prescription_is_active_in_week (PhysioPrescription *self, guint week);
PhysioDays          physio_prescription_get_days         (PhysioPrescription *self);
/* Also sets days_per_week of the current dose and of every planned dose to the count of days. */
void                physio_prescription_set_days         (PhysioPrescription *self, PhysioDays days);
/* The days of calendar week @week: the prescription's days, unless that week's planned dose
 * asks for a different number of days (template C walking: 3, then 4, then 5 days), when the
 * planned number is spread over the week instead. */
PhysioDays          physio_prescription_get_days_in_week (PhysioPrescription *self, guint week);
/* Spread @days_per_week over the week the way a clinician would (3 → Mon, Wed, Fri). */
PhysioDays          physio_days_spread                   (guint days_per_week);
guint               physio_days_count                    (PhysioDays days);

/* The dose in force after any accepted decision. */
const PhysioDose   *physio_prescription_get_current_dose (PhysioPrescription *self);
void                physio_prescription_set_current_dose (PhysioPrescription *self, const PhysioDose *dose);
/* The planned dose ladder: one dose per active week, step 0 = week_from. */
guint               physio_prescription_get_n_planned    (PhysioPrescription *self);
const PhysioDose   *physio_prescription_get_planned      (PhysioPrescription *self, guint step);
void                physio_prescription_set_planned      (PhysioPrescription *self, guint step, const PhysioDose *dose);
/* Replaces the whole ladder (copying @n doses). */
void                physio_prescription_set_ladder       (PhysioPrescription *self, const PhysioDose *doses, guint n);
/* The ladder step in force (moves with PROGRESS/REGRESS, brief 5). */
guint               physio_prescription_get_ladder_step  (PhysioPrescription *self);
void                physio_prescription_set_ladder_step  (PhysioPrescription *self, guint step);
/* The planned dose of calendar week @week, or the current dose when the week has none. */
const PhysioDose   *physio_prescription_get_dose_for_week (PhysioPrescription *self, guint week);

const char         *physio_prescription_get_note         (PhysioPrescription *self);
void                physio_prescription_set_note         (PhysioPrescription *self, const char *note);
/* "Pick one of these" groups (template A's direction-of-comfort slot), or NULL. */
const char         *physio_prescription_get_slot_group   (PhysioPrescription *self);
void                physio_prescription_set_slot_group   (PhysioPrescription *self, const char *group);
/* A prescription that has logs is never deleted, only removed from the plan. */
gboolean            physio_prescription_get_removed      (PhysioPrescription *self);
void                physio_prescription_set_removed      (PhysioPrescription *self, gboolean removed);

#define PHYSIO_PRESCRIPTION_ERROR (physio_prescription_error_quark ())
typedef enum
{
  PHYSIO_PRESCRIPTION_ERROR_WEEKS,   /* active weeks outside the programme */
  PHYSIO_PRESCRIPTION_ERROR_DAYS,    /* no day of the week */
  PHYSIO_PRESCRIPTION_ERROR_DOSE,    /* a dose outside the exercise's limits */
} PhysioPrescriptionError;

GQuark              physio_prescription_error_quark      (void);
/* Checks the schedule and every dose against the exercise's limits; the message names the
 * exercise, the week and the field ("Bridge, week 3: Reps must be between 8 and 15."). */
gboolean            physio_prescription_validate         (PhysioPrescription *self,
                                                          guint               programme_weeks,
                                                          GError            **error);
/* Checks one dose of the prescription (planned for calendar week @week, or the current dose
 * when @week is 0) with the same message format. */
gboolean            physio_prescription_validate_dose    (PhysioPrescription *self,
                                                          const PhysioDose   *dose,
                                                          guint               week,
                                                          GError            **error);

G_END_DECLS
