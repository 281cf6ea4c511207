/* physio-dose-validate.c: checks a dose against its exercise's limits (brief 2.4)
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "physio-i18n.h"

#include "physio-dose.h"
#include "physio-increment.h"
#include "physio-dose-field.h"

G_DEFINE_QUARK (physio-dose-error-quark, physio_dose_error)

/* Every message names the field and, for a range, both ends in the unit the clinician types,
 * so it can be shown as is beside the field. */

static gboolean
missing (PhysioDoseField   field,
         GError          **error)
{
  const char *message;

  switch (field)
    {
    case PHYSIO_DOSE_FIELD_SETS:
      message = _("Sets are needed for this exercise.");
      break;
    case PHYSIO_DOSE_FIELD_REPS:
      message = _("Reps are needed for this exercise.");
      break;
    case PHYSIO_DOSE_FIELD_HOLD:
      message = _("A hold time is needed for this exercise.");
      break;
    case PHYSIO_DOSE_FIELD_DURATION:
      message = _("A duration is needed for this exercise.");
      break;
    case PHYSIO_DOSE_FIELD_DISTANCE:
      message = _("A distance is needed for this exercise.");
      break;
    case PHYSIO_DOSE_FIELD_STEPS:
      message = _("A daily step target is needed for this exercise.");
      break;
    case PHYSIO_DOSE_FIELD_DAYS_PER_WEEK:
      message = _("Days per week are needed for this exercise.");
      break;
    case PHYSIO_DOSE_FIELD_SESSIONS_PER_DAY:
    case PHYSIO_DOSE_FIELD_REST:
    case PHYSIO_DOSE_FIELD_LOAD:
    case PHYSIO_DOSE_FIELD_NONE:
    case PHYSIO_N_DOSE_FIELDS:
    default:
      g_assert_not_reached ();
      return TRUE;
    }

  g_set_error_literal (error, PHYSIO_DOSE_ERROR, PHYSIO_DOSE_ERROR_MISSING, message);
  return FALSE;
}

static gboolean
out_of_range (PhysioDoseField   field,
              guint             min,
              guint             max,
              GError          **error)
{
  char *message;

  switch (field)
    {
    case PHYSIO_DOSE_FIELD_SETS:
      message = g_strdup_printf (_("Sets must be between %u and %u."), min, max);
      break;
    case PHYSIO_DOSE_FIELD_REPS:
      message = g_strdup_printf (_("Reps must be between %u and %u."), min, max);
      break;
    case PHYSIO_DOSE_FIELD_HOLD:
      message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                              "Hold must be between %u and %u second.",
                                              "Hold must be between %u and %u seconds.", max),
                                 min, max);
      break;
    case PHYSIO_DOSE_FIELD_DURATION:
      /* Durations are typed and shown in minutes (brief 2.4), so say minutes when the range
       * is in whole minutes. */
      if (min % 60 == 0 && max % 60 == 0)
        message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                "Duration must be between %u and %u minute.",
                                                "Duration must be between %u and %u minutes.",
                                                max / 60),
                                   min / 60, max / 60);
      else
        message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                "Duration must be between %u and %u second.",
                                                "Duration must be between %u and %u seconds.",
                                                max),
                                   min, max);
      break;
    case PHYSIO_DOSE_FIELD_DISTANCE:
      message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                              "Distance must be between %u and %u metre.",
                                              "Distance must be between %u and %u metres.", max),
                                 min, max);
      break;
    case PHYSIO_DOSE_FIELD_STEPS:
      message = g_strdup_printf (_("Steps per day must be between %u and %u."), min, max);
      break;
    case PHYSIO_DOSE_FIELD_REST:
      message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                              "Rest must be between %u and %u second.",
                                              "Rest must be between %u and %u seconds.", max),
                                 min, max);
      break;
    case PHYSIO_DOSE_FIELD_SESSIONS_PER_DAY:
      message = g_strdup_printf (_("Sessions per day must be between %u and %u."), min, max);
      break;
    case PHYSIO_DOSE_FIELD_DAYS_PER_WEEK:
      message = g_strdup_printf (_("Days per week must be between %u and %u."), min, max);
      break;
    case PHYSIO_DOSE_FIELD_LOAD:
      message = g_strdup_printf (_("Load must be between %u and %u kg."), min, max);
      break;
    case PHYSIO_DOSE_FIELD_NONE:
    case PHYSIO_N_DOSE_FIELDS:
    default:
      g_assert_not_reached ();
      return TRUE;
    }

  g_set_error_literal (error, PHYSIO_DOSE_ERROR, PHYSIO_DOSE_ERROR_OUT_OF_RANGE, message);
  g_free (message);
  return FALSE;
}

/* The common case: a count where 0 means "not set". */
static gboolean
check_count (guint                    value,
             PhysioDosageKind         kind,
             const PhysioDoseLimits  *limits,
             PhysioDoseField          field,
             GError                 **error)
{
  guint min, max;

  if (value == 0)
    return physio_dose_field_required (kind, field) ? missing (field, error) : TRUE;

  physio_dose_limits_get (limits, field, &min, &max);
  if (value < min || value > max)
    return out_of_range (field, min, max, error);

  return TRUE;
}

