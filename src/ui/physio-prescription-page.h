/* physio-prescription-page.h: the Exercises page of the programme window (the builder)
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "physio-database.h"
#include "physio-patient.h"
#include "physio-undo-stack.h"

G_BEGIN_DECLS

#define PHYSIO_TYPE_PRESCRIPTION_PAGE (physio_prescription_page_get_type ())

G_DECLARE_FINAL_TYPE (PhysioPrescriptionPage, physio_prescription_page, PHYSIO,
                      PRESCRIPTION_PAGE, GtkWidget)

/* The programme of @undo_stack, its exercises in order with their doses, the time it takes a
 * day and the checks of physio_programme_check (); beside it the library, to add exercises by
 * search (Enter) or by dragging. @patient may be NULL. */
PhysioPrescriptionPage *physio_prescription_page_new          (PhysioDatabase         *database,
                                                               PhysioUndoStack        *undo_stack,
                                                               PhysioPatient          *patient);
void                    physio_prescription_page_set_patient  (PhysioPrescriptionPage *self,
                                                               PhysioPatient          *patient);
/* Adds the library exercise @id before the visible row @position (G_MAXUINT: at the end),
 * active in every week, with a ladder planned from its default dose. */
gboolean                physio_prescription_page_add_exercise (PhysioPrescriptionPage *self,
                                                               const char             *id,
                                                               guint                   position,
                                                               GError                **error);
/* Brings the search forward (Ctrl+F in the window). */
void                    physio_prescription_page_focus_search (PhysioPrescriptionPage *self);

/* For tests */
GtkSearchEntry         *_physio_prescription_page_get_search_entry (PhysioPrescriptionPage *self);
GtkListBox             *_physio_prescription_page_get_results      (PhysioPrescriptionPage *self);
GtkListBox             *_physio_prescription_page_get_list         (PhysioPrescriptionPage *self);
GtkListBox             *_physio_prescription_page_get_checks       (PhysioPrescriptionPage *self);
GtkLabel               *_physio_prescription_page_get_status_label (PhysioPrescriptionPage *self);
/* Takes a PhysioExercise from the library (adds it) or a PhysioPrescription (moves it), at
 * the point of the drop in the programme side's coordinates. */
GtkDropTarget          *_physio_prescription_page_get_drop_target  (PhysioPrescriptionPage *self);

G_END_DECLS
