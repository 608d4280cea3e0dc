import type { Action } from '../model/action'
import type { IsoDate } from '../model/primitives'
import { ActionEvaluator, RAG_BY_CODE } from './ActionEvaluator'
import { defaultRuleOptions } from './defaultRuleOptions'
import { defaultRules } from './defaultRules'
import { defaultStatusWeights } from './defaultStatusWeights'
import type { ActionAssessment, Rule, RuleOptions, StatusWeights } from './types'

/**
 * Options shared by `evaluateAction` and `evaluatePlan`. Only `asOf` is required: core never reads the clock.
 *
 * @example
 * const options: EvaluateOptions = { asOf: '2020-12-31', options: { staleAfterDays: 365 } }
 */
export interface EvaluateOptions {
  /** The day the assessment is made, ISO `YYYY-MM-DD`. */
  readonly asOf: IsoDate
  /** The rules to apply, in order. Default `defaultRules`. */
  readonly rules?: readonly Rule[]
  /** Thresholds for the default rules; unset fields keep `defaultRuleOptions`. */
  readonly options?: Partial<RuleOptions>
  /** How much each state counts; unset fields keep `defaultStatusWeights`. */
  readonly weights?: Partial<StatusWeights>
}

/** Options of `evaluateAction`: the shared ones plus the plan period, when the action is judged alone. */
export interface EvaluateActionOptions extends EvaluateOptions {
  /** The plan's period, used as the working window's start when the target does not give one. */
  readonly planPeriod?: { readonly start: IsoDate | null; readonly end: IsoDate | null }
}

/**
 * Rates one action as of a date (`complete`, `on-track`, `at-risk`, `overdue` or `not-dated`) and lists the
 * rule results that produced the rating. When rules disagree, the strongest rating wins: complete, then
 * overdue, at-risk, not-dated; with no rating-bearing result the action is on track. Pure: the date is an
 * input. Throws `RangeError` only when `asOf` is not an ISO date.
 *
 * @example
 * const assessment = evaluateAction(action, { asOf: '2019-01-01' })
 * assessment.rating // 'overdue' for an action due "Aug. 18" that is still "In progress"
 * assessment.reasons[0]?.rule // 'overdue'
 */
export function evaluateAction(action: Action, options: EvaluateActionOptions): ActionAssessment {
  const evaluator = createEvaluator(
    options,
    options.planPeriod?.start ?? null,
    options.planPeriod?.end ?? null,
  )
  evaluator.prepare(action)
  evaluator.run(action, options.rules ?? defaultRules)
  const code = evaluator.code
  return {
    actionId: action.id,
    ref: action.ref,
    rating: RAG_BY_CODE[code]!,
    late: evaluator.late,
    state: evaluator.state,
    open: code !== 0 && evaluator.state !== 'cancelled',
    due: evaluator.dueDay === null ? null : action.target.due,
    daysToDue: evaluator.daysToDue,
    expectedProgress: evaluator.expectedProgress,
    actualProgress: evaluator.actualProgress,
    reasons: evaluator.reasons(),
  }
}

/** Merges partial options over the defaults. Shared with `evaluatePlan`. */
export function createEvaluator(
  options: EvaluateOptions,
  planStart: IsoDate | null,
  planEnd: IsoDate | null,
): ActionEvaluator {
  const ruleOptions =
    options.options === undefined ? defaultRuleOptions : { ...defaultRuleOptions, ...options.options }
  const weights =
    options.weights === undefined ? defaultStatusWeights : { ...defaultStatusWeights, ...options.weights }
  return new ActionEvaluator(options.asOf, ruleOptions, weights, planStart, planEnd)
}
