/* physio-exercise-link-picker.c: one list of links to other exercises, with its search popover
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "physio-exercise-link-picker"

#include "config.h"

#include <glib/gi18n.h>

#include "physio-exercise-link-picker.h"
#include "physio-vocabulary.h"

/* How many matches the link search shows; the library is searched, not listed. */
#define MAX_LINK_RESULTS 25

struct _PhysioExerciseLinkPicker
{
  /* Owned by the template, which outlives the picker's use of them */
  AdwPreferencesGroup         *group;
  GtkPopover                  *popover;
  GtkEditable                 *search;
  GtkListBox                  *results;

  PhysioLinkPickerChangedFunc  changed;
  gpointer                     user_data;

  PhysioDatabase              *database;   /* owned; set by _load () */
  PhysioExercise              *exercise;   /* owned; the one being edited */
  GPtrArray                   *ids;        /* char *, NULL-terminated, first = preferred */
  GPtrArray                   *rows;       /* the AdwActionRow shown for each id */
};

static char *
stripped_text (GtkEditable *editable)
{
  char *text = g_strstrip (g_strdup (gtk_editable_get_text (editable)));

  if (*text == '\0')
    g_clear_pointer (&text, g_free);

  return text;
}

static void rebuild_rows (PhysioExerciseLinkPicker *picker);

static void
on_remove_clicked_cb (GtkButton                *button,
                      PhysioExerciseLinkPicker *picker)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "physio-link-index"));

  g_ptr_array_remove_index (picker->ids, index);
  rebuild_rows (picker);
  picker->changed (picker, picker->user_data);
}

static void
rebuild_rows (PhysioExerciseLinkPicker *picker)
{
  for (guint i = 0; i < picker->rows->len; i++)
    adw_preferences_group_remove (picker->group, g_ptr_array_index (picker->rows, i));
  g_ptr_array_set_size (picker->rows, 0);

  for (guint i = 0; i < picker->ids->len; i++)
    {
      const char *id = g_ptr_array_index (picker->ids, i);
      g_autoptr(PhysioExercise) target = physio_database_get_exercise (picker->database, id, NULL);
      g_autofree char *title = NULL;
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *remove = gtk_button_new_from_icon_name ("list-remove-symbolic");

      if (target != NULL)
        {
          title = g_markup_escape_text (physio_library_text (physio_exercise_get_name (target)), -1);
          adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                                       physio_vocab_label (PHYSIO_VOCAB_CATEGORY,
                                                           physio_exercise_get_category (target)));
        }
      else
        {
          /* Kept, not dropped: the link comes back if the exercise is saved again. */
          title = g_markup_escape_text (id, -1);
          adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _("Not in the library"));
        }
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);

      gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
      gtk_widget_set_tooltip_text (remove, _("Remove"));
      gtk_widget_add_css_class (remove, "flat");
      g_object_set_data (G_OBJECT (remove), "physio-link-index", GUINT_TO_POINTER (i));
      g_signal_connect (remove, "clicked", G_CALLBACK (on_remove_clicked_cb), picker);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);

      adw_preferences_group_add (picker->group, row);
      g_ptr_array_add (picker->rows, row);
    }
}

static gboolean
is_excluded (PhysioExerciseLinkPicker *picker,
             const char               *id)
{
  if (g_strcmp0 (id, physio_exercise_get_id (picker->exercise)) == 0)
    return TRUE;

  for (guint i = 0; i < picker->ids->len; i++)
    if (g_str_equal (g_ptr_array_index (picker->ids, i), id))
      return TRUE;

  return FALSE;
}

static GtkWidget *
make_result_row (PhysioExercise *exercise)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *name = gtk_label_new (physio_library_text (physio_exercise_get_name (exercise)));
  GtkWidget *category;

  category = gtk_label_new (physio_vocab_label (PHYSIO_VOCAB_CATEGORY,
                                                physio_exercise_get_category (exercise)));
  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_label_set_ellipsize (GTK_LABEL (name), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (category), 0);
  gtk_widget_add_css_class (category, "caption");
  gtk_widget_add_css_class (category, "dim-label");
  gtk_box_append (GTK_BOX (box), name);
  gtk_box_append (GTK_BOX (box), category);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);

  g_object_set_data_full (G_OBJECT (row), "physio-exercise-id",
                          g_strdup (physio_exercise_get_id (exercise)), g_free);
  return row;
}

static GtkWidget *
make_message_row (const char *message)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *label = gtk_label_new (message);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_set_margin_top (label, 12);
  gtk_widget_set_margin_bottom (label, 12);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), label);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  return row;
}

