/* a11y-fixture.c: writes the database the accessibility tests start the app on
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Usage: a11y-fixture FILE. The built-in library, three patients (made-up names) and, for
 * the first, a programme from the chronic template that started ten days ago, so the tree
 * walk meets the library, the patient list, a patient page with a programme and the builder
 * with its warnings and its ladder.
 */

#include "config.h"

#include <stdlib.h>

#include "physio-database.h"
#include "physio-database-patients.h"

static gint64
add_patient (PhysioDatabase     *database,
             const char         *name,
             const char * const *conditions)
{
  g_autoptr(PhysioPatient) patient = physio_patient_new ();
  g_autoptr(GError) error = NULL;

  physio_patient_set_name (patient, name);
  if (conditions != NULL)
    physio_patient_set_conditions (patient, conditions);
  if (!physio_database_save_patient (database, patient, &error))
    g_error ("Patient not saved: %s", error->message);
  return physio_patient_get_id (patient);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(PhysioDatabase) database = NULL;
  g_autoptr(PhysioProgramme) programme = NULL;
  g_autoptr(GError) error = NULL;
  const char * const conditions[] = { "high_blood_pressure", "osteoporosis", NULL };
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  GDate start;
  gint64 first;

  if (argc != 2)
    {
      g_printerr ("Usage: %s FILE\n", argv[0]);
      return EXIT_FAILURE;
    }

  database = physio_database_open (argv[1], &error);
  if (database == NULL ||
      !physio_database_load_builtin_library (database, NULL, NULL, &error))
    {
      g_printerr ("%s\n", error->message);
      return EXIT_FAILURE;
    }

  first = add_patient (database, "Alma Testperson", conditions);
  add_patient (database, "Bruno Testperson", NULL);
  add_patient (database, "Clara Testperson", NULL);

  g_date_clear (&start, 1);
  g_date_set_dmy (&start, g_date_time_get_day_of_month (now),
                  g_date_time_get_month (now), g_date_time_get_year (now));
  g_date_subtract_days (&start, 10);
  programme = physio_database_programme_from_template (database, "chronic", &start, &error);
  if (programme == NULL)
    {
      g_printerr ("%s\n", error->message);
      return EXIT_FAILURE;
    }
  physio_programme_set_patient_id (programme, first);
  if (!physio_database_save_programme (database, programme, &error))
    {
      g_printerr ("%s\n", error->message);
      return EXIT_FAILURE;
    }

  return EXIT_SUCCESS;
}
