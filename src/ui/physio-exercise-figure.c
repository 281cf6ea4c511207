/* physio-exercise-figure.c: the one figure an exercise shows everywhere
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "physio-ui"

#include "config.h"

#include "physio-database-figures.h"
#include "physio-exercise-figure.h"
#include "physio-figure-view.h"
#include "physio-image.h"

gboolean
physio_exercise_figure_lookup (PhysioDatabase   *database,
                               const char       *exercise_id,
                               PhysioFigure    **figure,
                               cairo_surface_t **image)
{
  const PhysioFigure *builtin;

  g_return_val_if_fail (database == NULL || PHYSIO_IS_DATABASE (database), FALSE);
  g_return_val_if_fail (exercise_id != NULL, FALSE);
  g_return_val_if_fail (figure != NULL && image != NULL, FALSE);

  *figure = NULL;
  *image = NULL;
  if (database != NULL)
    {
      g_auto(PhysioStoredFigure) stored = { 0 };
      g_autoptr(GError) error = NULL;

      if (!physio_database_get_exercise_figure (database, exercise_id, &stored, &error))
        g_warning ("An exercise's own figure could not be read: %s", error->message);
      else if (stored.image != NULL)
        {
          *image = physio_image_load (stored.image, stored.image_type, &error);
          if (*image != NULL)
            return TRUE;
          g_warning ("An exercise's own image could not be decoded: %s", error->message);
        }
      else if (stored.figure != NULL)
        {
          *figure = g_steal_pointer (&stored.figure);
          return TRUE;
        }
    }

  builtin = g_hash_table_lookup (physio_figure_view_builtin_figures (), exercise_id);
  if (builtin == NULL)
    return FALSE;
  *figure = g_memdup2 (builtin, sizeof *builtin);
  return TRUE;
}
