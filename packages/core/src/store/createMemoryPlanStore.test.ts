import { describe, expect, it } from 'vitest'
import { runPlanStoreConformance } from '../testing/runPlanStoreConformance'
import { buildTestPlan } from '../testing/planFixtures'
import { createMemoryPlanStore } from './createMemoryPlanStore'

runPlanStoreConformance('memory', ({ now }) => createMemoryPlanStore({ now }))

describe('createMemoryPlanStore without a clock', () => {
  it('stamps writes with a logical clock that ticks one millisecond per write', async () => {
    const store = createMemoryPlanStore()
    await store.savePlan(buildTestPlan({ id: 'p' }))
    await store.savePlan(buildTestPlan({ id: 'p' }))
    expect((await store.history('p')).map((e) => e.recordedAt)).toEqual([
      '1970-01-01T00:00:00.001Z',
      '1970-01-01T00:00:00.002Z',
    ])
  })

  it('refuses a clock that does not return an ISO date-time', async () => {
    const store = createMemoryPlanStore({ now: () => 'noon' })
    await expect(store.savePlan(buildTestPlan({ id: 'p' }))).rejects.toMatchObject({
      _tag: 'ValidationError',
    })
  })
})
