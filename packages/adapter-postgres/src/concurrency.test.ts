import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildTestPlan } from '@techcommit/core/testing'
import { describe, expect, it } from 'vitest'
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

type Line =
  | { ok: true; note: string; actionId: string; revision: number }
  | { ok: false; conflict: true; expected: number; current: number }
  | { ok: false; unexpected: string; tag: string | null }

function startUpdater(connectionString: string, schema: string, worker: string) {
  const child = spawn(
    process.execPath,
    [
      '--conditions=@techcommit/source',
      '--import',
      'tsx',
      updater,
      connectionString,
      schema,
      worker,
      String(PER_WORKER),
      String(WORKERS.length),
    ],
    { cwd: packageRoot, stdio: ['pipe', 'pipe', 'pipe'] },
  )
  const lines: Line[] = []
  let pending = ''
  let stderr = ''
  let markReady: () => void
  const ready = new Promise<void>((resolve) => {
    markReady = resolve
  })
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    pending += chunk
    const complete = pending.split('\n')
    pending = complete.pop()!
    for (const line of complete) {
      if (line === 'ready') markReady()
      else lines.push(JSON.parse(line) as Line)
    }
  })
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk
  })
  const done = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
  return { child, lines, ready, done, stderr: () => stderr }
}

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

    const workers = WORKERS.map((w) => startUpdater(url, schema, w))
    await Promise.all(workers.map((w) => w.ready))
    for (const w of workers) w.child.stdin.end('go\n')
    const codes = await Promise.all(workers.map((w) => w.done))
    expect(codes, workers.map((w) => w.stderr()).join('\n')).toEqual([0, 0, 0, 0])

    const all = workers.flatMap((w) => w.lines)
    expect(all.filter((l) => 'unexpected' in l)).toEqual([])
    const successes = all.filter((l): l is Extract<Line, { ok: true }> => l.ok)
    const conflicts = all.filter((l): l is Extract<Line, { conflict: true }> => 'conflict' in l)
    const total = WORKERS.length * PER_WORKER
    expect(successes).toHaveLength(total)

    const store = await openPostgresPlanStore({ connectionString: url, schema })
    try {
      const final = await store.getPlan('shared')
      // Revision 1 was the save; each success made exactly one more.
      expect(final?.revision).toBe(1 + total)
      expect(successes.map((s) => s.revision).sort((x, y) => x - y)).toEqual(
        Array.from({ length: total }, (_, i) => i + 2),
      )
      const updates = (await store.history('shared')).filter((e) => e.kind === 'update')
      expect(updates).toHaveLength(total)
      for (const success of successes) {
        const entry = updates.find((e) => e.revision === success.revision)
        expect(entry?.update?.note).toBe(success.note)
        expect(entry?.actionId).toBe(success.actionId)
      }
      // Each action's own list holds its earlier update plus exactly the successes aimed at it, in commit order.
      for (const action of final!.plan.actions) {
        const expected = successes
          .filter((s) => s.actionId === action.id)
          .sort((x, y) => x.revision - y.revision)
          .map((s) => s.note)
        expect(action.updates.map((u) => u.note)).toEqual(['Kick-off meeting held.', ...expected])
      }
      // With a think-time gap between read and write in every worker, refusals are all but certain; none at
      // all would mean the refusal path went untested.
      expect(conflicts.length).toBeGreaterThan(0)
      for (const c of conflicts) {
        expect(c.current).toBeGreaterThan(c.expected)
        expect(c.current).toBeLessThanOrEqual(1 + total)
      }
    } finally {
      await store.close()
    }
  })
})
