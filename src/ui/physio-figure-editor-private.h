/* physio-figure-editor-private.h: the figure section's instance, shared by its two files
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * physio-figure-editor.c builds the section and poses the figure; physio-figure-editor-image.c
 * attaches an image.
 */

#pragma once

#include "physio-figure-editor.h"

G_BEGIN_DECLS

typedef enum
{
  SOURCE_NONE,      /* nothing of its own: the built-in figure, if any, applies */
  SOURCE_POSES,
  SOURCE_IMAGE,
} PhysioFigureSource;

/* What the section holds; copied whole for Undo of a removal. */
typedef struct
{
  PhysioFigureSource  source;
  PhysioFigure        figure;
  GBytes             *image;
  char               *image_type;
  cairo_surface_t    *surface;
} PhysioFigureEditorState;

enum { ANGLE_TRUNK, ANGLE_LUMBAR, ANGLE_NECK, FIRST_LIMB_ANGLE, N_ANGLES = FIRST_LIMB_ANGLE + 5 };

struct _PhysioFigureEditor
{
  AdwPreferencesGroup  parent_instance;

  PhysioFigureView    *preview;
  GtkLabel            *hint_label;
  GtkLabel            *error_label;
  AdwComboRow         *base_row;
  AdwActionRow        *second_row;
  GtkSwitch           *second_switch;
  AdwComboRow         *pose_row;
  AdwComboRow         *side_row;
  AdwActionRow        *angle_rows[N_ANGLES];
  GtkSpinButton       *spins[N_ANGLES];
  GtkButton           *remove_button;
  GtkRevealer         *undo_revealer;

  PhysioDatabase      *database;
  GPtrArray           *base_ids;   /* the built-in exercise of each posture after the first */
  GtkFileChooserNative *chooser;

  PhysioFigureEditorState state;
  PhysioFigureEditorState removed;  /* before the last removal, for Undo */
  gboolean             changed;
  gboolean             syncing;    /* the rows are being set from the state */
};

void _physio_figure_state_clear        (PhysioFigureEditorState *state);
void _physio_figure_editor_show_error  (PhysioFigureEditor *self,
                                        const char         *message);
/* After any change the clinician made: marks the section changed and redraws the preview. */
void _physio_figure_editor_changed     (PhysioFigureEditor *self);
/* The file chooser of "figure.attach". */
void _physio_figure_editor_attach      (PhysioFigureEditor *self);

G_END_DECLS
