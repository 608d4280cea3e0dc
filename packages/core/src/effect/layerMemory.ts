import { Layer } from 'effect'
import { createMemoryPlanStore, type MemoryPlanStoreOptions } from '../store/createMemoryPlanStore'
import { fromPromisePlanStore } from './fromPromisePlanStore'
import { PlanStore } from './PlanStore'

/**
 * A Layer that provides a fresh in-memory `PlanStore` each time it is built (tests, demos).
 *
 * @example
 * const revision = await Effect.runPromise(
 *   PlanStore.use((store) => store.savePlan(plan)).pipe(Effect.provide(layerMemory({ now: clock.now }))),
 * )
 */
export function layerMemory(options: MemoryPlanStoreOptions = {}): Layer.Layer<PlanStore> {
  return Layer.sync(PlanStore, () => fromPromisePlanStore(createMemoryPlanStore(options)))
}
