/* physio-clinician.h: the name of the clinician using Physioplan
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "physio-database.h"

G_BEGIN_DECLS

/* The name set in Preferences (the clinic row's clinician); when it is empty, or @database is
 * NULL, a name still only in GSettings 'clinician-name' (before physio_clinician_migrate ()),
 * then the account's real name, then its login name. Never NULL nor empty; free it with
 * g_free (). */
char *physio_clinician_name    (PhysioDatabase *database);

/* Moves a name typed in Preferences before the clinic row existed (GSettings
 * 'clinician-name') into the clinic row, once: the key is emptied afterwards, and a name
 * already in the clinic row wins. Does nothing without the schema (tests, the build tree). */
void  physio_clinician_migrate (PhysioDatabase *database);

G_END_DECLS
