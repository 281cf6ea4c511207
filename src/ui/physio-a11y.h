/* physio-a11y.h: names for the screen reader where GTK 4.8 and libadwaita 1.2 give none or two
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Once per process, before any window: labelled buttons and check buttons get a name without
 * the mnemonic underscore and without their label twice, and the values of drop-downs and
 * combo rows get the text they show as their name (HACKING.md "Accessibility"). */
void            physio_a11y_install            (void);

/* Names the row a list view made around @child (the widget of a GtkListItem): GTK 4.8 has no
 * accessible label on list items, so the name goes on the row widget itself. */
void            physio_a11y_name_list_row      (GtkWidget   *child,
                                                const char  *name);

/* "Band row" + "Strength · 2 × 12" → "Band row, Strength · 2 × 12"; NULL and empty parts
 * are left out. The caller frees the result. */
char           *physio_a11y_join               (const char  *first,
                                                ...) G_GNUC_NULL_TERMINATED;

G_END_DECLS
