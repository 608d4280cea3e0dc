import type { Action } from '../model/action'
import type { IsoDate } from '../model/primitives'
import type { StatusState } from '../model/status'

/**
 * Every rating, in the order a report lists them. The `Rag` type and the keys of `ratingCounts` come from this
 * list, so there is one place that names the ratings.
 *
 * @example
 * for (const rag of RAGS) console.log(rag, assessment.ratingCounts[rag])
 */
export const RAGS = Object.freeze(['complete', 'on-track', 'at-risk', 'overdue', 'not-dated'] as const)

/**
 * The rating techcommit computes for an action as of a date. Kept apart from the RAG the plan's authors
 * wrote themselves (`Status.reportedRag`).
 *
 * @example
 * const label: Rag = 'at-risk'
 */
export type Rag = (typeof RAGS)[number]

/**
 * How much a finding or a rule result matters: `error` needs fixing, `warning` deserves a look, `info` is
 * context.
 *
 * @example
 * const severity: FindingSeverity = 'warning'
 */
export type FindingSeverity = 'error' | 'warning' | 'info'

/**
 * What one rule says about one action.
 *
 * @example
 * const result: RuleResult = {
 *   rule: 'overdue',
 *   rating: 'overdue',
 *   severity: 'error',
 *   message: 'The due date has passed and the action is not reported complete.',
 * }
 */
export interface RuleResult {
  /** Stable id of the rule that produced this result, e.g. `overdue`. */
  readonly rule: string
  /** The rating this rule argues for, or null for a remark that does not change the rating. */
  readonly rating: Rag | null
  readonly severity: FindingSeverity
  /** A sentence a plan owner understands. */
  readonly message: string
  /** True when the action was completed after its due date ("complete, late"). */
  readonly late?: boolean
}

/**
 * Tunable thresholds of the default rules.
 *
 * @example
 * const options: RuleOptions = { ...defaultRuleOptions, atRiskWindowDays: 30 }
 */
export interface RuleOptions {
  /** An action not yet started and due within this many days is at risk. */
  readonly atRiskWindowDays: number
  /** An open-ended (ongoing) action without an update for more than this many days is stale. */
  readonly staleAfterDays: number
  /** At risk when expected progress exceeds actual progress by more than this (0–1). */
  readonly progressMargin: number
  /** When neither the target nor the plan says when work began, assume it began this many days before due. */
  readonly defaultWindowDays: number
}

/**
 * How much each reported state counts towards completion and actual progress (0–1). `null` leaves actions
 * in that state out of the scores altogether (by default: cancelled actions). A reported percentage
 * overrides the weight of a state that is neither complete nor excluded.
 *
 * @example
 * const weights: StatusWeights = { ...defaultStatusWeights, 'in-progress': 0.25 }
 */
export type StatusWeights = Readonly<Record<StatusState, number | null>>

/**
 * What a rule sees: the date and thresholds, plus facts about the action under evaluation, computed once so
 * that every rule need not.
 *
 * @example
 * const dueInAWeek: Rule = (_action, context) =>
 *   context.daysToDue !== null && context.daysToDue >= 0 && context.daysToDue <= 7
 *     ? { rule: 'due-this-week', rating: null, severity: 'info', message: 'Due within a week.' }
 *     : null
 */
export interface RuleContext {
  readonly asOf: IsoDate
  /** `asOf` as a day number (days since 1970-01-01), for arithmetic without `Date` objects. */
  readonly asOfDay: number
  readonly options: RuleOptions
  readonly weights: StatusWeights
  /** The plan's period, when known. */
  readonly planStart: IsoDate | null
  readonly planEnd: IsoDate | null
  /** The action's state as of `asOf` (read from its update history when `asOf` is in the past). */
  readonly state: StatusState
  /** The reported percentage as of `asOf`, or null. */
  readonly percent: number | null
  /** The completion date as of `asOf`, or null. */
  readonly completedOn: IsoDate | null
  /** The state as of `asOf` is neither complete nor cancelled. */
  readonly open: boolean
  /** Something says work has begun: a state other than not-started/unknown, or a percentage above 0. */
  readonly started: boolean
  /** Day number of the due date, or null when the action has no due date. */
  readonly dueDay: number | null
  /** Due day minus `asOf` day: negative once the due date has passed; null when undated. */
  readonly daysToDue: number | null
  /** True for targets with no end by design: "On-going", "Started June 2019", "Annually" with no date. */
  readonly openEnded: boolean
  /** Day number of the start of the action's working window (see `progress-scoring.md`), or null. */
  readonly windowStartDay: number | null
  /** Elapsed share of the working window as of `asOf` (0–1), or null when undated. */
  readonly expectedProgress: number | null
  /** Progress the authors reported (0–1), or null when nothing was reported. */
  readonly actualProgress: number | null
  /** `expectedProgress - actualProgress`, or null when either is null. */
  readonly progressBehind: number | null
  /** Day number of the latest update on or before `asOf`, or null when there is none. */
  readonly lastUpdateDay: number | null
}

/**
 * A status rule: a plain function that looks at one action and returns a result, or null when it has
 * nothing to say. Callers add, remove or replace rules by passing their own array to `evaluateAction` or
 * `evaluatePlan`.
 *
 * @example
 * const noOwner: Rule = (action) =>
 *   action.owners.length === 0
 *     ? { rule: 'no-owner', rating: 'at-risk', severity: 'warning', message: 'Nobody owns this action.' }
 *     : null
 * evaluateAction(action, { asOf: '2019-01-01', rules: [...defaultRules, noOwner] })
 */
export type Rule = (action: Action, context: RuleContext) => RuleResult | null

/**
 * The assessment of one action as of a date.
 *
 * @example
 * const a: ActionAssessment = evaluateAction(action, { asOf: '2019-01-01' })
 * if (a.rating === 'overdue') console.log(a.ref, a.reasons.map((r) => r.message))
 */
export interface ActionAssessment {
  readonly actionId: string
  readonly ref: string | null
  readonly rating: Rag
  /** True for "complete, late": completed after the due date. */
  readonly late: boolean
  /** The state used, as of `asOf`. */
  readonly state: StatusState
  /** Neither complete nor cancelled. */
  readonly open: boolean
  readonly due: IsoDate | null
  /** Negative once the due date has passed; null when undated. */
  readonly daysToDue: number | null
  readonly expectedProgress: number | null
  readonly actualProgress: number | null
  /** The rule results that produced the rating, in rule order. */
  readonly reasons: readonly RuleResult[]
}

/**
 * A data-quality or coverage finding, with a hint on how to fix it.
 *
 * @example
 * const f: Finding = {
 *   code: 'no-owner',
 *   severity: 'warning',
 *   actionId: 'a3',
 *   message: 'Action 3 has no owner.',
 *   fix: 'Name a person or group responsible for it.',
 * }
 */
export interface Finding {
  /** Stable machine-readable code, e.g. `no-owner`, `pillar-not-covered`. */
  readonly code: string
  readonly severity: FindingSeverity
  /** The action concerned, or null for a finding about the whole plan. */
  readonly actionId: string | null
  /**
   * The code of the pillar a pillar finding is about (`pillar-not-covered`, `pillar-no-open-action`,
   * `pillar-not-in-next-plan`), so a reader can name it in its own words; absent on other findings.
   */
  readonly pillar?: string
  readonly message: string
  readonly fix: string
}
