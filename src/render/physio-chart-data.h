/* physio-chart-data.h: the plain data the progress charts draw (brief 6.8)
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Charts take plain structs, not store handles or scoring objects: the ui converts what core
 * computed (scores, adherence, responder flags) into these, and the handout does the same, so
 * a chart never computes a clinical statistic of its own. Arrays are pointer + count and are
 * only read; they may be static. Dates are GDates; an invalid (cleared) date means "none". */

/* One value on one day. */
typedef struct
{
  GDate  date;
  double value;
} PhysioChartValue;

typedef enum
{
  PHYSIO_CHART_MARK_PHASE,      /* a new phase starts: a labelled vertical line */
  PHYSIO_CHART_MARK_PROGRESS,   /* accepted PROGRESS ▲ */
  PHYSIO_CHART_MARK_HOLD,       /* accepted HOLD ● */
  PHYSIO_CHART_MARK_REGRESS,    /* accepted REGRESS ▼ */
} PhysioChartMarkKind;

typedef struct
{
  GDate                date;
  PhysioChartMarkKind  kind;
  const char          *label;   /* "Phase 2", or NULL */
} PhysioChartMarker;

/* 6.8 (1) Pain over time. Morning values should be one per day, in date order. */
typedef struct
{
  const PhysioChartValue  *morning;      /* daily morning NPRS, 0–10 */
  guint                    n_morning;
  const PhysioChartValue  *session;      /* pain during exercise, 0–10 */
  guint                    n_session;
  const PhysioChartValue  *rolling_mean; /* core's 7-day rolling mean, or NULL to derive it */
  guint                    n_rolling_mean;
  const PhysioChartMarker *markers;
  guint                    n_markers;
  double                   baseline;     /* NPRS at intake; < 0 when unknown (no MCID line) */
} PhysioPainChartData;

/* 6.8 (2) Disability over time: ODI (0–100) or RMDQ (0–24). The first score is the baseline. */
typedef struct
{
  const char             *instrument;    /* "ODI" or "RMDQ", shown in the axis title */
  double                  range_max;     /* 100 or 24: the axis always spans all of it */
  double                  mcid;          /* 10 or 5 points (brief 6.6) */
  const PhysioChartValue *scores;
  guint                   n_scores;
  /* The responder result core computed for the latest score (brief 6.6), shown as badges. */
  gboolean                mcid_reached;
  gboolean                relative_reached;
  const char             *note;          /* e.g. a version change; NULL for none */
} PhysioDisabilityChartData;

/* 6.8 (3) PSFS: one series per activity (0–10, higher is better). */
typedef struct
{
  const char             *activity;
  const PhysioChartValue *scores;
  guint                   n_scores;
} PhysioPsfsActivity;

typedef struct
{
  const PhysioPsfsActivity *activities;
  guint                     n_activities;
  const PhysioChartValue   *mean;       /* the PSFS score (mean of activities) per assessment */
  guint                     n_mean;
  double                    mdc;        /* 2 points around the baseline mean (brief 6.4) */
} PhysioPsfsChartData;

/* One week of a programme, for the weekly bar charts. */
typedef struct
{
  guint  week;        /* programme week, 1-based */
  GDate  start;       /* its first day, or invalid */
  guint  done;        /* adherence: sessions done (a partly done one counts as core decides) */
  guint  prescribed;  /* adherence: sessions prescribed; 0 = nothing planned that week */
  double minutes;     /* activity: walking/aerobic minutes */
  gboolean missing;   /* nothing recorded that week: drawn as a gap, not as zero */
} PhysioChartWeek;

/* 6.8 (4) Adherence per week and (6) weekly activity volume. */
typedef struct
{
  const PhysioChartWeek *weeks;
  guint                  n_weeks;
  double                 target_minutes;   /* activity only: 150 (brief 6.8, Garber 2011) */
} PhysioWeeklyChartData;

typedef enum
{
  PHYSIO_DOSE_SOURCE_PLAN,       /* the ladder as planned */
  PHYSIO_DOSE_SOURCE_ENGINE,     /* an engine proposal the clinician accepted */
  PHYSIO_DOSE_SOURCE_CLINICIAN,  /* a dose the clinician set by hand (override) */
} PhysioDoseSource;

typedef struct
{
  guint               week;
  double              value;        /* the primary variable: reps per session, hold seconds… */
  const char         *label;        /* the dose as it reads: "2 × 12" */
  PhysioDoseSource    source;
  gboolean            has_decision;
  PhysioChartMarkKind decision;     /* PROGRESS, HOLD or REGRESS of that week's review */
} PhysioDoseStep;

/* 6.8 (5) Dose progression of one exercise: the dose in force per week. */
typedef struct
{
  const char           *exercise;
  const char           *unit;        /* axis title: "reps per session", "minutes" */
  const PhysioDoseStep *steps;       /* in week order */
  guint                 n_steps;
  const PhysioDoseStep *plan;        /* the planned ladder, drawn faint behind; may be NULL */
  guint                 n_plan;
  guint                 n_weeks;     /* programme length, the x range */
} PhysioDoseChartData;

/* 6.8 (7) One row of the summary card: a measure's baseline and latest, with the change and
 * the responder result as core computed them. */
typedef struct
{
  const char *measure;            /* "Pain on rising (NPRS)" */
  gboolean    lower_is_better;
  GDate       baseline_date;
  double      baseline;
  GDate       latest_date;
  double      latest;
  double      change;             /* positive = better: baseline − latest when lower is better */
  double      percent_change;     /* NAN when undefined (baseline 0) */
  gboolean    has_mcid;           /* FALSE for measures without one */
  gboolean    mcid_reached;
  gboolean    relative_reached;   /* 30 % of baseline */
  int         decimals;           /* how the values print: 0 for NPRS and ODI, 1 for PSFS */
} PhysioSummaryRow;

typedef struct
{
  const PhysioSummaryRow *rows;
  guint                   n_rows;
} PhysioSummaryData;

/* Where a chart drew each data point, so a screen can show its value and date on hover or
 * focus. Positions are in the caller's user units, like the size the chart was given. */
typedef struct
{
  double  x;
  double  y;
  GDate   date;      /* invalid when the point is a week or a row, not a day */
  double  value;
  char   *text;      /* full sentence for tooltip and accessible label:
                        "Pain on rising: 4 of 10, Mon 2 Mar 2026" */
} PhysioChartSpot;

/* A GArray of PhysioChartSpot that frees the texts. */
GArray *physio_chart_spots_new (void);

G_END_DECLS
