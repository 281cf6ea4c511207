/* physio-handout-print.h: printing a handout through GtkPrintOperation
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "physio-handout-export.h"

G_BEGIN_DECLS

/* Shows the print dialog for the handout of @request and prints it; the pages are drawn by the
 * same renderer as the PDF, at the paper size chosen in the dialog (the request's paper until
 * a page setup has been remembered). The dialog's settings and page setup are remembered (in
 * the user's config folder) for the next time. *@printed (may be NULL) says whether it was
 * printed rather than cancelled; the caller then records the handout as issued. */
gboolean physio_handout_print         (GtkWindow             *parent,
                                       PhysioHandoutRequest  *request,
                                       gboolean              *printed,
                                       GError               **error);
/* The same print operation with no dialog, exporting to the PDF file @path: what the tests use
 * to check the print path. Sets @n_pages to the number of pages printed. */
gboolean physio_handout_print_to_file (PhysioHandoutRequest  *request,
                                       const char            *path,
                                       guint                 *n_pages,
                                       GError               **error);

G_END_DECLS
