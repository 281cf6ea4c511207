/* physio-programme-window.c: the window that builds and reviews one patient's programme
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "physio-programme-window"

#include "config.h"

#include <glib/gi18n.h>

#include "physio-database-patients.h"
#include "physio-diary-grid.h"
#include "physio-handout-preview.h"
#include "physio-ladder-table.h"
#include "physio-prescription-page.h"
#include "physio-programme-settings.h"
#include "physio-programme-window-private.h"
#include "physio-progress-page.h"
#include "physio-review-page.h"

struct _PhysioProgrammeWindow
{
  AdwApplicationWindow    parent_instance;

  /* Template widgets */
  AdwToastOverlay        *toast_overlay;
  GtkButton              *undo_button;
  GtkButton              *redo_button;
  GtkWidget              *identity_box;
  GtkLabel               *patient_label;
  GtkLabel               *programme_label;
  AdwViewSwitcherTitle   *switcher_title;
  AdwViewStack           *view_stack;

  /* Borrowed: the pages, owned by the stack */
  PhysioPrescriptionPage *exercises_page;
  PhysioLadderTable      *ladder_page;
  PhysioReviewPage       *review_page;
  PhysioProgrammeSettings *settings_page;

  /* Owned references */
  PhysioDatabase         *database;
  PhysioPatient          *patient;
  PhysioProgramme        *programme;
  PhysioUndoStack        *undo_stack;
  AdwToast               *last_toast;

  /* The width decides whether the patient's name fits beside the switcher; it is applied
   * after the layout, never during it. */
  guint                   identity_idle;
  gboolean                identity_wanted;
};

/* Below this width the switcher needs the room, and shows the names itself when squeezed. */
#define IDENTITY_MIN_WIDTH 900

G_DEFINE_FINAL_TYPE (PhysioProgrammeWindow, physio_programme_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_DATABASE,
  PROP_PATIENT,
  PROP_PROGRAMME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Toasts, for the window and its pages */

static void
add_toast (PhysioProgrammeWindow *self,
           AdwToast              *toast)
{
  g_set_object (&self->last_toast, toast);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

void
_physio_programme_window_toast (GtkWidget  *from,
                                const char *title,
                                gboolean    offer_undo)
{
  _physio_programme_window_toast_action (from, title, offer_undo ? _("_Undo") : NULL,
                                         offer_undo ? "win.undo" : NULL);
}

void
_physio_programme_window_toast_action (GtkWidget  *from,
                                       const char *title,
                                       const char *button,
                                       const char *action)
{
  GtkRoot *root;
  g_autofree char *markup = NULL;
  AdwToast *toast;

  g_return_if_fail (GTK_IS_WIDGET (from));
  g_return_if_fail (title != NULL);

  root = gtk_widget_get_root (from);
  if (!PHYSIO_IS_PROGRAMME_WINDOW (root))
    {
      /* Not the title: it may name the patient or the programme. */
      g_debug ("A notice was not shown: no programme window");
      return;
    }

  /* Toast titles are markup, and names and store messages may hold "&". */
  markup = g_markup_escape_text (title, -1);
  toast = adw_toast_new (markup);
  if (button != NULL && action != NULL)
    {
      adw_toast_set_button_label (toast, button);
      adw_toast_set_action_name (toast, action);
    }
  add_toast (PHYSIO_PROGRAMME_WINDOW (root), toast);
}

/* Title */

static void
update_title (PhysioProgrammeWindow *self)
{
  const char *title = physio_programme_get_title (self->programme);
  const char *patient = self->patient != NULL ? physio_patient_get_name (self->patient) : NULL;
  g_autofree char *window_title = NULL;

  if (title == NULL || *title == '\0')
    title = _("Untitled Programme");

  if (patient != NULL && *patient != '\0')
    /* TRANSLATORS: the programme window's title, "<programme> — <patient>" */
    window_title = g_strdup_printf (_("%s — %s"), title, patient);
  else
    window_title = g_strdup (title);

  gtk_window_set_title (GTK_WINDOW (self), window_title);
  adw_view_switcher_title_set_title (self->switcher_title, title);
  adw_view_switcher_title_set_subtitle (self->switcher_title, patient != NULL ? patient : "");
  /* Beside the switcher, the patient comes first: that is whom the clinician looks for. */
  gtk_label_set_text (self->patient_label, patient != NULL && *patient != '\0' ? patient : title);
  gtk_label_set_text (self->programme_label, patient != NULL && *patient != '\0' ? title : "");
  gtk_widget_set_visible (GTK_WIDGET (self->programme_label), patient != NULL && *patient != '\0');
}

static void
on_title_changed_cb (PhysioProgrammeWindow *self)
{
  update_title (self);
}

static void
on_patients_changed_cb (PhysioProgrammeWindow *self,
                        gint64                 patient_id,
                        PhysioDatabase        *database)
{
  g_autoptr(PhysioPatient) patient = NULL;
  gint64 id = self->patient != NULL ? physio_patient_get_id (self->patient) : 0;

  if (id <= 0 || (patient_id != 0 && patient_id != id))
    return;

  /* A new name or condition elsewhere shows here too: the title, and the cautions. */
  patient = physio_database_get_patient (database, id, NULL);
  if (patient == NULL)
    return;

  g_set_object (&self->patient, patient);
  physio_prescription_page_set_patient (self->exercises_page, patient);
  update_title (self);
}

/* Undo and redo */

static void
update_undo_buttons (PhysioProgrammeWindow *self)
{
  const char *undo, *redo;
  GAction *action;
  g_autofree char *undo_tooltip = NULL;
  g_autofree char *redo_tooltip = NULL;

  /* A diary cell left as the window closes is saved after the history went. */
  if (self->undo_stack == NULL)
    return;
  undo = physio_undo_stack_get_undo_label (self->undo_stack);
  redo = physio_undo_stack_get_redo_label (self->undo_stack);

  action = g_action_map_lookup_action (G_ACTION_MAP (self), "undo");
  g_simple_action_set_enabled (G_SIMPLE_ACTION (action), undo != NULL);
  action = g_action_map_lookup_action (G_ACTION_MAP (self), "redo");
  g_simple_action_set_enabled (G_SIMPLE_ACTION (action), redo != NULL);

  /* The tooltips say what would be undone, so the clinician knows before pressing. */
  if (undo != NULL)
    /* TRANSLATORS: the Undo button's tooltip, "Undo “Change dose” (Ctrl+Z)" */
    undo_tooltip = g_strdup_printf (_("Undo “%s” (Ctrl+Z)"), undo);
  else
    undo_tooltip = g_strdup (_("Nothing to Undo (Ctrl+Z)"));
  if (redo != NULL)
    redo_tooltip = g_strdup_printf (_("Redo “%s” (Ctrl+Shift+Z)"), redo);
  else
    redo_tooltip = g_strdup (_("Nothing to Redo (Ctrl+Shift+Z)"));

  gtk_widget_set_tooltip_text (GTK_WIDGET (self->undo_button), undo_tooltip);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->redo_button), redo_tooltip);
}

