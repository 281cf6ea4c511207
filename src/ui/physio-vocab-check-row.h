/* physio-vocab-check-row.h: a multiple choice from one vocabulary, as check rows in an expander
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "physio-vocabulary.h"

G_BEGIN_DECLS

#define PHYSIO_TYPE_VOCAB_CHECK_ROW (physio_vocab_check_row_get_type ())

G_DECLARE_FINAL_TYPE (PhysioVocabCheckRow, physio_vocab_check_row, PHYSIO, VOCAB_CHECK_ROW,
                      AdwExpanderRow)

/* One check row per entry of "vocabulary"; "codes" holds the ticked codes in vocabulary order
 * and is notified on every change, by the clinician or by the setter. The subtitle sums them
 * up ("Lumbar, Trunk", or "None chosen"). When "exclusive-code" is set ("none" for equipment)
 * that entry and the others exclude each other: ticking one clears the other. */
GtkWidget          *physio_vocab_check_row_new           (PhysioVocabulary     vocab);
PhysioVocabulary    physio_vocab_check_row_get_vocabulary (PhysioVocabCheckRow *self);
const char * const *physio_vocab_check_row_get_codes     (PhysioVocabCheckRow *self);
void                physio_vocab_check_row_set_codes     (PhysioVocabCheckRow *self,
                                                          const char * const  *codes);
GtkCheckButton     *physio_vocab_check_row_get_check     (PhysioVocabCheckRow *self,
                                                          const char          *code);

G_END_DECLS
