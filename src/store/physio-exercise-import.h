/* physio-exercise-import.h: what comes into the database from a file (free-exercise-db JSON,
 * our own exercise JSON, shared templates) and the library's exports (data/IMPORT-FORMATS.md)
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "physio-database.h"

G_BEGIN_DECLS

typedef enum
{
  PHYSIO_IMPORT_FORMAT_UNKNOWN,
  PHYSIO_IMPORT_FORMAT_FREE_EXERCISE_DB,  /* a JSON array of free-exercise-db objects */
  PHYSIO_IMPORT_FORMAT_EXERCISES,         /* our library JSON (data/LIBRARY-FORMAT.md) */
  PHYSIO_IMPORT_FORMAT_TEMPLATES,         /* shared templates (physio-template-exchange.h) */
} PhysioImportFormat;

typedef struct
{
  PhysioImportFormat format;
  guint              n_added;
  guint              n_updated;
  /* Built-in exercises listed in the file (an export of the whole library): already here. */
  guint              n_builtin_skipped;
  /* free-exercise-db records whose instructions were longer than 5 steps of 160 characters
   * and were cut to fit. */
  guint              n_shortened;
  /* Templates of a template file: new ones, ones imported before and now replaced, and
   * built-in ones the file lists (already here). */
  guint              n_templates_added;
  guint              n_templates_updated;
  guint              n_templates_builtin_skipped;
} PhysioImportSummary;

/* The largest file an importer reads, and the deepest nesting of lists and objects it lets
 * json-glib see (json-glib parses by recursion). */
#define PHYSIO_IMPORT_MAX_BYTES (64 * 1024 * 1024)
#define PHYSIO_IMPORT_MAX_DEPTH 32

/* The id a free-exercise-db record gets: "X-fedb:" and its own id, so a second import of the
 * same file updates the same rows instead of adding copies. */
char       *physio_free_exercise_db_id           (const char           *source_id);

/* Parsing only, no database: the exercises of a free-exercise-db file, mapped to ours and
 * validated. Every failure is PHYSIO_DATABASE_ERROR_LIBRARY and names the record (its number
 * from 1 and its id or name) and the field. */
GPtrArray  *physio_free_exercise_db_parse        (GBytes               *json,
                                                  guint                *n_shortened,
                                                  GError              **error);

/* Detects the format and imports everything in the file in one transaction: all of it, or
 * nothing and an error naming the record and field. Exercises and templates already imported
 * (same id) are updated, never added twice. Emits "exercises-changed" once when exercises
 * came in. */
gboolean    physio_database_import_file          (PhysioDatabase       *self,
                                                  GBytes               *json,
                                                  PhysioImportSummary  *summary,
                                                  GError              **error);

/* The clinic's own exercises in our library JSON (format 1), ordered by name. */
GBytes     *physio_database_export_exercises     (PhysioDatabase       *self,
                                                  GError              **error);
/* Every exercise of the library as CSV (RFC 4180: CRLF line ends, fields with a comma,
 * quote or line break quoted, quotes doubled), with a header row. */
GBytes     *physio_database_export_csv           (PhysioDatabase       *self,
                                                  GError              **error);

G_END_DECLS
