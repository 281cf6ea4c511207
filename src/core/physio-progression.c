/* physio-progression.c: the weekly decision per prescription (brief 4.1, 4.3, 4.6)
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "physio-i18n.h"

#include "physio-follow-up-stats.h"
#include "physio-increment.h"
#include "physio-progression.h"

PhysioPainZone
physio_pain_zone (const PhysioRuleParams *params,
                  int                     pain)
{
  g_return_val_if_fail (params != NULL, PHYSIO_ZONE_GREEN);

  if (pain <= (int) params->zone_safe_max)
    return PHYSIO_ZONE_GREEN;
  if (pain <= (int) params->zone_acceptable_max)
    return PHYSIO_ZONE_AMBER;
  return PHYSIO_ZONE_RED;
}

PhysioSettled
physio_session_settled (const PhysioRuleParams *params,
                        const GDate            *session_date,
                        const PhysioDiaryEntry *diary,
                        guint                   n_diary)
{
  const PhysioDiaryEntry *same_day;
  int next_morning;
  double reference;

  g_return_val_if_fail (params != NULL, PHYSIO_SETTLED_UNKNOWN);
  g_return_val_if_fail (session_date != NULL, PHYSIO_SETTLED_UNKNOWN);

  next_morning = physio_stats_next_morning (diary, n_diary, session_date);
  if (next_morning < 0)
    return PHYSIO_SETTLED_UNKNOWN;

  same_day = physio_diary_find (diary, n_diary, session_date);
  if (same_day != NULL && same_day->morning_pain >= 0)
    reference = same_day->morning_pain;
  else
    reference = physio_stats_median_morning_before (diary, n_diary, session_date, 7);

  if (reference < 0)
    return PHYSIO_SETTLED_UNKNOWN;

  return next_morning <= reference + params->morning_tolerance
         ? PHYSIO_SETTLED_YES : PHYSIO_SETTLED_NO;
}

double
physio_morning_trend (const PhysioRuleParams *params,
                      const GDate            *window_start,
                      const PhysioDiaryEntry *diary,
                      guint                   n_diary)
{
  g_return_val_if_fail (params != NULL, G_MAXDOUBLE);

  return physio_stats_morning_trend (diary, n_diary, window_start, params->window_days);
}

guint
physio_quota_start (const PhysioRuleParams *params,
                    const guint            *baseline,
                    guint                   n_baseline)
{
  double sum = 0;

  g_return_val_if_fail (params != NULL, 0);

  if (n_baseline == 0)
    return 0;

  for (guint i = 0; i < n_baseline; i++)
    sum += baseline[i];

  return (guint) floor (params->quota_start_fraction * sum / n_baseline + 0.5);
}

static gboolean
in_window (const PhysioRuleParams        *params,
           const PhysioPrescriptionState *state,
           const GDate                   *date)
{
  int offset = g_date_days_between (&state->window_start, date);

  return offset >= 0 && offset < (int) params->window_days;
}

/* Graded activity's safety override (brief 4.6): N mornings in a row at or above the
 * pre-window reference + delta send the programme to the clinician, with no automatic
 * regress. */
static gboolean
quota_mornings_worse (const PhysioRuleParams        *params,
                      const PhysioPrescriptionState *state,
                      const PhysioDiaryEntry        *diary,
                      guint                          n_diary)
{
  double reference = physio_stats_median_morning_before (diary, n_diary, &state->window_start,
                                                         params->window_days);
  guint run = 0;

  if (reference < 0)
    return FALSE;

  for (guint day = 0; day < params->window_days; day++)
    {
      GDate date = state->window_start;
      const PhysioDiaryEntry *entry;

      g_date_add_days (&date, day);
      entry = physio_diary_find (diary, n_diary, &date);
      if (entry != NULL && entry->morning_pain >= 0 &&
          entry->morning_pain >= reference + params->quota_review_delta)
        {
          if (++run >= params->quota_review_mornings)
            return TRUE;
        }
      else
        run = 0;
    }

  return FALSE;
}

