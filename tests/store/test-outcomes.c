/* test-outcomes.c: outcome measures, licensed wording, the follow-up fields of logs and diary,
 * and the migration from schema version 3 (brief 2.5, 6)
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <math.h>
#include <string.h>

#include <sqlite3.h>

#include "physio-database-outcomes.h"
#include "physio-database-patients.h"
#include "physio-database-private.h"
#include "store-test-util.h"

#define M PHYSIO_ITEM_MISSING

typedef struct
{
  char           *dir;
  PhysioDatabase *database;
  gint64          patient_id;
  guint           n_changed;
  gint64          last_changed;
} Fixture;

static void
on_patients_changed (PhysioDatabase *database,
                     gint64          patient_id,
                     Fixture        *fixture)
{
  fixture->n_changed++;
  fixture->last_changed = patient_id;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->database = store_test_fixture_open (&fixture->dir);
  fixture->patient_id = store_test_add_patient (fixture->database, "Ana Moreno");
  g_signal_connect (fixture->database, "patients-changed", G_CALLBACK (on_patients_changed),
                    fixture);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  store_test_fixture_close (&fixture->dir, &fixture->database);
}

/* The stored total of a row, as a query would see it; NAN for NULL. */
static double
stored_total (Fixture *fixture,
              gint64   id,
              gboolean *valid)
{
  sqlite3 *db = _physio_database_get_sqlite (fixture->database);
  sqlite3_stmt *stmt = NULL;
  double total = NAN;

  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT total, valid FROM measure WHERE id = ?", -1,
                                       &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_int64 (stmt, 1, id);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  if (sqlite3_column_type (stmt, 0) != SQLITE_NULL)
    total = sqlite3_column_double (stmt, 0);
  *valid = sqlite3_column_int (stmt, 1) != 0;
  sqlite3_finalize (stmt);
  return total;
}

static void
make_form (PhysioOutcomeForm *form,
           PhysioInstrument   instrument,
           gint64             patient_id,
           guint              day)
{
  physio_outcome_form_init (form, instrument);
  form->patient_id = patient_id;
  form->date = store_test_date (day, G_DATE_JUNE, 2026);
}

