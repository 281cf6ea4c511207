/* physio-window.c: the main window: the exercise library and the patients, as two views
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "physio-exercise-row.h"
#include "physio-startup-trace.h"
#include "physio-window-private.h"

G_DEFINE_FINAL_TYPE (PhysioWindow, physio_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_DATABASE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

PhysioWindow *
physio_window_new (GtkApplication *application,
                   PhysioDatabase *database)
{
  g_return_val_if_fail (application == NULL || GTK_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (PHYSIO_IS_DATABASE (database), NULL);

  return g_object_new (PHYSIO_TYPE_WINDOW,
                       "application", application,
                       "database", database,
                       NULL);
}

PhysioDatabase *
physio_window_get_database (PhysioWindow *self)
{
  g_return_val_if_fail (PHYSIO_IS_WINDOW (self), NULL);

  return self->database;
}

PhysioExercise *
_physio_window_get_shown (PhysioWindow *self)
{
  return physio_exercise_detail_get_exercise (self->detail);
}

void
_physio_window_add_toast (PhysioWindow *self,
                          AdwToast     *toast)
{
  g_set_object (&self->last_toast, toast);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

void
_physio_window_show_error (PhysioWindow *self,
                           const char   *what,
                           const GError *error)
{
  g_autofree char *title = NULL;

  g_warning ("%s: %s", what, error->message);

  /* Toast titles are markup, and store messages may quote a name with "&" in it. */
  title = g_markup_printf_escaped ("%s: %s", what, error->message);
  _physio_window_add_toast (self, adw_toast_new (title));
}

const char *
_physio_window_get_view (PhysioWindow *self)
{
  return adw_view_stack_get_visible_child_name (self->view_stack);
}

void
_physio_window_set_view (PhysioWindow *self,
                         const char   *name)
{
  if (adw_view_stack_get_child_by_name (self->view_stack, name) != NULL)
    adw_view_stack_set_visible_child_name (self->view_stack, name);
}

/* Wide, the views are switched from the header of the content side; narrow, or when the
 * switcher does not fit there, from a bar at the bottom, as on a phone. */
static void
update_switcher (PhysioWindow *self)
{
  gboolean patients = g_strcmp0 (_physio_window_get_view (self), "patients") == 0;
  AdwViewSwitcherTitle *title = self->library_switcher_title;
  gboolean folded = adw_leaflet_get_folded (self->leaflet);

  if (patients && self->patients_view != NULL)
    {
      title = physio_patients_view_get_switcher_title (self->patients_view);
      folded = physio_patients_view_get_folded (self->patients_view);
    }

  adw_view_switcher_title_set_view_switcher_enabled (title, !folded);
  adw_view_switcher_bar_set_reveal (self->switcher_bar,
                                    folded || adw_view_switcher_title_get_title_visible (title));
}

static void
on_switcher_title_visible_cb (PhysioWindow *self,
                              GParamSpec   *pspec,
                              GObject      *object)
{
  update_switcher (self);
}

static void ensure_patients_view (PhysioWindow *self);

static void
on_view_changed_cb (PhysioWindow *self,
                    GParamSpec   *pspec,
                    AdwViewStack *stack)
{
  const char *name = adw_view_stack_get_visible_child_name (stack);
  GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self), "view");

  if (g_strcmp0 (name, "patients") == 0)
    ensure_patients_view (self);

  /* Adding the first view during construction shows it before the actions exist. */
  if (name == NULL || action == NULL)
    return;

  if (self->settings != NULL)
    g_settings_set_string (self->settings, "last-view", name);
  if (action != NULL)
    g_simple_action_set_state (G_SIMPLE_ACTION (action), g_variant_new_string (name));

  update_switcher (self);
  _physio_window_update_actions (self);
}

static void
show_content (PhysioWindow *self)
{
  adw_leaflet_set_visible_child (self->leaflet, self->content);
}

