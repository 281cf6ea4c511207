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


/* PHYSIO_TEST_EXPORT_PATH: where the accessibility test (tests/a11y/a11y-drive.py) saves,
 * as no file chooser can be driven through AT-SPI (a portal dialog is another process). Read
 * only here, and only when set: the chooser is skipped as if the user had picked that file. */
typedef struct
{
  PhysioCompatFileDone  done;
  gpointer              user_data;
  char                 *path;
} TestSave;

static gboolean
on_test_save_idle_cb (gpointer data)
{
  TestSave *save = data;
  g_autoptr(GFile) file = g_file_new_for_path (save->path);

  save->done (file, save->user_data);
  g_free (save->path);
  g_free (save);
  return G_SOURCE_REMOVE;
}

static gboolean
save_to_test_path (PhysioCompatFileDone done,
                   gpointer             user_data)
{
  const char *path = g_getenv ("PHYSIO_TEST_EXPORT_PATH");
  TestSave *save;

  if (path == NULL || *path == '\0')
    return FALSE;

  save = g_new0 (TestSave, 1);
  save->done = done;
  save->user_data = user_data;
  save->path = g_strdup (path);
  /* Later, as a dialog would answer. */
  g_idle_add (on_test_save_idle_cb, save);
  return TRUE;
}

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
  g_autoptr(GtkFileDialog) dialog = NULL;
  SaveFile *save;

  if (save_to_test_path (done, user_data))
    return;
  dialog = gtk_file_dialog_new ();
  save = g_new0 (SaveFile, 1);

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
                         GtkFileFilter        *filter,
                         PhysioCompatFileDone  done,
                         gpointer              user_data)
{
  g_autoptr(GtkFileDialog) dialog = gtk_file_dialog_new ();
  g_autoptr(GListStore) filters = g_list_store_new (GTK_TYPE_FILE_FILTER);
  SaveFile *open = g_new0 (SaveFile, 1);

  open->done = done;
  open->user_data = user_data;
  gtk_file_dialog_set_title (dialog, title);
  if (filter != NULL)
    {
      g_list_store_append (filters, filter);
      gtk_file_dialog_set_filters (dialog, G_LIST_MODEL (filters));
      gtk_file_dialog_set_default_filter (dialog, filter);
    }
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
  SaveFile *save;

  if (save_to_test_path (done, user_data))
    return;
  save = g_new0 (SaveFile, 1);
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
                         GtkFileFilter        *filter,
                         PhysioCompatFileDone  done,
                         gpointer              user_data)
{
  GtkFileChooserNative *dialog;
  SaveFile *open = g_new0 (SaveFile, 1);

  open->done = done;
  open->user_data = user_data;
  dialog = gtk_file_chooser_native_new (title, parent, GTK_FILE_CHOOSER_ACTION_OPEN, NULL, NULL);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);
  if (filter != NULL)
    gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), filter);
  g_signal_connect (dialog, "response", G_CALLBACK (on_save_file_response_cb), open);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

#endif

#if ADW_CHECK_VERSION (1, 5, 0)
G_GNUC_BEGIN_IGNORE_DEPRECATIONS

GtkWidget *
physio_compat_preferences_new (void)
{
  GtkWidget *dialog = GTK_WIDGET (adw_preferences_dialog_new ());

  adw_preferences_dialog_set_search_enabled (ADW_PREFERENCES_DIALOG (dialog), FALSE);
  return dialog;
}

void
physio_compat_preferences_add (GtkWidget          *preferences,
                               AdwPreferencesPage *page)
{
  adw_preferences_dialog_add (ADW_PREFERENCES_DIALOG (preferences), page);
}

void
physio_compat_preferences_add_toast (GtkWidget *preferences,
                                     AdwToast  *toast)
{
  adw_preferences_dialog_add_toast (ADW_PREFERENCES_DIALOG (preferences), toast);
}

void
physio_compat_preferences_present (GtkWidget *preferences,
                                   GtkWidget *parent)
{
  adw_dialog_present (ADW_DIALOG (preferences), parent);
}

void
physio_compat_preferences_set_page (GtkWidget  *preferences,
                                    const char *name)
{
  adw_preferences_dialog_set_visible_page_name (ADW_PREFERENCES_DIALOG (preferences), name);
}

void
physio_compat_preferences_close (GtkWidget *preferences)
{
  adw_dialog_force_close (ADW_DIALOG (preferences));
}

