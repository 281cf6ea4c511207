/* physio-window-actions.c: what the clinician can do from the main window
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "physio-database-figures.h"
#include "physio-exercise-editor.h"
#include "physio-window-private.h"

static void
set_action_enabled (PhysioWindow *self,
                    const char   *name,
                    gboolean      enabled)
{
  GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self), name);

  g_simple_action_set_enabled (G_SIMPLE_ACTION (action), enabled);
}

void
_physio_window_update_actions (PhysioWindow *self)
{
  gboolean library = g_strcmp0 (_physio_window_get_view (self), "library") == 0;
  PhysioExercise *exercise = library ? _physio_window_get_shown (self) : NULL;
  gboolean custom = exercise != NULL && !physio_exercise_is_builtin (exercise);

  /* Built-in exercises are the shipped library: they can be copied, never changed. The
   * exercise actions follow the exercise on screen; with the patients in view, Delete or
   * Ctrl+E must not reach an exercise the clinician cannot see. */
  set_action_enabled (self, "duplicate-exercise", exercise != NULL);
  set_action_enabled (self, "edit-exercise", custom);
  set_action_enabled (self, "delete-exercise", custom);
  set_action_enabled (self, "new-patient", !library);
}

static void
on_editor_saved_cb (PhysioWindow         *self,
                    PhysioExercise       *exercise,
                    PhysioExerciseEditor *editor)
{
  physio_window_select_exercise (self, physio_exercise_get_id (exercise));
  _physio_window_add_toast (self, adw_toast_new (_("Exercise saved")));
}

