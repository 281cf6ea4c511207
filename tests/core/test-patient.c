/* test-patient.c: the patient record: stage from onset, validation, red-flag screen
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include "physio-patient.h"
#include "test-fixtures.h"

static PhysioPatient *
make_valid_patient (void)
{
  PhysioPatient *patient = physio_patient_new ();
  GDate onset = fixture_date (-20);

  physio_patient_set_name (patient, "Ada Example");
  physio_patient_set_birth (patient, "1961-04-23");
  physio_patient_set_onset (patient, &onset);
  return patient;
}

/* Brief glossary: < 4 weeks acute, 4–12 weeks subacute, > 12 weeks chronic. */
static void
test_stage_boundaries (void)
{
  static const struct
  {
    int         days_ago;
    const char *stage;
  } cases[] = {
    { 0, "acute" },
    { 27, "acute" },
    { 28, "subacute" },
    { 84, "subacute" },
    { 85, "chronic" },
    { 400, "chronic" },
  };
  GDate today = fixture_date (0);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      GDate onset = fixture_date (-cases[i].days_ago);

      g_assert_cmpstr (physio_stage_from_onset (&onset, &today), ==, cases[i].stage);
    }
}

static void
test_stage_unknown (void)
{
  g_autoptr(PhysioPatient) patient = physio_patient_new ();
  GDate today = fixture_date (0);
  GDate tomorrow = fixture_date (1);
  GDate invalid;

  g_date_clear (&invalid, 1);
  g_assert_null (physio_stage_from_onset (&invalid, &today));
  g_assert_null (physio_stage_from_onset (&tomorrow, &today));
  /* No onset and no override: the stage is not known, not guessed. */
  g_assert_null (physio_patient_get_stage (patient, &today));
}

static void
test_stage_override (void)
{
  g_autoptr(PhysioPatient) patient = physio_patient_new ();
  GDate today = fixture_date (0);
  GDate onset = fixture_date (-10);

  physio_patient_set_onset (patient, &onset);
  g_assert_cmpstr (physio_patient_get_stage (patient, &today), ==, "acute");

  /* The clinician knows better than the calendar (a recurrence, a vague onset). */
  physio_patient_set_stage_override (patient, "chronic");
  g_assert_cmpstr (physio_patient_get_stage (patient, &today), ==, "chronic");
  g_assert_cmpstr (physio_patient_get_stage_override (patient), ==, "chronic");

  /* An empty entry clears the override, and the onset rules again. */
  physio_patient_set_stage_override (patient, "");
  g_assert_null (physio_patient_get_stage_override (patient));
  g_assert_cmpstr (physio_patient_get_stage (patient, &today), ==, "acute");
}

static void
assert_invalid (PhysioPatient *patient,
                const char    *field)
{
  g_autoptr(GError) error = NULL;
  GDate today = fixture_date (0);

  g_assert_false (physio_patient_validate (patient, &today, &error));
  g_assert_error (error, PHYSIO_PATIENT_ERROR, PHYSIO_PATIENT_ERROR_INVALID);
  if (strstr (error->message, field) == NULL)
    g_error ("“%s” does not name the field “%s”", error->message, field);
}

static void
test_validate_valid (void)
{
  g_autoptr(PhysioPatient) patient = make_valid_patient ();
  g_autoptr(GError) error = NULL;
  GDate today = fixture_date (0);
  GDate screened = fixture_date (-1);
  static const char * const conditions[] = { "osteoporosis", "high_blood_pressure", NULL };

  physio_patient_set_conditions (patient, conditions);
  physio_patient_record_screen (patient, "J. Physio", &screened, NULL, NULL);
  g_assert_true (physio_patient_validate (patient, &today, &error));
  g_assert_no_error (error);

  /* A year of birth alone is enough. */
  physio_patient_set_birth (patient, "1961");
  g_assert_true (physio_patient_validate (patient, &today, &error));
  g_assert_no_error (error);
}