GtkWidget *
physio_compat_about_present (const PhysioCompatAbout *about,
                             GtkWidget               *parent)
{
  AdwAboutDialog *dialog = ADW_ABOUT_DIALOG (adw_about_dialog_new ());

  adw_about_dialog_set_application_name (dialog, about->application_name);
  adw_about_dialog_set_application_icon (dialog, about->application_icon);
  adw_about_dialog_set_version (dialog, about->version);
  adw_about_dialog_set_comments (dialog, about->comments);
  adw_about_dialog_set_developer_name (dialog, about->developer_name);
  adw_about_dialog_set_developers (dialog, (const char **) about->developers);
  adw_about_dialog_set_copyright (dialog, about->copyright);
  adw_about_dialog_set_license_type (dialog, about->license_type);
  adw_about_dialog_set_website (dialog, about->website);
  adw_about_dialog_set_issue_url (dialog, about->issue_url);
  adw_dialog_present (ADW_DIALOG (dialog), parent);

  return GTK_WIDGET (dialog);
}

G_GNUC_END_IGNORE_DEPRECATIONS
#else /* libadwaita 1.2 to 1.4 */

GtkWidget *
physio_compat_preferences_new (void)
{
  GtkWidget *window = adw_preferences_window_new ();

  adw_preferences_window_set_search_enabled (ADW_PREFERENCES_WINDOW (window), FALSE);
  gtk_window_set_modal (GTK_WINDOW (window), TRUE);
  gtk_window_set_default_size (GTK_WINDOW (window), 640, 640);
  return window;
}

void
physio_compat_preferences_add (GtkWidget          *preferences,
                               AdwPreferencesPage *page)
{
  adw_preferences_window_add (ADW_PREFERENCES_WINDOW (preferences), page);
}

void
physio_compat_preferences_add_toast (GtkWidget *preferences,
                                     AdwToast  *toast)
{
  adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (preferences), toast);
}

void
physio_compat_preferences_present (GtkWidget *preferences,
                                   GtkWidget *parent)
{
  GtkRoot *root = parent != NULL ? gtk_widget_get_root (parent) : NULL;

  gtk_window_set_transient_for (GTK_WINDOW (preferences),
                                GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL);
  gtk_window_present (GTK_WINDOW (preferences));
}

void
physio_compat_preferences_set_page (GtkWidget  *preferences,
                                    const char *name)
{
  adw_preferences_window_set_visible_page_name (ADW_PREFERENCES_WINDOW (preferences), name);
}

void
physio_compat_preferences_close (GtkWidget *preferences)
{
  gtk_window_destroy (GTK_WINDOW (preferences));
}

GtkWidget *
physio_compat_about_present (const PhysioCompatAbout *about,
                             GtkWidget               *parent)
{
  AdwAboutWindow *window = ADW_ABOUT_WINDOW (adw_about_window_new ());
  GtkRoot *root = parent != NULL ? gtk_widget_get_root (parent) : NULL;

  adw_about_window_set_application_name (window, about->application_name);
  adw_about_window_set_application_icon (window, about->application_icon);
  adw_about_window_set_version (window, about->version);
  adw_about_window_set_comments (window, about->comments);
  adw_about_window_set_developer_name (window, about->developer_name);
  adw_about_window_set_developers (window, (const char **) about->developers);
  adw_about_window_set_copyright (window, about->copyright);
  adw_about_window_set_license_type (window, about->license_type);
  adw_about_window_set_website (window, about->website);
  adw_about_window_set_issue_url (window, about->issue_url);
  gtk_window_set_transient_for (GTK_WINDOW (window),
                                GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL);
  gtk_window_present (GTK_WINDOW (window));

  return GTK_WIDGET (window);
}

#endif

static GtkWindow *
build_shortcuts (const char *resource,
                 const char *section)
{
  g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource (resource);
  GtkWindow *shortcuts = GTK_WINDOW (gtk_builder_get_object (builder, "help_overlay"));

  if (section != NULL)
    g_object_set (shortcuts, "section-name", section, NULL);
  return shortcuts;
}

/* GTK 4.18 deprecates the help overlay in favour of libadwaita 1.8's AdwShortcutsDialog, newer
 * than any runtime we build on (trixie has 1.7). Until then it stays the help overlay, the
 * only way a GtkShortcutsWindow learns the application's accelerators for the shortcuts it
 * lists by action name; its deprecation is silenced here, the one place for it. */
G_GNUC_BEGIN_IGNORE_DEPRECATIONS

GtkWindow *
physio_compat_shortcuts_present (GtkApplicationWindow *window,
                                 const char           *resource,
                                 const char           *section)
{
  GtkShortcutsWindow *shortcuts = gtk_application_window_get_help_overlay (window);

  if (shortcuts == NULL)
    {
      shortcuts = GTK_SHORTCUTS_WINDOW (build_shortcuts (resource, section));
      gtk_application_window_set_help_overlay (window, shortcuts);
    }

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL);
  return GTK_WINDOW (shortcuts);
}

G_GNUC_END_IGNORE_DEPRECATIONS
