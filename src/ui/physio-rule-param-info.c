/* physio-rule-param-info.c: how each progression parameter of brief 4.2 is shown and typed
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "physio-rule-param-info.h"

#define UINT_PARAM(g, field, up, title, unit) \
  { g, G_STRUCT_OFFSET (PhysioRuleParams, field), FALSE, up, #field, title, unit }
#define FRACTION_PARAM(g, field, title, unit) \
  { g, G_STRUCT_OFFSET (PhysioRuleParams, field), TRUE, 100, #field, title, unit }

static const PhysioParamInfo params_info[] = {
  UINT_PARAM (PHYSIO_PARAM_GROUP_RULES, window_days, 28, N_("Review period"), N_("days")),
  UINT_PARAM (PHYSIO_PARAM_GROUP_RULES, zone_safe_max, 10, N_("Safe pain during exercise, up to"),
              N_("out of 10")),
  UINT_PARAM (PHYSIO_PARAM_GROUP_RULES, zone_acceptable_max, 10,
              N_("Acceptable pain during exercise, up to"), N_("out of 10")),
  UINT_PARAM (PHYSIO_PARAM_GROUP_RULES, morning_tolerance, 10,
              N_("Next-morning pain that still counts as settled"),
              N_("points above that day’s morning")),
  UINT_PARAM (PHYSIO_PARAM_GROUP_RULES, trend_regress_delta, 10,
              N_("Morning pain rise that steps back"), N_("points, week on week")),
  FRACTION_PARAM (PHYSIO_PARAM_GROUP_PROGRESS, adherence_progress_min,
                  N_("Sessions done to progress"),
                  /* xgettext:no-c-format */ N_("% of those prescribed")),
  FRACTION_PARAM (PHYSIO_PARAM_GROUP_PROGRESS, adherence_hold_min,
                  N_("Below this, hold and talk about what gets in the way"),
                  /* xgettext:no-c-format */ N_("% of sessions done")),
  UINT_PARAM (PHYSIO_PARAM_GROUP_PROGRESS, min_sessions_short, 14,
              N_("Sessions needed: repetitions, holds, practice, distance"), N_("a week")),
  UINT_PARAM (PHYSIO_PARAM_GROUP_PROGRESS, min_sessions_long, 14,
              N_("Sessions needed: time and steps"), N_("a week")),
  UINT_PARAM (PHYSIO_PARAM_GROUP_PROGRESS, rpe_progress_max, 10,
              N_("Hardest effort that still progresses"), N_("RPE out of 10")),
  FRACTION_PARAM (PHYSIO_PARAM_GROUP_INCREMENT, duration_increment, N_("Longer bouts by"),
                  /* xgettext:no-c-format */ N_("% of the bout")),
  UINT_PARAM (PHYSIO_PARAM_GROUP_INCREMENT, duration_increment_min_min, 60,
              N_("Longer bouts by at least"), N_("minutes")),
  UINT_PARAM (PHYSIO_PARAM_GROUP_INCREMENT, duration_increment_max_min, 60,
              N_("Longer bouts by at most"), N_("minutes")),
  UINT_PARAM (PHYSIO_PARAM_GROUP_INCREMENT, hold_increment_s, 60, N_("Longer holds by"),
              N_("seconds")),
  UINT_PARAM (PHYSIO_PARAM_GROUP_INCREMENT, reps_increment_small, 10,
              N_("More repetitions, below the threshold"), N_("repetitions")),
  UINT_PARAM (PHYSIO_PARAM_GROUP_INCREMENT, reps_increment_large, 10,
              N_("More repetitions, from the threshold"), N_("repetitions")),
  UINT_PARAM (PHYSIO_PARAM_GROUP_INCREMENT, reps_large_from, 50, N_("Repetition threshold"),
              N_("repetitions")),
  FRACTION_PARAM (PHYSIO_PARAM_GROUP_INCREMENT, load_increment, N_("Heavier load by"), N_("%")),
  FRACTION_PARAM (PHYSIO_PARAM_GROUP_INCREMENT, load_increment_max,
                  N_("Heavier load by at most"), N_("%")),
  FRACTION_PARAM (PHYSIO_PARAM_GROUP_INCREMENT, distance_increment, N_("Longer distance by"),
                  N_("%")),
  UINT_PARAM (PHYSIO_PARAM_GROUP_INCREMENT, steps_increment, 5000, N_("More steps a day by"),
              N_("steps, each week")),
  FRACTION_PARAM (PHYSIO_PARAM_GROUP_REGRESS, regress_fraction,
                  N_("Step back, when there is no earlier dose, by"), N_("%")),
  UINT_PARAM (PHYSIO_PARAM_GROUP_REGRESS, stall_flag_weeks, 12,
              N_("Holds in a row before asking for a review"), N_("weeks")),
  UINT_PARAM (PHYSIO_PARAM_GROUP_REGRESS, regress_flag_count, 12,
              N_("Steps back in a row before flagging a flare"), N_("weeks")),
  FRACTION_PARAM (PHYSIO_PARAM_GROUP_QUOTA, quota_start_fraction, N_("First quota"),
                  /* xgettext:no-c-format */ N_("% of the baseline")),
  FRACTION_PARAM (PHYSIO_PARAM_GROUP_QUOTA, quota_weekly_increase, N_("Quota rises each week by"),
                  N_("%")),
  UINT_PARAM (PHYSIO_PARAM_GROUP_QUOTA, quota_review_mornings, 14,
              N_("Worse mornings in a row that ask for a review"), N_("mornings")),
  UINT_PARAM (PHYSIO_PARAM_GROUP_QUOTA, quota_review_delta, 10,
              N_("Worse means above the reference by"), N_("points")),
};

