import { Context, type Effect } from 'effect'
import type { ConflictError, NotFoundError, StorageError, ValidationError } from '../errors'
import type { Action } from '../model/action'
import type { Plan } from '../model/plan'
import type { ProgressUpdate } from '../model/progressUpdate'
import type {
  ActionQuery,
  DeletePlanOptions,
  ErasePersonOptions,
  ErasureResult,
  PlanHistoryEntry,
  PlanSummary,
  ReadOptions,
  RecordUpdateOptions,
  SavePlanOptions,
  StoredPlan,
} from '../store/PlanStore'

/**
 * Any failure of a plan store, as it travels in Effect's error channel. Each member has a `_tag`
 * (`ValidationError`, `NotFound`, `Conflict`, `StorageError`) for `Effect.catchTag`.
 *
 * @example
 * const recover = (e: PlanStoreError) => (e._tag === 'Conflict' ? e.currentRevision : -1)
 */
export type PlanStoreError = ValidationError | NotFoundError | ConflictError | StorageError

/**
 * The `PlanStore` port with Effect return types: the same operations and meaning as the Promise interface
 * of `@techcommit/core`, with each method's possible failures in its type.
 *
 * @example
 * const shape: EffectPlanStore = fromPromisePlanStore(createMemoryPlanStore())
 */
export interface EffectPlanStore {
  readonly savePlan: (
    plan: Plan,
    options?: SavePlanOptions,
  ) => Effect.Effect<{ readonly revision: number }, ValidationError | ConflictError | StorageError>
  readonly getPlan: (
    planId: string,
    options?: ReadOptions,
  ) => Effect.Effect<StoredPlan | null, ValidationError | StorageError>
  readonly listPlans: () => Effect.Effect<readonly PlanSummary[], StorageError>
  readonly deletePlan: (
    planId: string,
    options?: DeletePlanOptions,
  ) => Effect.Effect<{ readonly revision: number }, NotFoundError | ConflictError | StorageError>
  readonly purgePlan: (planId: string) => Effect.Effect<void, NotFoundError | StorageError>
  readonly erasePerson: (
    name: string,
    options?: ErasePersonOptions,
  ) => Effect.Effect<ErasureResult, ValidationError | StorageError>
  readonly recordUpdate: (
    planId: string,
    actionId: string,
    update: ProgressUpdate,
    options: RecordUpdateOptions,
  ) => Effect.Effect<
    { readonly revision: number },
    ValidationError | NotFoundError | ConflictError | StorageError
  >
  readonly history: (
    planId: string,
    actionId?: string,
  ) => Effect.Effect<readonly PlanHistoryEntry[], NotFoundError | StorageError>
  readonly listActions: (
    planId: string,
    query?: ActionQuery,
  ) => Effect.Effect<readonly Action[], ValidationError | NotFoundError | StorageError>
}

/**
 * The plan store as an Effect service. Provide it with a Layer: `layerMemory()` here,
 * `layer({ filename })` from `@techcommit/adapter-sqlite/effect`, or `layerFromPromise(store)` for any
 * Promise `PlanStore`.
 *
 * @example
 * const program = Effect.gen(function* () {
 *   const store = yield* PlanStore
 *   const { revision } = yield* store.savePlan(plan)
 *   return revision
 * })
 * await Effect.runPromise(Effect.provide(program, layerMemory()))
 */
export class PlanStore extends Context.Service<PlanStore, EffectPlanStore>()('@techcommit/core/PlanStore') {}
