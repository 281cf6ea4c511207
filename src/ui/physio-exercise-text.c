/* physio-exercise-text.c: short texts about an exercise, shared by the list and the detail
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "physio-exercise-text.h"

const char *
physio_vocab_code_at (PhysioVocabulary vocab,
                      int              index)
{
  const PhysioVocabEntry *entries;
  guint n_entries = 0;

  entries = physio_vocab_entries (vocab, &n_entries);
  if (entries == NULL || index < 0 || (guint) index >= n_entries)
    return NULL;

  return entries[index].code;
}

char *
physio_exercise_text_meta (PhysioExercise *exercise)
{
  const char *category;
  const char *position;

  g_return_val_if_fail (PHYSIO_IS_EXERCISE (exercise), NULL);

  category = physio_exercise_get_category (exercise);
  position = physio_exercise_get_position (exercise);

  if (position == NULL || *position == '\0')
    return g_strdup (physio_vocab_label (PHYSIO_VOCAB_CATEGORY, category));

  /* TRANSLATORS: category and starting position of an exercise, e.g. "Core stability ·
   * Quadruped" */
  return g_strdup_printf (_("%s · %s"),
                          physio_vocab_label (PHYSIO_VOCAB_CATEGORY, category),
                          physio_vocab_label (PHYSIO_VOCAB_POSITION, position));
}

char *
physio_exercise_text_labels (PhysioVocabulary    vocab,
                             const char * const *codes)
{
  GString *text;

  if (codes == NULL || codes[0] == NULL)
    return NULL;

  text = g_string_new (NULL);
  for (guint i = 0; codes[i] != NULL; i++)
    {
      if (i > 0)
        /* TRANSLATORS: separates the items of a list such as "Lumbar, Trunk" */
        g_string_append (text, _(", "));
      g_string_append (text, physio_vocab_label (vocab, codes[i]));
    }

  return g_string_free (text, FALSE);
}

char *
physio_dose_text_limit (PhysioDoseField field,
                        guint           min,
                        guint           max)
{
  switch (field)
    {
    case PHYSIO_DOSE_FIELD_SETS:
      return g_strdup_printf (ngettext ("%u–%u set", "%u–%u sets", max), min, max);

    case PHYSIO_DOSE_FIELD_REPS:
      return g_strdup_printf (ngettext ("%u–%u rep", "%u–%u reps", max), min, max);

    case PHYSIO_DOSE_FIELD_HOLD:
      return g_strdup_printf (_("%u–%u s hold"), min, max);

    case PHYSIO_DOSE_FIELD_DURATION:
      /* Durations are stored in seconds but prescribed in minutes (brief 2.4). */
      if (min % 60 == 0 && max % 60 == 0)
        return g_strdup_printf (_("%u–%u min"), min / 60, max / 60);
      return g_strdup_printf (_("%u–%u s"), min, max);

    case PHYSIO_DOSE_FIELD_DISTANCE:
      return g_strdup_printf (_("%u–%u m"), min, max);

    case PHYSIO_DOSE_FIELD_STEPS:
      return g_strdup_printf (_("%u–%u steps/day"), min, max);

    case PHYSIO_DOSE_FIELD_REST:
      return g_strdup_printf (_("%u–%u s rest"), min, max);

    case PHYSIO_DOSE_FIELD_SESSIONS_PER_DAY:
      return g_strdup_printf (_("%u–%u×/day"), min, max);

    case PHYSIO_DOSE_FIELD_DAYS_PER_WEEK:
      return g_strdup_printf (ngettext ("%u–%u day/week", "%u–%u days/week", max), min, max);

    case PHYSIO_DOSE_FIELD_LOAD:
      return g_strdup_printf (_("%u–%u kg"), min, max);

    case PHYSIO_DOSE_FIELD_NONE:
    case PHYSIO_N_DOSE_FIELDS:
    default:
      g_return_val_if_reached (NULL);
    }
}

char *
physio_dose_text_load (const PhysioDose *dose)
{
  const char *code;
  char kg[G_ASCII_DTOSTR_BUF_SIZE];

  g_return_val_if_fail (dose != NULL, NULL);

  if (dose->load_text != NULL && *dose->load_text != '\0')
    return g_strdup (dose->load_text);

  switch (dose->load_kind)
    {
    case PHYSIO_LOAD_NONE:
      return NULL;

    case PHYSIO_LOAD_KG:
      /* %g keeps "2 kg" whole and "2.5 kg" exact, without trailing zeros. */
      g_snprintf (kg, sizeof kg, "%g", dose->load_kg);
      return g_strdup_printf (_("%s kg"), kg);

    case PHYSIO_LOAD_BAND:
      code = physio_vocab_code_at (PHYSIO_VOCAB_BAND_LEVEL, (int) dose->band_level - 1);
      if (code == NULL)
        return NULL;
      /* TRANSLATORS: a resistance band of a given strength, e.g. "Light band" */
      return g_strdup_printf (_("%s band"), physio_vocab_label (PHYSIO_VOCAB_BAND_LEVEL, code));

    case PHYSIO_LOAD_BODYWEIGHT:
    case PHYSIO_LOAD_ASSISTED:
      /* The load-kind vocabulary has no entry for "none", so its index is one less. */
      code = physio_vocab_code_at (PHYSIO_VOCAB_LOAD_KIND, (int) dose->load_kind - 1);
      return code != NULL ? g_strdup (physio_vocab_label (PHYSIO_VOCAB_LOAD_KIND, code)) : NULL;

    default:
      return NULL;
    }
}
