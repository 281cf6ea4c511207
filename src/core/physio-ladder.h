/* physio-ladder.h: week-by-week planned doses (brief 2.3, 4.4, 5)
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "physio-increment.h"
#include "physio-prescription.h"

G_BEGIN_DECLS

/* A ladder of @weeks doses starting at @start, each the increment (brief 4.4) of the one
 * before, as if every week were a PROGRESS; a dose at every cap repeats. Practice doses repeat
 * unchanged. Returns a GArray of PhysioDose with a clear func. */
GArray  *physio_ladder_generate        (const PhysioRuleParams       *params,
                                        PhysioDosageKind              kind,
                                        const PhysioDose             *start,
                                        const PhysioIncrementContext *context,
                                        guint                         weeks);
/* Fills the prescription's ladder for its active weeks from its current dose, and puts the
 * ladder step back to 0. Days per week stay at the prescription's days (the schedule is the
 * clinician's choice), so a bout at its longest repeats instead of adding a day. */
void     physio_prescription_generate_ladder (PhysioPrescription     *prescription,
                                              const PhysioRuleParams *params);
/* The increment context for a prescription: its exercise's limits, the distance unit, and
 * days capped at the prescription's days. Load steps and the load condition are the caller's
 * (they depend on the clinic and on the week's sessions). */
void     physio_prescription_increment_context (PhysioPrescription     *prescription,
                                                PhysioIncrementContext *context);
/* The unit distances grow and shrink by: a 25 m pool length for pool exercises, else 10 m
 * (a carry), brief 4.2. */
guint    physio_exercise_distance_unit (PhysioExercise *exercise);
/* Weeks (step numbers, 1-based, of the later week) where weekly volume rises by more than
 * @threshold (0.30) over the week before. Returns a GArray of guint. */
GArray  *physio_ladder_volume_jumps    (PhysioDosageKind  kind,
                                        const PhysioDose *doses,
                                        guint             n_doses,
                                        double            threshold);

/* The compact cell notation of brief section 5 for a ladder table, exactly as
 * data/TEMPLATE-FORMAT.md ("Cell notation") writes it: "2×10", "5×10s", "2×5×10s",
 * "6-4-2×10s", "10′" (seconds that are not whole minutes as "90″"), "3×20 m", "practise 3",
 * "6000 steps/d", "usual steps +500/d"; then " e/s" for each side, then the load as
 * " (2–4 kg per hand)" (without a text " (4 kg)" or " (light band)"), then " ×3/d" for more
 * than one session a day ("5′ ×3/d"). Days per week, rest, intensity and tempo are not part of
 * a cell. The notation is the brief's, so it is not translated. */
char    *physio_dose_format_cell       (const PhysioDose *dose,
                                        PhysioDosageKind  kind,
                                        PhysioLaterality  laterality);
/* Parses what a clinician types in a cell, forgiving about spaces, "x" or "*" for "×", "'" or
 * "min" for "′", "s" or "sec": "2x12", "5 x 10s", "6-4-2x10s", "12'", "12 min", "3x20m",
 * "+500". Everything physio_dose_format_cell () writes reads back to the same cell: " e/s" is
 * accepted and ignored (the side is the prescription's), "(…)" sets the load (everything from
 * the first "(" to the last ")", kept as typed unless it is the formatter's own "4 kg" or
 * "light band") and " ×3/d" the sessions per day (for steps only with its "×"). Fields the text does not mention keep their value from @dose (so
 * frequency and load survive an edit). On error @dose is unchanged and the message says what
 * was expected for the kind. */
gboolean physio_dose_parse_cell        (const char       *text,
                                        PhysioDosageKind  kind,
                                        PhysioDose       *dose,
                                        GError          **error);

G_END_DECLS
