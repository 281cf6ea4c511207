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
