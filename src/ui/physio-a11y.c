/* physio-a11y.c: names for the screen reader where GTK 4.8 and libadwaita 1.2 give none or two
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * GTK 4.8 names a labelled GtkButton twice (its label property, with the mnemonic underscore,
 * and the label child it is labelled by: "_New Programme New Programme") and a labelled
 * GtkCheckButton by its raw label ("Show _archived patients"); the rows that list views and
 * combo rows make have no name at all, nor have expander rows. Rather than correct each button, one emission hook on
 * "map" corrects every one as it is first shown, and follows later label changes.
 * tests/a11y/a11y-tree.py counts what is left.
 */

#include "config.h"

#include <stdarg.h>
#include <string.h>

#include <adwaita.h>

#include "physio-a11y.h"

static GQuark fixed_quark;

/* "_Save as Template…" → "Save as Template…"; "__" stands for one underscore. */
static char *
strip_mnemonic (const char *label)
{
  GString *out = g_string_sized_new (strlen (label));

  for (const char *p = label; *p != '\0'; p++)
    {
      if (*p == '_')
        {
          if (p[1] == '_')
            p++;
          else
            continue;
        }
      g_string_append_c (out, *p);
    }

  return g_string_free (out, FALSE);
}

static void
fix_button (GtkButton *button)
{
  /* The label child the button is labelled by gives the clean name by itself. */
  if (gtk_button_get_label (button) != NULL)
    gtk_accessible_reset_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL);
}

static void
fix_check_button (GtkCheckButton *check)
{
  const char *label = gtk_check_button_get_label (check);
  g_autofree char *clean = NULL;

  if (label == NULL || !gtk_check_button_get_use_underline (check))
    return;

  clean = strip_mnemonic (label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL, clean,
                                  -1);
}

/* The text of the labels inside @widget, in order, joined by ", ". */
static void
collect_labels (GtkWidget *widget,
                GString   *out)
{
  if (GTK_IS_LABEL (widget))
    {
      const char *text = gtk_label_get_text (GTK_LABEL (widget));

      if (gtk_widget_get_visible (widget) && text != NULL && *text != '\0')
        {
          if (out->len > 0)
            g_string_append (out, ", ");
          g_string_append (out, text);
        }
      return;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_labels (child, out);
}

static void
name_row_from_labels (GtkWidget *row)
{
  g_autoptr(GString) name = g_string_new (NULL);

  collect_labels (row, name);
  if (name->len > 0)
    gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                    name->str, -1);
}

static void
on_value_label_notify_cb (GtkWidget  *label,
                          GParamSpec *pspec,
                          GtkWidget  *row)
{
  name_row_from_labels (row);
}

static void
watch_labels (GtkWidget *widget,
              GtkWidget *row)
{
  if (GTK_IS_LABEL (widget))
    {
      g_signal_connect_object (widget, "notify::label", G_CALLBACK (on_value_label_notify_cb),
                               row, 0);
      return;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    watch_labels (child, row);
}

/* The row a GtkListView makes around each item: a private type in GTK 4.8. */
static gboolean
is_list_item_widget (GtkWidget *widget)
{
  return g_strcmp0 (G_OBJECT_TYPE_NAME (widget), "GtkListItemWidget") == 0;
}

/* A row of the list a combo row or drop-down shows its values in: named after its text. The
 * list reuses rows for other values, so the name follows the labels. */
static gboolean
is_value_row (GtkWidget *widget)
{
  GtkWidget *list;

  if (!is_list_item_widget (widget))
    return FALSE;
  list = gtk_widget_get_parent (widget);
  if (list == NULL || !GTK_IS_LIST_VIEW (list))
    return FALSE;

  return gtk_widget_get_ancestor (list, ADW_TYPE_COMBO_ROW) != NULL ||
         gtk_widget_get_ancestor (list, GTK_TYPE_DROP_DOWN) != NULL;
}

static void
on_label_notify_cb (GObject    *object,
                    GParamSpec *pspec,
                    gpointer    user_data)
{
  if (GTK_IS_BUTTON (object))
    fix_button (GTK_BUTTON (object));
  else if (GTK_IS_CHECK_BUTTON (object))
    fix_check_button (GTK_CHECK_BUTTON (object));
}

/* A row's title or subtitle as plain text: they are markup unless use-markup is off. */
static char *
row_text (AdwPreferencesRow *row,
          const char        *text)
{
  g_autofree char *plain = NULL;

  if (text == NULL || *text == '\0')
    return NULL;
  if (adw_preferences_row_get_use_markup (row) &&
      pango_parse_markup (text, -1, 0, NULL, &plain, NULL, NULL))
    return g_steal_pointer (&plain);

  return g_strdup (text);
}

/* libadwaita 1.2 names neither an expander row nor the header inside it: the title is the
 * name, the subtitle what a screen reader reads after it. */
static void
fix_expander_row (AdwExpanderRow *row)
{
  g_autofree char *title = row_text (ADW_PREFERENCES_ROW (row),
                                     adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)));
  g_autofree char *subtitle = row_text (ADW_PREFERENCES_ROW (row),
                                        adw_expander_row_get_subtitle (row));

  if (title != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                    -1);
  if (subtitle != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                    subtitle, -1);
  else
    gtk_accessible_reset_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
}