/* A pyramid replaces sets × reps: each of its entries is a set's reps. */
static gboolean
check_pattern (const PhysioDose        *dose,
               const PhysioDoseLimits  *limits,
               GError                 **error)
{
  guint min, max;

  physio_dose_limits_get (limits, PHYSIO_DOSE_FIELD_REPS, &min, &max);

  if (dose->n_pattern > PHYSIO_DOSE_MAX_PATTERN)
    {
      g_set_error (error, PHYSIO_DOSE_ERROR, PHYSIO_DOSE_ERROR_PATTERN,
                   _("A reps pattern can have at most %u steps."), PHYSIO_DOSE_MAX_PATTERN);
      return FALSE;
    }

  for (guint i = 0; i < dose->n_pattern; i++)
    {
      guint reps = dose->reps_pattern[i];

      if (reps < min || reps > max)
        {
          g_set_error (error, PHYSIO_DOSE_ERROR, PHYSIO_DOSE_ERROR_PATTERN,
                       _("Reps in the pattern must be between %u and %u."), min, max);
          return FALSE;
        }
    }

  return TRUE;
}

static gboolean
check_steps (const PhysioDose        *dose,
             PhysioDosageKind         kind,
             const PhysioDoseLimits  *limits,
             GError                 **error)
{
  guint max;

  if (dose->steps_per_day > 0)
    return check_count (dose->steps_per_day, kind, limits, PHYSIO_DOSE_FIELD_STEPS, error);

  /* "Usual steps + 500" cannot be held to an absolute range before the baseline is known;
   * it only has to be a real, sane increase. */
  if (dose->steps_above_baseline > 0)
    {
      physio_dose_field_range (PHYSIO_DOSE_FIELD_STEPS, NULL, &max);
      if (dose->steps_above_baseline > max)
        {
          g_set_error (error, PHYSIO_DOSE_ERROR, PHYSIO_DOSE_ERROR_OUT_OF_RANGE,
                       _("Extra steps per day must be between %u and %u."), 1, max);
          return FALSE;
        }
      return TRUE;
    }

  return physio_dose_field_required (kind, PHYSIO_DOSE_FIELD_STEPS)
         ? missing (PHYSIO_DOSE_FIELD_STEPS, error) : TRUE;
}

static gboolean
check_load (const PhysioDose        *dose,
            const PhysioDoseLimits  *limits,
            GError                 **error)
{
  guint min, max;

  switch (dose->load_kind)
    {
    case PHYSIO_LOAD_KG:
      physio_dose_limits_get (limits, PHYSIO_DOSE_FIELD_LOAD, &min, &max);
      if (!(dose->load_kg >= min && dose->load_kg <= max))
        return out_of_range (PHYSIO_DOSE_FIELD_LOAD, min, max, error);
      return TRUE;

    case PHYSIO_LOAD_BAND:
      if (dose->band_level < PHYSIO_BAND_EXTRA_LIGHT || dose->band_level > PHYSIO_BAND_EXTRA_HEAVY)
        {
          g_set_error_literal (error, PHYSIO_DOSE_ERROR, PHYSIO_DOSE_ERROR_MISSING,
                               _("Load needs a band level."));
          return FALSE;
        }
      return TRUE;

    case PHYSIO_LOAD_NONE:
    case PHYSIO_LOAD_BODYWEIGHT:
    case PHYSIO_LOAD_ASSISTED:
      return TRUE;

    default:
      g_set_error_literal (error, PHYSIO_DOSE_ERROR, PHYSIO_DOSE_ERROR_OUT_OF_RANGE,
                           _("Load has an unknown kind."));
      return FALSE;
    }
}

