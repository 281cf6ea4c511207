/* test-library-version.c: the start-up check of the built-in library's version
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include "store-test-util.h"

typedef struct
{
  char           *dir;
  PhysioDatabase *database;   /* holds fixture-library.json, library_version 1 */
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

static GBytes *
fixture_edited (const char *find,
                const char *replace)
{
  g_autoptr(GBytes) v1 = store_test_read_fixture ("fixture-library.json");
  g_autoptr(GString) text = g_string_new_len (g_bytes_get_data (v1, NULL),
                                              g_bytes_get_size (v1));

  g_assert_cmpuint (g_string_replace (text, find, replace, 1), ==, 1);
  return g_bytes_new (text->str, text->len);
}

/* The version is read before the exercises: a library of the version already loaded is not
 * parsed at all, so even a body that does not parse changes nothing and reports nothing. */
static void
test_same_version_not_parsed (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autoptr(GBytes) same = fixture_edited ("\"exercises\": [", "\"exercises\": [ not json,");
  g_autoptr(GBytes) newer = fixture_edited ("\"library_version\": 1", "\"library_version\": 2");
  g_autoptr(GBytes) newer_broken = NULL;
  g_autoptr(GError) error = NULL;
  guint n_changed = 99;

  g_assert_true (physio_database_load_builtin_library (fixture->database, same, &n_changed,
                                                       &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_changed, ==, 0);
  g_assert_cmpuint (physio_database_get_library_version (fixture->database), ==, 1);

  /* A newer version is parsed in full, so the same broken body is refused. */
  newer_broken = fixture_edited ("\"library_version\": 1,\n  \"exercises\": [",
                                 "\"library_version\": 2,\n  \"exercises\": [ not json,");
  g_assert_false (physio_database_load_builtin_library (fixture->database, newer_broken,
                                                        NULL, &error));
  g_assert_error (error, PHYSIO_DATABASE_ERROR, PHYSIO_DATABASE_ERROR_LIBRARY);
  g_clear_error (&error);
  g_assert_cmpuint (physio_database_get_library_version (fixture->database), ==, 1);

  g_assert_true (physio_database_load_builtin_library (fixture->database, newer, &n_changed,
                                                       &error));
  g_assert_no_error (error);
  g_assert_cmpuint (physio_database_get_library_version (fixture->database), ==, 2);
}

/* Where the version cannot be read from the first members (it comes after the exercises, or
 * behind a member the quick read does not step over), the whole file decides, as before. */
static void
test_version_anywhere (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GBytes) after = NULL;
  g_autoptr(GBytes) escaped = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) v1 = store_test_read_fixture ("fixture-library.json");
  g_autoptr(GString) text = g_string_new_len (g_bytes_get_data (v1, NULL),
                                              g_bytes_get_size (v1));
  char *close;

  /* library_version 3, written after the exercises array. */
  g_assert_cmpuint (g_string_replace (text, "\"library_version\": 1,", "", 1), ==, 1);
  close = strrchr (text->str, '}');
  g_assert_nonnull (close);
  g_string_insert (text, close - text->str, ", \"library_version\": 3\n");
  after = g_bytes_new (text->str, text->len);

  g_assert_true (physio_database_load_builtin_library (fixture->database, after, NULL,
                                                       &error));
  g_assert_no_error (error);
  g_assert_cmpuint (physio_database_get_library_version (fixture->database), ==, 3);

  /* library_version 4 behind a string with an escape that names an older version. */
  escaped = fixture_edited ("\"library_version\": 1",
                            "\"note\": \"\\\"library_version\\\": 1\", \"library_version\": 4");
  g_assert_true (physio_database_load_builtin_library (fixture->database, escaped, NULL,
                                                       &error));
  g_assert_no_error (error);
  g_assert_cmpuint (physio_database_get_library_version (fixture->database), ==, 4);
}

/* The built-in library (read from the resource) is loaded once; a second start finds its
 * version and changes nothing. */
static void
test_builtin_once (void)
{
  g_autofree char *dir = store_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "physioplan.db", NULL);
  g_autoptr(PhysioDatabase) database = NULL;
  g_autoptr(GError) error = NULL;
  guint n_changed = 0;
  guint version;

  database = physio_database_open (path, &error);
  g_assert_no_error (error);
  g_assert_true (physio_database_load_builtin_library (database, NULL, &n_changed, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_changed, >, 0);
  version = physio_database_get_library_version (database);
  g_assert_cmpuint (version, >, 0);

  g_assert_true (physio_database_load_builtin_library (database, NULL, &n_changed, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_changed, ==, 0);
  g_assert_cmpuint (physio_database_get_library_version (database), ==, version);

  g_clear_object (&database);
  store_test_remove_dir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/store/library-version/" path, Fixture, NULL, fixture_set_up, func, \
              fixture_tear_down)
  ADD ("same-version-not-parsed", test_same_version_not_parsed);
  ADD ("version-anywhere", test_version_anywhere);
#undef ADD
  g_test_add_func ("/store/library-version/builtin-once", test_builtin_once);

  return g_test_run ();
}
