/* physio-migrations.c: the schema of the database, one migration per version
 *
 * SPDX-FileCopyrightText: 2026 The Physioplan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "physio-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include <errno.h>

#include "physio-database-private.h"
#include "physio-migrations.h"

/* A migration, once released, is never edited: files in the field were made by it. To change
 * the schema, append an entry and raise PHYSIO_DATABASE_SCHEMA_VERSION; the static assertion
 * below keeps the two in step. tests/store/schema-v1.sql and schema-v2.sql are frozen copies of
 * the released versions 1 and 2. */

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

/* Version 3: patients and their programmes (brief 2.3, 2.5). Doses are the JSON of
 * physio-library-json.c, dates ISO 8601 text, flags 0/1. A prescription keeps the exercise as
 * it was when prescribed (exercise_snapshot), so exercise_id has no foreign key: the library
 * may change or lose the exercise without touching the programme. Session logs and dose
 * changes RESTRICT the deletion of their prescription: history is never lost by a save, only
 * by deleting the patient or the programme on purpose, which removes them first. */
static const char schema_v3[] =
  "CREATE TABLE patient (\n"
  "  id             INTEGER PRIMARY KEY AUTOINCREMENT,\n"
  "  name           TEXT NOT NULL,\n"
  "  sort_key       TEXT NOT NULL,\n"
  "  search_key     TEXT NOT NULL,\n"
  "  clinic_ref     TEXT,\n"
  "  birth          TEXT,\n"
  "  onset          TEXT,\n"
  "  stage_override TEXT,\n"
  "  radicular      INTEGER NOT NULL DEFAULT 0 CHECK (radicular IN (0, 1)),\n"
  "  notes          TEXT,\n"
  "  archived       INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),\n"
  "  screened       INTEGER NOT NULL DEFAULT 0 CHECK (screened IN (0, 1)),\n"
  "  screened_by    TEXT,\n"
  "  screened_on    TEXT,\n"
  "  screen_notes   TEXT,\n"
  "  created_at     TEXT NOT NULL,\n"
  "  updated_at     TEXT NOT NULL\n"
  ");\n"
  "CREATE INDEX patient_by_name ON patient (archived, sort_key, id);\n"
  "\n"
  "CREATE TABLE patient_condition (\n"
  "  patient_id INTEGER NOT NULL REFERENCES patient (id) ON DELETE CASCADE,\n"
  "  code       TEXT NOT NULL,\n"
  "  rank       INTEGER NOT NULL,\n"
  "  PRIMARY KEY (patient_id, code)\n"
  ") WITHOUT ROWID;\n"
  "\n"
  "CREATE TABLE red_flag_present (\n"
  "  patient_id INTEGER NOT NULL REFERENCES patient (id) ON DELETE CASCADE,\n"
  "  code       TEXT NOT NULL,\n"
  "  rank       INTEGER NOT NULL,\n"
  "  PRIMARY KEY (patient_id, code)\n"
  ") WITHOUT ROWID;\n"
  "\n"
  "CREATE TABLE programme (\n"
  "  id               INTEGER PRIMARY KEY AUTOINCREMENT,\n"
  "  patient_id       INTEGER NOT NULL REFERENCES patient (id) ON DELETE CASCADE,\n"
  "  title            TEXT NOT NULL DEFAULT '',\n"
  "  stage            TEXT,\n"
  "  template_id      TEXT,\n"
  "  clinician        TEXT,\n"
  "  start_date       TEXT,\n"
  "  weeks            INTEGER NOT NULL CHECK (weeks BETWEEN 1 AND 52),\n"
  "  status           TEXT NOT NULL\n"
  "                   CHECK (status IN ('draft', 'active', 'paused', 'suspended', 'completed')),\n"
  "  progression_mode TEXT NOT NULL\n"
  "                   CHECK (progression_mode IN ('pain_monitored', 'quota_based', 'manual')),\n"
  "  rule_params      TEXT NOT NULL,\n"
  "  created_at       TEXT NOT NULL,\n"
  "  updated_at       TEXT NOT NULL\n"
  ");\n"
  "CREATE INDEX programme_by_patient ON programme (patient_id);\n"
  "\n"
  "CREATE TABLE phase (\n"
  "  programme_id INTEGER NOT NULL REFERENCES programme (id) ON DELETE CASCADE,\n"
  "  rank         INTEGER NOT NULL,\n"
  "  name         TEXT NOT NULL,\n"
  "  week_from    INTEGER NOT NULL,\n"
  "  week_to      INTEGER NOT NULL,\n"
  "  goals        TEXT,\n"
  "  PRIMARY KEY (programme_id, rank)\n"
  ") WITHOUT ROWID;\n"
  "\n"
  "CREATE TABLE education_item (\n"
  "  programme_id INTEGER NOT NULL REFERENCES programme (id) ON DELETE CASCADE,\n"
  "  rank         INTEGER NOT NULL,\n"
  "  week         INTEGER NOT NULL,\n"
  "  title        TEXT NOT NULL,\n"
  "  body         TEXT,\n"
  "  PRIMARY KEY (programme_id, rank)\n"
  ") WITHOUT ROWID;\n"
  "\n"
  "CREATE TABLE prescription (\n"
  "  id                INTEGER PRIMARY KEY AUTOINCREMENT,\n"
  "  programme_id      INTEGER NOT NULL REFERENCES programme (id) ON DELETE CASCADE,\n"
  "  exercise_id       TEXT NOT NULL,\n"
  "  exercise_snapshot TEXT NOT NULL,\n"
  "  ord               INTEGER NOT NULL,\n"
  "  week_from         INTEGER NOT NULL CHECK (week_from >= 1),\n"
  "  week_to           INTEGER NOT NULL CHECK (week_to >= week_from),\n"
  "  days_mask         INTEGER NOT NULL CHECK (days_mask BETWEEN 0 AND 127),\n"
  "  laterality        TEXT NOT NULL\n"
  "                    CHECK (laterality IN ('bilateral', 'each_side', 'alternating')),\n"
  "  current_dose      TEXT NOT NULL,\n"
  "  ladder_step       INTEGER NOT NULL DEFAULT 0 CHECK (ladder_step >= 0),\n"
  "  note              TEXT,\n"
  "  slot_group        TEXT,\n"
  "  removed           INTEGER NOT NULL DEFAULT 0 CHECK (removed IN (0, 1))\n"
  ");\n"
  "CREATE INDEX prescription_by_programme ON prescription (programme_id, ord);\n"
  "\n"
  "CREATE TABLE planned_dose (\n"
  "  prescription_id INTEGER NOT NULL REFERENCES prescription (id) ON DELETE CASCADE,\n"
  "  step            INTEGER NOT NULL CHECK (step >= 0),\n"
  "  dose            TEXT NOT NULL,\n"
  "  PRIMARY KEY (prescription_id, step)\n"
  ") WITHOUT ROWID;\n"
  "\n"
  "CREATE TABLE session_log (\n"
  "  id                 INTEGER PRIMARY KEY AUTOINCREMENT,\n"
  "  prescription_id    INTEGER NOT NULL REFERENCES prescription (id) ON DELETE RESTRICT,\n"
  "  date               TEXT NOT NULL,\n"
  "  completed_fraction REAL NOT NULL CHECK (completed_fraction >= 0),\n"
  "  achieved           INTEGER CHECK (achieved >= 0),\n"
  "  pain_before        INTEGER CHECK (pain_before BETWEEN 0 AND 10),\n"
  "  pain_during_max    INTEGER CHECK (pain_during_max BETWEEN 0 AND 10),\n"
  "  rpe                INTEGER CHECK (rpe BETWEEN 0 AND 10),\n"
  "  note               TEXT,\n"
  "  created_at         TEXT NOT NULL\n"
  ");\n"
  "CREATE INDEX session_log_by_prescription ON session_log (prescription_id, date);\n"
  "\n"
  "CREATE TABLE diary (\n"
  "  patient_id   INTEGER NOT NULL REFERENCES patient (id) ON DELETE CASCADE,\n"
  "  date         TEXT NOT NULL,\n"
  "  morning_pain INTEGER CHECK (morning_pain BETWEEN 0 AND 10),\n"
  "  steps        INTEGER CHECK (steps >= 0),\n"
  "  red_flag     INTEGER NOT NULL DEFAULT 0 CHECK (red_flag IN (0, 1)),\n"
  "  note         TEXT,\n"
  "  PRIMARY KEY (patient_id, date)\n"
  ") WITHOUT ROWID;\n"
  "\n"
  "CREATE TABLE dose_change (\n"
  "  id              INTEGER PRIMARY KEY AUTOINCREMENT,\n"
  "  prescription_id INTEGER NOT NULL REFERENCES prescription (id) ON DELETE RESTRICT,\n"
  "  effective_date  TEXT NOT NULL,\n"
  "  old_dose        TEXT NOT NULL,\n"
  "  new_dose        TEXT NOT NULL,\n"
  "  old_step        INTEGER NOT NULL CHECK (old_step >= 0),\n"
  "  new_step        INTEGER NOT NULL CHECK (new_step >= 0),\n"
  "  decision        TEXT NOT NULL\n"
  "                  CHECK (decision IN ('STOP', 'REGRESS', 'HOLD', 'PROGRESS', 'READY',\n"
  "                                     'SWAP')),\n"
  "  proposed        TEXT NOT NULL\n"
  "                  CHECK (proposed IN ('STOP', 'REGRESS', 'HOLD', 'PROGRESS', 'READY',\n"
  "                                     'SWAP')),\n"
  "  reasons         TEXT NOT NULL DEFAULT '',\n"
  "  proposed_by     TEXT NOT NULL CHECK (proposed_by IN ('rule', 'clinician')),\n"
  "  outcome         TEXT NOT NULL\n"
  "                  CHECK (outcome IN ('accepted', 'edited', 'rejected', 'undone', 'redone')),\n"
  "  accepted_by     TEXT,\n"
  "  accepted_at     TEXT,\n"
  "  swap_to         TEXT\n"
  ");\n"
  "CREATE INDEX dose_change_by_prescription ON dose_change (prescription_id, id);\n"
  "\n"
  "CREATE TABLE user_template (\n"
  "  id         INTEGER PRIMARY KEY AUTOINCREMENT,\n"
  "  name       TEXT NOT NULL,\n"
  "  json       TEXT NOT NULL,\n"
  "  created_at TEXT NOT NULL,\n"
  "  updated_at TEXT NOT NULL\n"
  ");\n";

