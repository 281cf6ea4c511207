/* physio-dose-field.c: how each number of a dose is typed: unit, scale, step and range
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "physio-i18n.h"
#include <math.h>
#include <string.h>

#include "physio-dose-field.h"
#include "physio-units.h"

/* Steps follow the brief's own increments where it has one (steps +500 a day, brief 3.3) and
 * are otherwise the smallest amount a clinician prescribes: a second of hold, five metres, half
 * a kilogram. Durations are typed in minutes, with quarter minutes allowed (0.75 min is 45 s). */
static const PhysioDoseFieldInfo infos[PHYSIO_N_DOSE_FIELDS] = {
  [PHYSIO_DOSE_FIELD_SETS] =
    { PHYSIO_DOSE_FIELD_SETS, N_("Sets"), NULL, 1, 1, 0, 0 },
  [PHYSIO_DOSE_FIELD_REPS] =
    { PHYSIO_DOSE_FIELD_REPS, N_("Repetitions"), NULL, 1, 1, 0, 0 },
  [PHYSIO_DOSE_FIELD_HOLD] =
    { PHYSIO_DOSE_FIELD_HOLD, N_("Hold"), N_("s"), 1, 1, 0, 0 },
  [PHYSIO_DOSE_FIELD_DURATION] =
    { PHYSIO_DOSE_FIELD_DURATION, N_("Duration"), N_("min"), 60, 1, 2, 0 },
  [PHYSIO_DOSE_FIELD_DISTANCE] =
    { PHYSIO_DOSE_FIELD_DISTANCE, N_("Distance"), N_("m"), 1, 5, 0, 0 },
  [PHYSIO_DOSE_FIELD_STEPS] =
    { PHYSIO_DOSE_FIELD_STEPS, N_("Steps a day"), NULL, 1, 500, 0, 0 },
  [PHYSIO_DOSE_FIELD_REST] =
    { PHYSIO_DOSE_FIELD_REST, N_("Rest between sets"), N_("s"), 1, 15, 0, -1 },
  [PHYSIO_DOSE_FIELD_SESSIONS_PER_DAY] =
    { PHYSIO_DOSE_FIELD_SESSIONS_PER_DAY, N_("Sessions a day"), NULL, 1, 1, 0, 0 },
  [PHYSIO_DOSE_FIELD_DAYS_PER_WEEK] =
    { PHYSIO_DOSE_FIELD_DAYS_PER_WEEK, N_("Days a week"), NULL, 1, 1, 0, 0 },
  [PHYSIO_DOSE_FIELD_LOAD] =
    { PHYSIO_DOSE_FIELD_LOAD, N_("Load"), N_("kg"), 1, 0.5, 2, 0 },
};

static inline gboolean
field_is_valid (PhysioDoseField field)
{
  return field >= 0 && field < PHYSIO_N_DOSE_FIELDS;
}

const PhysioDoseFieldInfo *
physio_dose_field_info (PhysioDoseField field)
{
  g_return_val_if_fail (field_is_valid (field), NULL);

  return &infos[field];
}

void
physio_dose_field_shown_range (PhysioDoseField  field,
                               double          *lower,
                               double          *upper)
{
  guint min, max;

  g_return_if_fail (field_is_valid (field));

  physio_dose_field_range (field, &min, &max);
  if (lower != NULL)
    *lower = (double) min / infos[field].scale;
  if (upper != NULL)
    *upper = (double) max / infos[field].scale;
}

double
physio_dose_field_get_shown (const PhysioDose *dose,
                             PhysioDoseField   field)
{
  g_return_val_if_fail (dose != NULL, 0);
  g_return_val_if_fail (field_is_valid (field), 0);

  switch (field)
    {
    case PHYSIO_DOSE_FIELD_REST:
      return dose->rest_s < 0 ? -1 : dose->rest_s;
    case PHYSIO_DOSE_FIELD_LOAD:
      return dose->load_kind == PHYSIO_LOAD_KG ? physio_units_weight_to_shown (dose->load_kg) : 0;
    case PHYSIO_DOSE_FIELD_DISTANCE:
      return physio_units_short_distance_to_shown (dose->distance_m);
    case PHYSIO_DOSE_FIELD_SETS:
    case PHYSIO_DOSE_FIELD_REPS:
    case PHYSIO_DOSE_FIELD_HOLD:
    case PHYSIO_DOSE_FIELD_DURATION:
    case PHYSIO_DOSE_FIELD_STEPS:
    case PHYSIO_DOSE_FIELD_SESSIONS_PER_DAY:
    case PHYSIO_DOSE_FIELD_DAYS_PER_WEEK:
    case PHYSIO_DOSE_FIELD_NONE:
    case PHYSIO_N_DOSE_FIELDS:
    default:
      return (double) physio_dose_get_field (dose, field) / infos[field].scale;
    }
}

