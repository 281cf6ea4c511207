/* physio-rule-params.c
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "physio-i18n.h"

#include "physio-rule-params.h"

#define GROUP "Progression"

void
physio_rule_params_init_defaults (PhysioRuleParams *params)
{
  g_return_if_fail (params != NULL);

  *params = (PhysioRuleParams) {
    .window_days = 7,
    .zone_safe_max = 2,
    .zone_acceptable_max = 5,
    .morning_tolerance = 1,
    .trend_regress_delta = 2,
    .adherence_progress_min = 0.80,
    .adherence_hold_min = 0.50,
    .min_sessions_short = 2,
    .min_sessions_long = 3,
    .rpe_progress_max = 6,
    .duration_increment = 0.10,
    .duration_increment_min_min = 1,
    .duration_increment_max_min = 5,
    .hold_increment_s = 2,
    .reps_increment_small = 1,
    .reps_increment_large = 2,
    .reps_large_from = 8,
    .load_increment = 0.05,
    .load_increment_max = 0.10,
    .distance_increment = 0.10,
    .steps_increment = 500,
    .regress_fraction = 0.25,
    .stall_flag_weeks = 3,
    .regress_flag_count = 2,
    .quota_start_fraction = 0.80,
    .quota_weekly_increase = 0.10,
    .quota_review_mornings = 2,
    .quota_review_delta = 2,
  };
}

/* One table drives validation and the key file, so a new parameter is one line here. */
typedef enum { PARAM_UINT, PARAM_DOUBLE } ParamType;

typedef struct
{
  const char *key;
  ParamType   type;
  gsize       offset;
  double      min;
  double      max;
} ParamSpec;

#define U(field, lo, hi) { #field, PARAM_UINT, G_STRUCT_OFFSET (PhysioRuleParams, field), lo, hi }
#define D(field, lo, hi) { #field, PARAM_DOUBLE, G_STRUCT_OFFSET (PhysioRuleParams, field), lo, hi }

static const ParamSpec param_specs[] = {
  U (window_days, 3, 28),
  U (zone_safe_max, 0, 10),
  U (zone_acceptable_max, 0, 10),
  U (morning_tolerance, 0, 5),
  U (trend_regress_delta, 1, 10),
  D (adherence_progress_min, 0.0, 1.0),
  D (adherence_hold_min, 0.0, 1.0),
  U (min_sessions_short, 1, 21),
  U (min_sessions_long, 1, 21),
  U (rpe_progress_max, 1, 10),
  D (duration_increment, 0.01, 0.5),
  U (duration_increment_min_min, 1, 30),
  U (duration_increment_max_min, 1, 30),
  U (hold_increment_s, 1, 30),
  U (reps_increment_small, 1, 10),
  U (reps_increment_large, 1, 10),
  U (reps_large_from, 1, 50),
  D (load_increment, 0.02, 0.10),
  D (load_increment_max, 0.02, 0.25),
  D (distance_increment, 0.01, 0.5),
  U (steps_increment, 100, 5000),
  D (regress_fraction, 0.05, 0.75),
  U (stall_flag_weeks, 1, 12),
  U (regress_flag_count, 1, 12),
  D (quota_start_fraction, 0.3, 1.0),
  D (quota_weekly_increase, 0.0, 0.5),
  U (quota_review_mornings, 1, 7),
  U (quota_review_delta, 1, 10),
};

#undef U
#undef D

static double
param_get (const PhysioRuleParams *params,
           const ParamSpec        *spec)
{
  const guint8 *base = (const guint8 *) params;

  if (spec->type == PARAM_UINT)
    return *(const guint *) (gconstpointer) (base + spec->offset);
  return *(const double *) (gconstpointer) (base + spec->offset);
}

/* Whether @value may be stored in the parameter: finite, in range (NaN is in no range), and
 * whole for a count. Checked before any cast, since a double outside the range of the
 * target type makes the cast undefined. */
static gboolean
param_check (const ParamSpec  *spec,
             double            value,
             GError          **error)
{
  if (!isfinite (value))
    {
      g_set_error (error, G_KEY_FILE_ERROR, G_KEY_FILE_ERROR_INVALID_VALUE,
                   _("The progression setting “%s” is not a number."), spec->key);
      return FALSE;
    }

  if (!(value >= spec->min && value <= spec->max))
    {
      g_set_error (error, G_KEY_FILE_ERROR, G_KEY_FILE_ERROR_INVALID_VALUE,
                   _("The progression setting “%s” must be between %g and %g."),
                   spec->key, spec->min, spec->max);
      return FALSE;
    }

  if (spec->type == PARAM_UINT && value != floor (value))
    {
      g_set_error (error, G_KEY_FILE_ERROR, G_KEY_FILE_ERROR_INVALID_VALUE,
                   _("The progression setting “%s” must be a whole number."), spec->key);
      return FALSE;
    }

  return TRUE;
}

