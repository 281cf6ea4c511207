/* test-follow-up-stats.c: adherence, pain means and trends, activity minutes (brief 4.1, 4.3,
 * 6.8), and the engine reading them
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include "physio-follow-up-stats.h"

#define NONE (-1)

/* Monday 2 March 2026 plus @offset days. */
static GDate
day (int offset)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 2, G_DATE_MARCH, 2026);
  if (offset >= 0)
    g_date_add_days (&date, offset);
  else
    g_date_subtract_days (&date, -offset);
  return date;
}

static void
test_adherence (void)
{
  const struct
  {
    double fractions[8];
    int    days[8];
    guint  n;
    double prescribed;
    double done;
    guint  completed;
    double adherence;
  } cases[] = {
    { { 1, 1, 1, 1, 1 }, { 0, 1, 2, 3, 4 }, 5, 5, 5, 5, 1.0 },
    { { 1, 1, 0.5, 1.5, 0 }, { 0, 1, 2, 3, 4 }, 5, 5, 3.5, 3, 0.7 },      /* 1.5 counts once */
    { { 1, 1, 1 }, { -1, 0, 7 }, 3, 5, 1, 1, 0.2 },                       /* outside the week */
    { { 1, 1 }, { 0, 0 }, 2, 0, 2, 2, 1.0 },                              /* nothing prescribed */
    { { 0 }, { 0 }, 0, 0, 0, 0, 0.0 },
    { { 1, 1, 1 }, { 0, 2, 4 }, 3, 3.0 * 4 / 7, 3, 3, 7.0 / 4 },          /* prorated week */
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      PhysioSessionLog logs[8] = { 0 };
      PhysioAdherence adherence;
      GDate from = day (0);

      for (guint k = 0; k < cases[i].n; k++)
        {
          logs[k].date = day (cases[i].days[k]);
          logs[k].completed_fraction = cases[i].fractions[k];
          logs[k].pain_during_max = NONE;
          logs[k].rpe = NONE;
        }
      physio_stats_adherence (logs, cases[i].n, &from, 7, cases[i].prescribed, &adherence);
      g_assert_cmpfloat_with_epsilon (adherence.done, cases[i].done, 1e-9);
      g_assert_cmpuint (adherence.completed, ==, cases[i].completed);
      g_assert_cmpfloat_with_epsilon (adherence.adherence, cases[i].adherence, 1e-9);
    }

  g_assert_cmpfloat_with_epsilon (physio_sessions_prescribed (5, 1, 7), 5, 1e-9);
  g_assert_cmpfloat_with_epsilon (physio_sessions_prescribed (7, 3, 7), 21, 1e-9);
  g_assert_cmpfloat_with_epsilon (physio_sessions_prescribed (5, 1, 3), 15.0 / 7, 1e-9);
}

/* A diary from day -7 to day 7 with the given morning scores (NONE for a gap). */
static guint
fill_diary (PhysioDiaryEntry *diary,
            const int        *mornings)
{
  for (int d = 0; d < 15; d++)
    {
      diary[d] = (PhysioDiaryEntry) { .morning_pain = mornings[d] };
      diary[d].date = day (d - 7);
    }
  return 15;
}

static void
test_morning_pain (void)
{
  const struct
  {
    int    mornings[15];       /* days -7 … 7 */
    double mean_this_week;     /* days 0 … 6 */
    double trend;
    double rolling_day_6;      /* days 0 … 6 again, as the chart's 7-day mean */
    double median_before_0;    /* days -7 … -1 */
  } cases[] = {
    { { 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3 }, 3, 0, 3, 3 },
    { { 3, 3, 3, 3, 3, 3, 3, 5, 5, 5, 5, 5, 5, 5, 5 }, 5, 2, 5, 3 },      /* +2: MCID */
    { { 2, 4, NONE, NONE, NONE, NONE, NONE, 1, NONE, NONE, NONE, NONE, NONE, 2, 0 }, 1.5, -1.5,
      1.5, 3 },                                                            /* gaps skipped */
    { { NONE, NONE, NONE, NONE, NONE, NONE, NONE, 4, 4, 4, 4, 4, 4, 4, 4 }, 4, G_MAXDOUBLE, 4,
      NONE },                                                              /* no week before */
    { { 5, 5, 5, 5, 5, 5, 5, NONE, NONE, NONE, NONE, NONE, NONE, NONE, 9 }, NONE, G_MAXDOUBLE,
      NONE, 5 },
    { { 1, 2, 3, 4, NONE, NONE, NONE, 0, 0, 0, 0, 0, 0, 0, 0 }, 0, -2.5, 0, 2.5 },  /* even median */
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      PhysioDiaryEntry diary[15];
      guint n = fill_diary (diary, cases[i].mornings);
      GDate start = day (0);
      GDate last = day (6);

      g_test_message ("morning case %u", i);
      g_assert_cmpfloat_with_epsilon (physio_stats_mean_morning (diary, n, &start, 7),
                                      cases[i].mean_this_week, 1e-9);
      g_assert_cmpfloat_with_epsilon (physio_stats_morning_trend (diary, n, &start, 7),
                                      cases[i].trend, 1e-9);
      g_assert_cmpfloat_with_epsilon (physio_stats_rolling_mean (diary, n, &last, 7),
                                      cases[i].rolling_day_6, 1e-9);
      g_assert_cmpfloat_with_epsilon (physio_stats_median_morning_before (diary, n, &start, 7),
                                      cases[i].median_before_0, 1e-9);
    }
}

