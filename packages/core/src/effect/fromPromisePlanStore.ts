import { Effect } from 'effect'
import { StorageError, TechcommitError } from '../errors'
import type { PlanStore as PromisePlanStore } from '../store/PlanStore'
import type { EffectPlanStore, PlanStoreError } from './PlanStore'

type Tag = PlanStoreError['_tag']

function lift<A, E extends PlanStoreError>(
  operation: string,
  expected: readonly Tag[],
  run: () => Promise<A>,
): Effect.Effect<A, E> {
  return Effect.tryPromise({
    try: run,
    catch: (error) => {
      // The store's own errors pass through unchanged (same class, same tag); anything else — a driver
      // error, a bug, a tag this operation cannot raise — is a StorageError that keeps the original as cause.
      if (error instanceof TechcommitError && (expected as readonly string[]).includes(error._tag))
        return error as E
      const detail = error instanceof Error ? error.message : String(error)
      return new StorageError(`The plan store failed during ${operation}: ${detail}`, { cause: error }) as E
    },
  })
}

/**
 * Lift a Promise `PlanStore` (from `@techcommit/core` or any adapter) into the Effect service shape.
 * Rejections with techcommit errors keep their class and tag; any other rejection becomes a `StorageError`
 * whose `cause` is the original.
 *
 * @example
 * const shape = fromPromisePlanStore(createMemoryPlanStore())
 * const program = shape.getPlan('uni-2026') // Effect<StoredPlan | null, ValidationError | StorageError>
 */
export function fromPromisePlanStore(store: PromisePlanStore): EffectPlanStore {
  return {
    savePlan: (plan, options) =>
      lift('savePlan', ['ValidationError', 'Conflict', 'StorageError'], () => store.savePlan(plan, options)),
    getPlan: (planId, options) =>
      lift('getPlan', ['ValidationError', 'StorageError'], () => store.getPlan(planId, options)),
    listPlans: () => lift('listPlans', ['StorageError'], () => store.listPlans()),
    deletePlan: (planId, options) =>
      lift('deletePlan', ['NotFound', 'Conflict', 'StorageError'], () => store.deletePlan(planId, options)),
    purgePlan: (planId) => lift('purgePlan', ['NotFound', 'StorageError'], () => store.purgePlan(planId)),
    erasePerson: (name, options) =>
      lift('erasePerson', ['ValidationError', 'StorageError'], () => store.erasePerson(name, options)),
    recordUpdate: (planId, actionId, update, options) =>
      lift('recordUpdate', ['ValidationError', 'NotFound', 'Conflict', 'StorageError'], () =>
        store.recordUpdate(planId, actionId, update, options),
      ),
    history: (planId, actionId) =>
      lift('history', ['NotFound', 'StorageError'], () =>
        actionId === undefined ? store.history(planId) : store.history(planId, actionId),
      ),
    listActions: (planId, query) =>
      lift('listActions', ['ValidationError', 'NotFound', 'StorageError'], () =>
        store.listActions(planId, query),
      ),
  }
}
