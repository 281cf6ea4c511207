-- schema-v3.sql: the third Physioplan schema, frozen.
--
-- SPDX-FileCopyrightText: 2026 The Physioplan authors
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- Migrations 1 to 3 of src/store/physio-migrations.c as they were released: the exercise
-- library, its full-text index, and patients with their programmes, logs, diary, audit log
-- and clinic templates. Never edit it: test-outcomes.c builds a version-3 file from it to
-- prove that files of that version still migrate. The index is created empty here.

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

-- Version 3: patients, programmes, logs, the diary, the audit log, clinic templates.
CREATE TABLE patient (
  id             INTEGER PRIMARY KEY AUTOINCREMENT,
  name           TEXT NOT NULL,
  sort_key       TEXT NOT NULL,
  search_key     TEXT NOT NULL,
  clinic_ref     TEXT,
  birth          TEXT,
  onset          TEXT,
  stage_override TEXT,
  radicular      INTEGER NOT NULL DEFAULT 0 CHECK (radicular IN (0, 1)),
  notes          TEXT,
  archived       INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
  screened       INTEGER NOT NULL DEFAULT 0 CHECK (screened IN (0, 1)),
  screened_by    TEXT,
  screened_on    TEXT,
  screen_notes   TEXT,
  created_at     TEXT NOT NULL,
  updated_at     TEXT NOT NULL
);
CREATE INDEX patient_by_name ON patient (archived, sort_key, id);

CREATE TABLE patient_condition (
  patient_id INTEGER NOT NULL REFERENCES patient (id) ON DELETE CASCADE,
  code       TEXT NOT NULL,
  rank       INTEGER NOT NULL,
  PRIMARY KEY (patient_id, code)
) WITHOUT ROWID;

CREATE TABLE red_flag_present (
  patient_id INTEGER NOT NULL REFERENCES patient (id) ON DELETE CASCADE,
  code       TEXT NOT NULL,
  rank       INTEGER NOT NULL,
  PRIMARY KEY (patient_id, code)
) WITHOUT ROWID;

CREATE TABLE programme (
  id               INTEGER PRIMARY KEY AUTOINCREMENT,
  patient_id       INTEGER NOT NULL REFERENCES patient (id) ON DELETE CASCADE,
  title            TEXT NOT NULL DEFAULT '',
  stage            TEXT,
  template_id      TEXT,
  clinician        TEXT,
  start_date       TEXT,
  weeks            INTEGER NOT NULL CHECK (weeks BETWEEN 1 AND 52),
  status           TEXT NOT NULL
                   CHECK (status IN ('draft', 'active', 'paused', 'suspended', 'completed')),
  progression_mode TEXT NOT NULL
                   CHECK (progression_mode IN ('pain_monitored', 'quota_based', 'manual')),
  rule_params      TEXT NOT NULL,
  created_at       TEXT NOT NULL,
  updated_at       TEXT NOT NULL
);
CREATE INDEX programme_by_patient ON programme (patient_id);

CREATE TABLE phase (
  programme_id INTEGER NOT NULL REFERENCES programme (id) ON DELETE CASCADE,
  rank         INTEGER NOT NULL,
  name         TEXT NOT NULL,
  week_from    INTEGER NOT NULL,
  week_to      INTEGER NOT NULL,
  goals        TEXT,
  PRIMARY KEY (programme_id, rank)
) WITHOUT ROWID;

CREATE TABLE education_item (
  programme_id INTEGER NOT NULL REFERENCES programme (id) ON DELETE CASCADE,
  rank         INTEGER NOT NULL,
  week         INTEGER NOT NULL,
  title        TEXT NOT NULL,
  body         TEXT,
  PRIMARY KEY (programme_id, rank)
) WITHOUT ROWID;

