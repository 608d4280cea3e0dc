import { PlanStore } from '@techcommit/core/effect'
import { buildTestPlan } from '@techcommit/core/testing'
import { Effect } from 'effect'
import { describe, expect, it } from 'vitest'
import { freshSchema, usePostgres } from '../test/usePostgres'
import { layer } from './effect'

const connectionString = usePostgres()

describe.runIf(connectionString !== null)('layer (Effect)', () => {
  it('provides PlanStore on PostgreSQL, with conflicts and erasure in the service', async () => {
    const program = Effect.gen(function* () {
      const store = yield* PlanStore
      yield* store.savePlan(buildTestPlan({ id: 'p' }))
      const conflict = yield* Effect.flip(store.savePlan(buildTestPlan({ id: 'p' }), { expectedRevision: 0 }))
      const erased = yield* store.erasePerson('J. Smith')
      yield* store.purgePlan('p')
      return { conflict: conflict._tag, erased, left: yield* store.listPlans() }
    })
    const live = layer({ connectionString: connectionString!, schema: freshSchema('effect') })
    expect(await Effect.runPromise(Effect.provide(program, live))).toEqual({
      conflict: 'Conflict',
      erased: { plans: [{ planId: 'p', revision: 2 }] },
      left: [],
    })
  })

  it('fails to build with StorageError when the server cannot be reached', async () => {
    const live = layer({ connectionString: 'postgres://nobody@127.0.0.1:1/none' })
    const error = await Effect.runPromise(
      Effect.flip(
        Effect.provide(
          PlanStore.use((s) => s.listPlans()),
          live,
        ),
      ),
    )
    expect(error._tag).toBe('StorageError')
  })
})
