/* physio-progression.h: the weekly decision per prescription (brief 4.1, 4.3, 4.6)
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Pure functions over plain inputs: no database, no clock, no GTK. The engine only proposes;
 * the clinician accepts, edits or rejects, and the caller writes the audit log.
 */

#pragma once

#include <glib.h>

#include "physio-dose.h"
#include "physio-rule-params.h"

G_BEGIN_DECLS

typedef enum
{
  PHYSIO_ZONE_GREEN,
  PHYSIO_ZONE_AMBER,
  PHYSIO_ZONE_RED,
} PhysioPainZone;

typedef enum
{
  PHYSIO_SETTLED_UNKNOWN,
  PHYSIO_SETTLED_YES,
  PHYSIO_SETTLED_NO,
} PhysioSettled;

typedef enum
{
  PHYSIO_DECISION_STOP,
  PHYSIO_DECISION_REGRESS,
  PHYSIO_DECISION_HOLD,
  PHYSIO_DECISION_PROGRESS,
  PHYSIO_DECISION_READY,
  PHYSIO_DECISION_SWAP,
} PhysioDecision;

/* Why the engine chose what it chose (brief 4.3 reason codes), plus flags for the clinician. */
typedef enum
{
  PHYSIO_REASON_NONE               = 0,
  PHYSIO_REASON_RED_FLAG           = 1 << 0,
  PHYSIO_REASON_REPEATED_EXCESSIVE = 1 << 1,
  PHYSIO_REASON_MORNING_TREND      = 1 << 2,
  PHYSIO_REASON_ADHERENCE_LOW      = 1 << 3,
  PHYSIO_REASON_SINGLE_EXCESSIVE   = 1 << 4,
  PHYSIO_REASON_INSUFFICIENT_DATA  = 1 << 5,
  PHYSIO_REASON_ADHERENCE_PARTIAL  = 1 << 6,
  PHYSIO_REASON_TOO_FEW_SESSIONS   = 1 << 7,
  PHYSIO_REASON_TARGET_NOT_MET     = 1 << 8,
  PHYSIO_REASON_EFFORT_HIGH        = 1 << 9,
  PHYSIO_REASON_PRACTICE           = 1 << 10,  /* READY: suggest a harder variant */
  PHYSIO_REASON_AT_CAPS            = 1 << 11,  /* no room left in the dose limits */
  PHYSIO_REASON_AT_MINIMUM         = 1 << 12,  /* nothing left to take away */
  PHYSIO_REASON_QUOTA_SCHEDULE     = 1 << 13,  /* graded activity: the quota rises on schedule */
  PHYSIO_REASON_MORNING_REVIEW     = 1 << 14,  /* graded activity: mornings worse, ask clinician */
  PHYSIO_REASON_MANUAL_MODE        = 1 << 15,  /* manual programmes get no proposal */
  /* flags */
  PHYSIO_FLAG_DISCUSS_BARRIERS     = 1 << 20,
  PHYSIO_FLAG_STALLED              = 1 << 21,
  PHYSIO_FLAG_FLARE                = 1 << 22,
  PHYSIO_FLAG_INTENSITY_SUGGESTED  = 1 << 23,  /* bout and days at max: consider +1 RPE */
  PHYSIO_FLAG_LADDER_END           = 1 << 24,  /* past the planned ladder: rule increments */
} PhysioReason;

typedef struct
{
  GDate  date;
  double completed_fraction;  /* 0..1 (more is counted as 1) */
  int    pain_during_max;     /* NPRS 0..10, -1 when not logged */
  int    rpe;                 /* 0..10, -1 when not logged */
  guint  achieved;            /* primary variable achieved (reps, seconds, metres…), 0 = not logged */
  double achieved_load_kg;    /* the load actually lifted, 0 = not logged */
} PhysioSessionLog;

/* One day of the patient's diary. The newer scores carry a has_ flag so that a zeroed entry
 * means "not logged" for them too. */
typedef struct
{
  GDate    date;
  int      morning_pain;      /* NPRS on rising, -1 when not logged */
  gboolean red_flag;
  /* The day's pain during exercise, when the patient wrote one score for the day rather than
   * one per exercise: it stands for every session of the day without its own (brief 2.5). */
  gboolean has_exercise_pain;
  int      exercise_pain;     /* 0..10 */
  /* The pain on the next morning as written in this day's column; the next day's own
   * morning pain wins when both are there (brief 4.1, settled). */
  gboolean has_next_morning;
  int      next_morning_pain; /* 0..10 */
  /* The day's minutes of walking or other aerobic activity as the patient wrote them, for the
   * weekly activity chart against 150 minutes (brief 6.8). */
  gboolean has_activity_minutes;
  int      activity_minutes;  /* 0..1440 */
} PhysioDiaryEntry;

