/* physio-patient-text.c: how a patient's dates read, and how typed ones are taken
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "physio-date-entry-row.h"
#include "physio-patient-text.h"

/* Birth is kept as "1961" or "1961-04-23" and shown as the year or as a date in words. */
char *
physio_patient_format_birth (const char *birth)
{
  GDate date;

  if (birth == NULL)
    return g_strdup ("");

  if (strlen (birth) > 4 && physio_date_parse (birth, &date))
    return physio_date_format (&date);

  return g_strdup (birth);
}

/* A typed date becomes "YYYY-MM-DD" only when it spells the year in full: a two-digit year
 * in a date of birth is a guess between centuries. Anything else goes to the core as typed,
 * which refuses it with its own message. */
char *
physio_patient_parse_birth (const char *text)
{
  GDate date;
  guint run = 0;
  gboolean full_year = FALSE;

  if (text == NULL)
    return NULL;

  for (const char *p = text; *p != '\0'; p++)
    {
      run = g_ascii_isdigit (*p) ? run + 1 : 0;
      if (run == 4)
        full_year = TRUE;
    }

  if (strlen (text) > 4 && full_year && physio_date_parse (text, &date))
    {
      char iso[16];

      g_date_strftime (iso, sizeof iso, "%Y-%m-%d", &date);
      return g_strdup (iso);
    }

  return g_strdup (text);
}

char *
physio_patient_format_weeks_ago (int days)
{
  if (days < 14)
    return g_strdup_printf (ngettext ("onset %d day ago", "onset %d days ago", days), days);

  return g_strdup_printf (ngettext ("onset %d week ago", "onset %d weeks ago", days / 7),
                          days / 7);
}

