/* physio-exercise-editor-private.h: what the editor's tests reach into
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "physio-exercise-editor.h"
#include "physio-vocabulary.h"

G_BEGIN_DECLS

/* The rows made in code, which gtk_widget_get_template_child () cannot find. Widgets from the
 * template (name_row, kind_row, step_row_1, save_button, …) are reached through that instead. */
GtkWidget      *_physio_exercise_editor_get_dose_row   (PhysioExerciseEditor *self,
                                                        PhysioDoseField       field);
GtkWidget      *_physio_exercise_editor_get_dose_spin  (PhysioExerciseEditor *self,
                                                        PhysioDoseField       field);
GtkWidget      *_physio_exercise_editor_get_limit_row  (PhysioExerciseEditor *self,
                                                        PhysioDoseField       field);
GtkWidget      *_physio_exercise_editor_get_limit_spin (PhysioExerciseEditor *self,
                                                        PhysioDoseField       field,
                                                        gboolean              highest);
GtkWidget      *_physio_exercise_editor_get_intensity_row (PhysioExerciseEditor *self);
GtkWidget      *_physio_exercise_editor_get_code_check (PhysioExerciseEditor *self,
                                                        PhysioVocabulary      vocab,
                                                        const char           *code);
/* The working copy the form edits. */
PhysioExercise *_physio_exercise_editor_get_exercise   (PhysioExerciseEditor *self);

G_END_DECLS
