/* physio-window.h: the main window, the exercise library beside one exercise
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "physio-database.h"

G_BEGIN_DECLS

#define PHYSIO_TYPE_WINDOW (physio_window_get_type ())

G_DECLARE_FINAL_TYPE (PhysioWindow, physio_window, PHYSIO, WINDOW, AdwApplicationWindow)

/* @application may be NULL (tests); @database must be open with its library loaded. */
PhysioWindow   *physio_window_new               (GtkApplication *application,
                                                 PhysioDatabase *database);
PhysioDatabase *physio_window_get_database      (PhysioWindow   *self);
/* Selects the exercise with @id in the list and shows it, clearing the search and the
 * filters when it is not among the results. FALSE when there is no such exercise. */
gboolean        physio_window_select_exercise   (PhysioWindow   *self,
                                                 const char     *id);

G_END_DECLS
