/* bench-open.c: opening a clinic's database grown over years, and listing its patients
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * build/tests/bench/bench-open [PATIENTS [SESSIONS [RUNS]]] (default 10,000 patients, 1,000,000
 * logged sessions, 9 runs). The database is generated once (generate () says how) and kept in
 * the temp folder (physio-bench-open-P-S.db) for later runs. Prints the median and spread of
 * the app's open path (open, checks, built-in library) and of listing every patient. Not a
 * test.
 */

#include "config.h"

#include <locale.h>
#include <stdlib.h>
#include <glib/gstdio.h>

#include <sqlite3.h>

#include "physio-database.h"
#include "physio-database-patients.h"
#include "physio-prescription.h"

#define PRESCRIPTIONS_PER_PROGRAMME 10
#define SESSIONS_PER_PRESCRIPTION   50

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

/* The table's columns but @skip and "id", joined by commas: what a row copy inserts. */
static char *
columns_except (sqlite3    *db,
                const char *table,
                const char *skip)
{
  g_autofree char *sql = g_strdup_printf ("PRAGMA table_info (%s)", table);
  g_autoptr(GString) list = g_string_new (NULL);
  sqlite3_stmt *stmt;

  sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      const char *name = (const char *) sqlite3_column_text (stmt, 1);

      if (g_str_equal (name, "id") || g_str_equal (name, skip))
        continue;
      g_string_append_printf (list, "%s%s", list->len > 0 ? ", " : "", name);
    }
  sqlite3_finalize (stmt);
  return g_string_free (g_steal_pointer (&list), FALSE);
}

static void
exec (sqlite3    *db,
      const char *sql)
{
  char *message = NULL;

  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", sql, message);
}

/* The first patient, programme and sessions go through the store API, so they are exactly what
 * the app writes; the rest are copies of those rows made with SQL in one transaction, which
 * takes seconds where a million separate commits would take an hour. */
static void
generate (const char *path,
          guint       n_patients,
          guint       n_sessions)
{
  g_autoptr(GError) error = NULL;
  guint per_programme = PRESCRIPTIONS_PER_PROGRAMME * SESSIONS_PER_PRESCRIPTION;
  guint n_programmes = MAX ((n_sessions + per_programme - 1) / per_programme, 1);
  g_autofree char *patient_columns = NULL;
  g_autofree char *log_columns = NULL;
  g_autofree char *sql = NULL;
  g_autoptr(GArray) template_prescriptions = g_array_new (FALSE, FALSE, sizeof (gint64));
  gint64 first_patient;
  sqlite3 *db;
  sqlite3_stmt *stmt;
  GDate start;

  g_date_clear (&start, 1);
  g_date_set_dmy (&start, 6, G_DATE_JANUARY, 2025);

  {
    g_autoptr(PhysioDatabase) database = physio_database_open (path, &error);
    g_autoptr(PhysioPatient) patient = physio_patient_new ();
    g_autoptr(PhysioProgramme) programme = NULL;

    if (database == NULL || !physio_database_load_builtin_library (database, NULL, NULL, &error))
      g_error ("%s", error->message);
    physio_patient_set_name (patient, "Patient 00000");
    if (!physio_database_save_patient (database, patient, &error))
      g_error ("%s", error->message);
    first_patient = physio_patient_get_id (patient);

    programme = physio_database_programme_from_template (database, "chronic", &start, &error);
    if (programme == NULL)
      g_error ("%s", error->message);
    while (physio_programme_get_n_prescriptions (programme) > PRESCRIPTIONS_PER_PROGRAMME)
      physio_programme_remove_prescription (programme, PRESCRIPTIONS_PER_PROGRAMME);
    physio_programme_set_patient_id (programme, first_patient);
    if (!physio_database_save_programme (database, programme, &error))
      g_error ("%s", error->message);
    for (guint p = 0; p < physio_programme_get_n_prescriptions (programme); p++)
      {
        PhysioPrescription *prescription = physio_programme_get_prescription (programme, p);
        gint64 id = physio_prescription_get_id (prescription);

        g_array_append_val (template_prescriptions, id);
        for (guint s = 0; s < SESSIONS_PER_PRESCRIPTION; s++)
          {
            PhysioSessionLog log = { 0 };

            log.date = start;
            g_date_add_days (&log.date, s);
            log.completed_fraction = 1;
            log.pain_during_max = s % 6;
            log.rpe = -1;
            if (!physio_database_add_session_log (database, id, &log, NULL, &error))
              g_error ("%s", error->message);
          }
      }

    /* The other programmes through the API too: a programme is many rows in many tables. */
    for (guint i = 1; i < n_programmes; i++)
      {
        g_autoptr(PhysioProgramme) copy = physio_programme_copy (programme);

        physio_programme_set_id (copy, 0);
        for (guint p = 0; p < physio_programme_get_n_prescriptions (copy); p++)
          physio_prescription_set_id (physio_programme_get_prescription (copy, p), 0);
        if (!physio_database_save_programme (database, copy, &error))
          g_error ("%s", error->message);
        if (i % 200 == 0)
          g_printerr ("  %u programmes\n", i);
      }
  }

  if (sqlite3_open (path, &db) != SQLITE_OK)
    g_error ("cannot open %s", path);
  exec (db, "BEGIN");

  patient_columns = columns_except (db, "patient", "name");
  sql = g_strdup_printf ("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                         "WHERE i < %u) INSERT INTO patient (name, %s) "
                         "SELECT printf ('Patient %%05d', i), %s FROM n, patient "
                         "WHERE patient.id = %" G_GINT64_FORMAT,
                         n_patients - 1, patient_columns, patient_columns, first_patient);
  exec (db, sql);
  g_clear_pointer (&sql, g_free);

  /* Every other prescription gets the sessions of the template prescription in its place. */
  log_columns = columns_except (db, "session_log", "prescription_id");
  sql = g_strdup_printf ("INSERT INTO session_log (prescription_id, %s) SELECT ?1, %s "
                         "FROM session_log WHERE prescription_id = ?2", log_columns, log_columns);
  sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL);
  {
    sqlite3_stmt *targets;
    guint k = 0, copied = template_prescriptions->len;

    sqlite3_prepare_v2 (db, "SELECT id FROM prescription ORDER BY id", -1, &targets, NULL);
    while (sqlite3_step (targets) == SQLITE_ROW && copied < n_sessions / SESSIONS_PER_PRESCRIPTION)
      {
        gint64 id = sqlite3_column_int64 (targets, 0);
        gboolean is_template = FALSE;

        for (guint t = 0; t < template_prescriptions->len; t++)
          is_template |= g_array_index (template_prescriptions, gint64, t) == id;
        if (is_template)
          continue;
        sqlite3_bind_int64 (stmt, 1, id);
        sqlite3_bind_int64 (stmt, 2, g_array_index (template_prescriptions, gint64,
                                                    k++ % template_prescriptions->len));
        if (sqlite3_step (stmt) != SQLITE_DONE)
          g_error ("%s", sqlite3_errmsg (db));
        sqlite3_reset (stmt);
        copied++;
      }
    sqlite3_finalize (targets);
  }
  sqlite3_finalize (stmt);
  exec (db, "COMMIT");
  sqlite3_close (db);
}

