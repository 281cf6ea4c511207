/* test-patients.c: patient records: saving and reading every field, the list, deleting
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <sqlite3.h>
#include <string.h>

#include "physio-database-patients.h"
#include "store-test-util.h"

typedef struct
{
  char           *dir;
  PhysioDatabase *database;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->database = store_test_fixture_open (&fixture->dir);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  store_test_fixture_close (&fixture->dir, &fixture->database);
}

static void
on_patients_changed (PhysioDatabase *database,
                     gint64          patient_id,
                     gint64         *last)
{
  *last = patient_id;
}

static void
test_round_trip (Fixture       *fixture,
                 gconstpointer  data)
{
  static const char * const conditions[] = { "osteoporosis", "knee_problems", NULL };
  static const char * const flags[] = { "fracture_osteoporosis", "cancer_history", NULL };
  g_autoptr(PhysioPatient) patient = physio_patient_new ();
  g_autoptr(PhysioPatient) reread = NULL;
  g_autoptr(PhysioPatient) again = NULL;
  g_autoptr(GError) error = NULL;
  GDate onset = store_test_date (2, G_DATE_JANUARY, 2026);
  GDate screened = store_test_date (9, G_DATE_JANUARY, 2026);
  gint64 changed = -1;
  gint64 id;

  g_signal_connect (fixture->database, "patients-changed", G_CALLBACK (on_patients_changed),
                    &changed);

  physio_patient_set_name (patient, "Mária Kovács");
  physio_patient_set_clinic_ref (patient, "F-0042");
  physio_patient_set_birth (patient, "1961-04-23");
  physio_patient_set_onset (patient, &onset);
  physio_patient_set_stage_override (patient, "subacute");
  physio_patient_set_radicular (patient, TRUE);
  physio_patient_set_conditions (patient, conditions);
  physio_patient_set_notes (patient, "Gardens most days.\nPrefers mornings.");
  physio_patient_set_archived (patient, TRUE);
  physio_patient_record_screen (patient, "J. Ortega", &screened, flags, "Fall in 2019.");

  physio_database_save_patient (fixture->database, patient, &error);
  g_assert_no_error (error);
  id = physio_patient_get_id (patient);
  g_assert_cmpint (id, >, 0);
  g_assert_cmpint (changed, ==, id);

  reread = physio_database_get_patient (fixture->database, id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (physio_patient_get_id (reread), ==, id);
  g_assert_cmpstr (physio_patient_get_name (reread), ==, "Mária Kovács");
  g_assert_cmpstr (physio_patient_get_clinic_ref (reread), ==, "F-0042");
  g_assert_cmpstr (physio_patient_get_birth (reread), ==, "1961-04-23");
  g_assert_cmpint (g_date_compare (physio_patient_get_onset (reread), &onset), ==, 0);
  g_assert_cmpstr (physio_patient_get_stage_override (reread), ==, "subacute");
  g_assert_true (physio_patient_get_radicular (reread));
  g_assert_cmpstrv (physio_patient_get_conditions (reread), conditions);
  g_assert_cmpstr (physio_patient_get_notes (reread), ==, "Gardens most days.\nPrefers mornings.");
  g_assert_true (physio_patient_get_archived (reread));
  g_assert_true (physio_patient_has_red_flag_screen (reread));
  g_assert_cmpstr (physio_patient_get_screened_by (reread), ==, "J. Ortega");
  g_assert_cmpint (g_date_compare (physio_patient_get_screened_on (reread), &screened), ==, 0);
  g_assert_cmpstrv (physio_patient_get_red_flags (reread), flags);
  g_assert_cmpstr (physio_patient_get_screen_notes (reread), ==, "Fall in 2019.");

  /* Clearing optional fields is saved too: nothing of the old values comes back. */
  physio_patient_set_clinic_ref (reread, NULL);
  physio_patient_set_birth (reread, "1961");
  physio_patient_set_stage_override (reread, NULL);
  physio_patient_set_radicular (reread, FALSE);
  physio_patient_set_conditions (reread, NULL);
  physio_patient_set_archived (reread, FALSE);
  physio_patient_clear_screen (reread);
  physio_database_save_patient (fixture->database, reread, &error);
  g_assert_no_error (error);
  g_assert_cmpint (physio_patient_get_id (reread), ==, id);

  again = physio_database_get_patient (fixture->database, id, &error);
  g_assert_no_error (error);
  g_assert_null (physio_patient_get_clinic_ref (again));
  g_assert_cmpstr (physio_patient_get_birth (again), ==, "1961");
  g_assert_null (physio_patient_get_stage_override (again));
  g_assert_false (physio_patient_get_radicular (again));
  g_assert_cmpuint (g_strv_length ((char **) physio_patient_get_conditions (again)), ==, 0);
  g_assert_false (physio_patient_get_archived (again));
  g_assert_false (physio_patient_has_red_flag_screen (again));
  g_assert_cmpuint (g_strv_length ((char **) physio_patient_get_red_flags (again)), ==, 0);
  g_assert_cmpuint (store_test_count_rows (fixture->database, "patient"), ==, 1);
}

