/* physio-increment.c: one step up or down for each dosage kind (brief 4.4, 4.3 REGRESS)
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "physio-increment.h"

/* Half-up rounding as the brief writes it (0.5 → 1, 2.5 → 3). The small epsilon absorbs the
 * binary error of products such as 0.1 × 25 = 2.5000000000000004 or 0.1 × 15. */
static guint
round_half_up (double value)
{
  if (value <= 0)
    return 0;
  return (guint) floor (value + 0.5 + 1e-9);
}

static guint
clamp_uint (guint value,
            guint min,
            guint max)
{
  return CLAMP (value, min, max);
}

static void
limits_of (const PhysioIncrementContext *context,
           PhysioDoseField               field,
           guint                        *min,
           guint                        *max)
{
  physio_dose_limits_get (context != NULL ? context->limits : NULL, field, min, max);
}

PhysioDoseField
physio_dose_primary_field (PhysioDosageKind kind)
{
  switch (kind)
    {
    case PHYSIO_DOSAGE_REPS:
    case PHYSIO_DOSAGE_PRACTICE:
      return PHYSIO_DOSE_FIELD_REPS;
    case PHYSIO_DOSAGE_HOLD:
      return PHYSIO_DOSE_FIELD_HOLD;
    case PHYSIO_DOSAGE_DURATION:
      return PHYSIO_DOSE_FIELD_DURATION;
    case PHYSIO_DOSAGE_DISTANCE:
      return PHYSIO_DOSE_FIELD_DISTANCE;
    case PHYSIO_DOSAGE_STEPS:
      return PHYSIO_DOSE_FIELD_STEPS;
    default:
      g_return_val_if_reached (PHYSIO_DOSE_FIELD_REPS);
    }
}

guint
physio_dose_reps_ceiling (const PhysioDoseLimits *limits,
                          const PhysioDose       *dose)
{
  guint min, max, absolute_max;

  g_return_val_if_fail (dose != NULL, 0);

  physio_dose_limits_get (limits, PHYSIO_DOSE_FIELD_REPS, &min, &max);
  if (dose->load_kind != PHYSIO_LOAD_KG || dose->n_pattern > 0)
    return max;

  physio_dose_field_range (PHYSIO_DOSE_FIELD_REPS, NULL, &absolute_max);
  return MIN (max + PHYSIO_DOUBLE_PROGRESSION_EXTRA_REPS, absolute_max);
}

/* The position of the dose's reps (plain count or pyramid) in the clinic's pattern ladder. */
static int
pattern_position (const PhysioDose   *dose,
                  const char * const *ladder)
{
  g_autofree char *current = NULL;

  if (ladder == NULL)
    return -1;

  current = dose->n_pattern > 0 ? physio_dose_pattern_to_string (dose)
                                : g_strdup_printf ("%u", dose->reps);
  for (guint i = 0; ladder[i] != NULL; i++)
    {
      if (g_strcmp0 (ladder[i], current) == 0)
        return (int) i;
    }

  return -1;
}

static void
apply_pattern (PhysioDose *dose,
               const char *pattern)
{
  PhysioDose parsed = PHYSIO_DOSE_INIT;

  if (!physio_dose_parse_pattern (&parsed, pattern))
    return;

  if (parsed.n_pattern > 1)
    {
      memcpy (dose->reps_pattern, parsed.reps_pattern, sizeof dose->reps_pattern);
      dose->n_pattern = parsed.n_pattern;
    }
  else
    {
      dose->n_pattern = 0;
      dose->reps = parsed.n_pattern == 1 ? parsed.reps_pattern[0] : parsed.reps;
    }
  physio_dose_clear (&parsed);
}

