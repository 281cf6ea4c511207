/* physio-compat.c: where GTK and libadwaita differ between bookworm and newer stacks
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * meson.build pins ADW_VERSION_MAX_ALLOWED to 1.2, so newer API warns as unavailable; the
 * newer branches here are the only place it is used, and they silence that on purpose.
 */

#include "config.h"

#include "physio-compat.h"

#if ADW_CHECK_VERSION (1, 5, 0)
#define PHYSIO_ALERT_DIALOG 1
#endif

#ifdef PHYSIO_ALERT_DIALOG
G_GNUC_BEGIN_IGNORE_DEPRECATIONS

GtkWidget *
physio_compat_alert_new (const char *heading,
                         const char *body)
{
  return GTK_WIDGET (adw_alert_dialog_new (heading, body));
}

void
physio_compat_alert_add_response (GtkWidget  *alert,
                                  const char *id,
                                  const char *label)
{
  adw_alert_dialog_add_response (ADW_ALERT_DIALOG (alert), id, label);
}

void
physio_compat_alert_set_response_appearance (GtkWidget             *alert,
                                             const char            *id,
                                             AdwResponseAppearance  appearance)
{
  adw_alert_dialog_set_response_appearance (ADW_ALERT_DIALOG (alert), id, appearance);
}

void
physio_compat_alert_set_response_enabled (GtkWidget  *alert,
                                          const char *id,
                                          gboolean    enabled)
{
  adw_alert_dialog_set_response_enabled (ADW_ALERT_DIALOG (alert), id, enabled);
}

void
physio_compat_alert_set_default_response (GtkWidget  *alert,
                                          const char *id)
{
  adw_alert_dialog_set_default_response (ADW_ALERT_DIALOG (alert), id);
}

void
physio_compat_alert_set_close_response (GtkWidget  *alert,
                                        const char *id)
{
  adw_alert_dialog_set_close_response (ADW_ALERT_DIALOG (alert), id);
}

void
physio_compat_alert_set_extra_child (GtkWidget *alert,
                                     GtkWidget *child)
{
  adw_alert_dialog_set_extra_child (ADW_ALERT_DIALOG (alert), child);
}

void
physio_compat_alert_present (GtkWidget *alert,
                             GtkWidget *parent)
{
  adw_dialog_present (ADW_DIALOG (alert), parent);
}

const char *
physio_compat_alert_get_heading (GtkWidget *alert)
{
  return adw_alert_dialog_get_heading (ADW_ALERT_DIALOG (alert));
}

const char *
physio_compat_alert_get_body (GtkWidget *alert)
{
  return adw_alert_dialog_get_body (ADW_ALERT_DIALOG (alert));
}

AdwResponseAppearance
physio_compat_alert_get_response_appearance (GtkWidget  *alert,
                                             const char *id)
{
  return adw_alert_dialog_get_response_appearance (ADW_ALERT_DIALOG (alert), id);
}

GtkWidget *
physio_compat_alert_find (GtkWindow *window)
{
  AdwDialog *dialog = NULL;

  if (ADW_IS_APPLICATION_WINDOW (window))
    dialog = adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (window));
  else if (ADW_IS_WINDOW (window))
    dialog = adw_window_get_visible_dialog (ADW_WINDOW (window));

  return ADW_IS_ALERT_DIALOG (dialog) ? GTK_WIDGET (dialog) : NULL;
}

void
physio_compat_alert_close (GtkWidget *alert)
{
  adw_dialog_force_close (ADW_DIALOG (alert));
}

G_GNUC_END_IGNORE_DEPRECATIONS
#else /* libadwaita 1.2 to 1.4 */

GtkWidget *
physio_compat_alert_new (const char *heading,
                         const char *body)
{
  return adw_message_dialog_new (NULL, heading, body);
}

void
physio_compat_alert_add_response (GtkWidget  *alert,
                                  const char *id,
                                  const char *label)
{
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (alert), id, label);
}

void
physio_compat_alert_set_response_appearance (GtkWidget             *alert,
                                             const char            *id,
                                             AdwResponseAppearance  appearance)
{
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (alert), id, appearance);
}

void
physio_compat_alert_set_response_enabled (GtkWidget  *alert,
                                          const char *id,
                                          gboolean    enabled)
{
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (alert), id, enabled);
}

void
physio_compat_alert_set_default_response (GtkWidget  *alert,
                                          const char *id)
{
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (alert), id);
}

void
physio_compat_alert_set_close_response (GtkWidget  *alert,
                                        const char *id)
{
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (alert), id);
}

void
physio_compat_alert_set_extra_child (GtkWidget *alert,
                                     GtkWidget *child)
{
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (alert), child);
}