gboolean
physio_dose_validate_field (const PhysioDose        *dose,
                            PhysioDosageKind         kind,
                            const PhysioDoseLimits  *limits,
                            PhysioDoseField          field,
                            GError                 **error)
{
  guint min, max;

  g_return_val_if_fail (dose != NULL, FALSE);
  g_return_val_if_fail ((guint) kind <= PHYSIO_DOSAGE_PRACTICE, FALSE);
  g_return_val_if_fail (field >= 0 && field < PHYSIO_N_DOSE_FIELDS, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  /* A value the kind does not use is never shown nor progressed, so it cannot be wrong. */
  if (!physio_dose_field_applies (kind, field))
    return TRUE;

  switch (field)
    {
    case PHYSIO_DOSE_FIELD_SETS:
      if (dose->n_pattern > 0)
        return TRUE;
      return check_count (dose->sets, kind, limits, field, error);

    case PHYSIO_DOSE_FIELD_REPS:
      if (dose->n_pattern > 0)
        return check_pattern (dose, limits, error);
      /* The engine's double progression may go above the exercise's maximum with a kg load:
       * the ceiling is the one the engine uses (physio-increment.h). */
      if (dose->reps == 0)
        return check_count (dose->reps, kind, limits, field, error);
      physio_dose_limits_get (limits, field, &min, &max);
      max = physio_dose_reps_ceiling (limits, dose);
      if (dose->reps < min || dose->reps > max)
        return out_of_range (field, min, max, error);
      return TRUE;

    case PHYSIO_DOSE_FIELD_HOLD:
      return check_count (dose->hold_s, kind, limits, field, error);

    case PHYSIO_DOSE_FIELD_DURATION:
      return check_count (dose->duration_s, kind, limits, field, error);

    case PHYSIO_DOSE_FIELD_DISTANCE:
      return check_count (dose->distance_m, kind, limits, field, error);

    case PHYSIO_DOSE_FIELD_STEPS:
      return check_steps (dose, kind, limits, error);

    case PHYSIO_DOSE_FIELD_REST:
      /* Unset rest is fine; 0 s is a real value and must sit inside the range. */
      if (dose->rest_s < 0)
        return TRUE;
      physio_dose_limits_get (limits, field, &min, &max);
      if ((guint) dose->rest_s < min || (guint) dose->rest_s > max)
        return out_of_range (field, min, max, error);
      return TRUE;

    case PHYSIO_DOSE_FIELD_SESSIONS_PER_DAY:
      /* Left out, it means once a day (the library omits it for some exercises). */
      return check_count (MAX (dose->sessions_per_day, 1), kind, limits, field, error);

    case PHYSIO_DOSE_FIELD_DAYS_PER_WEEK:
      return check_count (dose->days_per_week, kind, limits, field, error);

    case PHYSIO_DOSE_FIELD_LOAD:
      return check_load (dose, limits, error);

    case PHYSIO_DOSE_FIELD_NONE:
    case PHYSIO_N_DOSE_FIELDS:
    default:
      break;
    }

  return TRUE;
}

gboolean
physio_dose_validate (const PhysioDose        *dose,
                      PhysioDosageKind         kind,
                      const PhysioDoseLimits  *limits,
                      PhysioDoseField         *bad_field,
                      GError                 **error)
{
  g_return_val_if_fail (dose != NULL, FALSE);
  g_return_val_if_fail ((guint) kind <= PHYSIO_DOSAGE_PRACTICE, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (bad_field != NULL)
    *bad_field = PHYSIO_DOSE_FIELD_NONE;

  for (int i = 0; i < PHYSIO_N_DOSE_FIELDS; i++)
    {
      if (!physio_dose_validate_field (dose, kind, limits, (PhysioDoseField) i, error))
        {
          if (bad_field != NULL)
            *bad_field = (PhysioDoseField) i;
          return FALSE;
        }
    }

  return TRUE;
}

gboolean
physio_dose_limits_validate_field (const PhysioDoseLimits  *limits,
                                   PhysioDoseField          field,
                                   GError                 **error)
{
  guint abs_min, abs_max;
  guint lo, hi;
  g_autofree char *min_text = NULL;
  g_autofree char *max_text = NULL;

  g_return_val_if_fail (limits != NULL, FALSE);
  g_return_val_if_fail (field >= 0 && field < PHYSIO_N_DOSE_FIELDS, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  lo = limits->min[field];
  hi = limits->max[field];
  if (lo == 0 && hi == 0)
    return TRUE;

  /* physio_dose_limits_get () quietly ignores limits that would widen the range or leave
   * nothing, which keeps old data safe; new data (an import, the editor) is told instead. */
  physio_dose_field_range (field, &abs_min, &abs_max);
  if ((lo == 0 || lo >= abs_min) && (hi == 0 || hi <= abs_max) && (hi == 0 || lo <= hi))
    return TRUE;

  min_text = physio_dose_field_format_amount (field, abs_min);
  max_text = physio_dose_field_format_amount (field, abs_max);
  /* TRANSLATORS: the first %s is a dose field ("Hold"), the others amounts ("1 s", "5 min") */
  g_set_error (error, PHYSIO_DOSE_ERROR, PHYSIO_DOSE_ERROR_LIMITS,
               _("%s limits must lie between %s and %s, the lowest first."),
               _(physio_dose_field_info (field)->title), min_text, max_text);
  return FALSE;
}

gboolean
physio_dose_limits_validate (const PhysioDoseLimits  *limits,
                             PhysioDoseField         *bad_field,
                             GError                 **error)
{
  g_return_val_if_fail (limits != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (bad_field != NULL)
    *bad_field = PHYSIO_DOSE_FIELD_NONE;

  for (int i = 0; i < PHYSIO_N_DOSE_FIELDS; i++)
    {
      if (!physio_dose_limits_validate_field (limits, (PhysioDoseField) i, error))
        {
          if (bad_field != NULL)
            *bad_field = (PhysioDoseField) i;
          return FALSE;
        }
    }

  return TRUE;
}
