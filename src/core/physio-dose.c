/* physio-dose.c: the dose value type, its fields and their ranges (brief 2.4)
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "physio-dose.h"
#include "physio-dose-private.h"

G_DEFINE_BOXED_TYPE (PhysioDose, physio_dose, physio_dose_copy, physio_dose_free)

#define FIELD_BIT(f) (1u << (PHYSIO_DOSE_FIELD_##f))

/* Brief 2.4: which fields each dosage kind needs, and which it may carry. Sessions per day and
 * days per week belong to every kind; rest only means something between repeated efforts. */
static const guint required_fields[] = {
  [PHYSIO_DOSAGE_REPS] = FIELD_BIT (SETS) | FIELD_BIT (REPS)
                         | FIELD_BIT (SESSIONS_PER_DAY) | FIELD_BIT (DAYS_PER_WEEK),
  [PHYSIO_DOSAGE_HOLD] = FIELD_BIT (SETS) | FIELD_BIT (REPS) | FIELD_BIT (HOLD)
                         | FIELD_BIT (SESSIONS_PER_DAY) | FIELD_BIT (DAYS_PER_WEEK),
  [PHYSIO_DOSAGE_DURATION] = FIELD_BIT (DURATION)
                             | FIELD_BIT (SESSIONS_PER_DAY) | FIELD_BIT (DAYS_PER_WEEK),
  [PHYSIO_DOSAGE_DISTANCE] = FIELD_BIT (SETS) | FIELD_BIT (DISTANCE)
                             | FIELD_BIT (SESSIONS_PER_DAY) | FIELD_BIT (DAYS_PER_WEEK),
  [PHYSIO_DOSAGE_STEPS] = FIELD_BIT (STEPS)
                          | FIELD_BIT (SESSIONS_PER_DAY) | FIELD_BIT (DAYS_PER_WEEK),
  [PHYSIO_DOSAGE_PRACTICE] = FIELD_BIT (REPS)
                             | FIELD_BIT (SESSIONS_PER_DAY) | FIELD_BIT (DAYS_PER_WEEK),
};

/* A step target carries no load, and continuous or rehearsal work has no rest between sets. */
static const guint optional_fields[] = {
  [PHYSIO_DOSAGE_REPS] = FIELD_BIT (REST) | FIELD_BIT (LOAD),
  [PHYSIO_DOSAGE_HOLD] = FIELD_BIT (REST) | FIELD_BIT (LOAD),
  [PHYSIO_DOSAGE_DURATION] = FIELD_BIT (LOAD),
  [PHYSIO_DOSAGE_DISTANCE] = FIELD_BIT (REST) | FIELD_BIT (LOAD),
  [PHYSIO_DOSAGE_STEPS] = 0,
  [PHYSIO_DOSAGE_PRACTICE] = FIELD_BIT (LOAD),
};

typedef struct
{
  const char *name;
  guint       min;
  guint       max;
} FieldInfo;

/* Keys of data/LIBRARY-FORMAT.md, and the absolute ranges of brief 2.4. */
static const FieldInfo fields[PHYSIO_N_DOSE_FIELDS] = {
  [PHYSIO_DOSE_FIELD_SETS] = { "sets", 1, 10 },
  [PHYSIO_DOSE_FIELD_REPS] = { "reps", 1, 50 },
  [PHYSIO_DOSE_FIELD_HOLD] = { "hold_s", 1, 300 },
  [PHYSIO_DOSE_FIELD_DURATION] = { "duration_s", 30, 7200 },
  [PHYSIO_DOSE_FIELD_DISTANCE] = { "distance_m", 5, 5000 },
  [PHYSIO_DOSE_FIELD_STEPS] = { "steps_per_day", 500, 30000 },
  [PHYSIO_DOSE_FIELD_REST] = { "rest_s", 0, 600 },
  [PHYSIO_DOSE_FIELD_SESSIONS_PER_DAY] = { "sessions_per_day", 1, 12 },
  [PHYSIO_DOSE_FIELD_DAYS_PER_WEEK] = { "days_per_week", 1, 7 },
  [PHYSIO_DOSE_FIELD_LOAD] = { "load", 0, 500 },
};

static inline gboolean
field_is_valid (PhysioDoseField field)
{
  return field >= 0 && field < PHYSIO_N_DOSE_FIELDS;
}

static inline gboolean
kind_is_valid (PhysioDosageKind kind)
{
  return (guint) kind <= PHYSIO_DOSAGE_PRACTICE;
}

void
physio_dose_init (PhysioDose *dose)
{
  g_return_if_fail (dose != NULL);

  memset (dose, 0, sizeof *dose);
  dose->rest_s = -1;
}

