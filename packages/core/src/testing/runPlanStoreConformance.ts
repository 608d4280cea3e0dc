import { afterEach, describe, expect, it } from 'vitest'
import { parseTargetDate } from '../dates/parseTargetDate'
import { ConflictError, NotFoundError, ValidationError } from '../errors'
import type { Plan } from '../model/plan'
import type { ActionQuery, PlanStore } from '../store/PlanStore'
import { createTestClock, type TestClock } from './createTestClock'
import {
  buildTestAction,
  buildTestPlan,
  buildTestStatus,
  buildTestTarget,
  buildTestUpdate,
  hostileStrings,
} from './planFixtures'

/**
 * What the suite hands to your factory: the clock the store must use, so the suite can read the past.
 *
 * @example
 * runPlanStoreConformance('memory', ({ now }) => createMemoryPlanStore({ now }))
 */
export interface PlanStoreConformanceContext {
  readonly now: () => string
}

/**
 * Options of `runPlanStoreConformance`.
 *
 * @example
 * runPlanStoreConformance('slow backend', make, { largePlanSize: 1000 })
 */
export interface PlanStoreConformanceOptions {
  /** Actions in the large-plan test. Default 5,000. */
  readonly largePlanSize?: number
}

const T0 = '2026-01-05T09:00:00.000Z'

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise
  } catch (error) {
    return error
  }
  throw new Error('expected the call to be refused, but it succeeded')
}

/**
 * The conformance suite every `PlanStore` adapter runs (vitest). `makeStore` must return a fresh, empty
 * store that takes its time from `context.now`; the suite calls `store.close()` after each test when the
 * store has one. The expectations are the port's contract: round trip of every field (unicode and hostile
 * strings included), revisions and conflicts, updates and their history, deletes, reads of the past (at a
 * date-time or a plain date), a clock set back, purge and erasure of one person, the action queries, and a
 * large plan.
 *
 * @example
 * // packages/adapter-foo/src/conformance.test.ts
 * import { runPlanStoreConformance } from '@techcommit/core/testing'
 * runPlanStoreConformance('foo', ({ now }) => openFooPlanStore({ now }))
 */
