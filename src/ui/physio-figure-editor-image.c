/* physio-figure-editor-image.c: the figure section's attached image: chosen, checked, shown
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "physio-figure-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "physio-database-figures.h"
#include "physio-figure-editor-private.h"
#include "physio-image.h"

gboolean
physio_figure_editor_take_image (PhysioFigureEditor *self,
                                 GBytes             *bytes,
                                 const char         *name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  cairo_surface_t *surface;
  const char *type;

  g_return_val_if_fail (PHYSIO_IS_FIGURE_EDITOR (self), FALSE);
  g_return_val_if_fail (bytes != NULL && name != NULL, FALSE);

  type = physio_stored_figure_sniff (bytes);
  if (g_bytes_get_size (bytes) == 0)
    /* TRANSLATORS: %s is the name of the file the clinician chose */
    message = g_strdup_printf (_("“%s” is empty. Choose a PNG, JPEG or SVG image."), name);
  else if (g_bytes_get_size (bytes) > PHYSIO_FIGURE_IMAGE_MAX_BYTES)
    message = g_strdup_printf (_("“%s” is larger than 2 MB. Choose a smaller image."), name);
  else if (type == NULL)
    message = g_strdup_printf (_("“%s” is not a PNG, JPEG or SVG image."), name);
  if (message != NULL)
    {
      _physio_figure_editor_show_error (self, message);
      return FALSE;
    }
  surface = physio_image_load (bytes, type, &error);
  if (surface == NULL)
    {
      /* TRANSLATORS: %s is a file name, then the reason the image could not be read */
      message = g_strdup_printf (_("“%s” could not be read. %s"), name, error->message);
      _physio_figure_editor_show_error (self, message);
      return FALSE;
    }

  _physio_figure_state_clear (&self->state);
  self->state.source = SOURCE_IMAGE;
  self->state.image = g_bytes_ref (bytes);
  self->state.image_type = g_strdup (type);
  self->state.surface = surface;
  _physio_figure_editor_changed (self);
  return TRUE;
}

static void
on_chooser_response_cb (GtkNativeDialog    *dialog,
                        int                 response,
                        PhysioFigureEditor *self)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  g_autofree char *name = NULL;

  if (response != GTK_RESPONSE_ACCEPT)
    return;
  file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
  if (file == NULL)
    return;
  name = g_file_get_basename (file);
  /* Ask the size first: a film chosen by mistake is not read into memory. */
  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE, G_FILE_QUERY_INFO_NONE,
                            NULL, &error);
  if (info != NULL && g_file_info_get_size (info) > PHYSIO_FIGURE_IMAGE_MAX_BYTES)
    {
      message = g_strdup_printf (_("“%s” is larger than 2 MB. Choose a smaller image."), name);
      _physio_figure_editor_show_error (self, message);
      return;
    }
  if (info != NULL)
    bytes = g_file_load_bytes (file, NULL, NULL, &error);
  if (bytes == NULL)
    {
      /* TRANSLATORS: %s is a file name, then the system's reason */
      message = g_strdup_printf (_("“%s” could not be opened. %s"), name, error->message);
      _physio_figure_editor_show_error (self, message);
      return;
    }
  physio_figure_editor_take_image (self, bytes, name);
}

void
_physio_figure_editor_attach (PhysioFigureEditor *self)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  gtk_file_filter_set_name (filter, _("PNG, JPEG or SVG images"));
  gtk_file_filter_add_mime_type (filter, "image/png");
  gtk_file_filter_add_mime_type (filter, "image/jpeg");
  gtk_file_filter_add_mime_type (filter, "image/svg+xml");
  gtk_file_filter_add_suffix (filter, "png");
  gtk_file_filter_add_suffix (filter, "jpg");
  gtk_file_filter_add_suffix (filter, "jpeg");
  gtk_file_filter_add_suffix (filter, "svg");

  g_clear_object (&self->chooser);
  self->chooser = gtk_file_chooser_native_new (_("Attach an Image"),
                                               GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                               GTK_FILE_CHOOSER_ACTION_OPEN, _("_Attach"), NULL);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
  g_signal_connect (self->chooser, "response", G_CALLBACK (on_chooser_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}
