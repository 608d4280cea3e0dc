// @techcommit/core/store — helpers for authors of PlanStore adapters. Every store calls them so that all
// stores refuse the same inputs and read the same queries. Application code does not need them.
export { applyProgressUpdate } from './applyProgressUpdate'
export { asOfToMillis } from './asOfToMillis'
export { type Erasure, erasePersonIn, parseErasure } from './erasePersonIn'
export { filterActions } from './filterActions'
export { revisionConflict } from './revisionConflict'
export {
  parseActionQuery,
  parseStorablePlan,
  parseStorableUpdate,
  timestampToMillis,
} from './parseStorablePlan'