static void
undo_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  PhysioProgrammeWindow *self = user_data;
  g_autofree char *label = g_strdup (physio_undo_stack_get_undo_label (self->undo_stack));
  g_autofree char *title = NULL;
  g_autoptr(GError) error = NULL;

  if (label == NULL)
    return;

  if (!physio_undo_stack_undo (self->undo_stack, &error))
    {
      title = g_strdup_printf (_("Could not undo: %s"), error->message);
      _physio_programme_window_toast (GTK_WIDGET (self), title, FALSE);
      return;
    }

  /* TRANSLATORS: a toast after Undo, "“Change dose” undone" */
  title = g_strdup_printf (_("“%s” undone"), label);
  _physio_programme_window_toast (GTK_WIDGET (self), title, FALSE);
}

static void
redo_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  PhysioProgrammeWindow *self = user_data;
  g_autofree char *label = g_strdup (physio_undo_stack_get_redo_label (self->undo_stack));
  g_autofree char *title = NULL;
  g_autoptr(GError) error = NULL;

  if (label == NULL)
    return;

  if (!physio_undo_stack_redo (self->undo_stack, &error))
    {
      title = g_strdup_printf (_("Could not redo: %s"), error->message);
      _physio_programme_window_toast (GTK_WIDGET (self), title, FALSE);
      return;
    }

  title = g_strdup_printf (_("“%s” redone"), label);
  _physio_programme_window_toast (GTK_WIDGET (self), title, FALSE);
}

static void
search_action (GSimpleAction *action,
               GVariant      *parameter,
               gpointer       user_data)
{
  PhysioProgrammeWindow *self = user_data;

  adw_view_stack_set_visible_child_name (self->view_stack, "exercises");
  physio_prescription_page_focus_search (self->exercises_page);
}