static gboolean
increment_duration (const PhysioRuleParams       *params,
                    PhysioDose                   *next,
                    const PhysioIncrementContext *context,
                    gboolean                     *intensity_suggested)
{
  guint min_s, max_s, min_days, max_days, days_cap;

  limits_of (context, PHYSIO_DOSE_FIELD_DURATION, &min_s, &max_s);

  if (next->duration_s < max_s)
    {
      double minutes = next->duration_s / 60.0;
      guint step = clamp_uint (round_half_up (params->duration_increment * minutes),
                               params->duration_increment_min_min,
                               params->duration_increment_max_min);

      next->duration_s = MIN (next->duration_s + step * 60, max_s);
      return TRUE;
    }

  /* Bout at its longest: add a day, up to 5 (7 for walking, which the caller says). */
  limits_of (context, PHYSIO_DOSE_FIELD_DAYS_PER_WEEK, &min_days, &max_days);
  days_cap = (context != NULL && context->days_cap > 0) ? context->days_cap : 5;
  days_cap = MIN (days_cap, max_days);
  if (next->days_per_week > 0 && next->days_per_week < days_cap)
    {
      next->days_per_week++;
      return TRUE;
    }

  /* Intensity is only ever proposed to the clinician (brief 4.4). */
  if (intensity_suggested != NULL)
    *intensity_suggested = TRUE;
  return FALSE;
}

static gboolean
increment_hold (const PhysioRuleParams       *params,
                PhysioDose                   *next,
                const PhysioIncrementContext *context)
{
  guint min, max;
  int position;

  limits_of (context, PHYSIO_DOSE_FIELD_HOLD, &min, &max);
  if (next->hold_s < max)
    {
      next->hold_s = MIN (next->hold_s + params->hold_increment_s, max);
      return TRUE;
    }

  position = pattern_position (next, context != NULL ? context->pattern_ladder : NULL);
  if (position >= 0)
    {
      if (context->pattern_ladder[position + 1] != NULL)
        {
          apply_pattern (next, context->pattern_ladder[position + 1]);
          return TRUE;
        }
      /* The last pattern of the ladder: nothing above it but a harder variant. */
      return FALSE;
    }

  limits_of (context, PHYSIO_DOSE_FIELD_REPS, &min, &max);
  if (next->n_pattern == 0 && next->reps < max)
    {
      next->reps++;
      return TRUE;
    }

  limits_of (context, PHYSIO_DOSE_FIELD_SETS, &min, &max);
  if (next->n_pattern == 0 && next->sets < max)
    {
      next->sets = MAX (next->sets, 1) + 1;
      return TRUE;
    }

  return FALSE;
}

static double
next_load_step (const PhysioIncrementContext *context,
                double                        current,
                double                        target)
{
  for (guint i = 0; i < context->n_load_steps; i++)
    {
      double step = context->load_steps[i];

      /* "Rounded up to available equipment": the first weight at or above the target that
       * is actually heavier than today's. */
      if (step > current + 1e-9 && step + 1e-9 >= target)
        return step;
    }

  return 0;
}

static gboolean
increment_load (const PhysioRuleParams       *params,
                PhysioDose                   *next,
                const PhysioIncrementContext *context,
                guint                         reps_min,
                guint                         reps_max)
{
  if (context == NULL || !context->load_condition)
    return FALSE;

  if (next->load_kind == PHYSIO_LOAD_BAND)
    {
      if (next->band_level == 0 || next->band_level >= PHYSIO_BAND_EXTRA_HEAVY)
        return FALSE;
      next->band_level++;
      next->reps = reps_min;
      g_clear_pointer (&next->load_text, g_free);
      return TRUE;
    }

  if (next->load_kind == PHYSIO_LOAD_KG && context->n_load_steps > 0)
    {
      double current = next->load_kg;
      double step = next_load_step (context, current, current * (1.0 + params->load_increment));
      guint step_reps = next->reps < params->reps_large_from ? params->reps_increment_small
                                                             : params->reps_increment_large;
      guint ceiling = physio_dose_reps_ceiling (context->limits, next);

      if (step <= 0)
        return FALSE;

      /* Too big a jump for the equipment at hand: earn it with more reps first
       * ("double progression", brief 4.4), up to the ceiling the validator also allows. */
      if (current > 0 && step > current * (1.0 + params->load_increment_max) + 1e-9 &&
          next->reps < ceiling)
        {
          next->reps = MIN (next->reps + step_reps, ceiling);
          return TRUE;
        }

      next->load_kg = step;
      next->reps = reps_min;
      g_clear_pointer (&next->load_text, g_free);
      return TRUE;
    }

  return FALSE;
}

