/* physio-prescription-row.h: one exercise of a programme in the builder, with its dose
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "physio-patient.h"
#include "physio-undo-stack.h"

G_BEGIN_DECLS

#define PHYSIO_TYPE_PRESCRIPTION_ROW (physio_prescription_row_get_type ())

G_DECLARE_FINAL_TYPE (PhysioPrescriptionRow, physio_prescription_row, PHYSIO, PRESCRIPTION_ROW,
                      AdwExpanderRow)

/* Collapsed, the row reads as the dose in force; expanded, it edits it field by field. Each
 * field is checked against the exercise's limits as it is entered: a bad value is refused at
 * the field with the reason, a good one is saved at once through @undo_stack. The row edits
 * the dose in force and the ladder step it comes from together, so the ladder follows.
 * @patient may be NULL (no caution line then).
 *
 * signals: "move-requested" (gint delta: -1 up, +1 down; Alt+Up / Alt+Down) and
 * "remove-requested" (the Remove button); the list that holds the rows does both. */
PhysioPrescriptionRow *physio_prescription_row_new   (PhysioUndoStack       *undo_stack,
                                                      PhysioPatient         *patient,
                                                      PhysioPrescription    *prescription);
PhysioPrescription    *physio_prescription_row_get_prescription (PhysioPrescriptionRow *self);

G_END_DECLS
