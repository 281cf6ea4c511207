/* physio-handout-preview.c: the handout on screen, page by page, with Print and Export PDF
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each page is a drawing area that calls the handout's own page drawing, so the preview is the
 * PDF and the paper, not an imitation of them. Exports run in a worker thread with their own
 * copy of the programme; the window stays responsive and a toast says when the file is there.
 */

#define G_LOG_DOMAIN "physio-ui"

#include "config.h"

#include <glib/gi18n.h>

#include "physio-compat.h"
#include "physio-handout-export.h"
#include "physio-handout-preview.h"
#include "physio-handout-print.h"

/* Screen pixels per point: a page of A4 is then about 600 pixels wide. */
#define PREVIEW_SCALE 1.0

struct _PhysioHandoutPreview
{
  AdwWindow             parent_instance;

  /* Template widgets */
  GtkDropDown          *paper_dropdown;
  GtkToggleButton      *large_print_button;
  AdwToastOverlay      *toast_overlay;
  GtkBox               *pages_box;

  /* Owned references */
  PhysioDatabase       *database;
  PhysioHandoutRequest *request;
  PhysioHandout        *handout;
  gint64                programme_id;
};

G_DEFINE_FINAL_TYPE (PhysioHandoutPreview, physio_handout_preview, ADW_TYPE_WINDOW)

static char *
suggested_file_name (PhysioHandoutRequest *request)
{
  const char *patient = physio_handout_request_get_patient (request);
  g_autofree char *name = NULL;

  /* Translators: the suggested name of an exported handout; %s is the patient's name. */
  name = patient != NULL && *patient != '\0' ? g_strdup_printf (_("Exercise plan - %s.pdf"), patient)
                                             : g_strdup (_("Exercise plan.pdf"));
  return g_strdelimit (g_steal_pointer (&name), "/\\", '-');
}

typedef struct
{
  GtkWindow            *parent;
  AdwToastOverlay      *overlay;
  PhysioDatabase       *database;
  PhysioHandoutRequest *request;
  GFile                *file;
} ExportJob;

static void
export_job_free (gpointer data)
{
  ExportJob *job = data;

  g_clear_object (&job->parent);
  g_clear_object (&job->overlay);
  g_clear_object (&job->database);
  g_clear_pointer (&job->request, physio_handout_request_free);
  g_clear_object (&job->file);
  g_free (job);
}

static void
export_thread (GTask        *task,
               gpointer      source,
               gpointer      data,
               GCancellable *cancellable)
{
  ExportJob *job = data;
  g_autoptr(PhysioHandout) handout = physio_handout_request_build (job->request);
  g_autofree char *path = g_file_get_path (job->file);
  GError *error = NULL;

  if (path == NULL)
    g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                             _("Handouts can only be saved to a local folder."));
  else if (!physio_handout_write_pdf (handout, path, &error))
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

static void
on_export_done_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      data)
{
  ExportJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_file_get_basename (job->file);
  g_autofree char *message = NULL;

  if (g_task_propagate_boolean (G_TASK (result), &error))
    {
      g_autoptr(GError) record_error = NULL;

      /* Back on the main thread, which owns the database: the handout is issued. */
      if (!physio_handout_request_record_issue (job->request, job->database, &record_error))
        g_warning ("An exported handout was not recorded as issued: %s", record_error->message);
      /* Translators: %s is the file name of the saved handout. */
      message = g_strdup_printf (_("Handout saved as “%s”"), name);
    }
  else
    message = g_strdup (error->message);

  if (job->overlay != NULL)
    adw_toast_overlay_add_toast (job->overlay, adw_toast_new (message));
  else if (job->parent != NULL)
    {
      GtkWidget *alert = physio_compat_alert_new (error != NULL ? _("The Handout Was Not Saved")
                                                                : _("Handout Saved"),
                                                  message);

      physio_compat_alert_add_response (alert, "close", _("_Close"));
      physio_compat_alert_present (alert, GTK_WIDGET (job->parent));
    }
}

