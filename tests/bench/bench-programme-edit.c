/* bench-programme-edit.c: one dose edit, one undo and one redo on a large programme
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Not a test: it prints figures for the goal of issue 6, "undo, redo and one dose edit, with
 * the patient page also open, within one frame (16 ms)".
 *
 *   bench-programme-edit [--runs=30] [--keep]
 *
 * Needs a display (run it under xvfb-run). It makes a scratch database with the built-in
 * library, a patient and the chronic template (45 prescriptions over 12 weeks, from
 * data/templates.json), opens the patient's page in one window and the programme in the
 * programme window, opens the first exercise's row, and then repeats: change its sets in the
 * spin button (as a click on + would), undo (win.undo, as Ctrl+Z), redo (win.redo).
 *
 * Each action is timed three ways:
 *   idle   from the action to a main loop with nothing ready to run (the save, every
 *          "changed" handler and the idle callbacks they queue), wall clock;
 *   cpu    the same span in CPU time of the main thread, steadier on a loaded machine;
 *   frame  the same, then on until the window has painted the next frame and the loop is
 *          idle again, counting only the time spent working (not the wait for the frame
 *          clock's tick), so it includes layout and drawing; in wall clock and in CPU time.
 * With BENCH_PHASES=1 in the environment each action also prints its layout and drawing time
 * (CPU) in the frame after it. --no-patient-page leaves the patient page out altogether.
 */

#include <stdio.h>
#include <stdlib.h>
#include <glib/gstdio.h>
#include <adwaita.h>

#include "physio-database-patients.h"
#include "physio-patient-page.h"
#include "physio-prescription-page.h"
#include "physio-prescription-row-private.h"
#include "physio-programme-window-private.h"

static int runs = 30;
static gboolean keep = FALSE;
static gboolean no_patient_page = FALSE;

static const GOptionEntry entries[] = {
  { "runs", 0, 0, G_OPTION_ARG_INT, &runs, "Repetitions of edit, undo and redo (30)", "N" },
  { "keep", 0, 0, G_OPTION_ARG_NONE, &keep, "Keep the scratch database", NULL },
  { "no-patient-page", 0, 0, G_OPTION_ARG_NONE, &no_patient_page,
    "Leave the patient page closed (to see what it costs)", NULL },
  { NULL }
};

/* CPU time of the main thread, where every handler, the layout and the drawing run. A busy
 * machine (other builds, other tests) stretches the wall clock several times over; it
 * stretches this much less. The X server's share is not in it. */
static gint64
cpu_time (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
  return (gint64) ts.tv_sec * G_USEC_PER_SEC + ts.tv_nsec / 1000;
}

static gboolean painted;
/* Where the frame after an action spent its time: GTK's own handlers of each frame-clock
 * phase run before ours, so the time between our "update" and our "layout" is the layout,
 * and between our "layout" and our "paint" the drawing. */
static gint64 phase_update, phase_layout;
static double layout_ms, paint_ms;

static void
on_update (GdkFrameClock *clock,
           gpointer       user_data)
{
  phase_update = cpu_time ();
}

static void
on_layout (GdkFrameClock *clock,
           gpointer       user_data)
{
  phase_layout = cpu_time ();
  layout_ms += (phase_layout - phase_update) / 1000.0;
}

static void
on_paint (GdkFrameClock *clock,
          gpointer       user_data)
{
  paint_ms += (cpu_time () - phase_layout) / 1000.0;
}

static void
on_after_paint (GdkFrameClock *clock,
                gpointer       user_data)
{
  painted = TRUE;
}


static void
drain (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

/* Runs the loop until @widget is mapped. */
static void
wait_mapped (GtkWidget *widget)
{
  while (!gtk_widget_get_mapped (widget) || gtk_widget_get_width (widget) == 0)
    g_main_context_iteration (NULL, TRUE);
  /* Let the first frames and the pages' idle work settle. */
  for (int i = 0; i < 30; i++)
    {
      drain ();
      g_usleep (16000);
    }
  drain ();
}

typedef void (*Action) (gpointer data);

/* Times @action: to an idle loop, and (working time only) to the painted frame after it. */
static void
time_action (Action     action,
             gpointer   data,
             double    *idle_ms,
             double    *cpu_ms,
             double    *frame_ms,
             double    *frame_cpu_ms)
{
  gint64 start, end, busy, deadline, cpu_start;

  painted = FALSE;
  layout_ms = paint_ms = 0;
  cpu_start = cpu_time ();
  start = g_get_monotonic_time ();
  action (data);
  drain ();
  end = g_get_monotonic_time ();
  *cpu_ms = (cpu_time () - cpu_start) / 1000.0;
  *idle_ms = (end - start) / 1000.0;

  busy = end - start;
  deadline = end + 200000;
  while ((!painted || g_main_context_pending (NULL)) && g_get_monotonic_time () < deadline)
    {
      gint64 before = g_get_monotonic_time ();

      if (g_main_context_iteration (NULL, FALSE))
        busy += g_get_monotonic_time () - before;
      else
        g_usleep (200);
    }
  *frame_ms = busy / 1000.0;
  *frame_cpu_ms = (cpu_time () - cpu_start) / 1000.0;
  if (g_getenv ("BENCH_PHASES") != NULL)
    printf ("    idle %.1f  cpu %.1f  frame %.1f  (layout %.1f, paint %.1f, CPU)\n", *idle_ms,
            *cpu_ms, *frame_ms, layout_ms, paint_ms);
}

typedef struct
{
  GtkWidget             *window;
  GtkSpinButton         *spin;
  GtkWidget             *row;
  double                 values[2];
  guint                  next;
} Bench;

static void
edit_action (gpointer data)
{
  Bench *bench = data;

  gtk_spin_button_set_value (bench->spin, bench->values[bench->next]);
  bench->next = 1 - bench->next;
}

static void
draw_action (gpointer data)
{
  Bench *bench = data;
  static int n;

  if (g_getenv ("BENCH_SUBTITLE"))
    adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (bench->row), n++ % 2 ? "a" : "b");
  else
    gtk_widget_queue_draw (bench->window);
}

