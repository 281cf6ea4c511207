/* physio-programme-window-private.h: what the programme window's pages share, and tests
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "physio-programme-window.h"

G_BEGIN_DECLS

/* Shows @title in a toast of the programme window that holds @from, with an Undo button when
 * @offer_undo (the change went through the undo stack). Does nothing outside such a window. */
void        _physio_programme_window_toast         (GtkWidget             *from,
                                                    const char            *title,
                                                    gboolean               offer_undo);

/* The same with a button of its own, e.g. "_Handout…" running "win.preview-handout". */
void        _physio_programme_window_toast_action  (GtkWidget             *from,
                                                    const char            *title,
                                                    const char            *button,
                                                    const char            *action);

/* For tests */
AdwViewStack *_physio_programme_window_get_stack     (PhysioProgrammeWindow *self);
GtkWidget    *_physio_programme_window_get_page      (PhysioProgrammeWindow *self,
                                                      const char            *name);
AdwToast     *_physio_programme_window_get_last_toast (PhysioProgrammeWindow *self);

G_END_DECLS