static void
update_list_state (PhysioWindow *self)
{
  guint n_results = g_list_model_get_n_items (G_LIST_MODEL (self->results));
  guint n_filters = self->filter_popover != NULL ?
                    physio_filter_popover_get_n_active (self->filter_popover) : 0;
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  gboolean searching = n_filters > 0 || *text != '\0';
  g_autofree char *subtitle = NULL;
  g_autofree char *filters_label = NULL;

  if (searching)
    {
      /* TRANSLATORS: how many exercises match a search, "3 of 68 exercises" */
      subtitle = g_strdup_printf (ngettext ("%u of %u exercise", "%u of %u exercises",
                                            self->n_total),
                                  n_results, self->n_total);
    }
  else
    {
      subtitle = g_strdup_printf (ngettext ("%u exercise", "%u exercises", n_results),
                                  n_results);
    }
  adw_window_title_set_subtitle (self->sidebar_title, subtitle);

  gtk_stack_set_visible_child_name (self->list_stack, n_results > 0 ? "list" : "empty");
  if (searching)
    {
      adw_status_page_set_title (self->empty_page, _("No Exercises Found"));
      adw_status_page_set_description (self->empty_page,
                                       _("Try a different search or clear the filters"));
    }
  else
    {
      adw_status_page_set_title (self->empty_page, _("No Exercises Yet"));
      adw_status_page_set_description (self->empty_page,
                                       _("Add your own with the New Exercise button"));
    }
  /* Clearing only helps when something was set. */
  gtk_widget_set_visible (adw_status_page_get_child (self->empty_page), searching);

  /* The filter button says when filters hide part of the library, and how many. */
  if (n_filters > 0)
    {
      g_autofree char *count = g_strdup_printf ("%u", n_filters);

      gtk_label_set_label (self->filter_count, count);
      gtk_widget_add_css_class (GTK_WIDGET (self->filter_button), "filter-active");
      filters_label = g_strdup_printf (ngettext ("Filters (%u active)", "Filters (%u active)",
                                                 n_filters),
                                       n_filters);
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->filter_button), "filter-active");
      filters_label = g_strdup (_("Filters"));
    }
  gtk_widget_set_visible (GTK_WIDGET (self->filter_count), n_filters > 0);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->filter_button), filters_label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->filter_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, filters_label, -1);
}

/* First rows first.
 *
 * GtkListView in GTK 4.8 makes, binds, styles and measures a row for every item up to 200,
 * not only for those on screen: with the built-in library that is 68 rows where about 9 are
 * seen, the largest part of the start-up after GTK's own. So until the window's first frame
 * is painted the list is given only the first FIRST_ROWS results (a row is about 67 pixels
 * high, so 20 fill a list 1,340 pixels tall; a taller list shows the rest one frame later),
 * and the rest right after that frame. Everything that selects a row further down
 * before then shows all rows first, so positions in the results and in the list stay the
 * same. */
#define FIRST_ROWS 20

static void
cancel_show_all_rows (PhysioWindow *self)
{
  if (self->rows_clock != NULL)
    {
      g_clear_signal_handler (&self->rows_paint_handler, self->rows_clock);
      g_clear_object (&self->rows_clock);
    }
  g_clear_handle_id (&self->rows_idle, g_source_remove);
}

static void
show_all_rows (PhysioWindow *self)
{
  cancel_show_all_rows (self);

  if (self->rows != NULL && gtk_slice_list_model_get_size (self->rows) != G_MAXUINT)
    gtk_slice_list_model_set_size (self->rows, G_MAXUINT);
}

/* Makes sure the list holds the row at @position of the results. */
static void
ensure_row (PhysioWindow *self,
            guint         position)
{
  if (position != GTK_INVALID_LIST_POSITION &&
      position >= gtk_slice_list_model_get_size (self->rows))
    show_all_rows (self);
}

static gboolean
show_all_rows_cb (gpointer user_data)
{
  PhysioWindow *self = user_data;

  self->rows_idle = 0;
  show_all_rows (self);

  return G_SOURCE_REMOVE;
}

static void
on_rows_after_paint_cb (GdkFrameClock *frame_clock,
                        PhysioWindow  *self)
{
  g_clear_signal_handler (&self->rows_paint_handler, frame_clock);
  g_clear_object (&self->rows_clock);

  /* Outside the frame: adding rows asks for a new layout, in the next frame. */
  if (self->rows_idle == 0)
    self->rows_idle = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, show_all_rows_cb, self, NULL);
}

