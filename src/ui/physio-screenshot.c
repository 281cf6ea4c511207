/* physio-screenshot.c: renders a window to PNG, for documentation and design review
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdlib.h>

#include "physio-screenshot.h"
#include "physio-window-private.h"

/* Frames to let pass before the shot, so that lazy rows, the leaflet and the fonts settle;
 * and the most to wait for a list that stays empty. */
#define SETTLE_FRAMES 10
#define MAX_FRAMES    120

typedef struct
{
  char  *path;
  guint  frames;
} ScreenshotJob;

static void
screenshot_job_free (gpointer data)
{
  ScreenshotJob *job = data;

  g_free (job->path);
  g_free (job);
}

gboolean
physio_screenshot_save (GtkWidget   *widget,
                        const char  *path,
                        GError     **error)
{
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  GtkSnapshot *snapshot;
  GskRenderer *renderer;
  int width;
  int height;

  g_return_val_if_fail (GTK_IS_WIDGET (widget), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  width = gtk_widget_get_width (widget);
  height = gtk_widget_get_height (widget);
  renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));
  if (width <= 0 || height <= 0 || renderer == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   "The window has not been drawn yet");
      return FALSE;
    }

  paintable = gtk_widget_paintable_new (widget);
  snapshot = gtk_snapshot_new ();
  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), width, height);
  node = gtk_snapshot_free_to_node (snapshot);
  if (node == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "The window drew nothing");
      return FALSE;
    }

  texture = gsk_renderer_render_texture (renderer, node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  if (!gdk_texture_save_to_png (texture, path))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "Could not write %s", path);
      return FALSE;
    }

  return TRUE;
}

static gboolean
on_tick_cb (GtkWidget     *widget,
            GdkFrameClock *frame_clock,
            gpointer       user_data)
{
  PhysioWindow *window = PHYSIO_WINDOW (widget);
  ScreenshotJob *job = user_data;
  g_autoptr(GError) error = NULL;
  gboolean ready;

  job->frames++;
  ready = job->frames >= SETTLE_FRAMES &&
          g_list_model_get_n_items (_physio_window_get_results (window)) > 0 &&
          !adw_leaflet_get_child_transition_running (_physio_window_get_leaflet (window));
  if (!ready && job->frames < MAX_FRAMES)
    return G_SOURCE_CONTINUE;

  if (physio_screenshot_save (widget, job->path, &error))
    g_message ("Screenshot saved to %s", job->path);
  else
    g_warning ("Screenshot not saved: %s", error->message);

  gtk_window_destroy (GTK_WINDOW (window));
  return G_SOURCE_REMOVE;
}

gboolean
physio_screenshot_setup_from_env (PhysioWindow *window)
{
  const char *path = g_getenv ("PHYSIO_SCREENSHOT");
  const char *size = g_getenv ("PHYSIO_SCREENSHOT_SIZE");
  const char *exercise = g_getenv ("PHYSIO_SCREENSHOT_EXERCISE");
  ScreenshotJob *job;

  g_return_val_if_fail (PHYSIO_IS_WINDOW (window), FALSE);

  if (path == NULL || *path == '\0')
    return FALSE;

  if (size != NULL)
    {
      char *end = NULL;
      long width = strtol (size, &end, 10);
      long height = end != NULL && *end == 'x' ? strtol (end + 1, NULL, 10) : 0;

      if (width > 0 && height > 0)
        gtk_window_set_default_size (GTK_WINDOW (window), width, height);
      else
        g_warning ("PHYSIO_SCREENSHOT_SIZE should look like 1100x720, not %s", size);
    }

  if (exercise != NULL && !physio_window_select_exercise (window, exercise))
    g_warning ("PHYSIO_SCREENSHOT_EXERCISE: no exercise %s", exercise);

  job = g_new0 (ScreenshotJob, 1);
  job->path = g_strdup (path);
  gtk_widget_add_tick_callback (GTK_WIDGET (window), on_tick_cb, job, screenshot_job_free);

  return TRUE;
}
