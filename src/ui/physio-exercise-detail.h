/* physio-exercise-detail.h: everything about one exercise, as the clinician reads it
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "physio-database.h"

G_BEGIN_DECLS

#define PHYSIO_TYPE_EXERCISE_DETAIL (physio_exercise_detail_get_type ())

G_DECLARE_FINAL_TYPE (PhysioExerciseDetail, physio_exercise_detail,
                      PHYSIO, EXERCISE_DETAIL, GtkWidget)

GtkWidget      *physio_exercise_detail_new          (void);
/* Where linked exercises (progressions, regressions) are looked up. */
void            physio_exercise_detail_set_database (PhysioExerciseDetail *self,
                                                     PhysioDatabase       *database);
PhysioExercise *physio_exercise_detail_get_exercise (PhysioExerciseDetail *self);
/* Shows @exercise, or a hint to pick one when NULL. */
void            physio_exercise_detail_set_exercise (PhysioExerciseDetail *self,
                                                     PhysioExercise       *exercise);

/* signal "link-activated" (const char *id): a progression or regression row was activated */

G_END_DECLS