void
physio_dose_clear (PhysioDose *dose)
{
  g_return_if_fail (dose != NULL);

  g_free (dose->load_text);
  g_free (dose->intensity);
  g_free (dose->tempo);
  physio_dose_init (dose);
}

PhysioDose *
physio_dose_new (void)
{
  PhysioDose *dose = g_new (PhysioDose, 1);

  physio_dose_init (dose);

  return dose;
}

void
physio_dose_copy_into (PhysioDose       *dest,
                       const PhysioDose *src)
{
  g_return_if_fail (dest != NULL);
  g_return_if_fail (src != NULL);

  if (dest == src)
    return;

  g_free (dest->load_text);
  g_free (dest->intensity);
  g_free (dest->tempo);

  *dest = *src;
  dest->load_text = g_strdup (src->load_text);
  dest->intensity = g_strdup (src->intensity);
  dest->tempo = g_strdup (src->tempo);
}

PhysioDose *
physio_dose_copy (const PhysioDose *dose)
{
  PhysioDose *copy;

  g_return_val_if_fail (dose != NULL, NULL);

  copy = physio_dose_new ();
  physio_dose_copy_into (copy, dose);

  return copy;
}

void
physio_dose_free (PhysioDose *dose)
{
  if (dose == NULL)
    return;

  physio_dose_clear (dose);
  g_free (dose);
}

/* An empty string and NULL both mean "no text": the JSON reader may give either. */
static gboolean
text_equal (const char *a,
            const char *b)
{
  return g_strcmp0 (a != NULL ? a : "", b != NULL ? b : "") == 0;
}

gboolean
physio_dose_equal (const PhysioDose *a,
                   const PhysioDose *b)
{
  g_return_val_if_fail (a != NULL, FALSE);
  g_return_val_if_fail (b != NULL, FALSE);

  if (a == b)
    return TRUE;

  if (a->sets != b->sets
      || a->reps != b->reps
      || a->n_pattern != b->n_pattern
      || a->hold_s != b->hold_s
      || a->duration_s != b->duration_s
      || a->distance_m != b->distance_m
      || a->steps_per_day != b->steps_per_day
      || a->steps_above_baseline != b->steps_above_baseline
      || a->rest_s != b->rest_s
      || a->sessions_per_day != b->sessions_per_day
      || a->days_per_week != b->days_per_week
      || a->load_kind != b->load_kind)
    return FALSE;

  /* Entries past n_pattern are leftovers, not part of the value. */
  for (guint i = 0; i < a->n_pattern && i < PHYSIO_DOSE_MAX_PATTERN; i++)
    {
      if (a->reps_pattern[i] != b->reps_pattern[i])
        return FALSE;
    }

  /* Loads are typed in steps of 0.25 kg or coarser, so a tiny tolerance absorbs the round
   * trip through JSON text without calling two real prescriptions equal. */
  if (a->load_kind == PHYSIO_LOAD_KG && fabs (a->load_kg - b->load_kg) > 1e-6)
    return FALSE;
  if (a->load_kind == PHYSIO_LOAD_BAND && a->band_level != b->band_level)
    return FALSE;

  return text_equal (a->load_text, b->load_text)
         && text_equal (a->intensity, b->intensity)
         && text_equal (a->tempo, b->tempo);
}

guint
physio_dose_total_reps (const PhysioDose *dose)
{
  guint total = 0;

  g_return_val_if_fail (dose != NULL, 0);

  if (dose->n_pattern > 0)
    {
      for (guint i = 0; i < dose->n_pattern && i < PHYSIO_DOSE_MAX_PATTERN; i++)
        total += dose->reps_pattern[i];
      return total;
    }

  /* A dose without sets (practice) is one set. */
  return MAX (dose->sets, 1) * dose->reps;
}

gboolean
_physio_parse_whole_number (const char *text,
                            guint       min,
                            guint       max,
                            guint      *value)
{
  g_autofree char *copy = g_strstrip (g_strdup (text));
  guint64 number = 0;

  if (copy[0] == '\0')
    return FALSE;

  for (const char *p = copy; *p != '\0'; p++)
    {
      if (!g_ascii_isdigit (*p))
        return FALSE;
      number = number * 10 + (guint64) (*p - '0');
      if (number > max)
        return FALSE;
    }

  if (number < min)
    return FALSE;

  *value = (guint) number;
  return TRUE;
}

