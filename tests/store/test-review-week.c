/* test-review-week.c: one week's review read from the store once
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <sqlite3.h>

#include "physio-database-patients.h"
#include "physio-database-private.h"
#include "physio-database-review.h"
#include "store-test-util.h"

typedef struct
{
  guint n_diary;
  guint n_logs;
} Counts;

static int
count_statement_cb (unsigned int  type,
                    void         *data,
                    void         *statement,
                    void         *sql)
{
  Counts *counts = data;

  if (strstr (sql, "FROM diary") != NULL)
    counts->n_diary++;
  if (strstr (sql, "FROM session_log") != NULL)
    counts->n_logs++;
  return 0;
}

static void
test_read_once (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(PhysioDatabase) database = store_test_fixture_open (&dir);
  gint64 patient_id = store_test_add_patient (database, "Ana Moreno");
  g_autoptr(PhysioProgramme) programme = physio_programme_new ();
  g_autoptr(PhysioReviewWeek) week = NULL;
  g_autoptr(GArray) items = NULL;
  g_autoptr(GError) error = NULL;
  const char * const ids[] = { "AER-02", "MOB-06", "HIN-01" };
  GDate start = store_test_date (1, G_DATE_JUNE, 2026);
  sqlite3 *db = _physio_database_get_sqlite (database);
  Counts counts = { 0 };

  physio_programme_set_patient_id (programme, patient_id);
  physio_programme_set_start_date (programme, &start);
  physio_programme_set_weeks (programme, 6);
  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      g_autoptr(PhysioExercise) exercise = physio_database_get_exercise (database, ids[i],
                                                                         &error);
      g_autoptr(PhysioPrescription) prescription = NULL;

      g_assert_no_error (error);
      prescription = physio_prescription_new (exercise);
      physio_programme_add_prescription (programme, prescription);
    }
  physio_database_save_programme (database, programme, &error);
  g_assert_no_error (error);

  for (guint day = 1; day <= 5; day++)
    {
      PhysioSessionLog log = { .completed_fraction = 1.0, .pain_during_max = 2, .rpe = 3 };
      PhysioDiaryEntry entry = { .morning_pain = 2, .red_flag = FALSE };

      log.date = store_test_date (day, G_DATE_JUNE, 2026);
      physio_database_add_session_log (database,
                                       physio_prescription_get_id (
                                         physio_programme_get_prescription (programme, 0)),
                                       &log, NULL, &error);
      g_assert_no_error (error);
      entry.date = log.date;
      physio_database_save_diary_entry (database, patient_id, &entry, &error);
      g_assert_no_error (error);
    }

  sqlite3_trace_v2 (db, SQLITE_TRACE_STMT, count_statement_cb, &counts);
  week = physio_database_review_week (database, programme, &start, &error);
  sqlite3_trace_v2 (db, 0, NULL, NULL);
  g_assert_no_error (error);

  /* The diary once, and each prescription's logs once. */
  g_assert_cmpuint (counts.n_diary, ==, 1);
  g_assert_cmpuint (counts.n_logs, ==, G_N_ELEMENTS (ids));

  /* The same proposals as the one-call review, and the engine's own figures. */
  items = physio_database_review_programme (database, programme, &start, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (week->items->len, ==, items->len);
  g_assert_cmpuint (week->figures->len, ==, items->len);
  for (guint i = 0; i < items->len; i++)
    {
      const PhysioReviewItem *a = &g_array_index (items, PhysioReviewItem, i);
      const PhysioReviewItem *b = &g_array_index (week->items, PhysioReviewItem, i);
      const PhysioReviewFigures *figures = &g_array_index (week->figures, PhysioReviewFigures, i);

      g_assert_true (a->prescription == b->prescription);
      g_assert_cmpint (a->proposal.decision, ==, b->proposal.decision);
      g_assert_cmpfloat_with_epsilon (a->proposal.adherence, b->proposal.adherence, 1e-9);
      if (figures->prescribed > 0)
        g_assert_cmpfloat_with_epsilon (figures->done / figures->prescribed,
                                        b->proposal.adherence, 1e-9);
    }
  g_assert_cmpuint (week->n_logs, ==, 5);
  g_assert_cmpfloat_with_epsilon (week->done, 5, 1e-9);

  g_clear_pointer (&week, physio_review_week_free);
  g_clear_pointer (&items, g_array_unref);
  g_clear_object (&programme);
  store_test_fixture_close (&dir, &database);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/review-week/read-once", test_read_once);

  return g_test_run ();
}
