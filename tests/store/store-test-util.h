/* store-test-util.h: temporary databases and fixtures for the store tests
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "physio-database.h"

G_BEGIN_DECLS

/* A fresh folder under the system's temp dir, removed with everything in it by
 * store_test_remove_dir (). */
char           *store_test_make_dir        (void);
void            store_test_remove_dir      (const char  *dir);

/* The bytes of tests/store/<name> (G_TEST_SRCDIR is tests/). */
GBytes         *store_test_read_fixture    (const char  *name);
/* Reads the fixtures @names (NULL-terminated) now, and store_test_read_fixture () serves them
 * from memory from then on. For a test that gives up root before g_test_init (): the user it
 * becomes may not be allowed into the source tree (a clone in /root or a private temp folder). */
void            store_test_preload_fixtures (const char * const *names);
/* Opens <dir>/physioplan.db and loads tests/store/fixture-library.json (9 exercises). */
PhysioDatabase *store_test_open_with_fixture (const char *dir);

/* What a fixture's set-up and tear-down do: a new temp folder, stored in *@dir, holding a
 * database with the fixture library; then that database closed and the folder removed, both
 * pointers cleared. */
PhysioDatabase *store_test_fixture_open    (char           **dir);
void            store_test_fixture_close   (char           **dir,
                                            PhysioDatabase **database);

/* A valid clinic-made exercise: reps, 3 steps, one region; callers change what they test. */
PhysioExercise *store_test_new_custom      (const char  *name);

/* A calendar date. */
GDate           store_test_date            (guint        day,
                                            GDateMonth   month,
                                            guint        year);
/* Saves a patient with just a name and returns the id. */
gint64          store_test_add_patient     (PhysioDatabase *database,
                                            const char     *name);
/* Counts the rows of a table (by name) in the database, for "nothing was written". */
guint           store_test_count_rows      (PhysioDatabase *database,
                                            const char     *table);

/* Whole-file comparison, for "the file was not touched". */
GBytes         *store_test_file_bytes      (const char  *path);

G_END_DECLS