static void
test_session_pain_and_next_morning (void)
{
  PhysioDiaryEntry diary[3] = {
    { .morning_pain = 3, .has_exercise_pain = TRUE, .exercise_pain = 6,
      .has_next_morning = TRUE, .next_morning_pain = 4 },
    { .morning_pain = NONE, .has_next_morning = TRUE, .next_morning_pain = 2 },
    { .morning_pain = NONE },
  };
  PhysioSessionLog own = { .pain_during_max = 1 };
  PhysioSessionLog from_diary = { .pain_during_max = NONE };
  PhysioSessionLog nothing = { .pain_during_max = NONE };
  GDate d0 = day (0), d1 = day (1), d2 = day (2);

  for (guint i = 0; i < 3; i++)
    diary[i].date = day (i);
  own.date = d0;
  from_diary.date = d0;
  nothing.date = d1;

  g_assert_cmpint (physio_stats_session_pain (&own, diary, 3), ==, 1);        /* its own wins */
  g_assert_cmpint (physio_stats_session_pain (&from_diary, diary, 3), ==, 6); /* the day's */
  g_assert_cmpint (physio_stats_session_pain (&nothing, diary, 3), ==, NONE);
  /* Day 1 has no morning score: day 0's "next morning" stands in. */
  g_assert_cmpint (physio_stats_next_morning (diary, 3, &d0), ==, 4);
  g_assert_cmpint (physio_stats_next_morning (diary, 3, &d1), ==, 2);
  g_assert_cmpint (physio_stats_next_morning (diary, 3, &d2), ==, NONE);
  /* The next day's own morning score wins over what was written the day before. */
  diary[1].morning_pain = 5;
  g_assert_cmpint (physio_stats_next_morning (diary, 3, &d0), ==, 5);
}

static void
test_week (void)
{
  PhysioDose walk = PHYSIO_DOSE_INIT;
  PhysioDose bridge = PHYSIO_DOSE_INIT;
  PhysioSessionLog walk_logs[5] = { 0 };
  PhysioSessionLog bridge_logs[3] = { 0 };
  PhysioDiaryEntry diary[15];
  const int mornings[15] = { 2, 2, 2, 2, 2, 2, 2, 3, 3, 3, 3, 3, 3, 3, 3 };
  PhysioStatsInput inputs[2];
  PhysioWeekStats week;
  GDate start = day (0);

  walk.duration_s = 20 * 60;
  walk.days_per_week = 5;
  bridge.sets = 2;
  bridge.reps = 10;
  /* Walks: three done in full, one half, one logged with its own 30 minutes. */
  for (guint i = 0; i < 5; i++)
    {
      walk_logs[i] = (PhysioSessionLog) { .completed_fraction = 1, .pain_during_max = 2, .rpe = NONE };
      walk_logs[i].date = day (i);
    }
  walk_logs[3].completed_fraction = 0.5;
  walk_logs[4].achieved = 30 * 60;
  for (guint i = 0; i < 3; i++)
    {
      bridge_logs[i] = (PhysioSessionLog) { .completed_fraction = 1, .pain_during_max = 4, .rpe = 5 };
      bridge_logs[i].date = day (i * 2);
    }
  bridge_logs[2].date = day (8);      /* next week: not counted */

  inputs[0] = (PhysioStatsInput) { PHYSIO_DOSAGE_DURATION, TRUE, &walk, walk_logs, 5, 5 };
  inputs[1] = (PhysioStatsInput) { PHYSIO_DOSAGE_REPS, FALSE, &bridge, bridge_logs, 3, 3 };
  fill_diary (diary, mornings);

  physio_stats_week (inputs, 2, diary, 15, &start, &week);
  g_assert_cmpfloat_with_epsilon (week.adherence.prescribed, 8, 1e-9);
  g_assert_cmpfloat_with_epsilon (week.adherence.done, 6.5, 1e-9);
  g_assert_cmpuint (week.adherence.completed, ==, 6);
  g_assert_cmpfloat_with_epsilon (week.adherence.adherence, 6.5 / 8, 1e-9);
  g_assert_cmpfloat_with_epsilon (week.mean_morning, 3, 1e-9);
  g_assert_cmpfloat_with_epsilon (week.morning_delta, 1, 1e-9);
  /* Pains 2 × 5 and 4 × 2: 18 / 7. */
  g_assert_cmpfloat_with_epsilon (week.mean_session_pain, 18.0 / 7, 1e-9);
  /* 20 + 20 + 20 + 10 + 30: bridges are not activity minutes. */
  g_assert_cmpfloat_with_epsilon (week.activity_minutes, 100, 1e-9);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/follow-up-stats/adherence", test_adherence);
  g_test_add_func ("/follow-up-stats/morning-pain", test_morning_pain);
  g_test_add_func ("/follow-up-stats/session-pain-next-morning", test_session_pain_and_next_morning);
  g_test_add_func ("/follow-up-stats/week", test_week);

  return g_test_run ();
}
