/* physio-window-io.c: the main window's Import Exercises or Templates…, Export Your
 * Exercises…, Export Your Templates…, Export as CSV…, Back Up… and Restore…
 * (data/IMPORT-FORMATS.md)
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "physio-ui"

#include "config.h"

#include <glib/gi18n.h>

#include "physio-application.h"
#include "physio-compat.h"
#include "physio-database-archive.h"
#include "physio-exercise-import.h"
#include "physio-template-exchange.h"
#include "physio-window-private.h"

/* Reading the file and the backup run in a thread; the import itself runs on the main thread,
 * where the database and its "exercises-changed" listeners live, in one transaction. */

static void
show_failure (PhysioWindow *self,
              const char   *heading,
              const char   *body)
{
  GtkWidget *dialog = physio_compat_alert_new (heading, body);

  physio_compat_alert_add_response (dialog, "close", _("_Close"));
  physio_compat_alert_set_close_response (dialog, "close");
  physio_compat_alert_present (dialog, GTK_WIDGET (self));
}

static AdwToast *
busy_toast (PhysioWindow *self,
            const char   *title)
{
  AdwToast *toast = adw_toast_new (title);

  /* Stays until the work ends and dismisses it. */
  adw_toast_set_timeout (toast, 0);
  _physio_window_add_toast (self, g_object_ref (toast));
  return toast;
}

/* Import */

static void
read_in_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  GFile *file = task_data;
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GError) error = NULL;
  char *data = NULL;
  gsize size = 0;

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE, G_FILE_QUERY_INFO_NONE,
                            cancellable, &error);
  if (info != NULL && g_file_info_get_size (info) > PHYSIO_IMPORT_MAX_BYTES)
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_FAILED,
                               _("The file is larger than %u MiB, more than any exercise file "
                                 "Physioplan imports."),
                               PHYSIO_IMPORT_MAX_BYTES / (1024 * 1024));
      return;
    }

  if (info == NULL || !g_file_load_contents (file, cancellable, &data, &size, NULL, &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  g_task_return_pointer (task, g_bytes_new_take (data, size), (GDestroyNotify) g_bytes_unref);
}

static void
on_import_read_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  PhysioWindow *self = PHYSIO_WINDOW (source);
  g_autoptr(AdwToast) busy = user_data;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  PhysioImportSummary summary = { 0, };

  adw_toast_dismiss (busy);

  bytes = g_task_propagate_pointer (G_TASK (result), &error);
  if (bytes == NULL ||
      !physio_database_import_file (self->database, bytes, &summary, &error))
    {
      /* TRANSLATORS: the error names the record and the field that are wrong */
      g_autofree char *body = g_strdup_printf (_("%s\n\nNothing was imported. Correct the file, "
                                                 "or ask whoever sent it for a new copy, and "
                                                 "try again."), error->message);

      show_failure (self, _("The File Could Not Be Imported"), body);
      return;
    }

  if (summary.format == PHYSIO_IMPORT_FORMAT_TEMPLATES)
    /* TRANSLATORS: a toast; %u new and %u updated templates */
    title = g_strdup_printf (_("Imported %u new and %u updated templates"),
                             summary.n_templates_added, summary.n_templates_updated);
  else
    /* TRANSLATORS: a toast; %u new and %u updated exercises */
    title = g_strdup_printf (_("Imported %u new and %u updated exercises"),
                             summary.n_added, summary.n_updated);
  _physio_window_add_toast (self, adw_toast_new (title));

  if (summary.n_shortened > 0)
    {
      g_autofree char *body = g_strdup_printf (
        g_dngettext (GETTEXT_PACKAGE,
                     "%u exercise had more instructions than fit in five steps. Its steps "
                     "were cut: check them in the library before you give it to a patient.",
                     "%u exercises had more instructions than fit in five steps. Their steps "
                     "were cut: check them in the library before you give them to a patient.",
                     summary.n_shortened), summary.n_shortened);

      show_failure (self, _("Some Steps Were Shortened"), body);
    }
}

