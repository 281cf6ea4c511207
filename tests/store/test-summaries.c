/* test-summaries.c: the light programme summaries a patient page lists
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <sqlite3.h>

#include "physio-database-patients.h"
#include "physio-database-private.h"
#include "physio-database-summaries.h"
#include "store-test-util.h"

typedef struct
{
  char           *dir;
  PhysioDatabase *database;
  gint64          patient_id;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->database = store_test_fixture_open (&fixture->dir);
  fixture->patient_id = store_test_add_patient (fixture->database, "Ana Moreno");
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  store_test_fixture_close (&fixture->dir, &fixture->database);
}

static void
prescribe (Fixture         *fixture,
           PhysioProgramme *programme,
           const char      *exercise_id)
{
  g_autoptr(PhysioExercise) exercise = NULL;
  g_autoptr(PhysioPrescription) prescription = NULL;
  g_autoptr(GError) error = NULL;

  exercise = physio_database_get_exercise (fixture->database, exercise_id, &error);
  g_assert_no_error (error);
  prescription = physio_prescription_new (exercise);
  physio_programme_add_prescription (programme, prescription);
}

static PhysioProgramme *
save_programme (Fixture               *fixture,
                gint64                 patient_id,
                const char            *title,
                const GDate           *start,
                guint                  weeks,
                PhysioProgrammeStatus  status)
{
  PhysioProgramme *programme = physio_programme_new ();
  g_autoptr(GError) error = NULL;

  physio_programme_set_patient_id (programme, patient_id);
  physio_programme_set_title (programme, title);
  if (start != NULL)
    physio_programme_set_start_date (programme, start);
  physio_programme_set_weeks (programme, weeks);
  physio_programme_set_status (programme, status);
  prescribe (fixture, programme, "AER-02");
  prescribe (fixture, programme, "MOB-06");
  prescribe (fixture, programme, "HIN-01");
  physio_database_save_programme (fixture->database, programme, &error);
  g_assert_no_error (error);

  return programme;
}

static PhysioProgrammeSummary *
summary_at (GListModel *model,
            guint       position)
{
  g_autoptr(PhysioProgrammeSummary) summary = g_list_model_get_item (model, position);

  /* The model keeps its own reference. */
  return summary;
}

static int
count_statement_cb (unsigned int  type,
                    void         *data,
                    void         *statement,
                    void         *sql)
{
  (*(guint *) data)++;
  return 0;
}

static void
test_fields (Fixture       *fixture,
             gconstpointer  data)
{
  GDate start = store_test_date (1, G_DATE_JUNE, 2026);
  GDate later = store_test_date (3, G_DATE_AUGUST, 2026);
  g_autoptr(PhysioProgramme) first = NULL;
  g_autoptr(PhysioProgramme) second = NULL;
  g_autoptr(PhysioProgramme) theirs = NULL;
  g_autoptr(GListModel) model = NULL;
  g_autoptr(GError) error = NULL;
  gint64 other = store_test_add_patient (fixture->database, "Ben Other");
  PhysioProgrammeSummary *summary;
  GDate day;

  first = save_programme (fixture, fixture->patient_id, "Back to the garden", &start, 6,
                          PHYSIO_PROGRAMME_ACTIVE);
  second = save_programme (fixture, fixture->patient_id, "Knee, second block", &later, 4,
                           PHYSIO_PROGRAMME_DRAFT);
  theirs = save_programme (fixture, other, "Someone else's", &start, 8,
                           PHYSIO_PROGRAMME_ACTIVE);

  /* One removed prescription is not counted: it is not part of the plan any more. */
  physio_prescription_set_removed (physio_programme_get_prescription (first, 1), TRUE);
  physio_database_save_programme (fixture->database, first, &error);
  g_assert_no_error (error);

  model = physio_database_list_programme_summaries (fixture->database, fixture->patient_id,
                                                    &error);
  g_assert_no_error (error);
  g_assert_true (g_list_model_get_item_type (model) == PHYSIO_TYPE_PROGRAMME_SUMMARY);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 2);

  /* Newest first, as the full list orders them. */
  summary = summary_at (model, 0);
  g_assert_cmpint (physio_programme_summary_get_id (summary), ==,
                   physio_programme_get_id (second));
  g_assert_cmpint (physio_programme_summary_get_patient_id (summary), ==, fixture->patient_id);
  g_assert_cmpstr (physio_programme_summary_get_title (summary), ==, "Knee, second block");
  g_assert_cmpint (physio_programme_summary_get_status (summary), ==, PHYSIO_PROGRAMME_DRAFT);
  g_assert_cmpint (g_date_compare (physio_programme_summary_get_start_date (summary), &later),
                   ==, 0);
  g_assert_cmpuint (physio_programme_summary_get_weeks (summary), ==, 4);
  g_assert_cmpuint (physio_programme_summary_get_n_prescriptions (summary), ==, 3);

  summary = summary_at (model, 1);
  g_assert_cmpint (physio_programme_summary_get_id (summary), ==,
                   physio_programme_get_id (first));
  g_assert_cmpstr (physio_programme_summary_get_title (summary), ==, "Back to the garden");
  g_assert_cmpint (physio_programme_summary_get_status (summary), ==, PHYSIO_PROGRAMME_ACTIVE);
  g_assert_cmpint (g_date_compare (physio_programme_summary_get_start_date (summary), &start),
                   ==, 0);
  g_assert_cmpuint (physio_programme_summary_get_weeks (summary), ==, 6);
  g_assert_cmpuint (physio_programme_summary_get_n_prescriptions (summary), ==, 2);

  /* Weeks count as the programme counts them. */
  day = store_test_date (15, G_DATE_JUNE, 2026);
  g_assert_cmpuint (physio_programme_summary_week_of (summary, &day), ==,
                    physio_programme_week_of (first, &day));
  g_assert_cmpuint (physio_programme_summary_week_of (summary, &day), ==, 3);

  /* The summary of one programme, by id, is the same. */
  {
    g_autoptr(PhysioProgrammeSummary) one = NULL;

    one = physio_database_get_programme_summary (fixture->database,
                                                 physio_programme_get_id (theirs), &error);
    g_assert_no_error (error);
    g_assert_cmpstr (physio_programme_summary_get_title (one), ==, "Someone else's");
    g_assert_cmpint (physio_programme_summary_get_patient_id (one), ==, other);
    g_assert_cmpuint (physio_programme_summary_get_n_prescriptions (one), ==, 3);
  }
}