static void
test_round_trip (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GArray) saved = g_array_new (FALSE, TRUE, sizeof (PhysioOutcomeForm));
  g_autoptr(GArray) listed = NULL;
  g_autoptr(GError) error = NULL;
  PhysioOutcomeForm form;

  g_array_set_clear_func (saved, (GDestroyNotify) physio_outcome_form_clear);

  /* Entered out of date order: listed by date. */
  make_form (&form, PHYSIO_INSTRUMENT_ODI, fixture->patient_id, 15);
  for (guint i = 0; i < PHYSIO_ODI_SECTIONS; i++)
    form.items[i] = PHYSIO_ODI_TICK (2);
  form.items[2] = PHYSIO_ODI_TICK (1) | PHYSIO_ODI_TICK (4);     /* two ticks, kept as such */
  form.items[7] = M;                                             /* sex life left out */
  g_array_append_val (saved, form);

  make_form (&form, PHYSIO_INSTRUMENT_NPRS, fixture->patient_id, 1);
  form.recall = PHYSIO_RECALL_ON_RISING;
  form.items[0] = 6;
  g_array_append_val (saved, form);

  make_form (&form, PHYSIO_INSTRUMENT_RMDQ, fixture->patient_id, 2);
  for (guint i = 0; i < PHYSIO_RMDQ_ITEMS; i++)
    form.items[i] = i < 9 ? PHYSIO_RMDQ_YES : PHYSIO_RMDQ_NO;
  form.items[20] = PHYSIO_RMDQ_NOT_APPLICABLE;
  form.items[21] = M;
  form.items[22] = M;
  form.items[23] = M;
  form.version = g_strdup ("24");
  g_array_append_val (saved, form);

  make_form (&form, PHYSIO_INSTRUMENT_PSFS, fixture->patient_id, 3);
  physio_outcome_form_add_activity (&form, "Bending to load the dishwasher", 3);
  physio_outcome_form_add_activity (&form, "Lifting “Léa”, my granddaughter", 2);
  physio_outcome_form_add_activity (&form, "Gardening for an hour", 6);
  g_array_append_val (saved, form);

  make_form (&form, PHYSIO_INSTRUMENT_SBST, fixture->patient_id, 4);
  {
    const int items[] = { 1, 0, 1, 0, 1, 1, 1, 0, 3 };

    memcpy (form.items, items, sizeof items);
  }
  g_array_append_val (saved, form);

  /* An ODI with three sections missing is kept, invalid, with its reason. */
  make_form (&form, PHYSIO_INSTRUMENT_ODI, fixture->patient_id, 16);
  for (guint i = 0; i < PHYSIO_ODI_SECTIONS; i++)
    form.items[i] = i < 7 ? PHYSIO_ODI_TICK (1) : M;
  g_array_append_val (saved, form);

  for (guint i = 0; i < saved->len; i++)
    {
      PhysioOutcomeForm *f = &g_array_index (saved, PhysioOutcomeForm, i);
      PhysioOutcomeScore score;
      gboolean valid;
      double total;

      g_assert_true (physio_database_save_outcome (fixture->database, f, &error));
      g_assert_no_error (error);
      g_assert_cmpint (f->id, >, 0);

      physio_outcome_score (f, NULL, &score);
      total = stored_total (fixture, f->id, &valid);
      g_assert_cmpint (valid, ==, score.valid);
      g_assert_cmpfloat_with_epsilon (total, score.total, 1e-9);
      physio_outcome_score_clear (&score);
    }
  g_assert_cmpuint (fixture->n_changed, ==, saved->len);
  g_assert_cmpint (fixture->last_changed, ==, fixture->patient_id);

  listed = physio_database_list_outcomes (fixture->database, fixture->patient_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (listed->len, ==, saved->len);

  for (guint i = 0; i < listed->len; i++)
    {
      const PhysioOutcomeForm *back = &g_array_index (listed, PhysioOutcomeForm, i);
      const PhysioOutcomeForm *original = NULL;
      PhysioOutcomeScore a, b;

      for (guint k = 0; k < saved->len; k++)
        if (g_array_index (saved, PhysioOutcomeForm, k).id == back->id)
          original = &g_array_index (saved, PhysioOutcomeForm, k);
      g_assert_nonnull (original);

      if (i > 0)
        g_assert_cmpint (g_date_compare (&g_array_index (listed, PhysioOutcomeForm, i - 1).date,
                                         &back->date), <=, 0);
      g_assert_cmpint (back->instrument, ==, original->instrument);
      g_assert_cmpint (back->patient_id, ==, fixture->patient_id);
      g_assert_cmpint (g_date_compare (&back->date, &original->date), ==, 0);
      g_assert_cmpint (back->recall, ==, original->recall);
      g_assert_cmpstr (back->version, ==, physio_instrument_version (back->instrument));
      g_assert_cmpuint (back->n_items, ==, original->n_items);
      g_assert_cmpmem (back->items, back->n_items * sizeof (int),
                       original->items, original->n_items * sizeof (int));
      for (guint k = 0; k < PHYSIO_PSFS_MAX_ACTIVITIES; k++)
        g_assert_cmpstr (back->activities[k], ==, original->activities[k]);

      /* The items are the truth: scoring them again gives the same. */
      physio_outcome_score (back, NULL, &a);
      physio_outcome_score (original, NULL, &b);
      g_assert_cmpint (a.valid, ==, b.valid);
      g_assert_cmpfloat (a.total, ==, b.total);
      g_assert_cmpint (a.risk, ==, b.risk);
      physio_outcome_score_clear (&a);
      physio_outcome_score_clear (&b);
    }
}

