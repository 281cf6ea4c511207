/* physio-ladder-table.h: the Dose Ladder page, weeks across and exercises down
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "physio-undo-stack.h"

G_BEGIN_DECLS

#define PHYSIO_TYPE_LADDER_TABLE (physio_ladder_table_get_type ())

G_DECLARE_FINAL_TYPE (PhysioLadderTable, physio_ladder_table, PHYSIO, LADDER_TABLE, GtkWidget)

/* The planned dose of every exercise of the programme of @undo_stack in every week, in the
 * brief's compact notation, each cell editable: a cell is read back with
 * physio_dose_parse_cell () and checked against the exercise's limits before it is saved
 * through the undo stack; a cell that cannot be read or is out of range says why and changes
 * nothing. Cells where the weekly amount rises by more than 30% are marked. */
PhysioLadderTable *physio_ladder_table_new      (PhysioUndoStack   *undo_stack);

/* For tests: the cell of the prescription at @position in the programme for calendar week
 * @week (NULL when the prescription is not shown), and the table's message line. Changes are
 * drawn after an idle, like a person would see them. */
GtkEntry          *_physio_ladder_table_get_cell    (PhysioLadderTable *self,
                                                     guint              position,
                                                     guint              week);
GtkLabel          *_physio_ladder_table_get_message (PhysioLadderTable *self);

G_END_DECLS