/* Version 4: follow-up. Exercises say whether they are everyday walking (brief 4.4: days may
 * build to 7); the built-in rows get it when library version 2 reloads them, and prescriptions
 * of the built-in walks, which keep their exercise as prescribed, get it here. Session logs keep
 * the load actually lifted; the diary keeps the day's pain during exercise and the pain the
 * next morning as the patient wrote them in that day's column (brief 2.5, 4.1). Outcome
 * measure administrations store their items as the truth (a JSON array of the values of
 * physio-outcome.h) with the instrument's version and recall; total, subscale and validity are
 * what the scoring code of computed_by said, kept for queries and recomputed on load. Licensed
 * item wording (brief 6.2-6.5) is never shipped: a clinic pastes its own, one row per item. */
static const char schema_v4[] =
  "ALTER TABLE exercise ADD COLUMN walking INTEGER NOT NULL DEFAULT 0\n"
  "  CHECK (walking IN (0, 1));\n"
  "UPDATE prescription SET exercise_snapshot =\n"
  "  json_set (exercise_snapshot, '$.walking', json ('true'))\n"
  "  WHERE exercise_id IN ('AER-01', 'AER-02', 'AER-04') AND json_valid (exercise_snapshot);\n"
  "\n"
  "ALTER TABLE session_log ADD COLUMN achieved_load_kg REAL CHECK (achieved_load_kg > 0);\n"
  "ALTER TABLE diary ADD COLUMN exercise_pain INTEGER\n"
  "  CHECK (exercise_pain BETWEEN 0 AND 10);\n"
  "ALTER TABLE diary ADD COLUMN next_morning_pain INTEGER\n"
  "  CHECK (next_morning_pain BETWEEN 0 AND 10);\n"
  "\n"
  "CREATE TABLE measure (\n"
  "  id             INTEGER PRIMARY KEY AUTOINCREMENT,\n"
  "  patient_id     INTEGER NOT NULL REFERENCES patient (id) ON DELETE CASCADE,\n"
  "  instrument     TEXT NOT NULL\n"
  "                 CHECK (instrument IN ('NPRS', 'ODI_2_1a', 'RMDQ_24', 'PSFS', 'SBST_9')),\n"
  "  version        TEXT NOT NULL,\n"
  "  date           TEXT NOT NULL,\n"
  "  recall         TEXT NOT NULL,\n"
  "  items          TEXT NOT NULL,\n"
  "  activities     TEXT,\n"
  "  total          REAL,\n"
  "  subscale       REAL,\n"
  "  valid          INTEGER NOT NULL CHECK (valid IN (0, 1)),\n"
  "  invalid_reason TEXT,\n"
  "  computed_by    INTEGER NOT NULL,\n"
  "  created_at     TEXT NOT NULL\n"
  ");\n"
  "CREATE INDEX measure_by_patient ON measure (patient_id, instrument, date);\n"
  "\n"
  "CREATE TABLE licensed_wording (\n"
  "  instrument TEXT NOT NULL,\n"
  "  item       TEXT NOT NULL,\n"
  "  text       TEXT NOT NULL,\n"
  "  updated_at TEXT NOT NULL,\n"
  "  PRIMARY KEY (instrument, item)\n"
  ") WITHOUT ROWID;\n";

