/* physio-new-programme-dialog.h: starting a patient's programme, from a template or a copy
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "physio-database-patients.h"

G_BEGIN_DECLS

#define PHYSIO_TYPE_NEW_PROGRAMME_DIALOG (physio_new_programme_dialog_get_type ())

G_DECLARE_FINAL_TYPE (PhysioNewProgrammeDialog, physio_new_programme_dialog, PHYSIO,
                      NEW_PROGRAMME_DIALOG, AdwWindow)

/* A new programme for @patient: a title, the start date (next Monday by default) and what
 * to start from: a built-in or clinic template, or an empty programme of the patient's
 * stage and PHYSIO_PROGRAMME_DEFAULT_WEEKS weeks. Create makes it, gives it the patient and
 * the clinician, saves it, emits "created" (PhysioProgramme *programme, PhysioPatient
 * *patient) and closes. A template that cannot be used (an exercise it names is missing)
 * shows why in the dialog and nothing is created. */
PhysioNewProgrammeDialog *physio_new_programme_dialog_new           (GtkWindow       *parent,
                                                                     PhysioDatabase  *database,
                                                                     PhysioPatient   *patient);
/* A copy of the saved @programme for a patient chosen from a searchable list (the same
 * patient too), as a draft starting on the date chosen. */
PhysioNewProgrammeDialog *physio_new_programme_dialog_new_duplicate (GtkWindow       *parent,
                                                                     PhysioDatabase  *database,
                                                                     PhysioProgramme *programme);

/* For tests. Choose a template by id (NULL: the empty programme) or a patient by id, read
 * the message shown, and use the action "programme.create" to press Create. */
gboolean    _physio_new_programme_dialog_choose_template (PhysioNewProgrammeDialog *self,
                                                          const char               *template_id);
gboolean    _physio_new_programme_dialog_choose_patient  (PhysioNewProgrammeDialog *self,
                                                          gint64                    patient_id);
AdwEntryRow *_physio_new_programme_dialog_get_title_row  (PhysioNewProgrammeDialog *self);
const char  *_physio_new_programme_dialog_get_error      (PhysioNewProgrammeDialog *self);

G_END_DECLS