/* "Screened, none present" is a screen, not the lack of one: issuing depends on it. */
static void
test_screen_without_flags (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(PhysioPatient) patient = physio_patient_new ();
  g_autoptr(PhysioPatient) reread = NULL;
  g_autoptr(GError) error = NULL;
  GDate screened = store_test_date (3, G_DATE_FEBRUARY, 2026);

  physio_patient_set_name (patient, "Tom Reyes");
  physio_patient_record_screen (patient, "J. Ortega", &screened, NULL, NULL);
  physio_database_save_patient (fixture->database, patient, &error);
  g_assert_no_error (error);

  reread = physio_database_get_patient (fixture->database, physio_patient_get_id (patient),
                                        &error);
  g_assert_no_error (error);
  g_assert_true (physio_patient_has_red_flag_screen (reread));
  g_assert_cmpuint (g_strv_length ((char **) physio_patient_get_red_flags (reread)), ==, 0);
  g_assert_null (physio_patient_get_screen_notes (reread));
}

static void
test_invalid_refused (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(PhysioPatient) patient = physio_patient_new ();
  g_autoptr(PhysioPatient) missing = physio_patient_new ();
  g_autoptr(GError) error = NULL;

  /* No name: refused with the validation's message, and nothing written. */
  physio_patient_set_clinic_ref (patient, "F-1");
  physio_database_save_patient (fixture->database, patient, &error);
  g_assert_error (error, PHYSIO_DATABASE_ERROR, PHYSIO_DATABASE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "ame"));
  g_assert_cmpint (physio_patient_get_id (patient), ==, 0);
  g_assert_cmpuint (store_test_count_rows (fixture->database, "patient"), ==, 0);
  g_clear_error (&error);

  /* A record deleted elsewhere is not silently re-created by a later save. */
  physio_patient_set_name (missing, "Ghost");
  physio_patient_set_id (missing, 999);
  physio_database_save_patient (fixture->database, missing, &error);
  g_assert_error (error, PHYSIO_DATABASE_ERROR, PHYSIO_DATABASE_ERROR_NOT_FOUND);
  g_assert_cmpuint (store_test_count_rows (fixture->database, "patient"), ==, 0);
  g_clear_error (&error);

  g_assert_null (physio_database_get_patient (fixture->database, 999, &error));
  g_assert_error (error, PHYSIO_DATABASE_ERROR, PHYSIO_DATABASE_ERROR_NOT_FOUND);
}

static char *
names_of (GPtrArray *patients)
{
  g_autoptr(GString) names = g_string_new (NULL);

  for (guint i = 0; i < patients->len; i++)
    {
      if (i > 0)
        g_string_append (names, ", ");
      g_string_append (names, physio_patient_get_name (g_ptr_array_index (patients, i)));
    }

  return g_string_free (g_steal_pointer (&names), FALSE);
}

static void
add_patient (PhysioDatabase *database,
             const char     *name,
             const char     *ref,
             gboolean        archived)
{
  g_autoptr(PhysioPatient) patient = physio_patient_new ();
  g_autoptr(GError) error = NULL;

  physio_patient_set_name (patient, name);
  physio_patient_set_clinic_ref (patient, ref);
  physio_patient_set_archived (patient, archived);
  physio_database_save_patient (database, patient, &error);
  g_assert_no_error (error);
}

