/* physio-exercise-list.h: a GListModel of the exercises matching a query
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "physio-database.h"

G_BEGIN_DECLS

#define PHYSIO_TYPE_EXERCISE_LIST (physio_exercise_list_get_type ())

G_DECLARE_FINAL_TYPE (PhysioExerciseList, physio_exercise_list, PHYSIO, EXERCISE_LIST, GObject)

/* Holds only the row handles of the matches; items are loaded a page at a time when a view
 * asks for them and kept in a small cache, so 100,000 matches cost one array of integers.
 * Items are PhysioExercise. The model follows the database's "exercises-changed" signal. */
PhysioExerciseList *physio_exercise_list_new        (PhysioDatabase            *database);
/* Runs the query and replaces the contents (two emissions when rows both go and come; see
 * physio_exercise_list_is_replacing ()). */
gboolean            physio_exercise_list_set_query  (PhysioExerciseList        *self,
                                                     const PhysioExerciseQuery *query,
                                                     GError                   **error);
/* TRUE while a search result is being swapped in: between the "rows removed" and the "rows
 * added" emissions. A selection that should follow an exercise across searches waits for the
 * second one. */
gboolean            physio_exercise_list_is_replacing (PhysioExerciseList      *self);
/* Re-runs the current query (after a change to the table). */
void                physio_exercise_list_refresh    (PhysioExerciseList        *self);
/* Position of the exercise with @id among the matches, or G_MAXUINT. */
guint               physio_exercise_list_find       (PhysioExerciseList        *self,
                                                     const char                *id);

G_END_DECLS
