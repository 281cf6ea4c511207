/* test-crash-safety.c: the store survives being killed at any moment (issue 9)
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each trial starts a child (this program again, with --child) that opens the database and
 * makes random changes through the store API: new patients, diary entries, programme edits,
 * session logs, and on a fresh version 2 file the migration itself. After every call that
 * returns success the child writes a record of the change to a pipe. The parent kills the
 * child with SIGKILL at a random moment, then opens the database through the store, runs
 * SQLite's integrity_check and foreign_key_check, and looks for every change the child
 * reported: a commit that returned must be on disk.
 *
 * PHYSIO_CRASH_TRIALS (default 200) sets the number of trials, PHYSIO_CRASH_SEED the seed; the
 * seed is printed first so a failure can be run again exactly.
 */

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "physio-database-patients.h"
#include "physio-ladder.h"
#include "physio-rule-params.h"
#include "store-test-util.h"

/* A fresh file every this many trials, so the file stays small and the open stays quick;
 * every other fresh file is a version 2 file that the child migrates. */
#define TRIALS_PER_FILE 20
/* The longest a child lives after its open returned. */
#define MAX_LIFE_MS 60
/* Each child numbers its changes from its own base, this far apart: far more than a child
 * makes in its life, and small enough that diary dates stay in GDate's range. */
#define SEQ_PER_TRIAL 10000

typedef enum
{
  RECORD_PATIENT = 'P',     /* a: patient id, b: seq (the name is "Crash <seq>") */
  RECORD_DIARY = 'D',       /* a: patient id, b: julian day, c: morning pain */
  RECORD_PROGRAMME = 'R',   /* a: programme id, b: seq written in its title */
  RECORD_LOG = 'L',         /* a: session log id, b: prescription id */
  RECORD_MIGRATED = 'M',    /* the open (and so the migration) returned */
} RecordKind;

typedef struct
{
  gint64 kind;
  gint64 a, b, c;
} Record;

/* Child ---------------------------------------------------------------------------------- */

static void
report (int        fd,
        RecordKind kind,
        gint64     a,
        gint64     b,
        gint64     c)
{
  Record record = { kind, a, b, c };

  /* A record is far below PIPE_BUF, so the write is whole or not at all. */
  if (write (fd, &record, sizeof record) != sizeof record)
    _exit (3);
}

static void
child_die (const char *what,
           GError     *error)
{
  /* The parent counts a child that fails on its own as a failed trial. */
  fprintf (stderr, "child: %s: %s\n", what, error != NULL ? error->message : "failed");
  _exit (2);
}

static PhysioProgramme *
child_new_programme (PhysioDatabase *database,
                     gint64          patient_id)
{
  static const char *ids[] = { "AER-01", "COR-08", "HIN-01", "MOB-06" };
  PhysioProgramme *programme = physio_programme_new ();
  GDate start = store_test_date (1, G_DATE_JUNE, 2026);
  PhysioRuleParams params;

  physio_rule_params_init_defaults (&params);
  physio_programme_set_patient_id (programme, patient_id);
  physio_programme_set_start_date (programme, &start);
  physio_programme_set_weeks (programme, 8);
  physio_programme_set_title (programme, "Crash 0");
  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      g_autoptr(PhysioExercise) exercise = NULL;
      g_autoptr(PhysioPrescription) prescription = NULL;
      g_autoptr(GError) error = NULL;

      exercise = physio_database_get_exercise (database, ids[i], &error);
      if (exercise == NULL)
        child_die ("exercise", error);
      prescription = physio_prescription_new (exercise);
      physio_prescription_set_weeks (prescription, 1, 8);
      physio_prescription_generate_ladder (prescription, &params);
      physio_programme_add_prescription (programme, prescription);
    }

  return programme;
}

