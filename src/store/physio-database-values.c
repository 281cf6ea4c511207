/* physio-database-values.c: conversions between objects and columns shared by the store files
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "physio-store"

#include "config.h"

#include <stdio.h>
#include <string.h>

#include "physio-database-private.h"

/* A key that orders names case- and accent-insensitively ("Émile" beside "emu") and the same
 * way in every locale, so the stored order never goes stale when the user's locale changes.
 * Patient search matches against the same folding, so "jose" finds "José". */
char *
_physio_fold_text (const char *text)
{
  g_autofree char *decomposed = NULL;
  g_autoptr(GString) base = g_string_new (NULL);

  if (text == NULL)
    return g_strdup ("");

  decomposed = g_utf8_normalize (text, -1, G_NORMALIZE_ALL);
  for (const char *p = decomposed; p != NULL && *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      GUnicodeType type = g_unichar_type (c);

      if (type != G_UNICODE_NON_SPACING_MARK && type != G_UNICODE_SPACING_MARK &&
          type != G_UNICODE_ENCLOSING_MARK)
        g_string_append_unichar (base, c);
    }

  return g_utf8_casefold (base->str, -1);
}

char *
_physio_date_to_iso (const GDate *date)
{
  if (date == NULL || !g_date_valid (date))
    return NULL;

  return g_strdup_printf ("%04u-%02u-%02u", g_date_get_year (date), g_date_get_month (date),
                          g_date_get_day (date));
}

gboolean
_physio_date_from_iso (const char *text,
                       GDate      *date)
{
  unsigned int year, month, day;
  char rest;

  g_assert (date != NULL);

  g_date_clear (date, 1);
  if (text == NULL || *text == '\0')
    return TRUE;

  /* Exactly YYYY-MM-DD: the store writes nothing else, so anything else is damage. */
  if (sscanf (text, "%4u-%2u-%2u%c", &year, &month, &day, &rest) != 3 ||
      strlen (text) != 10 ||
      !g_date_valid_dmy (day, month, year))
    return FALSE;

  g_date_set_dmy (date, day, month, year);
  return TRUE;
}

char *
_physio_date_format (const GDate *date,
                     gboolean     with_year)
{
  char buffer[64];

  g_assert (date != NULL && g_date_valid (date));

  if (g_date_strftime (buffer, sizeof buffer, with_year ? "%-d %B %Y" : "%-d %B", date) == 0)
    return _physio_date_to_iso (date);

  return g_strdup (buffer);
}

void
_physio_date_today (GDate *today)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  g_assert (today != NULL);

  g_date_clear (today, 1);
  g_date_set_dmy (today, g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                  g_date_time_get_year (now));
}

void
_physio_bind_text_or_null (sqlite3_stmt *stmt,
                           int           column,
                           const char   *text)
{
  if (text == NULL || *text == '\0')
    sqlite3_bind_null (stmt, column);
  else
    sqlite3_bind_text (stmt, column, text, -1, SQLITE_TRANSIENT);
}

void
_physio_bind_date (sqlite3_stmt *stmt,
                   int           column,
                   const GDate  *date)
{
  g_autofree char *iso = _physio_date_to_iso (date);

  _physio_bind_text_or_null (stmt, column, iso);
}

const char *
_physio_column_text (sqlite3_stmt *stmt,
                     int           column)
{
  return (const char *) sqlite3_column_text (stmt, column);
}

gboolean
_physio_database_step_done (PhysioDatabase  *self,
                            sqlite3_stmt    *stmt,
                            GError         **error)
{
  int rc = sqlite3_step (stmt);

  if (rc != SQLITE_DONE && rc != SQLITE_ROW)
    return _physio_database_set_error (self, rc, error);

  return TRUE;
}

gboolean
_physio_database_set_invalid (GError     **error,
                              const char  *message)
{
  g_set_error_literal (error, PHYSIO_DATABASE_ERROR, PHYSIO_DATABASE_ERROR_INVALID, message);
  return FALSE;
}

gboolean
_physio_database_collect_ids (PhysioDatabase  *self,
                              sqlite3_stmt    *stmt,
                              GArray          *ids,
                              GError         **error)
{
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (ids, id);
    }
  if (rc != SQLITE_DONE)
    return _physio_database_set_error (self, rc, error);

  return TRUE;
}

gboolean
_physio_database_run_with_id (PhysioDatabase  *self,
                              const char      *sql,
                              gint64           id,
                              GError         **error)
{
  g_auto(PhysioStatement) stmt = _physio_database_prepare (self, sql, error);

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, id);
  return _physio_database_step_done (self, stmt, error);
}

gboolean
_physio_database_query_int (PhysioDatabase  *self,
                            const char      *sql,
                            gint64           id,
                            gint64          *value,
                            GError         **error)
{
  g_auto(PhysioStatement) stmt = _physio_database_prepare (self, sql, error);
  int rc;

  g_assert (value != NULL);

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    *value = sqlite3_column_int64 (stmt, 0);
  else if (rc == SQLITE_DONE)
    *value = 0;
  else
    return _physio_database_set_error (self, rc, error);

  return TRUE;
}
