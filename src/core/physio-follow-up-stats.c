/* physio-follow-up-stats.c: adherence, pain means and trends, activity minutes
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "physio-follow-up-stats.h"

/* Whether @date falls in [@from, @from + @days). */
static gboolean
within (const GDate *from,
        guint        days,
        const GDate *date)
{
  int offset = g_date_days_between (from, date);

  return offset >= 0 && offset < (int) days;
}

const PhysioDiaryEntry *
physio_diary_find (const PhysioDiaryEntry *diary,
                   guint                   n_diary,
                   const GDate            *date)
{
  g_return_val_if_fail (diary != NULL || n_diary == 0, NULL);
  g_return_val_if_fail (date != NULL, NULL);

  for (guint i = 0; i < n_diary; i++)
    {
      if (g_date_compare (&diary[i].date, date) == 0)
        return &diary[i];
    }

  return NULL;
}

double
physio_sessions_prescribed (guint days_per_week,
                            guint sessions_per_day,
                            guint active_days)
{
  return (double) days_per_week * MAX (sessions_per_day, 1) * MIN (active_days, 7) / 7.0;
}

void
physio_stats_adherence (const PhysioSessionLog *logs,
                        guint                   n_logs,
                        const GDate            *from,
                        guint                   days,
                        double                  prescribed,
                        PhysioAdherence        *adherence)
{
  g_return_if_fail (logs != NULL || n_logs == 0);
  g_return_if_fail (from != NULL && g_date_valid (from));
  g_return_if_fail (adherence != NULL);

  *adherence = (PhysioAdherence) { .prescribed = prescribed };

  for (guint i = 0; i < n_logs; i++)
    {
      if (!within (from, days, &logs[i].date))
        continue;

      /* More than the session (1.5 of it) still counts as one session done. */
      adherence->done += CLAMP (logs[i].completed_fraction, 0.0, 1.0);
      adherence->logged++;
      if (logs[i].completed_fraction >= 0.999)
        adherence->completed++;
    }

  if (prescribed > 0)
    adherence->adherence = adherence->done / prescribed;
  else
    adherence->adherence = adherence->done > 0 ? 1.0 : 0.0;
}

double
physio_stats_mean_morning (const PhysioDiaryEntry *diary,
                           guint                   n_diary,
                           const GDate            *from,
                           guint                   days)
{
  double sum = 0;
  guint n = 0;

  g_return_val_if_fail (diary != NULL || n_diary == 0, -1);
  g_return_val_if_fail (from != NULL && g_date_valid (from), -1);

  for (guint i = 0; i < n_diary; i++)
    {
      if (diary[i].morning_pain >= 0 && within (from, days, &diary[i].date))
        {
          sum += diary[i].morning_pain;
          n++;
        }
    }

  return n > 0 ? sum / n : -1;
}

static int
compare_int (gconstpointer a,
             gconstpointer b)
{
  return *(const int *) a - *(const int *) b;
}

double
physio_stats_median_morning_before (const PhysioDiaryEntry *diary,
                                    guint                   n_diary,
                                    const GDate            *date,
                                    guint                   days)
{
  g_autoptr(GArray) values = g_array_new (FALSE, FALSE, sizeof (int));
  guint n;

  g_return_val_if_fail (diary != NULL || n_diary == 0, -1);
  g_return_val_if_fail (date != NULL && g_date_valid (date), -1);

  for (guint i = 0; i < n_diary; i++)
    {
      int age = g_date_days_between (&diary[i].date, date);

      if (age >= 1 && age <= (int) days && diary[i].morning_pain >= 0)
        g_array_append_val (values, diary[i].morning_pain);
    }

  n = values->len;
  if (n == 0)
    return -1;

  g_array_sort (values, compare_int);
  if (n % 2 == 1)
    return g_array_index (values, int, n / 2);
  return (g_array_index (values, int, n / 2 - 1) + g_array_index (values, int, n / 2)) / 2.0;
}

double
physio_stats_morning_trend (const PhysioDiaryEntry *diary,
                            guint                   n_diary,
                            const GDate            *window_start,
                            guint                   days)
{
  GDate previous_start;
  double this_week, last_week;

  g_return_val_if_fail (window_start != NULL && g_date_valid (window_start), G_MAXDOUBLE);

  previous_start = *window_start;
  g_date_subtract_days (&previous_start, days);
  this_week = physio_stats_mean_morning (diary, n_diary, window_start, days);
  last_week = physio_stats_mean_morning (diary, n_diary, &previous_start, days);

  if (this_week < 0 || last_week < 0)
    return G_MAXDOUBLE;
  return this_week - last_week;
}