CREATE TABLE prescription (
  id                INTEGER PRIMARY KEY AUTOINCREMENT,
  programme_id      INTEGER NOT NULL REFERENCES programme (id) ON DELETE CASCADE,
  exercise_id       TEXT NOT NULL,
  exercise_snapshot TEXT NOT NULL,
  ord               INTEGER NOT NULL,
  week_from         INTEGER NOT NULL CHECK (week_from >= 1),
  week_to           INTEGER NOT NULL CHECK (week_to >= week_from),
  days_mask         INTEGER NOT NULL CHECK (days_mask BETWEEN 0 AND 127),
  laterality        TEXT NOT NULL
                    CHECK (laterality IN ('bilateral', 'each_side', 'alternating')),
  current_dose      TEXT NOT NULL,
  ladder_step       INTEGER NOT NULL DEFAULT 0 CHECK (ladder_step >= 0),
  note              TEXT,
  slot_group        TEXT,
  removed           INTEGER NOT NULL DEFAULT 0 CHECK (removed IN (0, 1))
);
CREATE INDEX prescription_by_programme ON prescription (programme_id, ord);

CREATE TABLE planned_dose (
  prescription_id INTEGER NOT NULL REFERENCES prescription (id) ON DELETE CASCADE,
  step            INTEGER NOT NULL CHECK (step >= 0),
  dose            TEXT NOT NULL,
  PRIMARY KEY (prescription_id, step)
) WITHOUT ROWID;

CREATE TABLE session_log (
  id                 INTEGER PRIMARY KEY AUTOINCREMENT,
  prescription_id    INTEGER NOT NULL REFERENCES prescription (id) ON DELETE RESTRICT,
  date               TEXT NOT NULL,
  completed_fraction REAL NOT NULL CHECK (completed_fraction >= 0),
  achieved           INTEGER CHECK (achieved >= 0),
  pain_before        INTEGER CHECK (pain_before BETWEEN 0 AND 10),
  pain_during_max    INTEGER CHECK (pain_during_max BETWEEN 0 AND 10),
  rpe                INTEGER CHECK (rpe BETWEEN 0 AND 10),
  note               TEXT,
  created_at         TEXT NOT NULL
);
CREATE INDEX session_log_by_prescription ON session_log (prescription_id, date);

CREATE TABLE diary (
  patient_id   INTEGER NOT NULL REFERENCES patient (id) ON DELETE CASCADE,
  date         TEXT NOT NULL,
  morning_pain INTEGER CHECK (morning_pain BETWEEN 0 AND 10),
  steps        INTEGER CHECK (steps >= 0),
  red_flag     INTEGER NOT NULL DEFAULT 0 CHECK (red_flag IN (0, 1)),
  note         TEXT,
  PRIMARY KEY (patient_id, date)
) WITHOUT ROWID;

CREATE TABLE dose_change (
  id              INTEGER PRIMARY KEY AUTOINCREMENT,
  prescription_id INTEGER NOT NULL REFERENCES prescription (id) ON DELETE RESTRICT,
  effective_date  TEXT NOT NULL,
  old_dose        TEXT NOT NULL,
  new_dose        TEXT NOT NULL,
  old_step        INTEGER NOT NULL CHECK (old_step >= 0),
  new_step        INTEGER NOT NULL CHECK (new_step >= 0),
  decision        TEXT NOT NULL
                  CHECK (decision IN ('STOP', 'REGRESS', 'HOLD', 'PROGRESS', 'READY',
                                     'SWAP')),
  proposed        TEXT NOT NULL
                  CHECK (proposed IN ('STOP', 'REGRESS', 'HOLD', 'PROGRESS', 'READY',
                                     'SWAP')),
  reasons         TEXT NOT NULL DEFAULT '',
  proposed_by     TEXT NOT NULL CHECK (proposed_by IN ('rule', 'clinician')),
  outcome         TEXT NOT NULL
                  CHECK (outcome IN ('accepted', 'edited', 'rejected', 'undone', 'redone')),
  accepted_by     TEXT,
  accepted_at     TEXT,
  swap_to         TEXT
);
CREATE INDEX dose_change_by_prescription ON dose_change (prescription_id, id);

CREATE TABLE user_template (
  id         INTEGER PRIMARY KEY AUTOINCREMENT,
  name       TEXT NOT NULL,
  json       TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
