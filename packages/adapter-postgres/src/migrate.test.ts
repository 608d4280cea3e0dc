import { StorageError } from '@techcommit/core'
import { buildTestPlan, buildTestUpdate } from '@techcommit/core/testing'
import pg from 'pg'
import { afterAll, describe, expect, it } from 'vitest'
import { freshSchema, usePostgres } from '../test/usePostgres'
import { postgresSchemaVersion } from './migrations'
import { openPostgresPlanStore } from './openPostgresPlanStore'

const connectionString = usePostgres()
const at = '2026-01-05T09:00:00.000Z'

async function rejection(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise
  } catch (error) {
    return error as Error
  }
  throw new Error('expected the call to be refused')
}

describe.runIf(connectionString !== null)('openPostgresPlanStore: schema, pool and safety', () => {
  const pool = new pg.Pool({ connectionString: connectionString ?? undefined, max: 6 })
  afterAll(() => pool.end())

  it('migrates once when four servers start at the same moment', async () => {
    const schema = freshSchema('start')
    // Four pools, as four app servers would have.
    const stores = await Promise.all(
      [0, 1, 2, 3].map(() => openPostgresPlanStore({ connectionString: connectionString!, schema })),
    )
    const { rows } = await pool.query(`SELECT version FROM "${schema}".schema_migrations ORDER BY version`)
    expect(rows).toEqual([{ version: postgresSchemaVersion }])
    await stores[0]!.savePlan(buildTestPlan({ id: 'p' }))
    expect((await stores[3]!.getPlan('p'))?.revision).toBe(1)
    for (const store of stores) await store.close()
  })

  it('refuses a schema that holds tables of another application, changing nothing', async () => {
    const schema = freshSchema('foreign')
    await pool.query(`CREATE SCHEMA "${schema}"; CREATE TABLE "${schema}".plans (id text, budget numeric)`)
    const error = await rejection(openPostgresPlanStore({ pool, schema }))
    expect(error).toBeInstanceOf(StorageError)
    expect(error.message).toMatch(/holds tables that are not techcommit's \(plans\).*not changed/)
    const { rows } = await pool.query(
      'SELECT table_name FROM information_schema.tables WHERE table_schema = $1',
      [schema],
    )
    expect(rows).toEqual([{ table_name: 'plans' }])
  })

  it('refuses a schema migrated by a newer release', async () => {
    const schema = freshSchema('newer')
    await (await openPostgresPlanStore({ pool, schema })).close()
    await pool.query(`INSERT INTO "${schema}".schema_migrations (version, description) VALUES (99, 'future')`)
    const error = await rejection(openPostgresPlanStore({ pool, schema }))
    expect(error).toBeInstanceOf(StorageError)
    expect(error.message).toMatch(/version 99.*upgrade @techcommit\/adapter-postgres/)
  })

  it('refuses a schema name that is not a plain identifier, before touching the database', async () => {
    for (const schema of ['Robert"; DROP SCHEMA public; --', 'UPPER', '', '1st', 'x'.repeat(64)]) {
      const error = await rejection(openPostgresPlanStore({ pool, schema }))
      expect(error).toBeInstanceOf(StorageError)
      expect(error.message).toContain('schema name')
    }
  })

  it('leaves a pool it was given open after close(), and fails later calls with StorageError', async () => {
    const store = await openPostgresPlanStore({ pool, schema: freshSchema('pool') })
    await store.savePlan(buildTestPlan({ id: 'p' }))
    await store.close()
    await store.close() // harmless
    expect((await pool.query('SELECT 1 AS one')).rows).toEqual([{ one: 1 }])
    const error = await rejection(store.getPlan('p'))
    expect(error).toBeInstanceOf(StorageError)
    expect(error.message).toContain('closed')
  })

  it('reports an unreachable server as StorageError saying what to check', async () => {
    const error = await rejection(
      openPostgresPlanStore({ connectionString: 'postgres://nobody@127.0.0.1:1/none', schema: 'x' }),
    )
    expect(error).toBeInstanceOf(StorageError)
    expect(error.message).toMatch(/is running and reachable/)
  })

  it('refuses UPDATE and DELETE of history, revisions and action versions from plain SQL', async () => {
    const schema = freshSchema('append')
    const store = await openPostgresPlanStore({ pool, schema, now: () => at })
    await store.savePlan(buildTestPlan({ id: 'p' }))
    await store.recordUpdate('p', 'A1', buildTestUpdate({ at, note: 'kept' }), { expectedRevision: 1 })
    await store.close()
    const s = `"${schema}"`
    for (const sql of [
      `UPDATE ${s}.history SET entry = 'x'`,
      `DELETE FROM ${s}.history`,
      `DELETE FROM ${s}.plan_revisions`,
      `UPDATE ${s}.action_versions SET data = '{}'`,
      `UPDATE ${s}.action_versions SET valid_to = 99 WHERE valid_to IS NOT NULL`,
      `DELETE FROM ${s}.action_versions`,
    ]) {
      expect((await rejection(pool.query(sql))).message).toMatch(/append-only|immutable/)
    }
    const { rows } = await pool.query(`SELECT count(*)::int AS n FROM ${s}.history`)
    expect(rows).toEqual([{ n: 2 }])
  })

  it('answers the action queries from the indexed columns, with ids holding NUL and backslashes', async () => {
    const store = await openPostgresPlanStore({ pool, schema: freshSchema('ids'), now: () => at })
    const plan = buildTestPlan({ id: 'nul\u0000and\\0back\\slash', actionCount: 4 })
    plan.actions[0]!.id = 'a\u0000'
    plan.actions[1]!.id = 'a\\0'
    plan.actions[2]!.pillars = ['V\u0000']
    await store.savePlan(plan)
    expect((await store.getPlan(plan.id))?.plan).toEqual(plan)
    expect((await store.listActions(plan.id, { pillar: 'V\u0000' })).map((a) => a.id)).toEqual(['A3'])
    expect((await store.listActions(plan.id, { pillar: 'V' })).map((a) => a.id)).toEqual(['a\u0000'])
    await store.recordUpdate(plan.id, 'a\\0', buildTestUpdate({ at, note: 'second' }), {
      expectedRevision: 1,
    })
    expect((await store.history(plan.id, 'a\\0')).map((e) => e.actionId)).toEqual(['a\\0'])
    expect(await store.history(plan.id, 'a\u0000')).toEqual([])
    expect((await store.erasePerson('J. Smith')).plans).toEqual([{ planId: plan.id, revision: 3 }])
    await store.close()
  })
})

describe.runIf(connectionString !== null)(
  'openPostgresPlanStore on a read-only server (a read replica)',
  () => {
    it('opens a current schema without writing, reads, and refuses writes with StorageError', async () => {
      const schema = freshSchema('replica')
      const primary = await openPostgresPlanStore({
        connectionString: connectionString!,
        schema,
        now: () => at,
      })
      await primary.savePlan(buildTestPlan({ id: 'p' }))
      await primary.close()
      // Every transaction read-only, as on a hot standby.
      const replicaPool = new pg.Pool({
        connectionString: connectionString!,
        options: '-c default_transaction_read_only=on',
      })
      try {
        const replica = await openPostgresPlanStore({ pool: replicaPool, schema })
        expect((await replica.getPlan('p'))?.revision).toBe(1)
        expect((await replica.listActions('p', { pillar: 'V' })).map((a) => a.id)).toEqual(['A1'])
        const error = await rejection(replica.savePlan(buildTestPlan({ id: 'q' })))
        expect(error).toBeInstanceOf(StorageError)
        expect(error.message).toMatch(/read-only/)
        await replica.close()
        // A schema that still needs migrating cannot be opened there.
        expect(
          await rejection(openPostgresPlanStore({ pool: replicaPool, schema: freshSchema('unmigrated') })),
        ).toBeInstanceOf(StorageError)
      } finally {
        await replicaPool.end()
      }
    })
  },
)
