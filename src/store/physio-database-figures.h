/* physio-database-figures.h: a clinician's own figure for an exercise, posed or an image
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "physio-database.h"
#include "physio-pose.h"

G_BEGIN_DECLS

/* An image is printed a few centimetres wide on a handout card: anything larger is a
 * photograph taken by mistake. */
#define PHYSIO_FIGURE_IMAGE_MAX_BYTES (2 * 1024 * 1024)

/* What the database holds for one exercise: its own poses (@figure), or an attached image
 * (@image of media type @image_type), or neither (the built-in figure applies). */
typedef struct
{
  PhysioFigure *figure;
  GBytes       *image;
  char         *image_type;
} PhysioStoredFigure;

void        physio_stored_figure_clear          (PhysioStoredFigure *stored);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (PhysioStoredFigure, physio_stored_figure_clear)

/* The media type the bytes really are ("image/png", "image/jpeg", "image/svg+xml"), from their
 * first bytes alone, or NULL: the store's own check, with no decoder. */
const char *physio_stored_figure_sniff          (GBytes             *bytes);

/* Fills @stored (which the caller clears); all NULL when the exercise has nothing of its own.
 * Damaged stored poses are reported as a warning and read as nothing, so the built-in figure
 * or none is shown rather than an error on every page. */
gboolean    physio_database_get_exercise_figure (PhysioDatabase     *self,
                                                 const char         *exercise_id,
                                                 PhysioStoredFigure *stored,
                                                 GError            **error);
/* Stores @figure (checked with physio_figure_validate) as the exercise's own, replacing an
 * image. Emits "exercises-changed" with the id. */
gboolean    physio_database_set_exercise_figure_poses (PhysioDatabase     *self,
                                                       const char         *exercise_id,
                                                       const PhysioFigure *figure,
                                                       GError            **error);
/* Stores an image (PNG, JPEG or SVG, up to PHYSIO_FIGURE_IMAGE_MAX_BYTES) as the exercise's
 * figure, replacing own poses. @media_type may be NULL: the bytes say what they are. INVALID
 * with a sentence for the user for an empty, oversized, unknown or mislabelled file. */
gboolean    physio_database_set_exercise_figure_image (PhysioDatabase     *self,
                                                       const char         *exercise_id,
                                                       GBytes             *image,
                                                       const char         *media_type,
                                                       GError            **error);
/* Removes whatever the exercise had of its own; not an error when it had nothing. */
gboolean    physio_database_delete_exercise_figure (PhysioDatabase     *self,
                                                    const char         *exercise_id,
                                                    GError            **error);

G_END_DECLS
