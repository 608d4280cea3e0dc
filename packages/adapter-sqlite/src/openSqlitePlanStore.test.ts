import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ConflictError, StorageError } from '@techcommit/core'
import { buildTestPlan, buildTestUpdate, runPlanStoreConformance } from '@techcommit/core/testing'
import Database from 'better-sqlite3'
import { afterAll, describe, expect, it } from 'vitest'
import { openDatabase } from './openDatabase'
import { applicationId } from './migrations'
import { expectRefusedUntouched } from '../test/expectRefusedUntouched'
import { openSqlitePlanStore } from './openSqlitePlanStore'

const dir = mkdtempSync(join(tmpdir(), 'techcommit-sqlite-'))
let counter = 0
const freshFile = () => join(dir, `store-${++counter}.db`)
afterAll(() => rmSync(dir, { recursive: true, force: true }))

runPlanStoreConformance('sqlite (:memory:)', ({ now }) => openSqlitePlanStore({ filename: ':memory:', now }))
runPlanStoreConformance('sqlite (file, WAL)', ({ now }) =>
  openSqlitePlanStore({ filename: freshFile(), now }),
)

const at = '2026-01-05T09:00:00.000Z'

describe('openSqlitePlanStore', () => {
  it('sets WAL, foreign keys, the busy timeout and the schema version', async () => {
    const filename = freshFile()
    const db = openDatabase(filename, 1234)
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal')
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1)
    expect(db.pragma('busy_timeout', { simple: true })).toBe(1234)
    expect(db.pragma('synchronous', { simple: true })).toBe(1) // NORMAL
    expect(db.pragma('user_version', { simple: true })).toBe(3)
    expect(db.pragma('application_id', { simple: true })).toBe(applicationId)
    expect(db.pragma('secure_delete', { simple: true })).toBe(1)
    expect(() =>
      db
        .prepare(
          "INSERT INTO action_versions (plan_key, action_id, position, valid_from, state, data) VALUES (42, 'a', 0, 1, 'unknown', '{}')",
        )
        .run(),
    ).toThrow(/FOREIGN KEY/)
    db.close()
  })

  it('defaults the clock to the system time', async () => {
    const store = openSqlitePlanStore({ filename: ':memory:' })
    await store.savePlan(buildTestPlan({ id: 'p' }))
    const savedAt = (await store.getPlan('p'))?.savedAt ?? ''
    expect(savedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/)
    await store.close()
  })

  it('refuses UPDATE and DELETE on history rows (append-only triggers)', async () => {
    const filename = freshFile()
    const store = openSqlitePlanStore({ filename, now: () => at })
    await store.savePlan(buildTestPlan({ id: 'p' }))
    await store.recordUpdate('p', 'A1', buildTestUpdate({ at, note: 'kept' }), { expectedRevision: 1 })
    await store.close()
    const db = new Database(filename)
    expect(() => db.prepare("UPDATE history SET entry = 'x'").run()).toThrow(/append-only/)
    expect(() => db.prepare('DELETE FROM history').run()).toThrow(/append-only/)
    expect(() => db.prepare('DELETE FROM plan_revisions').run()).toThrow(/append-only/)
    expect(() => db.prepare("UPDATE action_versions SET data = '{}'").run()).toThrow(/immutable/)
    expect(() =>
      db.prepare('UPDATE action_versions SET valid_to = 99 WHERE valid_to IS NOT NULL').run(),
    ).toThrow(/immutable/)
    expect(() => db.prepare('DELETE FROM action_versions').run()).toThrow(/kept/)
    expect(db.prepare('SELECT count(*) AS n FROM history').get()).toEqual({ n: 2 })
    db.close()
  })

  it('refuses a file written by a newer schema with a clear StorageError, leaving it untouched', () => {
    const filename = freshFile()
    const raw = new Database(filename)
    raw.exec('CREATE TABLE future (x INTEGER)')
    raw.pragma('user_version = 7')
    raw.pragma(`application_id = ${applicationId}`)
    raw.close()
    expectRefusedUntouched(filename, /schema version 7.*upgrade @techcommit\/adapter-sqlite/s)
  })

  it('reports a file that is not a database as StorageError', () => {
    const filename = freshFile()
    writeFileSync(filename, 'Action,Owner\nRun a showcase,SRM\n'.repeat(200))
    expect(() => openSqlitePlanStore({ filename })).toThrow(StorageError)
    expect(() => openSqlitePlanStore({ filename: join(dir, 'no-such-folder', 'x.db') })).toThrow(StorageError)
  })

  it('backs up to a file that opens as a store with the same plans and history', async () => {
    const store = openSqlitePlanStore({ filename: freshFile(), now: () => at })
    const plan = buildTestPlan({ id: 'p', actionCount: 50 })
    await store.savePlan(plan)
    await store.recordUpdate('p', 'A7', buildTestUpdate({ at, note: 'before backup' }), {
      expectedRevision: 1,
    })
    const copy = join(dir, 'backup.db')
    await store.backup(copy)
    await store.recordUpdate('p', 'A7', buildTestUpdate({ at, note: 'after backup' }), {
      expectedRevision: 2,
    })
    await store.close()
    const restored = openSqlitePlanStore({ filename: copy })
    expect((await restored.getPlan('p'))?.revision).toBe(2)
    expect((await restored.history('p', 'A7')).map((e) => e.update?.note)).toEqual(['before backup'])
    expect((await restored.getPlan('p'))?.plan.actions).toHaveLength(50)
    await restored.close()
  })

  it('fails every call after close() with StorageError, and closing twice is harmless', async () => {
    const store = openSqlitePlanStore({ filename: ':memory:' })
    await store.close()
    await store.close()
    await expect(store.listPlans()).rejects.toBeInstanceOf(StorageError)
    await expect(store.backup(join(dir, 'never.db'))).rejects.toBeInstanceOf(StorageError)
  })

  it('sees writes made through another connection to the same file and detects the conflict', async () => {
    const filename = freshFile()
    const a = openSqlitePlanStore({ filename, now: () => at })
    const b = openSqlitePlanStore({ filename, now: () => at })
    await a.savePlan(buildTestPlan({ id: 'p' }))
    expect((await b.getPlan('p'))?.revision).toBe(1)
    await b.recordUpdate('p', 'A1', buildTestUpdate({ at, note: 'from b' }), { expectedRevision: 1 })
    const error = await a
      .recordUpdate('p', 'A2', buildTestUpdate({ at }), { expectedRevision: 1 })
      .catch((e) => e)
    expect(error).toBeInstanceOf(ConflictError)
    expect(error).toMatchObject({ currentRevision: 2 })
    await a.close()
    await b.close()
  })

  it('reports a lock held past busyTimeoutMs as StorageError, not as a conflict', async () => {
    const filename = freshFile()
    const store = openSqlitePlanStore({ filename, busyTimeoutMs: 50, now: () => at })
    const holder = new Database(filename)
    holder.exec('BEGIN IMMEDIATE')
    const error = await store.savePlan(buildTestPlan({ id: 'p' })).catch((e) => e)
    holder.exec('ROLLBACK')
    holder.close()
    expect(error).toBeInstanceOf(StorageError)
    expect((error as Error).message).toContain('busyTimeoutMs')
    expect(await store.listPlans()).toEqual([])
    await store.close()
  })

  it('answers the by-pillar, by-status and due-before queries from indexes', async () => {
    const filename = freshFile()
    const store = openSqlitePlanStore({ filename })
    await store.close()
    const db = new Database(filename)
    const plan = (q: string) =>
      (db.prepare(`EXPLAIN QUERY PLAN ${q}`).all() as { detail: string }[]).map((r) => r.detail).join(' | ')
    const overdueByPillar = plan(
      `SELECT a.data FROM action_versions AS a WHERE a.plan_key = 1 AND a.valid_to IS NULL
       AND a.version_id IN (SELECT version_id FROM action_pillars WHERE plan_key = 1 AND pillar = 'V')
       AND a.due < '2026-01-01' ORDER BY a.position`,
    )
    // Both sides of the overdue-by-pillar query are index searches; no full scan of action_versions.
    expect(overdueByPillar).toContain('SEARCH action_pillars USING PRIMARY KEY (plan_key=? AND pillar=?)')
    expect(overdueByPillar).toMatch(/SEARCH a USING (INTEGER PRIMARY KEY|INDEX action_versions_by_due)/)
    expect(overdueByPillar).not.toMatch(/SCAN a\b/)
    expect(
      plan("SELECT data FROM action_versions WHERE plan_key = 1 AND valid_to IS NULL AND state = 'complete'"),
    ).toContain('action_versions_by_state')
    expect(
      plan("SELECT data FROM action_versions WHERE plan_key = 1 AND valid_to IS NULL AND due < '2026-01-01'"),
    ).toContain('action_versions_by_due')
    db.close()
  })
})