/* One random change; returns after reporting it. */
static void
child_step (PhysioDatabase *database,
            GRand          *rand,
            int             fd,
            gint64          patient_id,
            gint64          programme_id,
            gint64         *seq)
{
  g_autoptr(GError) error = NULL;
  guint what = g_rand_int_range (rand, 0, 10);

  ++*seq;
  if (what < 2)
    {
      g_autoptr(PhysioPatient) patient = physio_patient_new ();
      g_autofree char *name = g_strdup_printf ("Crash %" G_GINT64_FORMAT, *seq);

      physio_patient_set_name (patient, name);
      if (!physio_database_save_patient (database, patient, &error))
        child_die ("patient", error);
      report (fd, RECORD_PATIENT, physio_patient_get_id (patient), *seq, 0);
    }
  else if (what < 5)
    {
      /* Every diary date is new (seq grows), so no later entry replaces a reported one. */
      PhysioDiaryEntry entry = { .morning_pain = g_rand_int_range (rand, 0, 11) };

      g_date_clear (&entry.date, 1);
      g_date_set_julian (&entry.date, 730000 + (guint32) *seq);
      if (!physio_database_save_diary_entry (database, patient_id, &entry, &error))
        child_die ("diary", error);
      report (fd, RECORD_DIARY, patient_id, g_date_get_julian (&entry.date), entry.morning_pain);
    }
  else if (what < 8)
    {
      g_autoptr(PhysioProgramme) programme = NULL;
      g_autofree char *title = g_strdup_printf ("Crash %" G_GINT64_FORMAT, *seq);
      PhysioPrescription *prescription;
      guint n;

      programme = physio_database_get_programme (database, programme_id, &error);
      if (programme == NULL)
        child_die ("get programme", error);
      physio_programme_set_title (programme, title);
      n = physio_programme_get_n_prescriptions (programme);
      prescription = physio_programme_get_prescription (programme, g_rand_int_range (rand, 0, n));
      physio_prescription_set_note (prescription, title);
      n = physio_prescription_get_n_planned (prescription);
      physio_prescription_set_ladder_step (prescription, g_rand_int_range (rand, 0, n));
      physio_prescription_set_weeks (prescription, 1, g_rand_int_range (rand, 4, 9));
      if (!physio_database_save_programme (database, programme, &error))
        child_die ("save programme", error);
      report (fd, RECORD_PROGRAMME, programme_id, *seq, 0);
    }
  else
    {
      g_autoptr(PhysioProgramme) programme = NULL;
      PhysioSessionLog log = {
        .completed_fraction = 1.0,
        .pain_during_max = g_rand_int_range (rand, 0, 11),
        .rpe = g_rand_int_range (rand, 0, 11),
      };
      PhysioPrescription *prescription;
      gint64 id = 0;

      programme = physio_database_get_programme (database, programme_id, &error);
      if (programme == NULL)
        child_die ("get programme", error);
      prescription = physio_programme_get_prescription (programme, 0);
      log.date = store_test_date (g_rand_int_range (rand, 1, 29), G_DATE_JUNE, 2026);
      if (!physio_database_add_session_log (database, physio_prescription_get_id (prescription),
                                            &log, &id, &error))
        child_die ("session log", error);
      report (fd, RECORD_LOG, id, physio_prescription_get_id (prescription), 0);
    }
}

static int
child_main (const char *path,
            guint32     seed,
            gint64      seq,
            int         fd)
{
  g_autoptr(PhysioDatabase) database = NULL;
  g_autoptr(GPtrArray) patients = NULL;
  g_autoptr(GPtrArray) programmes = NULL;
  g_autoptr(GError) error = NULL;
  GRand *rand = g_rand_new_with_seed (seed);
  gint64 patient_id, programme_id;

  database = physio_database_open (path, &error);
  if (database == NULL)
    child_die ("open", error);
  report (fd, RECORD_MIGRATED, 0, 0, 0);

  /* The library is one transaction: all of it is there or none. */
  if (physio_database_get_library_version (database) == 0)
    {
      /* Not g_test_build_filename (): the child never calls g_test_init (). */
      g_autofree char *library_path = g_build_filename (g_getenv ("G_TEST_SRCDIR"), "store",
                                                        "fixture-library.json", NULL);
      g_autoptr(GBytes) library = store_test_file_bytes (library_path);

      if (!physio_database_load_builtin_library (database, library, NULL, &error))
        child_die ("library", error);
    }

  patients = physio_database_list_patients (database, NULL, TRUE, &error);
  if (patients == NULL)
    child_die ("patients", error);
  if (patients->len == 0)
    {
      g_autoptr(PhysioPatient) patient = physio_patient_new ();

      physio_patient_set_name (patient, "Crash 0");
      if (!physio_database_save_patient (database, patient, &error))
        child_die ("first patient", error);
      patient_id = physio_patient_get_id (patient);
    }
  else
    {
      patient_id = physio_patient_get_id (g_ptr_array_index (patients, 0));
    }

  programmes = physio_database_list_programmes (database, patient_id, &error);
  if (programmes == NULL)
    child_die ("programmes", error);
  if (programmes->len == 0)
    {
      g_autoptr(PhysioProgramme) programme = child_new_programme (database, patient_id);

      if (!physio_database_save_programme (database, programme, &error))
        child_die ("first programme", error);
      programme_id = physio_programme_get_id (programme);
    }
  else
    {
      programme_id = physio_programme_get_id (g_ptr_array_index (programmes, 0));
    }

  /* Until killed; the parent always kills, the bound only stops a runaway child. */
  for (guint i = 0; i < SEQ_PER_TRIAL - 10; i++)
    child_step (database, rand, fd, patient_id, programme_id, &seq);

  g_rand_free (rand);
  return 0;
}

