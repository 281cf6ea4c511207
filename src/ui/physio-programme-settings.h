/* physio-programme-settings.h: the Settings page of the programme window
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "physio-database.h"
#include "physio-undo-stack.h"

G_BEGIN_DECLS

#define PHYSIO_TYPE_PROGRAMME_SETTINGS (physio_programme_settings_get_type ())

G_DECLARE_FINAL_TYPE (PhysioProgrammeSettings, physio_programme_settings, PHYSIO,
                      PROGRAMME_SETTINGS, AdwPreferencesPage)

/* Title, start date, length, status (with Resume when a warning sign suspended it), the
 * progression mode and its rule parameters (brief 4.2), and Save as Template. Each change is
 * saved through @undo_stack; one the store refuses (a start date that would leave logged
 * sessions outside the programme) is shown on its row and changes nothing. */
PhysioProgrammeSettings *physio_programme_settings_new (PhysioDatabase  *database,
                                                        PhysioUndoStack *undo_stack);

/* For tests */
GtkEditable  *_physio_programme_settings_get_start_entry (PhysioProgrammeSettings *self);
AdwActionRow *_physio_programme_settings_get_start_row   (PhysioProgrammeSettings *self);
GtkSpinButton *_physio_programme_settings_get_weeks_spin (PhysioProgrammeSettings *self);

G_END_DECLS