static void
undo_action (gpointer data)
{
  Bench *bench = data;

  gtk_widget_activate_action (bench->window, "win.undo", NULL);
}

static void
redo_action (gpointer data)
{
  Bench *bench = data;

  gtk_widget_activate_action (bench->window, "win.redo", NULL);
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static void
report (const char *name,
        GArray     *values)
{
  double *v = (double *) values->data;
  guint n = values->len;

  g_array_sort (values, compare_doubles);
  printf ("  %-6s median %6.1f ms   p10 %6.1f   p90 %6.1f   min %6.1f   max %6.1f\n", name,
          v[n / 2], v[n / 10], v[n * 9 / 10], v[0], v[n - 1]);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = g_option_context_new ("- time edit, undo and redo");
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autoptr(PhysioDatabase) database = NULL;
  g_autoptr(PhysioPatient) patient = NULL;
  g_autoptr(PhysioProgramme) programme = NULL;
  GArray *figures[16] = { NULL };
  const char *names[4] = { "edit", "undo", "redo", "redraw" };
  Action actions[4] = { edit_action, undo_action, redo_action, draw_action };
  PhysioProgrammeWindow *window;
  PhysioPrescriptionPage *page;
  PhysioPrescriptionRow *row = NULL;
  GtkWidget *patient_window;
  GtkListBox *list;
  Bench bench = { 0 };
  GDate today;
  guint position = 0;

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      fprintf (stderr, "%s\n", error->message);
      return 2;
    }
  runs = MAX (runs, 3);

  if (!gtk_init_check ())
    {
      fprintf (stderr, "No display: run it under xvfb-run.\n");
      return 2;
    }
  adw_init ();

  dir = g_dir_make_tmp ("physio-bench-edit-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (dir, "physioplan.db", NULL);
  database = physio_database_open (path, &error);
  g_assert_no_error (error);
  physio_database_load_builtin_library (database, NULL, NULL, &error);
  g_assert_no_error (error);

  patient = physio_patient_new ();
  physio_patient_set_name (patient, "Bench Patient");
  physio_database_save_patient (database, patient, &error);
  g_assert_no_error (error);

  g_date_clear (&today, 1);
  g_date_set_time_t (&today, time (NULL));
  programme = physio_database_programme_from_template (database, "chronic", &today, &error);
  g_assert_no_error (error);
  physio_programme_set_patient_id (programme, physio_patient_get_id (patient));
  physio_database_save_programme (database, programme, &error);
  g_assert_no_error (error);

  /* The patient's page, as the main window shows it beside the open programme. */
  patient_window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (patient_window), 900, 700);
  if (!no_patient_page)
    {
      PhysioPatientPage *patient_page = physio_patient_page_new (database);

      physio_patient_page_set_patient (patient_page, patient);
      gtk_window_set_child (GTK_WINDOW (patient_window), GTK_WIDGET (patient_page));
      gtk_window_present (GTK_WINDOW (patient_window));
    }

  window = physio_programme_window_new (NULL, database, patient, programme);
  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 780);
  gtk_window_present (GTK_WINDOW (window));
  wait_mapped (GTK_WIDGET (window));

  /* The first exercise dosed in sets that can go one up or one down. */
  page = PHYSIO_PRESCRIPTION_PAGE (_physio_programme_window_get_page (window, "exercises"));
  list = _physio_prescription_page_get_list (page);
  for (GtkListBoxRow *r = gtk_list_box_get_row_at_index (list, 0); r != NULL;
       r = gtk_list_box_get_row_at_index (list, ++position))
    {
      PhysioPrescription *prescription;
      GtkWidget *spin;

      row = PHYSIO_PRESCRIPTION_ROW (r);
      prescription = physio_prescription_row_get_prescription (row);
      if (physio_prescription_get_dosage_kind (prescription) != PHYSIO_DOSAGE_REPS)
        continue;
      adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
      spin = _physio_prescription_row_get_field_editor (row, PHYSIO_DOSE_FIELD_SETS);
      if (spin == NULL || !gtk_widget_get_visible (spin))
        continue;
      bench.spin = GTK_SPIN_BUTTON (spin);
      bench.row = GTK_WIDGET (row);
      break;
    }
  if (bench.spin == NULL)
    g_error ("No exercise dosed in sets in the chronic template");
  wait_mapped (GTK_WIDGET (window));

  /* Sets within the exercise's limits: one more, or one fewer at the top. */
  bench.values[1] = gtk_spin_button_get_value (bench.spin);
  bench.values[0] = bench.values[1] + 1;
  {
    const PhysioDoseLimits *limits =
      physio_exercise_get_dose_limits (physio_prescription_get_exercise (
        physio_prescription_row_get_prescription (row)));

    if (limits != NULL && limits->max[PHYSIO_DOSE_FIELD_SETS] > 0 &&
        bench.values[0] > limits->max[PHYSIO_DOSE_FIELD_SETS])
      bench.values[0] = bench.values[1] - 1;
  }
  bench.window = GTK_WIDGET (window);
  {
    GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));

    g_signal_connect (clock, "update", G_CALLBACK (on_update), NULL);
    g_signal_connect (clock, "layout", G_CALLBACK (on_layout), NULL);
    g_signal_connect (clock, "paint", G_CALLBACK (on_paint), NULL);
    g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint), NULL);
  }

  for (guint i = 0; i < G_N_ELEMENTS (figures); i++)
    figures[i] = g_array_new (FALSE, FALSE, sizeof (double));

  /* One warm-up round, not counted. */
  for (int run = -1; run < runs; run++)
    for (guint a = 0; a < 4; a++)
      {
        double idle_ms, cpu_ms, frame_ms, frame_cpu_ms;

        time_action (actions[a], &bench, &idle_ms, &cpu_ms, &frame_ms, &frame_cpu_ms);
        if (run >= 0)
          {
            g_array_append_val (figures[a], idle_ms);
            g_array_append_val (figures[4 + a], cpu_ms);
            g_array_append_val (figures[8 + a], frame_ms);
            g_array_append_val (figures[12 + a], frame_cpu_ms);
          }
      }

  if (physio_undo_stack_get_undo_label (physio_programme_window_get_undo_stack (window)) == NULL)
    g_error ("The edit was not taken: nothing to undo");

  /* What a view pays that reads the whole programme again after each change (the patient
   * page did, on every "programme-changed"). */
  {
    g_autoptr(GArray) loads = g_array_new (FALSE, FALSE, sizeof (double));

    for (int run = 0; run < runs; run++)
      {
        gint64 start = cpu_time ();
        g_autoptr(PhysioProgramme) loaded = NULL;
        double ms;

        loaded = physio_database_get_programme (database, physio_programme_get_id (programme),
                                                &error);
        g_assert_no_error (error);
        ms = (cpu_time () - start) / 1000.0;
        g_array_append_val (loads, ms);
      }
    printf ("reading the whole programme from the database (CPU):\n");
    report ("load", loads);
  }

  printf ("Chronic template: %u prescriptions, %u weeks; patient page %s; %d runs\n",
          physio_programme_get_n_prescriptions (programme), physio_programme_get_weeks (programme),
          no_patient_page ? "closed" : "open", runs);
  printf ("until the main loop is idle (wall clock):\n");
  for (guint a = 0; a < 4; a++)
    report (names[a], figures[a]);
  printf ("until the main loop is idle (CPU time of the main thread):\n");
  for (guint a = 0; a < 4; a++)
    report (names[a], figures[4 + a]);
  printf ("until the next frame is painted (wall clock, working time only):\n");
  for (guint a = 0; a < 4; a++)
    report (names[a], figures[8 + a]);
  printf ("until the next frame is painted (CPU time of the main thread):\n");
  for (guint a = 0; a < 4; a++)
    report (names[a], figures[12 + a]);

  for (guint i = 0; i < G_N_ELEMENTS (figures); i++)
    g_array_unref (figures[i]);
  gtk_window_destroy (GTK_WINDOW (window));
  gtk_window_destroy (GTK_WINDOW (patient_window));
  drain ();
  g_clear_object (&database);

  if (keep)
    {
      printf ("Database kept: %s\n", path);
    }
  else
    {
      g_autoptr(GDir) contents = g_dir_open (dir, 0, NULL);
      const char *name;

      while (contents != NULL && (name = g_dir_read_name (contents)) != NULL)
        {
          g_autofree char *file = g_build_filename (dir, name, NULL);

          g_remove (file);
        }
      g_rmdir (dir);
    }

  return 0;
}