static void
on_expander_notify_cb (GObject    *object,
                       GParamSpec *pspec,
                       gpointer    user_data)
{
  fix_expander_row (ADW_EXPANDER_ROW (object));
}

/* GTK 4.8 offers assistive technologies no action on check buttons and list rows, only the
 * actions a widget has of its own: give them one, which does what Space or Enter does. */
static void
on_toggle_action_cb (GSimpleAction *action,
                     GVariant      *parameter,
                     gpointer       user_data)
{
  GtkCheckButton *check = user_data;

  /* A radio (a check in a group) is chosen, never unchosen, as a click does. */
  if (gtk_check_button_get_active (check) &&
      gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (check)) == GTK_ACCESSIBLE_ROLE_RADIO)
    return;
  gtk_check_button_set_active (check, !gtk_check_button_get_active (check));
}

static void
on_activate_action_cb (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       user_data)
{
  gtk_widget_activate (GTK_WIDGET (user_data));
}

static void
add_action (GtkWidget  *widget,
            const char *name,
            GCallback   callback)
{
  g_autoptr(GSimpleActionGroup) group = g_simple_action_group_new ();
  g_autoptr(GSimpleAction) action = g_simple_action_new (name, NULL);

  /* The widget owns the group, which owns the action: no reference back to the widget. */
  g_signal_connect_object (action, "activate", callback, widget, 0);
  g_action_map_add_action (G_ACTION_MAP (group), G_ACTION (action));
  gtk_widget_insert_action_group (widget, "a11y", G_ACTION_GROUP (group));
}

static GtkWidget *
find_text (GtkWidget *widget)
{
  if (GTK_IS_TEXT (widget))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *text = find_text (child);

      if (text != NULL)
        return text;
    }
  return NULL;
}

/* An entry row's title reaches a screen reader through two paths that differ by version (the
 * row's labels, the text's labelled-by relation), and where both apply it comes twice ("Name
 * Name"). The row and the text inside it are both named by the title alone. */
static void
fix_entry_row (AdwEntryRow *row)
{
  g_autofree char *title = row_text (ADW_PREFERENCES_ROW (row),
                                     adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)));
  GtkWidget *text = find_text (GTK_WIDGET (row));

  if (title == NULL)
    return;
  gtk_accessible_reset_relation (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_RELATION_LABELLED_BY);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                  -1);
  if (text != NULL)
    {
      gtk_accessible_reset_relation (GTK_ACCESSIBLE (text), GTK_ACCESSIBLE_RELATION_LABELLED_BY);
      gtk_accessible_update_property (GTK_ACCESSIBLE (text), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      title, -1);
    }
}

static void
on_entry_row_notify_cb (GObject    *object,
                        GParamSpec *pspec,
                        gpointer    user_data)
{
  fix_entry_row (ADW_ENTRY_ROW (object));
}

