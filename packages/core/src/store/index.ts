// @techcommit/core/store — helpers for authors of PlanStore adapters. Every store calls them so that all
// stores refuse the same inputs and read the same queries. Application code does not need them.
export { applyProgressUpdate } from './applyProgressUpdate'
export { filterActions } from './filterActions'
export {
  parseActionQuery,
  parseStorablePlan,
  parseStorableUpdate,
  timestampToMillis,
} from './parseStorablePlan'