static void
physio_window_realize (GtkWidget *widget)
{
  PhysioWindow *self = PHYSIO_WINDOW (widget);
  GdkFrameClock *frame_clock;

  GTK_WIDGET_CLASS (physio_window_parent_class)->realize (widget);

  if (gtk_slice_list_model_get_size (self->rows) == G_MAXUINT || self->rows_clock != NULL)
    return;

  frame_clock = gtk_widget_get_frame_clock (widget);
  if (frame_clock == NULL)
    {
      show_all_rows (self);
      return;
    }
  self->rows_clock = g_object_ref (frame_clock);
  self->rows_paint_handler = g_signal_connect (frame_clock, "after-paint",
                                               G_CALLBACK (on_rows_after_paint_cb), self);
}

/* Makes the detail follow the selected row. */
static void
show_selected (PhysioWindow *self)
{
  PhysioExercise *exercise = gtk_single_selection_get_selected_item (self->selection);
  const char *id = exercise != NULL ? physio_exercise_get_id (exercise) : NULL;

  if (g_strcmp0 (id, self->current_id) != 0)
    {
      g_free (self->current_id);
      self->current_id = g_strdup (id);
      if (self->settings != NULL)
        g_settings_set_string (self->settings, "last-exercise", id != NULL ? id : "");
    }

  physio_exercise_detail_set_exercise (self->detail, exercise);
  _physio_window_update_actions (self);
}

static void
on_selection_changed_cb (PhysioWindow      *self,
                         guint              position,
                         guint              n_items,
                         GtkSelectionModel *selection)
{
  /* While the results are replaced the selection passes through states that are not the
   * user's choice; on_results_changed_cb () settles it once they are in. */
  if (self->results_changing)
    return;

  show_selected (self);
}

static void
on_results_changing_cb (PhysioWindow *self,
                        guint         position,
                        guint         removed,
                        guint         added,
                        GListModel   *results)
{
  /* Beyond the first rows the list does not see the change, and nothing follows it. */
  if (position >= gtk_slice_list_model_get_size (self->rows))
    return;

  self->results_changing = TRUE;
}

static void
on_results_changed_cb (PhysioWindow *self,
                       guint         position,
                       guint         removed,
                       guint         added,
                       GListModel   *selection)
{
  guint wanted = GTK_INVALID_LIST_POSITION;

  /* Halfway through a search the old rows are gone and the new ones not yet in. */
  if (physio_exercise_list_is_replacing (self->results))
    return;

  self->results_changing = FALSE;

  /* Keep the same exercise selected when it is still among the results. */
  if (self->current_id != NULL)
    wanted = physio_exercise_list_find (self->results, self->current_id);
  ensure_row (self, wanted);

  if (gtk_single_selection_get_selected (self->selection) != wanted)
    gtk_single_selection_set_selected (self->selection, wanted);
  else
    show_selected (self);

  update_list_state (self);
}

static void
apply_query (PhysioWindow *self)
{
  PhysioExerciseQuery query = { 0 };
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  if (self->query_frozen)
    return;

  text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->search_entry))));
  if (*text != '\0')
    query.text = g_steal_pointer (&text);
  if (self->filter_popover != NULL)
    physio_filter_popover_fill_query (self->filter_popover, &query);

  if (!physio_exercise_list_set_query (self->results, &query, &error))
    _physio_window_show_error (self, _("Search failed"), error);

  physio_exercise_query_clear (&query);
  update_list_state (self);
}

void
_physio_window_clear_query (PhysioWindow *self)
{
  self->query_frozen = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  if (self->filter_popover != NULL)
    physio_filter_popover_clear (self->filter_popover);
  self->query_frozen = FALSE;

  apply_query (self);
}

