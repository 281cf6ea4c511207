/* test-clinic.c: the clinic's branding, clinician and progression defaults
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "physio-database-clinic.h"
#include "store-test-util.h"

static const guint8 png_signature[] = { 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };

static void
on_clinic_changed (PhysioDatabase *database,
                   guint          *count)
{
  (*count)++;
}

/* A new file has an empty clinic with the brief's defaults; what is saved reads back. */
static void
test_clinic_round_trip (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(PhysioDatabase) database = store_test_fixture_open (&dir);
  g_auto(PhysioClinic) clinic = { 0 };
  g_auto(PhysioClinic) read = { 0 };
  g_autoptr(GError) error = NULL;
  PhysioRuleParams defaults;
  guint changed = 0;

  physio_rule_params_init_defaults (&defaults);
  g_assert_true (physio_database_get_clinic (database, &clinic, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (clinic.name, ==, "");
  g_assert_cmpstr (clinic.clinician, ==, "");
  g_assert_null (clinic.logo);
  g_assert_cmpuint (clinic.rule_params.window_days, ==, defaults.window_days);

  g_signal_connect (database, "clinic-changed", G_CALLBACK (on_clinic_changed), &changed);
  g_free (clinic.name);
  clinic.name = g_strdup ("Riverside Physiotherapy");
  g_free (clinic.address);
  clinic.address = g_strdup ("12 Mill Lane\nRiverside");
  g_free (clinic.phone);
  clinic.phone = g_strdup ("01234 567890");
  g_free (clinic.clinician);
  clinic.clinician = g_strdup ("Sam Okafor");
  clinic.logo = g_bytes_new_static (png_signature, sizeof png_signature);
  clinic.logo_type = g_strdup ("image/png");
  clinic.rule_params.window_days = defaults.window_days + 7;
  g_assert_true (physio_database_set_clinic (database, &clinic, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (changed, ==, 1);

  g_assert_true (physio_database_get_clinic (database, &read, &error));
  g_assert_cmpstr (read.name, ==, "Riverside Physiotherapy");
  g_assert_cmpstr (read.address, ==, "12 Mill Lane\nRiverside");
  g_assert_cmpstr (read.phone, ==, "01234 567890");
  g_assert_cmpstr (read.clinician, ==, "Sam Okafor");
  g_assert_cmpstr (read.logo_type, ==, "image/png");
  g_assert_true (g_bytes_equal (read.logo, clinic.logo));
  g_assert_cmpuint (read.rule_params.window_days, ==, defaults.window_days + 7);

  store_test_fixture_close (&dir, &database);
}

/* A logo of another type or impossible parameters are refused and nothing is written. */
static void
test_clinic_refuses_bad_input (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(PhysioDatabase) database = store_test_fixture_open (&dir);
  g_auto(PhysioClinic) clinic = { 0 };
  g_auto(PhysioClinic) read = { 0 };
  g_autoptr(GError) error = NULL;

  g_assert_true (physio_database_get_clinic (database, &clinic, NULL));
  g_free (clinic.name);
  clinic.name = g_strdup ("Should not be saved");
  clinic.logo = g_bytes_new_static (png_signature, sizeof png_signature);
  clinic.logo_type = g_strdup ("image/gif");
  g_assert_false (physio_database_set_clinic (database, &clinic, &error));
  g_assert_error (error, PHYSIO_DATABASE_ERROR, PHYSIO_DATABASE_ERROR_INVALID);
  g_clear_error (&error);

  g_free (clinic.logo_type);
  clinic.logo_type = g_strdup ("image/png");
  clinic.rule_params.adherence_progress_min = 7.0;
  g_assert_false (physio_database_set_clinic (database, &clinic, &error));
  g_assert_error (error, PHYSIO_DATABASE_ERROR, PHYSIO_DATABASE_ERROR_INVALID);

  g_assert_true (physio_database_get_clinic (database, &read, NULL));
  g_assert_cmpstr (read.name, ==, "");

  store_test_fixture_close (&dir, &database);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/clinic/round-trip", test_clinic_round_trip);
  g_test_add_func ("/clinic/refuses-bad-input", test_clinic_refuses_bad_input);

  return g_test_run ();
}