/* Version 5: the clinic, issued handouts, clinicians' own figures and the day's activity.
 * The clinic is one row: its branding goes on every handout, its clinician on the cover, its
 * progression parameters (the key file of physio_rule_params_to_string (), NULL for the
 * brief's defaults) start
 * every new programme. An issued handout keeps what it said (a JSON snapshot of the
 * prescriptions and their doses per week) so the next one can mark what is new, harder or
 * easier (brief 7). A clinician's own exercise may have a posed figure (the pose JSON of
 * data/FIGURES-FORMAT.md) or an attached image instead. The diary adds the day's minutes of
 * activity beside its steps (brief 6.8, the weekly 150 minutes). */
static const char schema_v5[] =
  "CREATE TABLE clinic (\n"
  "  id          INTEGER PRIMARY KEY CHECK (id = 1),\n"
  "  name        TEXT NOT NULL DEFAULT '',\n"
  "  address     TEXT NOT NULL DEFAULT '',\n"
  "  phone       TEXT NOT NULL DEFAULT '',\n"
  "  clinician   TEXT NOT NULL DEFAULT '',\n"
  "  logo        BLOB,\n"
  "  logo_type   TEXT CHECK (logo_type IN ('image/png', 'image/jpeg', 'image/svg+xml')),\n"
  "  rule_params TEXT,\n"
  "  updated_at  TEXT NOT NULL,\n"
  "  CHECK ((logo IS NULL) = (logo_type IS NULL))\n"
  ");\n"
  "INSERT INTO clinic (id, updated_at) VALUES (1, " PHYSIO_NOW_SQL ");\n"
  "\n"
  "CREATE TABLE handout_issue (\n"
  "  id           INTEGER PRIMARY KEY AUTOINCREMENT,\n"
  "  programme_id INTEGER NOT NULL REFERENCES programme (id) ON DELETE CASCADE,\n"
  "  issued_at    TEXT NOT NULL,\n"
  "  language     TEXT NOT NULL,\n"
  "  paper        TEXT NOT NULL CHECK (paper IN ('a4', 'letter')),\n"
  "  large_print  INTEGER NOT NULL CHECK (large_print IN (0, 1)),\n"
  "  content      TEXT NOT NULL CHECK (json_valid (content))\n"
  ");\n"
  "CREATE INDEX handout_issue_by_programme ON handout_issue (programme_id, id);\n"
  "\n"
  "CREATE TABLE exercise_figure (\n"
  "  exercise_id TEXT PRIMARY KEY REFERENCES exercise (id) ON DELETE CASCADE,\n"
  "  poses       TEXT CHECK (poses IS NULL OR json_valid (poses)),\n"
  "  image       BLOB,\n"
  "  image_type  TEXT CHECK (image_type IN ('image/png', 'image/jpeg', 'image/svg+xml')),\n"
  "  updated_at  TEXT NOT NULL,\n"
  "  CHECK ((image IS NULL) = (image_type IS NULL)),\n"
  "  CHECK (poses IS NOT NULL OR image IS NOT NULL)\n"
  ") WITHOUT ROWID;\n"
  "\n"
  "ALTER TABLE diary ADD COLUMN activity_minutes INTEGER\n"
  "  CHECK (activity_minutes BETWEEN 0 AND 1440);\n";

