/* test-units.c: loads and distances read and typed in pounds and yards, kept in kilograms and
 * metres
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <math.h>
#include <string.h>

#include "physio-dose-field.h"
#include "physio-dose.h"
#include "physio-ladder.h"
#include "physio-units.h"

/* Each test starts and ends in the defaults, kilograms and metres. */
static void
use (PhysioWeightUnit   weight,
     PhysioDistanceUnit distance)
{
  physio_units_set_weight (weight);
  physio_units_set_distance (distance);
}

static void
assert_text (char       *text,
             const char *expected)
{
  g_autofree char *owned = text;

  g_assert_cmpstr (owned, ==, expected);
}

static void
test_codes (void)
{
  PhysioWeightUnit weight = PHYSIO_WEIGHT_KG;
  PhysioDistanceUnit distance = PHYSIO_DISTANCE_METRIC;

  g_assert_true (physio_weight_unit_from_code ("lb", &weight));
  g_assert_cmpint (weight, ==, PHYSIO_WEIGHT_LB);
  g_assert_true (physio_distance_unit_from_code ("mi", &distance));
  g_assert_cmpint (distance, ==, PHYSIO_DISTANCE_IMPERIAL);
  g_assert_false (physio_weight_unit_from_code ("stone", &weight));
  g_assert_false (physio_distance_unit_from_code (NULL, &distance));
  g_assert_cmpint (weight, ==, PHYSIO_WEIGHT_LB);  /* left alone */
}

static void
test_texts (void)
{
  use (PHYSIO_WEIGHT_KG, PHYSIO_DISTANCE_METRIC);
  assert_text (physio_units_format_weight (4), "4 kg");
  assert_text (physio_units_format_weight (2.5), "2.5 kg");
  assert_text (physio_units_format_distance (200), "200 m");
  assert_text (physio_units_format_distance (1500), "1.5 km");
  assert_text (physio_units_words_distance (1), "1 metre");
  assert_text (physio_units_words_distance (2000), "2 kilometres");

  use (PHYSIO_WEIGHT_LB, PHYSIO_DISTANCE_IMPERIAL);
  assert_text (physio_units_format_weight (10 * PHYSIO_KG_PER_LB), "10 lb");
  assert_text (physio_units_format_weight (2), "4.4 lb");
  assert_text (physio_units_format_distance (20), "22 yd");
  assert_text (physio_units_format_distance (1609), "1 mi");
  assert_text (physio_units_format_distance (2414), "1.5 mi");
  assert_text (physio_units_words_distance (1), "1 yard");
  assert_text (physio_units_words_distance (100), "109 yards");
  assert_text (physio_units_words_distance (3219), "2 miles");
  assert_text (physio_units_words_distance (2414), "1.5 miles");

  use (PHYSIO_WEIGHT_KG, PHYSIO_DISTANCE_METRIC);
}

/* The compact text, the patient's sentence and a limit, as the handout and the library read
 * them. */
static void
test_dose_texts (void)
{
  g_auto(PhysioDose) dose = PHYSIO_DOSE_INIT;
  g_autofree char *words = NULL;

  dose.sets = 3;
  dose.reps = 10;
  dose.load_kind = PHYSIO_LOAD_KG;
  dose.load_kg = 10 * PHYSIO_KG_PER_LB;

  use (PHYSIO_WEIGHT_LB, PHYSIO_DISTANCE_IMPERIAL);
  assert_text (physio_dose_format_load (&dose), "10 lb");
  words = physio_dose_format_words (&dose, PHYSIO_DOSAGE_REPS, PHYSIO_LATERALITY_BILATERAL);
  g_assert_nonnull (strstr (words, "Use 10 lb."));
  assert_text (physio_dose_format_limit (PHYSIO_DOSE_FIELD_LOAD, 1, 20), "2–44 lb");
  assert_text (physio_dose_format_limit (PHYSIO_DOSE_FIELD_DISTANCE, 10, 100), "11–109 yd");

  use (PHYSIO_WEIGHT_KG, PHYSIO_DISTANCE_METRIC);
  assert_text (physio_dose_format_load (&dose), "4.54 kg");
  assert_text (physio_dose_format_limit (PHYSIO_DOSE_FIELD_LOAD, 1, 20), "1–20 kg");
}

