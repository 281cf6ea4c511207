/* physio-form.h: small helpers the editors and dialogs share to show what is wrong with a field
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

G_END_DECLS