static const char * const migrations[] = {
  schema_v1,
  schema_v2,
  schema_v3,
  schema_v4,
  schema_v5,
};

G_STATIC_ASSERT (G_N_ELEMENTS (migrations) == PHYSIO_DATABASE_SCHEMA_VERSION);

/* Runs one statement of the update to @version; @kept is the format the file keeps when the
 * update fails (all steps are one transaction, so it is the format it had). */
static gboolean
exec_sql (sqlite3     *db,
          const char  *path,
          guint        version,
          guint        kept,
          const char  *sql,
          GError     **error)
{
  char *message = NULL;
  int rc;

  g_assert (db != NULL);

  rc = sqlite3_exec (db, sql, NULL, NULL, &message);
  if ((rc & 0xff) == SQLITE_FULL ||
      ((rc & 0xff) == SQLITE_IOERR && sqlite3_system_errno (db) == ENOSPC))
    {
      g_autofree char *detail = g_strdup_printf ("update it to format %u (it keeps format %u)",
                                                 version, kept);

      sqlite3_free (message);
      return _physio_database_set_write_error (SQLITE_FULL, 0, path, detail, error);
    }
  else if (rc != SQLITE_OK)
    {
      g_set_error (error, PHYSIO_DATABASE_ERROR, PHYSIO_DATABASE_ERROR_FAILED,
                   _("Could not update “%s” to format %u (%s). The file keeps format %u; "
                   "please report this problem."),
                   path, version, message ? message : sqlite3_errmsg (db), kept);
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

  if (from_version >= G_N_ELEMENTS (migrations))
    return TRUE;

  /* Every step in one transaction: a file that cannot be brought all the way up to date is
   * left exactly as it was (a fuzzer found a version 2 file whose second step failed after
   * the first had been committed). */
  if (!exec_sql (db, path, from_version + 1, from_version, "BEGIN IMMEDIATE;", error))
    return FALSE;

  for (guint version = from_version + 1; version <= G_N_ELEMENTS (migrations); version++)
    {
      /* The application id goes with every step, so a file is known to be ours from the
       * moment it holds anything of ours (physio-database-check.c). */
      g_autofree char *set_version = g_strdup_printf ("PRAGMA user_version = %u; "
                                                      "PRAGMA application_id = %d;", version,
                                                      PHYSIO_DATABASE_APPLICATION_ID);

      if (!exec_sql (db, path, version, from_version, migrations[version - 1], error) ||
          !exec_sql (db, path, version, from_version, set_version, error))
        {
          sqlite3_exec (db, "ROLLBACK;", NULL, NULL, NULL);
          return FALSE;
        }
      g_debug ("Migrated the database to schema version %u", version);
    }

  if (!exec_sql (db, path, G_N_ELEMENTS (migrations), from_version, "COMMIT;", error))
    {
      sqlite3_exec (db, "ROLLBACK;", NULL, NULL, NULL);
      return FALSE;
    }
  return TRUE;
}
