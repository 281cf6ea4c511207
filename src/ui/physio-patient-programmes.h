/* physio-patient-programmes.h: the Programmes section of a patient's record
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "physio-database-patients.h"

G_BEGIN_DECLS

#define PHYSIO_TYPE_PATIENT_PROGRAMMES (physio_patient_programmes_get_type ())

G_DECLARE_FINAL_TYPE (PhysioPatientProgrammes, physio_patient_programmes, PHYSIO,
                      PATIENT_PROGRAMMES, AdwPreferencesGroup)

/* A list of light programme summaries (one query), kept up to date one programme at a time
 * from the database's "programme-changed": an edit updates its own row in place, and the
 * others are not read again. Activating a row opens the programme window; its copy button
 * duplicates the programme for another patient. The New Programme button activates
 * "patient.new-programme", which the page handles (it saves typed edits first). */
void        physio_patient_programmes_set_database  (PhysioPatientProgrammes *self,
                                                     PhysioDatabase          *database);
/* Lists @patient's programmes (none while @patient is NULL or not saved yet). Reads the
 * list again only when the patient is another one. */
void        physio_patient_programmes_set_patient   (PhysioPatientProgrammes *self,
                                                     PhysioPatient           *patient);
/* Opens the dialog that starts a new programme for the patient shown. */
void        physio_patient_programmes_new_programme (PhysioPatientProgrammes *self);

/* For tests */
GListModel *_physio_patient_programmes_get_model   (PhysioPatientProgrammes *self);
GPtrArray  *_physio_patient_programmes_get_rows    (PhysioPatientProgrammes *self);
GtkButton  *_physio_patient_programmes_get_new_button (PhysioPatientProgrammes *self);

G_END_DECLS
