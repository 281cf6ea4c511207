/* physio-licensed-wording.c: the clinic's licensed wording of the ODI, the RMDQ and STarT
 * Back as text, one item per line
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "physio-licensed-wording"

#include "config.h"

#include "physio-database-outcomes.h"
#include "physio-licensed-wording.h"

static guint
n_items (PhysioInstrument instrument)
{
  switch (instrument)
    {
    case PHYSIO_INSTRUMENT_ODI:
      return PHYSIO_ODI_SECTIONS;
    case PHYSIO_INSTRUMENT_RMDQ:
      return PHYSIO_RMDQ_ITEMS;
    case PHYSIO_INSTRUMENT_SBST:
      return PHYSIO_SBST_ITEMS;
    case PHYSIO_INSTRUMENT_NPRS:
    case PHYSIO_INSTRUMENT_PSFS:
    default:
      return 0;
    }
}

static void
append_item (GString          *text,
             GHashTable       *wording,
             PhysioInstrument  instrument,
             guint             item,
             int               level)
{
  g_autofree char *key = physio_outcome_wording_key (instrument, item, level);
  const char *line = g_hash_table_lookup (wording, key);

  /* The store only ever holds a whole set (physio_outcome_wording_parse ()), but an empty
   * line keeps the items after a missing one in their places. */
  g_string_append (text, line != NULL ? line : "");
  g_string_append_c (text, '\n');
}

char *
physio_licensed_wording_get (PhysioDatabase *database,
                             const char     *instrument)
{
  g_autoptr(GHashTable) wording = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) text = NULL;
  PhysioInstrument which;

  g_return_val_if_fail (PHYSIO_IS_DATABASE (database), NULL);
  g_return_val_if_fail (instrument != NULL, NULL);

  if (!physio_instrument_from_code (instrument, &which) || n_items (which) == 0)
    return NULL;

  wording = physio_database_get_licensed_wording (database, which, &error);
  if (wording == NULL)
    {
      g_warning ("Could not read the licensed wording of %s: %s", instrument, error->message);
      return NULL;
    }
  if (g_hash_table_size (wording) == 0)
    return NULL;

  text = g_string_new (NULL);
  for (guint i = 0; i < n_items (which); i++)
    {
      if (which != PHYSIO_INSTRUMENT_ODI)
        {
          append_item (text, wording, which, i, -1);
          continue;
        }

      /* A section heading only when the clinic gave headings. */
      if (g_hash_table_size (wording) > PHYSIO_ODI_SECTIONS * PHYSIO_ODI_LEVELS)
        append_item (text, wording, which, i, -1);
      for (int level = 0; level < PHYSIO_ODI_LEVELS; level++)
        append_item (text, wording, which, i, level);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

gboolean
physio_licensed_wording_set (PhysioDatabase  *database,
                             const char      *instrument,
                             const char      *text,
                             GError         **error)
{
  g_autoptr(GHashTable) wording = NULL;
  g_autofree char *stripped = NULL;
  PhysioInstrument which;

  g_return_val_if_fail (PHYSIO_IS_DATABASE (database), FALSE);
  g_return_val_if_fail (instrument != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!physio_instrument_from_code (instrument, &which))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT, "Unknown instrument %s",
                   instrument);
      return FALSE;
    }

  stripped = g_strstrip (g_strdup (text != NULL ? text : ""));
  if (*stripped != '\0')
    {
      wording = physio_outcome_wording_parse (which, stripped, error);
      if (wording == NULL)
        return FALSE;
    }

  return physio_database_set_licensed_wording (database, which, wording, error);
}
