/* test-dose-rows.c: the one dose spin row, the exercise editor's dose sections and the
 * vocabulary check row, each made, used and torn down on its own
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "physio-dose-spin-row.h"
#include "physio-exercise-dose-group.h"
#include "physio-exercise-limits-group.h"
#include "physio-vocab-check-row.h"
#include "ui-test-util.h"

static void
type (PhysioDoseSpinRow *row,
      const char        *text)
{
  gtk_editable_set_text (GTK_EDITABLE (physio_dose_spin_row_get_spin (row)), text);
}

/* The row is set up from the core's table: unit, step, and minutes against seconds. */
static void
test_spin_row_from_table (void)
{
  PhysioDoseSpinRow *row = g_object_ref_sink (
    PHYSIO_DOSE_SPIN_ROW (physio_dose_spin_row_new (PHYSIO_DOSE_FIELD_DURATION, TRUE)));
  g_autofree char *unit = NULL;
  GtkSpinButton *spin = physio_dose_spin_row_get_spin (row);
  double step = 0;

  g_object_get (row, "unit", &unit, NULL);
  g_assert_cmpstr (unit, ==, "min");
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, "Duration");
  gtk_spin_button_get_increments (spin, &step, NULL);
  g_assert_cmpfloat (step, ==, 1);

  g_assert_finalize_object (row);
}

/* "1,5" and "1.5" are the same number as typed, and as committed. */
static void
test_spin_row_decimal_marks (void)
{
  PhysioDoseSpinRow *row = g_object_ref_sink (
    PHYSIO_DOSE_SPIN_ROW (physio_dose_spin_row_new (PHYSIO_DOSE_FIELD_DURATION, TRUE)));
  GtkSpinButton *spin = physio_dose_spin_row_get_spin (row);
  g_auto(PhysioDose) dose = PHYSIO_DOSE_INIT;
  guint edited = 0;
  double value = 0;

  g_signal_connect_swapped (row, "edited", G_CALLBACK (g_atomic_int_inc), &edited);

  type (row, "1,5");
  g_assert_cmpuint (edited, >, 0);
  g_assert_true (physio_dose_spin_row_read_typed (row, &value));
  g_assert_cmpfloat (value, ==, 1.5);
  g_assert_true (physio_dose_spin_row_store_typed (row, &dose));
  g_assert_cmpuint (dose.duration_s, ==, 90);

  type (row, "2.25");
  gtk_spin_button_update (spin);
  g_assert_cmpfloat (physio_dose_spin_row_get_value (row), ==, 2.25);

  type (row, "1,75");
  gtk_spin_button_update (spin);
  g_assert_cmpfloat (physio_dose_spin_row_get_value (row), ==, 1.75);

  /* Not a number: refused, and the value in force stays. */
  type (row, "abc");
  g_assert_false (physio_dose_spin_row_read_typed (row, &value));
  g_assert_false (physio_dose_spin_row_store_typed (row, &dose));
  g_assert_cmpuint (dose.duration_s, ==, 90);
  gtk_spin_button_update (spin);
  g_assert_cmpfloat (physio_dose_spin_row_get_value (row), ==, 1.75);

  g_assert_finalize_object (row);
}

/* An empty box means "not set": -1 for rest, never a 0 that reads as a prescription. */
static void
test_spin_row_blank_is_unset (void)
{
  PhysioDoseSpinRow *row = g_object_ref_sink (
    PHYSIO_DOSE_SPIN_ROW (physio_dose_spin_row_new (PHYSIO_DOSE_FIELD_REST, TRUE)));
  g_auto(PhysioDose) dose = PHYSIO_DOSE_INIT;

  dose.rest_s = 60;
  physio_dose_spin_row_load (row, &dose);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (physio_dose_spin_row_get_spin (row))),
                   ==, "60");

  type (row, "");
  g_assert_true (physio_dose_spin_row_store_typed (row, &dose));
  g_assert_cmpint (dose.rest_s, ==, -1);

  type (row, "0");
  g_assert_true (physio_dose_spin_row_store_typed (row, &dose));
  g_assert_cmpint (dose.rest_s, ==, 0);

  g_assert_finalize_object (row);
}