/* What is typed in pounds comes back as typed, however it is kept. */
static void
test_fields (void)
{
  g_auto(PhysioDose) dose = PHYSIO_DOSE_INIT;

  use (PHYSIO_WEIGHT_LB, PHYSIO_DISTANCE_IMPERIAL);
  g_assert_cmpstr (physio_dose_field_unit (PHYSIO_DOSE_FIELD_LOAD), ==, "lb");
  g_assert_cmpstr (physio_dose_field_unit (PHYSIO_DOSE_FIELD_DISTANCE), ==, "yd");
  g_assert_cmpfloat (physio_dose_field_step (PHYSIO_DOSE_FIELD_LOAD), ==, 1);

  physio_dose_field_set_shown (&dose, PHYSIO_DOSE_FIELD_LOAD, 10);
  g_assert_cmpfloat_with_epsilon (dose.load_kg, 4.5359237, 1e-9);
  g_assert_cmpfloat_with_epsilon (physio_dose_field_get_shown (&dose, PHYSIO_DOSE_FIELD_LOAD),
                                  10, 1e-9);

  physio_dose_field_set_shown (&dose, PHYSIO_DOSE_FIELD_DISTANCE, 50);
  g_assert_cmpuint (dose.distance_m, ==, 46);
  g_assert_cmpfloat (physio_dose_field_get_shown (&dose, PHYSIO_DOSE_FIELD_DISTANCE), ==, 50);

  use (PHYSIO_WEIGHT_KG, PHYSIO_DISTANCE_METRIC);
  g_assert_cmpstr (physio_dose_field_unit (PHYSIO_DOSE_FIELD_LOAD), ==, "kg");
  g_assert_cmpfloat (physio_dose_field_step (PHYSIO_DOSE_FIELD_LOAD), ==, 0.5);
  g_assert_cmpfloat_with_epsilon (physio_dose_field_get_shown (&dose, PHYSIO_DOSE_FIELD_LOAD),
                                  4.5359237, 1e-9);
}

