import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { StorageError } from '@techcommit/core'
import { buildTestAction, buildTestStatus, buildTestUpdate } from '@techcommit/core/testing'
import Database from 'better-sqlite3'
import { afterAll, describe, expect, it } from 'vitest'
import { applicationId, migrations } from './migrations'
import { openSqlitePlanStore } from './openSqlitePlanStore'

const dir = mkdtempSync(join(tmpdir(), 'techcommit-migrations-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

// Schema version 1 exactly as it shipped. Files in the wild were made by it, so it must never change.
const v1Ddl = `
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
`

const legacyHeader = {
  id: 'legacy',
  institution: 'Old University',
  title: 'Plan written by schema 1',
  period: { text: null, start: null, end: null },
  taxonomy: 'technician-commitment',
  dateContext: {},
}
const l1 = buildTestAction({ id: 'L1', pillars: ['V'], pillarsText: 'V' })
const l2 = buildTestAction({ id: 'L2', pillars: ['R', 'S'], pillarsText: 'R, S' })
const update = buildTestUpdate({
  at: '2025-03-01T10:00:00.000Z',
  status: buildTestStatus({ text: 'Done', state: 'complete', percent: 100 }),
  note: 'closed in schema 1',
})
const l2Updated = { ...l2, status: update.status, updates: [...l2.updates, update] }

/** A file as schema 1 left it: plan "legacy" saved at revision 1, then action L2 updated (revision 2). */
function writeV1File(filename: string, extraSql = ''): void {
  const db = new Database(filename)
  db.exec(v1Ddl)
  const insertAction = db.prepare(
    'INSERT INTO action_versions (plan_key, action_id, position, valid_from, valid_to, state, due, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  )
  db.transaction(() => {
    db.prepare("INSERT INTO plans VALUES (1, 'legacy', 2, '2025-03-01T10:00:00.000Z', 0)").run()
    const header = JSON.stringify(legacyHeader)
    db.prepare("INSERT INTO plan_revisions VALUES (1, 1, '2025-01-01T00:00:00.000Z', ?, ?, 2)").run(
      Date.parse('2025-01-01T00:00:00.000Z'),
      header,
    )
    db.prepare("INSERT INTO plan_revisions VALUES (1, 2, '2025-03-01T10:00:00.000Z', ?, ?, 2)").run(
      Date.parse('2025-03-01T10:00:00.000Z'),
      header,
    )
    insertAction.run(1, 'L1', 0, 1, null, l1.status.state, l1.target.due, JSON.stringify(l1))
    insertAction.run(1, 'L2', 1, 1, 2, l2.status.state, l2.target.due, JSON.stringify(l2))
    insertAction.run(1, 'L2', 1, 2, null, 'complete', l2.target.due, JSON.stringify(l2Updated))
    db.prepare(
      "INSERT INTO history (plan_key, revision, kind, action_id, recorded_at, entry) VALUES (1, 1, 'save', NULL, '2025-01-01T00:00:00.000Z', NULL)",
    ).run()
    db.prepare(
      "INSERT INTO history (plan_key, revision, kind, action_id, recorded_at, entry) VALUES (1, 2, 'update', 'L2', '2025-03-01T10:00:00.000Z', ?)",
    ).run(JSON.stringify(update))
  })()
  if (extraSql) db.exec(extraSql)
  db.pragma('user_version = 1')
  db.close()
}

const schemaOf = (filename: string): string[] => {
  const db = new Database(filename, { readonly: true })
  const rows = db
    .prepare("SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name")
    .all() as { type: string; name: string; sql: string }[]
  db.close()
  return rows.map((r) => `${r.type} ${r.name}: ${r.sql}`)
}

describe('schema migrations', () => {
  it('keeps step 1 exactly as it shipped', () => {
    expect(migrations[0]?.version).toBe(1)
    expect(migrations[0]?.sql).toBe(v1Ddl)
    expect(migrations.map((m) => m.version)).toEqual([1, 2, 3])
  })

  it('upgrades a schema-1 file in place without losing rows', async () => {
    const filename = join(dir, 'v1.db')
    writeV1File(filename)
    const store = openSqlitePlanStore({ filename, now: () => '2026-01-05T09:00:00.000Z' })
    const stored = await store.getPlan('legacy')
    expect(stored).toEqual({
      plan: { ...legacyHeader, actions: [l1, l2Updated] },
      revision: 2,
      savedAt: '2025-03-01T10:00:00.000Z',
    })
    expect((await store.getPlan('legacy', { asOf: '2025-02-01T00:00:00Z' }))?.plan.actions).toEqual([l1, l2])
    expect((await store.history('legacy')).map((e) => [e.kind, e.actionId, e.revision])).toEqual([
      ['save', null, 1],
      ['update', 'L2', 2],
    ])
    // Step 2 filled the pillar index from the rows that were already there.
    expect((await store.listActions('legacy', { pillar: 'S' })).map((a) => a.id)).toEqual(['L2'])
    expect((await store.listActions('legacy', { pillar: 'V' })).map((a) => a.id)).toEqual(['L1'])
    expect(
      (await store.listActions('legacy', { pillar: 'R', asOf: '2025-02-01T00:00:00Z' }))[0]?.status.state,
    ).toBe('in-progress')
    // And the upgraded file keeps working.
    expect(await store.recordUpdate('legacy', 'L1', update, { expectedRevision: 2 })).toEqual({ revision: 3 })
    await store.close()
    const db = new Database(filename, { readonly: true })
    expect(db.pragma('user_version', { simple: true })).toBe(3)
    // The file had no application id (written before it existed); the upgrade claims it.
    expect(db.pragma('application_id', { simple: true })).toBe(applicationId)
    db.close()
  })

  it('gives an upgraded file the same schema as a new one', async () => {
    const upgraded = join(dir, 'upgraded.db')
    writeV1File(upgraded)
    await openSqlitePlanStore({ filename: upgraded }).close()
    const created = join(dir, 'created.db')
    await openSqlitePlanStore({ filename: created }).close()
    expect(schemaOf(upgraded)).toEqual(schemaOf(created))
  })

  it('applies all pending steps in one transaction: a failing step leaves the file at schema 1', () => {
    const filename = join(dir, 'blocked.db')
    // A stray index with the name of step 2's last statement makes step 2 fail after it has already created
    // and filled action_pillars: the rollback must undo that too.
    writeV1File(filename, 'CREATE TABLE stray (x INTEGER); CREATE INDEX action_versions_by_due ON stray (x)')
    expect(() => openSqlitePlanStore({ filename })).toThrow(StorageError)
    const db = new Database(filename, { readonly: true })
    expect(db.pragma('user_version', { simple: true })).toBe(1)
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'action_pillars'").all()).toEqual([])
    expect(db.prepare('SELECT count(*) AS n FROM action_versions').get()).toEqual({ n: 3 })
    db.close()
  })
})
