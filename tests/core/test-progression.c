/* test-progression.c: the weekly decision and the increment rules (brief 4.3–4.6)
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every worked case of brief 4.5 is here under its number, then one test per branch of 4.3
 * and per increment rule of 4.4.
 */

#include <locale.h>
#include <string.h>

#include "physio-increment.h"
#include "physio-progression.h"

/* A review week: Monday 2 March 2026 to Sunday 8 March. The diary also covers the week before
 * (for the morning trend) and the Monday after (for the last session's next morning). */
typedef struct
{
  PhysioRuleParams        params;
  PhysioDose              current;
  PhysioDose              previous;
  PhysioDoseLimits        limits;
  PhysioPrescriptionState state;
  PhysioSessionLog        logs[16];
  guint                   n_logs;
  PhysioDiaryEntry        diary[32];
  guint                   n_diary;
  PhysioProposal          proposal;
} Week;

static void
week_init (Week             *week,
           PhysioDosageKind  kind,
           guint             days_per_week)
{
  memset (week, 0, sizeof *week);
  physio_rule_params_init_defaults (&week->params);
  physio_dose_init (&week->current);
  physio_dose_init (&week->previous);
  week->current.days_per_week = days_per_week;
  week->current.sessions_per_day = 1;
  week->state.kind = kind;
  week->state.current = &week->current;
  week->state.limits = &week->limits;
  g_date_clear (&week->state.window_start, 1);
  g_date_set_dmy (&week->state.window_start, 2, G_DATE_MARCH, 2026);
  week->state.sessions_prescribed = physio_sessions_prescribed (days_per_week, 1, 7);

  /* A calm diary: morning pain 3 every day from the week before to the Monday after. */
  for (int day = -7; day <= 7; day++)
    {
      PhysioDiaryEntry *entry = &week->diary[week->n_diary++];

      g_date_clear (&entry->date, 1);
      entry->date = week->state.window_start;
      if (day < 0)
        g_date_subtract_days (&entry->date, -day);
      else
        g_date_add_days (&entry->date, day);
      entry->morning_pain = 3;
    }
}

static void
week_clear (Week *week)
{
  physio_dose_clear (&week->current);
  physio_dose_clear (&week->previous);
  physio_proposal_clear (&week->proposal);
}

/* Session on day @day (0 = Monday) of the review week. */
static PhysioSessionLog *
week_log (Week   *week,
          guint   day,
          double  completed,
          int     pain)
{
  PhysioSessionLog *log = &week->logs[week->n_logs++];

  g_date_clear (&log->date, 1);
  log->date = week->state.window_start;
  g_date_add_days (&log->date, day);
  log->completed_fraction = completed;
  log->pain_during_max = pain;
  log->rpe = -1;
  return log;
}

static PhysioDiaryEntry *
week_diary (Week *week,
            int   day)
{
  return &week->diary[7 + day];
}

static void
week_decide (Week                  *week,
             PhysioProgressionMode  mode)
{
  physio_proposal_clear (&week->proposal);
  physio_progression_decide (&week->params, mode, &week->state, week->logs, week->n_logs,
                             week->diary, week->n_diary, &week->proposal);
}

static void
set_limit (PhysioDoseLimits *limits,
           PhysioDoseField   field,
           guint             min,
           guint             max)
{
  limits->min[field] = min;
  limits->max[field] = max;
}

/* Walk prescribed 5×/week, all done, pain during ≤ 4, every morning settled. */
static void
walk_week (Week  *week,
           guint  minutes)
{
  week_init (week, PHYSIO_DOSAGE_DURATION, 5);
  week->state.aerobic = TRUE;
  week->current.duration_s = minutes * 60;
  set_limit (&week->limits, PHYSIO_DOSE_FIELD_DURATION, 10 * 60, 45 * 60);
  set_limit (&week->limits, PHYSIO_DOSE_FIELD_DAYS_PER_WEEK, 3, 7);
  for (guint day = 0; day < 5; day++)
    week_log (week, day, 1.0, 4);
}

static void
test_case_1_walk_15_to_17 (void)
{
  Week week;

  walk_week (&week, 15);
  week_decide (&week, PHYSIO_MODE_PAIN_MONITORED);
  g_assert_cmpint (week.proposal.decision, ==, PHYSIO_DECISION_PROGRESS);
  g_assert_cmpuint (week.proposal.dose.duration_s, ==, 17 * 60);
  week_clear (&week);
}

static void
test_case_2_walk_5_to_6 (void)
{
  Week week;

  walk_week (&week, 5);
  week.limits.min[PHYSIO_DOSE_FIELD_DURATION] = 2 * 60;
  week_decide (&week, PHYSIO_MODE_PAIN_MONITORED);
  g_assert_cmpint (week.proposal.decision, ==, PHYSIO_DECISION_PROGRESS);
  g_assert_cmpuint (week.proposal.dose.duration_s, ==, 6 * 60);
  week_clear (&week);
}

static void
test_case_3_walk_25_to_28 (void)
{
  Week week;

  walk_week (&week, 25);
  week_decide (&week, PHYSIO_MODE_PAIN_MONITORED);
  g_assert_cmpint (week.proposal.decision, ==, PHYSIO_DECISION_PROGRESS);
  g_assert_cmpuint (week.proposal.dose.duration_s, ==, 28 * 60);
  week_clear (&week);
}

static void
test_case_5_single_excessive (void)
{
  Week week;

  walk_week (&week, 15);
  week.logs[2].pain_during_max = 7;
  week_decide (&week, PHYSIO_MODE_PAIN_MONITORED);
  g_assert_cmpint (week.proposal.decision, ==, PHYSIO_DECISION_HOLD);
  g_assert_cmpint (week.proposal.reasons & PHYSIO_REASON_SINGLE_EXCESSIVE, !=, 0);
  g_assert_cmpuint (week.proposal.dose.duration_s, ==, 15 * 60);
  week_clear (&week);
}

