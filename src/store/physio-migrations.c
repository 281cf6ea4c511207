/* physio-migrations.c: the schema of the database, one migration per version
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "physio-store"

#include "config.h"

#include "physio-database.h"
#include "physio-migrations.h"

/* A migration, once released, is never edited: files in the field were made by it. To change
 * the schema, append an entry and raise PHYSIO_DATABASE_SCHEMA_VERSION; the static assertion
 * below keeps the two in step. tests/store/schema-v1.sql is the frozen copy of version 1. */

/* Version 1: the exercise library. Scalar fields are columns, the dose and its limits are
 * JSON (physio-library-json.c); lists live in child tables keyed by the integer handle so the
 * search can work on integers. Links name their target by id and have no foreign key on it,
 * so a link to a deleted custom exercise survives (hidden) until the exercise is saved again. */
static const char schema_v1[] =
  "CREATE TABLE meta (\n"
  "  key   TEXT PRIMARY KEY,\n"
  "  value TEXT NOT NULL\n"
  ") WITHOUT ROWID;\n"
  "\n"
  "CREATE TABLE exercise (\n"
  "  handle                INTEGER PRIMARY KEY AUTOINCREMENT,\n"
  "  id                    TEXT NOT NULL UNIQUE,\n"
  "  name                  TEXT NOT NULL,\n"
  "  sort_key              TEXT NOT NULL,\n"
  "  category              TEXT NOT NULL,\n"
  "  position              TEXT NOT NULL,\n"
  "  dosage_kind           TEXT NOT NULL,\n"
  "  laterality            TEXT NOT NULL,\n"
  "  default_dose          TEXT NOT NULL,\n"
  "  dose_limits           TEXT NOT NULL,\n"
  "  caution_text          TEXT NOT NULL DEFAULT '',\n"
  "  contraindication_text TEXT NOT NULL DEFAULT '',\n"
  "  progression_note      TEXT NOT NULL DEFAULT '',\n"
  "  regression_note       TEXT NOT NULL DEFAULT '',\n"
  "  source                TEXT NOT NULL CHECK (source IN ('builtin', 'custom')),\n"
  "  version               INTEGER NOT NULL CHECK (version >= 1),\n"
  "  created_at            TEXT NOT NULL,\n"
  "  updated_at            TEXT NOT NULL,\n"
  "  CHECK (source = 'builtin' OR substr (id, 1, 2) = 'X-')\n"
  ");\n"
  "CREATE INDEX exercise_by_name ON exercise (sort_key, id);\n"
  "CREATE INDEX exercise_by_category ON exercise (category);\n"
  "CREATE INDEX exercise_by_position ON exercise (position);\n"
  "\n"
  "CREATE TABLE alias (\n"
  "  exercise INTEGER NOT NULL REFERENCES exercise (handle) ON DELETE CASCADE,\n"
  "  rank     INTEGER NOT NULL,\n"
  "  text     TEXT NOT NULL,\n"
  "  PRIMARY KEY (exercise, rank)\n"
  ") WITHOUT ROWID;\n"
  "\n"
  "CREATE TABLE step (\n"
  "  exercise INTEGER NOT NULL REFERENCES exercise (handle) ON DELETE CASCADE,\n"
  "  rank     INTEGER NOT NULL,\n"
  "  text     TEXT NOT NULL,\n"
  "  PRIMARY KEY (exercise, rank)\n"
  ") WITHOUT ROWID;\n"
  "\n"
  "CREATE TABLE cue (\n"
  "  exercise INTEGER NOT NULL REFERENCES exercise (handle) ON DELETE CASCADE,\n"
  "  rank     INTEGER NOT NULL,\n"
  "  text     TEXT NOT NULL,\n"
  "  PRIMARY KEY (exercise, rank)\n"
  ") WITHOUT ROWID;\n"
  "\n"
  "CREATE TABLE tag (\n"
  "  exercise INTEGER NOT NULL REFERENCES exercise (handle) ON DELETE CASCADE,\n"
  "  kind     TEXT NOT NULL\n"
  "           CHECK (kind IN ('region', 'equipment', 'stage', 'caution', 'evidence')),\n"
  "  value    TEXT NOT NULL,\n"
  "  rank     INTEGER NOT NULL,\n"
  "  PRIMARY KEY (exercise, kind, value)\n"
  ") WITHOUT ROWID;\n"
  "CREATE INDEX tag_by_value ON tag (kind, value, exercise);\n"
  "\n"
  "CREATE TABLE link (\n"
  "  from_id TEXT NOT NULL REFERENCES exercise (id) ON DELETE CASCADE,\n"
  "  to_id   TEXT NOT NULL,\n"
  "  kind    TEXT NOT NULL CHECK (kind IN ('progression', 'regression')),\n"
  "  rank    INTEGER NOT NULL,\n"
  "  PRIMARY KEY (from_id, kind, to_id),\n"
  "  CHECK (from_id <> to_id)\n"
  ") WITHOUT ROWID;\n"
  "CREATE INDEX link_by_target ON link (to_id);\n";