static gboolean
scroll_to_selected_cb (GtkWidget     *list_view,
                       GdkFrameClock *frame_clock,
                       gpointer       user_data)
{
  PhysioWindow *self = user_data;
  guint position = gtk_single_selection_get_selected (self->selection);

  /* Rows have no place to scroll to before the list's first layout. */
  if (gtk_widget_get_height (list_view) == 0)
    return G_SOURCE_CONTINUE;

  self->scroll_tick = 0;
  if (position != GTK_INVALID_LIST_POSITION)
    gtk_widget_activate_action (list_view, "list.scroll-to-item", "u", position);

  return G_SOURCE_REMOVE;
}

/* Brings the selected row into view, once the list has been laid out. */
static void
scroll_to_selected (PhysioWindow *self)
{
  if (self->scroll_tick == 0)
    self->scroll_tick = gtk_widget_add_tick_callback (GTK_WIDGET (self->list_view),
                                                      scroll_to_selected_cb, self, NULL);
}

static gboolean
query_is_active (PhysioWindow *self)
{
  return *gtk_editable_get_text (GTK_EDITABLE (self->search_entry)) != '\0' ||
         (self->filter_popover != NULL &&
          physio_filter_popover_get_n_active (self->filter_popover) > 0);
}

gboolean
physio_window_select_exercise (PhysioWindow *self,
                               const char   *id)
{
  guint position;

  g_return_val_if_fail (PHYSIO_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  /* Remember the wish first: if the results are replaced below, the selection follows it. */
  g_free (self->current_id);
  self->current_id = g_strdup (id);

  position = physio_exercise_list_find (self->results, id);
  if (position == G_MAXUINT && query_is_active (self))
    {
      _physio_window_clear_query (self);
      position = physio_exercise_list_find (self->results, id);
    }
  if (position == G_MAXUINT)
    {
      /* Just saved or restored, and the results have not caught up with the database. */
      physio_exercise_list_refresh (self->results);
      position = physio_exercise_list_find (self->results, id);
    }
  if (position == G_MAXUINT)
    return FALSE;

  _physio_window_set_view (self, "library");
  ensure_row (self, position);
  gtk_single_selection_set_selected (self->selection, position);
  show_selected (self);
  scroll_to_selected (self);
  show_content (self);

  return TRUE;
}

static void
on_search_changed_cb (PhysioWindow   *self,
                      GtkSearchEntry *entry)
{
  apply_query (self);
}

static void
on_stop_search_cb (PhysioWindow   *self,
                   GtkSearchEntry *entry)
{
  /* Escape empties the search; the filters stay, they are set on purpose. */
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
}

static void
on_filters_changed_cb (PhysioWindow        *self,
                       PhysioFilterPopover *popover)
{
  apply_query (self);
}

/* The filter popover, with a check button for every code of five vocabularies, is built
 * the first time the filter button is pressed (or a filter is set from code): until then no
 * filter is active, and the start-up does not pay for a popover it does not show. */
static PhysioFilterPopover *
ensure_filter_popover (PhysioWindow *self)
{
  if (self->filter_popover == NULL)
    {
      self->filter_popover = PHYSIO_FILTER_POPOVER (physio_filter_popover_new ());
      g_signal_connect_object (self->filter_popover, "changed",
                               G_CALLBACK (on_filters_changed_cb), self, G_CONNECT_SWAPPED);
      gtk_menu_button_set_popover (self->filter_button, GTK_WIDGET (self->filter_popover));
    }

  return self->filter_popover;
}

static void
create_filter_popover_cb (GtkMenuButton *button,
                          gpointer       user_data)
{
  ensure_filter_popover (PHYSIO_WINDOW (user_data));
}

/* GtkMenuButton builds the popover of a menu model as soon as it is given one; the model is
 * handed over when the menu is first opened instead. */
static void
create_primary_menu_cb (GtkMenuButton *button,
                        gpointer       user_data)
{
  PhysioWindow *self = PHYSIO_WINDOW (user_data);

  if (gtk_menu_button_get_menu_model (button) == NULL)
    gtk_menu_button_set_menu_model (button, self->primary_menu);
}

static void
on_list_activate_cb (PhysioWindow *self,
                     guint         position,
                     GtkListView  *list_view)
{
  gtk_single_selection_set_selected (self->selection, position);

  /* Side by side the detail is in view already: the keyboard stays on the row, the next
   * exercise one arrow away. Folded, the detail takes the list's place, and the keyboard
   * goes to its content, not back to the header bar. */
  if (!adw_leaflet_get_folded (self->leaflet))
    return;
  show_content (self);
  gtk_widget_child_focus (GTK_WIDGET (self->detail), GTK_DIR_TAB_FORWARD);
}

static void
on_link_activated_cb (PhysioWindow         *self,
                      const char           *id,
                      PhysioExerciseDetail *detail)
{
  if (!physio_window_select_exercise (self, id))
    g_warning ("Linked exercise %s is not in the library", id);
}

static void
on_back_clicked_cb (PhysioWindow *self,
                    GtkButton    *button)
{
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

static void
on_leaflet_folded_cb (PhysioWindow *self,
                      GParamSpec   *pspec,
                      AdwLeaflet   *leaflet)
{
  /* Folded, the list is a menu of pages: one click opens an exercise. Side by side, a
   * click only selects, so that a double click does not count as two actions. */
  gtk_list_view_set_single_click_activate (self->list_view, adw_leaflet_get_folded (leaflet));
  update_switcher (self);
}

static void
on_row_setup_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *item,
                 PhysioWindow             *self)
{
  gtk_list_item_set_child (item, physio_exercise_row_new ());
}

static void
on_row_bind_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                PhysioWindow             *self)
{
  physio_exercise_row_set_exercise (PHYSIO_EXERCISE_ROW (gtk_list_item_get_child (item)),
                                    gtk_list_item_get_item (item));
}