static void
open_editor (PhysioWindow   *self,
             PhysioExercise *exercise)
{
  PhysioExerciseEditor *editor;

  editor = physio_exercise_editor_new (GTK_WINDOW (self), self->database, exercise);
  g_signal_connect_object (editor, "saved", G_CALLBACK (on_editor_saved_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (editor));
}

static void
search_action (GSimpleAction *action,
               GVariant      *parameter,
               gpointer       user_data)
{
  PhysioWindow *self = user_data;

  if (g_strcmp0 (_physio_window_get_view (self), "patients") == 0)
    {
      physio_patients_view_focus_search (self->patients_view);
      return;
    }

  /* Folded, the search lives on the list page. */
  adw_leaflet_set_visible_child (self->leaflet, self->sidebar);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
  gtk_editable_select_region (GTK_EDITABLE (self->search_entry), 0, -1);
}

static void
clear_search_action (GSimpleAction *action,
                     GVariant      *parameter,
                     gpointer       user_data)
{
  _physio_window_clear_query (PHYSIO_WINDOW (user_data));
}

static void
new_exercise_action (GSimpleAction *action,
                     GVariant      *parameter,
                     gpointer       user_data)
{
  open_editor (PHYSIO_WINDOW (user_data), NULL);
}

static void
duplicate_exercise_action (GSimpleAction *action,
                           GVariant      *parameter,
                           gpointer       user_data)
{
  PhysioWindow *self = user_data;
  PhysioExercise *exercise = _physio_window_get_shown (self);
  g_autoptr(PhysioExercise) copy = NULL;
  g_autoptr(GError) error = NULL;

  if (exercise == NULL)
    return;

  /* The copy is saved first, so that it exists even if the editor is cancelled: the
   * clinician asked for a copy, the editor is only an offer to change it. */
  copy = physio_exercise_duplicate (exercise);
  if (!physio_database_save_exercise (self->database, copy, &error))
    {
      _physio_window_show_error (self, _("Could not duplicate the exercise"), error);
      return;
    }

  physio_window_select_exercise (self, physio_exercise_get_id (copy));
  open_editor (self, copy);
}

static void
edit_exercise_action (GSimpleAction *action,
                      GVariant      *parameter,
                      gpointer       user_data)
{
  PhysioWindow *self = user_data;
  PhysioExercise *exercise = _physio_window_get_shown (self);

  if (exercise == NULL || physio_exercise_is_builtin (exercise))
    return;

  open_editor (self, exercise);
}

static void
on_delete_toast_dismissed_cb (AdwToast     *toast,
                              PhysioWindow *self)
{
  GVariant *target = adw_toast_get_action_target_value (toast);

  /* Once the toast is gone, so is the chance to undo. */
  if (self->deleted != NULL && target != NULL)
    g_hash_table_remove (self->deleted, g_variant_get_string (target, NULL));
}

/* The exercise that takes the deleted one's place in the list, so the clinician is not
 * dropped on an empty page. */
static char *
find_neighbour_id (PhysioWindow *self,
                   const char   *id)
{
  GListModel *results = G_LIST_MODEL (self->results);
  guint position = physio_exercise_list_find (self->results, id);
  guint n_items = g_list_model_get_n_items (results);
  g_autoptr(PhysioExercise) neighbour = NULL;

  if (position == G_MAXUINT || n_items < 2)
    return NULL;

  neighbour = g_list_model_get_item (results, position + 1 < n_items ? position + 1
                                                                      : position - 1);
  return neighbour != NULL ? g_strdup (physio_exercise_get_id (neighbour)) : NULL;
}

static void
stored_figure_free (gpointer data)
{
  physio_stored_figure_clear (data);
  g_free (data);
}

/* The exercise's own figure goes with its row (ON DELETE CASCADE): kept on the object Undo
 * saves again, and written back after it. */
static void
keep_own_figure (PhysioWindow   *self,
                 PhysioExercise *exercise)
{
  PhysioStoredFigure *stored = g_new0 (PhysioStoredFigure, 1);

  if (physio_database_get_exercise_figure (self->database, physio_exercise_get_id (exercise),
                                           stored, NULL) &&
      (stored->figure != NULL || stored->image != NULL))
    g_object_set_data_full (G_OBJECT (exercise), "physio-own-figure", stored, stored_figure_free);
  else
    stored_figure_free (stored);
}

static gboolean
restore_own_figure (PhysioWindow    *self,
                    PhysioExercise  *exercise,
                    GError         **error)
{
  PhysioStoredFigure *stored = g_object_get_data (G_OBJECT (exercise), "physio-own-figure");
  const char *id = physio_exercise_get_id (exercise);

  if (stored == NULL)
    return TRUE;
  if (stored->image != NULL)
    return physio_database_set_exercise_figure_image (self->database, id, stored->image,
                                                      stored->image_type, error);
  return physio_database_set_exercise_figure_poses (self->database, id, stored->figure, error);
}

static void
delete_exercise_action (GSimpleAction *action,
                        GVariant      *parameter,
                        gpointer       user_data)
{
  PhysioWindow *self = user_data;
  g_autoptr(PhysioExercise) exercise = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *id = NULL;
  g_autofree char *title = NULL;
  AdwToast *toast;

  if (_physio_window_get_shown (self) == NULL ||
      physio_exercise_is_builtin (_physio_window_get_shown (self)))
    return;

  /* Keep the whole exercise: saving it again is how Undo restores it, links included. */
  exercise = g_object_ref (_physio_window_get_shown (self));
  id = g_strdup (physio_exercise_get_id (exercise));

  keep_own_figure (self, exercise);
  g_free (self->current_id);
  self->current_id = find_neighbour_id (self, id);

  if (!physio_database_delete_exercise (self->database, id, &error))
    {
      g_free (self->current_id);
      self->current_id = g_strdup (id);
      _physio_window_show_error (self, _("Could not delete the exercise"), error);
      return;
    }

  g_hash_table_replace (self->deleted, g_strdup (id), g_object_ref (exercise));

  /* TRANSLATORS: a toast after deleting an exercise, with an Undo button */
  title = g_markup_printf_escaped (_("“%s” deleted"), physio_exercise_get_name (exercise));
  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "win.undo-delete");
  adw_toast_set_action_target (toast, "s", id);
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_signal_connect_object (toast, "dismissed", G_CALLBACK (on_delete_toast_dismissed_cb), self,
                           0);
  _physio_window_add_toast (self, toast);

  /* The results follow the database's change signal; when they have not yet, the row of the
   * deleted exercise is still there and must not stay selected. */
  if (physio_exercise_list_find (self->results, id) != G_MAXUINT)
    physio_exercise_list_refresh (self->results);
}