static void
show_page_action (GSimpleAction *action,
                  GVariant      *parameter,
                  gpointer       user_data)
{
  PhysioProgrammeWindow *self = user_data;

  adw_view_stack_set_visible_child_name (self->view_stack, g_variant_get_string (parameter, NULL));
}

static const GActionEntry win_actions[] = {
  { "undo", undo_action },
  { "redo", redo_action },
  { "search", search_action },
  { "show-page", show_page_action, "s" },
};

/* Pages */

static void
add_page (PhysioProgrammeWindow *self,
          GtkWidget             *page,
          const char            *name,
          const char            *title,
          const char            *icon_name)
{
  AdwViewStackPage *stack_page = adw_view_stack_add_titled (self->view_stack, page, name, title);

  adw_view_stack_page_set_icon_name (stack_page, icon_name);
}

static void
build_pages (PhysioProgrammeWindow *self)
{
  PhysioDiaryGrid *diary;

  self->exercises_page = physio_prescription_page_new (self->database, self->undo_stack,
                                                       self->patient);
  add_page (self, GTK_WIDGET (self->exercises_page), "exercises", _("Exercises"),
            "view-list-symbolic");

  self->ladder_page = physio_ladder_table_new (self->undo_stack);
  add_page (self, GTK_WIDGET (self->ladder_page), "ladder", _("Dose Ladder"),
            "view-grid-symbolic");

  diary = physio_diary_grid_new (self->database, self->programme);
  physio_diary_grid_set_undo_stack (diary, self->undo_stack);
  add_page (self, GTK_WIDGET (diary), "diary", _("Diary"), "x-office-calendar-symbolic");

  self->review_page = physio_review_page_new (self->database, self->undo_stack, self->patient,
                                              self->programme);
  add_page (self, GTK_WIDGET (self->review_page), "review", _("Review"),
            "emblem-ok-symbolic");

  add_page (self, GTK_WIDGET (physio_progress_page_new (self->database, self->programme)),
            "progress",
            /* Translators: the page of charts, not the engine's "progress" decision. */
            C_("page", "Progress"), "x-office-presentation-symbolic");

  self->settings_page = physio_programme_settings_new (self->database, self->undo_stack);
  add_page (self, GTK_WIDGET (self->settings_page), "settings", _("Settings"),
            "emblem-system-symbolic");
}

static gboolean
apply_identity_cb (gpointer user_data)
{
  PhysioProgrammeWindow *self = user_data;

  self->identity_idle = 0;
  gtk_widget_set_visible (self->identity_box, self->identity_wanted);
  return G_SOURCE_REMOVE;
}

static void
physio_programme_window_size_allocate (GtkWidget *widget,
                                       int        width,
                                       int        height,
                                       int        baseline)
{
  PhysioProgrammeWindow *self = PHYSIO_PROGRAMME_WINDOW (widget);
  gboolean wanted = width >= IDENTITY_MIN_WIDTH;

  GTK_WIDGET_CLASS (physio_programme_window_parent_class)->size_allocate (widget, width, height,
                                                                          baseline);

  /* By the window's width alone, which the names do not change, so the header settles. */
  if (wanted != gtk_widget_get_visible (self->identity_box) || self->identity_idle != 0)
    {
      self->identity_wanted = wanted;
      if (self->identity_idle == 0)
        self->identity_idle = g_idle_add (apply_identity_cb, self);
    }
}