static void
test_case_6_two_unsettled_regress_to_previous (void)
{
  Week week;

  walk_week (&week, 17);
  week.n_logs = 4;                                /* 4 of 5 done */
  week.previous.duration_s = 15 * 60;
  week.previous.days_per_week = 5;
  week.previous.sessions_per_day = 1;
  week.state.previous = &week.previous;
  week_diary (&week, 1)->morning_pain = 6;        /* after Monday's session */
  week_diary (&week, 3)->morning_pain = 6;        /* after Wednesday's session */
  week_decide (&week, PHYSIO_MODE_PAIN_MONITORED);
  g_assert_cmpint (week.proposal.decision, ==, PHYSIO_DECISION_REGRESS);
  g_assert_cmpint (week.proposal.reasons & PHYSIO_REASON_REPEATED_EXCESSIVE, !=, 0);
  g_assert_cmpuint (week.proposal.dose.duration_s, ==, 15 * 60);
  week_clear (&week);
}

static void
test_case_7_adherence_low (void)
{
  Week week;

  week_init (&week, PHYSIO_DOSAGE_REPS, 7);
  week.current.sets = 2;
  week.current.reps = 10;
  week_log (&week, 0, 1.0, 1);
  week_log (&week, 3, 1.0, 1);
  week_decide (&week, PHYSIO_MODE_PAIN_MONITORED);
  g_assert_cmpint (week.proposal.decision, ==, PHYSIO_DECISION_HOLD);
  g_assert_cmpint (week.proposal.reasons & PHYSIO_REASON_ADHERENCE_LOW, !=, 0);
  g_assert_cmpint (week.proposal.reasons & PHYSIO_FLAG_DISCUSS_BARRIERS, !=, 0);
  /* The review shows the engine's own count: "2/7". */
  g_assert_cmpfloat (week.proposal.sessions_done, ==, 2);
  g_assert_cmpfloat (week.proposal.sessions_prescribed, ==, 7);
  g_assert_cmpfloat_with_epsilon (week.proposal.adherence, 2.0 / 7, 1e-9);
  week_clear (&week);
}

static void
test_case_9_red_flag_stop (void)
{
  Week week;

  walk_week (&week, 15);
  week_diary (&week, 2)->red_flag = TRUE;
  week_decide (&week, PHYSIO_MODE_PAIN_MONITORED);
  g_assert_cmpint (week.proposal.decision, ==, PHYSIO_DECISION_STOP);
  g_assert_cmpint (week.proposal.reasons, ==, PHYSIO_REASON_RED_FLAG);
  /* Safety overrides every mode. */
  week_decide (&week, PHYSIO_MODE_QUOTA_BASED);
  g_assert_cmpint (week.proposal.decision, ==, PHYSIO_DECISION_STOP);
  week_decide (&week, PHYSIO_MODE_MANUAL);
  g_assert_cmpint (week.proposal.decision, ==, PHYSIO_DECISION_STOP);
  week_clear (&week);
}

static void
bridge_week (Week  *week,
             guint  sets,
             guint  reps)
{
  week_init (week, PHYSIO_DOSAGE_REPS, 3);
  week->current.sets = sets;
  week->current.reps = reps;
  set_limit (&week->limits, PHYSIO_DOSE_FIELD_REPS, 8, 15);
  set_limit (&week->limits, PHYSIO_DOSE_FIELD_SETS, 1, 3);
  for (guint day = 0; day < 6; day += 2)
    week_log (week, day, 1.0, 1);
}

static void
test_case_10_bridge_12_to_14 (void)
{
  Week week;

  bridge_week (&week, 2, 12);
  week_decide (&week, PHYSIO_MODE_PAIN_MONITORED);
  g_assert_cmpint (week.proposal.decision, ==, PHYSIO_DECISION_PROGRESS);
  g_assert_cmpuint (week.proposal.dose.sets, ==, 2);
  g_assert_cmpuint (week.proposal.dose.reps, ==, 14);
  week_clear (&week);
}

static void
test_case_13_bird_dog_hold_8_to_10 (void)
{
  Week week;

  week_init (&week, PHYSIO_DOSAGE_HOLD, 5);
  week.current.sets = 1;
  week.current.reps = 5;
  week.current.hold_s = 8;
  set_limit (&week.limits, PHYSIO_DOSE_FIELD_HOLD, 5, 10);
  for (guint day = 0; day < 5; day++)
    week_log (&week, day, 1.0, 0);
  week_decide (&week, PHYSIO_MODE_PAIN_MONITORED);
  g_assert_cmpint (week.proposal.decision, ==, PHYSIO_DECISION_PROGRESS);
  g_assert_cmpuint (week.proposal.dose.hold_s, ==, 10);
  week_clear (&week);
}

static void
test_case_15_practice_ready (void)
{
  Week week;

  week_init (&week, PHYSIO_DOSAGE_PRACTICE, 7);
  week.current.sets = 1;
  week.current.reps = 3;
  /* Adherence 0.9 over two green weeks: 6.3 of 7 sessions this week. */
  for (guint day = 0; day < 6; day++)
    week_log (&week, day, 1.0, 0);
  week_log (&week, 6, 0.3, 0);
  week_decide (&week, PHYSIO_MODE_PAIN_MONITORED);
  g_assert_cmpint (week.proposal.decision, ==, PHYSIO_DECISION_READY);
  g_assert_true (physio_dose_equal (&week.proposal.dose, &week.current));
  week_clear (&week);
}

/* --- branches of 4.3 beyond the worked cases --- */

static void
test_morning_trend_regresses (void)
{
  Week week;

  walk_week (&week, 20);
  for (int day = 0; day < 7; day++)
    week_diary (&week, day)->morning_pain = 5;    /* 3 last week → 5 this week */
  week_diary (&week, 7)->morning_pain = 5;
  week_decide (&week, PHYSIO_MODE_PAIN_MONITORED);
  g_assert_cmpint (week.proposal.decision, ==, PHYSIO_DECISION_REGRESS);
  g_assert_cmpint (week.proposal.reasons & PHYSIO_REASON_MORNING_TREND, !=, 0);
  g_assert_cmpfloat_with_epsilon (week.proposal.morning_delta, 2.0, 1e-9);
  /* No previous dose: −25% of 20 min = 15 min. */
  g_assert_cmpuint (week.proposal.dose.duration_s, ==, 15 * 60);
  week_clear (&week);
}

static void
test_insufficient_data (void)
{
  Week week;

  walk_week (&week, 15);
  /* No diary in the review week: nothing can be called settled. */
  for (int day = 0; day <= 7; day++)
    week_diary (&week, day)->morning_pain = -1;
  week_decide (&week, PHYSIO_MODE_PAIN_MONITORED);
  g_assert_cmpint (week.proposal.decision, ==, PHYSIO_DECISION_HOLD);
  g_assert_cmpint (week.proposal.reasons & PHYSIO_REASON_INSUFFICIENT_DATA, !=, 0);
  week_clear (&week);
}

