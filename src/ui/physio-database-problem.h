/* physio-database-problem.h: words for a database that cannot be opened
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Whether restoring a backup can help with @error: it can for a file that is not a database,
 * is damaged or is too new, not for a broken installation or an I/O failure. */
gboolean physio_database_problem_can_restore      (const GError *error);

/* The start-up dialog: a heading, and a body that names the file, says what happened, that
 * nothing was changed when the store says so (physio_database_error_left_file_unchanged ()),
 * and what to do. @backup_path is the backup the dialog offers, or NULL. */
void     physio_database_problem_describe         (const char   *path,
                                                   const GError *error,
                                                   const char   *backup_path,
                                                   char        **heading,
                                                   char        **body);

/* One paragraph for stderr when --database names a file that cannot be used. */
char    *physio_database_problem_describe_for_terminal (const char   *path,
                                                        const GError *error,
                                                        const char   *backup_path);

G_END_DECLS