static void
test_refused_and_removed (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) listed = NULL;
  PhysioOutcomeForm form;
  gint64 id;
  guint n_changed;

  /* NPRS without its recall period: refused, nothing written. */
  make_form (&form, PHYSIO_INSTRUMENT_NPRS, fixture->patient_id, 1);
  form.items[0] = 4;
  g_assert_false (physio_database_save_outcome (fixture->database, &form, &error));
  g_assert_error (error, PHYSIO_DATABASE_ERROR, PHYSIO_DATABASE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "refers to"));
  g_clear_error (&error);
  g_assert_cmpuint (store_test_count_rows (fixture->database, "measure"), ==, 0);
  g_assert_cmpuint (fixture->n_changed, ==, 0);

  /* An unknown patient. */
  form.recall = PHYSIO_RECALL_NOW;
  form.patient_id = 4242;
  g_assert_false (physio_database_save_outcome (fixture->database, &form, &error));
  g_assert_error (error, PHYSIO_DATABASE_ERROR, PHYSIO_DATABASE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* Saved, corrected in place (same row), then deleted. */
  form.patient_id = fixture->patient_id;
  g_assert_true (physio_database_save_outcome (fixture->database, &form, &error));
  id = form.id;
  form.items[0] = 3;
  g_assert_true (physio_database_save_outcome (fixture->database, &form, &error));
  g_assert_no_error (error);
  g_assert_cmpint (form.id, ==, id);
  g_assert_cmpuint (store_test_count_rows (fixture->database, "measure"), ==, 1);
  listed = physio_database_list_outcomes (fixture->database, fixture->patient_id, &error);
  g_assert_cmpint (g_array_index (listed, PhysioOutcomeForm, 0).items[0], ==, 3);

  n_changed = fixture->n_changed;
  g_assert_true (physio_database_delete_outcome (fixture->database, id, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (fixture->n_changed, ==, n_changed + 1);
  g_assert_cmpuint (store_test_count_rows (fixture->database, "measure"), ==, 0);
  g_assert_false (physio_database_delete_outcome (fixture->database, id, &error));
  g_assert_error (error, PHYSIO_DATABASE_ERROR, PHYSIO_DATABASE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* Saving a deleted form by its id is NOT_FOUND, not a new row. */
  g_assert_false (physio_database_save_outcome (fixture->database, &form, &error));
  g_assert_error (error, PHYSIO_DATABASE_ERROR, PHYSIO_DATABASE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* Deleting the patient takes their measures with them. */
  form.id = 0;
  g_assert_true (physio_database_save_outcome (fixture->database, &form, &error));
  g_assert_cmpuint (store_test_count_rows (fixture->database, "measure"), ==, 1);
  g_assert_true (physio_database_delete_patient (fixture->database, fixture->patient_id, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (store_test_count_rows (fixture->database, "measure"), ==, 0);
  physio_outcome_form_clear (&form);
}

static void
test_licensed_wording (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) parsed = NULL;
  g_autoptr(GHashTable) stored = NULL;
  g_autoptr(GString) text = g_string_new (NULL);

  stored = physio_database_get_licensed_wording (fixture->database, PHYSIO_INSTRUMENT_RMDQ,
                                                 &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_hash_table_size (stored), ==, 0);
  g_clear_pointer (&stored, g_hash_table_unref);

  for (guint i = 1; i <= 24; i++)
    g_string_append_printf (text, "%u. Clinic text %u\n", i, i);
  parsed = physio_outcome_wording_parse (PHYSIO_INSTRUMENT_RMDQ, text->str, &error);
  g_assert_no_error (error);
  g_assert_true (physio_database_set_licensed_wording (fixture->database, PHYSIO_INSTRUMENT_RMDQ,
                                                       parsed, &error));
  g_assert_no_error (error);

  stored = physio_database_get_licensed_wording (fixture->database, PHYSIO_INSTRUMENT_RMDQ,
                                                 &error);
  g_assert_cmpuint (g_hash_table_size (stored), ==, 24);
  g_assert_cmpstr (g_hash_table_lookup (stored, "24"), ==, "Clinic text 24");
  g_clear_pointer (&stored, g_hash_table_unref);

  /* Another instrument's wording is its own. */
  stored = physio_database_get_licensed_wording (fixture->database, PHYSIO_INSTRUMENT_ODI,
                                                 &error);
  g_assert_cmpuint (g_hash_table_size (stored), ==, 0);
  g_clear_pointer (&stored, g_hash_table_unref);

  /* Replacing is whole; NULL removes. */
  g_hash_table_remove_all (parsed);
  g_hash_table_insert (parsed, g_strdup ("1"), g_strdup ("Only one"));
  g_assert_true (physio_database_set_licensed_wording (fixture->database, PHYSIO_INSTRUMENT_RMDQ,
                                                       parsed, &error));
  stored = physio_database_get_licensed_wording (fixture->database, PHYSIO_INSTRUMENT_RMDQ,
                                                 &error);
  g_assert_cmpuint (g_hash_table_size (stored), ==, 1);
  g_clear_pointer (&stored, g_hash_table_unref);
  g_assert_true (physio_database_set_licensed_wording (fixture->database, PHYSIO_INSTRUMENT_RMDQ,
                                                       NULL, &error));
  g_assert_cmpuint (store_test_count_rows (fixture->database, "licensed_wording"), ==, 0);

  /* Free instruments ship their own wording. */
  g_assert_false (physio_database_set_licensed_wording (fixture->database, PHYSIO_INSTRUMENT_NPRS,
                                                        parsed, &error));
  g_assert_error (error, PHYSIO_DATABASE_ERROR, PHYSIO_DATABASE_ERROR_INVALID);
}

/* A saved programme with a walk, starting Monday 1 June 2026; returns the prescription id. */
static gint64
saved_walk (Fixture *fixture)
{
  g_autoptr(PhysioProgramme) programme = physio_programme_new ();
  g_autoptr(PhysioExercise) exercise = NULL;
  g_autoptr(PhysioPrescription) walk = NULL;
  g_autoptr(GError) error = NULL;
  GDate start = store_test_date (1, G_DATE_JUNE, 2026);

  exercise = physio_database_get_exercise (fixture->database, "AER-02", &error);
  g_assert_no_error (error);
  walk = physio_prescription_new (exercise);
  physio_programme_set_patient_id (programme, fixture->patient_id);
  physio_programme_set_start_date (programme, &start);
  physio_programme_set_weeks (programme, 4);
  physio_programme_add_prescription (programme, walk);
  physio_database_save_programme (fixture->database, programme, &error);
  g_assert_no_error (error);
  return physio_prescription_get_id (walk);
}

static void
test_follow_up_fields (Fixture       *fixture,
                       gconstpointer  data)
{
  gint64 walk = saved_walk (fixture);
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) logs = NULL;
  g_autoptr(GArray) diary = NULL;
  GDate day = store_test_date (3, G_DATE_JUNE, 2026);
  GDate outside = store_test_date (3, G_DATE_AUGUST, 2026);
  PhysioSessionLog two[2] = {
    { .completed_fraction = 1, .achieved = 20 * 60, .pain_during_max = 2, .rpe = 4,
      .achieved_load_kg = 4.5 },
    { .completed_fraction = 0.5, .pain_during_max = -1, .rpe = -1 },
  };
  PhysioDiaryEntry entry = {
    .morning_pain = 3, .has_exercise_pain = TRUE, .exercise_pain = 0,
    .has_next_morning = TRUE, .next_morning_pain = 4,
  };
  PhysioDiaryEntry plain = { .morning_pain = 2 };

  two[0].date = day;
  two[1].date = day;

  /* The grid writes a day; writing it again replaces it. */
  g_assert_true (physio_database_replace_session_logs (fixture->database, walk, &day, two, 2,
                                                       &error));
  g_assert_no_error (error);
  g_assert_true (physio_database_replace_session_logs (fixture->database, walk, &day, two, 2,
                                                       &error));
  logs = physio_database_list_session_logs (fixture->database, walk, NULL, NULL, &error);
  g_assert_cmpuint (logs->len, ==, 2);
  g_assert_cmpfloat (g_array_index (logs, PhysioSessionLog, 0).achieved_load_kg, ==, 4.5);
  g_assert_cmpuint (g_array_index (logs, PhysioSessionLog, 0).achieved, ==, 20 * 60);
  g_assert_cmpfloat (g_array_index (logs, PhysioSessionLog, 1).achieved_load_kg, ==, 0);
  g_clear_pointer (&logs, g_array_unref);

  /* A bad value anywhere leaves the day as it was. */
  two[1].rpe = 11;
  g_assert_false (physio_database_replace_session_logs (fixture->database, walk, &day, two, 2,
                                                        &error));
  g_assert_error (error, PHYSIO_DATABASE_ERROR, PHYSIO_DATABASE_ERROR_INVALID);
  g_clear_error (&error);
  two[1].rpe = -1;
  two[0].achieved_load_kg = -1;
  g_assert_false (physio_database_replace_session_logs (fixture->database, walk, &day, two, 2,
                                                        &error));
  g_clear_error (&error);
  two[0].achieved_load_kg = 0;
  g_assert_false (physio_database_replace_session_logs (fixture->database, walk, &outside, NULL,
                                                        0, &error));
  g_assert_error (error, PHYSIO_DATABASE_ERROR, PHYSIO_DATABASE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpuint (store_test_count_rows (fixture->database, "session_log"), ==, 2);

  /* An empty day deletes it. */
  g_assert_true (physio_database_replace_session_logs (fixture->database, walk, &day, NULL, 0,
                                                       &error));
  g_assert_cmpuint (store_test_count_rows (fixture->database, "session_log"), ==, 0);

  /* The diary keeps the day's exercise pain (0 is a score) and next-morning pain. */
  entry.date = day;
  plain.date = store_test_date (4, G_DATE_JUNE, 2026);
  g_assert_true (physio_database_save_diary_entry (fixture->database, fixture->patient_id, &entry,
                                                   &error));
  g_assert_true (physio_database_save_diary_entry (fixture->database, fixture->patient_id, &plain,
                                                   &error));
  g_assert_no_error (error);
  diary = physio_database_list_diary (fixture->database, fixture->patient_id, NULL, NULL, &error);
  g_assert_cmpuint (diary->len, ==, 2);
  g_assert_true (g_array_index (diary, PhysioDiaryEntry, 0).has_exercise_pain);
  g_assert_cmpint (g_array_index (diary, PhysioDiaryEntry, 0).exercise_pain, ==, 0);
  g_assert_true (g_array_index (diary, PhysioDiaryEntry, 0).has_next_morning);
  g_assert_cmpint (g_array_index (diary, PhysioDiaryEntry, 0).next_morning_pain, ==, 4);
  g_assert_false (g_array_index (diary, PhysioDiaryEntry, 1).has_exercise_pain);
  g_assert_false (g_array_index (diary, PhysioDiaryEntry, 1).has_next_morning);

  entry.next_morning_pain = 11;
  g_assert_false (physio_database_save_diary_entry (fixture->database, fixture->patient_id,
                                                    &entry, &error));
  g_assert_error (error, PHYSIO_DATABASE_ERROR, PHYSIO_DATABASE_ERROR_INVALID);
}

/* The patient page's "ODI due": the programme's schedule over the patient's stored forms. */
static void
test_due (Fixture       *fixture,
          gconstpointer  data)
{
  g_autoptr(PhysioProgramme) programme = physio_programme_new ();
  g_autoptr(GArray) due = NULL;
  g_autoptr(GError) error = NULL;
  GDate start = store_test_date (1, G_DATE_JUNE, 2026);
  GDate today = store_test_date (12, G_DATE_JUNE, 2026);
  PhysioOutcomeForm form;
  const struct { PhysioInstrument instrument; PhysioRecall recall; } intake[] = {
    { PHYSIO_INSTRUMENT_SBST, PHYSIO_RECALL_LAST_2_WEEKS },
    { PHYSIO_INSTRUMENT_NPRS, PHYSIO_RECALL_ON_RISING },
    { PHYSIO_INSTRUMENT_NPRS, PHYSIO_RECALL_AVERAGE_24H },
    { PHYSIO_INSTRUMENT_RMDQ, PHYSIO_RECALL_TODAY },
    { PHYSIO_INSTRUMENT_PSFS, PHYSIO_RECALL_TODAY },
  };

  physio_programme_set_patient_id (programme, fixture->patient_id);
  physio_programme_set_start_date (programme, &start);
  physio_programme_set_weeks (programme, 6);
  physio_programme_set_stage (programme, "acute");

  /* Nothing taken yet: the whole intake is due, with the default ODI. */
  due = physio_database_outcomes_due (fixture->database, programme, &start, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (due->len, ==, 5);
  g_assert_cmpint (g_array_index (due, PhysioOutcomeDue, 3).instrument, ==, PHYSIO_INSTRUMENT_ODI);
  g_clear_pointer (&due, g_array_unref);

  /* An intake with the RMDQ: at the acute week-2 review the RMDQ is due again, not the ODI. */
  for (guint i = 0; i < G_N_ELEMENTS (intake); i++)
    {
      make_form (&form, intake[i].instrument, fixture->patient_id, 1);
      form.recall = intake[i].recall;
      for (guint k = 0; k < form.n_items; k++)
        form.items[k] = 0;
      if (intake[i].instrument == PHYSIO_INSTRUMENT_NPRS)
        form.items[0] = 5;
      if (intake[i].instrument == PHYSIO_INSTRUMENT_PSFS)
        physio_outcome_form_add_activity (&form, "Walking the dog", 4);
      physio_database_save_outcome (fixture->database, &form, &error);
      g_assert_no_error (error);
      physio_outcome_form_clear (&form);
    }
  due = physio_database_outcomes_due (fixture->database, programme, &today, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (due->len, ==, 3);
  g_assert_cmpint (g_array_index (due, PhysioOutcomeDue, 0).instrument, ==, PHYSIO_INSTRUMENT_RMDQ);
  g_assert_cmpuint (g_array_index (due, PhysioOutcomeDue, 0).week, ==, 2);
}

/* Migration ------------------------------------------------------------------------------------ */

static void
exec_file (const char *path,
           const char *sql)
{
  sqlite3 *db = NULL;
  char *message = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  sqlite3_exec (db, sql, NULL, NULL, &message);
  if (message != NULL)
    g_error ("%s", message);
  sqlite3_close (db);
}

/* A file as version 3 left it: schema-v3.sql, a built-in walk and a custom exercise, a patient
 * with a programme, a session and a diary day. */
static void
make_v3_file (const char *path)
{
  g_autoptr(GBytes) schema = store_test_read_fixture ("schema-v3.sql");
  g_autofree char *sql = g_strndup (g_bytes_get_data (schema, NULL), g_bytes_get_size (schema));

  exec_file (path, sql);
  exec_file (path,
             "INSERT INTO meta VALUES ('library_version', '1');"
             "INSERT INTO exercise (handle, id, name, sort_key, category, position, dosage_kind,"
             "  laterality, default_dose, dose_limits, source, version, created_at, updated_at)"
             "  VALUES (1, 'X-old', 'Old chair march', 'old chair march', 'strength',"
             "  'sitting', 'reps', 'alternating', '{\"sets\":2,\"reps\":10,"
             "  \"sessions_per_day\":1,\"days_per_week\":5}', '{\"reps\":[5,20]}', 'custom', 3,"
             "  '2025-01-01T10:00:00Z', '2025-01-02T10:00:00Z');"
             "INSERT INTO step VALUES (1, 0, 'Sit tall.'), (1, 1, 'Lift one knee.'),"
             "  (1, 2, 'Swap legs.');"
             "INSERT INTO patient (id, name, sort_key, search_key, created_at, updated_at)"
             "  VALUES (1, 'Ana Moreno', 'ana moreno', 'ana moreno', '2026-01-01', '2026-01-01');"
             "INSERT INTO programme (id, patient_id, start_date, weeks, status, progression_mode,"
             "  rule_params, created_at, updated_at) VALUES (1, 1, '2026-06-01', 4, 'active',"
             "  'pain_monitored', '', '2026-01-01', '2026-01-01');"
             "INSERT INTO prescription (id, programme_id, exercise_id, exercise_snapshot, ord,"
             "  week_from, week_to, days_mask, laterality, current_dose) VALUES (1, 1, 'X-old',"
             "  '{}', 0, 1, 4, 31, 'alternating', '{\"sets\":2,\"reps\":10}'),"
             "  (2, 1, 'AER-01', '{\"id\":\"AER-01\",\"version\":1}', 1, 1, 4, 127,"
             "  'bilateral', '{\"duration_s\":600}');"
             "INSERT INTO session_log (prescription_id, date, completed_fraction, achieved,"
             "  pain_during_max, rpe, created_at) VALUES (1, '2026-06-02', 1.0, 10, 3, 4,"
             "  '2026-06-02');"
             "INSERT INTO diary (patient_id, date, morning_pain) VALUES (1, '2026-06-02', 2);"
             "PRAGMA user_version = 3;");
}

static char *
query_text (const char *path,
            const char *sql)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  char *result = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    result = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return result;
}

static char *
schema_of (const char *path)
{
  return query_text (path,
                     "SELECT group_concat (type || ' ' || name || ': ' || ifnull (sql, ''), "
                     "char (10)) FROM (SELECT * FROM sqlite_schema "
                     "WHERE name NOT LIKE 'exercise_fts_%' ORDER BY name)");
}

static void
test_migrate_v3 (void)
{
  g_autofree char *dir = store_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "physioplan.db", NULL);
  g_autofree char *fresh_path = g_build_filename (dir, "fresh.db", NULL);
  g_autofree char *backup_path = g_strconcat (path, ".backup-v3", NULL);
  g_autofree char *backup_version = NULL;
  g_autofree char *migrated_schema = NULL;
  g_autofree char *fresh_schema = NULL;
  g_autoptr(PhysioDatabase) database = NULL;
  g_autoptr(PhysioDatabase) fresh = NULL;
  g_autoptr(PhysioExercise) exercise = NULL;
  g_autoptr(PhysioExercise) walk = NULL;
  g_autoptr(GArray) logs = NULL;
  g_autoptr(GArray) diary = NULL;
  g_autoptr(GArray) forms = NULL;
  g_autoptr(GError) error = NULL;
  PhysioOutcomeForm form;
  guint changed = 0;

  make_v3_file (path);

  database = physio_database_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (physio_database_get_schema_version (database), ==,
                    PHYSIO_DATABASE_SCHEMA_VERSION);

  /* Old rows read as before, with the new fields empty. */
  exercise = physio_database_get_exercise (database, "X-old", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (physio_exercise_get_name (exercise), ==, "Old chair march");
  g_assert_false (physio_exercise_get_walking (exercise));
  logs = physio_database_list_session_logs (database, 1, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (logs->len, ==, 1);
  g_assert_cmpuint (g_array_index (logs, PhysioSessionLog, 0).achieved, ==, 10);
  g_assert_cmpfloat (g_array_index (logs, PhysioSessionLog, 0).achieved_load_kg, ==, 0);
  diary = physio_database_list_diary (database, 1, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_array_index (diary, PhysioDiaryEntry, 0).morning_pain, ==, 2);
  g_assert_false (g_array_index (diary, PhysioDiaryEntry, 0).has_exercise_pain);

  /* The built-in library of version 2 reloads the walks with their new property. */
  physio_database_load_builtin_library (database, NULL, &changed, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (physio_database_get_library_version (database), >=, 2);
  walk = physio_database_get_exercise (database, "AER-01", &error);
  g_assert_no_error (error);
  g_assert_true (physio_exercise_get_walking (walk));

  /* The new tables work. */
  make_form (&form, PHYSIO_INSTRUMENT_NPRS, 1, 2);
  form.recall = PHYSIO_RECALL_AVERAGE_24H;
  form.items[0] = 5;
  g_assert_true (physio_database_save_outcome (database, &form, &error));
  g_assert_no_error (error);
  forms = physio_database_list_outcomes (database, 1, &error);
  g_assert_cmpuint (forms->len, ==, 1);
  physio_outcome_form_clear (&form);

  /* A walk prescribed before the property existed is walking now; other exercises not. */
  {
    g_autofree char *walking = query_text (path, "SELECT json_extract (exercise_snapshot, "
                                                 "'$.walking') FROM prescription WHERE id = 2");
    g_autofree char *other = query_text (path, "SELECT ifnull (json_extract (exercise_snapshot, "
                                               "'$.walking'), 'none') FROM prescription "
                                               "WHERE id = 1");

    g_assert_cmpstr (walking, ==, "1");
    g_assert_cmpstr (other, ==, "none");
  }

  /* The copy is the version-3 file, without the new tables. */
  backup_version = query_text (backup_path, "PRAGMA user_version");
  g_assert_cmpstr (backup_version, ==, "3");

  /* Migrating gives exactly the schema a new file gets. */
  fresh = physio_database_open (fresh_path, &error);
  g_assert_no_error (error);
  g_clear_object (&database);
  g_clear_object (&fresh);
  migrated_schema = schema_of (path);
  fresh_schema = schema_of (fresh_path);
  g_assert_cmpstr (migrated_schema, ==, fresh_schema);

  store_test_remove_dir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/outcomes/round-trip", Fixture, NULL, fixture_set_up, test_round_trip,
              fixture_tear_down);
  g_test_add ("/outcomes/refused-and-removed", Fixture, NULL, fixture_set_up,
              test_refused_and_removed, fixture_tear_down);
  g_test_add ("/outcomes/licensed-wording", Fixture, NULL, fixture_set_up,
              test_licensed_wording, fixture_tear_down);
  g_test_add ("/outcomes/follow-up-fields", Fixture, NULL, fixture_set_up,
              test_follow_up_fields, fixture_tear_down);
  g_test_add ("/outcomes/due", Fixture, NULL, fixture_set_up, test_due, fixture_tear_down);
  g_test_add_func ("/outcomes/migrate-v3", test_migrate_v3);

  return g_test_run ();
}
