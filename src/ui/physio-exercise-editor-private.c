/* physio-exercise-editor-private.c: what the editor's tests reach into
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "physio-exercise-editor"

#include "config.h"

#include "physio-exercise-editor-private.h"

GtkWidget *
_physio_exercise_editor_get_dose_row (PhysioExerciseEditor *self,
                                      PhysioDoseField       field)
{
  g_return_val_if_fail (PHYSIO_IS_EXERCISE_EDITOR (self), NULL);

  return GTK_WIDGET (physio_exercise_dose_group_get_row (self->dose_group, field));
}

GtkWidget *
_physio_exercise_editor_get_dose_spin (PhysioExerciseEditor *self,
                                       PhysioDoseField       field)
{
  g_return_val_if_fail (PHYSIO_IS_EXERCISE_EDITOR (self), NULL);

  return GTK_WIDGET (physio_dose_spin_row_get_spin (
                       physio_exercise_dose_group_get_row (self->dose_group, field)));
}

GtkWidget *
_physio_exercise_editor_get_limit_row (PhysioExerciseEditor *self,
                                       PhysioDoseField       field)
{
  g_return_val_if_fail (PHYSIO_IS_EXERCISE_EDITOR (self), NULL);

  return physio_exercise_limits_group_get_row (self->limits_group, field);
}

GtkWidget *
_physio_exercise_editor_get_limit_spin (PhysioExerciseEditor *self,
                                        PhysioDoseField       field,
                                        gboolean              highest)
{
  g_return_val_if_fail (PHYSIO_IS_EXERCISE_EDITOR (self), NULL);

  return physio_exercise_limits_group_get_spin (self->limits_group, field, highest);
}

GtkWidget *
_physio_exercise_editor_get_intensity_row (PhysioExerciseEditor *self)
{
  g_return_val_if_fail (PHYSIO_IS_EXERCISE_EDITOR (self), NULL);

  return physio_exercise_dose_group_get_intensity_row (self->dose_group);
}

GtkWidget *
_physio_exercise_editor_get_code_check (PhysioExerciseEditor *self,
                                        PhysioVocabulary      vocab,
                                        const char           *code)
{
  PhysioVocabCheckRow *rows[] = {
    self->regions_row, self->equipment_row, self->stages_row, self->caution_codes_row,
  };

  g_return_val_if_fail (PHYSIO_IS_EXERCISE_EDITOR (self), NULL);

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    if (physio_vocab_check_row_get_vocabulary (rows[i]) == vocab)
      return GTK_WIDGET (physio_vocab_check_row_get_check (rows[i], code));

  g_return_val_if_reached (NULL);
}

PhysioExercise *
_physio_exercise_editor_get_exercise (PhysioExerciseEditor *self)
{
  g_return_val_if_fail (PHYSIO_IS_EXERCISE_EDITOR (self), NULL);

  return self->exercise;
}
