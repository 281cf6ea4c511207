/* physio-vocabulary.c: the controlled vocabularies of brief 2.1, and the patient's conditions
 * and red-flag screen items (brief 7.3)
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "physio-i18n.h"

#include "physio-vocabulary.h"

/* The order of each table is the order people see in filters and menus, and for
 * dosage kind, laterality, load kind and band level it is also the order of the matching C
 * enum (load kind and band level from 1, as 0 means none): the store reads and writes those
 * enums through these tables. */

static const PhysioVocabEntry categories[] = {
  { "aerobic", N_("Aerobic") },
  { "aquatic", N_("Aquatic") },
  { "mobility", N_("Mobility") },
  { "stretch", N_("Stretch") },
  { "core_stability", N_("Core stability") },
  { "hinge_lifting", N_("Hip hinge and lifting") },
  { "functional_adl", N_("Daily activities") },
  { "strength", N_("Strength") },
  { "breathing_relaxation", N_("Breathing and relaxation") },
  { "education", N_("Education") },
};

static const PhysioVocabEntry regions[] = {
  { "lumbar", N_("Lumbar spine") },
  { "thoracic", N_("Thoracic spine") },
  { "pelvis_hip", N_("Pelvis and hip") },
  { "lower_limb", N_("Lower limb") },
  { "upper_limb", N_("Upper limb") },
  { "trunk", N_("Trunk") },
  { "neural", N_("Neural") },
  { "whole_body", N_("Whole body") },
};

static const PhysioVocabEntry equipment[] = {
  { "none", N_("No equipment") },
  { "mat", N_("Mat") },
  { "chair", N_("Chair") },
  { "low_chair_or_box", N_("Low chair or box") },
  { "wall", N_("Wall") },
  { "bed", N_("Bed") },
  { "pillow", N_("Pillow") },
  { "strap_or_towel", N_("Strap or towel") },
  { "dowel", N_("Dowel or stick") },
  { "resistance_band", N_("Resistance band") },
  { "dumbbell", N_("Dumbbell") },
  { "kettlebell", N_("Kettlebell") },
  { "step", N_("Step") },
  { "table_or_counter", N_("Table or counter") },
  { "bike_upright", N_("Upright exercise bike") },
  { "bike_recumbent", N_("Recumbent exercise bike") },
  { "elliptical", N_("Elliptical trainer") },
  { "pool", N_("Pool") },
  { "float_belt", N_("Float belt") },
  { "step_counter", N_("Step counter") },
  { "heat_pack", N_("Heat pack") },
  { "household_object", N_("Household object") },
  { "car", N_("Car") },
};

static const PhysioVocabEntry positions[] = {
  { "standing", N_("Standing") },
  { "sitting", N_("Sitting") },
  { "supine", N_("Lying on the back") },
  { "supine_crook", N_("On the back, knees bent") },
  { "prone", N_("Lying face down") },
  { "side_lying", N_("Lying on the side") },
  { "quadruped", N_("On hands and knees") },
  { "half_kneeling", N_("Half kneeling") },
  { "kneeling", N_("Kneeling") },
  { "in_water", N_("In water") },
  { "transitional", N_("Changing position") },
};

static const PhysioVocabEntry stages[] = {
  { "acute", N_("Acute") },
  { "subacute", N_("Subacute") },
  { "chronic", N_("Chronic") },
  { "any", N_("Any stage") },
};

static const PhysioVocabEntry evidence[] = {
  { "GL", N_("Guideline endorsed") },
  { "RCT", N_("Trial evidence") },
  { "BIO", N_("Biomechanical rationale") },
  { "EXP", N_("Clinical convention") },
};

static const PhysioVocabEntry cautions[] = {
  { "osteoporosis_loaded_flexion", N_("Osteoporosis: avoid loaded flexion") },
  { "pregnancy_supine_after_20wk", N_("Pregnancy: no lying on the back after 20 weeks") },
  { "balance_fall_risk", N_("Balance or fall risk") },
  { "bp_valsalva", N_("Blood pressure: do not hold the breath") },
  { "radicular_symptoms", N_("Radicular symptoms") },
  { "knee_kneeling", N_("Knee pain when kneeling") },
  { "wrist_shoulder_load", N_("Load on wrists or shoulders") },
  { "hip_arthroplasty_precautions", N_("Hip replacement precautions") },
  { "pool_wounds_continence_cardiac", N_("Pool: wounds, continence or heart condition") },
  { "heat_skin_sensation", N_("Heat: reduced skin sensation") },
  { "neck_pain", N_("Neck pain") },
};

