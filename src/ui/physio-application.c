/* physio-application.c: start-up, command line, application actions
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdlib.h>

#include <glib/gi18n.h>

#include "physio-application.h"
#include "physio-clinician.h"
#include "physio-compat.h"
#include "physio-database-problem.h"
#include "physio-cli-io.h"
#include "physio-database-archive.h"
#include "physio-handout-export.h"
#include "physio-preferences.h"
#include "physio-programme-window.h"
#include "physio-screenshot.h"
#include "physio-a11y.h"
#include "physio-settings.h"
#include "physio-startup-trace.h"
#include "physio-window.h"

struct _PhysioApplication
{
  AdwApplication  parent_instance;

  PhysioDatabase *database;
  /* An empty window behind the dialog about a bad database, so the dialog has a parent
   * and the clinician sees which application is talking. */
  GtkWindow      *backdrop;
  /* Set once a backup has been restored, so a bad backup is not offered again. */
  gboolean        restore_tried;
  /* Keeps the units of every text and field in step with Preferences. */
  GSettings      *units_settings;
};

G_DEFINE_FINAL_TYPE (PhysioApplication, physio_application, ADW_TYPE_APPLICATION)

static const GOptionEntry option_entries[] = {
  { "database", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Use FILE as the database instead of the usual one"), N_("FILE") },
  { "version", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Show the version and quit"), NULL },
  { "export-pdf", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Write the handout of the programme given by --programme to FILE as a PDF, and quit"),
    N_("FILE") },
  { "programme", 0, 0, G_OPTION_ARG_INT64, NULL,
    N_("The programme to export, by its id in the database"), N_("ID") },
  { "paper", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Paper size of the exported handout: a4 or letter (default: the locale’s)"), N_("SIZE") },
  { "large-print", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Export the handout in large print"), NULL },
  { "backup", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Write a backup of the database to FILE, and quit"), N_("FILE") },
  { "import", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Import the exercises of FILE (free-exercise-db or Physioplan JSON), and quit"),
    N_("FILE") },
  { "restore", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Replace the database with the backup FILE, keeping the current one beside it, and "
       "quit"), N_("FILE") },
  { "lang", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Language of the exported handout (an installed translation, such as de)"),
    N_("CODE") },
  { NULL }
};

static const struct
{
  const char *action;
  const char *accels[3];
} accelerators[] = {
  { "app.quit", { "<Control>q", NULL } },
  { "app.preferences", { "<Control>comma", NULL } },
  { "win.view::library", { "<Control>1", NULL } },
  { "win.view::patients", { "<Control>2", NULL } },
  { "win.search", { "<Control>f", NULL } },
  { "win.new-exercise", { "<Control>n", NULL } },
  { "win.new-patient", { "<Control><Shift>n", NULL } },
  { "win.duplicate-exercise", { "<Control>d", NULL } },
  { "win.edit-exercise", { "<Control>e", NULL } },
  { "app.shortcuts", { "<Control>question", "<Control>slash", NULL } },
};

PhysioApplication *
physio_application_new (void)
{
  return g_object_new (PHYSIO_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_DEFAULT_FLAGS,
                       "resource-base-path", RESOURCE_BASE,
                       NULL);
}

PhysioDatabase *
physio_application_get_database (PhysioApplication *self)
{
  g_return_val_if_fail (PHYSIO_IS_APPLICATION (self), NULL);

  return self->database;
}

/* A database is usable once it is open and holds the current built-in library. */
static PhysioDatabase *
open_database (const char  *path,
               GError     **error)
{
  g_autoptr(PhysioDatabase) database = NULL;

  database = physio_database_open (path, error);
  if (database == NULL)
    return NULL;
  physio_startup_trace_mark ("database open");

  if (!physio_database_load_builtin_library (database, NULL, NULL, error))
    return NULL;
  physio_startup_trace_mark ("built-in library checked");
  physio_clinician_migrate (database);

  return g_steal_pointer (&database);
}

/* The integrity check a large file skipped at start-up (physio-database-check.c) found
 * damage: say so over the window, which stays open so the clinician can read and export. */
static void
on_deferred_check_cb (GObject      *source,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  g_autoptr(GtkWindow) window = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  GtkWidget *dialog;

  if (physio_database_check_finish (PHYSIO_DATABASE (source), result, &error) ||
      g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) ||
      !gtk_widget_get_visible (GTK_WIDGET (window)))
    return;

  physio_database_problem_describe (physio_database_get_path (PHYSIO_DATABASE (source)),
                                    error, NULL, &heading, &body);
  dialog = physio_compat_alert_new (heading, body);
  physio_compat_alert_add_response (dialog, "close", _("_Close"));
  physio_compat_alert_set_close_response (dialog, "close");
  physio_compat_alert_present (dialog, GTK_WIDGET (window));
}

static void
show_main_window (PhysioApplication *self)
{
  PhysioWindow *window;

  window = physio_window_new (GTK_APPLICATION (self), self->database);
  physio_startup_trace_mark ("window built");
  physio_screenshot_setup_from_env (window);
  physio_startup_trace_watch_window (GTK_WINDOW (window));
  gtk_window_present (GTK_WINDOW (window));
  physio_startup_trace_mark ("window presented");
  physio_database_check_async (self->database, NULL, on_deferred_check_cb,
                               g_object_ref (window));
}

static void show_problem (PhysioApplication *self,
                          const char        *path,
                          const GError      *error);

static GtkWindow *
ensure_backdrop (PhysioApplication *self)
{
  GtkWidget *window;
  GtkWidget *box;
  GtkWidget *status;

  if (self->backdrop != NULL)
    return self->backdrop;

  status = adw_status_page_new ();
  adw_status_page_set_icon_name (ADW_STATUS_PAGE (status), APP_ID);
  adw_status_page_set_title (ADW_STATUS_PAGE (status), _("Physioplan"));
  gtk_widget_set_vexpand (status, TRUE);

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_box_append (GTK_BOX (box), adw_header_bar_new ());
  gtk_box_append (GTK_BOX (box), status);

  window = adw_application_window_new (GTK_APPLICATION (self));
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), box);
  gtk_window_set_title (GTK_WINDOW (window), _("Physioplan"));
  gtk_window_set_default_size (GTK_WINDOW (window), 720, 520);

  self->backdrop = GTK_WINDOW (window);
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &self->backdrop);

  return self->backdrop;
}

