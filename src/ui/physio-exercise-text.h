/* physio-exercise-text.h: short texts about an exercise, shared by the list and the detail
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "physio-exercise.h"
#include "physio-vocabulary.h"

G_BEGIN_DECLS

/* The code at @index of a vocabulary, for the enum-like fields; NULL when out of range. */
const char *physio_vocab_code_at          (PhysioVocabulary     vocab,
                                           int                  index);
/* "Core stability · Quadruped" */
char       *physio_exercise_text_meta     (PhysioExercise      *exercise);
/* "Lumbar, Trunk, Pelvis and hip", or NULL when @codes is empty. */
char       *physio_exercise_text_labels   (PhysioVocabulary     vocab,
                                           const char * const  *codes);

G_END_DECLS