static gboolean
increment_reps (const PhysioRuleParams       *params,
                PhysioDose                   *next,
                const PhysioIncrementContext *context)
{
  guint reps_min, reps_max, sets_min, sets_max;

  limits_of (context, PHYSIO_DOSE_FIELD_REPS, &reps_min, &reps_max);
  limits_of (context, PHYSIO_DOSE_FIELD_SETS, &sets_min, &sets_max);

  if (next->n_pattern == 0 && next->reps < reps_max)
    {
      guint step = next->reps < params->reps_large_from ? params->reps_increment_small
                                                        : params->reps_increment_large;

      next->reps = MIN (next->reps + step, reps_max);
      return TRUE;
    }

  /* 2 × 12 → 3 × 8: one more set at the bottom of the rep range keeps the volume level. */
  if (next->n_pattern == 0 && next->sets < sets_max)
    {
      next->sets = MAX (next->sets, 1) + 1;
      next->reps = reps_min;
      return TRUE;
    }

  return increment_load (params, next, context, reps_min, reps_max);
}

static gboolean
increment_distance (const PhysioRuleParams       *params,
                    PhysioDose                   *next,
                    const PhysioIncrementContext *context)
{
  guint min, max, unit;

  unit = (context != NULL && context->distance_unit_m > 0) ? context->distance_unit_m : 10;
  limits_of (context, PHYSIO_DOSE_FIELD_DISTANCE, &min, &max);
  if (next->distance_m < max)
    {
      guint step = round_half_up (next->distance_m * params->distance_increment / unit) * unit;

      next->distance_m = MIN (next->distance_m + MAX (step, unit), max);
      return TRUE;
    }

  limits_of (context, PHYSIO_DOSE_FIELD_SETS, &min, &max);
  if (next->sets < max)
    {
      next->sets = MAX (next->sets, 1) + 1;
      return TRUE;
    }

  return FALSE;
}

static gboolean
increment_steps (const PhysioRuleParams       *params,
                 PhysioDose                   *next,
                 const PhysioIncrementContext *context)
{
  guint min, max;

  /* A target relative to the patient's own baseline rises the same way. */
  if (next->steps_per_day == 0)
    {
      next->steps_above_baseline += params->steps_increment;
      return TRUE;
    }

  limits_of (context, PHYSIO_DOSE_FIELD_STEPS, &min, &max);
  if (next->steps_per_day < max)
    {
      next->steps_per_day = MIN (next->steps_per_day + params->steps_increment, max);
      return TRUE;
    }

  return FALSE;
}

gboolean
physio_dose_increment (const PhysioRuleParams       *params,
                       PhysioDosageKind              kind,
                       const PhysioDose             *dose,
                       const PhysioIncrementContext *context,
                       PhysioDose                   *next,
                       gboolean                     *intensity_suggested)
{
  gboolean changed = FALSE;

  g_return_val_if_fail (params != NULL, FALSE);
  g_return_val_if_fail (dose != NULL, FALSE);
  g_return_val_if_fail (next != NULL, FALSE);

  if (intensity_suggested != NULL)
    *intensity_suggested = FALSE;

  physio_dose_copy_into (next, dose);

  switch (kind)
    {
    case PHYSIO_DOSAGE_DURATION:
      changed = increment_duration (params, next, context, intensity_suggested);
      break;
    case PHYSIO_DOSAGE_HOLD:
      changed = increment_hold (params, next, context);
      break;
    case PHYSIO_DOSAGE_REPS:
      changed = increment_reps (params, next, context);
      break;
    case PHYSIO_DOSAGE_DISTANCE:
      changed = increment_distance (params, next, context);
      break;
    case PHYSIO_DOSAGE_STEPS:
      changed = increment_steps (params, next, context);
      break;
    case PHYSIO_DOSAGE_PRACTICE:
      /* Technique practice never grows by itself; the engine reports READY instead. */
      changed = FALSE;
      break;
    default:
      g_return_val_if_reached (FALSE);
    }

  return changed;
}

