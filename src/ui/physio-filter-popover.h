/* physio-filter-popover.h: the library filters (category, region, equipment, position, stage)
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "physio-database.h"
#include "physio-vocabulary.h"

G_BEGIN_DECLS

#define PHYSIO_TYPE_FILTER_POPOVER (physio_filter_popover_get_type ())

G_DECLARE_FINAL_TYPE (PhysioFilterPopover, physio_filter_popover,
                      PHYSIO, FILTER_POPOVER, GtkPopover)

GtkWidget *physio_filter_popover_new          (void);
/* Puts the checked codes into the filter lists of @query, replacing what was there. */
void       physio_filter_popover_fill_query   (PhysioFilterPopover *self,
                                               PhysioExerciseQuery *query);
/* How many boxes are checked; also the "n-active" property. */
guint      physio_filter_popover_get_n_active (PhysioFilterPopover *self);
/* Unchecks every box; "changed" is emitted once. */
void       physio_filter_popover_clear        (PhysioFilterPopover *self);
/* Checks or unchecks the box of one code; returns FALSE when the popover has no such box. */
gboolean   physio_filter_popover_set_active   (PhysioFilterPopover *self,
                                               PhysioVocabulary     vocab,
                                               const char          *code,
                                               gboolean             active);

/* signal "changed" (void): the checked boxes changed */

G_END_DECLS