static void
physio_programme_window_constructed (GObject *object)
{
  PhysioProgrammeWindow *self = PHYSIO_PROGRAMME_WINDOW (object);
  g_autoptr(GError) error = NULL;

  G_OBJECT_CLASS (physio_programme_window_parent_class)->constructed (object);

  g_assert (PHYSIO_IS_DATABASE (self->database));
  g_assert (PHYSIO_IS_PROGRAMME (self->programme));

  if (physio_programme_get_patient_id (self->programme) == 0 && self->patient != NULL)
    physio_programme_set_patient_id (self->programme, physio_patient_get_id (self->patient));

  /* The caller's copy may be older than the record (a screen just recorded): the cautions
   * and checks are worked out from the saved one. */
  if (self->patient != NULL && physio_patient_get_id (self->patient) > 0)
    {
      gint64 id = physio_patient_get_id (self->patient);
      g_autoptr(PhysioPatient) fresh = physio_database_get_patient (self->database, id, NULL);

      if (fresh != NULL)
        g_set_object (&self->patient, fresh);
    }

  /* Everything after this is saved as it is made, and undo needs a saved starting point. */
  if (physio_programme_get_id (self->programme) == 0 &&
      !physio_database_save_programme (self->database, self->programme, &error))
    {
      g_autofree char *title = g_strdup_printf (_("The programme is not saved yet: %s"),
                                                error->message);

      g_warning ("%s", title);
      _physio_programme_window_toast (GTK_WIDGET (self), title, FALSE);
    }

  physio_handout_actions_install (GTK_WINDOW (self), self->toast_overlay, self->database,
                                  self->programme);

  self->undo_stack = physio_undo_stack_new (self->database, self->programme);
  g_signal_connect_object (self->undo_stack, "notify::undo-label",
                           G_CALLBACK (update_undo_buttons), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->undo_stack, "notify::redo-label",
                           G_CALLBACK (update_undo_buttons), self, G_CONNECT_SWAPPED);
  update_undo_buttons (self);

  build_pages (self);

  g_signal_connect_object (self->programme, "notify::title", G_CALLBACK (on_title_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->database, "patients-changed::record",
                           G_CALLBACK (on_patients_changed_cb), self, G_CONNECT_SWAPPED);
  update_title (self);
}

PhysioProgrammeWindow *
physio_programme_window_new (GtkApplication  *app,
                             PhysioDatabase  *database,
                             PhysioPatient   *patient,
                             PhysioProgramme *programme)
{
  g_return_val_if_fail (app == NULL || GTK_IS_APPLICATION (app), NULL);
  g_return_val_if_fail (PHYSIO_IS_DATABASE (database), NULL);
  g_return_val_if_fail (patient == NULL || PHYSIO_IS_PATIENT (patient), NULL);
  g_return_val_if_fail (PHYSIO_IS_PROGRAMME (programme), NULL);

  return g_object_new (PHYSIO_TYPE_PROGRAMME_WINDOW,
                       "application", app,
                       "database", database,
                       "patient", patient,
                       "programme", programme,
                       NULL);
}

PhysioUndoStack *
physio_programme_window_get_undo_stack (PhysioProgrammeWindow *self)
{
  g_return_val_if_fail (PHYSIO_IS_PROGRAMME_WINDOW (self), NULL);

  return self->undo_stack;
}

PhysioProgramme *
physio_programme_window_get_programme (PhysioProgrammeWindow *self)
{
  g_return_val_if_fail (PHYSIO_IS_PROGRAMME_WINDOW (self), NULL);

  return self->programme;
}

PhysioProgrammeWindow *
physio_programme_window_find (GtkApplication *app,
                              gint64          programme_id)
{
  g_return_val_if_fail (GTK_IS_APPLICATION (app), NULL);

  if (programme_id <= 0)
    return NULL;

  for (GList *l = gtk_application_get_windows (app); l != NULL; l = l->next)
    {
      if (PHYSIO_IS_PROGRAMME_WINDOW (l->data) &&
          physio_programme_get_id (PHYSIO_PROGRAMME_WINDOW (l->data)->programme) == programme_id)
        return l->data;
    }

  return NULL;
}

AdwViewStack *
_physio_programme_window_get_stack (PhysioProgrammeWindow *self)
{
  return self->view_stack;
}

GtkWidget *
_physio_programme_window_get_page (PhysioProgrammeWindow *self,
                                   const char            *name)
{
  return adw_view_stack_get_child_by_name (self->view_stack, name);
}

AdwToast *
_physio_programme_window_get_last_toast (PhysioProgrammeWindow *self)
{
  return self->last_toast;
}

static void
physio_programme_window_dispose (GObject *object)
{
  PhysioProgrammeWindow *self = PHYSIO_PROGRAMME_WINDOW (object);

  g_clear_handle_id (&self->identity_idle, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), PHYSIO_TYPE_PROGRAMME_WINDOW);

  /* The history goes with the window (its steps may hold the review's callbacks). */
  g_clear_object (&self->undo_stack);
  g_clear_object (&self->last_toast);
  g_clear_object (&self->patient);
  g_clear_object (&self->programme);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (physio_programme_window_parent_class)->dispose (object);
}