static void
test_validate_name (void)
{
  g_autoptr(PhysioPatient) patient = make_valid_patient ();
  g_autofree char *long_name = g_strnfill (121, 'a');
  g_autofree char *longest = g_strnfill (120, 'a');
  g_autoptr(GError) error = NULL;
  GDate today = fixture_date (0);

  physio_patient_set_name (patient, "   ");
  assert_invalid (patient, "Name");
  physio_patient_set_name (patient, long_name);
  assert_invalid (patient, "Name");
  physio_patient_set_name (patient, longest);
  g_assert_true (physio_patient_validate (patient, &today, &error));
}

static void
test_validate_dates (void)
{
  g_autoptr(PhysioPatient) patient = make_valid_patient ();
  GDate future = fixture_date (1);
  GDate before_birth;

  physio_patient_set_birth (patient, "61");
  assert_invalid (patient, "Birth");
  physio_patient_set_birth (patient, "1961-02-30");
  assert_invalid (patient, "Birth");
  physio_patient_set_birth (patient, "2027");
  assert_invalid (patient, "Birth");
  physio_patient_set_birth (patient, "2026-03-03");
  assert_invalid (patient, "Birth");
  physio_patient_set_birth (patient, "1961-04-23");

  physio_patient_set_onset (patient, &future);
  assert_invalid (patient, "Onset");

  g_date_clear (&before_birth, 1);
  g_date_set_dmy (&before_birth, 1, G_DATE_JANUARY, 1961);
  physio_patient_set_onset (patient, &before_birth);
  assert_invalid (patient, "Onset");
}

static void
test_validate_codes (void)
{
  g_autoptr(PhysioPatient) patient = make_valid_patient ();
  static const char * const unknown[] = { "osteoporosis", "bad_knees", NULL };

  physio_patient_set_stage_override (patient, "any");
  assert_invalid (patient, "Stage");
  physio_patient_set_stage_override (patient, "sub-acute");
  assert_invalid (patient, "Stage");
  physio_patient_set_stage_override (patient, NULL);

  physio_patient_set_conditions (patient, unknown);
  assert_invalid (patient, "Conditions");
}

static void
test_validate_screen (void)
{
  g_autoptr(PhysioPatient) patient = make_valid_patient ();
  static const char * const unknown[] = { "headache", NULL };
  GDate today = fixture_date (0);
  GDate tomorrow = fixture_date (1);

  physio_patient_record_screen (patient, "  ", &today, NULL, NULL);
  assert_invalid (patient, "Red-flag screen");
  physio_patient_record_screen (patient, "J. Physio", NULL, NULL, NULL);
  assert_invalid (patient, "Red-flag screen");
  physio_patient_record_screen (patient, "J. Physio", &tomorrow, NULL, NULL);
  assert_invalid (patient, "Red-flag screen");
  physio_patient_record_screen (patient, "J. Physio", &today, unknown, NULL);
  assert_invalid (patient, "Red-flag screen");
}

static void
test_screen (void)
{
  g_autoptr(PhysioPatient) patient = physio_patient_new ();
  static const char * const present[] = { "cancer_history", "fracture_older_age", NULL };
  GDate today = fixture_date (0);

  g_assert_false (physio_patient_has_red_flag_screen (patient));
  g_assert_cmpuint (g_strv_length ((char **) physio_patient_get_red_flags (patient)), ==, 0);

  /* "Screened, nothing found" is a real result, different from "not screened". */
  physio_patient_record_screen (patient, "J. Physio", &today, NULL, NULL);
  g_assert_true (physio_patient_has_red_flag_screen (patient));
  g_assert_cmpuint (g_strv_length ((char **) physio_patient_get_red_flags (patient)), ==, 0);
  g_assert_cmpstr (physio_patient_get_screened_by (patient), ==, "J. Physio");
  g_assert_cmpint (g_date_compare (physio_patient_get_screened_on (patient), &today), ==, 0);

  physio_patient_record_screen (patient, "J. Physio", &today, present, "Breast cancer 2009");
  g_assert_true (g_strv_equal (physio_patient_get_red_flags (patient),
                               present));
  g_assert_cmpstr (physio_patient_get_screen_notes (patient), ==, "Breast cancer 2009");

  physio_patient_clear_screen (patient);
  g_assert_false (physio_patient_has_red_flag_screen (patient));
  g_assert_null (physio_patient_get_screened_by (patient));
  g_assert_false (g_date_valid (physio_patient_get_screened_on (patient)));
}

