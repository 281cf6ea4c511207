/* physio-dose-text.c: a dose in a few words for a patient's table cell
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The cell notation (physio_dose_format_cell) is exact and compact but written for clinicians
 * ("5×10s e/s", "10′ ×3/d"); patients read the same dose with its symbols in words. A number
 * stays on one line with its unit and its "×" (no-break spaces), however narrow the cell.
 */

#define G_LOG_DOMAIN "physio-render"

#include "config.h"

#include <string.h>
#include "physio-i18n.h"

#include "physio-dose-text.h"
#include "physio-ladder.h"

typedef struct
{
  GRegex     *regex;
  const char *replacement;
} Rule;

static const Rule *
rules (guint *n_rules)
{
  static Rule table[6];
  static gsize ready;

  if (g_once_init_enter (&ready))
    {
      /* Translators: how a patient's table writes a dose's shorthand; \1 is a number. */
      table[1] = (Rule) { g_regex_new ("(\\d)″", G_REGEX_OPTIMIZE, 0, NULL), _("\\1\302\240s") };
      table[2] = (Rule) { g_regex_new ("(\\d)s\\b", G_REGEX_OPTIMIZE, 0, NULL),
                          _("\\1\302\240s") };
      table[3] = (Rule) { g_regex_new (" e/s", G_REGEX_OPTIMIZE, 0, NULL), _(" each side") };
      table[4] = (Rule) { g_regex_new (" ×(\\d+)/d", G_REGEX_OPTIMIZE, 0, NULL),
                          _(", \\1 times a day") };
      table[5] = (Rule) { g_regex_new ("(\\S)×(\\S)", G_REGEX_OPTIMIZE, 0, NULL),
                          "\\1\302\240×\302\240\\2" };
      table[0] = (Rule) { g_regex_new ("(\\d)′", G_REGEX_OPTIMIZE, 0, NULL), _("\\1\302\240min") };
      g_once_init_leave (&ready, 1);
    }
  *n_rules = G_N_ELEMENTS (table);
  return table;
}

char *
physio_dose_text_short (const PhysioDose *dose,
                        PhysioDosageKind  kind,
                        PhysioLaterality  laterality,
                        gboolean          with_load)
{
  g_autofree char *text = NULL;
  const Rule *table;
  guint n_rules;

  g_return_val_if_fail (dose != NULL, NULL);

  text = physio_dose_format_cell (dose, kind, laterality);
  if (!with_load)
    {
      char *bracket = strstr (text, " (");

      /* The load is last but for the sessions a day: keep what follows its bracket. */
      if (bracket != NULL)
        {
          char *close = strrchr (bracket, ')');
          g_autofree char *rest = g_strdup (close != NULL ? close + 1 : "");
          g_autofree char *head = g_steal_pointer (&text);

          *bracket = '\0';
          text = g_strconcat (head, rest, NULL);
        }
    }

  table = rules (&n_rules);
  for (guint i = 0; i < n_rules; i++)
    {
      char *next = g_regex_replace (table[i].regex, text, -1, 0, table[i].replacement, 0, NULL);

      if (next != NULL)
        {
          g_free (text);
          text = next;
        }
    }
  return g_steal_pointer (&text);
}
