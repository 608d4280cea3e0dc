import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import Database from 'better-sqlite3'
import { afterAll, describe, expect, it } from 'vitest'
import { openSqlitePlanStore } from './openSqlitePlanStore'

// Crash test: a child process writes plans in a loop and is killed with SIGKILL at a random moment. After
// every kill the file must pass integrity_check, every plan must be whole (its action count matches the
// manifest in its title), and every write the child reported as committed must be there.

const packageRoot = fileURLToPath(new URL('..', import.meta.url))
const writer = join(packageRoot, 'test', 'children', 'crashWriter.ts')
const dir = mkdtempSync(join(tmpdir(), 'techcommit-crash-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const RUNS_PER_LANE = 16
const LANES = 2 // two files, written and checked in parallel: the machine has two cores

function startWriter(
  filename: string,
  seed: number,
): { child: ChildProcess; lines: string[]; ready: Promise<void>; firstWrite: Promise<void> } {
  const child = spawn(
    process.execPath,
    ['--conditions=@techcommit/source', '--import', 'tsx', writer, filename, String(seed)],
    {
      cwd: packageRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  )
  const lines: string[] = []
  let pending = ''
  let stderr = ''
  let wrote = (): void => {}
  const firstWrite = new Promise<void>((resolve) => {
    wrote = resolve
  })
  const ready = new Promise<void>((resolve, reject) => {
    child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
      pending += chunk
      const complete = pending.split('\n')
      pending = complete.pop()!
      for (const line of complete) {
        if (line === 'ready') resolve()
        else {
          lines.push(line)
          wrote()
        }
      }
    })
    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk
    })
    child.on('exit', (code, signal) => {
      if (signal !== 'SIGKILL') reject(new Error(`writer exited by itself (code ${code}): ${stderr}`))
      resolve()
      wrote()
    })
  })
  return { child, lines, ready, firstWrite }
}

const exited = (child: ChildProcess) =>
  new Promise<void>((resolve) =>
    child.exitCode !== null || child.signalCode !== null ? resolve() : child.once('exit', () => resolve()),
  )

async function verify(filename: string, committed: readonly string[]): Promise<void> {
  const raw = new Database(filename)
  expect(raw.pragma('integrity_check')).toEqual([{ integrity_check: 'ok' }])
  expect(raw.pragma('foreign_key_check')).toEqual([])
  raw.close()

  // Opening also finishes a schema setup the kill may have interrupted (it was rolled back, so it reruns).
  const store = openSqlitePlanStore({ filename })
  const reader = new Database(filename, { readonly: true })
  const ids = (reader.prepare('SELECT plan_id FROM plans').all() as { plan_id: string }[]).map(
    (r) => r.plan_id,
  )
  reader.close()
  try {
    for (const summary of await store.listPlans()) {
      const stored = await store.getPlan(summary.id)
      const manifest = /^manifest generation=(\d+) actions=(\d+)$/.exec(stored?.plan.title ?? '')
      expect(manifest, `plan ${summary.id} has no manifest`).not.toBeNull()
      const [, generation, count] = manifest!
      expect(stored!.plan.actions).toHaveLength(Number(count))
      expect(summary.actionCount).toBe(Number(count))
      expect(stored!.plan.actions.map((a) => a.id)).toEqual(
        Array.from({ length: Number(count) }, (_, i) => `${summary.id}-${generation}-${i}`),
      )
    }
    // Every plan's trail is gap-free, and nothing the child reported as committed is missing.
    const reported = new Map<string, number>()
    for (const line of committed) {
      const [, id, revision] = line.split(' ')
      reported.set(id!, Math.max(reported.get(id!) ?? 0, Number(revision)))
    }
    for (const id of ids) {
      const revisions = (await store.history(id)).map((e) => e.revision)
      expect(revisions).toEqual(revisions.map((_, i) => i + 1))
      expect(revisions.length).toBeGreaterThanOrEqual(reported.get(id) ?? 0)
    }
    for (const id of reported.keys()) expect(ids).toContain(id)
  } finally {
    await store.close()
  }
}

describe('crash safety (SIGKILL during writes)', () => {
  it(`keeps the file consistent across ${RUNS_PER_LANE * LANES} kills`, async () => {
    let seed = Number(process.env.TECHCOMMIT_CRASH_SEED ?? 20260105)
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31
      return seed / 2 ** 31
    }
    const lane = async (index: number) => {
      const filename = join(dir, `crash-${index}.db`)
      let committedTotal = 0
      for (let run = 0; run < RUNS_PER_LANE; run++) {
        const { child, lines, ready, firstWrite } = startWriter(filename, 1 + Math.floor(random() * 1e6))
        // Mostly kill mid-write; sometimes while the child is still opening (and maybe migrating) the file.
        if (random() < 0.15) {
          await new Promise((r) => setTimeout(r, random() * 600))
        } else {
          // After the first committed write, so that on a slow machine the kill still lands among writes.
          await ready
          await firstWrite
          await new Promise((r) => setTimeout(r, random() * 300))
        }
        child.kill('SIGKILL')
        await exited(child)
        committedTotal += lines.length
        await verify(filename, lines)
      }
      return committedTotal
    }
    const committed = await Promise.all(Array.from({ length: LANES }, (_, i) => lane(i)))
    // The kills must have landed among real writes, or the test proved nothing.
    expect(committed.reduce((a, b) => a + b, 0)).toBeGreaterThan(RUNS_PER_LANE)
  })
})