static void
test_settled_reference_falls_back_to_median (void)
{
  Week week;
  GDate date;

  walk_week (&week, 15);
  week_diary (&week, 2)->morning_pain = -1;       /* no score on the session day */
  date = week.state.window_start;
  g_date_add_days (&date, 2);
  week_diary (&week, 3)->morning_pain = 4;        /* median of the week before is 3: 4 ≤ 3 + 1 */
  g_assert_cmpint (physio_session_settled (&week.params, &date, week.diary, week.n_diary),
                   ==, PHYSIO_SETTLED_YES);
  week_diary (&week, 3)->morning_pain = 5;
  g_assert_cmpint (physio_session_settled (&week.params, &date, week.diary, week.n_diary),
                   ==, PHYSIO_SETTLED_NO);
  week_diary (&week, 3)->morning_pain = -1;
  g_assert_cmpint (physio_session_settled (&week.params, &date, week.diary, week.n_diary),
                   ==, PHYSIO_SETTLED_UNKNOWN);
  week_clear (&week);
}

static void
test_adherence_partial (void)
{
  Week week;

  walk_week (&week, 15);
  week.logs[3].completed_fraction = 0.5;          /* 3.5 + … = 4.5 of 5 = 0.9 → fine */
  week.logs[4].completed_fraction = 0.0;          /* 3.5 of 5 = 0.7 → partial */
  week_decide (&week, PHYSIO_MODE_PAIN_MONITORED);
  g_assert_cmpint (week.proposal.decision, ==, PHYSIO_DECISION_HOLD);
  g_assert_cmpint (week.proposal.reasons & PHYSIO_REASON_ADHERENCE_PARTIAL, !=, 0);
  week_clear (&week);
}

static void
test_too_few_sessions (void)
{
  Week week;

  /* Duration needs 3 completed sessions; 2 of 2 prescribed is all there is, so 2 suffice. */
  walk_week (&week, 15);
  week.current.days_per_week = 2;
  week.state.sessions_prescribed = 2;
  week.n_logs = 2;
  week_decide (&week, PHYSIO_MODE_PAIN_MONITORED);
  g_assert_cmpint (week.proposal.decision, ==, PHYSIO_DECISION_PROGRESS);

  /* 4 prescribed, 4 logged but only 2 complete and 2 at 0.9: adherence 0.95, completed 2 < 3. */
  week.current.days_per_week = 4;
  week.state.sessions_prescribed = 4;
  week.n_logs = 4;
  week.logs[2].completed_fraction = 0.9;
  week.logs[3].completed_fraction = 0.9;
  week.logs[3].achieved = 15 * 60;
  week_decide (&week, PHYSIO_MODE_PAIN_MONITORED);
  g_assert_cmpint (week.proposal.decision, ==, PHYSIO_DECISION_HOLD);
  g_assert_cmpint (week.proposal.reasons & PHYSIO_REASON_TOO_FEW_SESSIONS, !=, 0);
  week_clear (&week);
}

static void
test_target_not_met (void)
{
  Week week;

  bridge_week (&week, 2, 12);
  week.logs[1].achieved = 10;
  week.logs[2].achieved = 9;
  week_decide (&week, PHYSIO_MODE_PAIN_MONITORED);
  g_assert_cmpint (week.proposal.decision, ==, PHYSIO_DECISION_HOLD);
  g_assert_cmpint (week.proposal.reasons & PHYSIO_REASON_TARGET_NOT_MET, !=, 0);

  /* Met in one of the last two is enough. */
  week.logs[2].achieved = 12;
  week_decide (&week, PHYSIO_MODE_PAIN_MONITORED);
  g_assert_cmpint (week.proposal.decision, ==, PHYSIO_DECISION_PROGRESS);
  week_clear (&week);
}

static void
test_effort_high (void)
{
  Week week;

  bridge_week (&week, 2, 12);
  week.logs[0].rpe = 5;
  week.logs[1].rpe = 8;
  week_decide (&week, PHYSIO_MODE_PAIN_MONITORED);
  g_assert_cmpint (week.proposal.decision, ==, PHYSIO_DECISION_HOLD);
  g_assert_cmpint (week.proposal.reasons & PHYSIO_REASON_EFFORT_HIGH, !=, 0);
  week_clear (&week);
}

static void
test_stall_and_flare_flags (void)
{
  Week week;

  walk_week (&week, 15);
  week.logs[2].pain_during_max = 7;
  week.state.holds_in_a_row = 2;
  week_decide (&week, PHYSIO_MODE_PAIN_MONITORED);
  g_assert_cmpint (week.proposal.decision, ==, PHYSIO_DECISION_HOLD);
  g_assert_cmpint (week.proposal.reasons & PHYSIO_FLAG_STALLED, !=, 0);

  week.logs[3].pain_during_max = 8;
  week.state.regresses_in_a_row = 1;
  week_decide (&week, PHYSIO_MODE_PAIN_MONITORED);
  g_assert_cmpint (week.proposal.decision, ==, PHYSIO_DECISION_REGRESS);
  g_assert_cmpint (week.proposal.reasons & PHYSIO_FLAG_FLARE, !=, 0);
  week_clear (&week);
}

static void
test_swap_at_caps (void)
{
  Week week;

  bridge_week (&week, 3, 15);                     /* every cap reached, no load */
  week.state.progression_id = "COR-11";
  week_decide (&week, PHYSIO_MODE_PAIN_MONITORED);
  g_assert_cmpint (week.proposal.decision, ==, PHYSIO_DECISION_HOLD);
  g_assert_cmpint (week.proposal.reasons & PHYSIO_REASON_AT_CAPS, !=, 0);

  week.state.eligible_at_caps_weeks = 1;
  week_decide (&week, PHYSIO_MODE_PAIN_MONITORED);
  g_assert_cmpint (week.proposal.decision, ==, PHYSIO_DECISION_SWAP);
  g_assert_cmpstr (week.proposal.swap_to, ==, "COR-11");
  week_clear (&week);
}

