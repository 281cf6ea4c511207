/* physio-migrations.h: the schema of the database, one migration per version
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <sqlite3.h>
#include <glib.h>

G_BEGIN_DECLS

/* Runs every migration after @from_version, each in its own transaction that also sets
 * PRAGMA user_version, so a failure leaves the file at the last version that completed. */
gboolean _physio_migrations_run (sqlite3     *db,
                                 const char  *path,
                                 guint        from_version,
                                 GError     **error);

G_END_DECLS
