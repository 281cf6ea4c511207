/* physio-diary-cell.h: what one cell of the follow-up diary grid says, typed and written
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "physio-progression.h"

G_BEGIN_DECLS

typedef enum
{
  PHYSIO_DIARY_CELL_EMPTY,     /* nothing written: no session logged that day */
  PHYSIO_DIARY_CELL_DONE,
  PHYSIO_DIARY_CELL_PARTLY,
  PHYSIO_DIARY_CELL_NOT_DONE,
} PhysioDiaryCellStatus;

/* One exercise on one day, as the paper diary records it. */
typedef struct
{
  PhysioDiaryCellStatus status;
  guint                 amount;  /* reps, seconds or minutes actually done; 0 = not written */
  int                   rpe;     /* effort 0–10, -1 = not written (loaded exercises only) */
} PhysioDiaryCell;

#define PHYSIO_DIARY_CELL_ERROR (physio_diary_cell_error_quark ())
GQuark    physio_diary_cell_error_quark (void);

/* The grammar, case-insensitive, spaces around words free:
 *   ""                   empty (the day's sessions are cleared)
 *   "y", "1", "done", "✓" done;  "p", "partly" partly;  "n", "0", "no" not done
 *   then an optional amount: "y 12", "p 6"  (not after "not done")
 *   then an optional effort: "y 12 @7", "y @7" (only when @loaded)
 * Refusals are PHYSIO_DIARY_CELL_ERROR with a sentence for the clinician. */
gboolean  physio_diary_cell_parse   (const char            *text,
                                     gboolean               loaded,
                                     PhysioDiaryCell       *cell,
                                     GError               **error);
/* The canonical text ("y", "p 6", "y 12 @7", "n", ""), which parses back to @cell. */
char     *physio_diary_cell_format  (const PhysioDiaryCell *cell);

/* A pain score cell: "" is -1 (not logged), else a whole number 0–10. */
gboolean  physio_diary_pain_parse   (const char            *text,
                                     int                   *pain,
                                     GError               **error);

/* The session log a cell stands for on @date (FALSE for an empty cell: no log), and back:
 * a log of 1 (or more) is done, 0 is not done, anything between partly. The amount is what
 * the paper says: minutes for a DURATION exercise (the log keeps seconds), else the log's own
 * unit (reps, seconds of hold, metres, steps). */
gboolean  physio_diary_cell_to_log  (const PhysioDiaryCell *cell,
                                     PhysioDosageKind       kind,
                                     const GDate           *date,
                                     PhysioSessionLog      *log);
void      physio_diary_cell_from_log (PhysioDiaryCell       *cell,
                                      PhysioDosageKind       kind,
                                      const PhysioSessionLog *log);

G_END_DECLS
