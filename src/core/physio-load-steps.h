/* physio-load-steps.h: the weights a clinic has, and which an exercise goes up in (brief 4.4)
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "physio-exercise.h"
#include "physio-review.h"

G_BEGIN_DECLS

/* The available weights, in kg, ascending, that a load on @exercise steps through: kettlebells
 * when the exercise is done with one and not with dumbbells, else dumbbells. */
const double *physio_load_steps_for_exercise (PhysioExercise          *exercise,
                                              guint                   *n_steps);

/* physio_review_propose () with each prescription's own load steps: the same arguments and
 * result, the items in the programme's order. Any store calls this, so the equipment rule lives
 * here once. */
GArray       *physio_review_propose_by_equipment (PhysioProgramme         *programme,
                                                  const PhysioReviewInput *inputs,
                                                  guint                    n_inputs,
                                                  const PhysioDiaryEntry  *diary,
                                                  guint                    n_diary,
                                                  const GDate             *window_start);

G_END_DECLS