static void
physio_programme_window_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  PhysioProgrammeWindow *self = PHYSIO_PROGRAMME_WINDOW (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      g_value_set_object (value, self->database);
      break;

    case PROP_PATIENT:
      g_value_set_object (value, self->patient);
      break;

    case PROP_PROGRAMME:
      g_value_set_object (value, self->programme);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
physio_programme_window_set_property (GObject      *object,
                                      guint         prop_id,
                                      const GValue *value,
                                      GParamSpec   *pspec)
{
  PhysioProgrammeWindow *self = PHYSIO_PROGRAMME_WINDOW (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      self->database = g_value_dup_object (value);
      break;

    case PROP_PATIENT:
      self->patient = g_value_dup_object (value);
      break;

    case PROP_PROGRAMME:
      self->programme = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
physio_programme_window_class_init (PhysioProgrammeWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = physio_programme_window_constructed;
  object_class->dispose = physio_programme_window_dispose;
  object_class->get_property = physio_programme_window_get_property;
  object_class->set_property = physio_programme_window_set_property;
  widget_class->size_allocate = physio_programme_window_size_allocate;

  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL,
                         PHYSIO_TYPE_DATABASE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  properties[PROP_PATIENT] =
    g_param_spec_object ("patient", NULL, NULL,
                         PHYSIO_TYPE_PATIENT,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  properties[PROP_PROGRAMME] =
    g_param_spec_object ("programme", NULL, NULL,
                         PHYSIO_TYPE_PROGRAMME,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* Window bindings rather than application accelerators, so they work in a window opened
   * without an application (tests). Undo and redo are not among them: see
   * add_undo_shortcuts (). */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK,
                                       "win.search", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK,
                                       "window.close", NULL);
  /* Alt+1 to Alt+6 in the order the pages stand in the header. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1, GDK_ALT_MASK,
                                       "win.show-page", "s", "exercises");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_2, GDK_ALT_MASK,
                                       "win.show-page", "s", "ladder");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_3, GDK_ALT_MASK,
                                       "win.show-page", "s", "diary");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_4, GDK_ALT_MASK,
                                       "win.show-page", "s", "review");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_5, GDK_ALT_MASK,
                                       "win.show-page", "s", "progress");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_6, GDK_ALT_MASK,
                                       "win.show-page", "s", "settings");

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/physio-programme-window.ui");
  gtk_widget_class_bind_template_child (widget_class, PhysioProgrammeWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, PhysioProgrammeWindow, undo_button);
  gtk_widget_class_bind_template_child (widget_class, PhysioProgrammeWindow, redo_button);
  gtk_widget_class_bind_template_child (widget_class, PhysioProgrammeWindow, identity_box);
  gtk_widget_class_bind_template_child (widget_class, PhysioProgrammeWindow, patient_label);
  gtk_widget_class_bind_template_child (widget_class, PhysioProgrammeWindow, programme_label);
  gtk_widget_class_bind_template_child (widget_class, PhysioProgrammeWindow, switcher_title);
  gtk_widget_class_bind_template_child (widget_class, PhysioProgrammeWindow, view_stack);
}

static gboolean
undo_shortcut_cb (GtkWidget *widget,
                  GVariant  *args,
                  gpointer   user_data)
{
  const char *action = user_data;

  /* Taken even when there is nothing to undo: a field's own undo would empty it, and leaving
   * the field would then save that as a change. */
  if (!gtk_widget_activate_action (widget, action, NULL))
    gtk_widget_error_bell (widget);
  return TRUE;
}

/* Ctrl+Z and Ctrl+Shift+Z are the programme's from every field of the window: caught on the
 * way down (capture phase), before a ladder cell or a spin button runs its own text undo.
 * The change is undone in place, so the focus and the open rows stay where they are. */
static void
add_undo_shortcuts (PhysioProgrammeWindow *self)
{
  GtkEventController *controller = gtk_shortcut_controller_new ();
  static const struct
  {
    guint           keyval;
    GdkModifierType modifiers;
    const char     *action;
  } keys[] = {
    /* Redo first: a Shift+Z also loosely matches the plain Ctrl+Z trigger. */
    { GDK_KEY_z, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.redo" },
    { GDK_KEY_Z, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.redo" },
    { GDK_KEY_z, GDK_CONTROL_MASK, "win.undo" },
  };

  gtk_event_controller_set_name (controller, "physio-undo-shortcuts");
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    gtk_shortcut_controller_add_shortcut (
      GTK_SHORTCUT_CONTROLLER (controller),
      gtk_shortcut_new (gtk_keyval_trigger_new (keys[i].keyval, keys[i].modifiers),
                        gtk_callback_action_new (undo_shortcut_cb, (gpointer) keys[i].action,
                                                 NULL)));
  gtk_widget_add_controller (GTK_WIDGET (self), controller);
}

static void
physio_programme_window_init (PhysioProgrammeWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  add_undo_shortcuts (self);

  g_action_map_add_action_entries (G_ACTION_MAP (self), win_actions, G_N_ELEMENTS (win_actions),
                                   self);
}
