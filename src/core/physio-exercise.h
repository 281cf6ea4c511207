/* physio-exercise.h: one exercise of the library (brief 2.2)
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "physio-dose.h"

G_BEGIN_DECLS

#define PHYSIO_TYPE_EXERCISE (physio_exercise_get_type ())

G_DECLARE_FINAL_TYPE (PhysioExercise, physio_exercise, PHYSIO, EXERCISE, GObject)

/* Where an exercise comes from. Built-in rows are shipped with the app and are read-only;
 * custom rows are the clinician's own. */
typedef enum
{
  PHYSIO_EXERCISE_CUSTOM,
  PHYSIO_EXERCISE_BUILTIN,
} PhysioExerciseSource;

PhysioExercise     *physio_exercise_new                (void);
/* A deep copy, for editing without touching the original. */
PhysioExercise     *physio_exercise_copy               (PhysioExercise *self);
/* A custom copy of any exercise: new "X-<uuid>" id, name "<name> (copy)", source CUSTOM,
 * version 1; links and all texts are kept. */
PhysioExercise     *physio_exercise_duplicate          (PhysioExercise *self);
/* "X-" followed by a random UUID: the id of a clinic-made exercise (brief 2.2). */
char               *physio_exercise_new_custom_id      (void);
/* A clinician's new exercise as the editor starts it: a fresh custom id and the most common
 * kind of home exercise for low back pain (2 × 10 reps, once a day, 3 days a week, lumbar, no
 * equipment, every stage), so the clinician changes a few things rather than fills in all. */
PhysioExercise     *physio_exercise_new_blank_custom   (void);

const char         *physio_exercise_get_id             (PhysioExercise *self);
void                physio_exercise_set_id             (PhysioExercise *self, const char *id);
const char         *physio_exercise_get_name           (PhysioExercise *self);
void                physio_exercise_set_name           (PhysioExercise *self, const char *name);
const char         *physio_exercise_get_category       (PhysioExercise *self);
void                physio_exercise_set_category       (PhysioExercise *self, const char *category);
const char         *physio_exercise_get_position       (PhysioExercise *self);
void                physio_exercise_set_position       (PhysioExercise *self, const char *position);
PhysioDosageKind    physio_exercise_get_dosage_kind    (PhysioExercise *self);
void                physio_exercise_set_dosage_kind    (PhysioExercise *self, PhysioDosageKind kind);
PhysioLaterality    physio_exercise_get_laterality     (PhysioExercise *self);
void                physio_exercise_set_laterality     (PhysioExercise *self, PhysioLaterality side);
PhysioExerciseSource physio_exercise_get_source        (PhysioExercise *self);
void                physio_exercise_set_source         (PhysioExercise *self, PhysioExerciseSource source);
gboolean            physio_exercise_is_builtin         (PhysioExercise *self);
guint               physio_exercise_get_version        (PhysioExercise *self);
void                physio_exercise_set_version        (PhysioExercise *self, guint version);
/* Everyday walking: once its bout is at the longest, days per week may build to 7 instead of
 * 5 (brief 4.4). The progression engine reads this, not the days-per-week limit. */
gboolean            physio_exercise_get_walking        (PhysioExercise *self);
void                physio_exercise_set_walking        (PhysioExercise *self, gboolean walking);

/* Texts */
const char         *physio_exercise_get_caution_text   (PhysioExercise *self);
void                physio_exercise_set_caution_text   (PhysioExercise *self, const char *text);
const char         *physio_exercise_get_contraindication_text (PhysioExercise *self);
void                physio_exercise_set_contraindication_text (PhysioExercise *self, const char *text);
const char         *physio_exercise_get_progression_note (PhysioExercise *self);
void                physio_exercise_set_progression_note (PhysioExercise *self, const char *text);
const char         *physio_exercise_get_regression_note  (PhysioExercise *self);
void                physio_exercise_set_regression_note  (PhysioExercise *self, const char *text);

/* Lists. Getters return the exercise's own NULL-terminated array (never NULL, maybe empty);
 * setters copy. Steps are ordered; links are ordered (first = preferred). */
