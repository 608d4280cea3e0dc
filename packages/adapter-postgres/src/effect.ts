// @techcommit/adapter-postgres/effect — the PostgreSQL store as a Layer for `PlanStore` from
// @techcommit/core/effect. A separate entry so that `@techcommit/adapter-postgres` itself never loads effect.
import { layerFromPromiseScoped, type PlanStore, type StorageError } from '@techcommit/core/effect'
import type { Layer } from 'effect'
import { openPostgresPlanStore, type PostgresPlanStoreOptions } from './openPostgresPlanStore'

/**
 * A Layer that opens the store (and migrates the schema) when built and closes it when the Layer's scope
 * ends — ending the pool only when the store made it. A failure to connect or migrate is a `StorageError` in
 * the error channel.
 *
 * @example
 * import { PlanStore } from '@techcommit/core/effect'
 * import { layer } from '@techcommit/adapter-postgres/effect'
 *
 * const program = PlanStore.use((store) => store.listPlans())
 * await Effect.runPromise(Effect.provide(program, layer({ connectionString: process.env.DATABASE_URL! })))
 */
export function layer(options: PostgresPlanStoreOptions): Layer.Layer<PlanStore, StorageError> {
  return layerFromPromiseScoped(() => openPostgresPlanStore(options))
}