static void
assert_list (PhysioDatabase *database,
             const char     *search,
             gboolean        archived,
             const char     *expected)
{
  g_autoptr(GPtrArray) patients = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *names = NULL;

  patients = physio_database_list_patients (database, search, archived, &error);
  g_assert_no_error (error);
  names = names_of (patients);
  g_assert_cmpstr (names, ==, expected);
}

static void
test_list (Fixture       *fixture,
           gconstpointer  data)
{
  static const char * const conditions[] = { "pregnancy", NULL };
  g_autoptr(GPtrArray) patients = NULL;
  g_autoptr(PhysioPatient) with_conditions = physio_patient_new ();
  g_autoptr(GError) error = NULL;

  add_patient (fixture->database, "zoe Turner", "F-0100", FALSE);
  add_patient (fixture->database, "José Álvarez", "F-0007", FALSE);
  add_patient (fixture->database, "Ada Lin", "B-3300", TRUE);
  add_patient (fixture->database, "Emile Dubois", NULL, FALSE);

  physio_patient_set_name (with_conditions, "Bea Santos");
  physio_patient_set_conditions (with_conditions, conditions);
  physio_database_save_patient (fixture->database, with_conditions, &error);
  g_assert_no_error (error);

  /* By name as written, ignoring case and accents ("zoe" after "José"); archived patients
   * only when asked for. */
  assert_list (fixture->database, NULL, FALSE,
               "Bea Santos, Emile Dubois, José Álvarez, zoe Turner");
  assert_list (fixture->database, "", TRUE,
               "Ada Lin, Bea Santos, Emile Dubois, José Álvarez, zoe Turner");

  /* Search: part of the name or of the clinic reference, accents and case ignored. */
  assert_list (fixture->database, "jose", FALSE, "José Álvarez");
  assert_list (fixture->database, "ALVA", FALSE, "José Álvarez");
  assert_list (fixture->database, "  émile ", FALSE, "Emile Dubois");
  assert_list (fixture->database, "f-0", FALSE, "José Álvarez, zoe Turner");
  assert_list (fixture->database, "3300", FALSE, "");
  assert_list (fixture->database, "3300", TRUE, "Ada Lin");
  assert_list (fixture->database, "100%", FALSE, "");

  /* A listed patient is complete, lists included. */
  patients = physio_database_list_patients (fixture->database, "santos", FALSE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (patients->len, ==, 1);
  g_assert_cmpstrv (physio_patient_get_conditions (g_ptr_array_index (patients, 0)),
                    conditions);
}

/* A patient with a programme, one prescription, two logs, a dose change and three diary
 * days; returns the patient's id. */
static gint64
add_patient_with_data (PhysioDatabase *database,
                       const char     *name)
{
  g_autoptr(PhysioProgramme) programme = physio_programme_new ();
  g_autoptr(PhysioExercise) walk = NULL;
  g_autoptr(PhysioPrescription) prescription = NULL;
  g_autoptr(GError) error = NULL;
  PhysioDoseChange change;
  GDate start = store_test_date (1, G_DATE_JUNE, 2026);
  gint64 patient_id = store_test_add_patient (database, name);

  walk = physio_database_get_exercise (database, "AER-02", &error);
  g_assert_no_error (error);
  prescription = physio_prescription_new (walk);
  physio_programme_set_patient_id (programme, patient_id);
  physio_programme_set_start_date (programme, &start);
  physio_programme_set_weeks (programme, 4);
  physio_programme_add_phase (programme, "Foundation", 1, 4, "Walk daily");
  physio_programme_add_education (programme, 1, "Pacing", NULL);
  physio_programme_add_prescription (programme, prescription);
  physio_database_save_programme (database, programme, &error);
  g_assert_no_error (error);

  for (guint day = 0; day < 3; day++)
    {
      PhysioDiaryEntry entry = { .morning_pain = 3 };
      PhysioSessionLog log = { .completed_fraction = 1, .pain_during_max = 2, .rpe = 3 };

      entry.date = start;
      g_date_add_days (&entry.date, day);
      physio_database_save_diary_entry (database, patient_id, &entry, &error);
      g_assert_no_error (error);

      if (day == 2)
        continue;
      log.date = entry.date;
      physio_database_add_session_log (database, physio_prescription_get_id (prescription),
                                       &log, NULL, &error);
      g_assert_no_error (error);
    }

  physio_dose_change_init (&change);
  change.prescription_id = physio_prescription_get_id (prescription);
  change.effective_date = start;
  g_date_add_days (&change.effective_date, 7);
  change.outcome = g_strdup ("accepted");
  physio_database_add_dose_change (database, &change, &error);
  g_assert_no_error (error);
  physio_dose_change_clear (&change);

  return patient_id;
}

static void
test_count_and_delete (Fixture       *fixture,
                       gconstpointer  data)
{
  static const char * const tables[] = {
    "programme", "phase", "education_item", "prescription", "planned_dose", "session_log",
    "dose_change", "diary", "patient_condition", "red_flag_present", "patient",
  };
  static const char * const conditions[] = { "osteoporosis", NULL };
  static const char * const flags[] = { "cancer_history", NULL };
  g_autoptr(PhysioPatient) patient = NULL;
  g_autoptr(PhysioPatient) other_patient = NULL;
  g_autoptr(GPtrArray) other_programmes = NULL;
  g_autoptr(GError) error = NULL;
  guint before[G_N_ELEMENTS (tables)];
  guint n_programmes = 0, n_logs = 0, n_diary = 0;
  GDate screened = store_test_date (1, G_DATE_MAY, 2026);
  gint64 changed = -1;
  gint64 doomed, other;

  doomed = add_patient_with_data (fixture->database, "Leaving Patient");
  other = add_patient_with_data (fixture->database, "Staying Patient");

  patient = physio_database_get_patient (fixture->database, doomed, &error);
  g_assert_no_error (error);
  physio_patient_set_conditions (patient, conditions);
  physio_patient_record_screen (patient, "J. Ortega", &screened, flags, NULL);
  physio_database_save_patient (fixture->database, patient, &error);
  g_assert_no_error (error);

  /* What the confirmation dialog says will go. */
  physio_database_count_patient_data (fixture->database, doomed, &n_programmes, &n_logs,
                                      &n_diary);
  g_assert_cmpuint (n_programmes, ==, 1);
  g_assert_cmpuint (n_logs, ==, 2);
  g_assert_cmpuint (n_diary, ==, 3);
  physio_database_count_patient_data (fixture->database, 12345, &n_programmes, &n_logs,
                                      &n_diary);
  g_assert_cmpuint (n_programmes + n_logs + n_diary, ==, 0);

  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    before[i] = store_test_count_rows (fixture->database, tables[i]);

  g_signal_connect (fixture->database, "patients-changed", G_CALLBACK (on_patients_changed),
                    &changed);
  physio_database_delete_patient (fixture->database, doomed, &error);
  g_assert_no_error (error);
  g_assert_cmpint (changed, ==, doomed);

  /* Every table lost exactly the deleted patient's rows. */
  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    {
      const char *table = tables[i];
      guint expected_loss = 1;

      if (g_str_equal (table, "session_log"))
        expected_loss = 2;
      else if (g_str_equal (table, "diary"))
        expected_loss = 3;

      g_test_message ("%s: %u rows before", table, before[i]);
      g_assert_cmpuint (store_test_count_rows (fixture->database, table), ==,
                        before[i] - expected_loss);
    }

  g_assert_null (physio_database_get_patient (fixture->database, doomed, &error));
  g_assert_error (error, PHYSIO_DATABASE_ERROR, PHYSIO_DATABASE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* The other patient is whole. */
  other_patient = physio_database_get_patient (fixture->database, other, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (physio_patient_get_name (other_patient), ==, "Staying Patient");
  physio_database_count_patient_data (fixture->database, other, &n_programmes, &n_logs,
                                      &n_diary);
  g_assert_cmpuint (n_programmes, ==, 1);
  g_assert_cmpuint (n_logs, ==, 2);
  g_assert_cmpuint (n_diary, ==, 3);
  other_programmes = physio_database_list_programmes (fixture->database, other, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (other_programmes->len, ==, 1);
  g_assert_cmpuint (physio_programme_get_n_prescriptions (g_ptr_array_index (other_programmes,
                                                                             0)), ==, 1);

  /* Deleting again: not found, nothing else touched. */
  physio_database_delete_patient (fixture->database, doomed, &error);
  g_assert_error (error, PHYSIO_DATABASE_ERROR, PHYSIO_DATABASE_ERROR_NOT_FOUND);
}

/* The delete is one transaction: when any step fails, nothing of the patient goes. */
static void
test_delete_is_atomic (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(PhysioPatient) patient = NULL;
  g_autoptr(GError) error = NULL;
  sqlite3 *db = NULL;
  char *message = NULL;
  guint n_programmes = 0, n_logs = 0, n_diary = 0;
  gint64 id = add_patient_with_data (fixture->database, "Kept Whole");

  /* A trigger that refuses to delete the patient row, the last step. */
  g_assert_cmpint (sqlite3_open (physio_database_get_path (fixture->database), &db), ==,
                   SQLITE_OK);
  sqlite3_exec (db, "CREATE TRIGGER keep BEFORE DELETE ON patient BEGIN "
                    "SELECT RAISE (ABORT, 'kept'); END;", NULL, NULL, &message);
  g_assert_null (message);
  sqlite3_close (db);

  physio_database_delete_patient (fixture->database, id, &error);
  g_assert_error (error, PHYSIO_DATABASE_ERROR, PHYSIO_DATABASE_ERROR_FAILED);

  patient = physio_database_get_patient (fixture->database, id, NULL);
  g_assert_nonnull (patient);
  physio_database_count_patient_data (fixture->database, id, &n_programmes, &n_logs,
                                      &n_diary);
  g_assert_cmpuint (n_programmes, ==, 1);
  g_assert_cmpuint (n_logs, ==, 2);
  g_assert_cmpuint (n_diary, ==, 3);
  g_assert_cmpuint (store_test_count_rows (fixture->database, "dose_change"), ==, 1);
  g_assert_cmpuint (store_test_count_rows (fixture->database, "planned_dose"), ==, 1);
}

static void
count_signal (PhysioDatabase *database,
              gint64          patient_id,
              guint          *count)
{
  (*count)++;
}

/* "patients-changed" says what changed, so a view of the record alone can skip a diary day
 * (the programme window reloading its patient cost 75 ms per diary cell). */
static void
test_signal_details (Fixture       *fixture,
                     gconstpointer  data)
{
  PhysioDatabase *database = fixture->database;
  g_autoptr(GError) error = NULL;
  gint64 patient_id = store_test_add_patient (database, "Signal Test");
  PhysioDiaryEntry entry = { .morning_pain = 4 };
  guint any = 0, record = 0, diary = 0;

  g_signal_connect (database, "patients-changed", G_CALLBACK (count_signal), &any);
  g_signal_connect (database, "patients-changed::record", G_CALLBACK (count_signal), &record);
  g_signal_connect (database, "patients-changed::diary", G_CALLBACK (count_signal), &diary);

  entry.date = store_test_date (5, G_DATE_JANUARY, 2026);
  g_assert_true (physio_database_save_diary_entry (database, patient_id, &entry, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (any, ==, 1);
  g_assert_cmpuint (diary, ==, 1);
  g_assert_cmpuint (record, ==, 0);

  {
    g_autoptr(PhysioPatient) patient = physio_database_get_patient (database, patient_id, &error);

    g_assert_no_error (error);
    physio_patient_set_notes (patient, "changed");
    g_assert_true (physio_database_save_patient (database, patient, &error));
    g_assert_no_error (error);
  }
  g_assert_cmpuint (any, ==, 2);
  g_assert_cmpuint (record, ==, 1);
  g_assert_cmpuint (diary, ==, 1);

  g_signal_handlers_disconnect_by_func (database, count_signal, &any);
  g_signal_handlers_disconnect_by_func (database, count_signal, &record);
  g_signal_handlers_disconnect_by_func (database, count_signal, &diary);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/store/patients/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("round-trip", test_round_trip);
  ADD ("screen-without-flags", test_screen_without_flags);
  ADD ("invalid-refused", test_invalid_refused);
  ADD ("list", test_list);
  ADD ("count-and-delete", test_count_and_delete);
  ADD ("delete-is-atomic", test_delete_is_atomic);
  ADD ("signal-details", test_signal_details);

#undef ADD

  return g_test_run ();
}
