/* physio-patient-page.h: one patient's record, saved as it is edited
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "physio-database-patients.h"

G_BEGIN_DECLS

#define PHYSIO_TYPE_PATIENT_PAGE (physio_patient_page_get_type ())

G_DECLARE_FINAL_TYPE (PhysioPatientPage, physio_patient_page, PHYSIO, PATIENT_PAGE, GtkWidget)

/* Every field is saved when it is valid (text a moment after typing stops); an invalid
 * value shows the core's message under its row and is not saved, so what was saved stays.
 * A new patient (id 0) is created in the database once a valid name is typed; the other
 * fields open up then.
 *
 * Signals: "saved" (PhysioPatient *patient) after each save, the first one included;
 * "deleted" (gint64 patient_id) once the clinician has confirmed deleting the patient. */
PhysioPatientPage *physio_patient_page_new         (PhysioDatabase    *database);
/* Shows a copy of @patient, or a new blank record when @patient is NULL. Edits waiting to
 * be saved for the patient shown before are saved first. */
void               physio_patient_page_set_patient (PhysioPatientPage *self,
                                                    PhysioPatient     *patient);
/* The record as saved (id 0 while a new one has no name yet), or NULL when none is shown. */
PhysioPatient     *physio_patient_page_get_patient (PhysioPatientPage *self);
/* Saves the edits still waiting for typing to stop. */
void               physio_patient_page_flush       (PhysioPatientPage *self);
/* Moves the keyboard focus to the name, for a new patient. */
void               physio_patient_page_focus_name  (PhysioPatientPage *self);

/* For tests */
typedef enum
{
  PHYSIO_PATIENT_FIELD_NAME,
  PHYSIO_PATIENT_FIELD_CLINIC_REF,
  PHYSIO_PATIENT_FIELD_BIRTH,
  PHYSIO_PATIENT_FIELD_ONSET,
  PHYSIO_PATIENT_FIELD_STAGE,
  PHYSIO_PATIENT_FIELD_RADICULAR,
  PHYSIO_PATIENT_FIELD_CONDITIONS,
  PHYSIO_PATIENT_FIELD_NOTES,
  PHYSIO_N_PATIENT_FIELDS
} PhysioPatientField;

GtkWidget         *_physio_patient_page_get_field_widget (PhysioPatientPage  *self,
                                                          PhysioPatientField  field);
/* The message shown under the field, or NULL when it is valid. */
const char        *_physio_patient_page_get_field_error  (PhysioPatientPage  *self,
                                                          PhysioPatientField  field);
GtkCheckButton    *_physio_patient_page_get_condition    (PhysioPatientPage  *self,
                                                          const char         *code);
AdwActionRow      *_physio_patient_page_get_screen_row   (PhysioPatientPage  *self);
GtkButton         *_physio_patient_page_get_button       (PhysioPatientPage  *self,
                                                          const char         *name);
/* The rows of the Programmes group, in order. */
GPtrArray         *_physio_patient_page_get_programme_rows (PhysioPatientPage *self);
/* The PhysioProgrammeSummary items the rows show. */
GListModel        *_physio_patient_page_get_programmes     (PhysioPatientPage *self);

G_END_DECLS