static void
test_regress_at_minimum_swaps_or_keeps_floor (void)
{
  Week week;

  walk_week (&week, 10);                          /* at the 10-min minimum */
  week.logs[0].pain_during_max = 7;
  week.logs[1].pain_during_max = 7;
  week_decide (&week, PHYSIO_MODE_PAIN_MONITORED);
  /* Aerobic work is never removed: no regression variant, so it holds at the floor. */
  g_assert_cmpint (week.proposal.decision, ==, PHYSIO_DECISION_HOLD);
  g_assert_cmpint (week.proposal.reasons & PHYSIO_REASON_AT_MINIMUM, !=, 0);
  g_assert_cmpuint (week.proposal.dose.duration_s, ==, 10 * 60);

  week.state.regression_id = "AER-01";
  week_decide (&week, PHYSIO_MODE_PAIN_MONITORED);
  g_assert_cmpint (week.proposal.decision, ==, PHYSIO_DECISION_SWAP);
  g_assert_cmpstr (week.proposal.swap_to, ==, "AER-01");
  week_clear (&week);
}

static void
test_ladder_moves_one_column (void)
{
  Week week;
  PhysioDose planned[3];

  walk_week (&week, 12);
  for (guint i = 0; i < 3; i++)
    {
      physio_dose_init (&planned[i]);
      planned[i].duration_s = (10 + 2 * i) * 60;
      planned[i].days_per_week = 5;
    }
  week.state.planned = planned;
  week.state.n_planned = 3;
  week.state.ladder_step = 1;
  week_decide (&week, PHYSIO_MODE_PAIN_MONITORED);
  g_assert_cmpint (week.proposal.decision, ==, PHYSIO_DECISION_PROGRESS);
  g_assert_cmpuint (week.proposal.ladder_step, ==, 2);
  g_assert_cmpuint (week.proposal.dose.duration_s, ==, 14 * 60);

  week.logs[0].pain_during_max = 8;
  week.logs[1].pain_during_max = 8;
  week_decide (&week, PHYSIO_MODE_PAIN_MONITORED);
  g_assert_cmpint (week.proposal.decision, ==, PHYSIO_DECISION_REGRESS);
  g_assert_cmpuint (week.proposal.ladder_step, ==, 0);
  g_assert_cmpuint (week.proposal.dose.duration_s, ==, 10 * 60);

  /* Past the end of the ladder the usual increments apply. */
  week.logs[0].pain_during_max = 1;
  week.logs[1].pain_during_max = 1;
  week.state.ladder_step = 2;
  week_decide (&week, PHYSIO_MODE_PAIN_MONITORED);
  g_assert_cmpint (week.proposal.decision, ==, PHYSIO_DECISION_PROGRESS);
  g_assert_cmpint (week.proposal.reasons & PHYSIO_FLAG_LADDER_END, !=, 0);
  g_assert_cmpuint (week.proposal.dose.duration_s, ==, 13 * 60);
  week_clear (&week);
}

static void
test_quota_mode (void)
{
  Week week;
  const guint baseline[] = { 10, 12, 8 };

  walk_week (&week, 20);
  g_assert_cmpuint (physio_quota_start (&week.params, baseline, 3), ==, 8);   /* 0.8 × 10 */

  /* Pain alone does not stop the quota: two red sessions still progress on schedule. */
  week.logs[0].pain_during_max = 7;
  week.logs[1].pain_during_max = 7;
  week_decide (&week, PHYSIO_MODE_QUOTA_BASED);
  g_assert_cmpint (week.proposal.decision, ==, PHYSIO_DECISION_PROGRESS);
  g_assert_cmpint (week.proposal.reasons & PHYSIO_REASON_QUOTA_SCHEDULE, !=, 0);
  g_assert_cmpuint (week.proposal.dose.duration_s, ==, 22 * 60);              /* +10% */

  /* Two mornings in a row at reference + 2: clinician review, no automatic regress. */
  week_diary (&week, 3)->morning_pain = 5;
  week_diary (&week, 4)->morning_pain = 6;
  week_decide (&week, PHYSIO_MODE_QUOTA_BASED);
  g_assert_cmpint (week.proposal.decision, ==, PHYSIO_DECISION_HOLD);
  g_assert_cmpint (week.proposal.reasons & PHYSIO_REASON_MORNING_REVIEW, !=, 0);
  g_assert_cmpuint (week.proposal.dose.duration_s, ==, 20 * 60);

  /* Manual programmes get no automatic proposal. */
  week_decide (&week, PHYSIO_MODE_MANUAL);
  g_assert_cmpint (week.proposal.decision, ==, PHYSIO_DECISION_HOLD);
  g_assert_cmpint (week.proposal.reasons & PHYSIO_REASON_MANUAL_MODE, !=, 0);
  week_clear (&week);
}

/* --- increment functions of 4.4 --- */

typedef struct
{
  PhysioRuleParams       params;
  PhysioDoseLimits       limits;
  PhysioIncrementContext context;
  PhysioDose             dose;
  PhysioDose             next;
} Step;

static void
step_init (Step *step)
{
  memset (step, 0, sizeof *step);
  physio_rule_params_init_defaults (&step->params);
  physio_dose_init (&step->dose);
  physio_dose_init (&step->next);
  step->context.limits = &step->limits;
  step->dose.sessions_per_day = 1;
  step->dose.days_per_week = 3;
}

static void
step_clear (Step *step)
{
  physio_dose_clear (&step->dose);
  physio_dose_clear (&step->next);
}