/* Cut @value by the regress fraction, rounded to @unit, not below @min. At least one unit
 * comes off, so a small dose (2 reps) still gets easier. */
static gboolean
reduce_value (const PhysioRuleParams *params,
              guint                  *value,
              guint                   unit,
              guint                   min)
{
  guint reduced;

  if (*value <= min)
    return FALSE;

  reduced = round_half_up (*value * (1.0 - params->regress_fraction) / unit) * unit;
  if (reduced >= *value)
    reduced = *value >= unit ? *value - unit : 0;
  *value = MAX (reduced, min);
  return TRUE;
}

gboolean
physio_dose_reduce (const PhysioRuleParams       *params,
                    PhysioDosageKind              kind,
                    const PhysioDose             *dose,
                    const PhysioIncrementContext *context,
                    PhysioDose                   *next)
{
  guint min, max;
  guint unit = 1;
  PhysioDoseField field;
  guint value;
  gboolean changed;

  g_return_val_if_fail (params != NULL, FALSE);
  g_return_val_if_fail (dose != NULL, FALSE);
  g_return_val_if_fail (next != NULL, FALSE);

  physio_dose_copy_into (next, dose);

  if (kind == PHYSIO_DOSAGE_PRACTICE)
    return FALSE;

  if (kind == PHYSIO_DOSAGE_STEPS && dose->steps_per_day == 0)
    {
      /* "Return to the baseline average" is the floor of a relative target. */
      value = dose->steps_above_baseline;
      changed = reduce_value (params, &value, 100, 0);
      next->steps_above_baseline = value;
      return changed;
    }

  field = physio_dose_primary_field (kind);
  limits_of (context, field, &min, &max);

  switch (kind)
    {
    case PHYSIO_DOSAGE_DURATION:
      unit = 60;       /* whole minutes; the floor keeps walking in the plan (activity floor) */
      break;
    case PHYSIO_DOSAGE_DISTANCE:
      unit = (context != NULL && context->distance_unit_m > 0) ? context->distance_unit_m : 10;
      break;
    case PHYSIO_DOSAGE_STEPS:
      unit = 100;
      break;
    case PHYSIO_DOSAGE_REPS:
    case PHYSIO_DOSAGE_HOLD:
    case PHYSIO_DOSAGE_PRACTICE:
    default:
      unit = 1;
      break;
    }

  /* A pyramid steps back down the clinic's pattern ladder before anything else. */
  if (kind == PHYSIO_DOSAGE_REPS && dose->n_pattern > 0)
    {
      int position = pattern_position (dose, context != NULL ? context->pattern_ladder : NULL);

      if (position > 0)
        {
          apply_pattern (next, context->pattern_ladder[position - 1]);
          return TRUE;
        }
      return FALSE;
    }

  value = physio_dose_get_field (dose, field);
  changed = reduce_value (params, &value, unit, min);
  if (changed)
    physio_dose_set_field (next, field, value);
  return changed;
}

double
physio_dose_weekly_volume (PhysioDosageKind  kind,
                           const PhysioDose *dose)
{
  double per_session = 0;
  double sessions;

  g_return_val_if_fail (dose != NULL, 0);

  sessions = (double) MAX (dose->sessions_per_day, 1) * (double) MAX (dose->days_per_week, 1);

  switch (kind)
    {
    case PHYSIO_DOSAGE_REPS:
    case PHYSIO_DOSAGE_PRACTICE:
      per_session = physio_dose_total_reps (dose);
      break;
    case PHYSIO_DOSAGE_HOLD:
      per_session = (double) physio_dose_total_reps (dose) * dose->hold_s;
      break;
    case PHYSIO_DOSAGE_DURATION:
      per_session = dose->duration_s;
      break;
    case PHYSIO_DOSAGE_DISTANCE:
      per_session = (double) MAX (dose->sets, 1) * dose->distance_m;
      break;
    case PHYSIO_DOSAGE_STEPS:
      /* Steps are a daily target: one "session" a day. */
      return (double) (dose->steps_per_day + dose->steps_above_baseline) *
             MAX (dose->days_per_week, 1);
    default:
      g_return_val_if_reached (0);
    }

  return per_session * sessions;
}
