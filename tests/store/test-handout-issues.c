/* test-handout-issues.c: issued handouts recorded with what they showed, and read back to mark
 * what changed on the next one
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "physio-database-handouts.h"
#include "physio-database-patients.h"
#include "physio-database-private.h"
#include "physio-prescription.h"
#include "store-test-util.h"

typedef struct
{
  char           *dir;
  PhysioDatabase *database;
  gint64          programme_id;
} Fixture;

/* A saved 6-week programme of a walk and a bird dog. */
static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  static const char * const ids[] = { "AER-01", "COR-08" };
  g_autoptr(PhysioProgramme) programme = physio_programme_new ();
  g_autoptr(GError) error = NULL;
  GDate start = store_test_date (1, G_DATE_JUNE, 2026);

  fixture->database = store_test_fixture_open (&fixture->dir);
  physio_programme_set_patient_id (programme,
                                   store_test_add_patient (fixture->database, "Ana Moreno"));
  physio_programme_set_start_date (programme, &start);
  physio_programme_set_weeks (programme, 6);
  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      g_autoptr(PhysioExercise) exercise = physio_database_get_exercise (fixture->database,
                                                                         ids[i], &error);
      g_autoptr(PhysioPrescription) prescription = NULL;

      g_assert_no_error (error);
      prescription = physio_prescription_new (exercise);
      physio_prescription_set_weeks (prescription, 1, 6);
      physio_programme_add_prescription (programme, prescription);
    }
  g_assert_true (physio_database_save_programme (fixture->database, programme, &error));
  g_assert_no_error (error);
  fixture->programme_id = physio_programme_get_id (programme);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  store_test_fixture_close (&fixture->dir, &fixture->database);
}

static PhysioProgramme *
reread (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  PhysioProgramme *programme = physio_database_get_programme (fixture->database,
                                                              fixture->programme_id, &error);

  g_assert_no_error (error);
  return programme;
}