static guint
target_of (PhysioDosageKind  kind,
           const PhysioDose *dose)
{
  if ((kind == PHYSIO_DOSAGE_REPS || kind == PHYSIO_DOSAGE_PRACTICE) && dose->n_pattern > 0)
    return dose->reps_pattern[0];
  return physio_dose_get_field (dose, physio_dose_primary_field (kind));
}

/* A session met its target when the achieved primary variable reached the dose; a session
 * logged only as "done" counts as met when it was completed in full. */
static gboolean
session_met_target (PhysioDosageKind        kind,
                    const PhysioDose       *dose,
                    const PhysioSessionLog *log)
{
  if (log->achieved == 0)
    return log->completed_fraction >= 0.999;
  return log->achieved >= target_of (kind, dose);
}

/* The load condition of brief 4.2: the top of the rep range in two consecutive sessions with
 * RPE at or below the progress limit. */
static gboolean
load_condition_met (const PhysioRuleParams        *params,
                    const PhysioPrescriptionState *state,
                    const PhysioSessionLog        *logs,
                    guint                          n_logs)
{
  guint reps_min, reps_max;
  guint run = 0;

  physio_dose_limits_get (state->limits, PHYSIO_DOSE_FIELD_REPS, &reps_min, &reps_max);

  for (guint i = 0; i < n_logs; i++)
    {
      const PhysioSessionLog *log = &logs[i];
      gboolean top = log->achieved >= reps_max ||
                     (log->achieved == 0 && log->completed_fraction >= 0.999 &&
                      state->current->reps >= reps_max);
      gboolean easy = log->rpe < 0 || log->rpe <= (int) params->rpe_progress_max;

      run = (top && easy) ? run + 1 : 0;
      if (run >= 2)
        return TRUE;
    }

  return FALSE;
}

static void
increment_context_init (PhysioIncrementContext        *context,
                        const PhysioRuleParams        *params,
                        const PhysioPrescriptionState *state,
                        const PhysioSessionLog        *logs,
                        guint                          n_logs)
{
  *context = (PhysioIncrementContext) {
    .limits = state->limits,
    .pattern_ladder = state->pattern_ladder,
    .load_steps = state->load_steps,
    .n_load_steps = state->n_load_steps,
    .distance_unit_m = state->distance_unit_m,
    .load_condition = load_condition_met (params, state, logs, n_logs),
    /* Walking may build to every day; other bouts to 5 days (brief 4.4). The exercise says
     * whether it is walking; its own days/week limit, if lower, still caps either. */
    .days_cap = state->walking ? 7 : 5,
  };
}

static void
set_dose (PhysioProposal   *proposal,
          const PhysioDose *dose)
{
  physio_dose_copy_into (&proposal->dose, dose);
}

/* Graded activity: the quota rises by the agreed step each week, whatever the pain. */
static void
apply_quota_progress (const PhysioRuleParams        *params,
                      const PhysioPrescriptionState *state,
                      PhysioProposal                *proposal)
{
  PhysioDoseField field = physio_dose_primary_field (state->kind);
  guint min, max, value, step;

  proposal->decision = PHYSIO_DECISION_PROGRESS;
  proposal->reasons |= PHYSIO_REASON_QUOTA_SCHEDULE;

  if (state->planned != NULL && state->ladder_step + 1 < state->n_planned)
    {
      proposal->ladder_step = state->ladder_step + 1;
      set_dose (proposal, &state->planned[proposal->ladder_step]);
      return;
    }

  physio_dose_limits_get (state->limits, field, &min, &max);
  value = physio_dose_get_field (state->current, field);
  step = (guint) floor (value * params->quota_weekly_increase + 0.5);
  if (field == PHYSIO_DOSE_FIELD_DURATION)
    step = MAX ((step + 30) / 60, 1) * 60;     /* whole minutes */
  step = MAX (step, 1);

  if (value >= max)
    {
      proposal->decision = PHYSIO_DECISION_HOLD;
      proposal->reasons |= PHYSIO_REASON_AT_CAPS;
      return;
    }
  physio_dose_set_field (&proposal->dose, field, MIN (value + step, max));
}