static void
on_import_file_chosen (GFile    *file,
                       gpointer  user_data)
{
  g_autoptr(PhysioWindow) self = user_data;
  g_autoptr(GTask) task = NULL;
  AdwToast *busy;

  if (file == NULL)
    return;

  busy = busy_toast (self, _("Importing…"));
  task = g_task_new (self, NULL, on_import_read_cb, busy);
  g_task_set_task_data (task, g_object_ref (file), g_object_unref);
  g_task_run_in_thread (task, read_in_thread);
}

static void
import_exercises_action (GSimpleAction *action,
                         GVariant      *parameter,
                         gpointer       user_data)
{
  PhysioWindow *self = user_data;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  /* Translators: the kind of file Import Exercises or Templates opens. */
  gtk_file_filter_set_name (filter, _("Exercise and template files (JSON)"));
  gtk_file_filter_add_mime_type (filter, "application/json");
  gtk_file_filter_add_suffix (filter, "json");
  physio_compat_open_file (GTK_WINDOW (self), _("Import Exercises or Templates"), filter,
                           on_import_file_chosen, g_object_ref (self));
}

/* Exports: the bytes are made on the main thread (a few milliseconds for the whole library)
 * and written asynchronously. */

typedef GBytes *(*ExportFunc) (PhysioDatabase *database, GError **error);

/* What is exported, and the title of the message when it cannot be. */
typedef struct
{
  ExportFunc  export;
  const char *failure;
} Export;

static const Export export_exercises = {
  physio_database_export_exercises, N_("The Library Could Not Be Exported")
};
static const Export export_templates = {
  physio_database_export_templates, N_("The Templates Could Not Be Exported")
};
static const Export export_csv = {
  physio_database_export_csv, N_("The Library Could Not Be Exported")
};

static void
on_written_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(PhysioWindow) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!g_file_replace_contents_finish (G_FILE (source), result, NULL, &error))
    {
      g_autofree char *body = g_strdup_printf (_("%s\n\nChoose another folder, or free some "
                                                 "space, and try again."), error->message);

      show_failure (self, _("The File Could Not Be Saved"), body);
      return;
    }

  _physio_window_add_toast (self, adw_toast_new (_("Exported")));
}

static void
export_to (PhysioWindow *self,
           GFile        *file,
           const Export *what)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;

  bytes = what->export (self->database, &error);
  if (bytes == NULL)
    {
      show_failure (self, _(what->failure), error->message);
      return;
    }

  g_file_replace_contents_bytes_async (file, bytes, NULL, FALSE, G_FILE_CREATE_PRIVATE, NULL,
                                       on_written_cb, g_object_ref (self));
}

static void
on_export_json_chosen (GFile    *file,
                       gpointer  user_data)
{
  g_autoptr(PhysioWindow) self = user_data;

  if (file != NULL)
    export_to (self, file, &export_exercises);
}

static void
on_export_templates_chosen (GFile    *file,
                            gpointer  user_data)
{
  g_autoptr(PhysioWindow) self = user_data;

  if (file != NULL)
    export_to (self, file, &export_templates);
}

static void
on_export_csv_chosen (GFile    *file,
                      gpointer  user_data)
{
  g_autoptr(PhysioWindow) self = user_data;

  if (file != NULL)
    export_to (self, file, &export_csv);
}

static void
export_library_action (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       user_data)
{
  PhysioWindow *self = user_data;

  /* TRANSLATORS: the suggested file name of an export of the clinic's own exercises */
  physio_compat_save_file (GTK_WINDOW (self), _("Export Your Exercises"),
                           _("my-exercises.json"), on_export_json_chosen, g_object_ref (self));
}

static void
export_templates_action (GSimpleAction *action,
                         GVariant      *parameter,
                         gpointer       user_data)
{
  PhysioWindow *self = user_data;

  /* TRANSLATORS: the suggested file name of an export of the clinic's own templates */
  physio_compat_save_file (GTK_WINDOW (self), _("Export Your Templates"),
                           _("our-templates.json"), on_export_templates_chosen,
                           g_object_ref (self));
}

static void
export_csv_action (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       user_data)
{
  PhysioWindow *self = user_data;

  /* TRANSLATORS: the suggested file name of the library as a spreadsheet */
  physio_compat_save_file (GTK_WINDOW (self), _("Export Library as CSV"),
                           _("exercise-library.csv"), on_export_csv_chosen,
                           g_object_ref (self));
}

