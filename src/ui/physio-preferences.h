/* physio-preferences.h: the Preferences window
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define PHYSIO_TYPE_PREFERENCES (physio_preferences_get_type ())

G_DECLARE_FINAL_TYPE (PhysioPreferences, physio_preferences, PHYSIO, PREFERENCES,
                      AdwPreferencesWindow)

/* The clinician's name, saved to GSettings as it is typed (read it with
 * physio_clinician_name ()). */
PhysioPreferences *physio_preferences_new           (GtkWindow         *parent);

/* For tests */
AdwEntryRow       *_physio_preferences_get_name_row (PhysioPreferences *self);

G_END_DECLS