static void
fill_results (PhysioExerciseLinkPicker *picker)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) handles = NULL;
  g_autoptr(GPtrArray) found = NULL;
  g_autofree char *text = stripped_text (picker->search);
  PhysioExerciseQuery query = { .text = text };
  GtkWidget *child;
  guint shown = 0;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (picker->results))) != NULL)
    gtk_list_box_remove (picker->results, child);

  handles = physio_database_search (picker->database, &query, &error);
  if (handles != NULL)
    /* A few more than are shown, since this exercise and those already linked are skipped. */
    found = physio_database_load_exercises (picker->database, (const gint64 *) handles->data,
                                            MIN (handles->len,
                                                 MAX_LINK_RESULTS + picker->ids->len + 1),
                                            &error);
  if (found == NULL)
    {
      gtk_list_box_append (picker->results, make_message_row (error->message));
      return;
    }

  for (guint i = 0; i < found->len && shown < MAX_LINK_RESULTS; i++)
    {
      PhysioExercise *exercise = g_ptr_array_index (found, i);

      if (exercise == NULL || is_excluded (picker, physio_exercise_get_id (exercise)))
        continue;
      gtk_list_box_append (picker->results, make_result_row (exercise));
      shown++;
    }

  if (shown == 0)
    gtk_list_box_append (picker->results, make_message_row (_("No exercises found")));
}

PhysioExerciseLinkPicker *
physio_exercise_link_picker_new (AdwPreferencesGroup         *group,
                                 GtkPopover                  *popover,
                                 GtkSearchEntry              *search,
                                 GtkListBox                  *results,
                                 PhysioLinkPickerChangedFunc  changed,
                                 gpointer                     user_data)
{
  PhysioExerciseLinkPicker *picker;

  g_return_val_if_fail (ADW_IS_PREFERENCES_GROUP (group), NULL);
  g_return_val_if_fail (GTK_IS_POPOVER (popover), NULL);
  g_return_val_if_fail (GTK_IS_SEARCH_ENTRY (search), NULL);
  g_return_val_if_fail (GTK_IS_LIST_BOX (results), NULL);
  g_return_val_if_fail (changed != NULL, NULL);

  picker = g_new0 (PhysioExerciseLinkPicker, 1);
  picker->group = group;
  picker->popover = popover;
  picker->search = GTK_EDITABLE (search);
  picker->results = results;
  picker->changed = changed;
  picker->user_data = user_data;
  picker->ids = g_ptr_array_new_null_terminated (0, g_free, TRUE);
  picker->rows = g_ptr_array_new ();
  return picker;
}

void
physio_exercise_link_picker_free (PhysioExerciseLinkPicker *picker)
{
  if (picker == NULL)
    return;

  g_clear_object (&picker->database);
  g_clear_object (&picker->exercise);
  g_clear_pointer (&picker->ids, g_ptr_array_unref);
  g_clear_pointer (&picker->rows, g_ptr_array_unref);
  g_free (picker);
}

void
physio_exercise_link_picker_load (PhysioExerciseLinkPicker *picker,
                                  PhysioDatabase           *database,
                                  PhysioExercise           *exercise,
                                  const char * const       *ids)
{
  g_return_if_fail (picker != NULL);
  g_return_if_fail (PHYSIO_IS_DATABASE (database));
  g_return_if_fail (PHYSIO_IS_EXERCISE (exercise));
  g_return_if_fail (ids != NULL);

  g_set_object (&picker->database, database);
  g_set_object (&picker->exercise, exercise);

  g_ptr_array_set_size (picker->ids, 0);
  for (guint i = 0; ids[i] != NULL; i++)
    g_ptr_array_add (picker->ids, g_strdup (ids[i]));

  rebuild_rows (picker);
}

const char * const *
physio_exercise_link_picker_get_ids (PhysioExerciseLinkPicker *picker)
{
  g_return_val_if_fail (picker != NULL, NULL);

  return (const char * const *) picker->ids->pdata;
}

gboolean
physio_exercise_link_picker_owns (PhysioExerciseLinkPicker *picker,
                                  gpointer                  widget)
{
  g_return_val_if_fail (picker != NULL, FALSE);

  return widget == picker->popover || widget == picker->search || widget == picker->results;
}

void
physio_exercise_link_picker_popover_shown (PhysioExerciseLinkPicker *picker)
{
  g_return_if_fail (picker != NULL);

  gtk_editable_set_text (picker->search, "");
  fill_results (picker);
  gtk_widget_grab_focus (GTK_WIDGET (picker->search));
}

void
physio_exercise_link_picker_search_changed (PhysioExerciseLinkPicker *picker)
{
  g_return_if_fail (picker != NULL);

  fill_results (picker);
}

void
physio_exercise_link_picker_result_activated (PhysioExerciseLinkPicker *picker,
                                              GtkListBoxRow            *row)
{
  const char *id;

  g_return_if_fail (picker != NULL);
  g_return_if_fail (GTK_IS_LIST_BOX_ROW (row));

  id = g_object_get_data (G_OBJECT (row), "physio-exercise-id");
  if (id == NULL)
    return;

  if (!is_excluded (picker, id))
    {
      g_ptr_array_add (picker->ids, g_strdup (id));
      rebuild_rows (picker);
      picker->changed (picker, picker->user_data);
    }

  gtk_popover_popdown (picker->popover);
}

void
physio_exercise_link_picker_search_activated (PhysioExerciseLinkPicker *picker)
{
  GtkListBoxRow *first;

  g_return_if_fail (picker != NULL);

  first = gtk_list_box_get_row_at_index (picker->results, 0);
  if (first != NULL && gtk_list_box_row_get_activatable (first))
    physio_exercise_link_picker_result_activated (picker, first);
}
