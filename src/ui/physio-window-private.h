/* physio-window-private.h: the window's state, shared by its files and by tests
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "physio-exercise-detail.h"
#include "physio-exercise-list.h"
#include "physio-filter-popover.h"
#include "physio-patients-view.h"
#include "physio-window.h"

G_BEGIN_DECLS

struct _PhysioWindow
{
  AdwApplicationWindow  parent_instance;

  /* Template widgets */
  AdwToastOverlay      *toast_overlay;
  AdwViewStack         *view_stack;
  AdwViewSwitcherBar   *switcher_bar;
  AdwViewSwitcherTitle *library_switcher_title;
  GMenuModel           *primary_menu;
  GtkMenuButton        *primary_menu_button;
  AdwLeaflet           *leaflet;
  GtkWidget            *sidebar;
  GtkWidget            *content;
  AdwWindowTitle       *sidebar_title;
  GtkSearchEntry       *search_entry;
  GtkMenuButton        *filter_button;
  GtkLabel             *filter_count;
  PhysioFilterPopover  *filter_popover;  /* NULL until first asked for */
  GtkStack             *list_stack;
  GtkListView          *list_view;
  AdwStatusPage        *empty_page;
  PhysioExerciseDetail *detail;
  /* The Patients view, made once the database is known (a page of view_stack). */
  AdwBin               *patients_bin;
  PhysioPatientsView   *patients_view;   /* NULL until the view is first shown */

  /* Owned references */
  PhysioDatabase       *database;
  PhysioExerciseList   *results;
  /* The results as the list shows them: only the first rows until the window's first frame
   * is painted, then all of them (physio-window.c, "First rows first"). */
  GtkSliceListModel    *rows;
  GtkSingleSelection   *selection;
  GSettings            *settings;
  /* The exercise being shown, by id, so that it stays selected when the results are
   * replaced by a new query or reloaded after a change. */
  char                 *current_id;
  /* Deleted exercises kept for Undo, by id, while their toast is up. */
  GHashTable           *deleted;
  AdwToast             *last_toast;
  /* Exercises in the database, for "3 of 68"; counted when the table changes, not on every
   * keystroke. */
  guint                 n_total;
  /* Pending scroll of the list to the selected row. */
  guint                 scroll_tick;
  /* Pending growth of rows to all the results: after the first frame, then in an idle. */
  GdkFrameClock        *rows_clock;
  gulong                rows_paint_handler;
  guint                 rows_idle;

  /* Set between the results model changing and the selection catching up with it. */
  gboolean              results_changing;
  /* Set while the search and the filters are reset together, to run one query. */
  gboolean              query_frozen;
};

/* physio-window-actions.c */
void                  _physio_window_init_actions   (PhysioWindow *self);
void                  _physio_window_update_actions (PhysioWindow *self);

/* physio-window-io.c */
void                  _physio_window_init_io_actions (PhysioWindow *self);

/* physio-window.c */
void                  _physio_window_clear_query    (PhysioWindow *self);
void                  _physio_window_add_toast      (PhysioWindow *self,
                                                     AdwToast     *toast);
void                  _physio_window_show_error     (PhysioWindow *self,
                                                     const char   *what,
                                                     const GError *error);
PhysioExercise       *_physio_window_get_shown      (PhysioWindow *self);
/* "library" or "patients" */
const char           *_physio_window_get_view       (PhysioWindow *self);
void                  _physio_window_set_view       (PhysioWindow *self,
                                                     const char   *name);

/* For tests */
GtkSearchEntry       *_physio_window_get_search_entry  (PhysioWindow *self);
PhysioFilterPopover  *_physio_window_get_filter_popover (PhysioWindow *self);
GListModel           *_physio_window_get_results       (PhysioWindow *self);
PhysioExerciseDetail *_physio_window_get_detail        (PhysioWindow *self);
AdwLeaflet           *_physio_window_get_leaflet       (PhysioWindow *self);
AdwToast             *_physio_window_get_last_toast    (PhysioWindow *self);
PhysioPatientsView   *_physio_window_get_patients_view (PhysioWindow *self);
AdwViewSwitcherBar   *_physio_window_get_switcher_bar  (PhysioWindow *self);

G_END_DECLS
