/* physio-cli-io.h: --backup=FILE and --import=FILE on the command line
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "physio-database.h"

G_BEGIN_DECLS

/* Runs --backup and --import when given (the backup first, so it holds the database as it was
 * before the import) on @database, or the usual database when NULL, and returns the exit
 * status; -1 when neither was given, for the application to go on. */
int physio_cli_io_from_options (PhysioDatabase *database,
                                GVariantDict   *options);

/* Runs --restore=FILE when given, before anything opens the database (--database or the
 * usual one): the current file is kept beside it and the backup put in its place. Returns the
 * exit status, or -1 when --restore was not given. */
int physio_cli_io_restore_from_options (GVariantDict *options);

G_END_DECLS
