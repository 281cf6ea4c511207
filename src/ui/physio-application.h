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

G_END_DECLS
