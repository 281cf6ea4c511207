/* physio-startup-trace.c: where the start-up time goes, printed on request
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * With PHYSIO_STARTUP_TRACE set, each step of the start-up prints the milliseconds since
 * main () began to stderr: GTK and libadwaita started, database open, window built, window
 * mapped, first frame painted (tests/bench/README.md reads them). With
 * PHYSIO_STARTUP_TRACE=exit the process ends right after its first frame, so that
 * `valgrind --tool=callgrind` counts the instructions of one whole start-up and nothing else.
 * Unset, every call returns at once.
 */

#include "config.h"

#include <stdlib.h>

#include "physio-startup-trace.h"

static gint64 start_us = -1;

static gboolean
is_enabled (void)
{
  static int enabled = -1;

  if (enabled < 0)
    enabled = g_getenv ("PHYSIO_STARTUP_TRACE") != NULL;

  return enabled;
}

void
physio_startup_trace_mark (const char *what)
{
  gint64 now;

  if (!is_enabled ())
    return;

  now = g_get_monotonic_time ();
  if (start_us < 0)
    start_us = now;

  g_printerr ("startup: %7.1f ms  %s\n", (now - start_us) / 1000.0, what);
}

static void
on_after_paint_cb (GdkFrameClock *frame_clock,
                   gpointer       user_data)
{
  g_signal_handlers_disconnect_by_func (frame_clock, on_after_paint_cb, user_data);
  physio_startup_trace_mark ("first frame painted");

  if (g_strcmp0 (g_getenv ("PHYSIO_STARTUP_TRACE"), "exit") == 0)
    exit (EXIT_SUCCESS);
}

static void
on_map_cb (GtkWidget *window,
           gpointer   user_data)
{
  g_signal_handlers_disconnect_by_func (window, on_map_cb, user_data);
  physio_startup_trace_mark ("window mapped");
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint",
                    G_CALLBACK (on_after_paint_cb), NULL);
}

void
physio_startup_trace_watch_window (GtkWindow *window)
{
  g_return_if_fail (GTK_IS_WINDOW (window));

  if (!is_enabled ())
    return;

  g_signal_connect (window, "map", G_CALLBACK (on_map_cb), NULL);
}
