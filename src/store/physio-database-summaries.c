/* physio-database-summaries.c: light programme summaries for lists, one query each
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "physio-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "physio-database-private.h"
#include "physio-database-summaries.h"

/* The columns a list shows, and the prescriptions still in the plan counted by SQLite: no
 * exercise snapshot is read, so a summary costs the same for 3 exercises as for 45. */
#define SUMMARY_SQL \
  "SELECT p.id, p.patient_id, p.title, p.start_date, p.weeks, p.status, " \
  "       (SELECT count(*) FROM prescription r " \
  "         WHERE r.programme_id = p.id AND r.removed = 0) " \
  "  FROM programme p "

static PhysioProgrammeSummary *
read_summary (PhysioDatabase  *self,
              sqlite3_stmt    *stmt,
              GError         **error)
{
  g_autoptr(PhysioProgrammeSummary) summary = NULL;
  gint64 id = sqlite3_column_int64 (stmt, 0);
  PhysioProgrammeStatus status;
  GDate start;

  if (!_physio_date_from_iso (_physio_column_text (stmt, 3), &start) ||
      !physio_programme_status_from_code (_physio_column_text (stmt, 5), &status))
    {
      g_set_error (error, PHYSIO_DATABASE_ERROR, PHYSIO_DATABASE_ERROR_FAILED,
                   _("The programme %lld in “%s” cannot be read: its dates or status are "
                     "not readable."), (long long) id, physio_database_get_path (self));
      return NULL;
    }

  summary = physio_programme_summary_new (id);
  physio_programme_summary_set_patient_id (summary, sqlite3_column_int64 (stmt, 1));
  physio_programme_summary_set_title (summary, _physio_column_text (stmt, 2));
  physio_programme_summary_set_start_date (summary, &start);
  physio_programme_summary_set_weeks (summary, sqlite3_column_int (stmt, 4));
  physio_programme_summary_set_status (summary, status);
  physio_programme_summary_set_n_prescriptions (summary, sqlite3_column_int (stmt, 6));

  return g_steal_pointer (&summary);
}

GListModel *
physio_database_list_programme_summaries (PhysioDatabase  *self,
                                          gint64           patient_id,
                                          GError         **error)
{
  g_autoptr(GListStore) store = NULL;
  g_autoptr(GPtrArray) items = NULL;
  g_auto(PhysioStatement) stmt = NULL;
  int rc;

  g_return_val_if_fail (PHYSIO_IS_DATABASE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  /* Ids only grow (AUTOINCREMENT), so the highest is the newest. */
  stmt = _physio_database_prepare (self, SUMMARY_SQL "WHERE p.patient_id = ? ORDER BY p.id DESC",
                                   error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, patient_id);

  items = g_ptr_array_new_with_free_func (g_object_unref);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      PhysioProgrammeSummary *summary = read_summary (self, stmt, error);

      if (summary == NULL)
        return NULL;
      g_ptr_array_add (items, summary);
    }
  if (rc != SQLITE_DONE)
    {
      _physio_database_set_error (self, rc, error);
      return NULL;
    }

  /* One splice: a view bound to the store sees one items-changed, not one per programme. */
  store = g_list_store_new (PHYSIO_TYPE_PROGRAMME_SUMMARY);
  g_list_store_splice (store, 0, 0, items->pdata, items->len);

  return G_LIST_MODEL (g_steal_pointer (&store));
}

PhysioProgrammeSummary *
physio_database_get_programme_summary (PhysioDatabase  *self,
                                       gint64           programme_id,
                                       GError         **error)
{
  g_auto(PhysioStatement) stmt = NULL;
  int rc;

  g_return_val_if_fail (PHYSIO_IS_DATABASE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stmt = _physio_database_prepare (self, SUMMARY_SQL "WHERE p.id = ?", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, programme_id);

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_DONE)
    {
      g_set_error (error, PHYSIO_DATABASE_ERROR, PHYSIO_DATABASE_ERROR_NOT_FOUND,
                   _("There is no programme %lld; it may have been deleted."),
                   (long long) programme_id);
      return NULL;
    }
  if (rc != SQLITE_ROW)
    {
      _physio_database_set_error (self, rc, error);
      return NULL;
    }

  return read_summary (self, stmt, error);
}
