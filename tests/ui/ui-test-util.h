/* ui-test-util.h: display set-up, main-loop waits and temporary databases for the widget tests
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "physio-database.h"
#include "physio-database-patients.h"
#include "physio-ladder-table.h"
#include "physio-window.h"

G_BEGIN_DECLS

/* How long a wait may take: @seconds times $PHYSIO_TEST_TIMEOUT_SCALE (a positive number,
 * 1 when unset). Sanitizer and valgrind runs are many times slower: give them the same
 * factor here as to meson, e.g. PHYSIO_TEST_TIMEOUT_SCALE=10 meson test -t 10. */
gint64          ui_test_timeout_usec       (double          seconds);

/* Iterates the main loop until @expr holds, for at most five (scaled) seconds: fields are
 * saved and searches run a moment after typing stops, so the tests wait for effects as a
 * person would. @expr is evaluated once per poll and never again after the loop, so an
 * expression that assigns or allocates runs exactly as often as the loop looks. */
#define WAIT_FOR(expr) \
  G_STMT_START { \
    gint64 wait_end = g_get_monotonic_time () + ui_test_timeout_usec (5); \
    gboolean wait_done; \
    while (!(wait_done = !!(expr)) && g_get_monotonic_time () < wait_end) \
      if (!g_main_context_iteration (NULL, FALSE)) \
        g_usleep (1000); \
    if (!wait_done) \
      g_error ("Timed out waiting for %s", #expr); \
  } G_STMT_END

/* Starts GTK and libadwaita for a test program. Without a display (GTK cannot start; under
 * `meson test` the ui suite runs in Xvfb) it prints a TAP plan that skips everything and
 * returns FALSE, and main () should return 0. */
gboolean        ui_test_init               (int            *argc,
                                            char         ***argv);

/* Runs every pending main-loop event without blocking. */
void            ui_test_settle             (void);
/* Runs pending events once a frame (16 ms) for @frames frames, so transitions can finish. */
void            ui_test_settle_frames      (guint           frames);
/* Waits until @widget is mapped and has been given a width. */
void            ui_test_wait_for_mapped    (GtkWidget      *widget);
/* Raises @window and waits until it holds the input focus, as the window a person types into
 * does; keyboard focus moves (Tab, keys sent by xdotool) behave as for a person only then. */
void            ui_test_activate_window    (GtkWindow      *window);

/* The newest visible window of @type, or NULL. */
gpointer        ui_test_find_toplevel      (GType           type);
/* Destroys every window of @type, leaving what that sets off pending. */
void            ui_test_close_windows      (GType           type);
/* Destroys every window and runs what that leaves pending. */
void            ui_test_destroy_toplevels  (void);

/* A fresh folder under the temp dir named after @tmpl (as g_dir_make_tmp ()), removed with
 * the files in it by ui_test_remove_dir (), which asserts that each removal succeeds. */
char           *ui_test_make_dir           (const char     *tmpl);
void            ui_test_remove_dir         (const char     *dir);
/* Opens a new <dir>/physioplan.db, empty. */
PhysioDatabase *ui_test_open_database      (const char     *dir);
/* Opens a new <dir>/physioplan.db with the built-in library loaded; @n_changed (may be NULL)
 * receives how many exercises the load wrote. */
PhysioDatabase *ui_test_open_library       (const char     *dir,
                                            guint          *n_changed);

/* A main window on @database, @width × @height, shown and mapped. */
PhysioWindow   *ui_test_open_window        (PhysioDatabase *database,
                                            int             width,
                                            int             height);

/* Today's date, from the clock. */
GDate           ui_test_today              (void);

/* Saves a new patient with just @name; the caller owns the result. */
PhysioPatient  *ui_test_add_patient        (PhysioDatabase *database,
                                            const char     *name);
/* Adds the library's @exercise_id to @programme for weeks 1–6 on @days_per_week days spread
 * over the week; the prescription is borrowed from the programme. */
PhysioPrescription *ui_test_add_prescription (PhysioDatabase  *database,
                                              PhysioProgramme *programme,
                                              const char      *exercise_id,
                                              guint            days_per_week);
/* The programme as saved, and the dose changes recorded for a prescription. */
PhysioProgramme *ui_test_load_programme    (PhysioDatabase *database,
                                            gint64          programme_id);
GArray         *ui_test_load_dose_changes  (PhysioDatabase *database,
                                            gint64          prescription_id);

/* The text of the ladder table's cell for @position's prescription in @week. */
const char     *ui_test_cell_text          (PhysioLadderTable *table,
                                            guint              position,
                                            guint              week);

G_END_DECLS
