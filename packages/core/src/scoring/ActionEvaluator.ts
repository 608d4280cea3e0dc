import type { Action } from '../model/action'
import type { IsoDate } from '../model/primitives'
import type { Status, StatusState } from '../model/status'
import { StatusState as StatusStateSchema } from '../model/status'
import { isoDayNumber } from './isoDayNumber'
import type { Rag, Rule, RuleContext, RuleOptions, RuleResult, StatusWeights } from './types'

/** Rating codes, indexes into `RAG_BY_CODE`. */
export const RAG_BY_CODE: readonly Rag[] = ['complete', 'on-track', 'at-risk', 'overdue', 'not-dated']
export const ON_TRACK_CODE = 1

/** How many values `ActionEvaluator.defaultOutcome` returns (0 to this minus one). */
export const DEFAULT_OUTCOMES = 10

// Which rating wins when rules disagree: complete beats everything, then overdue, at-risk, not-dated.
const RANK_BY_CODE = [5, 1, 3, 4, 2]

const UNKNOWN_STATUS: Status = Object.freeze({
  text: '',
  state: 'unknown',
  completedOn: null,
  percent: null,
  reportedRag: null,
  note: null,
})

/** Given to an action that no rating-bearing rule spoke about. */
export const ON_TRACK_REASON: RuleResult = Object.freeze({
  rule: 'on-track',
  rating: 'on-track',
  severity: 'info',
  message: 'No rule raised a concern as of this date.',
})

function ragCode(rating: Rag): number {
  switch (rating) {
    case 'complete':
      return 0
    case 'on-track':
      return 1
    case 'at-risk':
      return 2
    case 'overdue':
      return 3
    default:
      return 4
  }
}

/**
 * Everything after an ISO date's last instant sorts after `YYYY-MM-DD` + `T…` and before this bound, so a
 * timestamp is "on or before asOf" exactly when it is `< bound` — no slicing, no Date.
 */
export function dayBound(asOf: IsoDate): string {
  return `${asOf.slice(0, 10)}U`
}

/**
 * The status an action had on a day. Its current status stands unless an update after the day changed the
 * status; then it is the latest status-bearing update on or before the day, or unknown when there is none
 * (the status it was imported with was overwritten). A completion dated after the day is handled by callers.
 */
export function statusOn(action: Action, bound: string): Status {
  const updates = action.updates
  const n = updates.length
  if (n === 0 || updates[n - 1]!.at < bound) return action.status
  let changedAfter = false
  for (let i = n - 1; i >= 0; i--) {
    const update = updates[i]!
    if (!(update.at < bound)) {
      if (update.status !== null) changedAfter = true
    } else if (!changedAfter) {
      return action.status
    } else if (update.status !== null) {
      return update.status
    }
  }
  return changedAfter ? UNKNOWN_STATUS : action.status
}

/** A state's contribution to completion: its weight, overridden by a reported percentage. */
export function progressOf(
  state: StatusState,
  percent: number | null,
  weights: StatusWeights,
): number | null {
  const weight = weights[state]
  if (weight === null || state === 'complete' || percent === null) return weight
  return percent / 100
}

/** States by code: the order `stateCode` numbers them in — the model's own enum order, so the two cannot drift. */
export const STATES: readonly StatusState[] = StatusStateSchema.options
export const NOT_STARTED_STATE = 0
export const IN_PROGRESS_STATE = 1
export const COMPLETE_STATE = 2
export const CANCELLED_STATE = 5
export const UNKNOWN_STATE = 6
const STATE_COUNT = 7

/** A small integer for a state, so hot loops index arrays instead of looking strings up. */
export function stateCode(state: StatusState): number {
  // States are almost always the shared literal strings, so each comparison is usually a pointer check.
  for (let k = 0; k < STATE_COUNT; k++) if (STATES[k] === state) return k
  return UNKNOWN_STATE
}

/**
 * One reusable, mutable rule context: `prepare` fills in the facts for an action, `run` applies the rules
 * and leaves the outcome in `code`, `late` and the first `reasonCount` entries of `scratch`. Reusing one
 * object (and one scratch list) keeps the hot loop of `evaluatePlan` free of per-action allocation.
 */
export class ActionEvaluator implements RuleContext {
  readonly asOf: IsoDate
  readonly asOfDay: number
  readonly options: RuleOptions
  readonly weights: StatusWeights
  readonly planStart: IsoDate | null
  readonly planEnd: IsoDate | null
  readonly bound: string
  private readonly planStartDay: number