static void
on_row_unbind_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *item,
                  PhysioWindow             *self)
{
  physio_exercise_row_set_exercise (PHYSIO_EXERCISE_ROW (gtk_list_item_get_child (item)), NULL);
}

static void
setup_settings (PhysioWindow *self)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  /* Run from the build tree without the compiled schema, the window still works; it just
   * does not remember its size. */
  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APP_ID, TRUE);
  if (schema == NULL)
    {
      g_debug ("Settings schema %s not found; window state is not kept", APP_ID);
      return;
    }

  self->settings = g_settings_new (APP_ID);
  g_settings_bind (self->settings, "window-width", self, "default-width", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "window-height", self, "default-height",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "window-maximized", self, "maximized",
                   G_SETTINGS_BIND_DEFAULT);
}

static void
select_first_exercise (PhysioWindow *self)
{
  g_autofree char *last = NULL;
  guint position = GTK_INVALID_LIST_POSITION;

  if (self->settings != NULL)
    last = g_settings_get_string (self->settings, "last-exercise");
  if (last != NULL && *last != '\0')
    position = physio_exercise_list_find (self->results, last);

  /* Side by side, an empty detail is wasted space; start on the first exercise. */
  if (position == GTK_INVALID_LIST_POSITION &&
      g_list_model_get_n_items (G_LIST_MODEL (self->results)) > 0)
    position = 0;

  /* A last exercise further down: enough rows below it to fill the list around it. */
  if (position != GTK_INVALID_LIST_POSITION &&
      position + FIRST_ROWS > gtk_slice_list_model_get_size (self->rows))
    gtk_slice_list_model_set_size (self->rows, position + FIRST_ROWS);
  gtk_single_selection_set_selected (self->selection, position);
  show_selected (self);
  scroll_to_selected (self);
}

/* The Patients view is built the first time it is shown: most start-ups open on the
 * library, and building the view with its patient page cost about 14 ms of the time to the
 * first window (tests/bench/bench-startup.sh). */
