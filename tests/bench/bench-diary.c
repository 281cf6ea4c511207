/* bench-diary.c: keystroke-to-saved latency in the follow-up diary grid (not a test)
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <time.h>

#include "physio-database-patients.h"
#include "physio-diary-grid.h"
#include "physio-programme-window-private.h"
#include "physio-progress-data.h"

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static void
report (const char *what,
        GArray     *ms)
{
  g_array_sort (ms, compare_doubles);
  g_print ("%-34s median %.2f ms, 90th %.2f ms, max %.2f ms (%u cells)\n", what,
           g_array_index (ms, double, ms->len / 2),
           g_array_index (ms, double, ms->len * 9 / 10),
           g_array_index (ms, double, ms->len - 1), ms->len);
}

/* Types every cell of the grid's week but the red-flag row, as Enter-to-save does, and times
 * each from the text landing in the cell to the row in the database ("saved"), and to the
 * main loop going idle again, the other pages' updates included ("settled"). */
static void
type_week (PhysioDiaryGrid *grid,
           const char      *exercise_text,
           const char      *pain_text,
           GArray          *saved,
           GArray          *settled,
           GArray          *saved_day)
{
  guint n_rows = physio_diary_grid_get_n_rows (grid);

  for (guint row = 0; row + 1 < n_rows; row++)
    for (guint day = 0; day < 7; day++)
      {
        GtkWidget *cell = physio_diary_grid_get_cell (grid, row, day);
        gint64 start;
        double ms;

        if (cell == NULL)
          continue;
        gtk_widget_grab_focus (cell);
        while (g_main_context_iteration (NULL, FALSE))
          ;
        start = g_get_monotonic_time ();
        gtk_editable_set_text (GTK_EDITABLE (cell), row + 5 < n_rows ? exercise_text : pain_text);
        g_signal_emit_by_name (cell, "activate");
        ms = (g_get_monotonic_time () - start) / 1000.0;
        g_array_append_val (row + 5 < n_rows ? saved : saved_day, ms);
        while (g_main_context_iteration (NULL, FALSE))
          ;
        ms = (g_get_monotonic_time () - start) / 1000.0;
        g_array_append_val (settled, ms);
      }
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
  g_autoptr(PhysioProgramme) programme = NULL;
  g_autoptr(GArray) saved = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) settled = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) saved_day = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GError) error = NULL;
  PhysioProgrammeWindow *window;  /* or a plain GtkWindow with --grid-only */
  PhysioDiaryGrid *grid;
  GDate start;

  gtk_init ();
  adw_init ();

  database = physio_database_open (path, &error);
  if (database == NULL ||
      !physio_database_load_builtin_library (database, NULL, NULL, &error))
    g_error ("Could not open a database: %s", error->message);
  physio_patient_set_name (patient, "Bench Patient");
  if (!physio_database_save_patient (database, patient, &error))
    g_error ("Could not save the patient: %s", error->message);

  /* Started three weeks ago, so weeks 1 to 3 are all in the past. */
  g_date_clear (&start, 1);
  g_date_set_time_t (&start, time (NULL));
  g_date_subtract_days (&start, 21);
  programme = physio_database_programme_from_template (database, "chronic", &start, &error);
  if (programme == NULL)
    g_error ("No chronic template: %s", error->message);
  physio_programme_set_patient_id (programme, physio_patient_get_id (patient));
  if (!physio_database_save_programme (database, programme, &error))
    g_error ("Could not save the programme: %s", error->message);

  /* --grid-only: the grid alone in a plain window, without the programme window's other pages
   * that follow the database's signals. */
  if (argc > 1 && g_str_equal (argv[1], "--grid-only"))
    {
      window = (PhysioProgrammeWindow *) gtk_window_new ();
      grid = physio_diary_grid_new (database, programme);
      gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (grid));
      gtk_window_present (GTK_WINDOW (window));
    }
  else
    {
      window = physio_programme_window_new (NULL, database, patient, programme);
      gtk_window_present (GTK_WINDOW (window));
      gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "diary");
      grid = PHYSIO_DIARY_GRID (_physio_programme_window_get_page (window, "diary"));
    }
  while (g_main_context_iteration (NULL, FALSE))
    ;

  for (guint week = 1; week <= 3; week++)
    {
      physio_diary_grid_set_week (grid, week);
      /* First entry, then a correction of every cell (the day's sessions replaced). */
      type_week (grid, "y 12", "3", saved, settled, saved_day);
      type_week (grid, "p 6", "4", saved, settled, saved_day);
    }

  g_print ("programme                          chronic template, %u rows in week 1\n",
           physio_diary_grid_get_n_rows (grid));
  report ("exercise cell: Enter to saved", saved);
  report ("pain cell: Enter to saved", saved_day);
  report ("Enter to main loop idle again", settled);

  /* What the Progress page pays when it is shown after typing: the store read and the chart
   * data of the three weeks just typed (the charts' drawing is bench-render's). */
  {
    g_autoptr(GArray) load = g_array_new (FALSE, FALSE, sizeof (double));
    GDate today;

    g_date_clear (&today, 1);
    g_date_set_time_t (&today, time (NULL));
    for (guint i = 0; i < 30; i++)
      {
        gint64 begin = g_get_monotonic_time ();
        PhysioProgressData *data = physio_progress_data_load (database, programme, &today, &error);
        double ms = (g_get_monotonic_time () - begin) / 1000.0;

        if (data == NULL)
          g_error ("Could not read the progress: %s", error->message);
        physio_progress_data_unref (data);
        g_array_append_val (load, ms);
      }
    report ("Progress page: read and convert", load);
  }

  gtk_window_destroy (GTK_WINDOW (window));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_clear_object (&database);
  g_unlink (path);
  g_unlink (wal);
  g_unlink (shm);
  g_rmdir (dir);
  return 0;
}