void
physio_compat_alert_present (GtkWidget *alert,
                             GtkWidget *parent)
{
  GtkRoot *root = parent != NULL ? gtk_widget_get_root (parent) : NULL;

  gtk_window_set_transient_for (GTK_WINDOW (alert), GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL);
  gtk_window_set_modal (GTK_WINDOW (alert), TRUE);
  gtk_window_present (GTK_WINDOW (alert));
}

const char *
physio_compat_alert_get_heading (GtkWidget *alert)
{
  return adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (alert));
}

const char *
physio_compat_alert_get_body (GtkWidget *alert)
{
  return adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (alert));
}

AdwResponseAppearance
physio_compat_alert_get_response_appearance (GtkWidget  *alert,
                                             const char *id)
{
  return adw_message_dialog_get_response_appearance (ADW_MESSAGE_DIALOG (alert), id);
}

GtkWidget *
physio_compat_alert_find (GtkWindow *window)
{
  GList *toplevels = gtk_window_list_toplevels ();
  GtkWidget *found = NULL;

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (ADW_IS_MESSAGE_DIALOG (l->data) && gtk_widget_get_visible (l->data) &&
        gtk_window_get_transient_for (l->data) == window)
      found = l->data;
  g_list_free (toplevels);

  return found;
}

void
physio_compat_alert_close (GtkWidget *alert)
{
  gtk_window_destroy (GTK_WINDOW (alert));
}

#endif

typedef struct
{
  PhysioCompatFileDone done;
  gpointer             user_data;
} SaveFile;

#if GTK_CHECK_VERSION (4, 10, 0)
G_GNUC_BEGIN_IGNORE_DEPRECATIONS

static void
on_save_file_cb (GObject      *dialog,
                 GAsyncResult *result,
                 gpointer      data)
{
  g_autofree SaveFile *save = data;
  g_autoptr(GFile) file = gtk_file_dialog_save_finish (GTK_FILE_DIALOG (dialog), result, NULL);

  save->done (file, save->user_data);
}

void
physio_compat_save_file (GtkWindow            *parent,
                         const char           *title,
                         const char           *suggested_name,
                         PhysioCompatFileDone  done,
                         gpointer              user_data)
{
  g_autoptr(GtkFileDialog) dialog = gtk_file_dialog_new ();
  SaveFile *save = g_new0 (SaveFile, 1);

  save->done = done;
  save->user_data = user_data;
  gtk_file_dialog_set_title (dialog, title);
  gtk_file_dialog_set_initial_name (dialog, suggested_name);
  gtk_file_dialog_save (dialog, parent, NULL, on_save_file_cb, save);
}

static void
on_open_file_cb (GObject      *dialog,
                 GAsyncResult *result,
                 gpointer      data)
{
  g_autofree SaveFile *open = data;
  g_autoptr(GFile) file = gtk_file_dialog_open_finish (GTK_FILE_DIALOG (dialog), result, NULL);

  open->done (file, open->user_data);
}

void
physio_compat_open_file (GtkWindow            *parent,
                         const char           *title,
                         PhysioCompatFileDone  done,
                         gpointer              user_data)
{
  g_autoptr(GtkFileDialog) dialog = gtk_file_dialog_new ();
  SaveFile *open = g_new0 (SaveFile, 1);

  open->done = done;
  open->user_data = user_data;
  gtk_file_dialog_set_title (dialog, title);
  gtk_file_dialog_open (dialog, parent, NULL, on_open_file_cb, open);
}

G_GNUC_END_IGNORE_DEPRECATIONS
#else

static void
on_save_file_response_cb (GtkNativeDialog *dialog,
                          int              response,
                          gpointer         data)
{
  g_autofree SaveFile *save = data;
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
  save->done (file, save->user_data);
  g_object_unref (dialog);
}

void
physio_compat_save_file (GtkWindow            *parent,
                         const char           *title,
                         const char           *suggested_name,
                         PhysioCompatFileDone  done,
                         gpointer              user_data)
{
  GtkFileChooserNative *dialog;
  SaveFile *save = g_new0 (SaveFile, 1);

  save->done = done;
  save->user_data = user_data;
  dialog = gtk_file_chooser_native_new (title, parent, GTK_FILE_CHOOSER_ACTION_SAVE, NULL, NULL);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), suggested_name);
  g_signal_connect (dialog, "response", G_CALLBACK (on_save_file_response_cb), save);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

void
physio_compat_open_file (GtkWindow            *parent,
                         const char           *title,
                         PhysioCompatFileDone  done,
                         gpointer              user_data)
{
  GtkFileChooserNative *dialog;
  SaveFile *open = g_new0 (SaveFile, 1);

  open->done = done;
  open->user_data = user_data;
  dialog = gtk_file_chooser_native_new (title, parent, GTK_FILE_CHOOSER_ACTION_OPEN, NULL, NULL);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);
  g_signal_connect (dialog, "response", G_CALLBACK (on_save_file_response_cb), open);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

#endif
