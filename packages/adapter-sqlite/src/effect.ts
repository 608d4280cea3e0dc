// @techcommit/adapter-sqlite/effect — the SQLite store as a Layer for `PlanStore` from @techcommit/core/effect.
// A separate entry so that `@techcommit/adapter-sqlite` itself never loads effect (an optional peer).
import { layerFromPromiseScoped, type PlanStore, type StorageError } from '@techcommit/core/effect'
import type { Layer } from 'effect'
import { openSqlitePlanStore, type SqlitePlanStoreOptions } from './openSqlitePlanStore'

/**
 * A Layer that opens the SQLite file when built and closes it when the Layer's scope ends. Failing to open
 * (missing folder, newer schema, not a database) is a `StorageError` in the error channel.
 *
 * @example
 * import { PlanStore } from '@techcommit/core/effect'
 * import { layer } from '@techcommit/adapter-sqlite/effect'
 *
 * const program = PlanStore.use((store) => store.listPlans())
 * await Effect.runPromise(Effect.provide(program, layer({ filename: './techcommit.db' })))
 */
export function layer(options: SqlitePlanStoreOptions): Layer.Layer<PlanStore, StorageError> {
  return layerFromPromiseScoped(() => openSqlitePlanStore(options))
}