export function runPlanStoreConformance(
  name: string,
  makeStore: (context: PlanStoreConformanceContext) => PlanStore | Promise<PlanStore>,
  options: PlanStoreConformanceOptions = {},
): void {
  const largePlanSize = options.largePlanSize ?? 5000
  const open: PlanStore[] = []
  let clock: TestClock

  const fresh = async (): Promise<PlanStore> => {
    clock = createTestClock(T0)
    const store = await makeStore({ now: () => clock.now() })
    open.push(store)
    return store
  }

  describe(`PlanStore conformance: ${name}`, () => {
    afterEach(async () => {
      for (const store of open.splice(0)) await store.close?.()
    })

    describe('savePlan / getPlan', () => {
      it('round-trips every field of a fully filled plan', async () => {
        const store = await fresh()
        const plan = buildTestPlan({ id: 'full' })
        expect(await store.savePlan(plan)).toEqual({ revision: 1 })
        const stored = await store.getPlan('full')
        expect(stored).toEqual({ plan, revision: 1, savedAt: T0 })
      })

      it('round-trips the date context, so a saved plan re-reads its dates the same way', async () => {
        const store = await fresh()
        const dateContext = {
          referenceDate: '2022-09-01',
          academicYearStartMonth: 9,
          financialYearStartMonth: 8,
          quarterBasis: 'financial' as const,
          yearPairs: 'academic' as const,
        }
        const plan = buildTestPlan({ id: 'context', dateContext })
        await store.savePlan(plan)
        const stored = await store.getPlan('context')
        expect(stored?.plan.dateContext).toEqual(dateContext)
        // An August–July financial year: its first quarter is August–October.
        const reread = parseTargetDate('Q1 FY2023', stored?.plan.dateContext)
        expect([reread.start, reread.due]).toEqual(['2022-08-01', '2022-10-31'])
        expect(parseTargetDate('2022-2023', stored?.plan.dateContext).due).toBe('2023-08-31')
      })

      it('round-trips nulls and empty lists', async () => {
        const store = await fresh()
        const plan: Plan = {
          id: 'sparse',
          institution: null,
          title: null,
          period: { text: null, start: null, end: null },
          taxonomy: 'technician-commitment',
          dateContext: {},
          actions: [
            {
              id: 'only',
              ref: null,
              title: '',
              description: null,
              section: null,
              pillars: [],
              pillarsText: '',
              owners: [],
              ownersText: '',
              target: buildTestTarget({
                text: '',
                kind: 'unknown',
                start: null,
                end: null,
                due: null,
                precision: null,
                confidence: 0,
                warnings: [],
                parts: [],
                alternatives: [],
              }),
              successMeasures: [],
              status: buildTestStatus({
                text: '',
                state: 'unknown',
                percent: null,
                reportedRag: null,
                note: null,
              }),
              notes: null,
              updates: [],
              extra: [],
            },
          ],
        }
        await store.savePlan(plan)
        expect((await store.getPlan('sparse'))?.plan).toEqual(plan)
      })

      it('round-trips unicode and hostile strings in ids, text and extra columns', async () => {
        const store = await fresh()
        const actions = hostileStrings.map((text, i) =>
          buildTestAction({
            id: text,
            title: text,
            ownersText: text,
            owners: [text],
            extra: [{ column: text, value: text }],
            ref: String(i),
          }),
        )
        for (const text of hostileStrings) {
          const plan = buildTestPlan({ id: text, title: text, institution: text, actions })
          await store.savePlan(plan)
          expect((await store.getPlan(text))?.plan).toEqual(plan)
        }
        const ids = (await store.listPlans()).map((s) => s.id)
        expect(ids).toHaveLength(hostileStrings.length)
        expect(new Set(ids)).toEqual(new Set(hostileStrings))
        // The SQL-looking id must not have done anything to the other plans.
        expect((await store.getPlan('__proto__'))?.plan.actions).toHaveLength(hostileStrings.length)
      })

      it('keeps lone surrogates in text but refuses them in ids', async () => {
        const store = await fresh()
        const plan = buildTestPlan({ id: 'p', title: 'half \uD83E pair', actionCount: 1 })
        await store.savePlan(plan)
        expect((await store.getPlan('p'))?.plan.title).toBe('half \uD83E pair')
        expect(await rejection(store.savePlan(buildTestPlan({ id: 'x\uDC00' })))).toBeInstanceOf(
          ValidationError,
        )
        const badAction = await rejection(
          store.savePlan(buildTestPlan({ id: 'q', actions: [buildTestAction({ id: '\uD800' })] })),
        )
        expect((badAction as ValidationError).problems.map((p) => p.path)).toEqual(['actions.0.id'])
      })

      it('returns null for a plan that was never saved', async () => {
        const store = await fresh()
        expect(await store.getPlan('nope')).toBeNull()
        expect(await store.getPlan('__proto__')).toBeNull()
      })

      it('gives each save the next revision and the clock time', async () => {
        const store = await fresh()
        expect(await store.savePlan(buildTestPlan({ id: 'p' }))).toEqual({ revision: 1 })
        clock.set('2026-01-06T10:30:00.000Z')
        const second = buildTestPlan({ id: 'p', title: 'Second version', actionCount: 2 })
        expect(await store.savePlan(second)).toEqual({ revision: 2 })
        expect(await store.getPlan('p')).toEqual({
          plan: second,
          revision: 2,
          savedAt: '2026-01-06T10:30:00.000Z',
        })
      })

      it('refuses a save with a stale expectedRevision, carrying the current revision', async () => {
        const store = await fresh()
        await store.savePlan(buildTestPlan({ id: 'p' }))
        await store.savePlan(buildTestPlan({ id: 'p' }), { expectedRevision: 1 })
        const error = await rejection(
          store.savePlan(buildTestPlan({ id: 'p', title: 'lost' }), { expectedRevision: 1 }),
        )
        expect(error).toBeInstanceOf(ConflictError)
        expect(error).toMatchObject({ _tag: 'Conflict', expectedRevision: 1, currentRevision: 2 })
        expect((await store.getPlan('p'))?.plan.title).toBe('Technician Commitment Action Plan 2026–2029')
      })

      it('treats expectedRevision 0 as "must not exist yet"', async () => {
        const store = await fresh()
        expect(await store.savePlan(buildTestPlan({ id: 'p' }), { expectedRevision: 0 })).toEqual({
          revision: 1,
        })
        const error = await rejection(store.savePlan(buildTestPlan({ id: 'p' }), { expectedRevision: 0 }))
        expect(error).toMatchObject({ _tag: 'Conflict', expectedRevision: 0, currentRevision: 1 })
        expect((error as Error).message).toMatch(/^Plan "p" already exists \(revision 1\)/)
        await store.deletePlan('p')
        const deleted = await rejection(store.savePlan(buildTestPlan({ id: 'p' }), { expectedRevision: 0 }))
        expect(deleted).toMatchObject({ _tag: 'Conflict', expectedRevision: 0, currentRevision: 2 })
        expect((deleted as Error).message).toMatch(/was deleted at revision 2.*expectedRevision 2/)
      })

      it('never moves savedAt backwards when the clock is set back', async () => {
        const store = await fresh()
        clock.set('2026-01-05T12:00:00.000Z')
        await store.savePlan(buildTestPlan({ id: 'p' }))
        clock.set('2026-01-05T08:00:00.000Z') // four hours back, before the first save
        await store.recordUpdate('p', 'A1', buildTestUpdate({ at: T0, note: 'late clock' }), {
          expectedRevision: 1,
        })
        const stored = await store.getPlan('p')
        expect(stored?.revision).toBe(2)
        expect(stored?.savedAt).toBe('2026-01-05T12:00:00.000Z')
        // The plan must not seem to exist before its first save.
        expect(await store.getPlan('p', { asOf: '2026-01-05T09:00:00.000Z' })).toBeNull()
        expect((await store.history('p')).map((e) => e.recordedAt)).toEqual([
          '2026-01-05T12:00:00.000Z',
          '2026-01-05T12:00:00.000Z',
        ])
        // Another plan has its own clock line: it takes the clock as it is.
        await store.savePlan(buildTestPlan({ id: 'q' }))
        expect((await store.getPlan('q'))?.savedAt).toBe('2026-01-05T08:00:00.000Z')
      })

      it('refuses an invalid plan or duplicate action ids with ValidationError and stores nothing', async () => {
        const store = await fresh()
        const bad = { ...buildTestPlan({ id: 'bad' }), taxonomy: '' }
        expect(await rejection(store.savePlan(bad))).toBeInstanceOf(ValidationError)
        const twin = buildTestAction({ id: 'same' })
        const dup = await rejection(store.savePlan(buildTestPlan({ id: 'dup', actions: [twin, twin] })))
        expect(dup).toBeInstanceOf(ValidationError)
        expect((dup as ValidationError).problems[0]?.path).toBe('actions.1.id')
        expect(await store.listPlans()).toEqual([])
      })

      it('hands out copies: changing a read plan does not change the store', async () => {
        const store = await fresh()
        const plan = buildTestPlan({ id: 'p' })
        await store.savePlan(plan)
        plan.actions[0]!.title = 'changed after save'
        const read = await store.getPlan('p')
        expect(read?.plan.actions[0]?.title).toBe('Action A1')
        read!.plan.actions[0]!.title = 'changed after read'
        expect((await store.getPlan('p'))?.plan.actions[0]?.title).toBe('Action A1')
      })
    })

    describe('listPlans', () => {
      it('summarises the current plans ordered by id', async () => {
        const store = await fresh()
        await store.savePlan(buildTestPlan({ id: 'b', actionCount: 2, institution: 'B Uni' }))
        clock.advance(1000)
        await store.savePlan(buildTestPlan({ id: 'a', actionCount: 0, title: null }))
        await store.savePlan(buildTestPlan({ id: 'a', actionCount: 5, title: 'A plan' }))
        expect(await store.listPlans()).toEqual([
          {
            id: 'a',
            institution: 'University of Testshire',
            title: 'A plan',
            taxonomy: 'technician-commitment',
            actionCount: 5,
            revision: 2,
            savedAt: '2026-01-05T09:00:01.000Z',
          },
          {
            id: 'b',
            institution: 'B Uni',
            title: 'Technician Commitment Action Plan 2026–2029',
            taxonomy: 'technician-commitment',
            actionCount: 2,
            revision: 1,
            savedAt: T0,
          },
        ])
      })
    })

    describe('recordUpdate and history', () => {
      it('applies status and target, appends the update, and moves the revision on', async () => {
        const store = await fresh()
        await store.savePlan(buildTestPlan({ id: 'p' }))
        clock.set('2026-02-01T12:00:00.000Z')
        const done = buildTestStatus({
          text: 'Complete',
          state: 'complete',
          completedOn: '2026-01-30',
          percent: 100,
          reportedRag: 'green',
          note: null,
        })
        const moved = buildTestTarget({
          text: 'March 2027',
          due: '2027-03-31',
          start: '2027-03-01',
          end: '2027-03-31',
          precision: 'month',
        })
        const update = buildTestUpdate({
          at: '2026-01-31T16:00:00.000Z',
          by: 'A. Tech',
          status: done,
          target: moved,
          note: 'Signed off',
        })
        expect(await store.recordUpdate('p', 'A2', update, { expectedRevision: 1 })).toEqual({ revision: 2 })

        const stored = await store.getPlan('p')
        expect(stored?.revision).toBe(2)
        expect(stored?.savedAt).toBe('2026-02-01T12:00:00.000Z')
        const a2 = stored?.plan.actions[1]
        expect(a2?.status).toEqual(done)
        expect(a2?.target).toEqual(moved)
        expect(a2?.updates).toHaveLength(2)
        expect(a2?.updates[1]).toEqual(update)
        // Other actions untouched.
        expect(stored?.plan.actions[0]).toEqual(buildTestPlan({ id: 'p' }).actions[0])
      })

      it('keeps status and target when the update carries only a note', async () => {
        const store = await fresh()
        const plan = buildTestPlan({ id: 'p' })
        await store.savePlan(plan)
        await store.recordUpdate('p', 'A1', buildTestUpdate({ at: T0, note: 'just a note' }), {
          expectedRevision: 1,
        })
        const a1 = (await store.getPlan('p'))?.plan.actions[0]
        expect(a1?.status).toEqual(plan.actions[0]?.status)
        expect(a1?.target).toEqual(plan.actions[0]?.target)
        expect(a1?.updates.map((u) => u.note)).toEqual(['Kick-off meeting held.', 'just a note'])
      })

      it('returns history oldest first, and per action', async () => {
        const store = await fresh()
        await store.savePlan(buildTestPlan({ id: 'p' }))
        const notes = ['one', 'two', 'three', 'four']
        const targets = ['A1', 'A3', 'A1', 'A3']
        for (let i = 0; i < notes.length; i++) {
          clock.advance(60_000)
          await store.recordUpdate('p', targets[i]!, buildTestUpdate({ at: clock.now(), note: notes[i]! }), {
            expectedRevision: i + 1,
          })
        }
        const all = await store.history('p')
        expect(all.map((e) => [e.kind, e.actionId, e.revision, e.update?.note ?? null])).toEqual([
          ['save', null, 1, null],
          ['update', 'A1', 2, 'one'],
          ['update', 'A3', 3, 'two'],
          ['update', 'A1', 4, 'three'],
          ['update', 'A3', 5, 'four'],
        ])
        expect(all.map((e) => e.recordedAt)).toEqual([
          T0,
          '2026-01-05T09:01:00.000Z',
          '2026-01-05T09:02:00.000Z',
          '2026-01-05T09:03:00.000Z',
          '2026-01-05T09:04:00.000Z',
        ])
        expect(all.every((e) => e.planId === 'p')).toBe(true)
        expect((await store.history('p', 'A3')).map((e) => e.update?.note)).toEqual(['two', 'four'])
        expect(await store.history('p', 'A2')).toEqual([])
      })

      it('refuses a stale revision with ConflictError carrying the current one, and changes nothing', async () => {
        const store = await fresh()
        await store.savePlan(buildTestPlan({ id: 'p' }))
        await store.recordUpdate('p', 'A1', buildTestUpdate({ at: T0, note: 'first' }), {
          expectedRevision: 1,
        })
        const error = await rejection(
          store.recordUpdate('p', 'A1', buildTestUpdate({ at: T0, note: 'stale' }), { expectedRevision: 1 }),
        )
        expect(error).toBeInstanceOf(ConflictError)
        expect(error).toMatchObject({ _tag: 'Conflict', expectedRevision: 1, currentRevision: 2 })
        expect((await store.getPlan('p'))?.revision).toBe(2)
        expect((await store.history('p', 'A1')).map((e) => e.update?.note)).toEqual(['first'])
      })

      it('lets exactly one of several concurrent updates on the same revision win', async () => {
        const store = await fresh()
        await store.savePlan(buildTestPlan({ id: 'p' }))
        const results = await Promise.allSettled(
          ['A1', 'A2', 'A3', 'A1', 'A2'].map((id, i) =>
            store.recordUpdate('p', id, buildTestUpdate({ at: T0, note: `racer ${i}` }), {
              expectedRevision: 1,
            }),
          ),
        )
        const won = results.filter((r) => r.status === 'fulfilled')
        const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected')
        expect(won).toHaveLength(1)
        expect(won[0]).toEqual({ status: 'fulfilled', value: { revision: 2 } })
        expect(lost).toHaveLength(4)
        for (const r of lost)
          expect(r.reason).toMatchObject({ _tag: 'Conflict', expectedRevision: 1, currentRevision: 2 })
        expect((await store.history('p')).filter((e) => e.kind === 'update')).toHaveLength(1)
      })

      it('reports unknown plans and actions with NotFoundError', async () => {
        const store = await fresh()
        const u = buildTestUpdate({ at: T0 })
        const noPlan = await rejection(store.recordUpdate('ghost', 'A1', u, { expectedRevision: 1 }))
        expect(noPlan).toBeInstanceOf(NotFoundError)
        expect(noPlan).toMatchObject({ _tag: 'NotFound', planId: 'ghost', actionId: null })
        await store.savePlan(buildTestPlan({ id: 'p' }))
        const noAction = await rejection(store.recordUpdate('p', 'A99', u, { expectedRevision: 1 }))
        expect(noAction).toMatchObject({ _tag: 'NotFound', planId: 'p', actionId: 'A99' })
        expect(await rejection(store.history('ghost'))).toBeInstanceOf(NotFoundError)
        expect(await rejection(store.listActions('ghost'))).toBeInstanceOf(NotFoundError)
        expect((await store.getPlan('p'))?.revision).toBe(1)
      })

      it('refuses an invalid update with ValidationError', async () => {
        const store = await fresh()
        await store.savePlan(buildTestPlan({ id: 'p' }))
        const bad = { ...buildTestUpdate({ at: 'yesterday' }) }
        expect(await rejection(store.recordUpdate('p', 'A1', bad, { expectedRevision: 1 }))).toBeInstanceOf(
          ValidationError,
        )
        expect((await store.getPlan('p'))?.revision).toBe(1)
      })
    })

    describe('deletePlan', () => {
      it('removes the plan but keeps its history, and reads of the past still see it', async () => {
        const store = await fresh()
        await store.savePlan(buildTestPlan({ id: 'p' }))
        await store.savePlan(buildTestPlan({ id: 'q' }))
        clock.set('2026-03-01T00:00:00.000Z')
        expect(await store.deletePlan('p')).toEqual({ revision: 2 })
        expect(await store.getPlan('p')).toBeNull()
        expect((await store.listPlans()).map((s) => s.id)).toEqual(['q'])
        expect((await store.history('p')).map((e) => [e.kind, e.revision, e.recordedAt])).toEqual([
          ['save', 1, T0],
          ['delete', 2, '2026-03-01T00:00:00.000Z'],
        ])
        expect((await store.getPlan('p', { asOf: '2026-02-01T00:00:00.000Z' }))?.revision).toBe(1)
        expect(
          await rejection(
            store.recordUpdate('p', 'A1', buildTestUpdate({ at: T0 }), { expectedRevision: 2 }),
          ),
        ).toBeInstanceOf(NotFoundError)
        expect(await rejection(store.deletePlan('p'))).toBeInstanceOf(NotFoundError)
        expect(await rejection(store.deletePlan('never'))).toBeInstanceOf(NotFoundError)
      })

      it('continues the revision count when a deleted plan is saved again', async () => {
        const store = await fresh()
        await store.savePlan(buildTestPlan({ id: 'p' }))
        await store.deletePlan('p')
        expect(await store.savePlan(buildTestPlan({ id: 'p' }), { expectedRevision: 2 })).toEqual({
          revision: 3,
        })
      })

      it('refuses a delete with a stale expectedRevision', async () => {
        const store = await fresh()
        await store.savePlan(buildTestPlan({ id: 'p' }))
        await store.savePlan(buildTestPlan({ id: 'p' }))
        expect(await rejection(store.deletePlan('p', { expectedRevision: 1 }))).toMatchObject({
          _tag: 'Conflict',
          currentRevision: 2,
        })
        expect((await store.getPlan('p'))?.revision).toBe(2)
      })
    })

    describe('reads of the past (asOf)', () => {
      it('returns the plan as it stood at each moment', async () => {
        const store = await fresh()
        const v1 = buildTestPlan({ id: 'p', title: 'v1' })
        await store.savePlan(v1) // 09:00
        clock.set('2026-01-05T10:00:00.000Z')
        await store.recordUpdate('p', 'A1', buildTestUpdate({ at: clock.now(), note: 'ten' }), {
          expectedRevision: 1,
        })
        clock.set('2026-01-05T11:00:00.000Z')
        const v3 = buildTestPlan({ id: 'p', title: 'v3', actionCount: 1 })
        await store.savePlan(v3)

        expect(await store.getPlan('p', { asOf: '2026-01-05T08:59:59.999Z' })).toBeNull()
        expect(await store.getPlan('p', { asOf: T0 })).toEqual({ plan: v1, revision: 1, savedAt: T0 })
        const atTen = await store.getPlan('p', { asOf: '2026-01-05T10:30:00.000Z' })
        expect(atTen?.revision).toBe(2)
        expect(atTen?.plan.title).toBe('v1')
        expect(atTen?.plan.actions[0]?.updates.map((u) => u.note)).toEqual(['Kick-off meeting held.', 'ten'])
        // Same instant written with an offset: 11:00Z is 12:00+01:00.
        expect(await store.getPlan('p', { asOf: '2026-01-05T12:00:00+01:00' })).toEqual({
          plan: v3,
          revision: 3,
          savedAt: '2026-01-05T11:00:00.000Z',
        })
        expect((await store.listActions('p', { asOf: '2026-01-05T10:59:00Z' })).map((a) => a.id)).toEqual([
          'A1',
          'A2',
          'A3',
        ])
        expect((await store.listActions('p')).map((a) => a.id)).toEqual(['A1'])
      })

      it('reconstructs every revision across saves, updates, a delete and a re-save', async () => {
        const store = await fresh()
        const at = (hour: number) => `2026-02-01T${String(hour).padStart(2, '0')}:00:00.000Z`
        const note = (n: string) => buildTestUpdate({ at: T0, note: n })
        clock.set(at(10))
        await store.savePlan(buildTestPlan({ id: 'p', title: 'first', actionCount: 3 })) // rev 1
        clock.set(at(11))
        await store.recordUpdate('p', 'A1', note('u2'), { expectedRevision: 1 }) // rev 2
        clock.set(at(12))
        await store.savePlan(buildTestPlan({ id: 'p', title: 'second', actionCount: 2 })) // rev 3
        clock.set(at(13))
        await store.recordUpdate('p', 'A2', note('u4'), { expectedRevision: 3 }) // rev 4
        clock.set(at(14))
        await store.deletePlan('p') // rev 5
        clock.set(at(15))
        await store.savePlan(buildTestPlan({ id: 'p', title: 'third', actionCount: 1 })) // rev 6

        const view = async (hour: number) => {
          const stored = await store.getPlan('p', {
            asOf: `2026-02-01T${String(hour).padStart(2, '0')}:30:00Z`,
          })
          if (stored === null) return null
          return [
            stored.revision,
            stored.plan.title,
            stored.plan.actions.map((a) => `${a.id}:${a.updates.map((u) => u.note).join('/')}`),
          ]
        }
        const kickOff = 'Kick-off meeting held.'
        expect(await view(9)).toBeNull()
        expect(await view(10)).toEqual([1, 'first', [`A1:${kickOff}`, `A2:${kickOff}`, `A3:${kickOff}`]])
        expect(await view(11)).toEqual([2, 'first', [`A1:${kickOff}/u2`, `A2:${kickOff}`, `A3:${kickOff}`]])
        expect(await view(12)).toEqual([3, 'second', [`A1:${kickOff}`, `A2:${kickOff}`]])
        expect(await view(13)).toEqual([4, 'second', [`A1:${kickOff}`, `A2:${kickOff}/u4`]])
        expect(await view(14)).toBeNull()
        expect(await view(15)).toEqual([6, 'third', [`A1:${kickOff}`]])
        expect((await store.listActions('p', { asOf: at(13) })).map((a) => a.id)).toEqual(['A1', 'A2'])
        expect(await rejection(store.listActions('p', { asOf: '2026-02-01T14:30:00Z' }))).toBeInstanceOf(
          NotFoundError,
        )
      })

      it('refuses an asOf that is not an ISO date-time', async () => {
        const store = await fresh()
        await store.savePlan(buildTestPlan({ id: 'p' }))
        expect(await rejection(store.getPlan('p', { asOf: 'last Tuesday' }))).toBeInstanceOf(ValidationError)
        expect(await rejection(store.getPlan('p', { asOf: '2026-02-30' }))).toBeInstanceOf(ValidationError)
        expect(await rejection(store.getPlan('p', { asOf: '05/01/2026' }))).toBeInstanceOf(ValidationError)
        expect(await rejection(store.listActions('p', { asOf: '2026-1-5' }))).toBeInstanceOf(ValidationError)
      })

      it('reads a plain date as the end of that day in UTC', async () => {
        const store = await fresh()
        await store.savePlan(buildTestPlan({ id: 'p', title: 'morning' })) // 2026-01-05 09:00Z
        clock.set('2026-01-05T23:59:59.999Z')
        await store.savePlan(buildTestPlan({ id: 'p', title: 'last moment', actionCount: 2 }))
        clock.set('2026-01-06T00:00:00.000Z')
        await store.savePlan(buildTestPlan({ id: 'p', title: 'next day', actionCount: 1 }))
        expect(await store.getPlan('p', { asOf: '2026-01-04' })).toBeNull()
        expect(await store.getPlan('p', { asOf: '2026-01-05' })).toMatchObject({
          revision: 2,
          savedAt: '2026-01-05T23:59:59.999Z',
          plan: { title: 'last moment' },
        })
        expect((await store.getPlan('p', { asOf: '2026-01-06' }))?.plan.title).toBe('next day')
        expect((await store.listActions('p', { asOf: '2026-01-05' })).map((a) => a.id)).toEqual(['A1', 'A2'])
        expect(await store.getPlan('never', { asOf: '2026-01-05' })).toBeNull()
      })
    })

    describe('purgePlan', () => {
      it('removes the plan, every revision and its whole history, leaving other plans alone', async () => {
        const store = await fresh()
        await store.savePlan(buildTestPlan({ id: 'p' }))
        await store.savePlan(buildTestPlan({ id: 'q' }))
        clock.advance(60_000)
        await store.recordUpdate('p', 'A1', buildTestUpdate({ at: T0, note: 'secret' }), {
          expectedRevision: 1,
        })
        clock.advance(60_000)
        await store.deletePlan('p')
        await store.purgePlan('p')
        expect(await store.getPlan('p')).toBeNull()
        expect(await store.getPlan('p', { asOf: '2026-01-05T09:01:30.000Z' })).toBeNull()
        expect(await store.getPlan('p', { asOf: '2026-01-05' })).toBeNull()
        expect(await rejection(store.history('p'))).toBeInstanceOf(NotFoundError)
        expect(await rejection(store.listActions('p', { asOf: T0 }))).toBeInstanceOf(NotFoundError)
        expect(await rejection(store.purgePlan('p'))).toBeInstanceOf(NotFoundError)
        expect(await rejection(store.purgePlan('never'))).toMatchObject({ _tag: 'NotFound', planId: 'never' })
        expect((await store.listPlans()).map((s) => s.id)).toEqual(['q'])
        expect((await store.getPlan('q'))?.plan).toEqual(buildTestPlan({ id: 'q' }))
        expect((await store.history('q')).map((e) => e.kind)).toEqual(['save'])
      })

      it('purges a live plan, and the id starts again at revision 1', async () => {
        const store = await fresh()
        await store.savePlan(buildTestPlan({ id: 'p' }))
        await store.savePlan(buildTestPlan({ id: 'p', title: 'second' }))
        await store.purgePlan('p')
        expect(await store.listPlans()).toEqual([])
        expect(await store.savePlan(buildTestPlan({ id: 'p' }), { expectedRevision: 0 })).toEqual({
          revision: 1,
        })
        expect((await store.history('p')).map((e) => [e.kind, e.revision])).toEqual([['save', 1]])
        expect((await store.getPlan('p'))?.plan).toEqual(buildTestPlan({ id: 'p' }))
      })
    })

    describe('erasePerson', () => {
      const name = 'Jo Bloggs'
      const holdsName = (value: unknown) => JSON.stringify(value).includes(name)

      it('replaces the name everywhere, in every past revision and history entry, and records an erasure', async () => {
        const store = await fresh()
        const named = buildTestPlan({ id: 'named', actionCount: 3 })
        named.actions[0]!.owners = [name, 'SRM']
        named.actions[0]!.ownersText = `${name} / SRM`
        named.actions[1]!.notes = `Ask ${name}; ${name} leads this.`
        named.actions[2]!.extra = [{ column: 'Contact', value: `${name} <jo@example.ac.uk>` }]
        await store.savePlan(named) // rev 1, 09:00
        clock.set('2026-01-05T10:00:00.000Z')
        const update = buildTestUpdate({ at: clock.now(), by: name, note: `${name} met HR` })
        await store.recordUpdate('named', 'A1', update, { expectedRevision: 1 }) // rev 2
        // A deleted plan still holds the name in its history and past revisions.
        const gone = buildTestPlan({ id: 'gone', title: `Plan of ${name}`, actionCount: 1 })
        await store.savePlan(gone)
        clock.set('2026-01-05T11:00:00.000Z')
        await store.deletePlan('gone')
        const other = buildTestPlan({ id: 'other', actionCount: 2 })
        await store.savePlan(other)

        clock.set('2026-01-06T09:00:00.000Z')
        const result = await store.erasePerson(name)
        expect([...result.plans].sort((a, b) => (a.planId < b.planId ? -1 : 1))).toEqual([
          { planId: 'gone', revision: 3 },
          { planId: 'named', revision: 3 },
        ])

        const now = await store.getPlan('named')
        expect(now?.revision).toBe(3)
        expect(holdsName(now)).toBe(false)
        expect(now?.plan.actions[0]?.owners).toEqual(['[erased]', 'SRM'])
        expect(now?.plan.actions[0]?.ownersText).toBe('[erased] / SRM')
        expect(now?.plan.actions[1]?.notes).toBe('Ask [erased]; [erased] leads this.')
        expect(now?.plan.actions[2]?.extra).toEqual([
          { column: 'Contact', value: '[erased] <jo@example.ac.uk>' },
        ])
        expect(now?.plan.actions[0]?.updates.at(-1)).toEqual({
          ...update,
          by: '[erased]',
          note: '[erased] met HR',
        })
        // Everything else is as it was.
        expect(now?.plan.actions[0]?.title).toBe(named.actions[0]?.title)
        expect(now?.plan.actions[1]?.target).toEqual(named.actions[1]?.target)

        const pastReads = [
          await store.getPlan('named', { asOf: T0 }),
          await store.getPlan('named', { asOf: '2026-01-05T10:30:00Z' }),
          await store.getPlan('gone', { asOf: '2026-01-05T10:30:00Z' }),
          await store.listActions('named', { asOf: T0 }),
          await store.listActions('named', { asOf: T0, pillar: 'V' }),
          await store.history('named'),
          await store.history('gone'),
          await store.listPlans(),
        ]
        for (const read of pastReads) expect(holdsName(read)).toBe(false)
        expect((await store.getPlan('named', { asOf: T0 }))?.plan.actions[1]?.notes).toBe(
          'Ask [erased]; [erased] leads this.',
        )
        expect((await store.getPlan('gone', { asOf: '2026-01-05T10:30:00Z' }))?.plan.title).toBe(
          'Plan of [erased]',
        )
        expect(await store.getPlan('gone')).toBeNull()

        const trail = await store.history('named')
        expect(trail.map((e) => [e.kind, e.revision, e.actionId, e.update])).toEqual([
          ['save', 1, null, null],
          ['update', 2, 'A1', { ...update, by: '[erased]', note: '[erased] met HR' }],
          ['erasure', 3, null, null],
        ])
        expect(trail.at(-1)?.recordedAt).toBe('2026-01-06T09:00:00.000Z')
        expect((await store.history('gone')).map((e) => e.kind)).toEqual(['save', 'delete', 'erasure'])

        // A plan that never held the name is untouched.
        expect(await store.getPlan('other')).toMatchObject({ plan: other, revision: 1 })
        expect((await store.history('other')).map((e) => e.kind)).toEqual(['save'])

        // The erased plan is still a working plan.
        expect(
          await store.recordUpdate('named', 'A2', buildTestUpdate({ at: T0, note: 'after' }), {
            expectedRevision: 3,
          }),
        ).toEqual({ revision: 4 })
        expect(await store.erasePerson(name)).toEqual({ plans: [] })
      })

      it('uses the placeholder given and refuses names that would wreck the text', async () => {
        const store = await fresh()
        const plan = buildTestPlan({ id: 'p', actionCount: 1 })
        plan.actions[0]!.owners = ['Dr Ana Núñez 🧪', 'x']
        await store.savePlan(plan)
        await store.erasePerson('Dr Ana Núñez 🧪', { placeholder: '[former technician]' })
        expect((await store.getPlan('p'))?.plan.actions[0]?.owners).toEqual(['[former technician]', 'x'])
        expect(await rejection(store.erasePerson(''))).toBeInstanceOf(ValidationError)
        expect(await rejection(store.erasePerson('x'))).toBeInstanceOf(ValidationError)
        expect(await rejection(store.erasePerson('  '))).toBeInstanceOf(ValidationError)
        expect(await rejection(store.erasePerson('SRM', { placeholder: 'SRM (erased)' }))).toBeInstanceOf(
          ValidationError,
        )
        expect((await store.getPlan('p'))?.revision).toBe(2)
      })
    })

    describe('listActions', () => {
      it('filters by pillar, state and due date, in plan order', async () => {
        const store = await fresh()
        // A1 V due 2026-01-31, A2 R 2026-02-28, A3 C 2026-03-31, A4 S 2026-04-30, A5 V 2026-05-31
        const plan = buildTestPlan({ id: 'p', actionCount: 5 })
        plan.actions[4]!.status = buildTestStatus({ state: 'complete', text: 'Done' })
        plan.actions[1]!.target = buildTestTarget({
          text: 'Ongoing',
          kind: 'ongoing',
          start: null,
          end: null,
          due: null,
          precision: null,
        })
        plan.actions[1]!.pillars = ['R', 'V']
        await store.savePlan(plan)
        const ids = async (q: Parameters<PlanStore['listActions']>[1]) =>
          (await store.listActions('p', q)).map((a) => a.id)
        expect(await ids({})).toEqual(['A1', 'A2', 'A3', 'A4', 'A5'])
        expect(await ids({ pillar: 'V' })).toEqual(['A1', 'A2', 'A5'])
        expect(await ids({ pillar: 'E' })).toEqual([])
        expect(await ids({ state: 'complete' })).toEqual(['A5'])
        expect(await ids({ state: ['complete', 'in-progress'] })).toEqual(['A1', 'A2', 'A3', 'A4', 'A5'])
        expect(await ids({ state: [] })).toEqual([])
        // Strictly before: A3 is due on 2026-03-31 itself. A2 has no due date.
        expect(await ids({ dueBefore: '2026-03-31' })).toEqual(['A1'])
        expect(await ids({ dueBefore: '2026-04-01' })).toEqual(['A1', 'A3'])
        expect(await ids({ pillar: 'V', state: 'in-progress', dueBefore: '2026-12-31' })).toEqual(['A1'])
        expect((await store.listActions('p', { pillar: 'V' }))[0]).toEqual(plan.actions[0])
        expect(await ids({ state: ['complete', 'complete'] })).toEqual(['A5'])
        expect(await rejection(store.listActions('p', { dueBefore: '31/03/2026' }))).toBeInstanceOf(
          ValidationError,
        )
        const unknownState = { state: "done'); DROP TABLE plans;--" } as unknown as ActionQuery
        expect(await rejection(store.listActions('p', unknownState))).toBeInstanceOf(ValidationError)
      })
    })

    describe('large plans', () => {
      it(`round-trips a ${largePlanSize}-action plan and queries it`, async () => {
        const store = await fresh()
        const plan = buildTestPlan({ id: 'big', actionCount: largePlanSize })
        await store.savePlan(plan)
        const stored = await store.getPlan('big')
        expect(stored?.plan.actions).toHaveLength(largePlanSize)
        expect(stored?.plan).toEqual(plan)
        // Pillars cycle V,R,C,S; due months cycle over 48 months from January 2026.
        expect(await store.listActions('big', { pillar: 'V' })).toHaveLength(Math.ceil(largePlanSize / 4))
        // V and due before April 2026: index % 4 === 0 and index % 48 < 3, i.e. index % 48 === 0.
        expect(await store.listActions('big', { pillar: 'V', dueBefore: '2026-04-01' })).toHaveLength(
          Math.ceil(largePlanSize / 48),
        )
        await store.recordUpdate('big', `A${largePlanSize}`, buildTestUpdate({ at: T0, note: 'last' }), {
          expectedRevision: 1,
        })
        expect((await store.getPlan('big'))?.plan.actions.at(-1)?.updates.at(-1)?.note).toBe('last')
      })
    })

    describe('plan stages', () => {
      it('keeps the stage fields and each action’s link, and leaves plans without them as they were', async () => {
        const store = await fresh()
        const first = buildTestPlan({ id: 'stage-1' })
        const second = buildTestPlan({ id: 'stage-2' })
        const next: Plan = {
          ...second,
          stage: 2,
          signedOn: '2017-09-13',
          previousPlanId: 'stage-1',
          actions: second.actions.map((action) => ({
            ...action,
            continues: { planId: 'stage-1', actionId: action.id },
          })),
        }
        await store.savePlan(first)
        await store.savePlan(next)
        expect((await store.getPlan('stage-2'))?.plan).toEqual(next)
        const older = (await store.getPlan('stage-1'))?.plan
        expect(older).toEqual(first)
        expect(older !== undefined && 'stage' in older).toBe(false)
        const linked = next.actions[0]!
        await store.recordUpdate('stage-2', linked.id, buildTestUpdate({ at: T0 }), { expectedRevision: 1 })
        expect((await store.getPlan('stage-2'))?.plan.actions[0]?.continues).toEqual(linked.continues)
      })
    })
  })
}
