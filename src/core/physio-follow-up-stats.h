/* physio-follow-up-stats.h: the follow-up statistics, computed once for the engine, the review
 * and the charts (brief 4.1, 4.3, 6.8)
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Adherence (sessions done over sessions prescribed, each session counting at most once),
 * morning pain means, the week-on-week morning trend, the 7-day rolling mean, the pain of a
 * session and the next morning's pain with the diary's fallbacks, and weekly activity minutes.
 * Plain functions over the engine's input types; "-1" means "no data" for a mean or a score.
 */

#pragma once

#include "physio-progression.h"

G_BEGIN_DECLS

/* The diary entry of @date, or NULL. */
const PhysioDiaryEntry *physio_diary_find (const PhysioDiaryEntry *diary,
                                           guint                   n_diary,
                                           const GDate            *date);

typedef struct
{
  double prescribed;   /* sessions prescribed in the window (prorated) */
  double done;         /* Σ min (1, completed fraction): brief 4.3 n_done */
  guint  completed;    /* sessions done in full */
  guint  logged;       /* sessions in the window at all */
  double adherence;    /* done / prescribed; with nothing prescribed, 1 if anything was done */
} PhysioAdherence;

/* Adherence over the logs dated in [@from, @from + @days). */
void   physio_stats_adherence      (const PhysioSessionLog *logs,
                                    guint                   n_logs,
                                    const GDate            *from,
                                    guint                   days,
                                    double                  prescribed,
                                    PhysioAdherence        *adherence);

/* Mean morning pain of the days [@from, @from + @days), or -1 with none logged. */
double physio_stats_mean_morning   (const PhysioDiaryEntry *diary,
                                    guint                   n_diary,
                                    const GDate            *from,
                                    guint                   days);
/* Median morning pain of the @days days before @date (not @date itself), or -1. */
double physio_stats_median_morning_before (const PhysioDiaryEntry *diary,
                                           guint                   n_diary,
                                           const GDate            *date,
                                           guint                   days);
/* Morning trend (brief 4.1): the mean of the window minus the mean of the window before;
 * G_MAXDOUBLE when either has no morning score. */
double physio_stats_morning_trend  (const PhysioDiaryEntry *diary,
                                    guint                   n_diary,
                                    const GDate            *window_start,
                                    guint                   days);
/* The rolling mean of the chart (brief 6.8): morning pain over the @days days ending on
 * @date, or -1 when none of them has a score. */
double physio_stats_rolling_mean   (const PhysioDiaryEntry *diary,
                                    guint                   n_diary,
                                    const GDate            *date,
                                    guint                   days);

/* The session's pain during exercise, else the diary's one score for that day, else -1. */
int    physio_stats_session_pain   (const PhysioSessionLog *log,
                                    const PhysioDiaryEntry *diary,
                                    guint                   n_diary);
/* The pain on the morning after @date: the next day's morning score, else what the patient
 * wrote as "next morning" on @date, else -1. */
int    physio_stats_next_morning   (const PhysioDiaryEntry *diary,
                                    guint                   n_diary,
                                    const GDate            *date);

/* Minutes of activity in the logs dated in [@from, @from + @days) of a duration
 * prescription: the minutes logged, else the dose's bout times the fraction done. */
double physio_stats_activity_minutes (const PhysioSessionLog *logs,
                                      guint                   n_logs,
                                      const PhysioDose       *dose,
                                      const GDate            *from,
                                      guint                   days);

/* One prescription's part of a week, for physio_stats_week (). */
typedef struct
{
  PhysioDosageKind        kind;
  gboolean                aerobic;      /* counts towards activity minutes */
  const PhysioDose       *dose;         /* the dose of that week */
  const PhysioSessionLog *logs;
  guint                   n_logs;
  double                  prescribed;   /* sessions prescribed in the week */
} PhysioStatsInput;

typedef struct
{
  GDate           start;
  PhysioAdherence adherence;         /* over every input */
  double          mean_morning;      /* -1 when none */
  double          morning_delta;     /* vs the week before; G_MAXDOUBLE when unknown */
  double          mean_session_pain; /* -1 when none */
  double          activity_minutes;  /* aerobic duration work */
} PhysioWeekStats;

/* The week [@start, @start + 7): adherence summed over @inputs, morning pain and trend, the
 * mean session pain, and aerobic minutes. */
void   physio_stats_week           (const PhysioStatsInput *inputs,
                                    guint                   n_inputs,
                                    const PhysioDiaryEntry *diary,
                                    guint                   n_diary,
                                    const GDate            *start,
                                    PhysioWeekStats        *week);

G_END_DECLS