static void
test_increment_duration_rounding_and_days (void)
{
  const struct { guint from_min, max_min, days, days_cap, to_s, to_days; gboolean changed; } cases[] = {
    { 5, 30, 5, 5, 6 * 60, 5, TRUE },       /* 0.5 → 1 */
    { 15, 30, 5, 5, 17 * 60, 5, TRUE },     /* 1.5 → 2 */
    { 25, 45, 5, 5, 28 * 60, 5, TRUE },     /* 2.5 → 3 */
    { 44, 45, 5, 5, 45 * 60, 5, TRUE },     /* capped at max */
    { 60, 90, 5, 5, 65 * 60, 5, TRUE },     /* 6 → at most 5 */
    { 30, 30, 3, 5, 30 * 60, 4, TRUE },     /* bout at max: one more day */
    { 30, 30, 5, 7, 30 * 60, 6, TRUE },     /* walking builds to every day */
    { 30, 30, 5, 5, 30 * 60, 5, FALSE },    /* everything at its cap */
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      Step step;
      gboolean intensity = FALSE;
      gboolean changed;

      step_init (&step);
      step.dose.duration_s = cases[i].from_min * 60;
      step.dose.days_per_week = cases[i].days;
      step.limits.max[PHYSIO_DOSE_FIELD_DURATION] = cases[i].max_min * 60;
      step.context.days_cap = cases[i].days_cap;
      changed = physio_dose_increment (&step.params, PHYSIO_DOSAGE_DURATION, &step.dose,
                                       &step.context, &step.next, &intensity);
      g_assert_cmpint (changed, ==, cases[i].changed);
      g_assert_cmpuint (step.next.duration_s, ==, cases[i].to_s);
      g_assert_cmpuint (step.next.days_per_week, ==, cases[i].to_days);
      g_assert_cmpint (intensity, ==, !cases[i].changed);
      step_clear (&step);
    }
}

static void
test_increment_hold_then_pattern_then_sets (void)
{
  const char * const ladder[] = { "5", "6-4-2", NULL };
  Step step;
  g_autofree char *pattern = NULL;

  step_init (&step);
  step.limits.min[PHYSIO_DOSE_FIELD_HOLD] = 5;
  step.limits.max[PHYSIO_DOSE_FIELD_HOLD] = 10;
  step.context.pattern_ladder = ladder;
  step.dose.sets = 1;
  step.dose.reps = 5;
  step.dose.hold_s = 9;

  g_assert_true (physio_dose_increment (&step.params, PHYSIO_DOSAGE_HOLD, &step.dose,
                                        &step.context, &step.next, NULL));
  g_assert_cmpuint (step.next.hold_s, ==, 10);                      /* +2 capped */

  step.dose.hold_s = 10;
  g_assert_true (physio_dose_increment (&step.params, PHYSIO_DOSAGE_HOLD, &step.dose,
                                        &step.context, &step.next, NULL));
  pattern = physio_dose_pattern_to_string (&step.next);
  g_assert_cmpstr (pattern, ==, "6-4-2");                           /* 5 → 6-4-2 */

  physio_dose_copy_into (&step.dose, &step.next);
  g_assert_false (physio_dose_increment (&step.params, PHYSIO_DOSAGE_HOLD, &step.dose,
                                         &step.context, &step.next, NULL));

  /* Without a pattern ladder: reps, then sets. */
  step.context.pattern_ladder = NULL;
  step.dose.n_pattern = 0;
  step.dose.reps = 10;
  step.limits.max[PHYSIO_DOSE_FIELD_REPS] = 10;
  step.limits.max[PHYSIO_DOSE_FIELD_SETS] = 2;
  g_assert_true (physio_dose_increment (&step.params, PHYSIO_DOSAGE_HOLD, &step.dose,
                                        &step.context, &step.next, NULL));
  g_assert_cmpuint (step.next.sets, ==, 2);
  step_clear (&step);
}

static void
test_increment_reps_sets_and_load (void)
{
  const double dumbbells[] = { 1, 2, 3, 4, 5, 6, 7, 8, 10, 12, 14, 16, 18, 20 };
  Step step;

  step_init (&step);
  step.limits.min[PHYSIO_DOSE_FIELD_REPS] = 8;
  step.limits.max[PHYSIO_DOSE_FIELD_REPS] = 12;
  step.limits.min[PHYSIO_DOSE_FIELD_SETS] = 1;
  step.limits.max[PHYSIO_DOSE_FIELD_SETS] = 3;

  /* +1 below 8 reps, +2 from 8, capped. */
  step.dose.sets = 2;
  step.dose.reps = 6;
  physio_dose_increment (&step.params, PHYSIO_DOSAGE_REPS, &step.dose, &step.context, &step.next, NULL);
  g_assert_cmpuint (step.next.reps, ==, 7);
  step.dose.reps = 11;
  physio_dose_increment (&step.params, PHYSIO_DOSAGE_REPS, &step.dose, &step.context, &step.next, NULL);
  g_assert_cmpuint (step.next.reps, ==, 12);

  /* 2 × 12 → 3 × 8. */
  step.dose.reps = 12;
  physio_dose_increment (&step.params, PHYSIO_DOSAGE_REPS, &step.dose, &step.context, &step.next, NULL);
  g_assert_cmpuint (step.next.sets, ==, 3);
  g_assert_cmpuint (step.next.reps, ==, 8);

  /* 3 × 12 at 8 kg: no load step unless the load condition is met. */
  step.dose.sets = 3;
  step.dose.load_kind = PHYSIO_LOAD_KG;
  step.dose.load_kg = 8;
  step.context.load_steps = dumbbells;
  step.context.n_load_steps = G_N_ELEMENTS (dumbbells);
  g_assert_false (physio_dose_increment (&step.params, PHYSIO_DOSAGE_REPS, &step.dose,
                                         &step.context, &step.next, NULL));

  /* 8 kg + 5% = 8.4 → next dumbbell is 10 kg: +25% is over +10%, so earn it with reps first
   * (double progression, up to max + 3), then take the step. */
  step.context.load_condition = TRUE;
  physio_dose_increment (&step.params, PHYSIO_DOSAGE_REPS, &step.dose, &step.context, &step.next, NULL);
  g_assert_cmpuint (step.next.reps, ==, 14);
  g_assert_cmpfloat (step.next.load_kg, ==, 8);
  step.dose.reps = 15;
  physio_dose_increment (&step.params, PHYSIO_DOSAGE_REPS, &step.dose, &step.context, &step.next, NULL);
  g_assert_cmpfloat (step.next.load_kg, ==, 10);
  g_assert_cmpuint (step.next.reps, ==, 8);

  /* 20 kg kettlebell-free: 20 → nothing heavier in the rack. */
  step.dose.reps = 12;
  step.dose.load_kg = 20;
  g_assert_false (physio_dose_increment (&step.params, PHYSIO_DOSAGE_REPS, &step.dose,
                                         &step.context, &step.next, NULL));

  /* A 5% step that fits within 10%: 20 → 21 kg when the rack has it. */
  {
    const double fine[] = { 20, 21, 22 };

    step.context.load_steps = fine;
    step.context.n_load_steps = G_N_ELEMENTS (fine);
    physio_dose_increment (&step.params, PHYSIO_DOSAGE_REPS, &step.dose, &step.context, &step.next, NULL);
    g_assert_cmpfloat (step.next.load_kg, ==, 21);
    g_assert_cmpuint (step.next.reps, ==, 8);
  }

  /* Bands go up one level. */
  step.dose.load_kind = PHYSIO_LOAD_BAND;
  step.dose.band_level = PHYSIO_BAND_LIGHT;
  physio_dose_increment (&step.params, PHYSIO_DOSAGE_REPS, &step.dose, &step.context, &step.next, NULL);
  g_assert_cmpint (step.next.band_level, ==, PHYSIO_BAND_MEDIUM);
  step_clear (&step);
}

