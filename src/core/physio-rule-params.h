/* physio-rule-params.h: the clinic-editable parameters of the progression engine (brief 4.2)
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  PHYSIO_MODE_PAIN_MONITORED,
  PHYSIO_MODE_QUOTA_BASED,
  PHYSIO_MODE_MANUAL,
} PhysioProgressionMode;

/* Every number here is a convention a clinic may change ([CONV] in the brief) unless the brief
 * marks it as evidence; the defaults are those of brief 4.2. */
typedef struct
{
  guint  window_days;
  guint  zone_safe_max;
  guint  zone_acceptable_max;
  guint  morning_tolerance;
  guint  trend_regress_delta;
  double adherence_progress_min;
  double adherence_hold_min;
  guint  min_sessions_short;      /* reps, hold, practice, distance */
  guint  min_sessions_long;       /* duration, steps */
  guint  rpe_progress_max;
  double duration_increment;      /* fraction of the bout */
  guint  duration_increment_min_min;
  guint  duration_increment_max_min;
  guint  hold_increment_s;
  guint  reps_increment_small;
  guint  reps_increment_large;
  guint  reps_large_from;         /* reps below this grow by the small step */
  double load_increment;
  double load_increment_max;
  double distance_increment;
  guint  steps_increment;
  double regress_fraction;
  guint  stall_flag_weeks;
  guint  regress_flag_count;
  double quota_start_fraction;
  double quota_weekly_increase;
  guint  quota_review_mornings;   /* consecutive mornings at reference + quota_review_delta */
  guint  quota_review_delta;
} PhysioRuleParams;

void        physio_rule_params_init_defaults (PhysioRuleParams       *params);
/* Checks each parameter against a sane range; the message names the parameter. */
gboolean    physio_rule_params_validate      (const PhysioRuleParams *params,
                                              GError                **error);
/* Key file round trip (group "Progression"), the format kept in the programme's rule_params
 * and in the clinic's settings. Unknown keys are ignored, missing keys keep the defaults. */
char       *physio_rule_params_to_string     (const PhysioRuleParams *params);
gboolean    physio_rule_params_from_string   (PhysioRuleParams       *params,
                                              const char             *text,
                                              GError                **error);
const char *physio_progression_mode_to_code  (PhysioProgressionMode   mode);
gboolean    physio_progression_mode_from_code (const char            *code,
                                               PhysioProgressionMode *mode);

G_END_DECLS