static void
apply_progress (const PhysioRuleParams        *params,
                const PhysioPrescriptionState *state,
                const PhysioSessionLog        *logs,
                guint                          n_logs,
                PhysioProposal                *proposal)
{
  PhysioIncrementContext context;
  g_auto(PhysioDose) next = PHYSIO_DOSE_INIT;
  gboolean intensity = FALSE;

  proposal->decision = PHYSIO_DECISION_PROGRESS;

  /* A planned ladder (templates) moves one column to the right. */
  if (state->planned != NULL && state->n_planned > 0)
    {
      if (state->ladder_step + 1 < state->n_planned)
        {
          proposal->ladder_step = state->ladder_step + 1;
          set_dose (proposal, &state->planned[proposal->ladder_step]);
          return;
        }
      proposal->reasons |= PHYSIO_FLAG_LADDER_END;
    }

  increment_context_init (&context, params, state, logs, n_logs);
  if (physio_dose_increment (params, state->kind, state->current, &context, &next, &intensity))
    {
      set_dose (proposal, &next);
      return;
    }

  if (intensity)
    proposal->reasons |= PHYSIO_FLAG_INTENSITY_SUGGESTED;

  /* At every cap: after two eligible weeks in a row, move on to the harder variant. */
  if (state->progression_id != NULL && state->eligible_at_caps_weeks + 1 >= 2)
    {
      proposal->decision = PHYSIO_DECISION_SWAP;
      proposal->reasons |= PHYSIO_REASON_AT_CAPS;
      proposal->swap_to = state->progression_id;
      return;
    }

  proposal->decision = PHYSIO_DECISION_HOLD;
  proposal->reasons |= PHYSIO_REASON_AT_CAPS;
}

static void
apply_regress (const PhysioRuleParams        *params,
               const PhysioPrescriptionState *state,
               PhysioProposal                *proposal)
{
  PhysioIncrementContext context = {
    .limits = state->limits,
    .pattern_ladder = state->pattern_ladder,
    .distance_unit_m = state->distance_unit_m,
  };
  g_auto(PhysioDose) next = PHYSIO_DOSE_INIT;

  proposal->decision = PHYSIO_DECISION_REGRESS;

  /* One column left on a planned ladder, else the dose before the last change. */
  if (state->planned != NULL && state->n_planned > 0 && state->ladder_step > 0)
    {
      proposal->ladder_step = state->ladder_step - 1;
      set_dose (proposal, &state->planned[proposal->ladder_step]);
      return;
    }

  if (state->previous != NULL)
    {
      set_dose (proposal, state->previous);
      return;
    }

  if (physio_dose_reduce (params, state->kind, state->current, &context, &next))
    {
      set_dose (proposal, &next);
      return;
    }

  /* Already at the minimum: an easier variant if there is one. Aerobic work is never taken
   * away (activity floor): it stays at its minimum. */
  proposal->reasons |= PHYSIO_REASON_AT_MINIMUM;
  if (state->regression_id != NULL)
    {
      proposal->decision = PHYSIO_DECISION_SWAP;
      proposal->swap_to = state->regression_id;
      return;
    }

  proposal->decision = PHYSIO_DECISION_HOLD;
}

static void
add_history_flags (const PhysioRuleParams        *params,
                   const PhysioPrescriptionState *state,
                   PhysioProposal                *proposal)
{
  if (proposal->decision == PHYSIO_DECISION_HOLD &&
      state->holds_in_a_row + 1 >= params->stall_flag_weeks)
    proposal->reasons |= PHYSIO_FLAG_STALLED;

  if (proposal->decision == PHYSIO_DECISION_REGRESS &&
      state->regresses_in_a_row + 1 >= params->regress_flag_count)
    proposal->reasons |= PHYSIO_FLAG_FLARE;
}

