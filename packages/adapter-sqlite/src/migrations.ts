/**
 * One step of the schema. Steps are applied in order, all pending ones inside a single IMMEDIATE
 * transaction, and `PRAGMA user_version` records the last one applied. A shipped step is never edited:
 * change the schema by appending a step.
 */
export interface Migration {
  readonly version: number
  readonly description: string
  readonly sql: string
}

/**
 * The schema, step by step.
 *
 * - `plans`: one row per plan id ever saved, with its current revision (`deleted` = 1 after deletePlan). Other
 *   tables refer to a plan by its integer `plan_key`, which keeps their indexes small and fast to update.
 * - `plan_revisions`: one row per revision: when it was written and the plan without its actions (`header`,
 *   NULL for a delete). Reads of the past pick the latest revision written at or before `asOf`.
 * - `action_versions`: every version of every action. A version is valid from the revision that wrote it
 *   until the revision that replaced it (`valid_to`, NULL while current), so a past revision's actions are
 *   `valid_from <= r AND (valid_to IS NULL OR valid_to > r)`. `state` and `due` are copied out of the JSON
 *   for the indexed queries.
 * - `history`: the audit trail, append-only (triggers refuse UPDATE and DELETE).
 * - `action_pillars` (step 2): one row per (action version, pillar) for the by-pillar query.
 * - `erasure_in_progress` (step 3): empty except inside a purge or erasure transaction (see step 3).
 */
