/* render-samples.c: a plausible 12-week follow-up, for the render demo and benchmark
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <math.h>

#include "physio-ladder.h"
#include "render-samples.h"
#include "test-fixtures.h"

GDate
render_samples_date (int days)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 2, G_DATE_MARCH, 2026);
  if (days >= 0)
    g_date_add_days (&date, (guint) days);
  else
    g_date_subtract_days (&date, (guint) -days);
  return date;
}

static PhysioChartValue
value_at (int    day,
          double value)
{
  PhysioChartValue v = { .value = value };

  v.date = render_samples_date (day);
  return v;
}

RenderSamples *
render_samples_new (guint days)
{
  RenderSamples *s = g_new0 (RenderSamples, 1);
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);
  int start = 84 - (int) days;
  static const char *activities[] = { "Sitting through a film", "Gardening for an hour",
                                      "Carrying shopping" };
  static const double psfs_base[] = { 3, 2, 4 }, psfs_gain[] = { 4, 3, 5 };
  static const double odi_values[] = { 38, 32, 26, 22 };
  static const char *dose_labels[] = { "2 × 8", "2 × 10", "2 × 12", "3 × 8", "3 × 10",
                                       "3 × 12" };

  s->morning = g_array_new (FALSE, FALSE, sizeof (PhysioChartValue));
  s->session = g_array_new (FALSE, FALSE, sizeof (PhysioChartValue));
  s->markers = g_array_new (FALSE, FALSE, sizeof (PhysioChartMarker));

  for (int day = start; day < 84; day++)
    {
      double progress = CLAMP ((double) (day - start) / MAX (days, 1), 0, 1);
      PhysioChartValue v;
      double pain = 6.2 - 3.4 * progress + g_rand_double_range (rand, -1.2, 1.2);

      /* A ten-day holiday without the diary in weeks 6 and 7. */
      if (day >= 38 && day < 48)
        continue;
      v = value_at (day, round (CLAMP (pain, 0, 10)));
      g_array_append_val (s->morning, v);
      /* Exercise days: Monday, Wednesday and Friday. */
      if (((day % 7) + 7) % 7 == 0 || ((day % 7) + 7) % 7 == 2 || ((day % 7) + 7) % 7 == 4)
        {
          double during = pain - 0.5 + g_rand_double_range (rand, -1, 2.2);

          v = value_at (day, round (CLAMP (during, 0, 10)));
          g_array_append_val (s->session, v);
        }
    }

  for (guint week = 1; week < 12; week++)
    {
      static const PhysioChartMarkKind decisions[] = {
        PHYSIO_CHART_MARK_PROGRESS, PHYSIO_CHART_MARK_PROGRESS, PHYSIO_CHART_MARK_HOLD,
        PHYSIO_CHART_MARK_PROGRESS, PHYSIO_CHART_MARK_HOLD, PHYSIO_CHART_MARK_REGRESS,
        PHYSIO_CHART_MARK_HOLD, PHYSIO_CHART_MARK_PROGRESS, PHYSIO_CHART_MARK_PROGRESS,
        PHYSIO_CHART_MARK_HOLD, PHYSIO_CHART_MARK_PROGRESS,
      };
      PhysioChartMarker marker = { .kind = decisions[week - 1] };

      marker.date = render_samples_date ((int) week * 7);
      if ((int) week * 7 < start)
        continue;
      g_array_append_val (s->markers, marker);
      if (week == 4)
        {
          PhysioChartMarker phase = { .kind = PHYSIO_CHART_MARK_PHASE, .label = "Phase 2" };

          phase.date = render_samples_date (28);
          g_array_append_val (s->markers, phase);
        }
    }

  s->pain.morning = (const PhysioChartValue *) (gpointer) s->morning->data;
  s->pain.n_morning = s->morning->len;
  s->pain.session = (const PhysioChartValue *) (gpointer) s->session->data;
  s->pain.n_session = s->session->len;
  s->pain.markers = (const PhysioChartMarker *) (gpointer) s->markers->data;
  s->pain.n_markers = s->markers->len;
  s->pain.baseline = 6;

  for (guint i = 0; i < 4; i++)
    s->odi[i] = value_at ((int) i * 28 - (i == 3 ? 1 : 0), odi_values[i]);
  s->disability.instrument = "ODI";
  s->disability.range_max = 100;
  s->disability.mcid = 10;
  s->disability.scores = s->odi;
  s->disability.n_scores = 4;
  s->disability.mcid_reached = TRUE;
  s->disability.relative_reached = TRUE;

  for (guint a = 0; a < 3; a++)
    {
      for (guint i = 0; i < 4; i++)
        s->psfs_scores[a][i] = value_at ((int) i * 28 - (i == 3 ? 1 : 0),
                                         round (psfs_base[a] + psfs_gain[a] * i / 3.0));
      s->psfs_activities[a].activity = activities[a];
      s->psfs_activities[a].scores = s->psfs_scores[a];
      s->psfs_activities[a].n_scores = 4;
    }
  for (guint i = 0; i < 4; i++)
    {
      double sum = 0;

      for (guint a = 0; a < 3; a++)
        sum += s->psfs_scores[a][i].value;
      s->psfs_mean[i] = value_at ((int) i * 28 - (i == 3 ? 1 : 0), sum / 3);
    }
  s->psfs.activities = s->psfs_activities;
  s->psfs.n_activities = 3;
  s->psfs.mean = s->psfs_mean;
  s->psfs.n_mean = 4;
  s->psfs.mdc = 2;

  for (guint i = 0; i < 12; i++)
    {
      static const guint done[] = { 4, 5, 5, 3, 5, 1, 0, 4, 5, 5, 4, 5 };
      static const double minutes[] = { 50, 60, 75, 70, 90, 20, 0, 100, 120, 140, 150, 165 };
      PhysioChartWeek *week = &s->weeks[i];

      week->week = i + 1;
      week->start = render_samples_date ((int) i * 7);
      week->prescribed = 5;
      week->done = done[i];
      week->minutes = minutes[i];
      week->missing = i == 6;
    }
  s->weekly.weeks = s->weeks;
  s->weekly.n_weeks = 12;
  s->weekly.target_minutes = 150;

  for (guint i = 0; i < 12; i++)
    {
      static const guint step_of_week[] = { 0, 1, 2, 2, 3, 3, 2, 2, 3, 4, 4, 5 };
      PhysioDoseStep *step = &s->dose_steps[i];
      guint k = step_of_week[i];
      guint plan_k = MIN (i / 2, 5);

      step->week = i + 1;
      step->label = dose_labels[k];
      step->value = (k < 3 ? 2 : 3) * (8 + 2 * (k % 3));
      step->source = (i == 6 || i == 7) ? PHYSIO_DOSE_SOURCE_CLINICIAN : PHYSIO_DOSE_SOURCE_ENGINE;
      if (i > 0)
        {
          step->has_decision = TRUE;
          step->decision = k > step_of_week[i - 1] ? PHYSIO_CHART_MARK_PROGRESS
                           : k < step_of_week[i - 1] ? PHYSIO_CHART_MARK_REGRESS
                           : PHYSIO_CHART_MARK_HOLD;
        }
      s->dose_plan[i].week = i + 1;
      s->dose_plan[i].label = dose_labels[plan_k];
      s->dose_plan[i].value = (plan_k < 3 ? 2 : 3) * (8 + 2 * (plan_k % 3));
      s->dose_plan[i].source = PHYSIO_DOSE_SOURCE_PLAN;
    }
  s->dose.exercise = "Bridge";
  s->dose.unit = "reps per session";
  s->dose.steps = s->dose_steps;
  s->dose.n_steps = 12;
  s->dose.plan = s->dose_plan;
  s->dose.n_plan = 12;
  s->dose.n_weeks = 12;

  {
    PhysioSummaryRow *r = s->summary_rows;

    r[0] = (PhysioSummaryRow) { .measure = "Pain on rising (NPRS)", .lower_is_better = TRUE,
                                .baseline = 6, .latest = 3, .change = 3, .percent_change = 50,
                                .has_mcid = TRUE, .mcid_reached = TRUE,
                                .relative_reached = TRUE };
    r[1] = (PhysioSummaryRow) { .measure = "Disability (ODI v2.1a)", .lower_is_better = TRUE,
                                .baseline = 38, .latest = 22, .change = 16,
                                .percent_change = 42.1, .has_mcid = TRUE, .mcid_reached = TRUE,
                                .relative_reached = TRUE };
    r[2] = (PhysioSummaryRow) { .measure = "Function (PSFS mean)", .lower_is_better = FALSE,
                                .baseline = 3, .latest = 7, .change = 4,
                                .percent_change = 133.3, .has_mcid = TRUE,
                                .mcid_reached = TRUE, .relative_reached = TRUE,
                                .decimals = 1 };
    r[3] = (PhysioSummaryRow) { .measure = "Pain, average 24 h (NPRS)", .lower_is_better = TRUE,
                                .baseline = 5, .latest = 4, .change = 1, .percent_change = 20,
                                .has_mcid = TRUE };
    for (guint i = 0; i < 4; i++)
      {
        r[i].baseline_date = render_samples_date (0);
        r[i].latest_date = render_samples_date (83);
      }
    s->summary.rows = r;
    s->summary.n_rows = 4;
  }

  return s;
}

void
render_samples_free (RenderSamples *samples)
{
  if (samples == NULL)
    return;
  g_array_unref (samples->morning);
  g_array_unref (samples->session);
  g_array_unref (samples->markers);
  g_free (samples);
}

PhysioProgramme *
render_samples_programme (guint n_exercises)
{
  static PhysioExercise *(*makers[]) (void) = {
    fixture_walk, fixture_bridge, fixture_curl_up, fixture_bridge_march, fixture_deadlift,
    fixture_carry, fixture_pool_lengths, fixture_steps, fixture_log_roll, fixture_walk,
  };
  PhysioProgramme *programme = physio_programme_new ();
  GDate start = render_samples_date (0);

  physio_programme_set_title (programme, "Back to gardening");
  physio_programme_set_start_date (programme, &start);
  physio_programme_set_weeks (programme, 12);
  for (guint i = 0; i < MIN (n_exercises, G_N_ELEMENTS (makers)); i++)
    {
      PhysioPrescription *prescription = fixture_prescribe (programme, makers[i], i + 1);

      physio_prescription_generate_ladder (prescription,
                                           physio_programme_get_rule_params (programme));
    }
  return programme;
}