const char * const *physio_exercise_get_aliases        (PhysioExercise *self);
void                physio_exercise_set_aliases        (PhysioExercise *self, const char * const *v);
const char * const *physio_exercise_get_steps          (PhysioExercise *self);
void                physio_exercise_set_steps          (PhysioExercise *self, const char * const *v);
const char * const *physio_exercise_get_cues           (PhysioExercise *self);
void                physio_exercise_set_cues           (PhysioExercise *self, const char * const *v);
const char * const *physio_exercise_get_regions        (PhysioExercise *self);
void                physio_exercise_set_regions        (PhysioExercise *self, const char * const *v);
const char * const *physio_exercise_get_equipment      (PhysioExercise *self);
void                physio_exercise_set_equipment      (PhysioExercise *self, const char * const *v);
const char * const *physio_exercise_get_stages         (PhysioExercise *self);
void                physio_exercise_set_stages         (PhysioExercise *self, const char * const *v);
const char * const *physio_exercise_get_caution_codes  (PhysioExercise *self);
void                physio_exercise_set_caution_codes  (PhysioExercise *self, const char * const *v);
const char * const *physio_exercise_get_evidence_tags  (PhysioExercise *self);
void                physio_exercise_set_evidence_tags  (PhysioExercise *self, const char * const *v);
const char * const *physio_exercise_get_progression_ids (PhysioExercise *self);
void                physio_exercise_set_progression_ids (PhysioExercise *self, const char * const *v);
const char * const *physio_exercise_get_regression_ids  (PhysioExercise *self);
void                physio_exercise_set_regression_ids  (PhysioExercise *self, const char * const *v);

/* Dose. The getters return the exercise's own struct; setters copy. */
const PhysioDose       *physio_exercise_get_default_dose (PhysioExercise *self);
void                    physio_exercise_set_default_dose (PhysioExercise *self, const PhysioDose *dose);
const PhysioDoseLimits *physio_exercise_get_dose_limits  (PhysioExercise *self);
void                    physio_exercise_set_dose_limits  (PhysioExercise *self, const PhysioDoseLimits *limits);
/* The default dose in the compact form, cached until the dose changes. */
const char             *physio_exercise_get_dose_summary (PhysioExercise *self);

/* Checks the whole record before it is saved: name, vocabulary codes, 3–5 steps of at most
 * 160 characters, at most 3 cues, "none" alone in equipment, no link to itself, and the
 * default dose within the limits. The error message names the field. */
#define PHYSIO_EXERCISE_ERROR (physio_exercise_error_quark ())
typedef enum
{
  PHYSIO_EXERCISE_ERROR_INVALID,
} PhysioExerciseError;

typedef enum
{
  PHYSIO_EXERCISE_FIELD_NONE,
  PHYSIO_EXERCISE_FIELD_ID,
  PHYSIO_EXERCISE_FIELD_NAME,
  PHYSIO_EXERCISE_FIELD_CATEGORY,
  PHYSIO_EXERCISE_FIELD_POSITION,
  PHYSIO_EXERCISE_FIELD_REGIONS,
  PHYSIO_EXERCISE_FIELD_EQUIPMENT,
  PHYSIO_EXERCISE_FIELD_STAGES,
  PHYSIO_EXERCISE_FIELD_STEPS,
  PHYSIO_EXERCISE_FIELD_CUES,
  PHYSIO_EXERCISE_FIELD_CAUTION,
  PHYSIO_EXERCISE_FIELD_LINKS,
  PHYSIO_EXERCISE_FIELD_DOSE,
  PHYSIO_EXERCISE_FIELD_EVIDENCE,
  PHYSIO_EXERCISE_FIELD_DOSAGE_KIND,
} PhysioExerciseField;

GQuark              physio_exercise_error_quark        (void);
gboolean            physio_exercise_validate           (PhysioExercise      *self,
                                                        PhysioExerciseField *bad_field,
                                                        GError             **error);

/* A text of the built-in exercise library (name, step, cue, caution, note, intensity) in the
 * current language: extracted with the context "exercise" (po/library-strings.c, made by
 * tools/update-po). A text the clinic wrote or changed is not in the catalogue and comes back
 * as it is. */
const char *physio_library_text (const char *text);

G_END_DECLS