/* Everything the engine needs to know about one prescription for one review window. */
typedef struct
{
  PhysioDosageKind        kind;
  gboolean                aerobic;          /* never reduced to zero (activity floor) */
  gboolean                walking;          /* everyday walking: days may build to 7 (4.4) */
  const PhysioDose       *current;
  const PhysioDoseLimits *limits;
  const char * const     *pattern_ladder;   /* e.g. {"5", "6-4-2", NULL}; may be NULL */
  const PhysioDose       *previous;         /* the dose before the last change, or NULL */
  /* The planned ladder (templates): steps 0..n_planned-1 and the step in force. */
  const PhysioDose       *planned;
  guint                   n_planned;
  guint                   ladder_step;
  /* Equipment steps for load progression, ascending; kg (dumbbells, kettlebells). */
  const double           *load_steps;
  guint                   n_load_steps;
  guint                   distance_unit_m;  /* 25 for pool lengths, 10 for carries */
  const char             *progression_id;   /* first linked harder variant, or NULL */
  const char             *regression_id;    /* first linked easier variant, or NULL */
  /* History, counted by the caller from the audit log. */
  guint                   eligible_at_caps_weeks; /* earlier weeks in a row progress-eligible at caps */
  guint                   holds_in_a_row;
  guint                   regresses_in_a_row;
  /* The window: [start, start + window_days) and the sessions prescribed in it. */
  GDate                   window_start;
  double                  sessions_prescribed;
} PhysioPrescriptionState;

typedef struct
{
  PhysioDecision decision;
  PhysioReason   reasons;
  PhysioDose     dose;         /* the proposed dose (the current one for HOLD/READY/STOP) */
  guint          ladder_step;  /* the proposed ladder step */
  const char    *swap_to;      /* for SWAP: the exercise to switch to (borrowed) */
  /* What the engine saw, for the review screen ("4/5": done of prescribed, brief 6.8). */
  double         sessions_done;        /* Σ min (1, completed fraction) in the window */
  double         sessions_prescribed;  /* prorated for partial weeks */
  double         adherence;
  guint          excessive;
  guint          unknown;
  double         morning_delta;
} PhysioProposal;

PhysioPainZone physio_pain_zone           (const PhysioRuleParams *params,
                                           int                     pain);
/* Whether the morning after @session_date settled (brief 4.1). */
PhysioSettled  physio_session_settled     (const PhysioRuleParams *params,
                                           const GDate            *session_date,
                                           const PhysioDiaryEntry *diary,
                                           guint                   n_diary);
/* Sessions prescribed in a window, prorated for partial weeks: the caller passes the days of
 * the window that fall inside the prescription's active weeks. */
double         physio_sessions_prescribed (guint                   days_per_week,
                                           guint                   sessions_per_day,
                                           guint                   active_days);
/* Mean morning pain of the window minus the mean of the week before; G_MAXDOUBLE when either
 * week has no morning score. */
double         physio_morning_trend       (const PhysioRuleParams *params,
                                           const GDate            *window_start,
                                           const PhysioDiaryEntry *diary,
                                           guint                   n_diary);
/* Graded activity start quota: round (quota_start_fraction × mean of the baseline trials). */
guint          physio_quota_start         (const PhysioRuleParams *params,
                                           const guint            *baseline,
                                           guint                   n_baseline);

/* The weekly decision. @logs are this prescription's sessions in the window, in date order;
 * @diary the patient's diary from at least one week before the window to the morning after
 * it. The returned proposal's dose must be cleared with physio_proposal_clear (). */
void           physio_progression_decide  (const PhysioRuleParams        *params,
                                           PhysioProgressionMode          mode,
                                           const PhysioPrescriptionState *state,
                                           const PhysioSessionLog        *logs,
                                           guint                          n_logs,
                                           const PhysioDiaryEntry        *diary,
                                           guint                          n_diary,
                                           PhysioProposal                *proposal);
void           physio_proposal_clear      (PhysioProposal                *proposal);

const char    *physio_decision_to_code    (PhysioDecision decision);
const char    *physio_decision_label      (PhysioDecision decision);
/* Comma-separated reason codes ("ADHERENCE_LOW,DISCUSS_BARRIERS") for the audit log. */
char          *physio_reasons_to_codes    (PhysioReason   reasons);
PhysioReason   physio_reasons_from_codes  (const char    *codes);
/* One sentence per reason, for the clinician ("Two sessions were too much."). */
char          *physio_reasons_describe    (PhysioReason   reasons);

G_END_DECLS
