/* physio-database-archive.h: a whole-database backup to a file the user picks, and restoring
 * one in place of the database
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* @fraction from 0 to 1; called on the thread that runs the backup. */
typedef void (*PhysioArchiveProgress) (double   fraction,
                                       gpointer user_data);

/* Copies the Physioplan database at @path to @dest through the SQLite backup API, on a
 * connection of its own: a consistent copy even while the app has the file open and writes
 * to it (callable from any thread). The file at @path is checked to be ours first, without
 * writing to it. @dest is written beside and renamed into place, mode 0600; an existing
 * @dest is replaced, never @path itself. Nothing is left at @dest on failure or
 * cancellation. */
gboolean physio_database_backup_file  (const char             *path,
                                       const char             *dest,
                                       PhysioArchiveProgress   progress,
                                       gpointer                user_data,
                                       GCancellable           *cancellable,
                                       GError                **error);

/* Whether @source is a Physioplan database this build can read: ours, whole, passing the
 * integrity check, of a schema version no newer than this build's. Read-only. */
gboolean physio_database_check_backup (const char             *source,
                                       GError                **error);

/* Checks @source as physio_database_check_backup () does, then moves the database
 * at @path, with its -wal and -shm, aside to "<path>.before-restore-<time>" (returned in
 * @kept_path when not NULL) and copies @source into its place. The database at @path must
 * not be open. On failure before the move nothing is changed. */
gboolean physio_database_restore_file (const char             *path,
                                       const char             *source,
                                       char                  **kept_path,
                                       GError                **error);

G_END_DECLS