G_STATIC_ASSERT (G_N_ELEMENTS (params_info) == PHYSIO_N_RULE_PARAMS);

const PhysioParamInfo *
physio_param_info_list (guint *n_params)
{
  g_return_val_if_fail (n_params != NULL, NULL);

  *n_params = G_N_ELEMENTS (params_info);
  return params_info;
}

double
physio_param_info_get (const PhysioParamInfo  *info,
                       const PhysioRuleParams *params)
{
  g_return_val_if_fail (info != NULL && params != NULL, 0);

  if (info->fraction)
    return G_STRUCT_MEMBER (double, params, info->offset) * 100;

  return G_STRUCT_MEMBER (guint, params, info->offset);
}

void
physio_param_info_set (const PhysioParamInfo *info,
                       PhysioRuleParams      *params,
                       double                 shown)
{
  g_return_if_fail (info != NULL && params != NULL);

  if (info->fraction)
    G_STRUCT_MEMBER (double, params, info->offset) = shown / 100;
  else
    G_STRUCT_MEMBER (guint, params, info->offset) = (guint) CLAMP (shown + 0.5, 0, info->upper);
}

char *
physio_param_info_hint (const PhysioParamInfo *info)
{
  PhysioRuleParams defaults;
  g_autofree char *value = NULL;

  g_return_val_if_fail (info != NULL, NULL);

  physio_rule_params_init_defaults (&defaults);
  value = g_strdup_printf ("%g", physio_param_info_get (info, &defaults));

  /* TRANSLATORS: the unit of a rule parameter and its default, "days · default 7" */
  return g_strdup_printf (_("%s · default %s"), _(info->unit), value);
}

const char *
physio_param_group_title (PhysioParamGroup group)
{
  switch (group)
    {
    case PHYSIO_PARAM_GROUP_RULES:
      return _("Rules");
    case PHYSIO_PARAM_GROUP_PROGRESS:
      return _("When to Progress");
    case PHYSIO_PARAM_GROUP_INCREMENT:
      return _("How Much to Progress");
    case PHYSIO_PARAM_GROUP_REGRESS:
      return _("Stepping Back and Flags");
    case PHYSIO_PARAM_GROUP_QUOTA:
      return _("Graded Activity");
    default:
      g_return_val_if_reached (NULL);
    }
}