static void
hold (PhysioProposal *proposal,
      PhysioReason    reasons)
{
  proposal->decision = PHYSIO_DECISION_HOLD;
  proposal->reasons |= reasons;
}

void
physio_progression_decide (const PhysioRuleParams        *params,
                           PhysioProgressionMode          mode,
                           const PhysioPrescriptionState *state,
                           const PhysioSessionLog        *logs,
                           guint                          n_logs,
                           const PhysioDiaryEntry        *diary,
                           guint                          n_diary,
                           PhysioProposal                *proposal)
{
  gboolean pain_mode = mode == PHYSIO_MODE_PAIN_MONITORED;
  PhysioAdherence adherence;
  double n_done;
  guint completed;
  guint min_sessions;
  int max_rpe = -1;
  gboolean target_met = FALSE;
  guint n_recent = 0;

  g_return_if_fail (params != NULL);
  g_return_if_fail (state != NULL && state->current != NULL);
  g_return_if_fail (proposal != NULL);

  *proposal = (PhysioProposal) {
    .decision = PHYSIO_DECISION_HOLD,
    .ladder_step = state->ladder_step,
    .morning_delta = G_MAXDOUBLE,
  };
  physio_dose_init (&proposal->dose);
  set_dose (proposal, state->current);

  /* Safety first, in every mode: a red flag stops everything until the clinician resumes. */
  for (guint i = 0; i < n_diary; i++)
    {
      if (diary[i].red_flag && in_window (params, state, &diary[i].date))
        {
          proposal->decision = PHYSIO_DECISION_STOP;
          proposal->reasons = PHYSIO_REASON_RED_FLAG;
          return;
        }
    }

  /* Adherence is counted once, in the statistics the review page and the charts share. */
  physio_stats_adherence (logs, n_logs, &state->window_start, params->window_days,
                          state->sessions_prescribed, &adherence);
  n_done = adherence.done;
  completed = adherence.completed;

  for (guint i = 0; i < n_logs; i++)
    {
      const PhysioSessionLog *log = &logs[i];
      PhysioSettled settled;
      int pain;

      if (!in_window (params, state, &log->date))
        continue;

      if (log->rpe >= 0)
        max_rpe = MAX (max_rpe, log->rpe);

      settled = physio_session_settled (params, &log->date, diary, n_diary);
      pain = physio_stats_session_pain (log, diary, n_diary);
      if (settled == PHYSIO_SETTLED_UNKNOWN)
        proposal->unknown++;
      if ((pain >= 0 && physio_pain_zone (params, pain) == PHYSIO_ZONE_RED) ||
          settled == PHYSIO_SETTLED_NO)
        proposal->excessive++;
    }

  /* "Not met in either of the last two sessions": neither of them reached the target. */
  for (guint i = n_logs; i > 0 && n_recent < 2; i--)
    {
      const PhysioSessionLog *log = &logs[i - 1];

      if (!in_window (params, state, &log->date))
        continue;
      n_recent++;
      target_met |= session_met_target (state->kind, state->current, log);
    }

  proposal->adherence = adherence.adherence;
  proposal->sessions_done = adherence.done;
  proposal->sessions_prescribed = adherence.prescribed;
  proposal->morning_delta = physio_morning_trend (params, &state->window_start, diary, n_diary);

  if (mode == PHYSIO_MODE_MANUAL)
    {
      hold (proposal, PHYSIO_REASON_MANUAL_MODE);
      return;
    }

  if (pain_mode)
    {
      if (proposal->excessive >= 2)
        {
          proposal->reasons |= PHYSIO_REASON_REPEATED_EXCESSIVE;
          apply_regress (params, state, proposal);
          goto out;
        }
      if (proposal->morning_delta != G_MAXDOUBLE &&
          proposal->morning_delta >= params->trend_regress_delta)
        {
          proposal->reasons |= PHYSIO_REASON_MORNING_TREND;
          apply_regress (params, state, proposal);
          goto out;
        }
    }
  else if (quota_mornings_worse (params, state, diary, n_diary))
    {
      hold (proposal, PHYSIO_REASON_MORNING_REVIEW);
      goto out;
    }

  if (proposal->adherence < params->adherence_hold_min)
    {
      hold (proposal, PHYSIO_REASON_ADHERENCE_LOW | PHYSIO_FLAG_DISCUSS_BARRIERS);
      goto out;
    }
  if (pain_mode && proposal->excessive == 1)
    {
      hold (proposal, PHYSIO_REASON_SINGLE_EXCESSIVE);
      goto out;
    }
  if (pain_mode && proposal->unknown > n_done / 2)
    {
      hold (proposal, PHYSIO_REASON_INSUFFICIENT_DATA);
      goto out;
    }
  if (proposal->adherence < params->adherence_progress_min)
    {
      hold (proposal, PHYSIO_REASON_ADHERENCE_PARTIAL);
      goto out;
    }

  min_sessions = (state->kind == PHYSIO_DOSAGE_DURATION || state->kind == PHYSIO_DOSAGE_STEPS)
                 ? params->min_sessions_long : params->min_sessions_short;
  if (completed < MIN ((double) min_sessions, ceil (state->sessions_prescribed)))
    {
      hold (proposal, PHYSIO_REASON_TOO_FEW_SESSIONS);
      goto out;
    }
  if (n_recent > 0 && !target_met)
    {
      hold (proposal, PHYSIO_REASON_TARGET_NOT_MET);
      goto out;
    }
  if (max_rpe > (int) params->rpe_progress_max)
    {
      hold (proposal, PHYSIO_REASON_EFFORT_HIGH);
      goto out;
    }
  if (state->kind == PHYSIO_DOSAGE_PRACTICE)
    {
      proposal->decision = PHYSIO_DECISION_READY;
      proposal->reasons |= PHYSIO_REASON_PRACTICE;
      goto out;
    }

  if (mode == PHYSIO_MODE_QUOTA_BASED)
    apply_quota_progress (params, state, proposal);
  else
    apply_progress (params, state, logs, n_logs, proposal);

out:
  add_history_flags (params, state, proposal);
}

