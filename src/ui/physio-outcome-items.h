/* physio-outcome-items.h: the response grid of one outcome measure, without copyrighted wording
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "physio-outcome.h"

G_BEGIN_DECLS

#define PHYSIO_TYPE_OUTCOME_ITEMS (physio_outcome_items_get_type ())
G_DECLARE_FINAL_TYPE (PhysioOutcomeItems, physio_outcome_items, PHYSIO, OUTCOME_ITEMS, GtkBox)

/* One row per item with a button per answer: NPRS 0–10; ODI's ten sections by number and topic,
 * six statements each as check boxes (two ticks stay two ticks, as the patient made them);
 * RMDQ's 24 items ticked / not ticked / not applicable; STarT Back's nine by construct; PSFS
 * up to five activities the patient names, each rated 0–10. @wording is the clinic's licensed
 * wording (keys of physio_outcome_wording_key ()), or NULL: then the rows show numbers only.
 * Signal "changed" when any answer changes. */
GtkWidget *physio_outcome_items_new          (PhysioInstrument    instrument,
                                              GHashTable         *wording);
/* Writes the answers into @form's items (and PSFS activities); blanks are
 * PHYSIO_ITEM_MISSING. @form must be initialised for the same instrument. */
void       physio_outcome_items_fill_form    (PhysioOutcomeItems *self,
                                              PhysioOutcomeForm  *form);
/* For tests: the button of answer @level of item @item (ODI: statement @level of section
 * @item; PSFS: score @level of activity @item), or NULL; and PSFS's activity entry. */
GtkWidget *physio_outcome_items_get_button   (PhysioOutcomeItems *self,
                                              guint               item,
                                              guint               level);
GtkWidget *physio_outcome_items_get_activity (PhysioOutcomeItems *self,
                                              guint               item);

G_END_DECLS
