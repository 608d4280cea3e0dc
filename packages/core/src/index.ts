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
export {
  type ActionInput,
  type CreateActionOptions,
  createAction,
  safeCreateAction,
} from './model/createAction'
export { createPlan, type PlanInput, safeCreatePlan } from './model/createPlan'
export {
  actionJsonSchema,
  type JsonSchema,
  type JsonSchemaOptions,
  planJsonSchema,
} from './model/planJsonSchema'
export type { SafeResult } from './model/toValidationError'
export {
  type PlanHeader,
  type PlanStream,
  type PlanValidation,
  streamPlan,
  validatePlan,
} from './model/validatePlan'

// ── taxonomy ──────────────────────────────────────────────────────────────
export { technicianCommitment } from './taxonomy/technicianCommitment'
export {
  type PillarFlag,
  type PillarInput,
  type ResolvedPillars,
  resolvePillars,
} from './taxonomy/resolvePillars'
// @section taxonomy (issue 3: defineTaxonomy, researcherDevelopmentConcordat, …)
export { researcherDevelopmentConcordat } from './taxonomy/researcherDevelopmentConcordat'
export {
  defineTaxonomy,
  type PillarDefinition,
  safeDefineTaxonomy,
  type TaxonomyDefinition,
} from './taxonomy/defineTaxonomy'
export { getPillar } from './taxonomy/getPillar'
export { builtInTaxonomies, getTaxonomy } from './taxonomy/getTaxonomy'

// ── status and owners ────────────────────────────────────────────────────
export { parseStatus } from './status/parseStatus'
export { type ParsedOwners, parseOwners } from './owners/parseOwners'
// @section status (issue 3)

// ── dates ─────────────────────────────────────────────────────────────────
export { parseTargetDate } from './dates/parseTargetDate'
// @section dates (issue 4: inferDateContext, formatTargetDate, …)
export type { DateReadingContext } from './dates/DateReadingContext'
export { type DateContextHints, type InferredDateContext, inferDateContext } from './dates/inferDateContext'
export { formatTargetDate } from './dates/formatTargetDate'
export { MAX_TARGET_TEXT } from './dates/tokenize'

// ── import ────────────────────────────────────────────────────────────────
// @section import (issue 5: tableToPlan, planToRows, …)
export {
  type MergedRegion,
  type TableLimits,
  type TableToPlanOptions,
  type TableToPlanResult,
  tableToPlan,
} from './import/tableToPlan'
export { planToRows } from './import/planToRows'
export { canonicalColumns, canonicalPlanLabels, isCanonicalHeader } from './import/canonicalColumns'
export {
  type ColumnField,
  columnFields,
  columnSynonyms,
  type HeaderMatch,
  matchColumnHeader,
  normalizeHeader,
} from './import/columnSynonyms'
export type { ForcedColumn } from './import/mapColumns'
export {
  type ColumnExplanation,
  explainImport,
  type ImportExplanation,
  type ImportRowExplanation,
  type ImportRowKind,
} from './import/explainImport'
export { formatImportExplanation } from './import/formatImportExplanation'
export { htmlToText } from './text/htmlToText'
export { type DateLegend, readDateLegend } from './import/readDateLegend'

// ── scoring ───────────────────────────────────────────────────────────────
// @section scoring (issue 6: evaluateAction, evaluatePlan, lintPlan, compareAssessments, …)
export {
  type ActionAssessment,
  type Finding,
  type FindingSeverity,
  RAGS,
  type Rag,
  type Rule,
  type RuleContext,
  type RuleOptions,
  type RuleResult,
  type StatusWeights,
} from './scoring/types'
export { defaultRuleOptions } from './scoring/defaultRuleOptions'
export { defaultStatusWeights } from './scoring/defaultStatusWeights'
export { defaultRules } from './scoring/defaultRules'
export { completeRule } from './scoring/rules/completeRule'
export { cancelledRule } from './scoring/rules/cancelledRule'
export { overdueRule } from './scoring/rules/overdueRule'
export { dueSoonRule } from './scoring/rules/dueSoonRule'
export { behindScheduleRule } from './scoring/rules/behindScheduleRule'
export { staleRule } from './scoring/rules/staleRule'
export { notDatedRule } from './scoring/rules/notDatedRule'
export { isoDayNumber } from './scoring/isoDayNumber'
export {
  type EvaluateActionOptions,
  type EvaluateOptions,
  evaluateAction,
} from './scoring/evaluateAction'
export {
  type EvaluatePlanOptions,
  evaluatePlan,
  type OwnerLoad,
  type PillarScore,
  type PlanAssessment,
  type PlanTrend,
  type ProgressScore,
} from './scoring/evaluatePlan'
export { type LintPlanOptions, lintPlan } from './scoring/lintPlan'
export {
  type AssessmentChange,
  type AssessmentComparison,
  compareAssessments,
} from './scoring/compareAssessments'

// ── store port ────────────────────────────────────────────────────────────
// @section store (issue 7: PlanStore, createMemoryPlanStore, …)
export type {
  ActionQuery,
  DeletePlanOptions,
  PlanHistoryEntry,
  PlanStore,
  PlanSummary,
  ReadOptions,
  RecordUpdateOptions,
  SavePlanOptions,
  StoredPlan,
} from './store/PlanStore'
export { createMemoryPlanStore, type MemoryPlanStoreOptions } from './store/createMemoryPlanStore'
export { applyProgressUpdate } from './store/applyProgressUpdate'
export { filterActions } from './store/filterActions'
export {
  parseActionQuery,
  parseStorablePlan,
  parseStorableUpdate,
  type StreamStorablePlanOptions,
  streamStorablePlan,
  timestampToMillis,
} from './store/parseStorablePlan'
