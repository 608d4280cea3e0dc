import { Effect, Layer } from 'effect'
import { StorageError } from '../errors'
import type { PlanStore as PromisePlanStore } from '../store/PlanStore'
import { fromPromisePlanStore } from './fromPromisePlanStore'
import { PlanStore } from './PlanStore'

/**
 * A Layer that provides the `PlanStore` service from a Promise store you already hold. You keep ownership:
 * the Layer never closes it.
 *
 * @example
 * const store = createMemoryPlanStore()
 * await Effect.runPromise(Effect.provide(program, layerFromPromise(store)))
 */
export function layerFromPromise(store: PromisePlanStore): Layer.Layer<PlanStore> {
  return Layer.succeed(PlanStore, fromPromisePlanStore(store))
}

/**
 * A Layer that opens a Promise store when it is built and closes it (`store.close()`) when its scope ends:
 * for adapters that hold files or connections. A failure to open is a `StorageError`.
 *
 * @example
 * const live = layerFromPromiseScoped(() => openMyPlanStore({ url }))
 */
export function layerFromPromiseScoped(
  open: () => PromisePlanStore | Promise<PromisePlanStore>,
): Layer.Layer<PlanStore, StorageError> {
  const acquire = Effect.tryPromise({
    try: async () => open(),
    catch: (error) =>
      error instanceof StorageError
        ? error
        : new StorageError(
            `Could not open the plan store: ${error instanceof Error ? error.message : String(error)}`,
            {
              cause: error,
            },
          ),
  })
  return Layer.effect(
    PlanStore,
    Effect.map(
      Effect.acquireRelease(acquire, (store) =>
        Effect.promise(async () => store.close?.()).pipe(Effect.ignore),
      ),
      fromPromisePlanStore,
    ),
  )
}