static gboolean
close_backdrop_cb (gpointer user_data)
{
  PhysioApplication *self = user_data;

  if (self->backdrop != NULL)
    gtk_window_destroy (self->backdrop);

  return G_SOURCE_REMOVE;
}

/* Once the dialog has closed: it still refers to its parent while it closes. */
static void
close_backdrop (PhysioApplication *self)
{
  g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, close_backdrop_cb,
                   g_object_ref (self), g_object_unref);
}

static void
on_problem_response_cb (GtkWidget         *dialog,
                        const char        *response,
                        PhysioApplication *self)
{
  const char *path = g_object_get_data (G_OBJECT (dialog), "physio-path");
  const char *backup = g_object_get_data (G_OBJECT (dialog), "physio-backup");
  g_autoptr(GError) error = NULL;

  /* Quit, or the dialog closed: with no window left, the application ends by itself. */
  if (g_strcmp0 (response, "restore") != 0 || backup == NULL)
    {
      close_backdrop (self);
      return;
    }

  self->restore_tried = TRUE;

  if (!physio_database_restore_backup (path, backup, &error))
    {
      show_problem (self, path, error);
      return;
    }

  self->database = open_database (path, &error);
  if (self->database == NULL)
    {
      show_problem (self, path, error);
      return;
    }

  show_main_window (self);
  close_backdrop (self);
}

static void
show_problem (PhysioApplication *self,
              const char        *path,
              const GError      *error)
{
  g_autofree char *backup = NULL;
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  GtkWidget *dialog;

  if (physio_database_problem_can_restore (error) && !self->restore_tried)
    backup = physio_database_find_backup (path);

  physio_database_problem_describe (path, error, backup, &heading, &body);

  dialog = physio_compat_alert_new (heading, body);
  physio_compat_alert_add_response (dialog, "quit", _("_Quit"));
  physio_compat_alert_set_close_response (dialog, "quit");
  if (backup != NULL)
    {
      physio_compat_alert_add_response (dialog, "restore", _("_Restore Last Backup"));
      physio_compat_alert_set_response_appearance (dialog, "restore", ADW_RESPONSE_SUGGESTED);
      physio_compat_alert_set_default_response (dialog, "restore");
    }
  else
    {
      physio_compat_alert_set_default_response (dialog, "quit");
    }

  g_object_set_data_full (G_OBJECT (dialog), "physio-path", g_strdup (path), g_free);
  g_object_set_data_full (G_OBJECT (dialog), "physio-backup", g_steal_pointer (&backup), g_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_problem_response_cb), self, 0);

  gtk_window_present (ensure_backdrop (self));
  physio_compat_alert_present (dialog, GTK_WIDGET (self->backdrop));
}

