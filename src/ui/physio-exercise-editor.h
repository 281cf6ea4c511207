/* physio-exercise-editor.h: the dialog that creates and edits a clinician's own exercise
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "physio-database.h"

G_BEGIN_DECLS

#define PHYSIO_TYPE_EXERCISE_EDITOR (physio_exercise_editor_get_type ())

G_DECLARE_FINAL_TYPE (PhysioExerciseEditor, physio_exercise_editor, PHYSIO, EXERCISE_EDITOR, AdwWindow)

/* Edits a copy of @exercise, or a new blank custom exercise when @exercise is NULL. Built-in
 * exercises are never passed here (the window duplicates them first). Every field is
 * validated as it is typed; Save stays insensitive while a field is invalid. On Save the
 * exercise is written through @database, "saved" is emitted with the saved exercise, and the
 * dialog closes. */
PhysioExerciseEditor *physio_exercise_editor_new (GtkWindow      *parent,
                                                  PhysioDatabase *database,
                                                  PhysioExercise *exercise);

/* signal "saved" (PhysioExercise *exercise) */

G_END_DECLS