export const migrations: readonly Migration[] = [
  {
    version: 1,
    description: 'plans, revisions, versioned actions, append-only history',
    sql: `
CREATE TABLE plans (
  plan_key INTEGER PRIMARY KEY,
  plan_id TEXT NOT NULL UNIQUE,
  revision INTEGER NOT NULL CHECK (revision >= 1),
  saved_at TEXT NOT NULL,
  deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
) STRICT;

CREATE TABLE plan_revisions (
  plan_key INTEGER NOT NULL REFERENCES plans (plan_key),
  revision INTEGER NOT NULL,
  saved_at TEXT NOT NULL,
  saved_at_ms INTEGER NOT NULL,
  header TEXT,
  action_count INTEGER NOT NULL,
  PRIMARY KEY (plan_key, revision)
) STRICT, WITHOUT ROWID;

CREATE TABLE action_versions (
  version_id INTEGER PRIMARY KEY,
  plan_key INTEGER NOT NULL REFERENCES plans (plan_key),
  action_id TEXT NOT NULL,
  position INTEGER NOT NULL,
  valid_from INTEGER NOT NULL,
  valid_to INTEGER,
  state TEXT NOT NULL,
  due TEXT,
  data TEXT NOT NULL
) STRICT;
CREATE UNIQUE INDEX action_versions_current ON action_versions (plan_key, action_id) WHERE valid_to IS NULL;
CREATE INDEX action_versions_by_revision ON action_versions (plan_key, valid_from);
CREATE INDEX action_versions_by_state ON action_versions (plan_key, state) WHERE valid_to IS NULL;

CREATE TABLE history (
  seq INTEGER PRIMARY KEY,
  plan_key INTEGER NOT NULL REFERENCES plans (plan_key),
  revision INTEGER NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('save', 'update', 'delete')),
  action_id TEXT,
  recorded_at TEXT NOT NULL,
  entry TEXT
) STRICT;
CREATE INDEX history_by_action ON history (plan_key, action_id, seq);

CREATE TRIGGER history_is_append_only_update BEFORE UPDATE ON history
BEGIN SELECT RAISE(ABORT, 'history is append-only: rows cannot be changed'); END;
CREATE TRIGGER history_is_append_only_delete BEFORE DELETE ON history
BEGIN SELECT RAISE(ABORT, 'history is append-only: rows cannot be deleted'); END;
CREATE TRIGGER plan_revisions_are_append_only_update BEFORE UPDATE ON plan_revisions
BEGIN SELECT RAISE(ABORT, 'plan revisions are append-only: rows cannot be changed'); END;
CREATE TRIGGER plan_revisions_are_append_only_delete BEFORE DELETE ON plan_revisions
BEGIN SELECT RAISE(ABORT, 'plan revisions are append-only: rows cannot be deleted'); END;
CREATE TRIGGER action_versions_are_immutable BEFORE UPDATE OF version_id, plan_key, action_id, position, valid_from, state, due, data ON action_versions
BEGIN SELECT RAISE(ABORT, 'action versions are immutable: only valid_to may be set, once'); END;
CREATE TRIGGER action_versions_close_once BEFORE UPDATE OF valid_to ON action_versions WHEN OLD.valid_to IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'action versions are immutable: only valid_to may be set, once'); END;
CREATE TRIGGER action_versions_are_kept BEFORE DELETE ON action_versions
BEGIN SELECT RAISE(ABORT, 'action versions are kept for reads of the past: rows cannot be deleted'); END;
`,
  },
  {
    version: 2,
    description: 'by-pillar and due-before indexes',
    sql: `
CREATE TABLE action_pillars (
  plan_key INTEGER NOT NULL,
  pillar TEXT NOT NULL,
  version_id INTEGER NOT NULL REFERENCES action_versions (version_id),
  PRIMARY KEY (plan_key, pillar, version_id)
) STRICT, WITHOUT ROWID;
INSERT OR IGNORE INTO action_pillars (plan_key, pillar, version_id)
  SELECT a.plan_key, p.value, a.version_id FROM action_versions AS a, json_each(a.data, '$.pillars') AS p
  WHERE p.type = 'text';
CREATE INDEX action_versions_by_due ON action_versions (plan_key, due) WHERE valid_to IS NULL;
`,
  },
  {
    version: 3,
    description: 'erasure: an erasure history kind; append-only triggers that only an erasure may pass',
    // The append-only triggers now let a row through while `erasure_in_progress` holds its one row. The store
    // inserts it at the start of a purgePlan / erasePerson transaction and deletes it before commit, so no
    // other write ever sees it; anyone else still meets the triggers. `history` is rebuilt to widen the
    // CHECK on `kind` (SQLite cannot alter a CHECK constraint).
    sql: `
CREATE TABLE erasure_in_progress (one INTEGER PRIMARY KEY CHECK (one = 1)) STRICT;

DROP TRIGGER history_is_append_only_update;
DROP TRIGGER history_is_append_only_delete;
CREATE TABLE history_v3 (
  seq INTEGER PRIMARY KEY,
  plan_key INTEGER NOT NULL REFERENCES plans (plan_key),
  revision INTEGER NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('save', 'update', 'delete', 'erasure')),
  action_id TEXT,
  recorded_at TEXT NOT NULL,
  entry TEXT
) STRICT;
INSERT INTO history_v3 (seq, plan_key, revision, kind, action_id, recorded_at, entry)
  SELECT seq, plan_key, revision, kind, action_id, recorded_at, entry FROM history;
DROP TABLE history;
ALTER TABLE history_v3 RENAME TO history;
CREATE INDEX history_by_action ON history (plan_key, action_id, seq);

CREATE TRIGGER history_is_append_only_update BEFORE UPDATE ON history
WHEN NOT EXISTS (SELECT 1 FROM erasure_in_progress)
BEGIN SELECT RAISE(ABORT, 'history is append-only: rows cannot be changed'); END;
CREATE TRIGGER history_is_append_only_delete BEFORE DELETE ON history
WHEN NOT EXISTS (SELECT 1 FROM erasure_in_progress)
BEGIN SELECT RAISE(ABORT, 'history is append-only: rows cannot be deleted'); END;

DROP TRIGGER plan_revisions_are_append_only_update;
DROP TRIGGER plan_revisions_are_append_only_delete;
CREATE TRIGGER plan_revisions_are_append_only_update BEFORE UPDATE ON plan_revisions
WHEN NOT EXISTS (SELECT 1 FROM erasure_in_progress)
BEGIN SELECT RAISE(ABORT, 'plan revisions are append-only: rows cannot be changed'); END;
CREATE TRIGGER plan_revisions_are_append_only_delete BEFORE DELETE ON plan_revisions
WHEN NOT EXISTS (SELECT 1 FROM erasure_in_progress)
BEGIN SELECT RAISE(ABORT, 'plan revisions are append-only: rows cannot be deleted'); END;

DROP TRIGGER action_versions_are_immutable;
DROP TRIGGER action_versions_close_once;
DROP TRIGGER action_versions_are_kept;
CREATE TRIGGER action_versions_are_immutable BEFORE UPDATE OF version_id, plan_key, action_id, position, valid_from, state, due, data ON action_versions
WHEN NOT EXISTS (SELECT 1 FROM erasure_in_progress)
BEGIN SELECT RAISE(ABORT, 'action versions are immutable: only valid_to may be set, once'); END;
CREATE TRIGGER action_versions_close_once BEFORE UPDATE OF valid_to ON action_versions
WHEN OLD.valid_to IS NOT NULL AND NOT EXISTS (SELECT 1 FROM erasure_in_progress)
BEGIN SELECT RAISE(ABORT, 'action versions are immutable: only valid_to may be set, once'); END;
CREATE TRIGGER action_versions_are_kept BEFORE DELETE ON action_versions
WHEN NOT EXISTS (SELECT 1 FROM erasure_in_progress)
BEGIN SELECT RAISE(ABORT, 'action versions are kept for reads of the past: rows cannot be deleted'); END;
`,
  },
]

/**
 * `PRAGMA application_id` of every techcommit SQLite file ("TCMT" in ASCII). Open refuses a file whose id is
 * anything else, so a store never writes into another application's database.
 *
 * @example
 * new Database(file, { readonly: true }).pragma('application_id', { simple: true }) === applicationId
 */
export const applicationId = 0x54434d54

/**
 * The schema version this build writes and understands.
 *
 * @example
 * if (db.pragma('user_version', { simple: true }) > schemaVersion) console.warn('made by a newer techcommit')
 */
export const schemaVersion: number = migrations.at(-1)!.version
