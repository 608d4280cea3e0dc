// @techcommit/core/effect — the PlanStore port as an Effect service, its Layers, and the tagged errors.
//
// The errors are re-exported, not redefined: techcommit's error classes already carry a literal `_tag`
// ("NotFound", "Conflict", "StorageError", "ValidationError"), a message and a cause, which is all
// `Effect.catchTag` needs. One class per failure means a ConflictError thrown by a Promise adapter is the very
// same value (and `instanceof` target) in Effect code — no twin classes to map between, and the main entry
// stays free of effect. They are not Effect's YieldableError: fail with `Effect.fail(new NotFoundError(id))`
// rather than `yield* new NotFoundError(id)`.
export { ConflictError, NotFoundError, StorageError, ValidationError } from '../errors'
export { type EffectPlanStore, PlanStore, type PlanStoreError } from './PlanStore'
export { fromPromisePlanStore } from './fromPromisePlanStore'
export { layerFromPromise, layerFromPromiseScoped } from './layerFromPromise'
export { layerMemory } from './layerMemory'