static void
fix_widget (GtkWidget *widget)
{
  if (g_object_get_qdata (G_OBJECT (widget), fixed_quark) != NULL)
    return;

  if (GTK_IS_BUTTON (widget) || GTK_IS_CHECK_BUTTON (widget))
    {
      g_object_set_qdata (G_OBJECT (widget), fixed_quark, GINT_TO_POINTER (1));
      on_label_notify_cb (G_OBJECT (widget), NULL, NULL);
      g_signal_connect (widget, "notify::label", G_CALLBACK (on_label_notify_cb), NULL);
      if (GTK_IS_CHECK_BUTTON (widget))
        add_action (widget, "toggle", G_CALLBACK (on_toggle_action_cb));
      return;
    }

  if ((GTK_IS_LIST_BOX_ROW (widget) &&
       gtk_list_box_row_get_activatable (GTK_LIST_BOX_ROW (widget))) ||
      is_list_item_widget (widget))
    {
      g_object_set_qdata (G_OBJECT (widget), fixed_quark, GINT_TO_POINTER (1));
      add_action (widget, "activate", G_CALLBACK (on_activate_action_cb));
    }
  if (ADW_IS_ENTRY_ROW (widget))
    {
      g_object_set_qdata (G_OBJECT (widget), fixed_quark, GINT_TO_POINTER (1));
      fix_entry_row (ADW_ENTRY_ROW (widget));
      g_signal_connect (widget, "notify::title", G_CALLBACK (on_entry_row_notify_cb), NULL);
    }
  else if (ADW_IS_EXPANDER_ROW (widget))
    {
      g_object_set_qdata (G_OBJECT (widget), fixed_quark, GINT_TO_POINTER (1));
      fix_expander_row (ADW_EXPANDER_ROW (widget));
      g_signal_connect (widget, "notify::title", G_CALLBACK (on_expander_notify_cb), NULL);
      g_signal_connect (widget, "notify::subtitle", G_CALLBACK (on_expander_notify_cb), NULL);
    }
  else if (is_value_row (widget))
    {
      name_row_from_labels (widget);
      watch_labels (widget, widget);
    }
}

static void
fix_subtree (GtkWidget *widget)
{
  fix_widget (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    fix_subtree (child);
}

/* A widget is corrected when it maps. Hidden ones are in the accessible tree as well (GTK
 * 4.8 lists every visible widget, shown or not: a stack's other pages, a revealer's closed
 * child), so the subtrees a mapped widget does not map are corrected with it. */
static gboolean
on_map_hook (GSignalInvocationHint *hint,
             guint                  n_values,
             const GValue          *values,
             gpointer               user_data)
{
  GtkWidget *widget = g_value_get_object (&values[0]);

  fix_widget (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (!gtk_widget_get_visible (child) || !gtk_widget_get_child_visible (child))
      fix_subtree (child);

  return TRUE;
}

void
physio_a11y_install (void)
{
  static gsize installed = 0;

  if (g_once_init_enter (&installed))
    {
      /* The signal exists once the class does; keep the class for the hook's lifetime. */
      gpointer widget_class = g_type_class_ref (GTK_TYPE_WIDGET);

      fixed_quark = g_quark_from_static_string ("physio-a11y-fixed");
      g_signal_add_emission_hook (g_signal_lookup ("map", GTK_TYPE_WIDGET), 0, on_map_hook,
                                  NULL, NULL);
      (void) widget_class;
      g_once_init_leave (&installed, 1);
    }
}

void
physio_a11y_name_list_row (GtkWidget  *child,
                           const char *name)
{
  GtkWidget *row;

  g_return_if_fail (GTK_IS_WIDGET (child));

  /* Unbound items may not be in a row yet; bind runs again once they are. */
  row = gtk_widget_get_parent (child);
  if (row == NULL)
    return;

  if (name != NULL && *name != '\0')
    gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                    -1);
  else
    gtk_accessible_reset_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL);
}

char *
physio_a11y_join (const char *first,
                  ...)
{
  GString *out = g_string_new (NULL);
  va_list args;

  va_start (args, first);
  for (const char *part = first; part != NULL; part = va_arg (args, const char *))
    {
      if (*part == '\0')
        continue;
      if (out->len > 0)
        g_string_append (out, ", ");
      g_string_append (out, part);
    }
  va_end (args);

  return g_string_free (out, FALSE);
}
