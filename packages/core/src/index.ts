// @techcommit/core — the pure domain library. Data flows: table → tableToPlan → Plan → evaluatePlan.
// Explicit named re-exports only: what is listed here is the public API. Helpers for store adapters live
// under `@techcommit/core/store`, the conformance suite and fixtures under `@techcommit/core/testing`.

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
export { Action, ActionLink, ExtraField } from './model/action'
export { Plan, PlanPeriod, PlanStage } from './model/plan'
export { Pillar, Taxonomy } from './model/taxonomySchema'
export { ImportIssue, IssueSeverity } from './model/importIssue'
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

// ── taxonomy ──────────────────────────────────────────────────────────────
export { technicianCommitment } from './taxonomy/technicianCommitment'
export {
  type PillarFlag,
  type PillarInput,
  type ResolvedPillars,
  resolvePillars,
} from './taxonomy/resolvePillars'
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
// ── dates ─────────────────────────────────────────────────────────────────
export { parseTargetDate } from './dates/parseTargetDate'
export type { DateReadingContext } from './dates/DateReadingContext'
export { type DateContextHints, type InferredDateContext, inferDateContext } from './dates/inferDateContext'
export { formatTargetDate } from './dates/formatTargetDate'

// ── import ────────────────────────────────────────────────────────────────
export {
  type MergedRegion,
  type TableLimits,
  type TableToPlanOptions,
  type TableToPlanResult,
  tableToPlan,
} from './import/tableToPlan'
export { planToRows } from './import/planToRows'
export type { ColumnField } from './import/columnSynonyms'
export type { ForcedColumn } from './import/mapColumns'
export {
  type ColumnExplanation,
  explainImport,
  type ImportExplanation,
  type ImportRowExplanation,
  type ImportRowKind,
} from './import/explainImport'
export { formatImportExplanation } from './import/formatImportExplanation'
// Readers of documents (the office adapter) find date legends in the paragraphs around a table with it.
export { type DateLegend, readDateLegend } from './import/readDateLegend'
// …and the title, institution and period in the lines above it (tableToPlan reads them from its title rows).
export { type PlanHeading, readPlanHeading } from './import/readPlanHeading'

// ── scoring ───────────────────────────────────────────────────────────────
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
export type {
  ActionQuery,
  DeletePlanOptions,
  ErasePersonOptions,
  ErasureResult,
  PlanHistoryEntry,
  PlanStore,
  PlanSummary,
  ReadOptions,
  RecordUpdateOptions,
  SavePlanOptions,
  StoredPlan,
} from './store/PlanStore'
export { createMemoryPlanStore, type MemoryPlanStoreOptions } from './store/createMemoryPlanStore'

// ── plan stages ───────────────────────────────────────────────────────────
export {
  type CarriedAction,
  type CarriedTarget,
  type CarryForwardOptions,
  type CarryForwardPick,
  type CarryForwardResult,
  carryForward,
  type LeaveReason,
  type LeftAction,
  type TargetOutcome,
} from './stages/carryForward'
export {
  type ActionEvidence,
  type ActionReflection,
  type CarriedTo,
  type PillarReflection,
  type SelfAssessment,
  type SelfAssessmentHeadline,
  type SelfAssessmentOptions,
  selfAssessment,
  type ThemeCoverage,
} from './stages/selfAssessment'
export { selfAssessmentToMarkdown } from './stages/selfAssessmentToMarkdown'
export { selfAssessmentToRows } from './stages/selfAssessmentToRows'
