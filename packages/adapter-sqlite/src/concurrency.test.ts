import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildTestPlan, type ConcurrentUpdateLine, expectNoLostUpdates } from '@techcommit/core/testing'
import { afterAll, describe, expect, it } from 'vitest'
import { spawnLineWorker } from '../../../scripts/testing/spawnLineWorker'
import { openSqlitePlanStore } from './openSqlitePlanStore'

// Three processes record updates on the same three actions, each with the revision it just read. Every
// refused write must be a Conflict carrying the revision the store was really at, and after retries no
// update may be lost: successes, revisions, history and each action's `updates` must all agree.

const packageRoot = fileURLToPath(new URL('..', import.meta.url))
const updater = join(packageRoot, 'test', 'children', 'concurrentUpdater.ts')
const dir = mkdtempSync(join(tmpdir(), 'techcommit-concurrency-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const WORKERS = ['a', 'b', 'c'] as const
const PER_WORKER = 60

describe('concurrent recordUpdate from three processes', () => {
  it('loses no update and reports every refusal as a Conflict with the current revision', async () => {
    const filename = join(dir, 'shared.db')
    const setup = openSqlitePlanStore({ filename, now: () => '2026-01-05T09:00:00.000Z' })
    const plan = buildTestPlan({ id: 'shared' }) // actions A1, A2, A3, each with one earlier update
    await setup.savePlan(plan)
    await setup.close()

    const workers = WORKERS.map((_, index) =>
      spawnLineWorker<ConcurrentUpdateLine>(packageRoot, updater, [
        filename,
        String(index),
        String(PER_WORKER),
      ]),
    )
    await Promise.all(workers.map((w) => w.ready))
    for (const w of workers) w.go()
    const codes = await Promise.all(workers.map((w) => w.done))
    expect(codes, workers.map((w) => w.stderr()).join('\n')).toEqual([0, 0, 0])

    const store = openSqlitePlanStore({ filename })
    await expectNoLostUpdates(
      store,
      'shared',
      workers.flatMap((w) => w.lines),
      WORKERS.length * PER_WORKER,
    )
    await store.close()
  })
})