static const PhysioVocabEntry dosage_kinds[] = {
  { "reps", N_("Repetitions") },
  { "hold", N_("Timed holds") },
  { "duration", N_("Duration") },
  { "distance", N_("Distance") },
  { "steps", N_("Steps per day") },
  { "practice", N_("Practice") },
};

static const PhysioVocabEntry lateralities[] = {
  { "bilateral", N_("Both sides together") },
  { "each_side", N_("Each side") },
  { "alternating", N_("Alternating sides") },
};

static const PhysioVocabEntry load_kinds[] = {
  { "bodyweight", N_("Body weight") },
  { "kg", N_("Weight in kg") },
  { "band_level", N_("Resistance band") },
  { "assisted", N_("Assisted") },
};

/* Lower case because they are read inside a phrase: "light band". */
static const PhysioVocabEntry band_levels[] = {
  { "extra_light", N_("extra-light") },
  { "light", N_("light") },
  { "medium", N_("medium") },
  { "heavy", N_("heavy") },
  { "extra_heavy", N_("extra-heavy") },
};

/* The conditions a patient can have that some exercise's caution code is about (brief 2.2
 * caution_codes); physio-programme-check.c pairs each with its caution. The radicular flag is
 * not here: it is its own field of the patient (brief glossary). */
static const PhysioVocabEntry conditions[] = {
  { "osteoporosis", N_("Osteoporosis") },
  { "pregnancy", N_("Pregnancy") },
  { "hip_replacement", N_("Hip replacement") },
  { "balance_problems", N_("Balance problems or falls") },
  { "high_blood_pressure", N_("High blood pressure") },
  { "knee_problems", N_("Knee problems") },
  { "wrist_shoulder_problems", N_("Wrist or shoulder problems") },
  { "neck_pain", N_("Neck pain") },
  { "wounds_continence_heart", N_("Open wounds, continence or heart problems") },
  { "reduced_skin_sensation", N_("Reduced skin sensation") },
};

/* One item per sign of the clinician's intake screen (brief 7.3), grouped by domain through
 * the code's prefix. */
static const PhysioVocabEntry red_flags[] = {
  { "ces_saddle_numbness", N_("Saddle numbness") },
  { "ces_bladder_bowel_sexual", N_("New bladder, bowel or sexual dysfunction") },
  { "ces_bilateral_neuro", N_("Neurological deficit in both legs, or getting worse") },
  { "fracture_trauma", N_("Significant trauma") },
  { "fracture_osteoporosis", N_("Osteoporosis") },
  { "fracture_steroids", N_("Long-term corticosteroids") },
  { "fracture_older_age", N_("Older age") },
  { "cancer_history", N_("Past cancer") },
  { "cancer_weight_loss", N_("Unexplained weight loss") },
  { "cancer_night_pain", N_("Constant or night pain") },
  { "cancer_no_improvement", N_("Failure to improve") },
  { "infection_fever", N_("Fever") },
  { "infection_recent", N_("Recent infection or procedure") },
  { "infection_iv_drugs", N_("IV drug use") },
  { "infection_immunosuppression", N_("Immunosuppression") },
};

static const PhysioVocabEntry red_flag_domains[] = {
  { "ces_", N_("Cauda equina syndrome") },
  { "fracture_", N_("Spinal fracture") },
  { "cancer_", N_("Malignancy") },
  { "infection_", N_("Spinal infection") },
};

typedef struct
{
  const char             *name;
  const PhysioVocabEntry *entries;
  guint                   n_entries;
} VocabTable;

/* Names are the enumeration names of brief 2.1; the two patient vocabularies are named in the
 * same way. */
