/* physio-vocabulary.h: the controlled vocabularies of the exercise library (brief 2.1) and of
 * the patient record (conditions, red-flag screen items, brief 7.3)
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Codes are stored as TEXT in the database and in data files; labels are what people read
 * and are translatable. Each vocabulary is a fixed, ordered table. */
typedef enum
{
  PHYSIO_VOCAB_CATEGORY,
  PHYSIO_VOCAB_REGION,
  PHYSIO_VOCAB_EQUIPMENT,
  PHYSIO_VOCAB_POSITION,
  PHYSIO_VOCAB_STAGE,
  PHYSIO_VOCAB_EVIDENCE,
  PHYSIO_VOCAB_CAUTION,
  PHYSIO_VOCAB_DOSAGE_KIND,
  PHYSIO_VOCAB_LATERALITY,
  PHYSIO_VOCAB_LOAD_KIND,
  PHYSIO_VOCAB_BAND_LEVEL,
  PHYSIO_VOCAB_CONDITION,     /* a patient's conditions that exercise cautions are about */
  PHYSIO_VOCAB_RED_FLAG,      /* the items of the intake red-flag screen (brief 7.3) */
  PHYSIO_N_VOCABS
} PhysioVocabulary;

typedef struct
{
  const char *code;
  const char *label;    /* untranslated; use physio_vocab_label () to read it */
} PhysioVocabEntry;

const PhysioVocabEntry *physio_vocab_entries (PhysioVocabulary  vocab,
                                              guint            *n_entries);
gboolean                physio_vocab_is_valid (PhysioVocabulary  vocab,
                                               const char       *code);
/* Translated label, or the code itself when it is unknown (never NULL for non-NULL code). */
const char             *physio_vocab_label    (PhysioVocabulary  vocab,
                                               const char       *code);
/* Position of @code in its table, or -1. Used for enum-like fields. */
int                     physio_vocab_index    (PhysioVocabulary  vocab,
                                               const char       *code);
/* The enumeration's name in brief 2.1: "category", "body_region", "caution_code", … */
const char             *physio_vocab_name     (PhysioVocabulary  vocab);

/* The screening domain a red-flag item belongs to ("Cauda equina syndrome", "Spinal fracture",
 * "Malignancy", "Spinal infection"), translated, so the screen can group its items; NULL for
 * an unknown code. */
const char             *physio_red_flag_domain (const char       *code);

G_END_DECLS
