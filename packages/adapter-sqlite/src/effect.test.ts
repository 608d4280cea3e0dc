import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PlanStore, StorageError } from '@techcommit/core/effect'
import { buildTestPlan, buildTestUpdate } from '@techcommit/core/testing'
import Database from 'better-sqlite3'
import { Effect } from 'effect'
import { afterAll, describe, expect, it } from 'vitest'
import { layer } from './effect'

const dir = mkdtempSync(join(tmpdir(), 'techcommit-sqlite-effect-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
const at = '2026-01-05T09:00:00.000Z'

describe('layer (Effect)', () => {
  it('provides PlanStore on the file, with conflicts in the error channel, and closes the file after', async () => {
    const filename = join(dir, 'effect.db')
    const program = Effect.gen(function* () {
      const store = yield* PlanStore
      yield* store.savePlan(buildTestPlan({ id: 'p' }))
      yield* store.recordUpdate('p', 'A1', buildTestUpdate({ at, note: 'first' }), { expectedRevision: 1 })
      return yield* store
        .recordUpdate('p', 'A1', buildTestUpdate({ at, note: 'stale' }), { expectedRevision: 1 })
        .pipe(Effect.catchTag('Conflict', (e) => Effect.succeed(`conflict at ${e.currentRevision}`)))
    })
    expect(await Effect.runPromise(Effect.provide(program, layer({ filename, now: () => at })))).toBe(
      'conflict at 2',
    )
    // The Layer closed the connection: SQLite removes the WAL file when the last connection closes.
    expect(existsSync(`${filename}-wal`)).toBe(false)
    const db = new Database(filename, { readonly: true })
    expect(
      db.prepare("SELECT count(*) AS n FROM history JOIN plans USING (plan_key) WHERE plan_id = 'p'").get(),
    ).toEqual({ n: 2 })
    db.close()
  })

  it('fails to build with StorageError when the file cannot be opened', async () => {
    const program = PlanStore.use((store) => store.listPlans())
    const error = await Effect.runPromise(
      Effect.flip(Effect.provide(program, layer({ filename: join(dir, 'missing', 'x.db') }))),
    )
    expect(error).toBeInstanceOf(StorageError)
    expect(error.message).toContain('Could not open the SQLite file')
  })
})
