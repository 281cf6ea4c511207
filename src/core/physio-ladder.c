/* physio-ladder.c: week-by-week planned doses (brief 2.3, 4.4, 5)
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "physio-ladder.h"

/* Brief 4.2 distance_increment: "at least one unit (25 m pool length / 10 m carry)". */
#define POOL_LENGTH_M 25
#define CARRY_UNIT_M  10

GArray *
physio_ladder_generate (const PhysioRuleParams       *params,
                        PhysioDosageKind              kind,
                        const PhysioDose             *start,
                        const PhysioIncrementContext *context,
                        guint                         weeks)
{
  GArray *ladder;
  PhysioDose first = PHYSIO_DOSE_INIT;

  g_return_val_if_fail (params != NULL, NULL);
  g_return_val_if_fail (start != NULL, NULL);

  ladder = g_array_sized_new (FALSE, TRUE, sizeof (PhysioDose), weeks);
  g_array_set_clear_func (ladder, (GDestroyNotify) physio_dose_clear);
  if (weeks == 0)
    return ladder;

  physio_dose_copy_into (&first, start);
  g_array_append_val (ladder, first);

  for (guint week = 1; week < weeks; week++)
    {
      PhysioDose next = PHYSIO_DOSE_INIT;

      /* When nothing can grow, increment leaves @next equal to the week before, which is what
       * a ladder at its caps should show: the same dose again. Practice never grows. */
      physio_dose_increment (params, kind, &g_array_index (ladder, PhysioDose, week - 1),
                             context, &next, NULL);
      g_array_append_val (ladder, next);
    }

  return ladder;
}

guint
physio_exercise_distance_unit (PhysioExercise *exercise)
{
  g_return_val_if_fail (PHYSIO_IS_EXERCISE (exercise), CARRY_UNIT_M);

  if (g_strv_contains (physio_exercise_get_equipment (exercise), "pool"))
    return POOL_LENGTH_M;

  return CARRY_UNIT_M;
}

void
physio_prescription_increment_context (PhysioPrescription     *prescription,
                                       PhysioIncrementContext *context)
{
  PhysioExercise *exercise;
  const PhysioDose *current;

  g_return_if_fail (PHYSIO_IS_PRESCRIPTION (prescription));
  g_return_if_fail (context != NULL);

  exercise = physio_prescription_get_exercise (prescription);
  current = physio_prescription_get_current_dose (prescription);

  *context = (PhysioIncrementContext) {
    .limits = physio_exercise_get_dose_limits (exercise),
    .distance_unit_m = physio_exercise_distance_unit (exercise),
    /* The days are the schedule the clinician chose; a plan never adds days by itself. */
    .days_cap = MAX (current->days_per_week,
                     physio_days_count (physio_prescription_get_days (prescription))),
  };
}

void
physio_prescription_generate_ladder (PhysioPrescription     *prescription,
                                     const PhysioRuleParams *params)
{
  g_autoptr(GArray) ladder = NULL;
  PhysioIncrementContext context;
  guint weeks;

  g_return_if_fail (PHYSIO_IS_PRESCRIPTION (prescription));
  g_return_if_fail (params != NULL);

  physio_prescription_increment_context (prescription, &context);
  weeks = physio_prescription_get_week_to (prescription)
          - physio_prescription_get_week_from (prescription) + 1;
  ladder = physio_ladder_generate (params,
                                   physio_prescription_get_dosage_kind (prescription),
                                   physio_prescription_get_current_dose (prescription),
                                   &context, weeks);

  physio_prescription_set_ladder (prescription, (const PhysioDose *) ladder->data, ladder->len);
  physio_prescription_set_ladder_step (prescription, 0);
}

GArray *
physio_ladder_volume_jumps (PhysioDosageKind  kind,
                            const PhysioDose *doses,
                            guint             n_doses,
                            double            threshold)
{
  GArray *jumps = g_array_new (FALSE, FALSE, sizeof (guint));

  g_return_val_if_fail (doses != NULL || n_doses == 0, jumps);
  g_return_val_if_fail (threshold >= 0, jumps);

  for (guint i = 1; i < n_doses; i++)
    {
      double before = physio_dose_weekly_volume (kind, &doses[i - 1]);
      double after = physio_dose_weekly_volume (kind, &doses[i]);
      guint step = i + 1;

      /* Nothing the week before (or practice) has no percentage to compare with. The relative
       * epsilon keeps an exact +30% (10 → 13) from counting as more than 30% through binary
       * rounding. */
      if (before <= 0)
        continue;
      if (after > before * (1.0 + threshold) * (1.0 + 1e-9))
        g_array_append_val (jumps, step);
    }

  return jumps;
}
