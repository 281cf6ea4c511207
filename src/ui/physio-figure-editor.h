/* physio-figure-editor.h: the exercise editor's figure section: pose a figure from a built-in
 * posture, or attach an image, or remove the exercise's own figure
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "physio-database.h"
#include "physio-figure-view.h"

G_BEGIN_DECLS

#define PHYSIO_TYPE_FIGURE_EDITOR (physio_figure_editor_get_type ())

G_DECLARE_FINAL_TYPE (PhysioFigureEditor, physio_figure_editor, PHYSIO, FIGURE_EDITOR,
                      AdwPreferencesGroup)

GtkWidget        *physio_figure_editor_new          (void);
/* Fills the section from what @database holds for @exercise_id (NULL: a new exercise) and
 * lists the built-in postures to start from. Nothing is written until _save (). */
void              physio_figure_editor_load         (PhysioFigureEditor *self,
                                                     PhysioDatabase     *database,
                                                     const char         *exercise_id);
/* Writes what the clinician did (own poses, an image, or the removal) for @exercise_id, which
 * must be saved already; nothing when nothing changed. */
gboolean          physio_figure_editor_save         (PhysioFigureEditor *self,
                                                     const char         *exercise_id,
                                                     GError            **error);
/* An image file's bytes as chosen (the file chooser's result, and the tests'): checked and
 * shown, or refused with a message under the preview. @name is the file's name, for the
 * message. Returns whether it was taken. */
gboolean          physio_figure_editor_take_image   (PhysioFigureEditor *self,
                                                     GBytes             *bytes,
                                                     const char         *name);
/* Starts posing from the built-in figure of @exercise_id, as choosing it in "Start From"
 * does; FALSE when there is no such posture. */
gboolean          physio_figure_editor_start_from   (PhysioFigureEditor *self,
                                                     const char         *exercise_id);
/* Turns the joint @name ("knee", as physio_pose_range ()) of @pose (0 or 1) and @side through
 * its spin row, as a clinician would; FALSE when nothing is being posed. */
gboolean          physio_figure_editor_set_angle    (PhysioFigureEditor *self,
                                                     guint               pose,
                                                     PhysioPoseSide      side,
                                                     const char         *name,
                                                     double              degrees);
/* Actions: "figure.attach" (the file chooser), "figure.remove" and "figure.undo-remove". */
PhysioFigureView *physio_figure_editor_get_preview  (PhysioFigureEditor *self);
/* The message shown for a refused file or pose, or NULL. */
const char       *physio_figure_editor_get_error    (PhysioFigureEditor *self);

G_END_DECLS