  state: StatusState = 'unknown'
  percent: number | null = null
  completedOn: IsoDate | null = null
  dueDay: number | null = null
  daysToDue: number | null = null
  openEnded = false
  open = true
  started = false
  windowStartDay: number | null = null
  lastUpdateDay: number | null = null
  /** `stateCode(state)`. */
  stateIndex = 6
  // Fractions live in number-only fields (NaN for "none") so that V8 updates them in place instead of
  // allocating a heap number per action; the getters below give rules the documented `number | null`.
  expectedRaw = Number.NaN
  actualRaw = Number.NaN
  /** The weighted progress used by the scores (unknown counts as its weight); NaN when not counted. */
  progressRaw = Number.NaN
  progressBehind = Number.NaN
  private readonly weightByState: Float64Array

  code = ON_TRACK_CODE
  late = false
  private bestRank = 0
  /** The reasons of the last `run` are `scratch[0 .. reasonCount - 1]`; the list is reused. */
  readonly scratch: RuleResult[] = []
  reasonCount = 0

  constructor(
    asOf: IsoDate,
    options: RuleOptions,
    weights: StatusWeights,
    planStart: IsoDate | null,
    planEnd: IsoDate | null,
  ) {
    const asOfDay = isoDayNumber(asOf)
    if (Number.isNaN(asOfDay) || asOf.length !== 10)
      throw new RangeError(`asOf must be an ISO date (YYYY-MM-DD); got "${asOf}".`)
    this.asOf = asOf
    this.asOfDay = asOfDay
    this.options = options
    this.weights = weights
    this.planStart = planStart
    this.planEnd = planEnd
    this.planStartDay = planStart === null ? Number.NaN : isoDayNumber(planStart)
    this.bound = dayBound(asOf)
    this.weightByState = new Float64Array(STATES.length)
    for (let i = 0; i < STATES.length; i++) this.weightByState[i] = weights[STATES[i]!] ?? Number.NaN
  }

  get expectedProgress(): number | null {
    const value = this.expectedRaw
    return Number.isNaN(value) ? null : value
  }

  get actualProgress(): number | null {
    const value = this.actualRaw
    return Number.isNaN(value) ? null : value
  }

  prepare(action: Action): void {
    const bound = this.bound
    const asOfDay = this.asOfDay
    // The due date first: reading its text is the likeliest cache miss, and the status work below does not
    // depend on it, so the CPU can do that work while the text arrives.
    const target = action.target
    const kind = target.kind
    const due = target.due
    const dueDay = due === null ? Number.NaN : isoDayNumber(due)
    const updates = action.updates
    const updateCount = updates.length
    const status = updateCount === 0 ? action.status : statusOn(action, bound)
    let state = status.state
    let code = stateCode(state)
    let completedOn = status.completedOn
    if (code === COMPLETE_STATE && completedOn !== null && completedOn > this.asOf) {
      state = 'in-progress'
      code = IN_PROGRESS_STATE
      completedOn = null
    }
    const percent = status.percent
    this.state = state
    this.stateIndex = code
    this.percent = percent
    this.completedOn = completedOn
    this.open = code !== COMPLETE_STATE && code !== CANCELLED_STATE
    this.started = (code !== NOT_STARTED_STATE && code !== UNKNOWN_STATE) || (percent !== null && percent > 0)

    let lastUpdateDay: number | null = null
    for (let i = updateCount - 1; i >= 0; i--) {
      const at = updates[i]!.at
      if (at < bound) {
        const day = isoDayNumber(at)
        lastUpdateDay = Number.isNaN(day) ? null : day | 0
        break
      }
    }
    this.lastUpdateDay = lastUpdateDay

    const dated = !Number.isNaN(dueDay)
    // Day numbers are whole numbers; `| 0` tells the engine so, and it stores them without boxing.
    this.dueDay = dated ? dueDay | 0 : null
    this.daysToDue = dated ? (dueDay - asOfDay) | 0 : null

    // A `due` target's start is the first day of the deadline's own window ("June 2019" → 1 June), not when
    // work began; only ranges, "started …" and recurring targets say when work began. (`due` is by far the
    // commonest kind, so it is tested first.)
    let startDay = Number.NaN
    let openEnded = false
    if (kind !== 'due') {
      const saysStart = kind === 'range' || kind === 'started' || kind === 'recurring'
      openEnded = kind === 'ongoing' || (!dated && saysStart && kind !== 'range')
      if (saysStart && target.start !== null) startDay = isoDayNumber(target.start)
    }
    this.openEnded = openEnded
    if (Number.isNaN(startDay) || (dated && startDay > dueDay)) {
      startDay = this.planStartDay
      if (dated && (Number.isNaN(startDay) || startDay >= dueDay))
        startDay = dueDay - this.options.defaultWindowDays
    }
    this.windowStartDay = Number.isNaN(startDay) ? null : startDay | 0

    if (dated) {
      const span = dueDay - startDay
      const elapsed = asOfDay - startDay
      this.expectedRaw =
        span <= 0 ? (asOfDay >= dueDay ? 1 : 0) : elapsed <= 0 ? 0 : elapsed >= span ? 1 : elapsed / span
    } else {
      this.expectedRaw = Number.NaN
    }

    const weight = this.weightByState[code]!
    // A reported percentage refines any counted state except complete (which is 1 whatever it says).
    const progress =
      Number.isNaN(weight) || code === COMPLETE_STATE || percent === null ? weight : percent / 100
    this.progressRaw = progress
    const actual = code === UNKNOWN_STATE && percent === null ? Number.NaN : progress
    this.actualRaw = actual
    this.progressBehind = this.expectedRaw - actual
  }