static void
ensure_patients_view (PhysioWindow *self)
{
  if (self->patients_view != NULL)
    return;

  self->patients_view = physio_patients_view_new (self->database);
  physio_patients_view_set_view_stack (self->patients_view, self->view_stack);
  physio_patients_view_set_primary_menu (self->patients_view, self->primary_menu);
  g_signal_connect_object (self->patients_view, "notify::folded",
                           G_CALLBACK (on_switcher_title_visible_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (physio_patients_view_get_switcher_title (self->patients_view),
                           "notify::title-visible",
                           G_CALLBACK (on_switcher_title_visible_cb), self, G_CONNECT_SWAPPED);
  adw_bin_set_child (self->patients_bin, GTK_WIDGET (self->patients_view));
}

static void
setup_patients_view (PhysioWindow *self)
{
  AdwViewStackPage *page;

  self->patients_bin = ADW_BIN (adw_bin_new ());
  page = adw_view_stack_add_titled (self->view_stack, GTK_WIDGET (self->patients_bin),
                                    "patients", _("Patients"));
  adw_view_stack_page_set_icon_name (page, "system-users-symbolic");
}

/* The view the clinician left the window on. */
static void
restore_view (PhysioWindow *self)
{
  g_autofree char *view = NULL;

  if (self->settings != NULL)
    view = g_settings_get_string (self->settings, "last-view");
  if (view != NULL)
    _physio_window_set_view (self, view);

  update_switcher (self);
  _physio_window_update_actions (self);
}

static void
on_exercises_changed_cb (PhysioWindow   *self,
                         const char     *id,
                         PhysioDatabase *database)
{
  self->n_total = physio_database_count_exercises (database);
}

static void
physio_window_constructed (GObject *object)
{
  PhysioWindow *self = PHYSIO_WINDOW (object);
  GtkListItemFactory *factory;

  G_OBJECT_CLASS (physio_window_parent_class)->constructed (object);

  g_assert (PHYSIO_IS_DATABASE (self->database));

  physio_exercise_detail_set_database (self->detail, self->database);

  /* Connected before the results model follows the same signal, so the count is right when
   * the list reports its change. */
  self->n_total = physio_database_count_exercises (self->database);
  g_signal_connect_object (self->database, "exercises-changed",
                           G_CALLBACK (on_exercises_changed_cb), self, G_CONNECT_SWAPPED);

  self->results = physio_exercise_list_new (self->database);
  /* Connected before the selection model exists, so that this runs before it reacts. */
  g_signal_connect_object (self->results, "items-changed",
                           G_CALLBACK (on_results_changing_cb), self, G_CONNECT_SWAPPED);

  self->rows = gtk_slice_list_model_new (g_object_ref (G_LIST_MODEL (self->results)), 0,
                                         FIRST_ROWS);
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->rows)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  g_signal_connect_object (self->selection, "items-changed",
                           G_CALLBACK (on_results_changed_cb), self,
                           G_CONNECT_SWAPPED | G_CONNECT_AFTER);
  g_signal_connect_object (self->selection, "selection-changed",
                           G_CALLBACK (on_selection_changed_cb), self, G_CONNECT_SWAPPED);

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect_object (factory, "setup", G_CALLBACK (on_row_setup_cb), self, 0);
  g_signal_connect_object (factory, "bind", G_CALLBACK (on_row_bind_cb), self, 0);
  g_signal_connect_object (factory, "unbind", G_CALLBACK (on_row_unbind_cb), self, 0);
  gtk_list_view_set_factory (self->list_view, factory);
  g_object_unref (factory);

  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));

  apply_query (self);
  physio_startup_trace_mark ("exercise list rows built");
  select_first_exercise (self);
  physio_startup_trace_mark ("first exercise shown");

  setup_patients_view (self);
  restore_view (self);
}

static void
physio_window_dispose (GObject *object)
{
  PhysioWindow *self = PHYSIO_WINDOW (object);

  if (self->scroll_tick != 0 && self->list_view != NULL)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self->list_view), self->scroll_tick);
  self->scroll_tick = 0;

  gtk_widget_dispose_template (GTK_WIDGET (self), PHYSIO_TYPE_WINDOW);

  cancel_show_all_rows (self);
  g_clear_object (&self->selection);
  g_clear_object (&self->rows);
  g_clear_object (&self->results);
  g_clear_object (&self->settings);
  g_clear_object (&self->last_toast);
  g_clear_pointer (&self->deleted, g_hash_table_unref);

  G_OBJECT_CLASS (physio_window_parent_class)->dispose (object);
}