/* Version 2: the full-text index. Its rowid is the exercise handle; the store keeps it in
 * step with every write. remove_diacritics 2 lets "cafe" find "café". The one- and
 * two-letter prefix indexes make the first keystrokes (the broadest queries) cheap: without
 * them p95 per keystroke at 100,000 rows was 17 ms, with them 6 ms; a three-letter index
 * added 15 MB for no gain (tests/bench/bench-search.c). */
static const char schema_v2[] =
  "CREATE VIRTUAL TABLE exercise_fts USING fts5 (\n"
  "  name, aliases, steps, cues,\n"
  "  tokenize = 'unicode61 remove_diacritics 2',\n"
  "  prefix = '1 2'\n"
  ");\n"
  "INSERT INTO exercise_fts (rowid, name, aliases, steps, cues)\n"
  "  SELECT e.handle, e.name,\n"
  "         (SELECT group_concat (text, char (10)) FROM alias WHERE exercise = e.handle),\n"
  "         (SELECT group_concat (text, char (10)) FROM step WHERE exercise = e.handle),\n"
  "         (SELECT group_concat (text, char (10)) FROM cue WHERE exercise = e.handle)\n"
  "  FROM exercise AS e;\n";

static const char * const migrations[] = {
  schema_v1,
  schema_v2,
};

G_STATIC_ASSERT (G_N_ELEMENTS (migrations) == PHYSIO_DATABASE_SCHEMA_VERSION);

static gboolean
exec_sql (sqlite3     *db,
          const char  *path,
          guint        version,
          const char  *sql,
          GError     **error)
{
  char *message = NULL;

  g_assert (db != NULL);

  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    {
      g_set_error (error, PHYSIO_DATABASE_ERROR, PHYSIO_DATABASE_ERROR_FAILED,
                   "Could not update “%s” to format %u (%s). The file keeps format %u; "
                   "please report this problem.",
                   path, version, message ? message : sqlite3_errmsg (db), version - 1);
      sqlite3_free (message);
      return FALSE;
    }

  return TRUE;
}

gboolean
_physio_migrations_run (sqlite3     *db,
                        const char  *path,
                        guint        from_version,
                        GError     **error)
{
  g_assert (db != NULL);
  g_assert (from_version <= G_N_ELEMENTS (migrations));

  for (guint version = from_version + 1; version <= G_N_ELEMENTS (migrations); version++)
    {
      g_autofree char *set_version = g_strdup_printf ("PRAGMA user_version = %u;", version);

      if (!exec_sql (db, path, version, "BEGIN IMMEDIATE;", error))
        return FALSE;

      if (!exec_sql (db, path, version, migrations[version - 1], error) ||
          !exec_sql (db, path, version, set_version, error) ||
          !exec_sql (db, path, version, "COMMIT;", error))
        {
          sqlite3_exec (db, "ROLLBACK;", NULL, NULL, NULL);
          return FALSE;
        }

      g_debug ("Migrated the database to schema version %u", version);
    }

  return TRUE;
}
