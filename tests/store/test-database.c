/* test-database.c: creating, opening, migrating and refusing database files
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <stdlib.h>
#include <glib/gstdio.h>
#include <sqlite3.h>

#include "physio-database-patients.h"
#include "physio-database-private.h"
#include "store-test-util.h"

static char *
query_text (const char *path,
            const char *sql)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  char *result = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, NULL),
                   ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    result = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  sqlite3_close (db);

  return result;
}

static void
exec_file (const char *path,
           const char *sql)
{
  sqlite3 *db = NULL;
  char *message = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  sqlite3_exec (db, sql, NULL, NULL, &message);
  g_assert_null (message);
  sqlite3_close (db);
}

/* Every table, index and trigger except the full-text index's own shadow tables, one per line,
 * so a fresh file and a migrated one can be compared. */
static char *
schema_of (const char *path)
{
  return query_text (path,
                     "SELECT group_concat (type || ' ' || name || ': ' || ifnull (sql, ''), "
                     "char (10)) FROM (SELECT * FROM sqlite_schema "
                     "WHERE name NOT LIKE 'exercise_fts_%' ORDER BY name)");
}

static void
test_create (void)
{
  g_autofree char *dir = store_test_make_dir ();
  g_autofree char *folder = g_build_filename (dir, "physioplan", NULL);
  g_autofree char *path = g_build_filename (folder, "physioplan.db", NULL);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *journal_mode = NULL;
  g_autofree char *user_version = NULL;
  g_autoptr(PhysioDatabase) database = NULL;
  g_autoptr(GError) error = NULL;
  sqlite3_stmt *stmt = NULL;
  GStatBuf st;

  database = physio_database_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (physio_database_get_path (database), ==, path);
  g_assert_cmpuint (physio_database_get_schema_version (database), ==,
                    PHYSIO_DATABASE_SCHEMA_VERSION);
  g_assert_cmpuint (physio_database_count_exercises (database), ==, 0);
  g_assert_cmpuint (physio_database_get_library_version (database), ==, 0);

  /* Health data: the file and the folder made for it are the user's alone. */
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  g_assert_cmpint (g_stat (folder, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0700);
  /* SQLite gives the WAL the database's mode. */
  g_assert_cmpint (g_stat (wal, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  journal_mode = query_text (path, "PRAGMA journal_mode");
  g_assert_cmpstr (journal_mode, ==, "wal");
  user_version = query_text (path, "PRAGMA user_version");
  g_assert_cmpint (atoi (user_version), ==, PHYSIO_DATABASE_SCHEMA_VERSION);

  /* foreign_keys is per connection: ask the store's own. */
  g_assert_cmpint (sqlite3_prepare_v2 (_physio_database_get_sqlite (database),
                                       "PRAGMA foreign_keys", -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpint (sqlite3_column_int (stmt, 0), ==, 1);
  sqlite3_finalize (stmt);

  g_clear_object (&database);
  g_assert_null (physio_database_find_backup (path));
  store_test_remove_dir (dir);
}

static void
test_default_path (void)
{
  g_autofree char *path = physio_database_default_path ();
  g_autofree char *expected = g_build_filename (g_get_user_data_dir (), "physioplan",
                                                "physioplan.db", NULL);

  g_assert_cmpstr (path, ==, expected);
}

static void
test_open_existing (void)
{
  g_autofree char *dir = store_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "physioplan.db", NULL);
  g_autoptr(PhysioDatabase) database = NULL;
  g_autoptr(PhysioExercise) exercise = NULL;
  g_autoptr(GError) error = NULL;

  database = store_test_open_with_fixture (dir);
  g_clear_object (&database);

  database = physio_database_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (physio_database_count_exercises (database), ==, 9);
  g_assert_cmpuint (physio_database_get_library_version (database), ==, 1);
  exercise = physio_database_get_exercise (database, "COR-09", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (physio_exercise_get_name (exercise), ==, "Bird dog");

  /* Opening a file of the current version is no migration: no backup. */
  g_assert_null (physio_database_find_backup (path));

  g_clear_object (&database);
  store_test_remove_dir (dir);
}

/* The rows both old versions hold: one custom exercise with its lists. */
static const char old_rows_sql[] =
  "INSERT INTO meta VALUES ('library_version', '1');"
  "INSERT INTO exercise (handle, id, name, sort_key, category, position, dosage_kind,"
  "  laterality, default_dose, dose_limits, source, version, created_at, updated_at)"
  "  VALUES (1, 'X-old', 'Old chair march', 'old chair march', 'strength', 'sitting',"
  "  'reps', 'alternating', '{\"sets\":2,\"reps\":10,\"sessions_per_day\":1,"
  "  \"days_per_week\":5}', '{\"reps\":[5,20]}', 'custom', 3,"
  "  '2025-01-01T10:00:00Z', '2025-01-02T10:00:00Z');"
  "INSERT INTO alias VALUES (1, 0, 'seated marching');"
  "INSERT INTO step VALUES (1, 0, 'Sit tall.'), (1, 1, 'Lift one knee.'),"
  "  (1, 2, 'Swap legs.');"
  "INSERT INTO cue VALUES (1, 0, 'Steady rhythm');"
  "INSERT INTO tag VALUES (1, 'region', 'lower_limb', 0);";

/* A file as version 1 of Physioplan left it: schema-v1.sql plus one custom exercise. */
static void
make_v1_file (const char *path)
{
  g_autoptr(GBytes) schema = store_test_read_fixture ("schema-v1.sql");
  g_autofree char *sql = g_strndup (g_bytes_get_data (schema, NULL), g_bytes_get_size (schema));

  exec_file (path, sql);
  exec_file (path, old_rows_sql);
  exec_file (path, "PRAGMA user_version = 1;");
}

/* A file as version 2 left it: schema-v2.sql, the same exercise, and its row in the index. */
static void
make_v2_file (const char *path)
{
  g_autoptr(GBytes) schema = store_test_read_fixture ("schema-v2.sql");
  g_autofree char *sql = g_strndup (g_bytes_get_data (schema, NULL), g_bytes_get_size (schema));

  exec_file (path, sql);
  exec_file (path, old_rows_sql);
  exec_file (path,
             "INSERT INTO exercise_fts (rowid, name, aliases, steps, cues) VALUES (1, "
             "  'Old chair march', 'seated marching', 'Sit tall.' || char (10) || "
             "  'Lift one knee.' || char (10) || 'Swap legs.', 'Steady rhythm');"
             "PRAGMA user_version = 2;");
}

static void
test_migrate_v1 (void)
{
  g_autofree char *dir = store_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "physioplan.db", NULL);
  g_autofree char *fresh_path = g_build_filename (dir, "fresh.db", NULL);
  g_autofree char *backup_path = g_strconcat (path, ".backup-v1", NULL);
  g_autofree char *found = NULL;
  g_autofree char *backup_version = NULL;
  g_autofree char *backup_name = NULL;
  g_autofree char *migrated_schema = NULL;
  g_autofree char *fresh_schema = NULL;
  g_autoptr(PhysioDatabase) database = NULL;
  g_autoptr(PhysioDatabase) fresh = NULL;
  g_autoptr(PhysioExercise) exercise = NULL;
  g_autoptr(GArray) found_by_alias = NULL;
  g_autoptr(GError) error = NULL;
  PhysioExerciseQuery query = { .text = (char *) "seated" };
  GStatBuf st;

  make_v1_file (path);

  database = physio_database_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (physio_database_get_schema_version (database), ==,
                    PHYSIO_DATABASE_SCHEMA_VERSION);

  /* The rows survive, every field readable. */
  g_assert_cmpuint (physio_database_count_exercises (database), ==, 1);
  g_assert_cmpuint (physio_database_get_library_version (database), ==, 1);
  exercise = physio_database_get_exercise (database, "X-old", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (physio_exercise_get_name (exercise), ==, "Old chair march");
  g_assert_cmpuint (physio_exercise_get_version (exercise), ==, 3);
  g_assert_cmpint (physio_exercise_get_laterality (exercise), ==,
                   PHYSIO_LATERALITY_ALTERNATING);
  g_assert_cmpuint (g_strv_length ((char **) physio_exercise_get_steps (exercise)), ==, 3);
  g_assert_cmpstr (physio_exercise_get_aliases (exercise)[0], ==, "seated marching");
  g_assert_cmpuint (physio_exercise_get_default_dose (exercise)->reps, ==, 10);

  /* Version 2 indexed the rows that were already there. */
  found_by_alias = physio_database_search (database, &query, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (found_by_alias->len, ==, 1);

  /* The migrated file says it is ours. */
  {
    g_autofree char *app_id = query_text (path, "PRAGMA application_id");
    g_autofree char *expected = g_strdup_printf ("%d", PHYSIO_DATABASE_APPLICATION_ID);

    g_assert_cmpstr (app_id, ==, expected);
  }

  /* The old file was copied first, and the copy is still version 1. */
  g_assert_true (g_file_test (backup_path, G_FILE_TEST_IS_REGULAR));
  g_assert_cmpint (g_stat (backup_path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  backup_version = query_text (backup_path, "PRAGMA user_version");
  g_assert_cmpstr (backup_version, ==, "1");
  backup_name = query_text (backup_path, "SELECT name FROM exercise WHERE id = 'X-old'");
  g_assert_cmpstr (backup_name, ==, "Old chair march");
  found = physio_database_find_backup (path);
  g_assert_cmpstr (found, ==, backup_path);

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

/* Version 3 added patients and programmes: a version-2 file keeps its exercises and index,
 * is copied first, and can hold a patient with a programme afterwards. */
static void
test_migrate_v2 (void)
{
  g_autofree char *dir = store_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "physioplan.db", NULL);
  g_autofree char *fresh_path = g_build_filename (dir, "fresh.db", NULL);
  g_autofree char *backup_path = g_strconcat (path, ".backup-v2", NULL);
  g_autofree char *backup_version = NULL;
  g_autofree char *backup_tables = NULL;
  g_autofree char *migrated_schema = NULL;
  g_autofree char *fresh_schema = NULL;
  g_autofree char *found = NULL;
  g_autoptr(PhysioDatabase) database = NULL;
  g_autoptr(PhysioDatabase) fresh = NULL;
  g_autoptr(PhysioExercise) exercise = NULL;
  g_autoptr(PhysioPatient) patient = physio_patient_new ();
  g_autoptr(PhysioPatient) reread = NULL;
  g_autoptr(GArray) found_by_step = NULL;
  g_autoptr(GError) error = NULL;
  PhysioExerciseQuery query = { .text = (char *) "knee" };

  make_v2_file (path);

  database = physio_database_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (physio_database_get_schema_version (database), ==,
                    PHYSIO_DATABASE_SCHEMA_VERSION);

  exercise = physio_database_get_exercise (database, "X-old", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (physio_exercise_get_name (exercise), ==, "Old chair march");
  g_assert_cmpuint (physio_exercise_get_version (exercise), ==, 3);
  g_assert_cmpstr (physio_exercise_get_cues (exercise)[0], ==, "Steady rhythm");
  found_by_step = physio_database_search (database, &query, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (found_by_step->len, ==, 1);

  /* The new tables work in the migrated file. */
  physio_patient_set_name (patient, "Ana Moreno");
  physio_database_save_patient (database, patient, &error);
  g_assert_no_error (error);
  reread = physio_database_get_patient (database, physio_patient_get_id (patient), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (physio_patient_get_name (reread), ==, "Ana Moreno");

  /* The copy is the version-2 file, without the new tables. */
  found = physio_database_find_backup (path);
  g_assert_cmpstr (found, ==, backup_path);
  backup_version = query_text (backup_path, "PRAGMA user_version");
  g_assert_cmpstr (backup_version, ==, "2");
  backup_tables = query_text (backup_path,
                              "SELECT count(*) FROM sqlite_schema WHERE name = 'patient'");
  g_assert_cmpstr (backup_tables, ==, "0");

  fresh = physio_database_open (fresh_path, &error);
  g_assert_no_error (error);
  g_clear_object (&database);
  g_clear_object (&fresh);
  migrated_schema = schema_of (path);
  fresh_schema = schema_of (fresh_path);
  g_assert_cmpstr (migrated_schema, ==, fresh_schema);

  store_test_remove_dir (dir);
}

/* A current file made before the application id (as every file of schema 3 in the field
 * is) is recognised by its tables, opens without a migration, and gets the id. */
static void
test_legacy_current_gets_id (void)
{
  g_autofree char *dir = store_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "physioplan.db", NULL);
  g_autofree char *app_id = NULL;
  g_autofree char *expected = g_strdup_printf ("%d", PHYSIO_DATABASE_APPLICATION_ID);
  g_autoptr(PhysioDatabase) database = NULL;
  g_autoptr(GError) error = NULL;

  database = store_test_open_with_fixture (dir);
  g_clear_object (&database);
  g_assert_cmpint (PHYSIO_DATABASE_SCHEMA_VERSION, >=, PHYSIO_DATABASE_LEGACY_MAX_VERSION);
  exec_file (path, "PRAGMA application_id = 0;");

  database = physio_database_open (path, &error);
  if (PHYSIO_DATABASE_SCHEMA_VERSION > PHYSIO_DATABASE_LEGACY_MAX_VERSION)
    {
      /* Past schema 3 every file of ours has the id: one without it is another program's. */
      g_assert_error (error, PHYSIO_DATABASE_ERROR, PHYSIO_DATABASE_ERROR_NOT_A_DATABASE);
      store_test_remove_dir (dir);
      return;
    }
  g_assert_no_error (error);
  g_assert_cmpuint (physio_database_count_exercises (database), ==, 9);
  g_assert_null (physio_database_find_backup (path));
  g_clear_object (&database);

  app_id = query_text (path, "PRAGMA application_id");
  g_assert_cmpstr (app_id, ==, expected);

  store_test_remove_dir (dir);
}

/* Opening must fail with @code, name the file, and leave it byte for byte as it was, with
 * no WAL or shared-memory file beside it. */
static void
assert_refused (const char *path,
                int         code)
{
  g_autoptr(GBytes) before = store_test_file_bytes (path);
  g_autoptr(GBytes) after = NULL;
  g_autoptr(PhysioDatabase) database = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);

  database = physio_database_open (path, &error);
  g_assert_error (error, PHYSIO_DATABASE_ERROR, code);
  g_assert_null (database);
  g_assert_nonnull (strstr (error->message, path));

  after = store_test_file_bytes (path);
  g_assert_true (g_bytes_equal (before, after));
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (shm, G_FILE_TEST_EXISTS));
  g_assert_null (physio_database_find_backup (path));
}

static void
test_not_sqlite (void)
{
  g_autofree char *dir = store_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "physioplan.db", NULL);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, "Dear diary,\nmy back is better today.\n", -1, &error);
  g_assert_no_error (error);
  assert_refused (path, PHYSIO_DATABASE_ERROR_NOT_A_DATABASE);

  store_test_remove_dir (dir);
}

static void
test_other_program (void)
{
  g_autofree char *dir = store_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "physioplan.db", NULL);

  exec_file (path, "CREATE TABLE recipes (name TEXT); INSERT INTO recipes VALUES ('soup');");
  assert_refused (path, PHYSIO_DATABASE_ERROR_NOT_A_DATABASE);

  store_test_remove_dir (dir);
}

/* A good database whose pages after the first are overwritten: the header and schema page
 * read fine, the data does not. */
static void
corrupt_file (const char *path)
{
  g_autoptr(GBytes) bytes = store_test_file_bytes (path);
  g_autoptr(GError) error = NULL;
  gsize size = g_bytes_get_size (bytes);
  guint8 *data = g_memdup2 (g_bytes_get_data (bytes, NULL), size);
  g_autoptr(GRand) rand = g_rand_new_with_seed (42);

  g_assert_cmpuint (size, >, 4096 * 4);
  for (gsize i = 4096; i < size; i++)
    data[i] = g_rand_int_range (rand, 0, 256);

  g_file_set_contents (path, (const char *) data, size, &error);
  g_assert_no_error (error);
  g_free (data);
}

static void
test_corrupt (void)
{
  g_autofree char *dir = store_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "physioplan.db", NULL);
  g_autoptr(PhysioDatabase) database = NULL;
  g_autofree char *header = NULL;
  g_autofree char *uri = NULL;

  database = store_test_open_with_fixture (dir);
  g_clear_object (&database);
  corrupt_file (path);

  /* Still an SQLite header: this is damage, not a foreign file. (Immutable, because even a
   * read-only look at a WAL database leaves -wal and -shm files behind.) */
  uri = g_strconcat ("file:", path, "?immutable=1", NULL);
  header = query_text (uri, "PRAGMA user_version");
  g_assert_cmpint (atoi (header), ==, PHYSIO_DATABASE_SCHEMA_VERSION);
  assert_refused (path, PHYSIO_DATABASE_ERROR_CORRUPT);

  store_test_remove_dir (dir);
}

static void
test_too_new (void)
{
  g_autofree char *dir = store_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "physioplan.db", NULL);
  g_autofree char *sql = g_strdup_printf ("CREATE TABLE future (x); PRAGMA user_version = %d; "
                                          "PRAGMA application_id = %d;",
                                          PHYSIO_DATABASE_SCHEMA_VERSION + 1,
                                          PHYSIO_DATABASE_APPLICATION_ID);
  g_autoptr(PhysioDatabase) database = NULL;
  g_autoptr(GError) error = NULL;

  exec_file (path, sql);
  assert_refused (path, PHYSIO_DATABASE_ERROR_TOO_NEW);

  /* The same refusal for a newer file in WAL mode, as Physioplan writes them. */
  store_test_remove_dir (dir);
  g_mkdir (dir, 0700);
  database = store_test_open_with_fixture (dir);
  g_clear_object (&database);
  exec_file (path, "PRAGMA user_version = 99;");
  assert_refused (path, PHYSIO_DATABASE_ERROR_TOO_NEW);

  store_test_remove_dir (dir);
}

static void
test_find_and_restore_backup (void)
{
  g_autofree char *dir = store_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "physioplan.db", NULL);
  g_autofree char *backup = NULL;
  g_autofree char *damaged = NULL;
  g_autoptr(PhysioDatabase) database = NULL;
  g_autoptr(PhysioExercise) exercise = NULL;
  g_autoptr(GBytes) corrupt_bytes = NULL;
  g_autoptr(GBytes) damaged_bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) listing = NULL;
  const char *name;
  GStatBuf st;

  g_assert_null (physio_database_find_backup (path));

  /* A migration leaves physioplan.db.backup-v1; then the file is damaged. */
  make_v1_file (path);
  database = physio_database_open (path, &error);
  g_assert_no_error (error);
  g_clear_object (&database);
  corrupt_file (path);
  corrupt_bytes = store_test_file_bytes (path);

  database = physio_database_open (path, &error);
  g_assert_error (error, PHYSIO_DATABASE_ERROR, PHYSIO_DATABASE_ERROR_CORRUPT);
  g_clear_error (&error);

  backup = physio_database_find_backup (path);
  g_assert_nonnull (backup);
  g_assert_true (g_str_has_suffix (backup, "physioplan.db.backup-v1"));

  physio_database_restore_backup (path, backup, &error);
  g_assert_no_error (error);

  /* The damaged file was moved aside, not deleted. */
  listing = g_dir_open (dir, 0, NULL);
  while ((name = g_dir_read_name (listing)) != NULL)
    if (g_str_has_prefix (name, "physioplan.db.damaged-") && !g_str_has_suffix (name, "-wal") &&
        !g_str_has_suffix (name, "-shm"))
      damaged = g_build_filename (dir, name, NULL);
  g_assert_nonnull (damaged);
  damaged_bytes = store_test_file_bytes (damaged);
  g_assert_true (g_bytes_equal (damaged_bytes, corrupt_bytes));

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  /* The restored copy opens (and migrates again) with its rows. */
  database = physio_database_open (path, &error);
  g_assert_no_error (error);
  exercise = physio_database_get_exercise (database, "X-old", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (physio_exercise_get_name (exercise), ==, "Old chair march");

  g_clear_object (&database);
  store_test_remove_dir (dir);
}

static void
test_restore_refuses_bad_backup (void)
{
  g_autofree char *dir = store_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "physioplan.db", NULL);
  g_autofree char *backup = g_strconcat (path, ".backup-v1", NULL);
  g_autoptr(PhysioDatabase) database = NULL;
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;
  g_autoptr(GError) error = NULL;

  database = store_test_open_with_fixture (dir);
  g_clear_object (&database);
  before = store_test_file_bytes (path);

  g_file_set_contents (backup, "not a database", -1, &error);
  g_assert_no_error (error);

  physio_database_restore_backup (path, backup, &error);
  g_assert_error (error, PHYSIO_DATABASE_ERROR, PHYSIO_DATABASE_ERROR_NOT_A_DATABASE);

  /* Nothing was moved. */
  after = store_test_file_bytes (path);
  g_assert_true (g_bytes_equal (before, after));

  store_test_remove_dir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/store/database/create", test_create);
  g_test_add_func ("/store/database/default-path", test_default_path);
  g_test_add_func ("/store/database/open-existing", test_open_existing);
  g_test_add_func ("/store/database/migrate-v1", test_migrate_v1);
  g_test_add_func ("/store/database/migrate-v2", test_migrate_v2);
  g_test_add_func ("/store/database/legacy-current-gets-id", test_legacy_current_gets_id);
  g_test_add_func ("/store/database/not-sqlite", test_not_sqlite);
  g_test_add_func ("/store/database/other-program", test_other_program);
  g_test_add_func ("/store/database/corrupt", test_corrupt);
  g_test_add_func ("/store/database/too-new", test_too_new);
  g_test_add_func ("/store/database/find-and-restore-backup", test_find_and_restore_backup);
  g_test_add_func ("/store/database/restore-refuses-bad-backup",
                   test_restore_refuses_bad_backup);

  return g_test_run ();
}