/* Back up */

typedef struct
{
  char     *path;
  char     *dest;
  AdwToast *toast;
  /* Percent shown, set from the thread, read in an idle on the main thread. */
  int       percent;
} Backup;

static void
backup_free (Backup *backup)
{
  g_free (backup->path);
  g_free (backup->dest);
  g_clear_object (&backup->toast);
  g_free (backup);
}

static gboolean
show_percent_cb (gpointer data)
{
  Backup *backup = data;
  /* TRANSLATORS: a toast while a backup is written; %d is a percentage */
  g_autofree char *title = g_strdup_printf (_("Backing up… %d %%"),
                                            g_atomic_int_get (&backup->percent));

  adw_toast_set_title (backup->toast, title);
  return G_SOURCE_REMOVE;
}

/* The idle holds the task, and so the Backup, until it has run. */
static gboolean
show_percent_task_cb (gpointer data)
{
  return show_percent_cb (g_task_get_task_data (data));
}

static void
on_backup_progress (double   fraction,
                    gpointer user_data)
{
  GTask *task = user_data;
  Backup *backup = g_task_get_task_data (task);
  int percent = (int) (fraction * 100);

  if (g_atomic_int_get (&backup->percent) == percent)
    return;
  g_atomic_int_set (&backup->percent, percent);
  g_main_context_invoke_full (NULL, G_PRIORITY_DEFAULT, show_percent_task_cb,
                              g_object_ref (task), g_object_unref);
}

static void
backup_in_thread (GTask        *task,
                  gpointer      source_object,
                  gpointer      task_data,
                  GCancellable *cancellable)
{
  Backup *backup = task_data;
  GError *error = NULL;

  if (!physio_database_backup_file (backup->path, backup->dest, on_backup_progress, task,
                                    cancellable, &error))
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

static void
on_backup_done_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  PhysioWindow *self = PHYSIO_WINDOW (source);
  Backup *backup = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;

  adw_toast_dismiss (backup->toast);
  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      g_autofree char *body = g_strdup_printf (_("%s\n\nNo backup was written. Choose another "
                                                 "place, such as a USB drive with free space, "
                                                 "and try again."), error->message);

      show_failure (self, _("The Backup Failed"), body);
      return;
    }

  _physio_window_add_toast (self, adw_toast_new (_("Backup saved")));
}

static void
on_backup_file_chosen (GFile    *file,
                       gpointer  user_data)
{
  g_autoptr(PhysioWindow) self = user_data;
  g_autoptr(GTask) task = NULL;
  Backup *backup;

  if (file == NULL)
    return;

  backup = g_new0 (Backup, 1);
  backup->path = g_strdup (physio_database_get_path (self->database));
  backup->dest = g_file_get_path (file);
  if (backup->dest == NULL)
    {
      show_failure (self, _("The Backup Failed"),
                    _("Physioplan can only write a backup to a folder on this computer or a "
                      "drive attached to it. Choose another place."));
      backup_free (backup);
      return;
    }
  backup->toast = busy_toast (self, _("Backing up…"));

  task = g_task_new (self, NULL, on_backup_done_cb, NULL);
  g_task_set_task_data (task, backup, (GDestroyNotify) backup_free);
  g_task_run_in_thread (task, backup_in_thread);
}

static void
backup_action (GSimpleAction *action,
               GVariant      *parameter,
               gpointer       user_data)
{
  PhysioWindow *self = user_data;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *date = g_date_time_format (now, "%Y-%m-%d");
  /* TRANSLATORS: the suggested file name of a backup; %s is today's date */
  g_autofree char *name = g_strdup_printf (_("physioplan-backup-%s.physioplan"), date);

  physio_compat_save_file (GTK_WINDOW (self), _("Back Up the Database"), name,
                           on_backup_file_chosen, g_object_ref (self));
}

/* Restore */

typedef struct
{
  PhysioApplication *application;
  char              *source;
} Restore;

/* In an idle: the restore closes every window, this dialog's too, which must not happen
 * while it is still sending its response. */
