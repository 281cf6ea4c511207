/* physio-exercise-dose-group.h: the exercise editor's starting dose
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "physio-dose-spin-row.h"

G_BEGIN_DECLS

#define PHYSIO_TYPE_EXERCISE_DOSE_GROUP (physio_exercise_dose_group_get_type ())

G_DECLARE_FINAL_TYPE (PhysioExerciseDoseGroup, physio_exercise_dose_group, PHYSIO,
                      EXERCISE_DOSE_GROUP, AdwPreferencesGroup)

/* A section of the exercise editor. It keeps the dose as typed, including the fields the
 * "dosage-kind" hides, so switching kind back and forth loses nothing; "changed" is emitted on
 * every edit. Checking shows each row's range or what is wrong with it, against @limits. */
void              physio_exercise_dose_group_load          (PhysioExerciseDoseGroup *self,
                                                            const PhysioDose        *dose);
const PhysioDose *physio_exercise_dose_group_get_dose      (PhysioExerciseDoseGroup *self);
gboolean          physio_exercise_dose_group_check         (PhysioExerciseDoseGroup *self,
                                                            const PhysioDoseLimits  *limits);
/* What no single row shows (a pattern outside the limits), under the rows; NULL hides it. */
void              physio_exercise_dose_group_show_error    (PhysioExerciseDoseGroup *self,
                                                            const char              *message);
/* Commits whatever is still being typed in a box. */
void              physio_exercise_dose_group_commit_typed  (PhysioExerciseDoseGroup *self);
PhysioDoseSpinRow *physio_exercise_dose_group_get_row      (PhysioExerciseDoseGroup *self,
                                                            PhysioDoseField          field);
GtkWidget        *physio_exercise_dose_group_get_intensity_row (PhysioExerciseDoseGroup *self);

G_END_DECLS
