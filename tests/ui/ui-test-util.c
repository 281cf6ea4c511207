/* ui-test-util.c: display set-up, main-loop waits and temporary databases for the widget tests
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <stdio.h>

#include <adwaita.h>
#include <glib/gstdio.h>

#include "ui-test-util.h"

gboolean
ui_test_init (int    *argc,
              char ***argv)
{
  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    {
      printf ("1..0 # SKIP no display\n");
      return FALSE;
    }

  gtk_test_init (argc, argv, NULL);
  adw_init ();

  /* The windows under test are made without the application, which is what loads the
   * application's style sheet; load it here so screenshots look like the app. */
  {
    g_autoptr(GtkCssProvider) provider = gtk_css_provider_new ();

    gtk_css_provider_load_from_resource (provider, RESOURCE_BASE "/style.css");
    gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                                GTK_STYLE_PROVIDER (provider),
                                                GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  }
  return TRUE;
}

gint64
ui_test_timeout_usec (double seconds)
{
  const char *text = g_getenv ("PHYSIO_TEST_TIMEOUT_SCALE");
  double scale = 1.0;

  if (text != NULL)
    {
      char *end = NULL;
      double value = g_ascii_strtod (text, &end);

      /* A typo must not turn every wait into none, nor into forever. */
      if (end != text && *end == '\0' && isfinite (value) && value > 0 && value <= 1000)
        scale = value;
      else
        g_printerr ("# ignoring PHYSIO_TEST_TIMEOUT_SCALE=%s\n", text);
    }

  return (gint64) (seconds * scale * G_USEC_PER_SEC);
}

void
ui_test_settle (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

void
ui_test_settle_frames (guint frames)
{
  for (guint i = 0; i < frames; i++)
    {
      ui_test_settle ();
      g_usleep (16000);
    }
}

void
ui_test_wait_for_mapped (GtkWidget *widget)
{
  WAIT_FOR (gtk_widget_get_mapped (widget) && gtk_widget_get_width (widget) > 0);
}

void
ui_test_activate_window (GtkWindow *window)
{
  gtk_window_present (window);
  WAIT_FOR (gtk_window_is_active (window));
}

gpointer
ui_test_find_toplevel (GType type)
{
  GList *toplevels = gtk_window_list_toplevels ();
  gpointer found = NULL;

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (G_TYPE_CHECK_INSTANCE_TYPE (l->data, type) && gtk_widget_get_visible (l->data))
      found = l->data;
  g_list_free (toplevels);

  return found;
}

void
ui_test_close_windows (GType type)
{
  GList *toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (G_TYPE_CHECK_INSTANCE_TYPE (l->data, type))
      gtk_window_destroy (l->data);
  g_list_free (toplevels);
}

void
ui_test_destroy_toplevels (void)
{
  ui_test_close_windows (GTK_TYPE_WINDOW);
  ui_test_settle ();
}

char *
ui_test_make_dir (const char *tmpl)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp (tmpl, &error);

  g_assert_no_error (error);
  return dir;
}

void
ui_test_remove_dir (const char *dir)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  const char *name;

  while ((name = g_dir_read_name (handle)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      g_assert_cmpint (g_remove (path), ==, 0);
    }
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

PhysioDatabase *
ui_test_open_database (const char *dir)
{
  g_autofree char *path = g_build_filename (dir, "physioplan.db", NULL);
  g_autoptr(GError) error = NULL;
  PhysioDatabase *database;

  database = physio_database_open (path, &error);
  g_assert_no_error (error);
  return database;
}

PhysioDatabase *
ui_test_open_library (const char *dir,
                      guint      *n_changed)
{
  g_autoptr(PhysioDatabase) database = ui_test_open_database (dir);
  g_autoptr(GError) error = NULL;

  physio_database_load_builtin_library (database, NULL, n_changed, &error);
  g_assert_no_error (error);
  return g_steal_pointer (&database);
}

PhysioWindow *
ui_test_open_window (PhysioDatabase *database,
                     int             width,
                     int             height)
{
  PhysioWindow *window = physio_window_new (NULL, database);

  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  gtk_window_present (GTK_WINDOW (window));
  ui_test_wait_for_mapped (GTK_WIDGET (window));
  return window;
}

GDate
ui_test_today (void)
{
  GDate today;

  g_date_clear (&today, 1);
  g_date_set_time_t (&today, time (NULL));
  return today;
}

PhysioPatient *
ui_test_add_patient (PhysioDatabase *database,
                     const char     *name)
{
  g_autoptr(PhysioPatient) patient = physio_patient_new ();
  g_autoptr(GError) error = NULL;

  physio_patient_set_name (patient, name);
  physio_database_save_patient (database, patient, &error);
  g_assert_no_error (error);
  return g_steal_pointer (&patient);
}

PhysioPrescription *
ui_test_add_prescription (PhysioDatabase  *database,
                          PhysioProgramme *programme,
                          const char      *exercise_id,
                          guint            days_per_week)
{
  g_autoptr(PhysioExercise) exercise = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(PhysioPrescription) prescription = NULL;

  exercise = physio_database_get_exercise (database, exercise_id, &error);
  g_assert_no_error (error);
  prescription = physio_prescription_new (exercise);
  physio_prescription_set_weeks (prescription, 1, 6);
  physio_prescription_set_days (prescription, physio_days_spread (days_per_week));
  physio_programme_add_prescription (programme, prescription);
  return prescription;
}

PhysioProgramme *
ui_test_load_programme (PhysioDatabase *database,
                        gint64          programme_id)
{
  g_autoptr(GError) error = NULL;
  PhysioProgramme *programme;

  programme = physio_database_get_programme (database, programme_id, &error);
  g_assert_no_error (error);
  return programme;
}

GArray *
ui_test_load_dose_changes (PhysioDatabase *database,
                           gint64          prescription_id)
{
  g_autoptr(GError) error = NULL;
  GArray *changes;

  changes = physio_database_list_dose_changes (database, prescription_id, &error);
  g_assert_no_error (error);
  return changes;
}

const char *
ui_test_cell_text (PhysioLadderTable *table,
                   guint              position,
                   guint              week)
{
  GtkEntry *cell = _physio_ladder_table_get_cell (table, position, week);

  return gtk_editable_get_text (GTK_EDITABLE (cell));
}
