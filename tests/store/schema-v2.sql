-- schema-v2.sql: the second Physioplan schema, frozen.
--
-- SPDX-FileCopyrightText: 2026 The Physioplan authors
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- Migrations 1 and 2 of src/store/physio-migrations.c as they were released: the exercise
-- library and its full-text index. Never edit it: test-database.c builds a version-2 file from
-- it to prove that files of that version still migrate. The index is created empty here; a
-- file builds its rows into it.

CREATE TABLE meta (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE exercise (
  handle                INTEGER PRIMARY KEY AUTOINCREMENT,
  id                    TEXT NOT NULL UNIQUE,
  name                  TEXT NOT NULL,
  sort_key              TEXT NOT NULL,
  category              TEXT NOT NULL,
  position              TEXT NOT NULL,
  dosage_kind           TEXT NOT NULL,
  laterality            TEXT NOT NULL,
  default_dose          TEXT NOT NULL,
  dose_limits           TEXT NOT NULL,
  caution_text          TEXT NOT NULL DEFAULT '',
  contraindication_text TEXT NOT NULL DEFAULT '',
  progression_note      TEXT NOT NULL DEFAULT '',
  regression_note       TEXT NOT NULL DEFAULT '',
  source                TEXT NOT NULL CHECK (source IN ('builtin', 'custom')),
  version               INTEGER NOT NULL CHECK (version >= 1),
  created_at            TEXT NOT NULL,
  updated_at            TEXT NOT NULL,
  CHECK (source = 'builtin' OR substr (id, 1, 2) = 'X-')
);
CREATE INDEX exercise_by_name ON exercise (sort_key, id);
CREATE INDEX exercise_by_category ON exercise (category);
CREATE INDEX exercise_by_position ON exercise (position);

CREATE TABLE alias (
  exercise INTEGER NOT NULL REFERENCES exercise (handle) ON DELETE CASCADE,
  rank     INTEGER NOT NULL,
  text     TEXT NOT NULL,
  PRIMARY KEY (exercise, rank)
) WITHOUT ROWID;

CREATE TABLE step (
  exercise INTEGER NOT NULL REFERENCES exercise (handle) ON DELETE CASCADE,
  rank     INTEGER NOT NULL,
  text     TEXT NOT NULL,
  PRIMARY KEY (exercise, rank)
) WITHOUT ROWID;

CREATE TABLE cue (
  exercise INTEGER NOT NULL REFERENCES exercise (handle) ON DELETE CASCADE,
  rank     INTEGER NOT NULL,
  text     TEXT NOT NULL,
  PRIMARY KEY (exercise, rank)
) WITHOUT ROWID;

CREATE TABLE tag (
  exercise INTEGER NOT NULL REFERENCES exercise (handle) ON DELETE CASCADE,
  kind     TEXT NOT NULL
           CHECK (kind IN ('region', 'equipment', 'stage', 'caution', 'evidence')),
  value    TEXT NOT NULL,
  rank     INTEGER NOT NULL,
  PRIMARY KEY (exercise, kind, value)
) WITHOUT ROWID;
CREATE INDEX tag_by_value ON tag (kind, value, exercise);

CREATE TABLE link (
  from_id TEXT NOT NULL REFERENCES exercise (id) ON DELETE CASCADE,
  to_id   TEXT NOT NULL,
  kind    TEXT NOT NULL CHECK (kind IN ('progression', 'regression')),
  rank    INTEGER NOT NULL,
  PRIMARY KEY (from_id, kind, to_id),
  CHECK (from_id <> to_id)
) WITHOUT ROWID;
CREATE INDEX link_by_target ON link (to_id);

CREATE VIRTUAL TABLE exercise_fts USING fts5 (
  name, aliases, steps, cues,
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '1 2'
);
