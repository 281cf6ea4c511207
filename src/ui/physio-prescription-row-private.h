/* physio-prescription-row-private.h: the row's fields, for tests
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "physio-prescription-row.h"

G_BEGIN_DECLS

/* The spin button or entry that edits @field (SETS … REST, SESSIONS_PER_DAY), and the row it
 * sits in, whose subtitle carries the field's message. */
GtkWidget    *_physio_prescription_row_get_field_editor (PhysioPrescriptionRow *self,
                                                         PhysioDoseField        field);
AdwActionRow *_physio_prescription_row_get_field_row    (PhysioPrescriptionRow *self,
                                                         PhysioDoseField        field);
GtkToggleButton *_physio_prescription_row_get_day_button (PhysioPrescriptionRow *self,
                                                          guint                  day);

G_END_DECLS
