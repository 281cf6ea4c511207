/* bench-patient-page.c: what one dose edit costs while a patient's page is open
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A patient with several programmes from the chronic template (45 prescriptions × 12 weeks
 * each): one programme's dose is edited and saved again and again, first with no page open,
 * then with the patient page open, whose "programme-changed" handler runs inside the save.
 * The difference is what the page costs per edit. For comparison it also times what the page
 * used to do per change (every programme loaded in full) and what it does now (one summary).
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>

#include "physio-database-patients.h"
#include "physio-database-summaries.h"
#include "physio-patient-page.h"

#define N_EDITS 20

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static double
median (GArray *times)
{
  g_array_sort (times, compare_doubles);
  return g_array_index (times, double, times->len / 2);
}

static double
time_edits (PhysioDatabase  *database,
            PhysioProgramme *programme)
{
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));

  for (guint i = 0; i < N_EDITS; i++)
    {
      PhysioPrescription *prescription = physio_programme_get_prescription (programme, 0);
      g_auto(PhysioDose) dose = PHYSIO_DOSE_INIT;
      g_autoptr(GError) error = NULL;
      gint64 start;
      double ms;

      physio_dose_copy_into (&dose, physio_prescription_get_current_dose (prescription));
      dose.sets = dose.sets == 3 ? 2 : 3;
      physio_prescription_set_current_dose (prescription, &dose);

      /* The page's handler runs inside the save, synchronously; drawing comes after and is
       * not counted. */
      start = g_get_monotonic_time ();
      if (!physio_database_save_programme (database, programme, &error))
        g_error ("Could not save: %s", error->message);
      ms = (g_get_monotonic_time () - start) / 1000.0;
      g_array_append_val (times, ms);
      while (g_main_context_iteration (NULL, FALSE))
        ;
    }

  return median (times);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *dir = g_dir_make_tmp ("physio-bench-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "physioplan.db", NULL);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);
  g_autoptr(PhysioDatabase) database = NULL;
  g_autoptr(PhysioPatient) patient = physio_patient_new ();
  g_autoptr(GPtrArray) programmes = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  guint n_programmes = argc > 1 ? (guint) g_ascii_strtoull (argv[1], NULL, 10) : 5;
  double without_page, with_page, full_ms, summary_ms;
  PhysioPatientPage *page;
  GtkWidget *window;
  gint64 start;
  GDate today;

  gtk_init ();
  adw_init ();

  database = physio_database_open (path, &error);
  if (database == NULL ||
      !physio_database_load_builtin_library (database, NULL, NULL, &error))
    g_error ("Could not open a database: %s", error->message);

  physio_patient_set_name (patient, "Bench Patient");
  if (!physio_database_save_patient (database, patient, &error))
    g_error ("Could not save the patient: %s", error->message);

  g_date_clear (&today, 1);
  g_date_set_time_t (&today, time (NULL));
  for (guint i = 0; i < n_programmes; i++)
    {
      PhysioProgramme *programme;

      programme = physio_database_programme_from_template (database, "chronic", &today, &error);
      if (programme == NULL)
        g_error ("No chronic template: %s", error->message);
      physio_programme_set_patient_id (programme, physio_patient_get_id (patient));
      if (!physio_database_save_programme (database, programme, &error))
        g_error ("Could not save a programme: %s", error->message);
      g_ptr_array_add (programmes, programme);
    }

  without_page = time_edits (database, programmes->pdata[0]);

  page = physio_patient_page_new (database);
  window = gtk_window_new ();
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (page));
  gtk_window_present (GTK_WINDOW (window));
  physio_patient_page_set_patient (page, patient);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  with_page = time_edits (database, programmes->pdata[0]);

  start = g_get_monotonic_time ();
  g_ptr_array_unref (physio_database_list_programmes (database, physio_patient_get_id (patient),
                                                     NULL));
  full_ms = (g_get_monotonic_time () - start) / 1000.0;
  start = g_get_monotonic_time ();
  g_object_unref (physio_database_get_programme_summary (
                    database, physio_programme_get_id (programmes->pdata[0]), NULL));
  summary_ms = (g_get_monotonic_time () - start) / 1000.0;

  g_print ("programmes of the patient          %u (chronic template, 45 prescriptions each)\n",
           n_programmes);
  g_print ("dose edit saved, no page open      %.2f ms (median of %d)\n", without_page, N_EDITS);
  g_print ("dose edit saved, patient page open %.2f ms (median of %d)\n", with_page, N_EDITS);
  g_print ("the page's share per edit          %.2f ms\n", with_page - without_page);
  g_print ("full reload of all programmes      %.2f ms (what the page did per change before)\n",
           full_ms);
  g_print ("one programme summary              %.2f ms (what it does now)\n", summary_ms);

  gtk_window_destroy (GTK_WINDOW (window));
  g_clear_object (&database);
  g_remove (path);
  g_remove (wal);
  g_remove (shm);
  g_rmdir (dir);

  return 0;
}