static void
test_deleted_not_listed (Fixture       *fixture,
                         gconstpointer  data)
{
  GDate start = store_test_date (1, G_DATE_JUNE, 2026);
  g_autoptr(PhysioProgramme) kept = NULL;
  g_autoptr(PhysioProgramme) gone = NULL;
  g_autoptr(PhysioProgrammeSummary) missing = NULL;
  g_autoptr(GListModel) model = NULL;
  g_autoptr(GError) error = NULL;

  kept = save_programme (fixture, fixture->patient_id, "Kept", &start, 6,
                         PHYSIO_PROGRAMME_COMPLETED);
  gone = save_programme (fixture, fixture->patient_id, "Deleted", &start, 6,
                         PHYSIO_PROGRAMME_ACTIVE);
  physio_database_delete_programme (fixture->database, physio_programme_get_id (gone), &error);
  g_assert_no_error (error);

  model = physio_database_list_programme_summaries (fixture->database, fixture->patient_id,
                                                    &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 1);
  g_assert_cmpstr (physio_programme_summary_get_title (summary_at (model, 0)), ==, "Kept");
  /* Finished programmes stay in the record. */
  g_assert_cmpint (physio_programme_summary_get_status (summary_at (model, 0)), ==,
                   PHYSIO_PROGRAMME_COMPLETED);

  missing = physio_database_get_programme_summary (fixture->database,
                                                   physio_programme_get_id (gone), &error);
  g_assert_null (missing);
  g_assert_error (error, PHYSIO_DATABASE_ERROR, PHYSIO_DATABASE_ERROR_NOT_FOUND);
}

/* The whole point of summaries: a patient with many programmes costs one statement, not one
 * full load (and a snapshot parse per exercise) per programme. */
static void
test_one_query (Fixture       *fixture,
                gconstpointer  data)
{
  GDate start = store_test_date (1, G_DATE_JUNE, 2026);
  g_autoptr(GListModel) model = NULL;
  g_autoptr(PhysioProgrammeSummary) one = NULL;
  g_autoptr(GError) error = NULL;
  sqlite3 *db = _physio_database_get_sqlite (fixture->database);
  guint n_statements = 0;
  gint64 id = 0;

  for (guint i = 0; i < 5; i++)
    {
      g_autoptr(PhysioProgramme) programme = NULL;

      programme = save_programme (fixture, fixture->patient_id, "Block", &start, 6,
                                  PHYSIO_PROGRAMME_ACTIVE);
      id = physio_programme_get_id (programme);
    }

  sqlite3_trace_v2 (db, SQLITE_TRACE_STMT, count_statement_cb, &n_statements);
  model = physio_database_list_programme_summaries (fixture->database, fixture->patient_id,
                                                    &error);
  sqlite3_trace_v2 (db, 0, NULL, NULL);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 5);
  g_assert_cmpuint (n_statements, ==, 1);

  n_statements = 0;
  sqlite3_trace_v2 (db, SQLITE_TRACE_STMT, count_statement_cb, &n_statements);
  one = physio_database_get_programme_summary (fixture->database, id, &error);
  sqlite3_trace_v2 (db, 0, NULL, NULL);
  g_assert_no_error (error);
  g_assert_cmpuint (n_statements, ==, 1);
}

/* Updating a summary in place tells a bound row only what changed. */
static void
notify_count_cb (GObject    *object,
                 GParamSpec *pspec,
                 gpointer    user_data)
{
  g_ptr_array_add (user_data, (gpointer) g_param_spec_get_name (pspec));
}

static void
test_update_in_place (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(PhysioProgrammeSummary) shown = physio_programme_summary_new (7);
  g_autoptr(PhysioProgrammeSummary) fresh = physio_programme_summary_new (7);
  g_autoptr(GPtrArray) notified = g_ptr_array_new ();

  physio_programme_summary_set_title (shown, "Old title");
  physio_programme_summary_set_weeks (shown, 6);
  physio_programme_summary_set_title (fresh, "New title");
  physio_programme_summary_set_weeks (fresh, 6);

  g_signal_connect (shown, "notify", G_CALLBACK (notify_count_cb), notified);
  physio_programme_summary_update (shown, fresh);
  g_assert_cmpuint (notified->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (notified, 0), ==, "title");
  g_assert_cmpstr (physio_programme_summary_get_title (shown), ==, "New title");

  g_ptr_array_set_size (notified, 0);
  physio_programme_summary_update (shown, fresh);
  g_assert_cmpuint (notified->len, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/summaries/fields", Fixture, NULL,
              fixture_set_up, test_fields, fixture_tear_down);
  g_test_add ("/summaries/deleted-not-listed", Fixture, NULL,
              fixture_set_up, test_deleted_not_listed, fixture_tear_down);
  g_test_add ("/summaries/one-query", Fixture, NULL,
              fixture_set_up, test_one_query, fixture_tear_down);
  g_test_add ("/summaries/update-in-place", Fixture, NULL,
              fixture_set_up, test_update_in_place, fixture_tear_down);

  return g_test_run ();
}
