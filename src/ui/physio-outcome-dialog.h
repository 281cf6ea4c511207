/* physio-outcome-dialog.h: scoring one outcome measure for a patient
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "physio-database.h"
#include "physio-outcome.h"

G_BEGIN_DECLS

#define PHYSIO_TYPE_OUTCOME_DIALOG (physio_outcome_dialog_get_type ())
G_DECLARE_FINAL_TYPE (PhysioOutcomeDialog, physio_outcome_dialog, PHYSIO, OUTCOME_DIALOG,
                      AdwWindow)

/* A modal window over @parent: the measure (NPRS with its recall period, ODI v2.1a, RMDQ-24,
 * PSFS, STarT Back), the date (today), the response grid with the clinic's licensed wording
 * when it has some, and below it the total and any validity message, computed as the answers
 * are given. Save stores the items through the store and closes; signal "saved". */
PhysioOutcomeDialog *physio_outcome_dialog_new        (GtkWindow           *parent,
                                                       PhysioDatabase      *database,
                                                       gint64               patient_id,
                                                       PhysioInstrument     instrument);

/* For tests: the grid shown (a PhysioOutcomeItems), the result line as shown, and Save. */
GtkWidget           *physio_outcome_dialog_get_items  (PhysioOutcomeDialog *self);
const char          *physio_outcome_dialog_get_result (PhysioOutcomeDialog *self);
void                 physio_outcome_dialog_set_recall (PhysioOutcomeDialog *self,
                                                       PhysioRecall         recall);
gboolean             physio_outcome_dialog_save       (PhysioOutcomeDialog *self);

G_END_DECLS