static void
test_conditions (void)
{
  g_autoptr(PhysioPatient) patient = physio_patient_new ();
  static const char * const typed[] = { "osteoporosis", "", "neck_pain", "osteoporosis", NULL };
  static const char * const kept[] = { "osteoporosis", "neck_pain", NULL };

  physio_patient_set_conditions (patient, typed);
  g_assert_true (g_strv_equal (physio_patient_get_conditions (patient),
                               kept));
  g_assert_true (physio_patient_has_condition (patient, "neck_pain"));
  g_assert_false (physio_patient_has_condition (patient, "pregnancy"));

  physio_patient_set_conditions (patient, NULL);
  g_assert_cmpuint (g_strv_length ((char **) physio_patient_get_conditions (patient)), ==, 0);
}

static void
test_copy (void)
{
  g_autoptr(PhysioPatient) patient = make_valid_patient ();
  g_autoptr(PhysioPatient) copy = NULL;
  static const char * const conditions[] = { "pregnancy", NULL };
  GDate today = fixture_date (0);

  physio_patient_set_id (patient, 7);
  physio_patient_set_radicular (patient, TRUE);
  physio_patient_set_conditions (patient, conditions);
  physio_patient_record_screen (patient, "J. Physio", &today, NULL, "none");

  copy = physio_patient_copy (patient);
  g_assert_cmpint (physio_patient_get_id (copy), ==, 7);
  g_assert_cmpstr (physio_patient_get_name (copy), ==, "Ada Example");
  g_assert_true (physio_patient_get_radicular (copy));
  g_assert_true (physio_patient_has_condition (copy, "pregnancy"));
  g_assert_true (physio_patient_has_red_flag_screen (copy));
  g_assert_cmpstr (physio_patient_get_stage (copy, &today), ==, "acute");

  /* Editing the copy (a dialog's working copy) leaves the original alone. */
  physio_patient_set_name (copy, "Changed");
  physio_patient_clear_screen (copy);
  g_assert_cmpstr (physio_patient_get_name (patient), ==, "Ada Example");
  g_assert_true (physio_patient_has_red_flag_screen (patient));
}

static void
on_notify (GObject    *object,
           GParamSpec *pspec,
           guint      *count)
{
  (*count)++;
}

static void
test_notify (void)
{
  g_autoptr(PhysioPatient) patient = physio_patient_new ();
  guint count = 0;

  g_signal_connect (patient, "notify::name", G_CALLBACK (on_notify), &count);
  physio_patient_set_name (patient, "Ada");
  physio_patient_set_name (patient, "Ada");
  g_assert_cmpuint (count, ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/patient/stage-boundaries", test_stage_boundaries);
  g_test_add_func ("/patient/stage-unknown", test_stage_unknown);
  g_test_add_func ("/patient/stage-override", test_stage_override);
  g_test_add_func ("/patient/validate/valid", test_validate_valid);
  g_test_add_func ("/patient/validate/name", test_validate_name);
  g_test_add_func ("/patient/validate/dates", test_validate_dates);
  g_test_add_func ("/patient/validate/codes", test_validate_codes);
  g_test_add_func ("/patient/validate/screen", test_validate_screen);
  g_test_add_func ("/patient/screen", test_screen);
  g_test_add_func ("/patient/conditions", test_conditions);
  g_test_add_func ("/patient/copy", test_copy);
  g_test_add_func ("/patient/notify", test_notify);

  return g_test_run ();
}
