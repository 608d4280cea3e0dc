import type { Action } from '../model/action'
import type { IsoDate } from '../model/primitives'
import { type ActionFacts, actionFacts, withPlanPeriod } from './actionFacts'
import { readEvaluateOptions } from './readEvaluateOptions'
import {
  RAGS,
  type ActionAssessment,
  type Rag,
  type Rule,
  type RuleOptions,
  type RuleResult,
  type StatusWeights,
} from './types'

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

/**
 * Options of `evaluateAction`: the shared ones plus the plan period, when the action is judged alone.
 *
 * @example
 * evaluateAction(action, { asOf: '2019-07-01', planPeriod: { start: '2018-11-01', end: '2020-12-31' } })
 */
export interface EvaluateActionOptions extends EvaluateOptions {
  /** The plan's period, used as the working window's start when the target does not give one. */
  readonly planPeriod?: { readonly start: IsoDate | null; readonly end: IsoDate | null }
}

// When rules disagree the strongest rating wins. A record keyed by `Rag`, so the compiler checks that every
// rating has a strength; `on-track` from a rule still beats "no rule spoke".
const STRENGTH: Readonly<Record<Rag, number>> = {
  complete: 5,
  overdue: 4,
  'at-risk': 3,
  'not-dated': 2,
  'on-track': 1,
}

/** Given to an action that no rating-bearing rule spoke about. */
const ON_TRACK_REASON: RuleResult = Object.freeze({
  rule: 'on-track',
  rating: 'on-track',
  severity: 'info',
  message: 'No rule raised a concern as of this date.',
})

/** The reasons of an action that no rule spoke about: one frozen list shared by all of them. */
const ON_TRACK_REASONS: readonly RuleResult[] = Object.freeze([ON_TRACK_REASON])

/**
 * Rates one action as of a date (`complete`, `on-track`, `at-risk`, `overdue` or `not-dated`) and lists the
 * rule results that produced the rating. When rules disagree, the strongest rating wins: complete, then
 * overdue, at-risk, not-dated; with no rating-bearing result the action is on track. Pure: the date is an
 * input, and the result is a frozen plain object that does not change when the action does. Throws
 * `TypeError` for options of the wrong shape and `RangeError` when `asOf` is not a real `YYYY-MM-DD` day.
 *
 * @example
 * const assessment = evaluateAction(action, { asOf: '2019-01-01' })
 * assessment.rating // 'overdue' for an action due "Aug. 18" that is still "In progress"
 * assessment.reasons[0]?.rule // 'overdue'
 */
export function evaluateAction(action: Action, options: EvaluateActionOptions): ActionAssessment {
  const settings = readEvaluateOptions(options, 'evaluateAction')
  if (typeof action !== 'object' || action === null || typeof action.target !== 'object')
    throw new TypeError(
      'evaluateAction: pass an Action (see createAction), e.g. evaluateAction(plan.actions[0], { asOf }).',
    )
  const period = options.planPeriod
  return assessAction(
    action,
    actionFacts(action, withPlanPeriod(settings, period?.start ?? null, period?.end ?? null)),
    settings.rules,
  )
}

/**
 * The reasons list of an action that only this result spoke about, by result, made as results first appear in
 * one evaluation: the result alone, or followed by the on-track reason when it sets no rating (a cancelled
 * action's note). The default rules return shared frozen results, so the actions of a plan that have one
 * reason share a handful of lists, and a result found here was checked when it first appeared (being frozen, it
 * cannot have changed since).
 */
export type LoneReasonLists = Map<RuleResult, readonly RuleResult[]>