/* The dose section follows the dosage kind and checks against the limits it is given. */
static void
test_dose_group (void)
{
  PhysioExerciseDoseGroup *group =
    g_object_ref_sink (g_object_new (PHYSIO_TYPE_EXERCISE_DOSE_GROUP, NULL));
  PhysioDoseLimits limits = { { 0 } };
  g_auto(PhysioDose) dose = PHYSIO_DOSE_INIT;
  PhysioDoseSpinRow *sets;
  PhysioDoseSpinRow *duration;

  dose.sets = 2;
  dose.reps = 10;
  dose.sessions_per_day = 1;
  dose.days_per_week = 3;
  g_object_set (group, "dosage-kind", PHYSIO_DOSAGE_REPS, NULL);
  physio_exercise_dose_group_load (group, &dose);
  sets = physio_exercise_dose_group_get_row (group, PHYSIO_DOSE_FIELD_SETS);
  duration = physio_exercise_dose_group_get_row (group, PHYSIO_DOSE_FIELD_DURATION);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (sets)));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (duration)));
  g_assert_true (physio_exercise_dose_group_check (group, &limits));

  limits.min[PHYSIO_DOSE_FIELD_SETS] = 3;
  limits.max[PHYSIO_DOSE_FIELD_SETS] = 4;
  g_assert_false (physio_exercise_dose_group_check (group, &limits));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (sets), "error"));

  /* The hidden duration keeps what was typed there. */
  g_object_set (group, "dosage-kind", PHYSIO_DOSAGE_DURATION, NULL);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (duration)));
  type (duration, "12");
  g_object_set (group, "dosage-kind", PHYSIO_DOSAGE_REPS, NULL);
  g_assert_cmpuint (physio_exercise_dose_group_get_dose (group)->duration_s, ==, 720);
  g_assert_cmpuint (physio_exercise_dose_group_get_dose (group)->sets, ==, 2);

  g_assert_finalize_object (group);
}

/* The limits section holds rows to the core's rule. */
static void
test_limits_group (void)
{
  PhysioExerciseLimitsGroup *group =
    g_object_ref_sink (g_object_new (PHYSIO_TYPE_EXERCISE_LIMITS_GROUP, NULL));
  PhysioDoseLimits limits = { { 0 } };
  GtkWidget *lowest;

  g_object_set (group, "dosage-kind", PHYSIO_DOSAGE_HOLD, NULL);
  physio_exercise_limits_group_load (group, &limits);
  g_assert_true (physio_exercise_limits_group_check (group));

  lowest = physio_exercise_limits_group_get_spin (group, PHYSIO_DOSE_FIELD_HOLD, FALSE);
  gtk_editable_set_text (GTK_EDITABLE (lowest), "400");
  g_assert_cmpuint (physio_exercise_limits_group_get_limits (group)->min[PHYSIO_DOSE_FIELD_HOLD],
                    ==, 400);
  g_assert_false (physio_exercise_limits_group_check (group));
  g_assert_true (gtk_widget_has_css_class (
                   physio_exercise_limits_group_get_row (group, PHYSIO_DOSE_FIELD_HOLD),
                   "error"));

  g_assert_finalize_object (group);
}

/* One widget for a multiple choice: codes in, codes out, and "none" kept alone. */
static void
test_vocab_check_row (void)
{
  static const char * const chosen[] = { "mat", "chair", NULL };
  PhysioVocabCheckRow *row = g_object_ref_sink (
    PHYSIO_VOCAB_CHECK_ROW (physio_vocab_check_row_new (PHYSIO_VOCAB_EQUIPMENT)));
  const char * const *codes;

  g_object_set (row, "exclusive-code", "none", NULL);
  physio_vocab_check_row_set_codes (row, chosen);
  codes = physio_vocab_check_row_get_codes (row);
  g_assert_cmpuint (g_strv_length ((char **) codes), ==, 2);
  g_assert_true (gtk_check_button_get_active (physio_vocab_check_row_get_check (row, "mat")));

  gtk_check_button_set_active (physio_vocab_check_row_get_check (row, "none"), TRUE);
  codes = physio_vocab_check_row_get_codes (row);
  g_assert_cmpuint (g_strv_length ((char **) codes), ==, 1);
  g_assert_cmpstr (codes[0], ==, "none");

  gtk_check_button_set_active (physio_vocab_check_row_get_check (row, "chair"), TRUE);
  codes = physio_vocab_check_row_get_codes (row);
  g_assert_cmpuint (g_strv_length ((char **) codes), ==, 1);
  g_assert_cmpstr (codes[0], ==, "chair");

  g_assert_finalize_object (row);
}

int
main (int   argc,
      char *argv[])
{
  if (!ui_test_init (&argc, &argv))
    return 0;

  g_test_add_func ("/dose-rows/spin-row-from-table", test_spin_row_from_table);
  g_test_add_func ("/dose-rows/spin-row-decimal-marks", test_spin_row_decimal_marks);
  g_test_add_func ("/dose-rows/spin-row-blank-is-unset", test_spin_row_blank_is_unset);
  g_test_add_func ("/dose-rows/dose-group", test_dose_group);
  g_test_add_func ("/dose-rows/limits-group", test_limits_group);
  g_test_add_func ("/dose-rows/vocab-check-row", test_vocab_check_row);

  return g_test_run ();
}