static void
physio_window_finalize (GObject *object)
{
  PhysioWindow *self = PHYSIO_WINDOW (object);

  g_clear_pointer (&self->current_id, g_free);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (physio_window_parent_class)->finalize (object);
}

static void
physio_window_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  PhysioWindow *self = PHYSIO_WINDOW (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      g_value_set_object (value, self->database);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
physio_window_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  PhysioWindow *self = PHYSIO_WINDOW (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      self->database = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
physio_window_class_init (PhysioWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = physio_window_constructed;
  widget_class->realize = physio_window_realize;
  object_class->dispose = physio_window_dispose;
  object_class->finalize = physio_window_finalize;
  object_class->get_property = physio_window_get_property;
  object_class->set_property = physio_window_set_property;

  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL,
                         PHYSIO_TYPE_DATABASE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (PHYSIO_TYPE_EXERCISE_DETAIL);
  g_type_ensure (PHYSIO_TYPE_PATIENTS_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/physio-window.ui");
  gtk_widget_class_bind_template_child (widget_class, PhysioWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, PhysioWindow, view_stack);
  gtk_widget_class_bind_template_child (widget_class, PhysioWindow, switcher_bar);
  gtk_widget_class_bind_template_child (widget_class, PhysioWindow, library_switcher_title);
  gtk_widget_class_bind_template_child (widget_class, PhysioWindow, primary_menu);
  gtk_widget_class_bind_template_child (widget_class, PhysioWindow, primary_menu_button);
  gtk_widget_class_bind_template_child (widget_class, PhysioWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, PhysioWindow, sidebar);
  gtk_widget_class_bind_template_child (widget_class, PhysioWindow, content);
  gtk_widget_class_bind_template_child (widget_class, PhysioWindow, sidebar_title);
  gtk_widget_class_bind_template_child (widget_class, PhysioWindow, search_entry);
  gtk_widget_class_bind_template_child (widget_class, PhysioWindow, filter_button);
  gtk_widget_class_bind_template_child (widget_class, PhysioWindow, filter_count);
  gtk_widget_class_bind_template_child (widget_class, PhysioWindow, list_stack);
  gtk_widget_class_bind_template_child (widget_class, PhysioWindow, list_view);
  gtk_widget_class_bind_template_child (widget_class, PhysioWindow, empty_page);
  gtk_widget_class_bind_template_child (widget_class, PhysioWindow, detail);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_stop_search_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_list_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_link_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_back_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_leaflet_folded_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_view_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_switcher_title_visible_cb);
}

static void
physio_window_init (PhysioWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->deleted = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);

  /* Typing anywhere in the list goes to the search. */
  gtk_search_entry_set_key_capture_widget (self->search_entry, self->sidebar);
  gtk_menu_button_set_create_popup_func (self->filter_button, create_filter_popover_cb,
                                         self, NULL);
  gtk_menu_button_set_create_popup_func (self->primary_menu_button, create_primary_menu_cb,
                                         self, NULL);

  _physio_window_init_actions (self);
  setup_settings (self);
}

GtkSearchEntry *
_physio_window_get_search_entry (PhysioWindow *self)
{
  return self->search_entry;
}

PhysioFilterPopover *
_physio_window_get_filter_popover (PhysioWindow *self)
{
  return ensure_filter_popover (self);
}

GListModel *
_physio_window_get_results (PhysioWindow *self)
{
  return G_LIST_MODEL (self->results);
}

PhysioExerciseDetail *
_physio_window_get_detail (PhysioWindow *self)
{
  return self->detail;
}

AdwLeaflet *
_physio_window_get_leaflet (PhysioWindow *self)
{
  return self->leaflet;
}

AdwToast *
_physio_window_get_last_toast (PhysioWindow *self)
{
  return self->last_toast;
}

PhysioPatientsView *
_physio_window_get_patients_view (PhysioWindow *self)
{
  ensure_patients_view (self);
  return self->patients_view;
}

AdwViewSwitcherBar *
_physio_window_get_switcher_bar (PhysioWindow *self)
{
  return self->switcher_bar;
}