void
physio_proposal_clear (PhysioProposal *proposal)
{
  g_return_if_fail (proposal != NULL);

  physio_dose_clear (&proposal->dose);
}

static const struct
{
  const char *code;
  const char *label;
} decisions[] = {
  [PHYSIO_DECISION_STOP] = { "STOP", N_("Stop") },
  [PHYSIO_DECISION_REGRESS] = { "REGRESS", N_("Regress") },
  [PHYSIO_DECISION_HOLD] = { "HOLD", N_("Hold") },
  [PHYSIO_DECISION_PROGRESS] = { "PROGRESS", N_("Progress") },
  [PHYSIO_DECISION_READY] = { "READY", N_("Ready for a harder variant") },
  [PHYSIO_DECISION_SWAP] = { "SWAP", N_("Swap") },
};

const char *
physio_decision_to_code (PhysioDecision decision)
{
  g_return_val_if_fail (decision <= PHYSIO_DECISION_SWAP, NULL);

  return decisions[decision].code;
}

const char *
physio_decision_label (PhysioDecision decision)
{
  g_return_val_if_fail (decision <= PHYSIO_DECISION_SWAP, NULL);

  return g_dgettext (GETTEXT_PACKAGE, decisions[decision].label);
}

static const struct
{
  PhysioReason reason;
  const char  *code;
  const char  *text;
} reasons[] = {
  { PHYSIO_REASON_RED_FLAG, "RED_FLAG", N_("A warning sign was reported in the diary: the programme is suspended until you resume it.") },
  { PHYSIO_REASON_REPEATED_EXCESSIVE, "REPEATED_EXCESSIVE", N_("Two or more sessions were too much (pain above the amber zone, or not settled by the next morning).") },
  { PHYSIO_REASON_MORNING_TREND, "MORNING_TREND", N_("Morning pain rose by 2 points or more compared with the week before.") },
  { PHYSIO_REASON_ADHERENCE_LOW, "ADHERENCE_LOW", N_("Fewer than half of the prescribed sessions were done.") },
  { PHYSIO_REASON_SINGLE_EXCESSIVE, "SINGLE_EXCESSIVE", N_("One session was too much.") },
  { PHYSIO_REASON_INSUFFICIENT_DATA, "INSUFFICIENT_DATA", N_("Too many sessions have no next-morning pain score to judge.") },
  { PHYSIO_REASON_ADHERENCE_PARTIAL, "ADHERENCE_PARTIAL", N_("Not quite enough of the prescribed sessions were done to progress.") },
  { PHYSIO_REASON_TOO_FEW_SESSIONS, "TOO_FEW_SESSIONS", N_("Too few sessions were completed to judge progress.") },
  { PHYSIO_REASON_TARGET_NOT_MET, "TARGET_NOT_MET", N_("The target was not reached in the last two sessions.") },
  { PHYSIO_REASON_EFFORT_HIGH, "EFFORT_HIGH", N_("Effort was rated above the progress limit.") },
  { PHYSIO_REASON_PRACTICE, "PRACTICE", N_("Technique practice is going well: consider a harder variant.") },
  { PHYSIO_REASON_AT_CAPS, "AT_CAPS", N_("The dose is at the top of its limits.") },
  { PHYSIO_REASON_AT_MINIMUM, "AT_MINIMUM", N_("The dose is already at its minimum.") },
  { PHYSIO_REASON_QUOTA_SCHEDULE, "QUOTA_SCHEDULE", N_("Graded activity: the quota rises on schedule.") },
  { PHYSIO_REASON_MORNING_REVIEW, "MORNING_REVIEW", N_("Morning pain was 2 points or more above usual on two mornings in a row: please review.") },
  { PHYSIO_REASON_MANUAL_MODE, "MANUAL_MODE", N_("This programme is progressed by hand.") },
  { PHYSIO_FLAG_DISCUSS_BARRIERS, "DISCUSS_BARRIERS", N_("Discuss what got in the way.") },
  { PHYSIO_FLAG_STALLED, "STALLED", N_("Stalled: held for several weeks in a row; review the plan.") },
  { PHYSIO_FLAG_FLARE, "FLARE", N_("Flare: eased off more than once in a row; review, and share the flare-up plan.") },
  { PHYSIO_FLAG_INTENSITY_SUGGESTED, "INTENSITY_SUGGESTED", N_("Time and days are at their maximum: consider a little more effort (+1 RPE).") },
  { PHYSIO_FLAG_LADDER_END, "LADDER_END", N_("The planned weeks are done: the usual increments apply.") },
};

char *
physio_reasons_to_codes (PhysioReason flags)
{
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (reasons); i++)
    {
      if (flags & reasons[i].reason)
        {
          if (out->len > 0)
            g_string_append_c (out, ',');
          g_string_append (out, reasons[i].code);
        }
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

PhysioReason
physio_reasons_from_codes (const char *codes)
{
  g_auto(GStrv) parts = NULL;
  PhysioReason flags = PHYSIO_REASON_NONE;

  if (codes == NULL || *codes == '\0')
    return PHYSIO_REASON_NONE;

  parts = g_strsplit (codes, ",", -1);
  for (guint p = 0; parts[p] != NULL; p++)
    {
      for (guint i = 0; i < G_N_ELEMENTS (reasons); i++)
        {
          if (g_strcmp0 (g_strstrip (parts[p]), reasons[i].code) == 0)
            flags |= reasons[i].reason;
        }
    }

  return flags;
}

char *
physio_reasons_describe (PhysioReason flags)
{
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (reasons); i++)
    {
      if (flags & reasons[i].reason)
        {
          if (out->len > 0)
            g_string_append_c (out, ' ');
          g_string_append (out, g_dgettext (GETTEXT_PACKAGE, reasons[i].text));
        }
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}