/* Parent --------------------------------------------------------------------------------- */

/* A file as version 2 of Physioplan left it, with one clinic-made exercise. */
static void
make_v2_file (const char *path)
{
  g_autoptr(GBytes) schema = store_test_read_fixture ("schema-v2.sql");
  g_autofree char *sql = g_strndup (g_bytes_get_data (schema, NULL), g_bytes_get_size (schema));
  sqlite3 *db = NULL;
  char *message = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  sqlite3_exec (db, sql, NULL, NULL, &message);
  g_assert_null (message);
  sqlite3_exec (db,
                "INSERT INTO exercise (handle, id, name, sort_key, category, position,"
                "  dosage_kind, laterality, default_dose, dose_limits, source, version,"
                "  created_at, updated_at) VALUES (1, 'X-old', 'Old chair march',"
                "  'old chair march', 'strength', 'sitting', 'reps', 'alternating',"
                "  '{\"sets\":2,\"reps\":10,\"sessions_per_day\":1,\"days_per_week\":5}',"
                "  '{\"reps\":[5,20]}', 'custom', 3, '2025-01-01T10:00:00Z',"
                "  '2025-01-02T10:00:00Z');"
                "PRAGMA user_version = 2;", NULL, NULL, &message);
  g_assert_null (message);
  sqlite3_close (db);
}

static void
remove_files (const char *dir)
{
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  const char *name;

  while (listing != NULL && (name = g_dir_read_name (listing)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      g_unlink (path);
    }
}

/* The database as the killed child left it, with its journal or WAL, copied byte for byte:
 * the check opens (and so recovers) the copy, and the next child finds the file exactly as a
 * crash left it, half-done migration included. */
static void
copy_files (const char *from,
            const char *to)
{
  g_autoptr(GDir) listing = g_dir_open (from, 0, NULL);
  const char *name;

  remove_files (to);
  while (listing != NULL && (name = g_dir_read_name (listing)) != NULL)
    {
      g_autofree char *source = g_build_filename (from, name, NULL);
      g_autofree char *target = g_build_filename (to, name, NULL);
      g_autofree char *contents = NULL;
      g_autoptr(GError) error = NULL;
      gsize length = 0;

      if (!g_file_get_contents (source, &contents, &length, &error) ||
          !g_file_set_contents_full (target, contents, length, G_FILE_SET_CONTENTS_NONE, 0600,
                                     &error))
        g_error ("copying %s: %s", name, error->message);
    }
}

/* SIGKILL ends the process, not the machine: the page cache survives, so fsync adds nothing to
 * what is tested here, only time. A memory file system makes it free when there is one. */
static char *
make_scratch_dir (void)
{
  g_autofree char *template = g_build_filename ("/dev/shm", "physio-crash-XXXXXX", NULL);

  if (g_file_test ("/dev/shm", G_FILE_TEST_IS_DIR) && access ("/dev/shm", W_OK) == 0 &&
      g_mkdtemp (template) != NULL)
    return g_steal_pointer (&template);

  return store_test_make_dir ();
}

static gint64
now_ms (void)
{
  return g_get_monotonic_time () / 1000;
}

/* Runs one child and kills it @life_ms after it started or, with @after_open, after its open
 * returned; returns what it reported. */
static GArray *
run_child (const char *self,
           const char *path,
           guint32     seed,
           gint64      seq,
           guint       life_ms,
           gboolean    after_open,
           gint64     *open_ms)
{
  g_autofree char *seed_arg = g_strdup_printf ("%u", seed);
  g_autofree char *seq_arg = g_strdup_printf ("%" G_GINT64_FORMAT, seq);
  GArray *records = g_array_new (FALSE, FALSE, sizeof (Record));
  gint64 deadline, started;
  int fds[2];
  int status = 0;
  pid_t pid;

  g_assert_cmpint (pipe (fds), ==, 0);
  pid = fork ();
  g_assert_cmpint (pid, >=, 0);
  if (pid == 0)
    {
      g_autofree char *fd_arg = g_strdup_printf ("%d", fds[1]);

      close (fds[0]);
      execl (self, self, "--child", path, seed_arg, seq_arg, fd_arg, (char *) NULL);
      _exit (4);
    }

  close (fds[1]);
  started = now_ms ();
  /* A child that never gets through its open is still killed, and the check says why. */
  deadline = now_ms () + (after_open ? 10000 : life_ms);
  for (;;)
    {
      struct pollfd poll_fd = { .fd = fds[0], .events = POLLIN };
      gint64 left = deadline - now_ms ();
      Record record;
      ssize_t n;

      if (left <= 0)
        break;
      if (poll (&poll_fd, 1, (int) left) <= 0)
        continue;
      n = read (fds[0], &record, sizeof record);
      if (n == 0)
        break;   /* the child ended by itself: waitpid says how */
      g_assert_cmpint (n, ==, sizeof record);
      g_array_append_val (records, record);
      if (record.kind == RECORD_MIGRATED)
        {
          *open_ms = now_ms () - started;
          if (after_open)
            deadline = now_ms () + life_ms;
        }
    }

  kill (pid, SIGKILL);
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  if (!(WIFSIGNALED (status) && WTERMSIG (status) == SIGKILL))
    g_error ("the child ended by itself (status %d) instead of being killed", status);

  /* What it reported before it died is still in the pipe. */
  for (;;)
    {
      Record record;
      ssize_t n = read (fds[0], &record, sizeof record);

      if (n <= 0)
        break;
      g_assert_cmpint (n, ==, sizeof record);
      g_array_append_val (records, record);
    }
  close (fds[0]);

  return records;
}

static void
check_sqlite (const char *path)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);

  g_assert_cmpint (sqlite3_prepare_v2 (db, "PRAGMA integrity_check", -1, &stmt, NULL), ==,
                   SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==, "ok");
  sqlite3_finalize (stmt);

  g_assert_cmpint (sqlite3_prepare_v2 (db, "PRAGMA foreign_key_check", -1, &stmt, NULL), ==,
                   SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    g_error ("foreign key violation in table %s", sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);

  sqlite3_close (db);
}

