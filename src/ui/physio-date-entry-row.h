/* physio-date-entry-row.h: a row where a date is typed or picked from a calendar
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define PHYSIO_TYPE_DATE_ENTRY_ROW (physio_date_entry_row_get_type ())

G_DECLARE_FINAL_TYPE (PhysioDateEntryRow, physio_date_entry_row, PHYSIO, DATE_ENTRY_ROW,
                      AdwEntryRow)

/* The text is the date in the locale's words ("4 May 2026"); the clinician may type any
 * form g_date_set_parse () reads ("4/5/2026", "2026-05-04") or pick a day from the calendar
 * button. The row's GtkEditable "changed" signal reports both; "date-picked" is emitted in
 * addition when the calendar chose the day, so callers can save at once instead of waiting
 * for typing to settle. */
GtkWidget  *physio_date_entry_row_new       (void);
/* An invalid @date (or NULL) empties the row. */
void        physio_date_entry_row_set_date  (PhysioDateEntryRow *self,
                                             const GDate        *date);
/* Reads the text: TRUE with a valid @date for a date, TRUE with an invalid (cleared) @date
 * for an empty row, FALSE when the text is not a date. */
gboolean    physio_date_entry_row_get_date  (PhysioDateEntryRow *self,
                                             GDate              *date);

/* Today's date in local time. */
void        physio_date_today               (GDate              *date);
/* "4 May 2026", or NULL for an invalid date; free with g_free (). */
char       *physio_date_format              (const GDate        *date);
/* Reads "2026-05-04" or anything g_date_set_parse () understands; FALSE if it is no date. */
gboolean    physio_date_parse               (const char         *text,
                                             GDate              *date);

G_END_DECLS