static void
undo_delete_action (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  PhysioWindow *self = user_data;
  const char *id = g_variant_get_string (parameter, NULL);
  g_autofree char *kept_id = NULL;
  g_autoptr(PhysioExercise) exercise = NULL;
  g_autoptr(GError) error = NULL;

  if (!g_hash_table_steal_extended (self->deleted, id,
                                    (gpointer *) &kept_id, (gpointer *) &exercise))
    return;

  if (!physio_database_save_exercise (self->database, exercise, &error))
    {
      _physio_window_show_error (self, _("Could not restore the exercise"), error);
      return;
    }
  if (!restore_own_figure (self, exercise, &error))
    _physio_window_show_error (self, _("Could not restore the exercise’s figure"), error);

  physio_window_select_exercise (self, physio_exercise_get_id (exercise));
}

static void
change_view_state (GSimpleAction *action,
                   GVariant      *state,
                   gpointer       user_data)
{
  /* The stack reports the change back, which sets the state (on_view_changed_cb). */
  _physio_window_set_view (PHYSIO_WINDOW (user_data), g_variant_get_string (state, NULL));
}

static void
new_patient_action (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  PhysioWindow *self = user_data;

  _physio_window_set_view (self, "patients");
  physio_patients_view_new_patient (self->patients_view);
}

static const GActionEntry win_actions[] = {
  { "view", NULL, "s", "'library'", change_view_state },
  { "new-patient", new_patient_action },
  { "search", search_action },
  { "clear-search", clear_search_action },
  { "new-exercise", new_exercise_action },
  { "duplicate-exercise", duplicate_exercise_action },
  { "edit-exercise", edit_exercise_action },
  { "delete-exercise", delete_exercise_action },
  { "undo-delete", undo_delete_action, "s" },
};

static gboolean
delete_shortcut_cb (GtkWidget *widget,
                    GVariant  *args,
                    gpointer   user_data)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (widget));

  /* In a text field, Delete deletes text. */
  if (focus != NULL && GTK_IS_EDITABLE (focus))
    return FALSE;

  if (!g_action_group_get_action_enabled (G_ACTION_GROUP (widget), "delete-exercise"))
    return FALSE;

  g_action_group_activate_action (G_ACTION_GROUP (widget), "delete-exercise", NULL);
  return TRUE;
}

void
_physio_window_init_actions (PhysioWindow *self)
{
  GtkEventController *controller;
  GtkShortcutTrigger *trigger;
  GtkShortcut *shortcut;

  g_action_map_add_action_entries (G_ACTION_MAP (self), win_actions,
                                   G_N_ELEMENTS (win_actions), self);
  _physio_window_init_io_actions (self);

  /* Delete is not an application accelerator, which would take the key from text fields.
   * It is caught on its way down to the focused widget, because the list forwards typing to
   * the search entry and that would swallow it; a text field with focus keeps it. */
  controller = gtk_shortcut_controller_new ();
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  trigger = gtk_alternative_trigger_new (gtk_keyval_trigger_new (GDK_KEY_Delete, 0),
                                         gtk_keyval_trigger_new (GDK_KEY_KP_Delete, 0));
  shortcut = gtk_shortcut_new (trigger, gtk_callback_action_new (delete_shortcut_cb, NULL, NULL));
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller), shortcut);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  _physio_window_update_actions (self);
}