static void
test_increment_distance_steps_practice (void)
{
  Step step;

  step_init (&step);
  step.dose.sets = 3;
  step.dose.distance_m = 20;
  step.limits.max[PHYSIO_DOSE_FIELD_DISTANCE] = 40;
  step.limits.max[PHYSIO_DOSE_FIELD_SETS] = 4;
  step.context.distance_unit_m = 10;
  physio_dose_increment (&step.params, PHYSIO_DOSAGE_DISTANCE, &step.dose, &step.context, &step.next, NULL);
  g_assert_cmpuint (step.next.distance_m, ==, 30);               /* 10% = 2 m → one unit */

  step.dose.distance_m = 100;
  step.limits.max[PHYSIO_DOSE_FIELD_DISTANCE] = 400;
  step.context.distance_unit_m = 25;
  physio_dose_increment (&step.params, PHYSIO_DOSAGE_DISTANCE, &step.dose, &step.context, &step.next, NULL);
  g_assert_cmpuint (step.next.distance_m, ==, 125);

  step.dose.distance_m = 400;
  physio_dose_increment (&step.params, PHYSIO_DOSAGE_DISTANCE, &step.dose, &step.context, &step.next, NULL);
  g_assert_cmpuint (step.next.sets, ==, 4);

  step.dose.steps_per_day = 11800;
  step.limits.max[PHYSIO_DOSE_FIELD_STEPS] = 12000;
  physio_dose_increment (&step.params, PHYSIO_DOSAGE_STEPS, &step.dose, &step.context, &step.next, NULL);
  g_assert_cmpuint (step.next.steps_per_day, ==, 12000);

  step.dose.steps_per_day = 0;
  step.dose.steps_above_baseline = 500;
  physio_dose_increment (&step.params, PHYSIO_DOSAGE_STEPS, &step.dose, &step.context, &step.next, NULL);
  g_assert_cmpuint (step.next.steps_above_baseline, ==, 1000);

  step.dose.reps = 3;
  g_assert_false (physio_dose_increment (&step.params, PHYSIO_DOSAGE_PRACTICE, &step.dose,
                                         &step.context, &step.next, NULL));
  step_clear (&step);
}

static void
test_reduce_quarter_rounded_not_below_min (void)
{
  Step step;

  step_init (&step);
  step.dose.sets = 2;
  step.dose.reps = 12;
  step.limits.min[PHYSIO_DOSE_FIELD_REPS] = 8;
  g_assert_true (physio_dose_reduce (&step.params, PHYSIO_DOSAGE_REPS, &step.dose, &step.context, &step.next));
  g_assert_cmpuint (step.next.reps, ==, 9);                       /* 12 × 0.75 */
  step.dose.reps = 9;
  g_assert_true (physio_dose_reduce (&step.params, PHYSIO_DOSAGE_REPS, &step.dose, &step.context, &step.next));
  g_assert_cmpuint (step.next.reps, ==, 8);                       /* 6.75 → 7, floored at 8 */
  step.dose.reps = 8;
  g_assert_false (physio_dose_reduce (&step.params, PHYSIO_DOSAGE_REPS, &step.dose, &step.context, &step.next));

  step.dose.duration_s = 7 * 60;
  step.limits.min[PHYSIO_DOSE_FIELD_DURATION] = 2 * 60;
  g_assert_true (physio_dose_reduce (&step.params, PHYSIO_DOSAGE_DURATION, &step.dose, &step.context, &step.next));
  g_assert_cmpuint (step.next.duration_s, ==, 5 * 60);            /* 5.25 → 5 min */
  step.dose.duration_s = 2 * 60;
  g_assert_false (physio_dose_reduce (&step.params, PHYSIO_DOSAGE_DURATION, &step.dose, &step.context, &step.next));

  step.dose.hold_s = 10;
  step.limits.min[PHYSIO_DOSE_FIELD_HOLD] = 5;
  g_assert_true (physio_dose_reduce (&step.params, PHYSIO_DOSAGE_HOLD, &step.dose, &step.context, &step.next));
  g_assert_cmpuint (step.next.hold_s, ==, 8);                     /* 7.5 → 8 */
  step_clear (&step);
}

static void
test_weekly_volume (void)
{
  PhysioDose dose;

  physio_dose_init (&dose);
  dose.sets = 2;
  dose.reps = 10;
  dose.sessions_per_day = 1;
  dose.days_per_week = 4;
  g_assert_cmpfloat (physio_dose_weekly_volume (PHYSIO_DOSAGE_REPS, &dose), ==, 80);
  dose.hold_s = 10;
  g_assert_cmpfloat (physio_dose_weekly_volume (PHYSIO_DOSAGE_HOLD, &dose), ==, 800);
  dose.duration_s = 600;
  dose.sessions_per_day = 2;
  g_assert_cmpfloat (physio_dose_weekly_volume (PHYSIO_DOSAGE_DURATION, &dose), ==, 4800);
  physio_dose_clear (&dose);
}

static void
test_reason_codes_round_trip (void)
{
  PhysioReason reasons = PHYSIO_REASON_ADHERENCE_LOW | PHYSIO_FLAG_DISCUSS_BARRIERS;
  g_autofree char *codes = physio_reasons_to_codes (reasons);
  g_autofree char *text = physio_reasons_describe (reasons);

  g_assert_cmpstr (codes, ==, "ADHERENCE_LOW,DISCUSS_BARRIERS");
  g_assert_cmpint (physio_reasons_from_codes (codes), ==, reasons);
  g_assert_cmpint (physio_reasons_from_codes (""), ==, PHYSIO_REASON_NONE);
  g_assert_nonnull (strstr (text, "half"));
  g_assert_cmpstr (physio_decision_to_code (PHYSIO_DECISION_SWAP), ==, "SWAP");
}

