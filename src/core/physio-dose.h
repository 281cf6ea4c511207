/* physio-dose.h: the dose of one exercise (brief 2.4)
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "physio-core-enums.h"

G_BEGIN_DECLS

typedef enum
{
  PHYSIO_DOSAGE_REPS,
  PHYSIO_DOSAGE_HOLD,
  PHYSIO_DOSAGE_DURATION,
  PHYSIO_DOSAGE_DISTANCE,
  PHYSIO_DOSAGE_STEPS,
  PHYSIO_DOSAGE_PRACTICE,
} PhysioDosageKind;

typedef enum
{
  PHYSIO_LATERALITY_BILATERAL,
  PHYSIO_LATERALITY_EACH_SIDE,
  PHYSIO_LATERALITY_ALTERNATING,
} PhysioLaterality;

typedef enum
{
  PHYSIO_LOAD_NONE,
  PHYSIO_LOAD_BODYWEIGHT,
  PHYSIO_LOAD_KG,
  PHYSIO_LOAD_BAND,
  PHYSIO_LOAD_ASSISTED,
} PhysioLoadKind;

typedef enum
{
  PHYSIO_BAND_EXTRA_LIGHT = 1,
  PHYSIO_BAND_LIGHT,
  PHYSIO_BAND_MEDIUM,
  PHYSIO_BAND_HEAVY,
  PHYSIO_BAND_EXTRA_HEAVY,
} PhysioBandLevel;

/* The fields a dose can carry. Used to name the field a validation error is about,
 * and to index PhysioDoseLimits. */
typedef enum
{
  PHYSIO_DOSE_FIELD_NONE = -1,
  PHYSIO_DOSE_FIELD_SETS = 0,
  PHYSIO_DOSE_FIELD_REPS,
  PHYSIO_DOSE_FIELD_HOLD,
  PHYSIO_DOSE_FIELD_DURATION,
  PHYSIO_DOSE_FIELD_DISTANCE,
  PHYSIO_DOSE_FIELD_STEPS,
  PHYSIO_DOSE_FIELD_REST,
  PHYSIO_DOSE_FIELD_SESSIONS_PER_DAY,
  PHYSIO_DOSE_FIELD_DAYS_PER_WEEK,
  PHYSIO_DOSE_FIELD_LOAD,
  PHYSIO_N_DOSE_FIELDS
} PhysioDoseField;

#define PHYSIO_DOSE_MAX_PATTERN 6

/* A plain value type: copy it with `=`, except for the two strings, which
 * physio_dose_copy_into () and physio_dose_clear () manage. Zero means "not set" for every
 * count; rest_s uses -1 for "not set" because 0 s of rest is a real prescription. */
typedef struct
{
  guint            sets;
  guint            reps;
  /* A descending pyramid such as 6-4-2: when n_pattern > 0 it replaces sets × reps. */
  guint            reps_pattern[PHYSIO_DOSE_MAX_PATTERN];
  guint            n_pattern;
  guint            hold_s;
  guint            duration_s;
  guint            distance_m;
  guint            steps_per_day;
  /* "Your usual steps + 500": a target relative to the patient's own baseline, used
   * when steps_per_day is 0 (brief 3.0, AER-04). */
  guint            steps_above_baseline;
  int              rest_s;
  guint            sessions_per_day;
  guint            days_per_week;
  PhysioLoadKind   load_kind;
  double           load_kg;        /* for PHYSIO_LOAD_KG */
  PhysioBandLevel  band_level;     /* for PHYSIO_LOAD_BAND */
  char            *load_text;      /* how the load reads to a person, e.g. "2–4 kg per hand" */
  char            *intensity;      /* e.g. "easy – can chat in full sentences (RPE 2–3/10)" */
  char            *tempo;
} PhysioDose;

#define PHYSIO_DOSE_INIT { .rest_s = -1 }

#define PHYSIO_TYPE_DOSE (physio_dose_get_type ())

GType       physio_dose_get_type      (void) G_GNUC_CONST;
PhysioDose *physio_dose_new           (void);
PhysioDose *physio_dose_copy          (const PhysioDose *dose);
void        physio_dose_free          (PhysioDose       *dose);
void        physio_dose_init          (PhysioDose       *dose);
void        physio_dose_clear         (PhysioDose       *dose);
void        physio_dose_copy_into     (PhysioDose       *dest,
                                       const PhysioDose *src);
gboolean    physio_dose_equal         (const PhysioDose *a,
                                       const PhysioDose *b);
/* Total repetitions in one session, counting a pyramid as its sum. */
guint       physio_dose_total_reps    (const PhysioDose *dose);
/* "6-4-2" <-> pattern. Parsing accepts a plain count ("5") as a one-entry pattern; entries
 * are 1–50, at most PHYSIO_DOSE_MAX_PATTERN of them, and need not descend. On failure the dose
 * is left unchanged. to_string returns NULL when the dose has no pattern. */
gboolean    physio_dose_parse_pattern (PhysioDose       *dose,
                                       const char       *text);
char       *physio_dose_pattern_to_string (const PhysioDose *dose);

/* Minimum and maximum per field; an end that is 0 has no limit of its own and falls back to
 * that end of the absolute range of brief 2.4 (all zeros: no limits at all). A pattern dose is
 * checked entry by entry against the REPS limits. Durations are in seconds, like the dose. */
typedef struct
{
  guint min[PHYSIO_N_DOSE_FIELDS];
  guint max[PHYSIO_N_DOSE_FIELDS];
} PhysioDoseLimits;

