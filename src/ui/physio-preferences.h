/* physio-preferences.h: Preferences: the clinic, the handout, units, progression defaults and
 * licensed outcome-measure wording
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "physio-database.h"

G_BEGIN_DECLS

#define PHYSIO_TYPE_PREFERENCES (physio_preferences_get_type ())

G_DECLARE_FINAL_TYPE (PhysioPreferences, physio_preferences, PHYSIO, PREFERENCES, GObject)

/* Builds the pages and their container (physio_compat_preferences_new ()), which keeps a
 * reference to the returned object for as long as it is open. The clinic's fields are saved
 * to @database as they are typed; the handout and unit choices to GSettings. */
PhysioPreferences *physio_preferences_new            (PhysioDatabase    *database);
/* Shows the preferences over @parent's window. */
void               physio_preferences_present        (PhysioPreferences *self,
                                                      GtkWidget         *parent);
/* The AdwPreferencesWindow or AdwPreferencesDialog. */
GtkWidget         *physio_preferences_get_widget     (PhysioPreferences *self);

/* For tests */
AdwEntryRow       *_physio_preferences_get_name_row  (PhysioPreferences *self);
AdwEntryRow       *_physio_preferences_get_clinic_row (PhysioPreferences *self,
                                                      const char        *field);
/* The row of a GSettings key: "paper-size", "weight-unit", "distance-unit",
 * "handout-language". */
AdwComboRow       *_physio_preferences_get_choice_row (PhysioPreferences *self,
                                                      const char        *key);
/* Reads @file as the logo, as choosing it in the file chooser does. */
void               _physio_preferences_set_logo_file (PhysioPreferences *self,
                                                      GFile             *file);
/* The message under the logo, NULL when none shows. */
const char        *_physio_preferences_get_logo_message (PhysioPreferences *self);
/* The spin button of the progression parameter named @key (a PhysioRuleParams field), and
 * its row, whose subtitle says why a value was refused. */
GtkSpinButton     *_physio_preferences_get_param_spin (PhysioPreferences *self,
                                                      const char        *key,
                                                      AdwActionRow     **row);
GtkButton         *_physio_preferences_get_reset_button (PhysioPreferences *self);
GtkTextView       *_physio_preferences_get_wording_view (PhysioPreferences *self,
                                                        const char        *instrument,
                                                        GtkButton        **save,
                                                        GtkLabel         **message);

G_END_DECLS
