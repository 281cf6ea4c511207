/* physio-form.h: small helpers the editors and dialogs share: what is wrong with a field, and
 * the rows of a checklist
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

void     physio_form_mark_invalid    (gpointer      widget,
                                      gboolean      invalid);
void     physio_form_show_error      (AdwActionRow *error_row,
                                      GtkWidget    *field,
                                      const char   *message);
void     physio_form_set_row_message (AdwActionRow *row,
                                      const char   *message,
                                      gboolean      invalid);

/* A row titled @title (plain text) with a check box at its start, which the row ticks; its
 * @check is returned. The row's title names the box for a screen reader (a label of its own
 * would be read twice). The box stays a tab stop of its own: with GTK 4.8 a row whose only
 * activatable widget cannot take the focus keeps Tab from ever leaving it. */
GtkWidget *physio_form_check_row_new (const char  *title,
                                      GtkWidget  **check);

G_END_DECLS