/* The absolute range of a field (brief 2.4), whatever the exercise. */
void        physio_dose_field_range   (PhysioDoseField   field,
                                       guint            *min,
                                       guint            *max);
/* Effective min/max: the exercise's own limits where set, else the absolute range. Own limits
 * only narrow the absolute range, never widen it. @limits may be NULL. */
void        physio_dose_limits_get    (const PhysioDoseLimits *limits,
                                       PhysioDoseField         field,
                                       guint                  *min,
                                       guint                  *max);
/* The dose key of a field as in data/LIBRARY-FORMAT.md ("sets", "hold_s", "load"), and back;
 * from_name returns PHYSIO_DOSE_FIELD_NONE for an unknown key. */
const char *physio_dose_field_name    (PhysioDoseField   field);
PhysioDoseField physio_dose_field_from_name (const char *name);
/* Value of a field in a dose; for SETS on a pattern dose, the number of pattern entries; for
 * REST, 0 when unset; for LOAD, the whole kilograms of a kg load, else 0. set_field (LOAD)
 * makes the load a kg load. */
guint       physio_dose_get_field     (const PhysioDose *dose,
                                       PhysioDoseField   field);
void        physio_dose_set_field     (PhysioDose       *dose,
                                       PhysioDoseField   field,
                                       guint             value);
/* Whether the dosage kind requires the field (brief 2.4). */
gboolean    physio_dose_field_required (PhysioDosageKind kind,
                                        PhysioDoseField  field);
/* Whether the field means anything for the kind (required or optional). */
gboolean    physio_dose_field_applies  (PhysioDosageKind kind,
                                        PhysioDoseField  field);

/* Clears every field, and its limits, that @kind has no use for (brief 2.4), so a dose kept
 * while a clinician tries kinds carries no stray values into the one saved. @limits may be
 * NULL. */
void        physio_dose_drop_unused    (PhysioDose       *dose,
                                        PhysioDoseLimits *limits,
                                        PhysioDosageKind  kind);

/* physio-dose-format.c: the one formatter (brief 2.4). Compact form for lists and the
 * clinician: "2 × 10 each side · rest 60 s · 1×/day · 5 days/week". */
char       *physio_dose_format        (const PhysioDose *dose,
                                       PhysioDosageKind  kind,
                                       PhysioLaterality  laterality);
/* Patient form, whole sentences for the handout (brief 7.1 item 4):
 * "2 sets of 10, each side. Rest about 1 minute between sets. Once a day, 5 days a week."
 * The load, tempo and intensity texts are included ("Use 2–4 kg per hand.", "Warm, not hot."),
 * so the caller should not print them again. */
char       *physio_dose_format_words  (const PhysioDose *dose,
                                       PhysioDosageKind  kind,
                                       PhysioLaterality  laterality);
/* The duration rule of brief 2.4: "45 s", "90 s", "1 min", and from 2 minutes on whole
 * minutes rounded half up ("150 s" reads "3 min"). */
char       *physio_format_seconds     (guint             seconds);

/* physio-dose-validate.c */
#define PHYSIO_DOSE_ERROR (physio_dose_error_quark ())
typedef enum
{
  PHYSIO_DOSE_ERROR_MISSING,
  PHYSIO_DOSE_ERROR_OUT_OF_RANGE,
  PHYSIO_DOSE_ERROR_PATTERN,
  PHYSIO_DOSE_ERROR_LIMITS,
} PhysioDoseError;

GQuark      physio_dose_error_quark   (void);
/* Checks one field; the message names the field and the allowed range, in words a clinician
 * can act on ("Hold must be between 5 and 10 seconds."). */
gboolean    physio_dose_validate_field (const PhysioDose       *dose,
                                        PhysioDosageKind        kind,
                                        const PhysioDoseLimits *limits,
                                        PhysioDoseField         field,
                                        GError                **error);
/* Checks every field in a fixed order; on failure *bad_field (if not NULL) names the first
 * field that failed. */
gboolean    physio_dose_validate      (const PhysioDose       *dose,
                                       PhysioDosageKind        kind,
                                       const PhysioDoseLimits *limits,
                                       PhysioDoseField        *bad_field,
                                       GError                **error);

/* An exercise's own limits of one field must lie inside the absolute range, the lowest first
 * (both ends 0: no limits of its own; one end 0: that end falls back to the absolute range).
 * The message names the field and the range: "Hold limits must lie between 1 s and 5 min, the
 * lowest first." */
gboolean    physio_dose_limits_validate_field (const PhysioDoseLimits *limits,
                                               PhysioDoseField         field,
                                               GError                **error);
/* Checks every field's limits; on failure *bad_field (if not NULL) names the first. */
gboolean    physio_dose_limits_validate (const PhysioDoseLimits *limits,
                                         PhysioDoseField        *bad_field,
                                         GError                **error);

/* physio-dose-format.c, for the exercise's own pages: the limits of one field as a clinician
 * reads them ("8–15 reps", "5–10 s hold", "2–30 min"), and the load of a dose alone ("4 kg",
 * "light band", "2–4 kg per hand"), NULL when it has none. */
char       *physio_dose_format_limit  (PhysioDoseField   field,
                                       guint             min,
                                       guint             max);
char       *physio_dose_format_load   (const PhysioDose *dose);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PhysioDose, physio_dose_free)
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (PhysioDose, physio_dose_clear)

G_END_DECLS