/* Only after param_check (). */
static void
param_set (PhysioRuleParams *params,
           const ParamSpec  *spec,
           double            value)
{
  guint8 *base = (guint8 *) params;

  g_assert (param_check (spec, value, NULL));

  if (spec->type == PARAM_UINT)
    *(guint *) (gpointer) (base + spec->offset) = (guint) value;
  else
    *(double *) (gpointer) (base + spec->offset) = value;
}

gboolean
physio_rule_params_validate (const PhysioRuleParams  *params,
                             GError                 **error)
{
  g_return_val_if_fail (params != NULL, FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (param_specs); i++)
    {
      const ParamSpec *spec = &param_specs[i];
      double value = param_get (params, spec);

      if (!param_check (spec, value, error))
        return FALSE;
    }

  if (params->zone_safe_max > params->zone_acceptable_max)
    {
      g_set_error_literal (error, G_KEY_FILE_ERROR, G_KEY_FILE_ERROR_INVALID_VALUE,
                           _("The green pain zone must end below the amber zone."));
      return FALSE;
    }
  if (params->adherence_hold_min > params->adherence_progress_min)
    {
      g_set_error_literal (error, G_KEY_FILE_ERROR, G_KEY_FILE_ERROR_INVALID_VALUE,
                           _("The adherence needed to hold cannot be above the adherence needed to progress."));
      return FALSE;
    }
  if (params->load_increment > params->load_increment_max)
    {
      g_set_error_literal (error, G_KEY_FILE_ERROR, G_KEY_FILE_ERROR_INVALID_VALUE,
                           _("The load step cannot be larger than the largest allowed load step."));
      return FALSE;
    }

  return TRUE;
}

char *
physio_rule_params_to_string (const PhysioRuleParams *params)
{
  g_autoptr(GKeyFile) key_file = g_key_file_new ();

  g_return_val_if_fail (params != NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (param_specs); i++)
    {
      const ParamSpec *spec = &param_specs[i];

      if (spec->type == PARAM_UINT)
        g_key_file_set_uint64 (key_file, GROUP, spec->key, (guint64) param_get (params, spec));
      else
        g_key_file_set_double (key_file, GROUP, spec->key, param_get (params, spec));
    }

  return g_key_file_to_data (key_file, NULL, NULL);
}

gboolean
physio_rule_params_from_string (PhysioRuleParams  *params,
                                const char        *text,
                                GError           **error)
{
  g_autoptr(GKeyFile) key_file = g_key_file_new ();
  PhysioRuleParams parsed;

  g_return_val_if_fail (params != NULL, FALSE);
  g_return_val_if_fail (text != NULL, FALSE);

  if (!g_key_file_load_from_data (key_file, text, -1, G_KEY_FILE_NONE, error))
    return FALSE;

  physio_rule_params_init_defaults (&parsed);

  for (guint i = 0; i < G_N_ELEMENTS (param_specs); i++)
    {
      const ParamSpec *spec = &param_specs[i];
      g_autoptr(GError) local_error = NULL;
      double value;

      if (!g_key_file_has_key (key_file, GROUP, spec->key, NULL))
        continue;

      /* The text comes from a database or a settings file: untrusted, whatever wrote it. */
      value = g_key_file_get_double (key_file, GROUP, spec->key, &local_error);
      if (local_error != NULL)
        {
          g_set_error (error, G_KEY_FILE_ERROR, G_KEY_FILE_ERROR_INVALID_VALUE,
                       _("The progression setting “%s” is not a number."), spec->key);
          return FALSE;
        }
      if (!param_check (spec, value, error))
        return FALSE;
      param_set (&parsed, spec, value);
    }

  if (!physio_rule_params_validate (&parsed, error))
    return FALSE;

  *params = parsed;
  return TRUE;
}

static const char * const mode_codes[] = {
  [PHYSIO_MODE_PAIN_MONITORED] = "pain_monitored",
  [PHYSIO_MODE_QUOTA_BASED] = "quota_based",
  [PHYSIO_MODE_MANUAL] = "manual",
};

const char *
physio_progression_mode_to_code (PhysioProgressionMode mode)
{
  g_return_val_if_fail (mode <= PHYSIO_MODE_MANUAL, NULL);

  return mode_codes[mode];
}

gboolean
physio_progression_mode_from_code (const char            *code,
                                   PhysioProgressionMode *mode)
{
  g_return_val_if_fail (mode != NULL, FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (mode_codes); i++)
    {
      if (g_strcmp0 (code, mode_codes[i]) == 0)
        {
          *mode = (PhysioProgressionMode) i;
          return TRUE;
        }
    }

  return FALSE;
}