static gboolean
log_exists (const char *path,
            gint64      id,
            gint64      prescription_id)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gboolean found;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT 1 FROM session_log WHERE id = ?1 AND "
                                       "prescription_id = ?2", -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_int64 (stmt, 1, id);
  sqlite3_bind_int64 (stmt, 2, prescription_id);
  found = sqlite3_step (stmt) == SQLITE_ROW;
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return found;
}

static gint64
title_seq (const char *title)
{
  g_assert_true (g_str_has_prefix (title, "Crash "));
  return g_ascii_strtoll (title + strlen ("Crash "), NULL, 10);
}

/* Everything the child reported is there. Returns the number of changes checked. */
static guint
check_records (const char *path,
               GArray     *records,
               gboolean    v2_file)
{
  g_autoptr(PhysioDatabase) database = NULL;
  g_autoptr(GError) error = NULL;

  database = physio_database_open (path, &error);
  if (database == NULL)
    g_error ("the database does not open after the kill: %s", error->message);
  g_assert_cmpuint (physio_database_get_schema_version (database), ==,
                    PHYSIO_DATABASE_SCHEMA_VERSION);

  /* A migration killed half-way loses nothing of the old file. */
  if (v2_file)
    {
      g_autoptr(PhysioExercise) old = physio_database_get_exercise (database, "X-old", &error);

      g_assert_no_error (error);
      g_assert_cmpstr (physio_exercise_get_name (old), ==, "Old chair march");
    }

  for (guint i = 0; i < records->len; i++)
    {
      const Record *r = &g_array_index (records, Record, i);

      switch (r->kind)
        {
        case RECORD_PATIENT:
          {
            g_autoptr(PhysioPatient) patient = physio_database_get_patient (database, r->a,
                                                                              &error);
            g_autofree char *name = g_strdup_printf ("Crash %" G_GINT64_FORMAT, r->b);

            if (patient == NULL)
              g_error ("patient %" G_GINT64_FORMAT " was lost: %s", r->a, error->message);
            g_assert_cmpstr (physio_patient_get_name (patient), ==, name);
          }
          break;
        case RECORD_DIARY:
          {
            g_autoptr(GArray) diary = NULL;
            GDate date;

            g_date_clear (&date, 1);
            g_date_set_julian (&date, (guint32) r->b);
            diary = physio_database_list_diary (database, r->a, &date, &date, &error);
            g_assert_no_error (error);
            if (diary->len != 1)
              g_error ("the diary entry of day %" G_GINT64_FORMAT " was lost", r->b);
            g_assert_cmpint (g_array_index (diary, PhysioDiaryEntry, 0).morning_pain, ==, r->c);
          }
          break;
        case RECORD_PROGRAMME:
          {
            g_autoptr(PhysioProgramme) programme = physio_database_get_programme (database, r->a,
                                                                                  &error);

            g_assert_no_error (error);
            /* A later edit may have committed without being reported: never an older one. */
            if (title_seq (physio_programme_get_title (programme)) < r->b)
              g_error ("programme edit %" G_GINT64_FORMAT " was lost (title “%s”)", r->b,
                       physio_programme_get_title (programme));
          }
          break;
        case RECORD_LOG:
          if (!log_exists (path, r->a, r->b))
            g_error ("session log %" G_GINT64_FORMAT " was lost", r->a);
          break;
        case RECORD_MIGRATED:
          break;
        default:
          g_error ("unknown record %" G_GINT64_FORMAT, r->kind);
        }
    }

  g_clear_object (&database);
  check_sqlite (path);
  return records->len;
}