static int
physio_application_handle_local_options (GApplication *application,
                                         GVariantDict *options)
{
  PhysioApplication *self = PHYSIO_APPLICATION (application);
  const char *path = NULL;
  int status;

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("%s %s\n", PACKAGE_NAME, PACKAGE_VERSION);
      return EXIT_SUCCESS;
    }

  /* Before anything is shown or exported: loads and distances in the clinic's units. */
  if (self->units_settings == NULL)
    self->units_settings = physio_settings_follow_units ();

  /* A restore replaces the file, so it runs before anything has the database open. */
  status = physio_cli_io_restore_from_options (options);
  if (status >= 0)
    return status;

  /* An explicit file is opened here, before any window: a script that names a bad file gets
   * a message and an exit status, not a dialog nobody may be there to answer. */
  if (g_variant_dict_lookup (options, "database", "^&ay", &path))
    {
      g_autoptr(GError) error = NULL;

      self->database = open_database (path, &error);
      if (self->database == NULL)
        {
          g_autofree char *backup = physio_database_find_backup (path);
          g_autofree char *message = NULL;

          message = physio_database_problem_describe_for_terminal (path, error, backup);
          g_printerr ("%s\n", message);
          return EXIT_FAILURE;
        }

      /* This process has its own file open; handing over to a running instance would show
       * that instance's database instead. */
      g_application_set_flags (application,
                               g_application_get_flags (application) | G_APPLICATION_NON_UNIQUE);
    }

  /* A command-line backup, import or export needs no window: it ends here with its exit
   * status. */
  status = physio_cli_io_from_options (self->database, options);
  if (status >= 0)
    return status;
  return physio_handout_export_from_options (self->database, options);
}

static void
present_restore_result (PhysioApplication *self,
                        const char        *heading,
                        const char        *body)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));
  GtkWidget *dialog = physio_compat_alert_new (heading, body);

  physio_compat_alert_add_response (dialog, "close", _("_Close"));
  physio_compat_alert_set_close_response (dialog, "close");
  physio_compat_alert_present (dialog, GTK_WIDGET (window));
}

void
physio_application_restore (PhysioApplication *self,
                            const char        *source)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *kept = NULL;
  PhysioDatabase *alive;
  GList *windows;
  gboolean restored = FALSE;

  g_return_if_fail (PHYSIO_IS_APPLICATION (self));
  g_return_if_fail (source != NULL);
  g_return_if_fail (self->database != NULL);

  path = g_strdup (physio_database_get_path (self->database));
  g_application_hold (G_APPLICATION (self));

  for (guint i = 0; i < 100 && (windows = gtk_application_get_windows (GTK_APPLICATION (self)));
       i++)
    gtk_window_destroy (windows->data);

  /* The file may only be replaced once no connection is left on it: a late close would
   * remove the restored database's WAL. What lets go in an idle gets the chance to. */
  alive = self->database;
  g_object_add_weak_pointer (G_OBJECT (alive), (gpointer *) &alive);
  g_clear_object (&self->database);
  for (guint i = 0; alive != NULL && i < 1000 && g_main_context_iteration (NULL, FALSE); i++)
    ;

  if (alive != NULL)
    {
      g_object_remove_weak_pointer (G_OBJECT (alive), (gpointer *) &alive);
      self->database = g_object_ref (alive);
      g_set_error_literal (&error, PHYSIO_DATABASE_ERROR, PHYSIO_DATABASE_ERROR_FAILED,
                           _("The database is still in use. Close Physioplan, then restore "
                             "the backup with physioplan --restore=FILE. Nothing was "
                             "changed."));
    }
  else
    {
      restored = physio_database_restore_file (path, source, &kept, &error);
      self->database = open_database (path, error == NULL ? &error : NULL);
    }

  if (self->database == NULL)
    {
      show_problem (self, path, error);
      g_application_release (G_APPLICATION (self));
      return;
    }

  show_main_window (self);
  if (restored)
    {
      /* TRANSLATORS: %s is the file that keeps the database as it was before the restore */
      g_autofree char *body = g_strdup_printf (_("Everything now is as it was in the backup. "
                                                 "The database as it was before is kept as "
                                                 "“%s”."), kept);

      present_restore_result (self, _("Backup Restored"), body);
    }
  else
    {
      present_restore_result (self, _("The Backup Was Not Restored"), error->message);
    }
  g_application_release (G_APPLICATION (self));
}

