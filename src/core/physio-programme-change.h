/* physio-programme-change.h: one edit of a programme as a diff, to undo, redo and save
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "physio-programme.h"

G_BEGIN_DECLS

/* An edit of a programme, kept as what it changed: the settings before and after when they
 * changed, the prescription list before and after when a prescription was added, removed or
 * moved, and the before and after states of each prescription it touched. Undo and redo put
 * those states back into the programme's own objects in place (rows bound to them just get
 * notify), splicing the list only for the span an add, remove or move touched; the store saves
 * only what the change names.
 *
 *   change = physio_programme_change_begin (programme);
 *   … edit the programme …
 *   physio_programme_change_finish (change);
 *   physio_programme_change_revert (change);     undo
 *   physio_programme_change_reapply (change);    redo
 */
typedef struct _PhysioProgrammeChange PhysioProgrammeChange;

/* Notes the programme as it is now (copies of its settings and prescriptions). */
PhysioProgrammeChange *physio_programme_change_begin   (PhysioProgramme       *programme);
/* Compares the programme with the state noted by begin and keeps only the difference.
 * Returns whether anything changed. */
gboolean               physio_programme_change_finish  (PhysioProgrammeChange *self);
void                   physio_programme_change_free    (PhysioProgrammeChange *self);

PhysioProgramme       *physio_programme_change_get_programme (PhysioProgrammeChange *self);
gboolean               physio_programme_change_is_empty (PhysioProgrammeChange *self);

/* Puts the programme back as it was before the change (undo), or as it was after it (redo),
 * in place; "changed" is emitted once. */
void                   physio_programme_change_revert  (PhysioProgrammeChange *self);
void                   physio_programme_change_reapply (PhysioProgrammeChange *self);

/* What changed, for the store. @after picks the side: TRUE for the state after the change
 * (the state saved by a commit or a redo), FALSE for the state before it (an undo). */
PhysioProgrammeDiff    physio_programme_change_get_settings_diff (PhysioProgrammeChange *self);
/* Whether the prescription list itself changed (an add, a remove or a move). */
gboolean               physio_programme_change_get_list_changed (PhysioProgrammeChange *self);
/* The position of @prescription in the list on one side, or G_MAXUINT when it is not in it on
 * that side (added or removed by the change). Only meaningful when the list changed. */
guint                  physio_programme_change_get_position (PhysioProgrammeChange *self,
                                                             PhysioPrescription    *prescription,
                                                             gboolean               after);
/* The prescriptions the change touched (added, removed or edited), as the programme's own
 * objects. */
guint                  physio_programme_change_get_n_prescriptions (PhysioProgrammeChange *self);
PhysioPrescription    *physio_programme_change_get_prescription (PhysioProgrammeChange *self,
                                                                 guint                  index);
/* How the @index'th touched prescription differs between the two sides (all flags for one that
 * is on one side only). */
PhysioPrescriptionDiff physio_programme_change_get_diff (PhysioProgrammeChange *self,
                                                         guint                  index);
/* The state of the @index'th touched prescription on one side (a copy), or NULL when it is
 * not in the programme on that side. */
PhysioPrescription    *physio_programme_change_get_state (PhysioProgrammeChange *self,
                                                          guint                  index,
                                                          gboolean               after);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PhysioProgrammeChange, physio_programme_change_free)

G_END_DECLS
