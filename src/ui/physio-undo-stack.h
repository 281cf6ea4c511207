/* physio-undo-stack.h: undo and redo for one programme while its window is open
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "physio-database.h"
#include "physio-programme.h"

G_BEGIN_DECLS

#define PHYSIO_TYPE_UNDO_STACK (physio_undo_stack_get_type ())

G_DECLARE_FINAL_TYPE (PhysioUndoStack, physio_undo_stack, PHYSIO, UNDO_STACK, GObject)

/* Every change is saved at once (no Save button) and can be undone until the window
 * closes. A change is: physio_undo_stack_begin () (notes the programme as it is), mutate the
 * programme, physio_undo_stack_commit () (keeps only what changed and saves just that; on a
 * save error the programme is put back as it was and the error returned, so nothing half-done
 * stays on screen or on disk). The history holds diffs (PhysioProgrammeChange): undo and redo
 * put the changed states back into the programme's own objects, in place, and save only those.
 * Properties: "can-undo", "can-redo" (booleans), "undo-label", "redo-label" (strings, e.g.
 * "Change dose"). Signal "restored": after an undo or a redo went through, so a field holding
 * typing not yet saved can drop it (it was typed over what the undo just replaced). */
typedef gboolean (*PhysioUndoFunc) (gpointer user_data, GError **error);

PhysioUndoStack *physio_undo_stack_new     (PhysioDatabase  *database,
                                            PhysioProgramme *programme);
void             physio_undo_stack_begin   (PhysioUndoStack *self,
                                            const char      *label);
/* @undone runs after this change is undone (e.g. to append an "undone" row to the audit
 * log); @redone after it is redone. Either may be NULL. They are called as
 * func (programme, user_data), with the programme as it is after the undo or redo. @destroy
 * frees @user_data when the change leaves the history (or at once when the commit fails). */
gboolean         physio_undo_stack_commit_full (PhysioUndoStack *self,
                                                GFunc            undone,
                                                GFunc            redone,
                                                gpointer         user_data,
                                                GDestroyNotify   destroy,
                                                GError         **error);
gboolean         physio_undo_stack_commit  (PhysioUndoStack *self,
                                            GError         **error);
/* A change already applied and saved elsewhere (e.g. a diary entry): undo and redo call these. */
void             physio_undo_stack_push    (PhysioUndoStack *self,
                                            const char      *label,
                                            PhysioUndoFunc   undo,
                                            PhysioUndoFunc   redo,
                                            gpointer         user_data,
                                            GDestroyNotify   destroy);
/* Drops the snapshot of a begun change without saving (e.g. the clinician cancelled). */
void             physio_undo_stack_cancel  (PhysioUndoStack *self);
gboolean         physio_undo_stack_undo    (PhysioUndoStack *self,
                                            GError         **error);
gboolean         physio_undo_stack_redo    (PhysioUndoStack *self,
                                            GError         **error);
gboolean         physio_undo_stack_get_can_undo (PhysioUndoStack *self);
gboolean         physio_undo_stack_get_can_redo (PhysioUndoStack *self);
/* What the next undo or redo would do ("Change dose"), or NULL when there is none. */
const char      *physio_undo_stack_get_undo_label (PhysioUndoStack *self);
const char      *physio_undo_stack_get_redo_label (PhysioUndoStack *self);
/* Whether a change has begun and is not yet committed or cancelled. */
gboolean         physio_undo_stack_is_pending (PhysioUndoStack *self);
PhysioProgramme *physio_undo_stack_get_programme (PhysioUndoStack *self);
PhysioDatabase  *physio_undo_stack_get_database  (PhysioUndoStack *self);

G_END_DECLS
