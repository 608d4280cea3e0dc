import type { Action } from '../model/action'
import type { IsoDate } from '../model/primitives'
import type { Status, StatusState } from '../model/status'
import { isoDayNumber } from './isoDayNumber'
import type { RuleContext, RuleOptions, StatusWeights } from './types'

/** The settings one evaluation runs under, read once from the caller's options. */
export interface EvaluationSettings {
  readonly asOf: IsoDate
  readonly asOfDay: number
  readonly options: RuleOptions
  readonly weights: StatusWeights
  readonly planStart: IsoDate | null
  readonly planEnd: IsoDate | null
  /** `planStart` as a day number (NaN when unknown), read once rather than once per action. */
  readonly planStartDay: number
  /** `dayBound(asOf)`, made once rather than once per action with updates. */
  readonly asOfBound: string
}

/** What the rules see, plus the weighted progress the plan scores add up (null when the weights leave it out). */
export interface ActionFacts extends RuleContext {
  readonly weightedProgress: number | null
}

const UNKNOWN_STATUS: Status = Object.freeze({
  text: '',
  state: 'unknown',
  completedOn: null,
  percent: null,
  reportedRag: null,
  note: null,
})

/** The settings for the actions of a plan with this period. */
export function withPlanPeriod(
  settings: EvaluationSettings,
  planStart: IsoDate | null,
  planEnd: IsoDate | null,
): EvaluationSettings {
  return {
    ...settings,
    planStart,
    planEnd,
    planStartDay: planStart === null ? Number.NaN : isoDayNumber(planStart),
  }
}

/**
 * Everything after an ISO date's last instant sorts after `YYYY-MM-DD` + `T…` and before this bound, so a
 * timestamp is "on or before the day" exactly when it is `< bound`.
 */
export function dayBound(day: IsoDate): string {
  return `${day.slice(0, 10)}U`
}

/**
 * The status an action had on a day, given as its `dayBound`. Its current status stands unless an update after
 * the day changed the status; then it is the latest status-bearing update on or before the day, or unknown when
 * there is none (the status it was imported with was overwritten). A completion dated after the day is handled
 * by callers.
 */
export function statusOn(action: Action, bound: string): Status {
  if (action.updates.length === 0) return action.status
  let changedAfter = false
  let latestBefore: Status | null = null
  for (const update of action.updates) {
    if (update.status === null) continue
    if (update.at < bound) latestBefore = update.status
    else changedAfter = true
  }
  if (!changedAfter) return action.status
  return latestBefore ?? UNKNOWN_STATUS
}

/** A state's contribution to completion: its weight, overridden by a reported percentage. */
export function progressOf(
  state: StatusState,
  percent: number | null,
  weights: StatusWeights,
): number | null {
  const weight = weightOf(state, weights)
  if (weight === null || state === 'complete' || percent === null) return weight
  return percent / 100
}

/** The facts about one action as of `settings.asOf` that the rules and the scores use. */
export function actionFacts(action: Action, settings: EvaluationSettings): ActionFacts {
  const { asOf, asOfDay, options, weights, planStart, planEnd, planStartDay, asOfBound } = settings
  const status = statusOn(action, asOfBound)
  // A completion dated after asOf has not happened yet on that day.
  const completedLater =
    status.state === 'complete' && status.completedOn !== null && status.completedOn > asOf
  const state: StatusState = completedLater ? 'in-progress' : status.state
  const completedOn = completedLater ? null : status.completedOn
  const percent = status.percent

  const target = action.target
  const dueNumber = target.due === null ? Number.NaN : isoDayNumber(target.due)
  const dueDay = Number.isNaN(dueNumber) ? null : dueNumber
  // Only ranges, "started …" and recurring targets say when work began; a `due` target's start is the first
  // day of the deadline's own window ("June 2019" → 1 June), not a start of work.
  const saysStart = target.kind === 'range' || target.kind === 'started' || target.kind === 'recurring'
  // A recurring commitment ("every October", "termly") has a next occurrence after every one that passes: like
  // an on-going one it is never overdue and sets no deadline; the stale rule watches that it is reported on.
  const recurring = target.kind === 'recurring'
  const openEnded =
    target.kind === 'ongoing' || recurring || (dueDay === null && saysStart && target.kind !== 'range')
  let startDay = saysStart && target.start !== null ? isoDayNumber(target.start) : Number.NaN
  if (Number.isNaN(startDay) || (dueDay !== null && startDay > dueDay)) {
    startDay = planStartDay
    if (dueDay !== null && (Number.isNaN(startDay) || startDay >= dueDay))
      startDay = dueDay - options.defaultWindowDays
  }
  const windowStartDay = Number.isNaN(startDay) ? null : startDay

  const expectedProgress =
    recurring || dueDay === null || windowStartDay === null
      ? null
      : elapsedShare(asOfDay, windowStartDay, dueDay)
  const weightedProgress = progressOf(state, percent, weights)
  // Nothing reported at all (unknown, no percentage) is no evidence of progress, so it is not compared.
  const actualProgress = state === 'unknown' && percent === null ? null : weightedProgress
  const lastUpdateNumber = action.updates.length === 0 ? Number.NaN : lastUpdateDay(action, asOfBound)

  return {
    asOf,
    asOfDay,
    options,
    weights,
    planStart,
    planEnd,
    state,
    percent,
    completedOn,
    open: state !== 'complete' && state !== 'cancelled',
    started: (state !== 'not-started' && state !== 'unknown') || (percent !== null && percent > 0),
    dueDay,
    daysToDue: dueDay === null ? null : dueDay - asOfDay,
    openEnded,
    windowStartDay,
    expectedProgress,
    actualProgress,
    progressBehind:
      expectedProgress === null || actualProgress === null ? null : expectedProgress - actualProgress,
    lastUpdateDay: Number.isNaN(lastUpdateNumber) ? null : lastUpdateNumber,
    weightedProgress,
  }
}

/** The day number of the latest update (in list order) before `bound`, or NaN when there is none. */
function lastUpdateDay(action: Action, bound: string): number {
  const updates = action.updates
  for (let i = updates.length - 1; i >= 0; i--) {
    const at = updates[i]!.at
    if (at < bound) return isoDayNumber(at)
  }
  return Number.NaN
}

/** The share of the window from `startDay` to `dueDay` that has passed on `day`, 0–1. */
function elapsedShare(day: number, startDay: number, dueDay: number): number {
  const span = dueDay - startDay
  if (span <= 0) return day >= dueDay ? 1 : 0
  return Math.min(1, Math.max(0, (day - startDay) / span))
}

/**
 * A state's weight, each state read by name. One lookup by a computed key at this spot would see every state's
 * name and take the engine's slow generic path, once per action.
 */
function weightOf(state: StatusState, weights: StatusWeights): number | null {
  switch (state) {
    case 'not-started':
      return weights['not-started']
    case 'in-progress':
      return weights['in-progress']
    case 'complete':
      return weights.complete
    case 'ongoing':
      return weights.ongoing
    case 'on-hold':
      return weights['on-hold']
    case 'cancelled':
      return weights.cancelled
    case 'unknown':
      return weights.unknown
    default:
      return weights[state]
  }
}