gboolean
physio_dose_parse_pattern (PhysioDose *dose,
                           const char *text)
{
  g_auto(GStrv) en_dash_split = NULL;
  g_auto(GStrv) parts = NULL;
  g_autofree char *normalised = NULL;
  guint values[PHYSIO_DOSE_MAX_PATTERN];
  guint n;

  g_return_val_if_fail (dose != NULL, FALSE);

  if (text == NULL)
    return FALSE;

  /* Word processors turn "6-4-2" into en dashes; accept what clinicians paste. */
  en_dash_split = g_strsplit (text, "\u2013", -1);
  normalised = g_strjoinv ("-", en_dash_split);
  parts = g_strsplit (normalised, "-", -1);
  n = g_strv_length (parts);
  if (n == 0 || n > PHYSIO_DOSE_MAX_PATTERN)
    return FALSE;

  for (guint i = 0; i < n; i++)
    {
      if (!_physio_parse_whole_number (parts[i], fields[PHYSIO_DOSE_FIELD_REPS].min,
                                       fields[PHYSIO_DOSE_FIELD_REPS].max, &values[i]))
        return FALSE;
    }

  /* Only touch the dose once the whole text is known to be good. */
  memset (dose->reps_pattern, 0, sizeof dose->reps_pattern);
  memcpy (dose->reps_pattern, values, n * sizeof values[0]);
  dose->n_pattern = n;

  return TRUE;
}

char *
physio_dose_pattern_to_string (const PhysioDose *dose)
{
  GString *text;

  g_return_val_if_fail (dose != NULL, NULL);

  if (dose->n_pattern == 0)
    return NULL;

  text = g_string_new (NULL);
  for (guint i = 0; i < dose->n_pattern && i < PHYSIO_DOSE_MAX_PATTERN; i++)
    g_string_append_printf (text, i == 0 ? "%u" : "-%u", dose->reps_pattern[i]);

  return g_string_free (text, FALSE);
}

void
physio_dose_field_range (PhysioDoseField  field,
                         guint           *min,
                         guint           *max)
{
  g_return_if_fail (field_is_valid (field));

  if (min != NULL)
    *min = fields[field].min;
  if (max != NULL)
    *max = fields[field].max;
}

void
physio_dose_limits_get (const PhysioDoseLimits *limits,
                        PhysioDoseField         field,
                        guint                  *min,
                        guint                  *max)
{
  guint lo, hi;

  g_return_if_fail (field_is_valid (field));

  lo = fields[field].min;
  hi = fields[field].max;

  /* An exercise may narrow the absolute range but never widen it: the absolute range is what
   * is safe for anyone, whatever a library file or an import says. Each end falls back on its
   * own, so a floor alone ("not below 8 reps") works; limits that would leave nothing (min
   * above max after narrowing) are treated as absent. */
  if (limits != NULL)
    {
      guint own_lo = limits->min[field] != 0 ? MAX (limits->min[field], lo) : lo;
      guint own_hi = limits->max[field] != 0 ? MIN (limits->max[field], hi) : hi;

      if (own_lo <= own_hi)
        {
          lo = own_lo;
          hi = own_hi;
        }
    }

  if (min != NULL)
    *min = lo;
  if (max != NULL)
    *max = hi;
}

const char *
physio_dose_field_name (PhysioDoseField field)
{
  g_return_val_if_fail (field_is_valid (field), NULL);

  return fields[field].name;
}

PhysioDoseField
physio_dose_field_from_name (const char *name)
{
  g_return_val_if_fail (name != NULL, PHYSIO_DOSE_FIELD_NONE);

  for (int i = 0; i < PHYSIO_N_DOSE_FIELDS; i++)
    {
      if (g_str_equal (fields[i].name, name))
        return (PhysioDoseField) i;
    }

  return PHYSIO_DOSE_FIELD_NONE;
}

guint
physio_dose_get_field (const PhysioDose *dose,
                       PhysioDoseField   field)
{
  g_return_val_if_fail (dose != NULL, 0);
  g_return_val_if_fail (field_is_valid (field), 0);

  switch (field)
    {
    case PHYSIO_DOSE_FIELD_SETS:
      return dose->n_pattern > 0 ? dose->n_pattern : dose->sets;
    case PHYSIO_DOSE_FIELD_REPS:
      return dose->reps;
    case PHYSIO_DOSE_FIELD_HOLD:
      return dose->hold_s;
    case PHYSIO_DOSE_FIELD_DURATION:
      return dose->duration_s;
    case PHYSIO_DOSE_FIELD_DISTANCE:
      return dose->distance_m;
    case PHYSIO_DOSE_FIELD_STEPS:
      return dose->steps_per_day;
    case PHYSIO_DOSE_FIELD_REST:
      return dose->rest_s > 0 ? (guint) dose->rest_s : 0;
    case PHYSIO_DOSE_FIELD_SESSIONS_PER_DAY:
      return dose->sessions_per_day;
    case PHYSIO_DOSE_FIELD_DAYS_PER_WEEK:
      return dose->days_per_week;
    case PHYSIO_DOSE_FIELD_LOAD:
      return dose->load_kind == PHYSIO_LOAD_KG && dose->load_kg > 0
             ? (guint) lround (dose->load_kg) : 0;
    case PHYSIO_DOSE_FIELD_NONE:
    case PHYSIO_N_DOSE_FIELDS:
    default:
      break;
    }

  /* Unreachable: the field was checked on entry. */
  return 0;
}