void
physio_handout_export_to_file (GtkWindow       *parent,
                               AdwToastOverlay *overlay,
                               PhysioDatabase  *database,
                               gint64           programme_id,
                               PhysioPaper      paper,
                               gboolean         large_print,
                               GFile           *file)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GError) error = NULL;
  ExportJob *job;

  g_return_if_fail (G_IS_FILE (file));

  job = g_new0 (ExportJob, 1);
  job->parent = parent != NULL ? g_object_ref (parent) : NULL;
  job->overlay = overlay != NULL ? g_object_ref (overlay) : NULL;
  job->file = g_object_ref (file);
  job->database = g_object_ref (database);
  /* Read now, on the main thread that owns the database; written in the worker. */
  job->request = physio_handout_request_new (database, programme_id, paper, large_print, &error);

  task = g_task_new (NULL, NULL, on_export_done_cb, NULL);
  g_task_set_task_data (task, job, export_job_free);
  if (job->request == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    {
      if (overlay != NULL)
        adw_toast_overlay_add_toast (overlay, adw_toast_new (_("Saving the handout…")));
      g_task_run_in_thread (task, export_thread);
    }
}

/* --- The preview window --- */

static void
draw_page (GtkDrawingArea *area,
           cairo_t        *cr,
           int             width,
           int             height,
           gpointer        data)
{
  PhysioHandoutPreview *self = PHYSIO_HANDOUT_PREVIEW (data);
  guint page = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (area), "physio-page"));

  if (self->handout == NULL || page >= physio_handout_get_n_pages (self->handout))
    return;
  /* Paper is white whatever the theme: this is what will be printed. */
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_scale (cr, PREVIEW_SCALE, PREVIEW_SCALE);
  physio_handout_draw_page (self->handout, cr, page);
}

static void
rebuild (PhysioHandoutPreview *self)
{
  GtkWidget *child;
  double width, height;
  guint n_pages;

  physio_handout_request_set_paper (self->request,
                                    gtk_drop_down_get_selected (self->paper_dropdown) == 1 ?
                                    PHYSIO_PAPER_LETTER : PHYSIO_PAPER_A4);
  physio_handout_request_set_large_print (self->request,
                                          gtk_toggle_button_get_active (self->large_print_button));
  g_clear_object (&self->handout);
  self->handout = physio_handout_request_build (self->request);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->pages_box))) != NULL)
    gtk_box_remove (self->pages_box, child);

  physio_handout_get_page_size (self->handout, &width, &height);
  n_pages = physio_handout_get_n_pages (self->handout);
  for (guint page = 0; page < n_pages; page++)
    {
      GtkWidget *area = gtk_drawing_area_new ();
      g_autofree char *label = g_strdup_printf (_("Page %u of %u"), page + 1, n_pages);

      gtk_drawing_area_set_content_width (GTK_DRAWING_AREA (area), (int) (width * PREVIEW_SCALE));
      gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (area),
                                           (int) (height * PREVIEW_SCALE));
      g_object_set_data (G_OBJECT (area), "physio-page", GUINT_TO_POINTER (page));
      gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (area), draw_page, self, NULL);
      gtk_widget_add_css_class (area, "card");
      gtk_accessible_update_property (GTK_ACCESSIBLE (area), GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                      -1);
      gtk_box_append (self->pages_box, area);
    }
}

static void
on_options_changed_cb (PhysioHandoutPreview *self)
{
  rebuild (self);
}

static void
on_save_chosen_cb (GFile    *file,
                   gpointer  data)
{
  g_autoptr(PhysioHandoutPreview) self = data;

  if (file == NULL)
    return;
  physio_handout_export_to_file (GTK_WINDOW (self), self->toast_overlay, self->database,
                                 self->programme_id,
                                 physio_handout_request_get_paper (self->request),
                                 gtk_toggle_button_get_active (self->large_print_button), file);
}

static void
export_action (GtkWidget  *widget,
               const char *action,
               GVariant   *parameter)
{
  PhysioHandoutPreview *self = PHYSIO_HANDOUT_PREVIEW (widget);
  g_autofree char *name = suggested_file_name (self->request);

  physio_compat_save_file (GTK_WINDOW (self), _("Export Handout"), name, on_save_chosen_cb,
                           g_object_ref (self));
}

