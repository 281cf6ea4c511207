/* physio-programme-check.h: what the builder warns about and what blocks issuing (brief 2.4,
 * 2.5, issue "programme builder")
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "physio-patient.h"
#include "physio-programme.h"

G_BEGIN_DECLS

typedef enum
{
  PHYSIO_CHECK_INFO,
  PHYSIO_CHECK_WARNING,    /* allowed, but the clinician should look */
  PHYSIO_CHECK_ERROR,      /* the programme cannot be issued */
} PhysioCheckSeverity;

typedef enum
{
  PHYSIO_CHECK_NO_EXERCISES,        /* error: a programme needs at least one exercise */
  PHYSIO_CHECK_NO_DAYS,             /* error: a prescription has no day of the week */
  PHYSIO_CHECK_DOSE_OUT_OF_RANGE,   /* error: a planned or current dose outside its limits */
  PHYSIO_CHECK_WEEKS_OUT_OF_RANGE,  /* error: active weeks outside the programme */
  PHYSIO_CHECK_NO_START_DATE,       /* error */
  PHYSIO_CHECK_NO_RED_FLAG_SCREEN,  /* error: issuing needs the screen recorded (brief 2.5) */
  PHYSIO_CHECK_CAUTION,             /* warning: the patient has a condition matching a caution */
  PHYSIO_CHECK_TOO_MANY_EXERCISES,  /* warning: more than 6 exercises in one week */
  PHYSIO_CHECK_LONG_SESSION,        /* warning: a day's estimated minutes are high */
  PHYSIO_CHECK_VOLUME_JUMP,         /* warning: weekly volume up more than 30% (brief 2.4) */
  PHYSIO_CHECK_SLOT_UNCHOSEN,       /* warning: more than one of a "pick one" group */
  PHYSIO_CHECK_SUSPENDED,           /* warning: STOP; resume before issuing */
} PhysioCheckCode;

typedef struct
{
  PhysioCheckSeverity severity;
  PhysioCheckCode     code;
  gint                position;   /* prescription position, -1 for the whole programme */
  guint               week;       /* 0 when not about one week */
  char               *message;    /* a sentence for the clinician */
} PhysioCheck;

void       physio_check_free                (PhysioCheck *check);

/* All checks, errors first, then warnings; within each, checks about the whole programme
 * first, then prescriptions in order. Removed prescriptions are not checked. @patient may be
 * NULL (no caution or screen checks then). A red-flag screen dated after @today was typed
 * wrong and does not count; @today may be NULL.
 * Returns an array of PhysioCheck (free func set). */
GPtrArray *physio_programme_check           (PhysioProgramme *programme,
                                             PhysioPatient   *patient,
                                             const GDate     *today);
/* Whether any check is an error (the programme cannot be issued yet). */
gboolean   physio_checks_have_errors        (GPtrArray       *checks);

/* One caution of an exercise that applies to a patient. */
typedef struct
{
  char *caution;     /* the exercise's caution code: "osteoporosis_loaded_flexion" */
  char *condition;   /* the patient's condition code, or "radicular" for the radicular flag */
  char *message;     /* a calm sentence for the clinician */
} PhysioCautionMatch;

void       physio_caution_match_free        (PhysioCautionMatch *match);

/* The caution codes of @exercise that match the patient's conditions and radicular flag,
 * with a sentence each ("Loaded bending forward: check it suits someone with osteoporosis."),
 * in the exercise's order. Returns an array of PhysioCautionMatch (free func set). */
GPtrArray *physio_patient_matching_cautions (PhysioPatient   *patient,
                                             PhysioExercise  *exercise);
/* The condition code a caution code is about ("osteoporosis_loaded_flexion" → "osteoporosis";
 * "radicular_symptoms" → "radicular"), or NULL. */
const char *physio_caution_condition        (const char      *caution);

/* Estimated minutes of one session of a dose, counting work, holds, rest between sets and a
 * few seconds per rep (the constants are documented in the .c). A step target counts 0 (it
 * is spread over the day, not a session). The dose is for one side: double it for each side. */
double     physio_dose_session_minutes      (PhysioDosageKind  kind,
                                             const PhysioDose *dose);
/* Minutes of one session of everything and per day (sessions × minutes) in @week, over the
 * active prescriptions on the busiest day of that week. */
void       physio_programme_estimate_minutes (PhysioProgramme *programme,
                                              guint            week,
                                              double          *per_session,
                                              double          *per_day);

G_END_DECLS