static void
physio_application_activate (GApplication *application)
{
  PhysioApplication *self = PHYSIO_APPLICATION (application);
  GtkWindow *window;

  window = gtk_application_get_active_window (GTK_APPLICATION (application));
  if (window != NULL)
    {
      gtk_window_present (window);
      return;
    }

  if (self->database == NULL)
    {
      g_autofree char *path = physio_database_default_path ();
      g_autoptr(GError) error = NULL;

      self->database = open_database (path, &error);
      if (self->database == NULL)
        {
          show_problem (self, path, error);
          return;
        }
    }

  show_main_window (self);
}

static void
quit_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  g_application_quit (G_APPLICATION (user_data));
}

static void
about_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  const char *developers[] = { _("The Physioplan authors"), NULL };
  PhysioCompatAbout about = {
    .application_name = _("Physioplan"),
    .application_icon = APP_ID,
    .version = PACKAGE_VERSION,
    .comments = _("Home exercise programmes for physiotherapists: build, print and follow "
                  "them up, fully offline."),
    .developer_name = _("The Physioplan authors"),
    .developers = developers,
    .copyright = "© 2026 The Physioplan authors",
    .license_type = GTK_LICENSE_GPL_3_0,
    .website = "https://github.com/physioplan/physioplan",
    .issue_url = "https://github.com/physioplan/physioplan/issues",
  };
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (user_data));

  physio_compat_about_present (&about, parent != NULL ? GTK_WIDGET (parent) : NULL);
}

static void
preferences_action (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  PhysioApplication *self = user_data;
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  g_autoptr(PhysioPreferences) preferences = NULL;

  if (self->database == NULL)
    return;

  preferences = physio_preferences_new (self->database);
  physio_preferences_present (preferences, parent != NULL ? GTK_WIDGET (parent) : NULL);
}

/* The shortcuts window is built when first asked for in a window. GtkApplication's automatic
 * gtk/help-overlay.ui would build it for every window as the window opens, which cost about
 * 5 ms of each start-up and of each programme window. Handing it to the window as its help
 * overlay lets GTK show the keys of the shortcuts that name actions. It opens on the section
 * of the window it is asked from. */
static void
shortcuts_action (GSimpleAction *action,
                  GVariant      *parameter,
                  gpointer       user_data)
{
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (user_data));

  if (!GTK_IS_APPLICATION_WINDOW (parent))
    return;

  physio_compat_shortcuts_present (GTK_APPLICATION_WINDOW (parent),
                                   RESOURCE_BASE "/ui/physio-shortcuts.ui",
                                   PHYSIO_IS_PROGRAMME_WINDOW (parent) ? "programme" : NULL);
}

static const GActionEntry app_actions[] = {
  { "quit", quit_action },
  { "shortcuts", shortcuts_action },
  { "preferences", preferences_action },
  { "about", about_action },
};

static void
physio_application_startup (GApplication *application)
{
  G_APPLICATION_CLASS (physio_application_parent_class)->startup (application);
  physio_a11y_install ();

  g_action_map_add_action_entries (G_ACTION_MAP (application), app_actions,
                                   G_N_ELEMENTS (app_actions), application);

  for (guint i = 0; i < G_N_ELEMENTS (accelerators); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (application),
                                           accelerators[i].action,
                                           accelerators[i].accels);
  physio_startup_trace_mark ("GTK and libadwaita started");
}

static void
physio_application_dispose (GObject *object)
{
  PhysioApplication *self = PHYSIO_APPLICATION (object);

  if (self->backdrop != NULL)
    g_object_remove_weak_pointer (G_OBJECT (self->backdrop), (gpointer *) &self->backdrop);
  self->backdrop = NULL;
  g_clear_object (&self->database);
  g_clear_object (&self->units_settings);

  G_OBJECT_CLASS (physio_application_parent_class)->dispose (object);
}

static void
physio_application_class_init (PhysioApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *application_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = physio_application_dispose;

  application_class->handle_local_options = physio_application_handle_local_options;
  application_class->activate = physio_application_activate;
  application_class->startup = physio_application_startup;
}

static void
physio_application_init (PhysioApplication *self)
{
  g_application_add_main_option_entries (G_APPLICATION (self), option_entries);
  g_application_set_option_context_parameter_string (G_APPLICATION (self), NULL);
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            _("Build home exercise programmes from a "
                                              "library of exercises."));
}
