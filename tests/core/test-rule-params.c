/* test-rule-params.c: progression settings read from a database or a settings file are
 * untrusted text
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <math.h>
#include <string.h>

#include "physio-rule-params.h"

static void
test_round_trip (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  PhysioRuleParams params;
  PhysioRuleParams reread;

  physio_rule_params_init_defaults (&params);
  params.window_days = 10;
  params.load_increment = 0.04;
  text = physio_rule_params_to_string (&params);

  physio_rule_params_init_defaults (&reread);
  g_assert_true (physio_rule_params_from_string (&reread, text, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (reread.window_days, ==, 10);
  g_assert_cmpfloat (reread.load_increment, ==, 0.04);
}

/* Each is refused with a message naming the setting, and the parameters are left as they
 * were. Before the fix, NaN passed the range check, and a negative or huge count was cast to
 * unsigned (undefined behaviour, which UBSan's float-cast-overflow reports). */
static void
test_hostile_values (void)
{
  static const struct
  {
    const char *text;
    const char *key;
  } cases[] = {
    { "[Progression]\nwindow_days=nan\n", "window_days" },
    { "[Progression]\nwindow_days=-nan\n", "window_days" },
    { "[Progression]\nadherence_progress_min=nan\n", "adherence_progress_min" },
    { "[Progression]\nload_increment=inf\n", "load_increment" },
    { "[Progression]\nwindow_days=-1\n", "window_days" },
    { "[Progression]\nwindow_days=-1e300\n", "window_days" },
    { "[Progression]\nsteps_increment=1e300\n", "steps_increment" },
    { "[Progression]\nwindow_days=4294967303\n", "window_days" },
    { "[Progression]\nwindow_days=7.5\n", "window_days" },
    { "[Progression]\nregress_fraction=2\n", "regress_fraction" },
    { "[Progression]\nrpe_progress_max=six\n", "rpe_progress_max" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *after = NULL;
      g_autofree char *expected = NULL;
      PhysioRuleParams params;
      PhysioRuleParams defaults;

      physio_rule_params_init_defaults (&params);
      physio_rule_params_init_defaults (&defaults);
      g_assert_false (physio_rule_params_from_string (&params, cases[i].text, &error));
      g_assert_error (error, G_KEY_FILE_ERROR, G_KEY_FILE_ERROR_INVALID_VALUE);
      if (strstr (error->message, cases[i].key) == NULL)
        g_error ("“%s” does not name %s", error->message, cases[i].key);
      after = physio_rule_params_to_string (&params);
      expected = physio_rule_params_to_string (&defaults);
      g_assert_cmpstr (after, ==, expected);
    }
}

/* A NaN put in by code (an import filling the struct) fails validation too. */
static void
test_validate_nan (void)
{
  g_autoptr(GError) error = NULL;
  PhysioRuleParams params;

  physio_rule_params_init_defaults (&params);
  params.quota_weekly_increase = NAN;
  g_assert_false (physio_rule_params_validate (&params, &error));
  g_assert_error (error, G_KEY_FILE_ERROR, G_KEY_FILE_ERROR_INVALID_VALUE);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/rule-params/round-trip", test_round_trip);
  g_test_add_func ("/rule-params/hostile-values", test_hostile_values);
  g_test_add_func ("/rule-params/validate-nan", test_validate_nan);

  return g_test_run ();
}
