/* physio-handout-print.c: printing a handout through GtkPrintOperation
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * begin-print lays the handout out for the paper in the page setup, draw-page draws one page
 * with the same function the PDF export and the preview use. The operation uses the full page
 * in points: the handout keeps its own margins.
 */

#define G_LOG_DOMAIN "physio-ui"

#include "config.h"

#include <glib/gi18n.h>

#include "physio-handout-print.h"

typedef struct
{
  PhysioHandoutRequest *request;
  PhysioHandout        *handout;
} PrintJob;

static GtkPrintSettings *remembered_settings;
static GtkPageSetup *remembered_setup;
static gboolean remembered_setup_saved;

static char *
settings_path (void)
{
  return g_build_filename (g_get_user_config_dir (), "physioplan", "print.ini", NULL);
}

static void
load_remembered (void)
{
  g_autoptr(GKeyFile) file = g_key_file_new ();
  g_autofree char *path = settings_path ();

  if (remembered_settings != NULL)
    return;
  remembered_settings = gtk_print_settings_new ();
  remembered_setup = gtk_page_setup_new ();
  if (!g_key_file_load_from_file (file, path, G_KEY_FILE_NONE, NULL))
    return;
  gtk_print_settings_load_key_file (remembered_settings, file, NULL, NULL);
  remembered_setup_saved = gtk_page_setup_load_key_file (remembered_setup, file, NULL, NULL);
}

static void
save_remembered (GtkPrintOperation *operation)
{
  g_autoptr(GKeyFile) file = g_key_file_new ();
  g_autofree char *path = settings_path ();
  g_autofree char *dir = g_path_get_dirname (path);

  g_set_object (&remembered_settings, gtk_print_operation_get_print_settings (operation));
  if (gtk_print_operation_get_default_page_setup (operation) != NULL)
    g_set_object (&remembered_setup, gtk_print_operation_get_default_page_setup (operation));
  gtk_print_settings_to_key_file (remembered_settings, file, NULL);
  gtk_page_setup_to_key_file (remembered_setup, file, NULL);
  remembered_setup_saved = TRUE;
  /* Remembering is a convenience: a read-only config folder costs nothing but that. */
  if (g_mkdir_with_parents (dir, 0700) == 0)
    g_key_file_save_to_file (file, path, NULL);
}

static void
on_begin_print_cb (GtkPrintOperation *operation,
                   GtkPrintContext   *context,
                   PrintJob          *job)
{
  GtkPageSetup *setup = gtk_print_context_get_page_setup (context);
  double width = gtk_page_setup_get_paper_width (setup, GTK_UNIT_POINTS);

  /* Letter is 612 points wide, A4 595: lay out for whichever the printer has. */
  physio_handout_request_set_paper (job->request, width > 603 ? PHYSIO_PAPER_LETTER
                                                              : PHYSIO_PAPER_A4);
  g_clear_object (&job->handout);
  job->handout = physio_handout_request_build (job->request);
  gtk_print_operation_set_n_pages (operation, physio_handout_get_n_pages (job->handout));
}

static void
on_draw_page_cb (GtkPrintOperation *operation,
                 GtkPrintContext   *context,
                 int                page,
                 PrintJob          *job)
{
  physio_handout_draw_page (job->handout, gtk_print_context_get_cairo_context (context), page);
}

static gboolean
run (GtkWindow               *parent,
     PhysioHandoutRequest    *request,
     GtkPrintOperationAction  action,
     const char              *path,
     guint                   *n_pages,
     gboolean                *printed,
     GError                 **error)
{
  g_autoptr(GtkPrintOperation) operation = gtk_print_operation_new ();
  g_autoptr(GtkPageSetup) setup = NULL;
  PrintJob job = { request, NULL };
  GtkPrintOperationResult result;

  load_remembered ();
  setup = gtk_page_setup_copy (remembered_setup);
  if (!remembered_setup_saved || action == GTK_PRINT_OPERATION_ACTION_EXPORT)
    {
      /* Nothing chosen in a print dialog yet: the paper of the request (Preferences, else the
       * locale's). */
      g_autoptr(GtkPaperSize) paper =
        gtk_paper_size_new (physio_handout_request_get_paper (request) == PHYSIO_PAPER_LETTER ?
                            GTK_PAPER_NAME_LETTER : GTK_PAPER_NAME_A4);

      gtk_page_setup_set_paper_size (setup, paper);
    }
  gtk_print_operation_set_print_settings (operation, remembered_settings);
  gtk_print_operation_set_default_page_setup (operation, setup);
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  gtk_print_operation_set_job_name (operation, _("Exercise plan"));
  if (path != NULL)
    gtk_print_operation_set_export_filename (operation, path);
  g_signal_connect (operation, "begin-print", G_CALLBACK (on_begin_print_cb), &job);
  g_signal_connect (operation, "draw-page", G_CALLBACK (on_draw_page_cb), &job);

  result = gtk_print_operation_run (operation, action, parent, error);
  if (n_pages != NULL)
    *n_pages = job.handout != NULL ? physio_handout_get_n_pages (job.handout) : 0;
  g_clear_object (&job.handout);
  if (printed != NULL)
    *printed = result == GTK_PRINT_OPERATION_RESULT_APPLY;
  if (result == GTK_PRINT_OPERATION_RESULT_APPLY && action != GTK_PRINT_OPERATION_ACTION_EXPORT)
    save_remembered (operation);
  return result != GTK_PRINT_OPERATION_RESULT_ERROR;
}

gboolean
physio_handout_print (GtkWindow             *parent,
                      PhysioHandoutRequest  *request,
                      gboolean              *printed,
                      GError               **error)
{
  g_return_val_if_fail (request != NULL, FALSE);

  return run (parent, request, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, NULL, NULL, printed,
              error);
}

gboolean
physio_handout_print_to_file (PhysioHandoutRequest  *request,
                              const char            *path,
                              guint                 *n_pages,
                              GError               **error)
{
  g_return_val_if_fail (request != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  return run (NULL, request, GTK_PRINT_OPERATION_ACTION_EXPORT, path, n_pages, NULL, error);
}
