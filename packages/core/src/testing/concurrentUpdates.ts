import { expect } from 'vitest'
import { ConflictError } from '../errors'
import type { PlanStore } from '../store/PlanStore'

/**
 * One line a concurrent updater reports per attempt: a success with the revision it made, a refusal with the
 * revision the writer expected and the one the store was really at, or an error that should never happen.
 *
 * @example
 * const line: ConcurrentUpdateLine = { ok: true, note: 'w0#0', actionId: 'A1', revision: 2 }
 */
export type ConcurrentUpdateLine =
  | { readonly ok: true; readonly note: string; readonly actionId: string; readonly revision: number }
  | { readonly ok: false; readonly conflict: true; readonly expected: number; readonly current: number }
  | { readonly ok: false; readonly unexpected: string; readonly tag: string | null }

/**
 * Options of `recordUpdatesWithRetries`.
 *
 * @example
 * const options: ConcurrentUpdaterOptions = { store, planId: 'shared', worker: 'w0', index: 0, count: 12, maxPauseMs: 4, emit: console.log }
 */
export interface ConcurrentUpdaterOptions {
  readonly store: PlanStore
  readonly planId: string
  /** The writer's name: it signs each update (`by`) and prefixes each note (`w0#3`). */
  readonly worker: string
  /** The writer's number: writer `index` starts on action `A{index % 3 + 1}`, so writers collide. */
  readonly index: number
  readonly count: number
  /** The longest "think time" between reading the plan and writing the update. */
  readonly maxPauseMs: number
  readonly emit: (line: ConcurrentUpdateLine) => void
}

/**
 * The loop one of several processes runs against a shared store: `count` times, read the plan, pause, then
 * record an update on one of the actions A1–A3 with the revision just read, retrying after each
 * `ConflictError`. Every attempt is reported through `emit`. Resolves `false` at the first error that is
 * not a conflict (after reporting it). Pair it with `expectNoLostUpdates` in the parent test.
 *
 * @example
 * await recordUpdatesWithRetries({ store, planId: 'shared', worker: 'w0', index: 0, count: 12, maxPauseMs: 4, emit: (l) => console.log(JSON.stringify(l)) })
 */
export async function recordUpdatesWithRetries(options: ConcurrentUpdaterOptions): Promise<boolean> {
  const { store, planId, worker, index, count, maxPauseMs, emit } = options
  for (let i = 0; i < count; i++) {
    const note = `${worker}#${i}`
    const actionId = `A${1 + ((i + index) % 3)}`
    for (;;) {
      const current = await store.getPlan(planId)
      if (current === null) throw new Error(`plan "${planId}" is missing`)
      // A person reads, thinks, then saves: leave a gap in which the other writers can get in first.
      await new Promise((resolve) => setTimeout(resolve, Math.random() * maxPauseMs))
      try {
        const { revision } = await store.recordUpdate(
          planId,
          actionId,
          { at: '2026-01-05T09:00:00.000Z', by: worker, status: null, target: null, note },
          { expectedRevision: current.revision },
        )
        emit({ ok: true, note, actionId, revision })
        break
      } catch (error) {
        if (!(error instanceof ConflictError)) {
          emit({ ok: false, unexpected: String(error), tag: (error as { _tag?: string })._tag ?? null })
          return false
        }
        emit({ ok: false, conflict: true, expected: error.expectedRevision, current: error.currentRevision })
      }
    }
  }
  return true
}

/**
 * Checks what several `recordUpdatesWithRetries` writers reported against the store afterwards: no
 * unexpected error, every update landed once (successes, revisions, history and each action's `updates`
 * agree), and every refusal named a revision the store really reached. The plan must have been saved once
 * (revision 1) from `buildTestPlan`, whose actions each hold one earlier update.
 *
 * @example
 * await expectNoLostUpdates(store, 'shared', workers.flatMap((w) => w.lines), 3 * 60)
 */
export async function expectNoLostUpdates(
  store: PlanStore,
  planId: string,
  lines: readonly ConcurrentUpdateLine[],
  total: number,
): Promise<void> {
  expect(lines.filter((l) => 'unexpected' in l)).toEqual([])
  const successes = lines.filter((l): l is Extract<ConcurrentUpdateLine, { ok: true }> => l.ok)
  const conflicts = lines.filter(
    (l): l is Extract<ConcurrentUpdateLine, { conflict: true }> => 'conflict' in l,
  )
  expect(successes).toHaveLength(total)

  const final = await store.getPlan(planId)
  // Revision 1 was the save; each success made exactly one more.
  expect(final?.revision).toBe(1 + total)
  expect(successes.map((s) => s.revision).sort((x, y) => x - y)).toEqual(
    Array.from({ length: total }, (_, i) => i + 2),
  )

  const updates = (await store.history(planId)).filter((e) => e.kind === 'update')
  expect(updates).toHaveLength(total)
  expect(new Set(updates.map((e) => e.update?.note))).toEqual(new Set(successes.map((s) => s.note)))
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
  // A refusal names a revision the store really reached, later than the one the writer had read.
  for (const c of conflicts) {
    expect(c.current).toBeGreaterThan(c.expected)
    expect(c.current).toBeLessThanOrEqual(1 + total)
  }
}