  run(action: Action, rules: readonly Rule[]): void {
    this.bestRank = 0
    this.code = ON_TRACK_CODE
    this.late = false
    this.reasonCount = 0
    // One call site per position: with the same rule list every time (the usual case), each site only ever
    // calls one function, so the engine can inline it. A single loop would call seven different functions
    // from one site, which no engine inlines.
    const n = rules.length
    if (n > 0) this.consider(rules[0]!(action, this))
    if (n > 1) this.consider(rules[1]!(action, this))
    if (n > 2) this.consider(rules[2]!(action, this))
    if (n > 3) this.consider(rules[3]!(action, this))
    if (n > 4) this.consider(rules[4]!(action, this))
    if (n > 5) this.consider(rules[5]!(action, this))
    if (n > 6) this.consider(rules[6]!(action, this))
    if (n > 7) this.consider(rules[7]!(action, this))
    for (let i = 8; i < n; i++) this.consider(rules[i]!(action, this))
    if (this.bestRank === 0) this.push(ON_TRACK_REASON)
    // "Late" describes a completion; a later rule cannot make an unfinished action late.
    if (this.code !== 0) this.late = false
  }

  /**
   * Which of the default rules' outcomes applies to the prepared action, as a number below `DEFAULT_OUTCOMES`,
   * without calling them. Every action with the same outcome gets the same results from `defaultRules` (the
   * same result objects, in the same order), so `evaluatePlan` runs the rules once per outcome and reuses what
   * they said. It mirrors the rule files' conditions; a differential test holds the two together.
   *
   * 0 complete · 1 complete, late · 2 cancelled · 3 overdue · 4 due soon · 5 behind schedule · 6 due soon and
   * behind · 7 stale · 8 not dated · 9 no rule fires (on track, whether open-ended or dated).
   */
  defaultOutcome(action: Action): number {
    const code = this.stateIndex
    if (code === COMPLETE_STATE) {
      const completedOn = this.completedOn
      const due = action.target.due
      return completedOn !== null && due !== null && completedOn > due ? 1 : 0
    }
    if (code === CANCELLED_STATE) return 2
    if (this.openEnded) {
      const since = this.lastUpdateDay ?? this.windowStartDay
      return since !== null && this.asOfDay - since > this.options.staleAfterDays ? 7 : 9
    }
    const daysToDue = this.daysToDue
    if (daysToDue === null) return 8
    if (daysToDue < 0) return 3
    const dueSoon = !this.started && daysToDue <= this.options.atRiskWindowDays
    const behind = this.progressBehind > this.options.progressMargin
    return dueSoon ? (behind ? 6 : 4) : behind ? 5 : 9
  }

  // Small enough to inline at every site; the rare non-null result goes to `take`.
  private consider(result: RuleResult | null | undefined): void {
    if (result !== null && result !== undefined) this.take(result)
  }

  private take(result: RuleResult): void {
    this.push(result)
    if (result.late === true) this.late = true
    const rating = result.rating
    if (rating === null) return
    const code = ragCode(rating)
    const rank = RANK_BY_CODE[code]!
    if (rank > this.bestRank) {
      this.bestRank = rank
      this.code = code
    }
  }

  private push(result: RuleResult): void {
    const count = this.reasonCount
    if (count < this.scratch.length) this.scratch[count] = result
    else this.scratch.push(result)
    this.reasonCount = count + 1
  }

  /** The reasons of the last `run`, as a fresh array. */
  reasons(): RuleResult[] {
    return this.scratch.slice(0, this.reasonCount)
  }
}