static void
print_action (GtkWidget  *widget,
              const char *action,
              GVariant   *parameter)
{
  PhysioHandoutPreview *self = PHYSIO_HANDOUT_PREVIEW (widget);
  g_autoptr(GError) error = NULL;
  gboolean printed = FALSE;

  if (!physio_handout_print (GTK_WINDOW (self), self->request, &printed, &error) ||
      (printed && !physio_handout_request_record_issue (self->request, self->database, &error)))
    adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (error->message));
  /* The dialog may have changed the paper: show what was printed. */
  gtk_drop_down_set_selected (self->paper_dropdown,
                              physio_handout_request_get_paper (self->request) ==
                              PHYSIO_PAPER_LETTER ? 1 : 0);
}

static void
physio_handout_preview_dispose (GObject *object)
{
  PhysioHandoutPreview *self = PHYSIO_HANDOUT_PREVIEW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), PHYSIO_TYPE_HANDOUT_PREVIEW);
  g_clear_object (&self->handout);
  g_clear_object (&self->database);
  g_clear_pointer (&self->request, physio_handout_request_free);

  G_OBJECT_CLASS (physio_handout_preview_parent_class)->dispose (object);
}

static void
physio_handout_preview_class_init (PhysioHandoutPreviewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = physio_handout_preview_dispose;

  gtk_widget_class_install_action (widget_class, "preview.export-pdf", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "preview.print", NULL, print_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK,
                                       "preview.export-pdf", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK,
                                       "preview.print", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/physio-handout-preview.ui");
  gtk_widget_class_bind_template_child (widget_class, PhysioHandoutPreview, paper_dropdown);
  gtk_widget_class_bind_template_child (widget_class, PhysioHandoutPreview, large_print_button);
  gtk_widget_class_bind_template_child (widget_class, PhysioHandoutPreview, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, PhysioHandoutPreview, pages_box);
}

static void
physio_handout_preview_init (PhysioHandoutPreview *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

PhysioHandoutPreview *
physio_handout_preview_new (GtkWindow       *parent,
                            PhysioDatabase  *database,
                            gint64           programme_id,
                            GError         **error)
{
  PhysioHandoutPreview *self;
  PhysioHandoutRequest *request;

  g_return_val_if_fail (PHYSIO_IS_DATABASE (database), NULL);

  request = physio_handout_request_new (database, programme_id, physio_handout_default_paper (),
                                        physio_handout_default_large_print (), error);
  if (request == NULL)
    return NULL;

  self = g_object_new (PHYSIO_TYPE_HANDOUT_PREVIEW, "transient-for", parent, NULL);
  self->database = g_object_ref (database);
  self->programme_id = programme_id;
  self->request = request;
  gtk_drop_down_set_selected (self->paper_dropdown,
                              physio_handout_request_get_paper (request) == PHYSIO_PAPER_LETTER);
  gtk_toggle_button_set_active (self->large_print_button, physio_handout_default_large_print ());
  rebuild (self);
  g_signal_connect_swapped (self->paper_dropdown, "notify::selected",
                            G_CALLBACK (on_options_changed_cb), self);
  g_signal_connect_swapped (self->large_print_button, "toggled",
                            G_CALLBACK (on_options_changed_cb), self);
  return self;
}

guint
physio_handout_preview_get_n_pages (PhysioHandoutPreview *self)
{
  g_return_val_if_fail (PHYSIO_IS_HANDOUT_PREVIEW (self), 0);

  return self->handout != NULL ? physio_handout_get_n_pages (self->handout) : 0;
}

/* --- The programme window's actions --- */

typedef struct
{
  GtkWindow       *window;      /* not owned: the actions live in it */
  AdwToastOverlay *overlay;
  PhysioDatabase  *database;
  PhysioProgramme *programme;
} HandoutActions;

static void
handout_actions_free (gpointer data)
{
  HandoutActions *actions = data;

  g_clear_object (&actions->overlay);
  g_clear_object (&actions->database);
  g_clear_object (&actions->programme);
  g_free (actions);
}

static void
preview_activated_cb (GSimpleAction *action,
                      GVariant      *parameter,
                      gpointer       data)
{
  HandoutActions *actions = data;
  g_autoptr(GError) error = NULL;
  PhysioHandoutPreview *preview;

  preview = physio_handout_preview_new (actions->window, actions->database,
                                        physio_programme_get_id (actions->programme), &error);
  if (preview == NULL)
    adw_toast_overlay_add_toast (actions->overlay, adw_toast_new (error->message));
  else
    gtk_window_present (GTK_WINDOW (preview));
}

static void
on_programme_save_chosen_cb (GFile    *file,
                             gpointer  data)
{
  HandoutActions *actions = data;

  if (file != NULL)
    physio_handout_export_to_file (actions->window, actions->overlay, actions->database,
                                   physio_programme_get_id (actions->programme),
                                   physio_handout_default_paper (),
                                   physio_handout_default_large_print (), file);
}

static void
export_activated_cb (GSimpleAction *action,
                     GVariant      *parameter,
                     gpointer       data)
{
  HandoutActions *actions = data;
  g_autoptr(PhysioHandoutRequest) request = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;

  request = physio_handout_request_new (actions->database,
                                        physio_programme_get_id (actions->programme),
                                        physio_handout_default_paper (),
                                        physio_handout_default_large_print (), &error);
  if (request == NULL)
    {
      adw_toast_overlay_add_toast (actions->overlay, adw_toast_new (error->message));
      return;
    }
  name = suggested_file_name (request);
  physio_compat_save_file (actions->window, _("Export Handout"), name,
                           on_programme_save_chosen_cb, actions);
}

static void
print_activated_cb (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       data)
{
  HandoutActions *actions = data;
  g_autoptr(PhysioHandoutRequest) request = NULL;
  g_autoptr(GError) error = NULL;
  gboolean printed = FALSE;

  request = physio_handout_request_new (actions->database,
                                        physio_programme_get_id (actions->programme),
                                        physio_handout_default_paper (),
                                        physio_handout_default_large_print (), &error);
  if (request == NULL || !physio_handout_print (actions->window, request, &printed, &error) ||
      (printed && !physio_handout_request_record_issue (request, actions->database, &error)))
    adw_toast_overlay_add_toast (actions->overlay, adw_toast_new (error->message));
}

void
physio_handout_actions_install (GtkWindow       *window,
                                AdwToastOverlay *overlay,
                                PhysioDatabase  *database,
                                PhysioProgramme *programme)
{
  HandoutActions *actions;
  GtkEventController *shortcuts;
  const GActionEntry entries[] = {
    { "preview-handout", preview_activated_cb },
    { "export-pdf", export_activated_cb },
    { "print-handout", print_activated_cb },
  };

  g_return_if_fail (G_IS_ACTION_MAP (window));

  actions = g_new0 (HandoutActions, 1);
  actions->window = window;
  actions->overlay = g_object_ref (overlay);
  actions->database = g_object_ref (database);
  actions->programme = g_object_ref (programme);
  g_object_set_data_full (G_OBJECT (window), "physio-handout-actions", actions,
                          handout_actions_free);
  g_action_map_add_action_entries (G_ACTION_MAP (window), entries, G_N_ELEMENTS (entries),
                                   actions);

  shortcuts = gtk_shortcut_controller_new ();
  gtk_shortcut_controller_set_scope (GTK_SHORTCUT_CONTROLLER (shortcuts), GTK_SHORTCUT_SCOPE_MANAGED);
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
    gtk_shortcut_new (gtk_shortcut_trigger_parse_string ("<Control>e"),
                      gtk_named_action_new ("win.export-pdf")));
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
    gtk_shortcut_new (gtk_shortcut_trigger_parse_string ("<Control>p"),
                      gtk_named_action_new ("win.print-handout")));
  gtk_widget_add_controller (GTK_WIDGET (window), shortcuts);
}
