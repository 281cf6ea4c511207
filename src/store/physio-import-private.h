/* physio-import-private.h: what the exercise and template importers share
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "physio-exercise-import.h"

G_BEGIN_DECLS

/* physio-exercise-import.c: the "exercises" of an object in our library JSON, checked as the
 * editor checks them; built-in ones already in the library are left out and counted. */
GPtrArray *_physio_import_own_exercises   (PhysioDatabase       *database,
                                           JsonObject           *root,
                                           guint                *n_builtin,
                                           GError              **error);
/* Adds to @summary how many of @exercises are new and how many replace rows. */
void       _physio_import_count_exercises (PhysioDatabase       *database,
                                           GPtrArray            *exercises,
                                           PhysioImportSummary  *summary);

/* physio-template-exchange.c: a template file (@root is @json's parsed object), in one
 * transaction. */
gboolean   _physio_import_templates       (PhysioDatabase       *self,
                                           GBytes               *json,
                                           JsonObject           *root,
                                           PhysioImportSummary  *summary,
                                           GError              **error);

G_END_DECLS
