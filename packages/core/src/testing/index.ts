// @techcommit/core/testing — the PlanStore conformance suite every adapter runs, and fixture builders.
// Needs vitest (an optional peer dependency of @techcommit/core).
export {
  type ConcurrentUpdateLine,
  type ConcurrentUpdaterOptions,
  expectNoLostUpdates,
  recordUpdatesWithRetries,
} from './concurrentUpdates'
export { createTestClock, type TestClock } from './createTestClock'
export {
  buildTestAction,
  buildTestPlan,
  buildTestStatus,
  buildTestTarget,
  buildTestUpdate,
  hostileStrings,
} from './planFixtures'
export {
  type PlanStoreConformanceContext,
  type PlanStoreConformanceOptions,
  runPlanStoreConformance,
} from './runPlanStoreConformance'
