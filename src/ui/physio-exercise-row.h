/* physio-exercise-row.h: one exercise in the library list
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "physio-exercise.h"

G_BEGIN_DECLS

#define PHYSIO_TYPE_EXERCISE_ROW (physio_exercise_row_get_type ())

G_DECLARE_FINAL_TYPE (PhysioExerciseRow, physio_exercise_row, PHYSIO, EXERCISE_ROW, GtkWidget)

GtkWidget      *physio_exercise_row_new          (void);
PhysioExercise *physio_exercise_row_get_exercise (PhysioExerciseRow *self);
void            physio_exercise_row_set_exercise (PhysioExerciseRow *self,
                                                  PhysioExercise    *exercise);

G_END_DECLS
