/* physio-application.h: start-up, command line, application actions
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "physio-database.h"

G_BEGIN_DECLS

#define PHYSIO_TYPE_APPLICATION (physio_application_get_type ())

G_DECLARE_FINAL_TYPE (PhysioApplication, physio_application, PHYSIO, APPLICATION, AdwApplication)

PhysioApplication *physio_application_new          (void);
/* The open database, or NULL before start-up has opened one. */
PhysioDatabase    *physio_application_get_database (PhysioApplication *self);

/* Restores the backup @source in place of the open database (physio-database-archive.h). The
 * caller has checked @source already (physio_database_check_backup, off the main thread), so a
 * bad file was refused while everything was still open. The windows close, the database is
 * closed, replaced (the current file kept beside it, the file checked once more) and opened
 * again in a new window, which says where the old file is kept, or why nothing was changed. */
void               physio_application_restore      (PhysioApplication *self,
                                                    const char        *source);

G_END_DECLS
