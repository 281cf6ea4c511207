/* test-dose-field.c: the one table of dose fields and the one decimal parser
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <locale.h>

#include "physio-dose-field.h"

/* Every field has an entry, at its own index, with a sane step and a scale that turns the
 * absolute range into whole shown units. */
static void
test_table (void)
{
  for (int f = 0; f < PHYSIO_N_DOSE_FIELDS; f++)
    {
      const PhysioDoseFieldInfo *info = physio_dose_field_info (f);
      double lower, upper;

      g_assert_nonnull (info);
      g_assert_cmpint (info->field, ==, f);
      g_assert_nonnull (info->title);
      g_assert_cmpuint (info->scale, >=, 1);
      g_assert_cmpfloat (info->step, >, 0);

      physio_dose_field_shown_range (f, &lower, &upper);
      g_assert_cmpfloat (lower, <, upper);
      g_assert_cmpfloat (info->step, <=, upper - lower);
    }

  /* The figures the three editors disagreed on, settled once. */
  g_assert_cmpfloat (physio_dose_field_info (PHYSIO_DOSE_FIELD_HOLD)->step, ==, 1);
  g_assert_cmpuint (physio_dose_field_info (PHYSIO_DOSE_FIELD_DURATION)->scale, ==, 60);
  g_assert_cmpstr (physio_dose_field_info (PHYSIO_DOSE_FIELD_DURATION)->unit, ==, "min");
  g_assert_cmpfloat (physio_dose_field_info (PHYSIO_DOSE_FIELD_STEPS)->step, ==, 500);
  g_assert_cmpfloat (physio_dose_field_info (PHYSIO_DOSE_FIELD_REST)->unset, ==, -1);
  g_assert_cmpfloat (physio_dose_field_info (PHYSIO_DOSE_FIELD_LOAD)->step, ==, 0.5);
}

/* Shown and stored values: minutes against seconds, rest's -1, a pyramid turned into a count. */
static void
test_shown_values (void)
{
  g_auto(PhysioDose) dose = PHYSIO_DOSE_INIT;

  physio_dose_field_set_shown (&dose, PHYSIO_DOSE_FIELD_DURATION, 1.5);
  g_assert_cmpuint (dose.duration_s, ==, 90);
  g_assert_cmpfloat (physio_dose_field_get_shown (&dose, PHYSIO_DOSE_FIELD_DURATION), ==, 1.5);

  g_assert_cmpfloat (physio_dose_field_get_shown (&dose, PHYSIO_DOSE_FIELD_REST), ==, -1);
  physio_dose_field_set_shown (&dose, PHYSIO_DOSE_FIELD_REST, 0);
  g_assert_cmpint (dose.rest_s, ==, 0);
  physio_dose_field_set_shown (&dose, PHYSIO_DOSE_FIELD_REST, -1);
  g_assert_cmpint (dose.rest_s, ==, -1);

  g_assert_true (physio_dose_parse_pattern (&dose, "6-4-2"));
  physio_dose_field_set_shown (&dose, PHYSIO_DOSE_FIELD_REPS, 8);
  g_assert_cmpuint (dose.n_pattern, ==, 0);
  g_assert_cmpuint (dose.sets, ==, 3);
  g_assert_cmpuint (dose.reps, ==, 8);

  dose.steps_above_baseline = 500;
  physio_dose_field_set_shown (&dose, PHYSIO_DOSE_FIELD_STEPS, 6000);
  g_assert_cmpuint (dose.steps_per_day, ==, 6000);
  g_assert_cmpuint (dose.steps_above_baseline, ==, 0);

  physio_dose_field_set_shown (&dose, PHYSIO_DOSE_FIELD_LOAD, 2.5);
  g_assert_cmpint (dose.load_kind, ==, PHYSIO_LOAD_KG);
  g_assert_cmpfloat (physio_dose_field_get_shown (&dose, PHYSIO_DOSE_FIELD_LOAD), ==, 2.5);
}

static void
check_parser (void)
{
  double value = -7;

  g_assert_true (physio_parse_decimal ("1.5", &value));
  g_assert_cmpfloat (value, ==, 1.5);
  g_assert_true (physio_parse_decimal ("1,5", &value));
  g_assert_cmpfloat (value, ==, 1.5);
  g_assert_true (physio_parse_decimal (" 12 ", &value));
  g_assert_cmpfloat (value, ==, 12);
  g_assert_true (physio_parse_decimal ("0,75", &value));
  g_assert_cmpfloat (value, ==, 0.75);
  g_assert_true (physio_parse_decimal (",5", &value));
  g_assert_cmpfloat (value, ==, 0.5);

  /* Refused, leaving the value alone. */
  value = -7;
  g_assert_false (physio_parse_decimal ("", &value));
  g_assert_false (physio_parse_decimal ("  ", &value));
  g_assert_false (physio_parse_decimal ("abc", &value));
  g_assert_false (physio_parse_decimal ("1.5kg", &value));
  g_assert_false (physio_parse_decimal ("1.000,5", &value));
  g_assert_false (physio_parse_decimal ("1,000.5", &value));
  g_assert_false (physio_parse_decimal ("1e3", &value));
  g_assert_false (physio_parse_decimal ("inf", &value));
  g_assert_false (physio_parse_decimal ("0x10", &value));
  g_assert_false (physio_parse_decimal (NULL, &value));
  g_assert_cmpfloat (value, ==, -7);
}

/* Both marks in the C locale, and in a locale whose own mark is the comma: the parser must not
 * depend on LC_NUMERIC. */
static void
test_parser (void)
{
  static const char * const comma_locales[] = {
    "de_DE.UTF-8", "de_DE.utf8", "fr_FR.UTF-8", "nl_NL.UTF-8", NULL
  };
  g_autofree char *saved = g_strdup (setlocale (LC_NUMERIC, NULL));
  gboolean tried_comma = FALSE;

  setlocale (LC_NUMERIC, "C");
  check_parser ();

  for (guint i = 0; comma_locales[i] != NULL && !tried_comma; i++)
    {
      if (setlocale (LC_NUMERIC, comma_locales[i]) == NULL)
        continue;
      tried_comma = TRUE;
      check_parser ();
    }

  setlocale (LC_NUMERIC, saved);
  if (!tried_comma)
    g_test_message ("No locale with a decimal comma is installed; checked in C only.");
}

static void
test_format_amount (void)
{
  g_autofree char *hold = physio_dose_field_format_amount (PHYSIO_DOSE_FIELD_HOLD, 45);
  g_autofree char *duration = physio_dose_field_format_amount (PHYSIO_DOSE_FIELD_DURATION, 7200);
  g_autofree char *sets = physio_dose_field_format_amount (PHYSIO_DOSE_FIELD_SETS, 3);

  g_assert_cmpstr (hold, ==, "45 s");
  g_assert_cmpstr (duration, ==, "120 min");
  g_assert_cmpstr (sets, ==, "3");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/dose-field/table", test_table);
  g_test_add_func ("/dose-field/shown-values", test_shown_values);
  g_test_add_func ("/dose-field/parser", test_parser);
  g_test_add_func ("/dose-field/format-amount", test_format_amount);

  return g_test_run ();
}
