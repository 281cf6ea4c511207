/* physio-database-programme-save.h: saving one change of a programme, not the whole of it
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "physio-database.h"
#include "physio-programme-change.h"

G_BEGIN_DECLS

/* Saves only what @change touched (see physio_database_save_programme () for the rules it
 * checks): the rows of the edited prescriptions and their changed ladder steps, the programme
 * row when its settings changed, a new row with its exercise snapshot only for a prescription
 * the change adds. @after is TRUE when the programme holds the state after the change (a
 * commit or a redo), FALSE after an undo. On error nothing is written. */
gboolean physio_database_save_programme_change (PhysioDatabase         *self,
                                                PhysioProgrammeChange  *change,
                                                gboolean                after,
                                                GError                **error);

G_END_DECLS
