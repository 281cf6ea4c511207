/* physio-patient-outcomes.h: the patient page's outcome measures: what is due, the latest scores
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "physio-database.h"
#include "physio-patient.h"

G_BEGIN_DECLS

#define PHYSIO_TYPE_PATIENT_OUTCOMES (physio_patient_outcomes_get_type ())
G_DECLARE_FINAL_TYPE (PhysioPatientOutcomes, physio_patient_outcomes, PHYSIO, PATIENT_OUTCOMES,
                      AdwPreferencesGroup)

/* "ODI due" and the other measures of the schedule (brief 6.7) for the patient's active
 * programme, each with a Score button that opens the outcome dialog, and the latest total of
 * each measure scored so far. Follows the store: a form saved elsewhere updates it. */
void        physio_patient_outcomes_set_database (PhysioPatientOutcomes *self,
                                                  PhysioDatabase        *database);
void        physio_patient_outcomes_set_patient  (PhysioPatientOutcomes *self,
                                                  PhysioPatient         *patient);
/* For tests: the row titles shown ("ODI due", "ODI 26 on 2 Dec 2026"), and the due row's
 * Score button of @instrument (a PhysioInstrument), or NULL. */
GPtrArray  *physio_patient_outcomes_get_titles   (PhysioPatientOutcomes *self);
GtkWidget  *physio_patient_outcomes_get_score_button (PhysioPatientOutcomes *self,
                                                      int                    instrument);

G_END_DECLS
