/* physio-red-flag-dialog.h: recording the intake red-flag screen (brief 7.3)
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "physio-database-patients.h"

G_BEGIN_DECLS

#define PHYSIO_TYPE_RED_FLAG_DIALOG (physio_red_flag_dialog_get_type ())

G_DECLARE_FINAL_TYPE (PhysioRedFlagDialog, physio_red_flag_dialog, PHYSIO, RED_FLAG_DIALOG,
                      AdwWindow)

/* A modal window over @parent with the screen's signs grouped by domain, who screened
 * (the clinician by default), the date (today by default) and notes, filled from @patient's
 * screen when there is one. Save validates, records the screen on a copy of @patient and
 * saves it; then "saved" (PhysioPatient *patient) is emitted and the dialog closes. */
PhysioRedFlagDialog *physio_red_flag_dialog_new (GtkWindow      *parent,
                                                 PhysioDatabase *database,
                                                 PhysioPatient  *patient);

/* For tests: the check button of a sign, the "Screened by" and date rows, the message
 * shown under them (NULL when none). Save is the action "screen.save". */
GtkCheckButton      *_physio_red_flag_dialog_get_check        (PhysioRedFlagDialog *self,
                                                               const char          *code);
AdwEntryRow         *_physio_red_flag_dialog_get_screener_row (PhysioRedFlagDialog *self);
AdwEntryRow         *_physio_red_flag_dialog_get_date_row     (PhysioRedFlagDialog *self);
const char          *_physio_red_flag_dialog_get_error        (PhysioRedFlagDialog *self);

G_END_DECLS