void
physio_dose_field_set_shown (PhysioDose      *dose,
                             PhysioDoseField  field,
                             double           shown)
{
  const PhysioDoseFieldInfo *info;
  gboolean unset;

  g_return_if_fail (dose != NULL);
  g_return_if_fail (field_is_valid (field));

  info = &infos[field];
  unset = shown <= info->unset;

  /* A pyramid (6-4-2) has no plain count to show; typing sets or reps turns it into one,
   * starting from the pattern's own length and first count. */
  if ((field == PHYSIO_DOSE_FIELD_SETS || field == PHYSIO_DOSE_FIELD_REPS) && dose->n_pattern > 0)
    {
      dose->sets = dose->n_pattern;
      if (dose->reps == 0)
        dose->reps = dose->reps_pattern[0];
      dose->n_pattern = 0;
    }

  switch (field)
    {
    case PHYSIO_DOSE_FIELD_REST:
      dose->rest_s = unset ? -1 : (int) lround (shown);
      break;
    case PHYSIO_DOSE_FIELD_LOAD:
      dose->load_kind = PHYSIO_LOAD_KG;
      dose->load_kg = unset ? 0 : physio_units_weight_from_shown (shown);
      dose->band_level = 0;
      break;
    case PHYSIO_DOSE_FIELD_STEPS:
      /* A typed target replaces "your usual steps + 500". */
      if (!unset)
        dose->steps_above_baseline = 0;
      physio_dose_set_field (dose, field, unset ? 0 : (guint) lround (shown * info->scale));
      break;
    case PHYSIO_DOSE_FIELD_DISTANCE:
      physio_dose_set_field (dose, field,
                             unset ? 0 : physio_units_short_distance_from_shown (shown));
      break;
    case PHYSIO_DOSE_FIELD_SETS:
    case PHYSIO_DOSE_FIELD_REPS:
    case PHYSIO_DOSE_FIELD_HOLD:
    case PHYSIO_DOSE_FIELD_DURATION:
    case PHYSIO_DOSE_FIELD_SESSIONS_PER_DAY:
    case PHYSIO_DOSE_FIELD_DAYS_PER_WEEK:
    case PHYSIO_DOSE_FIELD_NONE:
    case PHYSIO_N_DOSE_FIELDS:
    default:
      physio_dose_set_field (dose, field, unset ? 0 : (guint) lround (shown * info->scale));
      break;
    }
}

const char *
physio_dose_field_unit (PhysioDoseField field)
{
  g_return_val_if_fail (field_is_valid (field), NULL);

  if (field == PHYSIO_DOSE_FIELD_LOAD)
    return physio_units_weight_symbol ();
  if (field == PHYSIO_DOSE_FIELD_DISTANCE)
    return physio_units_short_distance_symbol ();
  return infos[field].unit != NULL ? _(infos[field].unit) : NULL;
}

double
physio_dose_field_step (PhysioDoseField field)
{
  g_return_val_if_fail (field_is_valid (field), 1);

  /* Pounds go up a whole pound at a time; yards by five, as metres do. */
  if (field == PHYSIO_DOSE_FIELD_LOAD && physio_units_get_weight () == PHYSIO_WEIGHT_LB)
    return 1;
  return infos[field].step;
}

char *
physio_dose_field_format_amount (PhysioDoseField field,
                                 guint           stored)
{
  g_return_val_if_fail (field_is_valid (field), NULL);

  switch (field)
    {
    case PHYSIO_DOSE_FIELD_DURATION:
      return physio_format_seconds (stored);
    case PHYSIO_DOSE_FIELD_HOLD:
    case PHYSIO_DOSE_FIELD_REST:
      /* TRANSLATORS: an amount of seconds, as in "45 s" */
      return g_strdup_printf (_("%u s"), stored);
    case PHYSIO_DOSE_FIELD_DISTANCE:
      if (physio_units_get_distance () == PHYSIO_DISTANCE_IMPERIAL)
        /* TRANSLATORS: an amount of yards, as in "220 yd" */
        return g_strdup_printf (_("%u yd"), (guint) physio_units_short_distance_to_shown (stored));
      /* TRANSLATORS: an amount of metres, as in "200 m" */
      return g_strdup_printf (_("%u m"), stored);
    case PHYSIO_DOSE_FIELD_LOAD:
      return physio_units_format_weight (stored);
    case PHYSIO_DOSE_FIELD_SETS:
    case PHYSIO_DOSE_FIELD_REPS:
    case PHYSIO_DOSE_FIELD_STEPS:
    case PHYSIO_DOSE_FIELD_SESSIONS_PER_DAY:
    case PHYSIO_DOSE_FIELD_DAYS_PER_WEEK:
    case PHYSIO_DOSE_FIELD_NONE:
    case PHYSIO_N_DOSE_FIELDS:
    default:
      return g_strdup_printf ("%u", stored);
    }
}

gboolean
physio_parse_decimal (const char *text,
                      double     *value)
{
  g_autofree char *copy = NULL;
  char *mark;
  char *end = NULL;
  double parsed;

  g_return_val_if_fail (value != NULL, FALSE);

  if (text == NULL)
    return FALSE;

  copy = g_strstrip (g_strdup (text));
  if (*copy == '\0')
    return FALSE;

  /* One mark at most: "1,5" and "1.5" are the same number, but "1.000,5" or "1,000" with a
   * second mark is digit grouping, which would be read wrong in one locale or the other. */
  mark = strpbrk (copy, ".,");
  if (mark != NULL && strpbrk (mark + 1, ".,") != NULL)
    return FALSE;
  if (mark != NULL)
    *mark = '.';

  /* Only digits, one mark and a leading sign: g_ascii_strtod would also take "1e3", "inf" and
   * hexadecimal, none of which a clinician means. */
  for (const char *c = copy; *c != '\0'; c++)
    if (!g_ascii_isdigit (*c) && *c != '.' && !(c == copy && (*c == '-' || *c == '+')))
      return FALSE;

  /* g_ascii_strtod reads '.' whatever LC_NUMERIC says. */
  parsed = g_ascii_strtod (copy, &end);
  if (end == copy || *end != '\0' || !isfinite (parsed))
    return FALSE;

  *value = parsed;
  return TRUE;
}