static const VocabTable tables[PHYSIO_N_VOCABS] = {
  [PHYSIO_VOCAB_CATEGORY] = { "category", categories, G_N_ELEMENTS (categories) },
  [PHYSIO_VOCAB_REGION] = { "body_region", regions, G_N_ELEMENTS (regions) },
  [PHYSIO_VOCAB_EQUIPMENT] = { "equipment", equipment, G_N_ELEMENTS (equipment) },
  [PHYSIO_VOCAB_POSITION] = { "position", positions, G_N_ELEMENTS (positions) },
  [PHYSIO_VOCAB_STAGE] = { "stage", stages, G_N_ELEMENTS (stages) },
  [PHYSIO_VOCAB_EVIDENCE] = { "evidence_tag", evidence, G_N_ELEMENTS (evidence) },
  [PHYSIO_VOCAB_CAUTION] = { "caution_code", cautions, G_N_ELEMENTS (cautions) },
  [PHYSIO_VOCAB_DOSAGE_KIND] = { "dosage_kind", dosage_kinds, G_N_ELEMENTS (dosage_kinds) },
  [PHYSIO_VOCAB_LATERALITY] = { "laterality", lateralities, G_N_ELEMENTS (lateralities) },
  [PHYSIO_VOCAB_LOAD_KIND] = { "load_kind", load_kinds, G_N_ELEMENTS (load_kinds) },
  [PHYSIO_VOCAB_BAND_LEVEL] = { "band_level", band_levels, G_N_ELEMENTS (band_levels) },
  [PHYSIO_VOCAB_CONDITION] = { "condition", conditions, G_N_ELEMENTS (conditions) },
  [PHYSIO_VOCAB_RED_FLAG] = { "red_flag", red_flags, G_N_ELEMENTS (red_flags) },
};

const PhysioVocabEntry *
physio_vocab_entries (PhysioVocabulary  vocab,
                      guint            *n_entries)
{
  g_return_val_if_fail ((guint) vocab < PHYSIO_N_VOCABS, NULL);

  if (n_entries != NULL)
    *n_entries = tables[vocab].n_entries;

  return tables[vocab].entries;
}

int
physio_vocab_index (PhysioVocabulary  vocab,
                    const char       *code)
{
  const VocabTable *table;

  g_return_val_if_fail ((guint) vocab < PHYSIO_N_VOCABS, -1);

  if (code == NULL)
    return -1;

  /* The tables are tiny (at most 23 entries), so a linear scan beats any index. */
  table = &tables[vocab];
  for (guint i = 0; i < table->n_entries; i++)
    {
      if (g_str_equal (table->entries[i].code, code))
        return (int) i;
    }

  return -1;
}

gboolean
physio_vocab_is_valid (PhysioVocabulary  vocab,
                       const char       *code)
{
  g_return_val_if_fail ((guint) vocab < PHYSIO_N_VOCABS, FALSE);

  return physio_vocab_index (vocab, code) >= 0;
}

const char *
physio_vocab_label (PhysioVocabulary  vocab,
                    const char       *code)
{
  int index;

  g_return_val_if_fail ((guint) vocab < PHYSIO_N_VOCABS, code);
  g_return_val_if_fail (code != NULL, NULL);

  index = physio_vocab_index (vocab, code);

  /* An unknown code can still come from a newer library or an import; showing the code is
   * more useful to the clinician than showing nothing. */
  if (index < 0)
    return code;

  return g_dgettext (GETTEXT_PACKAGE, tables[vocab].entries[index].label);
}

const char *
physio_vocab_name (PhysioVocabulary vocab)
{
  g_return_val_if_fail ((guint) vocab < PHYSIO_N_VOCABS, NULL);

  return tables[vocab].name;
}

const char *
physio_red_flag_domain (const char *code)
{
  if (!physio_vocab_is_valid (PHYSIO_VOCAB_RED_FLAG, code))
    return NULL;

  for (guint i = 0; i < G_N_ELEMENTS (red_flag_domains); i++)
    {
      if (g_str_has_prefix (code, red_flag_domains[i].code))
        return g_dgettext (GETTEXT_PACKAGE, red_flag_domains[i].label);
    }

  /* Every item of the table has a domain prefix; the test keeps it that way. */
  g_return_val_if_reached (NULL);
}
