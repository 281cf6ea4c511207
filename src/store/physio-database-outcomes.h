/* physio-database-outcomes.h: outcome measure administrations and licensed item wording
 * (brief 2.5, 6)
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "physio-database.h"
#include "physio-outcome.h"

G_BEGIN_DECLS

/* Checks the form (physio_outcome_form_check: PHYSIO_DATABASE_ERROR_INVALID with its
 * sentence), scores it, and inserts it (setting form->id) or updates the row form->id. The
 * items, version (the instrument's current one when NULL), recall and PSFS activities are
 * stored as given, the score beside them. A form whose scoring finds it invalid (too many ODI
 * sections missing) is stored, with the reason. NOT_FOUND for an unknown patient or id.
 * Emits "patients-changed" with the patient's id. */
gboolean    physio_database_save_outcome   (PhysioDatabase    *self,
                                            PhysioOutcomeForm *form,
                                            GError           **error);
/* The patient's forms, oldest first (by date, then by entry): a GArray of PhysioOutcomeForm
 * with a clear func. Score them with physio_outcome_score (): the items are the truth, the
 * stored totals only serve queries. */
GArray     *physio_database_list_outcomes  (PhysioDatabase    *self,
                                            gint64             patient_id,
                                            GError           **error);
/* NOT_FOUND when there is no such form. Emits "patients-changed". */
gboolean    physio_database_delete_outcome (PhysioDatabase    *self,
                                            gint64             id,
                                            GError           **error);

/* What is due for @programme's patient on @today (physio_outcome_due () with the schedule of
 * physio_outcome_schedule_init ()): a GArray of PhysioOutcomeDue, empty when nothing is. */
GArray     *physio_database_outcomes_due   (PhysioDatabase    *self,
                                            PhysioProgramme   *programme,
                                            const GDate       *today,
                                            GError           **error);

/* The clinic's licensed wording for @instrument, key → text (keys of
 * physio_outcome_wording_key ()); an empty table when none was pasted. */
GHashTable *physio_database_get_licensed_wording (PhysioDatabase   *self,
                                                  PhysioInstrument  instrument,
                                                  GError          **error);
/* Replaces all the wording of @instrument with @wording (from
 * physio_outcome_wording_parse ()); NULL or an empty table removes it. Only ODI, RMDQ and
 * STarT Back take wording (INVALID otherwise). */
gboolean    physio_database_set_licensed_wording (PhysioDatabase   *self,
                                                  PhysioInstrument  instrument,
                                                  GHashTable       *wording,
                                                  GError          **error);

G_END_DECLS
