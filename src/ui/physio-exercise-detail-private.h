/* physio-exercise-detail-private.h: test access to the detail's widgets
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "physio-exercise-detail.h"

G_BEGIN_DECLS

typedef enum
{
  PHYSIO_LINK_PROGRESSION,
  PHYSIO_LINK_REGRESSION,
  PHYSIO_N_LINK_KINDS
} PhysioLinkKind;

/* The rows shown for the links of one kind, in order (an AdwActionRow each). */
guint      _physio_exercise_detail_get_n_link_rows (PhysioExerciseDetail *self,
                                                    PhysioLinkKind        kind);
GtkWidget *_physio_exercise_detail_get_link_row    (PhysioExerciseDetail *self,
                                                    PhysioLinkKind        kind,
                                                    guint                 index);
/* The groups the page holds now, without building those still waiting for the first frame. */
guint      _physio_exercise_detail_get_n_groups    (PhysioExerciseDetail *self);

/* The exercise name shown as the page title. */
GtkLabel  *_physio_exercise_detail_get_title_label (PhysioExerciseDetail *self);
GtkWidget *_physio_exercise_detail_get_figure_view (PhysioExerciseDetail *self);

G_END_DECLS
