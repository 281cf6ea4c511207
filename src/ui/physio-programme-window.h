/* physio-programme-window.h: the window that builds and reviews one patient's programme
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "physio-database.h"
#include "physio-patient.h"
#include "physio-programme.h"
#include "physio-undo-stack.h"

G_BEGIN_DECLS

#define PHYSIO_TYPE_PROGRAMME_WINDOW (physio_programme_window_get_type ())

G_DECLARE_FINAL_TYPE (PhysioProgrammeWindow, physio_programme_window, PHYSIO, PROGRAMME_WINDOW,
                      AdwApplicationWindow)

/* One window per programme, titled "<programme> — <patient>", with the exercises, the dose
 * ladder, the weekly review and the settings as pages. There is no Save button: every change
 * is saved as it is made, and can be undone (Ctrl+Z, Ctrl+Shift+Z) until the window closes.
 * An unsaved programme (id 0) is saved first. @app may be NULL (tests). */
PhysioProgrammeWindow *physio_programme_window_new            (GtkApplication        *app,
                                                               PhysioDatabase        *database,
                                                               PhysioPatient         *patient,
                                                               PhysioProgramme       *programme);
PhysioUndoStack       *physio_programme_window_get_undo_stack (PhysioProgrammeWindow *self);
PhysioProgramme       *physio_programme_window_get_programme  (PhysioProgrammeWindow *self);
/* The window already open on the programme with @programme_id, or NULL, so that a second
 * "open" brings it forward instead of a second window with its own undo history. */
PhysioProgrammeWindow *physio_programme_window_find           (GtkApplication        *app,
                                                               gint64                 programme_id);

G_END_DECLS
