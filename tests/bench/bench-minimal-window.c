/* bench-minimal-window.c: the smallest GTK 4 application that maps a window
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The floor of the start-up benchmark (bench-startup.sh): what GTK itself costs on this
 * machine before any application code, database or library runs. It opens a window of the
 * same default size as Physioplan's so both map a comparable surface.
 */

#include <gtk/gtk.h>

static void
on_activate_cb (GtkApplication *app,
                gpointer        user_data)
{
  GtkWidget *window;

  window = gtk_application_window_new (app);
  gtk_window_set_title (GTK_WINDOW (window), "Minimal window");
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 720);
  gtk_window_set_child (GTK_WINDOW (window), gtk_label_new ("Minimal window"));
  gtk_window_present (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GtkApplication) app = NULL;

  /* Non-unique: consecutive runs must never hand over to a previous instance on the bus,
   * which would measure a D-Bus call instead of a start-up. */
  app = gtk_application_new ("io.github.physioplan.BenchMinimalWindow",
                             G_APPLICATION_NON_UNIQUE);
  g_signal_connect (app, "activate", G_CALLBACK (on_activate_cb), NULL);

  return g_application_run (G_APPLICATION (app), argc, argv);
}
