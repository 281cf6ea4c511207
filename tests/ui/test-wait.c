/* test-wait.c: the main-loop wait of the widget tests, which needs no display
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ui-test-util.h"

static guint n_evaluations;

static gboolean
third_time_lucky (void)
{
  return ++n_evaluations >= 3;
}

/* Once per poll, and not once more after the loop: an expression that allocates (a row read
 * back from the database) would leak the extra one. */
static void
test_evaluates_once_per_poll (void)
{
  n_evaluations = 0;
  WAIT_FOR (third_time_lucky ());
  g_assert_cmpuint (n_evaluations, ==, 3);

  n_evaluations = 2;
  WAIT_FOR (third_time_lucky ());
  g_assert_cmpuint (n_evaluations, ==, 3);
}

static void
test_timeout_scale (void)
{
  g_unsetenv ("PHYSIO_TEST_TIMEOUT_SCALE");
  g_assert_cmpint (ui_test_timeout_usec (5), ==, 5 * G_USEC_PER_SEC);

  g_setenv ("PHYSIO_TEST_TIMEOUT_SCALE", "10", TRUE);
  g_assert_cmpint (ui_test_timeout_usec (5), ==, 50 * G_USEC_PER_SEC);

  g_setenv ("PHYSIO_TEST_TIMEOUT_SCALE", "2.5", TRUE);
  g_assert_cmpint (ui_test_timeout_usec (2), ==, 5 * G_USEC_PER_SEC);

  /* Nonsense is ignored rather than turning the waits into none or forever. */
  g_setenv ("PHYSIO_TEST_TIMEOUT_SCALE", "nan", TRUE);
  g_assert_cmpint (ui_test_timeout_usec (5), ==, 5 * G_USEC_PER_SEC);
  g_setenv ("PHYSIO_TEST_TIMEOUT_SCALE", "0", TRUE);
  g_assert_cmpint (ui_test_timeout_usec (5), ==, 5 * G_USEC_PER_SEC);

  g_unsetenv ("PHYSIO_TEST_TIMEOUT_SCALE");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/wait/evaluates-once-per-poll", test_evaluates_once_per_poll);
  g_test_add_func ("/wait/timeout-scale", test_timeout_scale);

  return g_test_run ();
}
