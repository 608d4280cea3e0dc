import { StorageError } from '@techcommit/core'
import { buildTestPlan } from '@techcommit/core/testing'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type PostgresServer, startPostgresServer } from '../test/postgresServer'
import { usePostgres } from '../test/usePostgres'
import { openPostgresPlanStore } from './openPostgresPlanStore'

// The server is killed (an immediate stop: no checkpoint, crash recovery at the next start) while a large
// save is being written. After the restart the plan is wholly present or wholly absent, and the plans saved
// before are untouched. This test runs its own server, since it kills it.

const available = usePostgres() !== null
const SIZE = 8000

async function waitForInsert(connectionString: string): Promise<void> {
  const watcher = new pg.Client({ connectionString })
  await watcher.connect()
  try {
    for (let i = 0; i < 2000; i++) {
      const { rows } = await watcher.query(
        "SELECT count(*)::int AS n FROM pg_stat_activity WHERE state = 'active' AND query LIKE 'INSERT INTO %action_versions%'",
      )
      if (rows[0].n > 0) return
      await new Promise((resolve) => setTimeout(resolve, 2))
    }
    throw new Error('the save never reached its INSERT')
  } finally {
    await watcher.end()
  }
}

describe.runIf(available)('a server killed in the middle of a save', () => {
  let server: PostgresServer
  beforeAll(async () => {
    server = await startPostgresServer({ fast: true })
  })
  afterAll(() => server?.destroy())

  const reopenAndCheck = async (big: ReturnType<typeof buildTestPlan>) => {
    const store = await openPostgresPlanStore({ connectionString: server.connectionString })
    try {
      const found = await store.getPlan('big')
      if (found !== null) {
        expect(found.plan).toEqual(big)
        expect((await store.history('big')).map((e) => e.kind)).toEqual(['save'])
      } else {
        expect((await store.listPlans()).map((p) => p.id)).toEqual(['before'])
      }
      expect((await store.getPlan('before'))?.plan).toEqual(buildTestPlan({ id: 'before' }))
      return found === null ? 'absent' : 'present'
    } finally {
      await store.close()
    }
  }

  it('leaves the plan wholly absent when the kill lands during the insert', async () => {
    const store = await openPostgresPlanStore({ connectionString: server.connectionString })
    await store.savePlan(buildTestPlan({ id: 'before' }))
    const big = buildTestPlan({ id: 'big', actionCount: SIZE })
    const saving = store.savePlan(big).then(
      () => null,
      (error: unknown) => error,
    )
    await waitForInsert(server.connectionString)
    server.crash()
    const error = await saving
    expect(error).toBeInstanceOf(StorageError)
    await store.close()
    server.start()
    expect(await reopenAndCheck(big)).toBe('absent')
  })

  it('leaves the plan whole or absent when the kill lands at any moment of the save', async () => {
    const outcomes: string[] = []
    for (const delay of [0, 150, 400]) {
      const store = await openPostgresPlanStore({ connectionString: server.connectionString })
      await store.purgePlan('big').catch(() => undefined)
      const big = buildTestPlan({ id: 'big', actionCount: SIZE, title: `delay ${delay}` })
      const saving = store.savePlan(big).then(
        () => 'saved',
        (error: unknown) => (error instanceof StorageError ? 'refused' : String(error)),
      )
      await new Promise((resolve) => setTimeout(resolve, delay))
      server.crash()
      const result = await saving
      expect(['saved', 'refused']).toContain(result)
      await store.close()
      server.start()
      const found = await reopenAndCheck(big)
      // A save reported as done must have survived the crash.
      if (result === 'saved') expect(found).toBe('present')
      outcomes.push(found)
    }
    expect(outcomes).toHaveLength(3)
  })
})