static gint64
record (Fixture    *fixture,
        guint       issue_week,
        const char *paper)
{
  g_autoptr(PhysioProgramme) programme = reread (fixture);
  g_autoptr(PhysioHandoutSnapshot) content = physio_handout_snapshot_of_programme (programme,
                                                                                   issue_week);
  g_autoptr(GError) error = NULL;
  gint64 id;

  id = physio_database_record_handout_issue (fixture->database, fixture->programme_id, content,
                                             "en", paper, TRUE, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

/* No handout yet is no error and no issue; the last of two is the second, with every weekly
 * dose of every exercise as the programme had them. */
static void
test_record_and_read (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(PhysioHandoutIssue) none = NULL;
  g_autoptr(PhysioHandoutIssue) last = NULL;
  g_autoptr(PhysioProgramme) programme = reread (fixture);
  g_autoptr(GError) error = NULL;
  gint64 second;

  g_assert_true (physio_database_get_last_handout_issue (fixture->database,
                                                         fixture->programme_id, &none, &error));
  g_assert_no_error (error);
  g_assert_null (none);

  record (fixture, 1, "a4");
  second = record (fixture, 2, "letter");
  g_assert_true (physio_database_get_last_handout_issue (fixture->database,
                                                         fixture->programme_id, &last, &error));
  g_assert_no_error (error);
  g_assert_nonnull (last);
  g_assert_cmpint (last->id, ==, second);
  g_assert_cmpstr (last->paper, ==, "letter");
  g_assert_cmpstr (last->language, ==, "en");
  g_assert_true (last->large_print);
  g_assert_nonnull (last->issued_at);
  g_assert_cmpuint (last->content->issue_week, ==, 2);
  g_assert_cmpuint (last->content->items->len, ==, 2);
  for (guint i = 0; i < 2; i++)
    {
      PhysioPrescription *p = physio_programme_get_prescription (programme, i);
      const PhysioHandoutItem *item = last->content->items->pdata[i];

      g_assert_cmpstr (item->exercise_id, ==, physio_prescription_get_exercise_id (p));
      g_assert_cmpint (item->prescription_id, ==, physio_prescription_get_id (p));
      g_assert_cmpint (item->dosage_kind, ==, physio_prescription_get_dosage_kind (p));
      g_assert_cmpuint (item->week_from, ==, 1);
      g_assert_cmpuint (item->week_to, ==, 6);
      for (guint w = 1; w <= 6; w++)
        g_assert_true (physio_dose_equal (physio_handout_item_get_dose (item, w),
                                          physio_prescription_get_dose_for_week (p, w)));
    }
}

/* The whole path: issue, make week 4 on harder, compare the programme with what was stored. */
static void
test_changes_against_stored (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(PhysioProgramme) programme = NULL;
  g_autoptr(PhysioHandoutIssue) last = NULL;
  g_autoptr(PhysioHandoutSnapshot) now = NULL;
  g_autoptr(GArray) changes = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(PhysioDose) dose = PHYSIO_DOSE_INIT;
  PhysioPrescription *walk;

  record (fixture, 1, "a4");
  programme = reread (fixture);
  walk = physio_programme_get_prescription (programme, 0);
  physio_dose_copy_into (&dose, physio_prescription_get_dose_for_week (walk, 4));
  dose.duration_s += 5 * 60;
  physio_prescription_set_planned (walk, 3, &dose);
  g_assert_true (physio_database_save_programme (fixture->database, programme, &error));
  g_assert_no_error (error);

  g_clear_object (&programme);
  programme = reread (fixture);
  g_assert_true (physio_database_get_last_handout_issue (fixture->database,
                                                         fixture->programme_id, &last, &error));
  now = physio_handout_snapshot_of_programme (programme, 2);
  changes = physio_handout_changes (now, last->content);
  g_assert_cmpint (g_array_index (changes, PhysioHandoutChange, 0), ==, PHYSIO_HANDOUT_HARDER);
  g_assert_cmpint (g_array_index (changes, PhysioHandoutChange, 1), ==, PHYSIO_HANDOUT_SAME);
}

/* Bad paper, no language, no such programme: refused, nothing written. A programme deleted on
 * purpose takes its issues with it. */
static void
test_refused_and_deleted (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(PhysioProgramme) programme = reread (fixture);
  g_autoptr(PhysioHandoutSnapshot) content = physio_handout_snapshot_of_programme (programme, 1);
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (physio_database_record_handout_issue (fixture->database,
                                                         fixture->programme_id, content, "en",
                                                         "a5", FALSE, &error), ==, 0);
  g_assert_error (error, PHYSIO_DATABASE_ERROR, PHYSIO_DATABASE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (physio_database_record_handout_issue (fixture->database,
                                                         fixture->programme_id, content, "",
                                                         "a4", FALSE, &error), ==, 0);
  g_assert_error (error, PHYSIO_DATABASE_ERROR, PHYSIO_DATABASE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (physio_database_record_handout_issue (fixture->database, 4242, content, "en",
                                                         "a4", FALSE, &error), ==, 0);
  g_assert_error (error, PHYSIO_DATABASE_ERROR, PHYSIO_DATABASE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_cmpuint (store_test_count_rows (fixture->database, "handout_issue"), ==, 0);

  record (fixture, 1, "a4");
  g_assert_cmpuint (store_test_count_rows (fixture->database, "handout_issue"), ==, 1);
  g_assert_true (physio_database_delete_programme (fixture->database, fixture->programme_id,
                                                   &error));
  g_assert_no_error (error);
  g_assert_cmpuint (store_test_count_rows (fixture->database, "handout_issue"), ==, 0);
}

/* A stored snapshot of the wrong shape is an error the caller can read, never a crash. */
static void
test_damaged_snapshot (Fixture       *fixture,
                       gconstpointer  data)
{
  static const char * const damaged[] = {
    "{\"format\": 2, \"issue_week\": 1, \"exercises\": []}",
    "{\"format\": 1, \"issue_week\": 1, \"exercises\": [{\"exercise_id\": \"AER-01\"}]}",
    "{\"format\": 1, \"issue_week\": 1, \"exercises\": [{\"exercise_id\": \"AER-01\", "
    "\"exercise_version\": 1, \"dosage_kind\": \"duration\", \"laterality\": \"bilateral\", "
    "\"week_from\": 2, \"week_to\": 3, \"weeks\": [{}]}]}",
    "[1, 2]",
  };

  for (guint i = 0; i < G_N_ELEMENTS (damaged); i++)
    {
      g_autoptr(PhysioHandoutIssue) last = NULL;
      g_autoptr(GError) error = NULL;
      char *sql;

      record (fixture, 1, "a4");
      sql = sqlite3_mprintf ("UPDATE handout_issue SET content = %Q", damaged[i]);
      g_assert_true (_physio_database_exec (fixture->database, sql, &error));
      sqlite3_free (sql);
      g_assert_false (physio_database_get_last_handout_issue (fixture->database,
                                                              fixture->programme_id, &last,
                                                              &error));
      g_assert_error (error, PHYSIO_DATABASE_ERROR, PHYSIO_DATABASE_ERROR_LIBRARY);
      g_assert_null (last);
    }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/handout-issues/record-and-read", test_record_and_read);
  ADD ("/handout-issues/changes-against-stored", test_changes_against_stored);
  ADD ("/handout-issues/refused-and-deleted", test_refused_and_deleted);
  ADD ("/handout-issues/damaged-snapshot", test_damaged_snapshot);
#undef ADD

  return g_test_run ();
}