static void
report (const char *what,
        GArray     *ms)
{
  g_array_sort (ms, compare_doubles);
  g_print ("  %-28s median %8.2f ms  (min %8.2f, max %8.2f)\n", what,
           g_array_index (ms, double, ms->len / 2), g_array_index (ms, double, 0),
           g_array_index (ms, double, ms->len - 1));
}

int
main (int   argc,
      char *argv[])
{
  guint n_patients = argc > 1 ? atoi (argv[1]) : 10000;
  guint n_sessions = argc > 2 ? atoi (argv[2]) : 1000000;
  guint runs = argc > 3 ? atoi (argv[3]) : 9;
  g_autofree char *name = g_strdup_printf ("physio-bench-open-%u-%u.db", n_patients, n_sessions);
  g_autofree char *path = g_build_filename (g_get_tmp_dir (), name, NULL);
  g_autofree char *ready = g_strconcat (path, ".ready", NULL);
  g_autoptr(GArray) open_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) list_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) small_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autofree char *small = g_build_filename (g_get_tmp_dir (), "physio-bench-open-small.db", NULL);
  GStatBuf st;

  setlocale (LC_ALL, "");
  if (!g_file_test (ready, G_FILE_TEST_EXISTS))
    {
      g_autofree char *wal = g_strconcat (path, "-wal", NULL);
      g_autofree char *shm = g_strconcat (path, "-shm", NULL);

      g_unlink (wal);
      g_unlink (shm);
      g_printerr ("Generating %s (once)…\n", path);
      g_unlink (path);
      generate (path, n_patients, n_sessions);
      g_file_set_contents (ready, "", 0, NULL);
    }

  /* The baseline, in the same run: a database holding only the built-in library. */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(PhysioDatabase) database = physio_database_open (small, &error);

    if (database == NULL || !physio_database_load_builtin_library (database, NULL, NULL, &error))
      g_error ("%s", error->message);
  }

  for (guint run = 0; run <= runs; run++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(PhysioDatabase) database = NULL;
      g_autoptr(PhysioDatabase) baseline = NULL;
      gint64 t3;
      g_autoptr(GPtrArray) patients = NULL;
      gint64 t0, t1, t2;

      t0 = g_get_monotonic_time ();
      database = physio_database_open (path, &error);
      if (database == NULL || !physio_database_load_builtin_library (database, NULL, NULL, &error))
        g_error ("%s", error->message);
      t1 = g_get_monotonic_time ();
      patients = physio_database_list_patients (database, NULL, FALSE, &error);
      t2 = g_get_monotonic_time ();
      baseline = physio_database_open (small, &error);
      if (baseline == NULL || !physio_database_load_builtin_library (baseline, NULL, NULL, &error))
        g_error ("%s", error->message);
      t3 = g_get_monotonic_time ();
      if (patients == NULL || patients->len != n_patients)
        g_error ("listed %u patients, expected %u", patients != NULL ? patients->len : 0,
                 n_patients);
      /* The first run fills the page cache: a warm-up, not counted. */
      if (run > 0)
        {
          double a = (t1 - t0) / 1000.0, b = (t2 - t1) / 1000.0, c = (t3 - t2) / 1000.0;

          g_array_append_val (open_ms, a);
          g_array_append_val (list_ms, b);
          g_array_append_val (small_ms, c);
        }
    }

  g_stat (path, &st);
  g_print ("database: %u patients, %u sessions, %.1f MB, %u runs\n", n_patients, n_sessions,
           st.st_size / 1e6, runs);
  report ("open (checks, library)", open_ms);
  report ("open, library only (baseline)", small_ms);
  report ("list every patient", list_ms);
  g_print ("  open ratio to the baseline %.2f×\n",
           g_array_index (open_ms, double, open_ms->len / 2) /
           g_array_index (small_ms, double, small_ms->len / 2));
  return 0;
}
