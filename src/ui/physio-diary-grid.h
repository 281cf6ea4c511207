/* physio-diary-grid.h: the follow-up entry grid, one programme week as the paper diary lays it out
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "physio-database.h"
#include "physio-programme.h"
#include "physio-undo-stack.h"

G_BEGIN_DECLS

#define PHYSIO_TYPE_DIARY_GRID (physio_diary_grid_get_type ())
G_DECLARE_FINAL_TYPE (PhysioDiaryGrid, physio_diary_grid, PHYSIO, DIARY_GRID, GtkBox)

/* Rows are the week's prescriptions, then the day rows; columns the seven days of the
 * programme week (weeks run from the start date's weekday), like the handout's paper diary.
 * Each cell saves through @database as soon as it is left or Enter is pressed. Opens on
 * today's week of the programme. */
PhysioDiaryGrid *physio_diary_grid_new        (PhysioDatabase  *database,
                                               PhysioProgramme *programme);

/* What is typed from now on goes onto @undo_stack too, each saved cell one step (Ctrl+Z puts
 * the cell back as it was, in the store and on screen). NULL: saved but not undoable. */
void             physio_diary_grid_set_undo_stack (PhysioDiaryGrid *self,
                                                   PhysioUndoStack *undo_stack);

/* Programme week shown, 1-based; clamped to the programme's length. */
guint            physio_diary_grid_get_week   (PhysioDiaryGrid *self);
void             physio_diary_grid_set_week   (PhysioDiaryGrid *self,
                                               guint            week);

/* For tests: the cell of row @row (0-based, prescriptions then morning pain, pain during
 * exercise, next-morning pain, activity minutes, red flag) and day @day (0..6), or NULL where nothing is
 * scheduled; the row count; the message shown under the grid ("" when none). */
GtkWidget       *physio_diary_grid_get_cell   (PhysioDiaryGrid *self,
                                               guint            row,
                                               guint            day);
guint            physio_diary_grid_get_n_rows (PhysioDiaryGrid *self);
const char      *physio_diary_grid_get_message (PhysioDiaryGrid *self);

G_END_DECLS