/** Runs the rules on one action's facts and returns its frozen assessment. Shared with `evaluatePlan`. */
export function assessAction(
  action: Action,
  facts: ActionFacts,
  rules: readonly Rule[],
  loneReasonLists: LoneReasonLists = new Map(),
): ActionAssessment {
  // The first result's lone list; most actions get one reason or none, so a longer list is made only when a
  // second rule speaks.
  let firstList: readonly RuleResult[] | null = null
  let reasons: RuleResult[] | null = null
  let rating: Rag | null = null
  let late = false
  for (let index = 0; index < rules.length; index++) {
    const result = rules[index]!(action, facts)
    if (result === null || result === undefined) continue
    const list = loneReasonLists.get(result) ?? loneReasonList(result, index, loneReasonLists)
    const reason = list[0]!
    if (firstList === null) firstList = list
    else if (reasons === null) reasons = [firstList[0]!, reason]
    else reasons.push(reason)
    if (reason.late === true) late = true
    if (reason.rating !== null && (rating === null || STRENGTH[reason.rating] > STRENGTH[rating]))
      rating = reason.rating
  }
  if (reasons !== null && rating === null) reasons.push(ON_TRACK_REASON)
  const final: Rag = rating ?? 'on-track'
  return Object.freeze(
    new PlainAssessment(
      action,
      facts,
      final,
      // "Late" describes a completion; a later rule cannot make an unfinished action late.
      late && final === 'complete',
      reasons !== null ? Object.freeze(reasons) : (firstList ?? ON_TRACK_REASONS),
    ),
  )
}

type Writable<T> = { -readonly [K in keyof T]: T[K] }

/**
 * Makes an action's assessment: a plain object (its prototype is `Object.prototype`, as a literal's is) with
 * the fields of `ActionAssessment` in their order, for `assessAction` to freeze.
 *
 * A constructor rather than an object literal, for speed at sector size. V8 watches each literal in the source
 * and, when nearly every object it makes outlives a minor garbage collection — as assessments do, being the
 * result — starts making that literal's objects in the old generation. From then on evaluatePlan kept the
 * major collector busy and ran two to three times slower (10,000 actions: about 9 ms instead of 4) until the
 * next full collection, in long runs more often than not. V8 makes no such choice for objects made by `new`.
 */
const PlainAssessment = function PlainAssessment(
  this: Writable<ActionAssessment>,
  action: Action,
  facts: ActionFacts,
  rating: Rag,
  late: boolean,
  reasons: readonly RuleResult[],
) {
  this.actionId = action.id
  this.ref = action.ref
  this.rating = rating
  this.late = late
  this.state = facts.state
  this.open = rating !== 'complete' && facts.state !== 'cancelled'
  this.due = facts.dueDay === null ? null : action.target.due
  this.daysToDue = facts.daysToDue
  this.expectedProgress = facts.expectedProgress
  this.actualProgress = facts.actualProgress
  this.reasons = reasons
} as unknown as new (
  action: Action,
  facts: ActionFacts,
  rating: Rag,
  late: boolean,
  reasons: readonly RuleResult[],
) => ActionAssessment
PlainAssessment.prototype = Object.prototype

/**
 * The frozen lone list of a result not met before: checked (a rule of the caller's that returns something else
 * gets a clear error) and frozen. A frozen result's list is kept for the next action it comes from; a result the
 * rule may still change is copied and frozen each time instead.
 */
function loneReasonList(result: RuleResult, index: number, lists: LoneReasonLists): readonly RuleResult[] {
  if (typeof result !== 'object' || typeof result.rule !== 'string' || typeof result.message !== 'string')
    throw new TypeError(
      `Rule ${index} returned ${JSON.stringify(result)}; a rule returns null or { rule, rating, severity, message }.`,
    )
  if (result.rating !== null && !RAGS.includes(result.rating))
    throw new TypeError(
      `Rule "${result.rule}" returned rating ${JSON.stringify(result.rating)}; use null or one of ${RAGS.join(', ')}.`,
    )
  const frozen = Object.isFrozen(result)
  const reason = frozen ? result : Object.freeze({ ...result })
  const list = Object.freeze(reason.rating === null ? [reason, ON_TRACK_REASON] : [reason])
  if (frozen) lists.set(result, list)
  return list
}
