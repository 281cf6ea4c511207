/* render-samples.h: a plausible 12-week follow-up, for the render demo and benchmark
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "physio-chart-data.h"
#include "physio-programme.h"

G_BEGIN_DECLS

/* All of one patient's chart data, owned by the struct (free with render_samples_free). The
 * numbers are made up but shaped like a chronic LBP course: pain on rising from 6 to about 3,
 * a ten-day holiday without diary entries, ODI from 38 to 22. */
typedef struct
{
  GArray                   *morning;
  GArray                   *session;
  GArray                   *markers;
  PhysioPainChartData       pain;
  PhysioChartValue          odi[4];
  PhysioDisabilityChartData disability;
  PhysioChartValue          psfs_scores[3][4];
  PhysioPsfsActivity        psfs_activities[3];
  PhysioChartValue          psfs_mean[4];
  PhysioPsfsChartData       psfs;
  PhysioChartWeek           weeks[12];
  PhysioWeeklyChartData     weekly;
  PhysioDoseStep            dose_steps[12];
  PhysioDoseStep            dose_plan[12];
  PhysioDoseChartData       dose;
  PhysioSummaryRow          summary_rows[4];
  PhysioSummaryData         summary;
} RenderSamples;

/* @days of daily pain data ending at the sample's last day (84 for the 12 weeks). */
RenderSamples   *render_samples_new       (guint          days);
void             render_samples_free      (RenderSamples *samples);
/* Monday 2 March 2026 plus @days. */
GDate            render_samples_date      (int            days);
/* A 12-week programme of @n_exercises (at most 10) library-shaped exercises with generated
 * ladders, starting on render_samples_date (0). */
PhysioProgramme *render_samples_programme (guint          n_exercises);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RenderSamples, render_samples_free)

G_END_DECLS
