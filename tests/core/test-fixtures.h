/* test-fixtures.h: library exercises and dates shared by the programme tests
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "physio-exercise.h"
#include "physio-programme.h"

G_BEGIN_DECLS

/* Exercises shaped like their namesakes in data/exercises.json, with limits small enough that
 * a test can reach them. Each call returns a new object. */
PhysioExercise *fixture_walk          (void);   /* AER-01 duration 10′, 5 d/wk, 5–60 min */
PhysioExercise *fixture_bridge        (void);   /* COR-10 reps 2×10, 3 d/wk, reps 8–15, sets 1–3 */
PhysioExercise *fixture_bridge_march  (void);   /* COR-11 reps 2×6 each side */
PhysioExercise *fixture_curl_up       (void);   /* COR-05 hold 5×6s */
PhysioExercise *fixture_deadlift      (void);   /* HIN-03 reps 2×10, 2–4 kg, loaded flexion */
PhysioExercise *fixture_carry         (void);   /* HIN-08 distance 3×20 m each side */
PhysioExercise *fixture_pool_lengths  (void);   /* AQU-04 distance 100 m in the pool */
PhysioExercise *fixture_steps         (void);   /* AER-04 usual steps + 500 */
PhysioExercise *fixture_log_roll      (void);   /* FUN-01 practice 3 */

/* The fixture with that id (a new object), or NULL: a PhysioExerciseLookup for templates. */
PhysioExercise *fixture_lookup        (const char *id,
                                       gpointer    user_data);

/* Adds a prescription of a new exercise from @new_exercise to @programme over all its
 * weeks, with @id (0 for an unsaved one), and returns it; @programme owns it. */
PhysioPrescription *fixture_prescribe (PhysioProgramme  *programme,
                                       PhysioExercise *(*new_exercise) (void),
                                       gint64            id);

/* Monday 2 March 2026 plus @days. */
GDate           fixture_date          (int days);

G_END_DECLS