static void
test_kill_anywhere (gconstpointer data)
{
  const char *self = data;
  const char *trials_env = g_getenv ("PHYSIO_CRASH_TRIALS");
  const char *seed_env = g_getenv ("PHYSIO_CRASH_SEED");
  guint trials = trials_env != NULL ? (guint) g_ascii_strtoull (trials_env, NULL, 10) : 200;
  guint32 seed = seed_env != NULL ? (guint32) g_ascii_strtoull (seed_env, NULL, 10)
                                  : (guint32) g_random_int ();
  g_autofree char *dir = make_scratch_dir ();
  g_autofree char *check_dir = make_scratch_dir ();
  g_autofree char *path = g_build_filename (dir, "physioplan.db", NULL);
  g_autofree char *check_path = g_build_filename (check_dir, "physioplan.db", NULL);
  GRand *rand = g_rand_new_with_seed (seed);
  guint checked = 0, mid_migration = 0, files = 0;
  gboolean v2_file = FALSE;
  gboolean migrated = FALSE;
  gint64 seq = 0;
  gint64 started = now_ms ();
  gint64 t0, t_child = 0, t_check = 0;
  gint64 open_ms = 100;

  /* Printed before anything can fail: PHYSIO_CRASH_SEED=<seed> repeats this run. */
  g_test_message ("PHYSIO_CRASH_SEED=%u PHYSIO_CRASH_TRIALS=%u", seed, trials);

  for (guint trial = 0; trial < trials; trial++)
    {
      g_autoptr(GArray) records = NULL;
      gboolean after_open;
      guint life_ms;

      if (trial % TRIALS_PER_FILE == 0)
        {
          remove_files (dir);
          v2_file = files++ % 2 == 1;
          migrated = FALSE;
          seq = 0;
          if (v2_file)
            make_v2_file (path);
        }

      /* Until a version 2 file is migrated, and in one trial of four, the child is killed
       * while it starts and opens the file; else while it makes changes. */
      after_open = !(v2_file && !migrated) && g_rand_int_range (rand, 0, 4) != 0;
      /* Kills meant for the open land anywhere in the time the last open took, and a bit. */
      life_ms = g_rand_int_range (rand, 0, after_open ? MAX_LIFE_MS : open_ms * 5 / 4 + 1);
      t0 = now_ms ();
      records = run_child (self, path, g_rand_int (rand), seq, life_ms, after_open, &open_ms);
      if (v2_file && !migrated)
        {
          if (records->len > 0)
            migrated = TRUE;
          else
            mid_migration++;
        }
      t_child += now_ms () - t0;
      t0 = now_ms ();
      copy_files (dir, check_dir);
      checked += check_records (check_path, records, v2_file);
      t_check += now_ms () - t0;
      /* The next child's changes are all newer than anything before. */
      seq += SEQ_PER_TRIAL;
    }

  g_test_message ("children ran %" G_GINT64_FORMAT " ms, checks took %" G_GINT64_FORMAT " ms",
                  t_child, t_check);
  g_test_message ("%u trials, %u reported commits checked, %u kills before the open of a "
                  "version 2 file returned, %" G_GINT64_FORMAT " ms", trials, checked,
                  mid_migration, now_ms () - started);
  g_rand_free (rand);
  store_test_remove_dir (check_dir);
  store_test_remove_dir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *self = NULL;

  if (argc == 6 && g_str_equal (argv[1], "--child"))
    return child_main (argv[2], (guint32) g_ascii_strtoull (argv[3], NULL, 10),
                       g_ascii_strtoll (argv[4], NULL, 10), atoi (argv[5]));

  g_test_init (&argc, &argv, NULL);
  self = g_file_read_link ("/proc/self/exe", NULL);
  g_assert_nonnull (self);

  g_test_add_data_func ("/crash-safety/kill-anywhere", self, test_kill_anywhere);

  return g_test_run ();
}