void
physio_dose_set_field (PhysioDose      *dose,
                       PhysioDoseField  field,
                       guint            value)
{
  g_return_if_fail (dose != NULL);
  g_return_if_fail (field_is_valid (field));

  switch (field)
    {
    case PHYSIO_DOSE_FIELD_SETS:
      dose->sets = value;
      break;
    case PHYSIO_DOSE_FIELD_REPS:
      dose->reps = value;
      break;
    case PHYSIO_DOSE_FIELD_HOLD:
      dose->hold_s = value;
      break;
    case PHYSIO_DOSE_FIELD_DURATION:
      dose->duration_s = value;
      break;
    case PHYSIO_DOSE_FIELD_DISTANCE:
      dose->distance_m = value;
      break;
    case PHYSIO_DOSE_FIELD_STEPS:
      dose->steps_per_day = value;
      break;
    case PHYSIO_DOSE_FIELD_REST:
      dose->rest_s = (int) MIN (value, (guint) G_MAXINT);
      break;
    case PHYSIO_DOSE_FIELD_SESSIONS_PER_DAY:
      dose->sessions_per_day = value;
      break;
    case PHYSIO_DOSE_FIELD_DAYS_PER_WEEK:
      dose->days_per_week = value;
      break;
    case PHYSIO_DOSE_FIELD_LOAD:
      dose->load_kind = PHYSIO_LOAD_KG;
      dose->load_kg = value;
      break;
    case PHYSIO_DOSE_FIELD_NONE:
    case PHYSIO_N_DOSE_FIELDS:
    default:
      break;
    }
}

gboolean
physio_dose_field_required (PhysioDosageKind kind,
                            PhysioDoseField  field)
{
  g_return_val_if_fail (kind_is_valid (kind), FALSE);
  g_return_val_if_fail (field_is_valid (field), FALSE);

  return (required_fields[kind] & (1u << field)) != 0;
}

gboolean
physio_dose_field_applies (PhysioDosageKind kind,
                           PhysioDoseField  field)
{
  g_return_val_if_fail (kind_is_valid (kind), FALSE);
  g_return_val_if_fail (field_is_valid (field), FALSE);

  return ((required_fields[kind] | optional_fields[kind]) & (1u << field)) != 0;
}

static void
clear_field (PhysioDose      *dose,
             PhysioDoseField  field)
{
  switch (field)
    {
    case PHYSIO_DOSE_FIELD_REST:
      dose->rest_s = -1;
      break;
    case PHYSIO_DOSE_FIELD_REPS:
      dose->reps = 0;
      dose->n_pattern = 0;
      break;
    case PHYSIO_DOSE_FIELD_STEPS:
      dose->steps_per_day = 0;
      dose->steps_above_baseline = 0;
      break;
    case PHYSIO_DOSE_FIELD_LOAD:
      dose->load_kind = PHYSIO_LOAD_NONE;
      dose->load_kg = 0;
      dose->band_level = 0;
      g_clear_pointer (&dose->load_text, g_free);
      break;
    case PHYSIO_DOSE_FIELD_SETS:
    case PHYSIO_DOSE_FIELD_HOLD:
    case PHYSIO_DOSE_FIELD_DURATION:
    case PHYSIO_DOSE_FIELD_DISTANCE:
    case PHYSIO_DOSE_FIELD_SESSIONS_PER_DAY:
    case PHYSIO_DOSE_FIELD_DAYS_PER_WEEK:
      physio_dose_set_field (dose, field, 0);
      break;
    case PHYSIO_DOSE_FIELD_NONE:
    case PHYSIO_N_DOSE_FIELDS:
    default:
      g_assert_not_reached ();
    }
}

void
physio_dose_drop_unused (PhysioDose       *dose,
                         PhysioDoseLimits *limits,
                         PhysioDosageKind  kind)
{
  g_return_if_fail (dose != NULL);
  g_return_if_fail (kind_is_valid (kind));

  for (int f = 0; f < PHYSIO_N_DOSE_FIELDS; f++)
    {
      if (physio_dose_field_applies (kind, f))
        continue;

      clear_field (dose, f);
      if (limits != NULL)
        {
          limits->min[f] = 0;
          limits->max[f] = 0;
        }
    }
}
