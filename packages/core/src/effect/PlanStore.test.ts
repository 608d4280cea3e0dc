import { Effect, Exit, Layer } from 'effect'
import { describe, expect, expectTypeOf, it } from 'vitest'
import { ConflictError, NotFoundError, StorageError, type ValidationError } from '../errors'
import { createMemoryPlanStore } from '../store/createMemoryPlanStore'
import type { PlanStore as PromisePlanStore } from '../store/PlanStore'
import { createTestClock } from '../testing/createTestClock'
import { buildTestPlan, buildTestUpdate } from '../testing/planFixtures'
import { fromPromisePlanStore } from './fromPromisePlanStore'
import { layerFromPromise, layerFromPromiseScoped } from './layerFromPromise'
import { layerMemory } from './layerMemory'
import { type EffectPlanStore, PlanStore } from './PlanStore'

const at = '2026-01-05T09:00:00.000Z'

describe('PlanStore service', () => {
  it('saves, updates and reads through the memory Layer', async () => {
    const clock = createTestClock(at)
    const program = Effect.gen(function* () {
      const store = yield* PlanStore
      const saved = yield* store.savePlan(buildTestPlan({ id: 'p' }))
      const updated = yield* store.recordUpdate('p', 'A1', buildTestUpdate({ at, note: 'via effect' }), {
        expectedRevision: saved.revision,
      })
      const read = yield* store.getPlan('p')
      return {
        saved: saved.revision,
        updated: updated.revision,
        note: read?.plan.actions[0]?.updates.at(-1)?.note,
      }
    })
    const result = await Effect.runPromise(Effect.provide(program, layerMemory({ now: clock.now })))
    expect(result).toEqual({ saved: 1, updated: 2, note: 'via effect' })
  })

  it('puts a stale revision in the error channel as the same ConflictError, catchable by tag', async () => {
    const program = Effect.gen(function* () {
      const store = yield* PlanStore
      yield* store.savePlan(buildTestPlan({ id: 'p' }))
      yield* store.savePlan(buildTestPlan({ id: 'p' }))
      return yield* store.recordUpdate('p', 'A1', buildTestUpdate({ at }), { expectedRevision: 1 })
    }).pipe(Effect.catchTag('Conflict', (error) => Effect.succeed({ conflictAt: error.currentRevision })))
    expect(await Effect.runPromise(Effect.provide(program, layerMemory()))).toEqual({ conflictAt: 2 })
  })

  it('fails with NotFoundError as a typed failure', async () => {
    const program = PlanStore.use((store) => store.history('ghost'))
    const exit = await Effect.runPromiseExit(Effect.provide(program, layerMemory()))
    expect(Exit.isFailure(exit)).toBe(true)
    const error = await Effect.runPromise(Effect.flip(Effect.provide(program, layerMemory())))
    expect(error).toBeInstanceOf(NotFoundError)
    expect(error._tag).toBe('NotFound')
  })

  it('wraps a foreign rejection in StorageError that keeps the cause', async () => {
    const boom = new Error('disk on fire')
    const broken = { ...createMemoryPlanStore(), listPlans: () => Promise.reject(boom) } as PromisePlanStore
    const error = await Effect.runPromise(Effect.flip(fromPromisePlanStore(broken).listPlans()))
    expect(error).toBeInstanceOf(StorageError)
    expect(error.message).toContain('listPlans')
    expect(error.message).toContain('disk on fire')
    expect(error.cause).toBe(boom)
  })

  it('wraps an error tag the operation cannot raise in StorageError', async () => {
    const odd = new ConflictError('Plan "p"', 1, 2)
    const broken = { ...createMemoryPlanStore(), getPlan: () => Promise.reject(odd) } as PromisePlanStore
    const error = await Effect.runPromise(Effect.flip(fromPromisePlanStore(broken).getPlan('p')))
    expect(error).toBeInstanceOf(StorageError)
    expect(error.cause).toBe(odd)
  })

  it('shares a store you already hold through layerFromPromise', async () => {
    const store = createMemoryPlanStore()
    await store.savePlan(buildTestPlan({ id: 'shared' }))
    const ids = await Effect.runPromise(
      Effect.provide(
        PlanStore.use((s) => s.listPlans()),
        layerFromPromise(store),
      ),
    )
    expect(ids.map((s) => s.id)).toEqual(['shared'])
  })

  it('closes a scoped store when the Layer is released, and reports a failed open as StorageError', async () => {
    const calls: string[] = []
    const open = async (): Promise<PromisePlanStore> => {
      calls.push('open')
      return { ...createMemoryPlanStore(), close: async () => void calls.push('close') }
    }
    await Effect.runPromise(
      Effect.provide(
        PlanStore.use((s) => s.listPlans()).pipe(Effect.tap(() => Effect.sync(() => calls.push('use')))),
        layerFromPromiseScoped(open),
      ),
    )
    expect(calls).toEqual(['open', 'use', 'close'])

    const failing = layerFromPromiseScoped(() => Promise.reject(new Error('no such file')))
    const error = await Effect.runPromise(
      Effect.flip(
        Effect.provide(
          PlanStore.use((s) => s.listPlans()),
          failing,
        ),
      ),
    )
    expect(error).toBeInstanceOf(StorageError)
    expect(error.message).toContain('no such file')
  })

  it('gives each build of layerMemory its own store', async () => {
    const layer = layerMemory()
    const save = PlanStore.use((s) => s.savePlan(buildTestPlan({ id: 'p' })))
    const first = await Effect.runPromise(Effect.provide(save, layer))
    const second = await Effect.runPromise(Effect.provide(save, Layer.fresh(layer)))
    expect([first.revision, second.revision]).toEqual([1, 1])
  })

  it('types each operation with only the failures it can raise', () => {
    expectTypeOf<Effect.Error<ReturnType<EffectPlanStore['getPlan']>>>().toEqualTypeOf<
      ValidationError | StorageError
    >()
    expectTypeOf<Effect.Error<ReturnType<EffectPlanStore['recordUpdate']>>>().toEqualTypeOf<
      ValidationError | NotFoundError | ConflictError | StorageError
    >()
    expectTypeOf<Effect.Error<ReturnType<EffectPlanStore['listPlans']>>>().toEqualTypeOf<StorageError>()
  })
})

describe('PlanStore service: erasure', () => {
  it('purges a plan and erases a person through the Layer, with typed failures', async () => {
    const program = Effect.gen(function* () {
      const store = yield* PlanStore
      yield* store.savePlan(buildTestPlan({ id: 'p' }))
      yield* store.savePlan(buildTestPlan({ id: 'q' }))
      yield* store.purgePlan('q')
      const erased = yield* store.erasePerson('J. Smith')
      const refused = yield* Effect.flip(store.erasePerson('J'))
      const missing = yield* Effect.flip(store.purgePlan('q'))
      const plan = yield* store.getPlan('p')
      return {
        erased,
        refused: refused._tag,
        missing: missing._tag,
        by: plan?.plan.actions[0]?.updates[0]?.by,
      }
    })
    expect(await Effect.runPromise(Effect.provide(program, layerMemory()))).toEqual({
      erased: { plans: [{ planId: 'p', revision: 2 }] },
      refused: 'ValidationError',
      missing: 'NotFound',
      by: '[erased]',
    })
  })
})
