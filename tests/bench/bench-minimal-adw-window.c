/* bench-minimal-adw-window.c: the smallest libadwaita application that maps a window
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The fair floor of the start-up benchmark (bench-startup.sh) for a libadwaita app: an
 * AdwApplicationWindow with a header bar and a label. Next to the plain GTK window it shows
 * what libadwaita itself adds (its style sheets, the style manager, the settings portal)
 * before any application code, database or library runs. It opens a window of the same
 * default size as Physioplan's so both map a comparable surface.
 */

#include <adwaita.h>

static void
on_activate_cb (GtkApplication *app,
                gpointer        user_data)
{
  GtkWidget *window;
  GtkWidget *box;
  GtkWidget *label;

  label = gtk_label_new ("Minimal libadwaita window");
  gtk_widget_set_vexpand (label, TRUE);

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_box_append (GTK_BOX (box), adw_header_bar_new ());
  gtk_box_append (GTK_BOX (box), label);

  window = adw_application_window_new (app);
  gtk_window_set_title (GTK_WINDOW (window), "Minimal libadwaita window");
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 720);
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), box);
  gtk_window_present (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(AdwApplication) app = NULL;

  /* Non-unique, as the plain GTK window: consecutive runs must never hand over to a previous
   * instance on the bus. */
  app = adw_application_new ("io.github.physioplan.BenchMinimalAdwWindow",
                             G_APPLICATION_NON_UNIQUE);
  g_signal_connect (app, "activate", G_CALLBACK (on_activate_cb), NULL);

  return g_application_run (G_APPLICATION (app), argc, argv);
}
