// @techcommit/core — the pure domain library. Data flows: table → tableToPlan → Plan → evaluatePlan.
// Explicit named re-exports only: what is listed here is the public API.

// ── errors ────────────────────────────────────────────────────────────────
export {
  ConflictError,
  ImportError,
  NotFoundError,
  StorageError,
  TechcommitError,
  ValidationError,
  type ValidationProblem,
} from './errors'

// ── model (schemas and inferred types) ───────────────────────────────────
export { IsoDate, IsoDateTime } from './model/primitives'
export {
  DateContext,
  DatePrecision,
  QuarterBasis,
  TargetDate,
  TargetDateKind,
  TargetDateReading,
} from './model/targetDate'
export { ReportedRag, Status, StatusState } from './model/status'
export { ProgressUpdate } from './model/progressUpdate'
export { Action, ExtraField } from './model/action'
export { Plan, PlanPeriod } from './model/plan'
export { Pillar, Taxonomy } from './model/taxonomySchema'
export { ImportIssue, IssueSeverity } from './model/importIssue'
// @section model (issue 3: createPlan, createAction, JSON Schema)

// ── taxonomy ──────────────────────────────────────────────────────────────
export { technicianCommitment } from './taxonomy/technicianCommitment'
export {
  type PillarFlag,
  type PillarInput,
  type ResolvedPillars,
  resolvePillars,
} from './taxonomy/resolvePillars'
// @section taxonomy (issue 3: defineTaxonomy, researcherDevelopmentConcordat, …)

// ── status and owners ────────────────────────────────────────────────────
export { parseStatus } from './status/parseStatus'
export { type ParsedOwners, parseOwners } from './owners/parseOwners'
// @section status (issue 3)

// ── dates ─────────────────────────────────────────────────────────────────
export { parseTargetDate } from './dates/parseTargetDate'
// @section dates (issue 4: inferDateContext, formatTargetDate, …)

// ── import ────────────────────────────────────────────────────────────────
// @section import (issue 5: tableToPlan, planToRows, …)

// ── scoring ───────────────────────────────────────────────────────────────
// @section scoring (issue 6: evaluateAction, evaluatePlan, lintPlan, compareAssessments, …)

// ── store port ────────────────────────────────────────────────────────────
// @section store (issue 7: PlanStore, createMemoryPlanStore, …)
