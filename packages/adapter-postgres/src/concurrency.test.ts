import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildTestPlan, type ConcurrentUpdateLine, expectNoLostUpdates } from '@techcommit/core/testing'
import { describe, expect, it } from 'vitest'
import { spawnLineWorker } from '../../../scripts/testing/spawnLineWorker'
import { freshSchema, usePostgres } from '../test/usePostgres'
import { openPostgresPlanStore } from './openPostgresPlanStore'

// Four processes — four app servers of a sector hub — record updates on the same three actions, each with
// the revision it just read. Every refused write must be a Conflict carrying the revision the store was
// really at, and after retries no update may be lost: successes, revisions, history and each action's
// `updates` must all agree.

const packageRoot = fileURLToPath(new URL('..', import.meta.url))
const updater = join(packageRoot, 'test', 'children', 'concurrentUpdater.ts')
const WORKERS = ['w0', 'w1', 'w2', 'w3'] as const
const PER_WORKER = 12

const connectionString = usePostgres()

describe.runIf(connectionString !== null)('concurrent recordUpdate from four processes', () => {
  it('loses no update and reports every refusal as a Conflict with the current revision', async () => {
    const url = connectionString!
    const schema = freshSchema('race')
    const setup = await openPostgresPlanStore({
      connectionString: url,
      schema,
      now: () => '2026-01-05T09:00:00.000Z',
    })
    await setup.savePlan(buildTestPlan({ id: 'shared' })) // actions A1, A2, A3, each with one earlier update
    await setup.close()

    const workers = WORKERS.map((_, index) =>
      spawnLineWorker<ConcurrentUpdateLine>(packageRoot, updater, [
        url,
        schema,
        String(index),
        String(PER_WORKER),
        String(WORKERS.length),
      ]),
    )
    await Promise.all(workers.map((w) => w.ready))
    for (const w of workers) w.go()
    const codes = await Promise.all(workers.map((w) => w.done))
    expect(codes, workers.map((w) => w.stderr()).join('\n')).toEqual([0, 0, 0, 0])

    const store = await openPostgresPlanStore({ connectionString: url, schema })
    try {
      await expectNoLostUpdates(
        store,
        'shared',
        workers.flatMap((w) => w.lines),
        WORKERS.length * PER_WORKER,
      )
    } finally {
      await store.close()
    }
  })
})
