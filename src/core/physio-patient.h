/* physio-patient.h: a patient record (brief 2.5, 7.3)
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define PHYSIO_TYPE_PATIENT (physio_patient_get_type ())

G_DECLARE_FINAL_TYPE (PhysioPatient, physio_patient, PHYSIO, PATIENT, GObject)

/* Stage codes are those of PHYSIO_VOCAB_STAGE: "acute", "subacute", "chronic". Conditions are
 * codes of PHYSIO_VOCAB_CONDITION, red-flag screen items codes of PHYSIO_VOCAB_RED_FLAG.
 * Dates are GDate values; an unset date is an invalid GDate (g_date_valid () is FALSE). */

PhysioPatient      *physio_patient_new                  (void);
PhysioPatient      *physio_patient_copy                 (PhysioPatient *self);

/* 0 until the store has saved the patient. */
gint64              physio_patient_get_id               (PhysioPatient *self);
void                physio_patient_set_id               (PhysioPatient *self, gint64 id);
const char         *physio_patient_get_name             (PhysioPatient *self);
void                physio_patient_set_name             (PhysioPatient *self, const char *name);
/* The identifier the clinic chooses (file number), optional. */
const char         *physio_patient_get_clinic_ref       (PhysioPatient *self);
void                physio_patient_set_clinic_ref       (PhysioPatient *self, const char *ref);
/* Year of birth, or a full date of birth, both optional: "1961" or "1961-04-23" or NULL. */
const char         *physio_patient_get_birth            (PhysioPatient *self);
void                physio_patient_set_birth            (PhysioPatient *self, const char *birth);
const GDate        *physio_patient_get_onset            (PhysioPatient *self);
void                physio_patient_set_onset            (PhysioPatient *self, const GDate *onset);
/* NULL when the stage follows the onset date. */
const char         *physio_patient_get_stage_override   (PhysioPatient *self);
void                physio_patient_set_stage_override   (PhysioPatient *self, const char *stage);
/* The override if set, else derived from the onset (brief glossary: < 4 weeks acute, 4–12
 * weeks subacute, > 12 weeks chronic), else NULL when there is no onset date. */
const char         *physio_patient_get_stage            (PhysioPatient *self, const GDate *today);
gboolean            physio_patient_get_radicular        (PhysioPatient *self);
void                physio_patient_set_radicular        (PhysioPatient *self, gboolean radicular);
const char * const *physio_patient_get_conditions       (PhysioPatient *self);
void                physio_patient_set_conditions       (PhysioPatient *self, const char * const *conditions);
gboolean            physio_patient_has_condition        (PhysioPatient *self, const char *condition);
const char         *physio_patient_get_notes            (PhysioPatient *self);
void                physio_patient_set_notes            (PhysioPatient *self, const char *notes);
gboolean            physio_patient_get_archived         (PhysioPatient *self);
void                physio_patient_set_archived         (PhysioPatient *self, gboolean archived);

/* The red-flag screen at intake (brief 2.5, 7.3): who screened, when, which signs were present
 * (an empty list means "screened, none present") and free-text findings. */
gboolean            physio_patient_has_red_flag_screen  (PhysioPatient *self);
const char         *physio_patient_get_screened_by      (PhysioPatient *self);
const GDate        *physio_patient_get_screened_on      (PhysioPatient *self);
const char * const *physio_patient_get_red_flags        (PhysioPatient *self);
const char         *physio_patient_get_screen_notes     (PhysioPatient *self);
void                physio_patient_record_screen        (PhysioPatient      *self,
                                                         const char         *screened_by,
                                                         const GDate        *screened_on,
                                                         const char * const *red_flags_present,
                                                         const char         *notes);
void                physio_patient_clear_screen         (PhysioPatient *self);

/* Stage from an onset date alone; NULL when @onset is invalid or after @today. */
const char         *physio_stage_from_onset             (const GDate *onset,
                                                         const GDate *today);

#define PHYSIO_PATIENT_ERROR (physio_patient_error_quark ())
typedef enum
{
  PHYSIO_PATIENT_ERROR_INVALID,
} PhysioPatientError;

GQuark              physio_patient_error_quark          (void);
/* Name required (≤ 120 characters); birth "YYYY" or a real "YYYY-MM-DD" not in the future;
 * onset not in the future and not before birth; stage override and conditions valid codes;
 * screen date not in the future and screener named. Messages name the field. */
gboolean            physio_patient_validate             (PhysioPatient *self,
                                                         const GDate   *today,
                                                         GError       **error);

G_END_DECLS
