import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { buildTestPlan, buildTestUpdate } from '@techcommit/core/testing'
import { afterAll, describe, expect, it } from 'vitest'
import { openSqlitePlanStore } from './openSqlitePlanStore'

// Erasure must reach the bytes: after erasePerson or purgePlan, neither the database file nor its WAL may
// still hold the text, not even in free pages or old page images.

const dir = mkdtempSync(join(tmpdir(), 'techcommit-erasure-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const at = '2026-01-05T09:00:00.000Z'

function bytesHold(filename: string, text: string): { file: boolean; wal: boolean } {
  const needle = Buffer.from(text, 'utf8')
  const wal = `${filename}-wal`
  return {
    file: readFileSync(filename).includes(needle),
    wal: existsSync(wal) && readFileSync(wal).includes(needle),
  }
}

describe('erasure on disk', () => {
  it('leaves no copy of an erased name in the file or the WAL', async () => {
    const filename = join(dir, 'erase.db')
    const name = 'Philippa Quartermaine-Ødegaard'
    const store = openSqlitePlanStore({ filename, now: () => at })
    // Enough actions that the plan spans many pages, and several revisions that each wrote the name.
    const plan = buildTestPlan({ id: 'p', actionCount: 120 })
    for (const action of plan.actions) {
      action.owners = [name]
      action.ownersText = `${name} (lead)`
    }
    await store.savePlan(plan)
    await store.recordUpdate('p', 'A7', buildTestUpdate({ at, by: name, note: `${name} reported` }), {
      expectedRevision: 1,
    })
    await store.savePlan(plan)
    expect(bytesHold(filename, name)).toMatchObject({ wal: true })

    const { plans } = await store.erasePerson(name)
    expect(plans).toEqual([{ planId: 'p', revision: 4 }])
    // While the store is still open (no close-time checkpoint to help):
    expect(bytesHold(filename, name)).toEqual({ file: false, wal: false })
    expect((await store.getPlan('p'))?.plan.actions[0]?.owners).toEqual(['[erased]'])
    await store.close()
    expect(bytesHold(filename, name)).toEqual({ file: false, wal: false })
  })

  it('leaves no byte of a purged plan in the file or the WAL', async () => {
    const filename = join(dir, 'purge.db')
    const marker = 'ZEBRA-CROSSING-7741'
    const store = openSqlitePlanStore({ filename, now: () => at })
    await store.savePlan(buildTestPlan({ id: 'keep', actionCount: 30 }))
    const secret = buildTestPlan({ id: 'secret', title: marker, actionCount: 80 })
    for (const action of secret.actions) action.notes = `${marker} ${action.id}`
    await store.savePlan(secret)
    await store.recordUpdate('secret', 'A1', buildTestUpdate({ at, note: marker }), { expectedRevision: 1 })
    await store.deletePlan('secret')
    await store.purgePlan('secret')
    expect(bytesHold(filename, marker)).toEqual({ file: false, wal: false })
    expect((await store.getPlan('keep'))?.plan.actions).toHaveLength(30)
    await store.close()
    expect(bytesHold(filename, marker)).toEqual({ file: false, wal: false })
  })

  it('keeps the append-only triggers for every other writer', async () => {
    const filename = join(dir, 'triggers.db')
    const store = openSqlitePlanStore({ filename, now: () => at })
    await store.savePlan(buildTestPlan({ id: 'p' }))
    await store.purgePlan('p')
    await store.savePlan(buildTestPlan({ id: 'p' }))
    await store.close()
    const { default: Database } = await import('better-sqlite3')
    const db = new Database(filename)
    expect(db.prepare('SELECT count(*) AS n FROM erasure_in_progress').get()).toEqual({ n: 0 })
    expect(() => db.prepare('DELETE FROM history').run()).toThrow(/append-only/)
    expect(() => db.prepare('DELETE FROM action_versions').run()).toThrow(/kept/)
    db.close()
  })
})