static gboolean
restore_cb (gpointer data)
{
  Restore *restore = data;

  physio_application_restore (restore->application, restore->source);
  g_object_unref (restore->application);
  g_free (restore->source);
  g_free (restore);
  return G_SOURCE_REMOVE;
}

static void
on_restore_response_cb (GtkWidget    *dialog,
                        const char   *response,
                        PhysioWindow *self)
{
  const char *source = g_object_get_data (G_OBJECT (dialog), "physio-source");
  GtkApplication *application = gtk_window_get_application (GTK_WINDOW (self));
  Restore *restore;

  if (g_strcmp0 (response, "restore") != 0 || !PHYSIO_IS_APPLICATION (application))
    return;

  restore = g_new0 (Restore, 1);
  restore->application = g_object_ref (PHYSIO_APPLICATION (application));
  restore->source = g_strdup (source);
  g_idle_add (restore_cb, restore);
}

static void
confirm_restore (PhysioWindow *self,
                 const char   *source)
{
  GtkWidget *dialog;

  dialog = physio_compat_alert_new (_("Restore This Backup?"),
                                    _("Patients, programmes, diaries and your own exercises "
                                      "will all be as they were in the backup. The database "
                                      "as it is now is kept beside it, so nothing is lost."));
  physio_compat_alert_add_response (dialog, "cancel", _("_Cancel"));
  physio_compat_alert_add_response (dialog, "restore", _("_Restore"));
  physio_compat_alert_set_response_appearance (dialog, "restore", ADW_RESPONSE_DESTRUCTIVE);
  physio_compat_alert_set_close_response (dialog, "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "physio-source", g_strdup (source), g_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_restore_response_cb), self, 0);
  physio_compat_alert_present (dialog, GTK_WIDGET (self));
}

/* The check reads the whole file (SQLite's integrity check), which takes a while for a large
 * database: in a thread, on a connection of its own, so the window stays responsive. */
static void
check_in_thread (GTask        *task,
                 gpointer      source_object,
                 gpointer      task_data,
                 GCancellable *cancellable)
{
  g_autoptr(GError) error = NULL;

  if (physio_database_check_backup (task_data, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, g_steal_pointer (&error));
}

static void
on_backup_checked_cb (GObject      *source,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  PhysioWindow *self = PHYSIO_WINDOW (source);
  g_autoptr(AdwToast) busy = user_data;
  g_autoptr(GError) error = NULL;

  adw_toast_dismiss (busy);
  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      show_failure (self, _("This File Cannot Be Restored"), error->message);
      return;
    }

  confirm_restore (self, g_task_get_task_data (G_TASK (result)));
}

static void
on_restore_file_chosen (GFile    *file,
                        gpointer  user_data)
{
  g_autoptr(PhysioWindow) self = user_data;
  g_autoptr(GTask) task = NULL;
  char *source;

  if (file == NULL)
    return;

  source = g_file_get_path (file);
  if (source == NULL)
    {
      show_failure (self, _("This File Cannot Be Restored"),
                    _("Physioplan can only restore a backup from a folder on this computer or "
                      "a drive attached to it. Copy the file here first."));
      return;
    }

  task = g_task_new (self, NULL, on_backup_checked_cb,
                     busy_toast (self, _("Checking the backup…")));
  g_task_set_task_data (task, source, g_free);
  g_task_run_in_thread (task, check_in_thread);
}

static void
restore_action (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  PhysioWindow *self = user_data;

  /* A backup may have any name the clinic gave it. */
  physio_compat_open_file (GTK_WINDOW (self), _("Restore a Backup"), NULL,
                           on_restore_file_chosen, g_object_ref (self));
}

static const GActionEntry io_actions[] = {
  { "restore", restore_action },
  { "import-exercises", import_exercises_action },
  { "export-library", export_library_action },
  { "export-templates", export_templates_action },
  { "export-csv", export_csv_action },
  { "backup", backup_action },
};

void
_physio_window_init_io_actions (PhysioWindow *self)
{
  g_action_map_add_action_entries (G_ACTION_MAP (self), io_actions, G_N_ELEMENTS (io_actions),
                                   self);
}