static void
test_rule_params_round_trip_and_validation (void)
{
  PhysioRuleParams params, parsed;
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;

  physio_rule_params_init_defaults (&params);
  g_assert_true (physio_rule_params_validate (&params, NULL));
  params.window_days = 14;
  params.load_increment = 0.07;
  text = physio_rule_params_to_string (&params);
  g_assert_true (physio_rule_params_from_string (&parsed, text, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (parsed.window_days, ==, 14);
  g_assert_cmpfloat_with_epsilon (parsed.load_increment, 0.07, 1e-9);

  /* The brief allows load steps of 2–10% only. */
  g_assert_false (physio_rule_params_from_string (&parsed, "[Progression]\nload_increment=0.2\n", &error));
  g_assert_error (error, G_KEY_FILE_ERROR, G_KEY_FILE_ERROR_INVALID_VALUE);
  g_assert_nonnull (strstr (error->message, "load_increment"));
  g_assert_cmpuint (parsed.window_days, ==, 14);      /* untouched on error */
}

/* The diary's one pain score for the day stands for sessions without their own (brief 2.5),
 * and the "next morning" written on a day counts when the next day has no morning score. */
static void
test_diary_day_scores (void)
{
  Week week;

  /* Two sessions without their own pain, on days whose exercise pain was 7: too much twice. */
  walk_week (&week, 15);
  week.logs[1].pain_during_max = -1;
  week.logs[3].pain_during_max = -1;
  week_diary (&week, 1)->has_exercise_pain = TRUE;
  week_diary (&week, 1)->exercise_pain = 7;
  week_diary (&week, 3)->has_exercise_pain = TRUE;
  week_diary (&week, 3)->exercise_pain = 7;
  week_decide (&week, PHYSIO_MODE_PAIN_MONITORED);
  g_assert_cmpint (week.proposal.decision, ==, PHYSIO_DECISION_REGRESS);
  g_assert_cmpuint (week.proposal.excessive, ==, 2);
  week_clear (&week);

  /* The session's own score wins over the day's. */
  walk_week (&week, 15);
  week_diary (&week, 1)->has_exercise_pain = TRUE;
  week_diary (&week, 1)->exercise_pain = 7;
  week_decide (&week, PHYSIO_MODE_PAIN_MONITORED);
  g_assert_cmpint (week.proposal.decision, ==, PHYSIO_DECISION_PROGRESS);
  week_clear (&week);

  /* Mornings of days 2 and 4 missing, but days 1 and 3 say "next morning 6" (reference 3):
   * not settled twice. */
  walk_week (&week, 15);
  week_diary (&week, 2)->morning_pain = -1;
  week_diary (&week, 4)->morning_pain = -1;
  week_diary (&week, 1)->has_next_morning = TRUE;
  week_diary (&week, 1)->next_morning_pain = 6;
  week_diary (&week, 3)->has_next_morning = TRUE;
  week_diary (&week, 3)->next_morning_pain = 6;
  week_decide (&week, PHYSIO_MODE_PAIN_MONITORED);
  g_assert_cmpint (week.proposal.decision, ==, PHYSIO_DECISION_REGRESS);
  g_assert_cmpuint (week.proposal.unknown, ==, 0);
  week_clear (&week);
}

/* The engine reads "walking" from the exercise, not from its days/week limit: a walk with no
 * days limit builds to 7 days once its bout is at the longest; any other bout stops at 5; a
 * lower days limit of the exercise still caps both. */
static void
test_walking_days_cap (void)
{
  const struct { gboolean walking; guint days_max; guint days; guint to_days; PhysioDecision d; } cases[] = {
    { TRUE,  0, 5, 6, PHYSIO_DECISION_PROGRESS },
    { TRUE,  0, 6, 7, PHYSIO_DECISION_PROGRESS },
    { TRUE,  0, 7, 7, PHYSIO_DECISION_HOLD },      /* at every cap */
    { FALSE, 0, 4, 5, PHYSIO_DECISION_PROGRESS },
    { FALSE, 0, 5, 5, PHYSIO_DECISION_HOLD },
    { FALSE, 7, 5, 5, PHYSIO_DECISION_HOLD },      /* a days limit of 7 does not make a walk */
    { TRUE,  6, 6, 6, PHYSIO_DECISION_HOLD },      /* the exercise's own limit still caps */
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      Week week;

      week_init (&week, PHYSIO_DOSAGE_DURATION, cases[i].days);
      week.state.aerobic = TRUE;
      week.state.walking = cases[i].walking;
      week.current.duration_s = 30 * 60;
      set_limit (&week.limits, PHYSIO_DOSE_FIELD_DURATION, 10 * 60, 30 * 60);
      if (cases[i].days_max > 0)
        set_limit (&week.limits, PHYSIO_DOSE_FIELD_DAYS_PER_WEEK, 1, cases[i].days_max);
      for (guint day = 0; day < cases[i].days; day++)
        week_log (&week, day, 1.0, 2);
      week_decide (&week, PHYSIO_MODE_PAIN_MONITORED);
      g_assert_cmpint (week.proposal.decision, ==, cases[i].d);
      g_assert_cmpuint (week.proposal.dose.days_per_week, ==, cases[i].to_days);
      g_assert_cmpuint (week.proposal.dose.duration_s, ==, 30 * 60);
      week_clear (&week);
    }
}

/* The engine and the validator agree on a legal dose (physio-increment.h): every dose the
 * double progression proposes for a dumbbell exercise passes the validator with the same
 * limits, reps reach max + 3 and no further, and the validator still refuses max + 1 for a
 * bodyweight or band dose and max + 4 for a kg dose. */
static void
test_double_progression_agrees_with_validator (void)
{
  const double dumbbells[] = { 1, 2, 3, 4, 5, 6, 7, 8, 10, 12, 14, 16, 18, 20 };
  const struct { PhysioLoadKind load; guint reps; gboolean valid; } doses[] = {
    { PHYSIO_LOAD_KG, 12, TRUE },
    { PHYSIO_LOAD_KG, 15, TRUE },
    { PHYSIO_LOAD_KG, 16, FALSE },
    { PHYSIO_LOAD_KG, 7, FALSE },
    { PHYSIO_LOAD_BODYWEIGHT, 12, TRUE },
    { PHYSIO_LOAD_BODYWEIGHT, 13, FALSE },
    { PHYSIO_LOAD_BAND, 13, FALSE },
    { PHYSIO_LOAD_NONE, 13, FALSE },
  };
  Step step;
  guint max_reps = 0;
  gboolean stepped = FALSE;

  step_init (&step);
  step.limits.min[PHYSIO_DOSE_FIELD_REPS] = 8;
  step.limits.max[PHYSIO_DOSE_FIELD_REPS] = 12;
  step.limits.min[PHYSIO_DOSE_FIELD_SETS] = 1;
  step.limits.max[PHYSIO_DOSE_FIELD_SETS] = 3;
  step.limits.max[PHYSIO_DOSE_FIELD_LOAD] = 20;
  step.context.load_steps = dumbbells;
  step.context.n_load_steps = G_N_ELEMENTS (dumbbells);
  step.context.load_condition = TRUE;
  step.dose.sets = 3;
  step.dose.reps = 12;
  step.dose.load_kind = PHYSIO_LOAD_KG;
  step.dose.load_kg = 8;

  for (guint round = 0; round < 6 && !stepped; round++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_true (physio_dose_increment (&step.params, PHYSIO_DOSAGE_REPS, &step.dose,
                                            &step.context, &step.next, NULL));
      g_assert_true (physio_dose_validate (&step.next, PHYSIO_DOSAGE_REPS, &step.limits, NULL,
                                           &error));
      g_assert_no_error (error);
      max_reps = MAX (max_reps, step.next.reps);
      stepped = step.next.load_kg > 8;
      physio_dose_copy_into (&step.dose, &step.next);
    }
  g_assert_true (stepped);
  g_assert_cmpuint (max_reps, ==, 12 + PHYSIO_DOUBLE_PROGRESSION_EXTRA_REPS);
  g_assert_cmpfloat (step.dose.load_kg, ==, 10);
  g_assert_cmpuint (step.dose.reps, ==, 8);

  for (guint i = 0; i < G_N_ELEMENTS (doses); i++)
    {
      g_autoptr(GError) error = NULL;
      PhysioDoseField bad = PHYSIO_DOSE_FIELD_NONE;

      step.dose.load_kind = doses[i].load;
      step.dose.load_kg = doses[i].load == PHYSIO_LOAD_KG ? 8 : 0;
      step.dose.band_level = doses[i].load == PHYSIO_LOAD_BAND ? PHYSIO_BAND_LIGHT : 0;
      step.dose.reps = doses[i].reps;
      g_assert_cmpint (physio_dose_validate (&step.dose, PHYSIO_DOSAGE_REPS, &step.limits, &bad,
                                             &error), ==, doses[i].valid);
      if (!doses[i].valid)
        {
          g_assert_cmpint (bad, ==, PHYSIO_DOSE_FIELD_REPS);
          g_assert_nonnull (strstr (error->message,
                                    doses[i].load == PHYSIO_LOAD_KG ? "between 8 and 15"
                                                                    : "between 8 and 12"));
        }
    }
  step_clear (&step);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/progression/brief-4.5/case-1", test_case_1_walk_15_to_17);
  g_test_add_func ("/progression/brief-4.5/case-2", test_case_2_walk_5_to_6);
  g_test_add_func ("/progression/brief-4.5/case-3", test_case_3_walk_25_to_28);
  g_test_add_func ("/progression/brief-4.5/case-5", test_case_5_single_excessive);
  g_test_add_func ("/progression/brief-4.5/case-6", test_case_6_two_unsettled_regress_to_previous);
  g_test_add_func ("/progression/brief-4.5/case-7", test_case_7_adherence_low);
  g_test_add_func ("/progression/brief-4.5/case-9", test_case_9_red_flag_stop);
  g_test_add_func ("/progression/brief-4.5/case-10", test_case_10_bridge_12_to_14);
  g_test_add_func ("/progression/brief-4.5/case-13", test_case_13_bird_dog_hold_8_to_10);
  g_test_add_func ("/progression/brief-4.5/case-15", test_case_15_practice_ready);
  g_test_add_func ("/progression/decide/morning-trend", test_morning_trend_regresses);
  g_test_add_func ("/progression/decide/insufficient-data", test_insufficient_data);
  g_test_add_func ("/progression/decide/settled-reference", test_settled_reference_falls_back_to_median);
  g_test_add_func ("/progression/decide/adherence-partial", test_adherence_partial);
  g_test_add_func ("/progression/decide/too-few-sessions", test_too_few_sessions);
  g_test_add_func ("/progression/decide/target-not-met", test_target_not_met);
  g_test_add_func ("/progression/decide/effort-high", test_effort_high);
  g_test_add_func ("/progression/decide/stall-flare", test_stall_and_flare_flags);
  g_test_add_func ("/progression/decide/swap-at-caps", test_swap_at_caps);
  g_test_add_func ("/progression/decide/regress-at-minimum", test_regress_at_minimum_swaps_or_keeps_floor);
  g_test_add_func ("/progression/decide/ladder", test_ladder_moves_one_column);
  g_test_add_func ("/progression/decide/quota-and-manual", test_quota_mode);
  g_test_add_func ("/progression/increment/duration", test_increment_duration_rounding_and_days);
  g_test_add_func ("/progression/increment/hold", test_increment_hold_then_pattern_then_sets);
  g_test_add_func ("/progression/increment/reps-load", test_increment_reps_sets_and_load);
  g_test_add_func ("/progression/increment/distance-steps-practice", test_increment_distance_steps_practice);
  g_test_add_func ("/progression/reduce", test_reduce_quarter_rounded_not_below_min);
  g_test_add_func ("/progression/weekly-volume", test_weekly_volume);
  g_test_add_func ("/progression/walking-days-cap", test_walking_days_cap);
  g_test_add_func ("/progression/diary-day-scores", test_diary_day_scores);
  g_test_add_func ("/progression/double-progression-validator", test_double_progression_agrees_with_validator);
  g_test_add_func ("/progression/reasons", test_reason_codes_round_trip);
  g_test_add_func ("/progression/rule-params", test_rule_params_round_trip_and_validation);

  return g_test_run ();
}
