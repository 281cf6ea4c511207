/* physio-patient-text.h: how a patient's dates read, and how typed ones are taken
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Birth is kept as "1961" or "1961-04-23" and shown as the year or as a date in words. */
char *physio_patient_format_birth     (const char *birth);
/* A typed birth as it is kept: "YYYY-MM-DD" for a date with the year in full, else the text
 * as typed (the core refuses what is not a birth, with its own message). */
char *physio_patient_parse_birth      (const char *text);
/* "onset 5 days ago", "onset 6 weeks ago" */
char *physio_patient_format_weeks_ago (int         days);

G_END_DECLS