/* The ladder's cells, written and typed in the chosen units; the other unit is read too. */
static void
test_cells (void)
{
  g_auto(PhysioDose) dose = PHYSIO_DOSE_INIT;
  g_auto(PhysioDose) carry = PHYSIO_DOSE_INIT;
  g_autoptr(GError) error = NULL;

  use (PHYSIO_WEIGHT_LB, PHYSIO_DISTANCE_IMPERIAL);
  dose.sets = 2;
  dose.reps = 10;
  g_assert_true (physio_dose_parse_cell ("2x10 (10 lb)", PHYSIO_DOSAGE_REPS, &dose, &error));
  g_assert_no_error (error);
  g_assert_cmpint (dose.load_kind, ==, PHYSIO_LOAD_KG);
  g_assert_cmpfloat_with_epsilon (dose.load_kg, 4.5359237, 1e-9);
  g_assert_null (dose.load_text);
  assert_text (physio_dose_format_cell (&dose, PHYSIO_DOSAGE_REPS, PHYSIO_LATERALITY_BILATERAL),
               "2×10 (10 lb)");

  /* Kilograms typed in a pound clinic are read and kept as written. */
  g_assert_true (physio_dose_parse_cell ("2x10 (4 kg)", PHYSIO_DOSAGE_REPS, &dose, &error));
  g_assert_cmpfloat (dose.load_kg, ==, 4);
  g_assert_cmpstr (dose.load_text, ==, "4 kg");

  carry.sets = 1;
  g_assert_true (physio_dose_parse_cell ("3x20", PHYSIO_DOSAGE_DISTANCE, &carry, &error));
  g_assert_cmpuint (carry.distance_m, ==, 18);
  assert_text (physio_dose_format_cell (&carry, PHYSIO_DOSAGE_DISTANCE,
                                        PHYSIO_LATERALITY_BILATERAL), "3×20 yd");
  g_assert_true (physio_dose_parse_cell ("3x20 m", PHYSIO_DOSAGE_DISTANCE, &carry, &error));
  g_assert_cmpuint (carry.distance_m, ==, 20);
  g_assert_false (physio_dose_parse_cell ("far", PHYSIO_DOSAGE_DISTANCE, &carry, &error));
  g_assert_nonnull (strstr (error->message, "yd"));
  g_clear_error (&error);

  use (PHYSIO_WEIGHT_KG, PHYSIO_DISTANCE_METRIC);
  assert_text (physio_dose_format_cell (&carry, PHYSIO_DOSAGE_DISTANCE,
                                        PHYSIO_LATERALITY_BILATERAL), "3×20 m");
  g_assert_true (physio_dose_parse_cell ("2x10 (10 lb)", PHYSIO_DOSAGE_REPS, &dose, &error));
  g_assert_cmpfloat_with_epsilon (dose.load_kg, 4.5359237, 1e-9);
  g_assert_cmpstr (dose.load_text, ==, "10 lb");
  g_assert_true (physio_dose_parse_cell ("2x15 yd", PHYSIO_DOSAGE_DISTANCE, &carry, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (carry.distance_m, ==, 14);
}

/* A clinician's wording from the brief ("2–4 kg per hand") reads in pounds in a pound clinic,
 * and a cell typed back as shown keeps the load it had. */
static void
test_load_texts (void)
{
  g_auto(PhysioDose) dose = PHYSIO_DOSE_INIT;
  g_autoptr(GError) error = NULL;
  g_autofree char *words = NULL;

  dose.sets = 2;
  dose.reps = 10;
  dose.load_kind = PHYSIO_LOAD_KG;
  dose.load_kg = 2;
  dose.load_text = g_strdup ("2–4 kg per hand");

  use (PHYSIO_WEIGHT_LB, PHYSIO_DISTANCE_IMPERIAL);
  assert_text (physio_units_weights_in_text ("2 x 3–5 kg"), "2 x 7–11 lb");
  assert_text (physio_dose_format_load (&dose), "4–9 lb per hand");
  words = physio_dose_format_words (&dose, PHYSIO_DOSAGE_REPS, PHYSIO_LATERALITY_BILATERAL);
  g_assert_nonnull (strstr (words, "Use 4–9 lb per hand."));
  assert_text (physio_dose_format_cell (&dose, PHYSIO_DOSAGE_REPS, PHYSIO_LATERALITY_BILATERAL),
               "2×10 (4–9 lb per hand)");
  g_assert_true (physio_dose_parse_cell ("3×10 (4–9 lb per hand)", PHYSIO_DOSAGE_REPS, &dose,
                                         &error));
  g_assert_no_error (error);
  g_assert_cmpuint (dose.sets, ==, 3);
  g_assert_cmpfloat (dose.load_kg, ==, 2);
  g_assert_cmpstr (dose.load_text, ==, "2–4 kg per hand");

  use (PHYSIO_WEIGHT_KG, PHYSIO_DISTANCE_METRIC);
  assert_text (physio_units_weights_in_text ("4–9 lb per hand"), "2–4 kg per hand");
  assert_text (physio_dose_format_load (&dose), "2–4 kg per hand");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/units/codes", test_codes);
  g_test_add_func ("/units/texts", test_texts);
  g_test_add_func ("/units/dose-texts", test_dose_texts);
  g_test_add_func ("/units/fields", test_fields);
  g_test_add_func ("/units/cells", test_cells);
  g_test_add_func ("/units/load-texts", test_load_texts);

  return g_test_run ();
}
