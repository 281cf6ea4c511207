/* physio-dose-spin-row.h: one number of a dose, typed in its own unit, in a row
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "physio-dose-field.h"

G_BEGIN_DECLS

#define PHYSIO_TYPE_DOSE_SPIN_ROW (physio_dose_spin_row_get_type ())

G_DECLARE_FINAL_TYPE (PhysioDoseSpinRow, physio_dose_spin_row, PHYSIO, DOSE_SPIN_ROW, AdwActionRow)

/* libadwaita 1.2 has no AdwSpinRow (1.4): this is an AdwActionRow with a spin button and the
 * field's unit, set up from the core's table of dose fields (physio-dose-field.h). With
 * @blank_unset an empty box means "not set" (the field's unset value), never a 0 that could be
 * read as a prescription. "value" is in shown units (minutes for a duration); "edited" is
 * emitted on every key press and committed change, for checks that follow the keyboard. */
GtkWidget       *physio_dose_spin_row_new         (PhysioDoseField    field,
                                                   gboolean           blank_unset);
PhysioDoseField  physio_dose_spin_row_get_field   (PhysioDoseSpinRow *self);
void             physio_dose_spin_row_set_field   (PhysioDoseSpinRow *self,
                                                   PhysioDoseField    field);
double           physio_dose_spin_row_get_value   (PhysioDoseSpinRow *self);
/* Shows @value, also when it is the value already in force but the box holds refused text. */
void             physio_dose_spin_row_set_value   (PhysioDoseSpinRow *self,
                                                   double             value);
GtkSpinButton   *physio_dose_spin_row_get_spin    (PhysioDoseSpinRow *self);
/* The number typed so far, before Enter commits it; FALSE when the text is not a number. */
gboolean         physio_dose_spin_row_read_typed  (PhysioDoseSpinRow *self,
                                                   double            *value);
/* The field of @dose into the box, and what is typed back into @dose. */
void             physio_dose_spin_row_load        (PhysioDoseSpinRow *self,
                                                   const PhysioDose  *dose);
gboolean         physio_dose_spin_row_store_typed (PhysioDoseSpinRow *self,
                                                   PhysioDose        *dose);
/* The subtitle: the allowed range while the value is good, what is wrong when it is not. */
void             physio_dose_spin_row_set_message (PhysioDoseSpinRow *self,
                                                   const char        *message,
                                                   gboolean           invalid);

/* The same box outside a row of its own (the two ends of a limit): one set-up, one parser. */
void             physio_dose_spin_configure       (GtkSpinButton     *spin,
                                                   PhysioDoseField    field,
                                                   gboolean           blank_unset);
gboolean         physio_dose_spin_read_typed      (GtkSpinButton     *spin,
                                                   double            *value);
void             physio_dose_spin_show_value      (GtkSpinButton     *spin,
                                                   double             value);

G_END_DECLS