double
physio_stats_rolling_mean (const PhysioDiaryEntry *diary,
                           guint                   n_diary,
                           const GDate            *date,
                           guint                   days)
{
  GDate from;

  g_return_val_if_fail (date != NULL && g_date_valid (date), -1);
  g_return_val_if_fail (days > 0, -1);

  from = *date;
  g_date_subtract_days (&from, days - 1);
  return physio_stats_mean_morning (diary, n_diary, &from, days);
}

int
physio_stats_session_pain (const PhysioSessionLog *log,
                           const PhysioDiaryEntry *diary,
                           guint                   n_diary)
{
  const PhysioDiaryEntry *day;

  g_return_val_if_fail (log != NULL, -1);

  if (log->pain_during_max >= 0)
    return log->pain_during_max;

  /* One score for the day stands for every exercise of the day (brief 2.5). */
  day = physio_diary_find (diary, n_diary, &log->date);
  if (day != NULL && day->has_exercise_pain)
    return day->exercise_pain;
  return -1;
}

int
physio_stats_next_morning (const PhysioDiaryEntry *diary,
                           guint                   n_diary,
                           const GDate            *date)
{
  const PhysioDiaryEntry *entry;
  GDate next;

  g_return_val_if_fail (date != NULL && g_date_valid (date), -1);

  next = *date;
  g_date_add_days (&next, 1);
  entry = physio_diary_find (diary, n_diary, &next);
  if (entry != NULL && entry->morning_pain >= 0)
    return entry->morning_pain;

  entry = physio_diary_find (diary, n_diary, date);
  if (entry != NULL && entry->has_next_morning)
    return entry->next_morning_pain;
  return -1;
}

double
physio_stats_activity_minutes (const PhysioSessionLog *logs,
                               guint                   n_logs,
                               const PhysioDose       *dose,
                               const GDate            *from,
                               guint                   days)
{
  double seconds = 0;

  g_return_val_if_fail (logs != NULL || n_logs == 0, 0);
  g_return_val_if_fail (from != NULL && g_date_valid (from), 0);

  for (guint i = 0; i < n_logs; i++)
    {
      if (!within (from, days, &logs[i].date))
        continue;

      if (logs[i].achieved > 0)
        seconds += logs[i].achieved;
      else if (dose != NULL)
        seconds += dose->duration_s * CLAMP (logs[i].completed_fraction, 0.0, 1.0);
    }

  return seconds / 60.0;
}

void
physio_stats_week (const PhysioStatsInput *inputs,
                   guint                   n_inputs,
                   const PhysioDiaryEntry *diary,
                   guint                   n_diary,
                   const GDate            *start,
                   PhysioWeekStats        *week)
{
  double pain_sum = 0;
  guint pain_n = 0;

  g_return_if_fail (inputs != NULL || n_inputs == 0);
  g_return_if_fail (start != NULL && g_date_valid (start));
  g_return_if_fail (week != NULL);

  *week = (PhysioWeekStats) { .start = *start };

  for (guint i = 0; i < n_inputs; i++)
    {
      const PhysioStatsInput *input = &inputs[i];
      PhysioAdherence part;

      physio_stats_adherence (input->logs, input->n_logs, start, 7, input->prescribed, &part);
      week->adherence.prescribed += part.prescribed;
      week->adherence.done += part.done;
      week->adherence.completed += part.completed;
      week->adherence.logged += part.logged;

      for (guint k = 0; k < input->n_logs; k++)
        {
          int pain;

          if (!within (start, 7, &input->logs[k].date))
            continue;
          pain = physio_stats_session_pain (&input->logs[k], diary, n_diary);
          if (pain >= 0)
            {
              pain_sum += pain;
              pain_n++;
            }
        }

      if (input->aerobic && input->kind == PHYSIO_DOSAGE_DURATION)
        week->activity_minutes += physio_stats_activity_minutes (input->logs, input->n_logs,
                                                                 input->dose, start, 7);
    }

  if (week->adherence.prescribed > 0)
    week->adherence.adherence = week->adherence.done / week->adherence.prescribed;
  else
    week->adherence.adherence = week->adherence.done > 0 ? 1.0 : 0.0;

  week->mean_morning = physio_stats_mean_morning (diary, n_diary, start, 7);
  week->morning_delta = physio_stats_morning_trend (diary, n_diary, start, 7);
  week->mean_session_pain = pain_n > 0 ? pain_sum / pain_n : -1;
}
