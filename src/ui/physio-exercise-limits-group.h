/* physio-exercise-limits-group.h: the exercise editor's dose limits
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "physio-dose.h"

G_BEGIN_DECLS

#define PHYSIO_TYPE_EXERCISE_LIMITS_GROUP (physio_exercise_limits_group_get_type ())

G_DECLARE_FINAL_TYPE (PhysioExerciseLimitsGroup, physio_exercise_limits_group, PHYSIO,
                      EXERCISE_LIMITS_GROUP, AdwPreferencesGroup)

/* A section of the exercise editor: the lowest and highest value of each number of the dose,
 * shown for the fields "dosage-kind" uses. "changed" is emitted on every key press. Checking
 * holds each row to the core's rule (inside the absolute range, the lowest first). */
void                    physio_exercise_limits_group_load         (PhysioExerciseLimitsGroup *self,
                                                                   const PhysioDoseLimits    *limits);
const PhysioDoseLimits *physio_exercise_limits_group_get_limits   (PhysioExerciseLimitsGroup *self);
gboolean                physio_exercise_limits_group_check        (PhysioExerciseLimitsGroup *self);
void                    physio_exercise_limits_group_commit_typed (PhysioExerciseLimitsGroup *self);
GtkWidget              *physio_exercise_limits_group_get_row      (PhysioExerciseLimitsGroup *self,
                                                                   PhysioDoseField            field);
GtkWidget              *physio_exercise_limits_group_get_spin     (PhysioExerciseLimitsGroup *self,
                                                                   PhysioDoseField            field,
                                                                   gboolean                   highest);

G_END_DECLS
