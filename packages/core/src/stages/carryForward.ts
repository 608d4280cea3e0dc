import { parseTargetDate } from '../dates/parseTargetDate'
import { ValidationError, type ValidationProblem } from '../errors'
import type { Action, ActionLink } from '../model/action'
import type { Plan, PlanStage } from '../model/plan'
import { IsoDate } from '../model/primitives'
import type { ProgressUpdate } from '../model/progressUpdate'
import type { Status, StatusState } from '../model/status'
import type { DateContext, TargetDate } from '../model/targetDate'
import { dayBound, statusOn } from '../scoring/actionFacts'
import { type EvaluatePlanOptions, evaluatePlan } from '../scoring/evaluatePlan'
import type { ActionAssessment, Rag } from '../scoring/types'
import { deepFreeze } from './deepFreeze'

/**
 * Which of the previous plan's actions to carry: a list of action ids, or a function that decides per action
 * (it sees the action and its assessment as of `asOf`). Without it, every open action is carried.
 *
 * @example
 * const onlyOverdue: CarryForwardPick = (_action, assessment) => assessment.rating === 'overdue'
 */
export type CarryForwardPick = readonly string[] | ((action: Action, assessment: ActionAssessment) => boolean)

/**
 * Options of `carryForward`.
 *
 * @example
 * const options: CarryForwardOptions = {
 *   asOf: '2020-11-15',
 *   newPlanId: 'oxford-2021-2023',
 *   period: { text: '2021–2023', start: '2021-01-01', end: '2023-12-31' },
 * }
 */
export interface CarryForwardOptions {
  /** The day the previous plan is closed: its actions are judged as of this day. */
  readonly asOf: IsoDate
  /** Id of the draft plan; must differ from the previous plan's. */
  readonly newPlanId: string
  /** The period the new plan covers. `start` and `end` are required: targets are re-read against them. */
  readonly period: { readonly text?: string | null; readonly start: IsoDate; readonly end: IsoDate }
  /** The actions to carry. Default: every open action (neither complete nor cancelled as of `asOf`). */
  readonly include?: CarryForwardPick
  /** The new plan's stage. Default: the previous stage plus one when it is a number, else none. */
  readonly stage?: PlanStage
  /** The new plan's title. Default: the previous plan's. */
  readonly title?: string | null
  /** Who is carrying the plan forward, written as `by` on the history entries it adds. Default null. */
  readonly by?: string | null
  /** How the previous plan is judged (rules, thresholds, weights, taxonomy); `asOf` comes from above. */
  readonly evaluate?: Omit<EvaluatePlanOptions, 'asOf' | 'since'>
}

/**
 * What happened to a carried action's target: `kept` (open-ended, such as "On-going"), `re-read` (its text
 * names a day inside the new period) or `review` (someone must set a new target).
 *
 * @example
 * const outcome: TargetOutcome = 'review'
 */
export type TargetOutcome = 'kept' | 're-read' | 'review'

/**
 * How a carried action's target was read against the new period.
 *
 * @example
 * carried.target // { outcome: 'review', previousText: 'Sept. 20', previousDue: '2020-09-30', due: null, message: '…' }
 */
export interface CarriedTarget {
  readonly outcome: TargetOutcome
  readonly previousText: string
  readonly previousDue: IsoDate | null
  /** The due date in the draft, or null when the target must be set. */
  readonly due: IsoDate | null
  readonly message: string
}

/**
 * One action `carryForward` copied into the draft, with the facts it was carried on.
 *
 * @example
 * result.carried.map((c) => `${c.ref}: ${c.message}`)
 */
export interface CarriedAction {
  /** The original action. */
  readonly from: ActionLink
  /** The action's id in the draft (the original id: ids stay unique because each is carried once). */
  readonly actionId: string
  readonly ref: string | null
  readonly title: string
  /** `open` when carried by default, `picked` when the caller's `include` chose it. */
  readonly why: 'open' | 'picked'
  readonly message: string
  readonly previousState: StatusState
  readonly previousRating: Rag
  /** The progress reported in the previous plan as of `asOf` (0–1), or null when none was. */
  readonly previousProgress: number | null
  /** True when the previous plan never reported a status for it: check it still needs doing. */
  readonly statusUnreported: boolean
  readonly target: CarriedTarget
}

/**
 * Why an action was not carried: it is `complete`, `cancelled`, or the caller's `include` did not pick it.
 *
 * @example
 * const reason: LeaveReason = 'not-picked'
 */
export type LeaveReason = 'complete' | 'cancelled' | 'not-picked'

/**
 * One action `carryForward` left behind, and why.
 *
 * @example
 * result.left.filter((l) => l.reason === 'not-picked')
 */
export interface LeftAction {
  readonly from: ActionLink
  readonly ref: string | null
  readonly title: string
  readonly reason: LeaveReason
  readonly message: string
  readonly previousState: StatusState
  readonly previousRating: Rag
}

/**
 * The result of `carryForward`: the draft plan and a full account of every action of the previous plan —
 * each one is either in `carried` or in `left`, in plan order. Frozen plain data: `structuredClone(result.plan)`
 * to edit the draft.
 *
 * @example
 * const { plan, carried, left } = carryForward(previous, options)
 * await store.savePlan(structuredClone(plan))
 */
export interface CarryForwardResult {
  readonly plan: Plan
  readonly asOf: IsoDate
  readonly carried: readonly CarriedAction[]
  readonly left: readonly LeftAction[]
}

const OPEN_ENDED_KINDS: ReadonlySet<string> = new Set(['ongoing', 'recurring', 'started'])
// A re-read below this confidence is a guess (e.g. a bare "Q4" given a year from the period): propose it, but
// ask for a review.
const CONFIDENT = 0.8

const RESET_STATUS: Status = {
  text: 'Not started',
  state: 'not-started',
  completedOn: null,
  percent: null,
  reportedRag: null,
  note: null,
}

/**
 * Drafts the next stage's plan from the previous one: the open actions (neither complete nor cancelled as of
 * `asOf`, as `evaluatePlan` judges them — or the ones `include` picks), each linked to its original through
 * `continues`, its target re-read against the new period or marked for review, and its status reset to
 * "Not started". Nothing is lost: the action's history up to `asOf` is kept, followed by one entry holding its
 * status in the previous plan and one resetting it. Nothing is silent: every action of the previous plan is
 * listed in `carried` or `left` with the reason. Pure; the input is not changed.
 *
 * Throws `ValidationError` when the options are unusable (a bad date, a period that ends before it starts,
 * the previous plan's own id, or an `include` id the plan does not have).
 *
 * @example
 * const { plan, carried, left } = carryForward(stage1, {
 *   asOf: '2020-11-15',
 *   newPlanId: 'oxford-2021-2023',
 *   period: { text: '2021–2023', start: '2021-01-01', end: '2023-12-31' },
 * })
 * plan.previousPlanId // stage1.id
 * plan.actions[0]?.continues // { planId: stage1.id, actionId: '1' }
 * left.map((l) => l.reason) // e.g. ['complete', 'complete', 'complete']
 */
export function carryForward(previous: Plan, options: CarryForwardOptions): CarryForwardResult {
  checkOptions(previous, options)
  const { asOf, period } = options
  const assessment = evaluatePlan(previous, { ...options.evaluate, asOf })
  const byId = new Map<string, ActionAssessment>(assessment.actions.map((a) => [a.actionId, a]))
  const context = newDateContext(previous.dateContext, period)
  const picked = pickerOf(options.include)
  const at = `${asOf}T23:59:59Z`
  const bound = dayBound(asOf)
  const by = options.by ?? null

  const carried: CarriedAction[] = []
  const left: LeftAction[] = []
  const actions: Action[] = []
  for (const action of previous.actions) {
    const judged = byId.get(action.id)!
    const from: ActionLink = { planId: previous.id, actionId: action.id }
    const chosen = picked === null ? judged.open : picked(action, judged)
    if (!chosen) {
      left.push({
        from,
        ref: action.ref,
        title: action.title,
        previousState: judged.state,
        previousRating: judged.rating,
        ...leaveReason(judged, picked !== null),
      })
      continue
    }
    const status = statusOn(action, bound)
    const target = rereadTarget(action.target, period, context)
    const history: ProgressUpdate[] = action.updates.filter((update) => update.at < bound)
    const later = action.updates.length - history.length
    history.push(
      {
        at,
        by,
        status,
        target: null,
        note: `Status in plan "${previous.id}" as of ${asOf}, when carried forward: ${describeJudgement(judged)}.`,
      },
      {
        at,
        by,
        status: RESET_STATUS,
        target: target.draft === action.target ? null : target.draft,
        note: `Carried forward into plan "${options.newPlanId}": status reset for the new period. ${target.report.message}`,
      },
    )
    actions.push({
      ...action,
      status: RESET_STATUS,
      target: target.draft,
      updates: history,
      continues: from,
    })
    const statusUnreported = judged.state === 'unknown'
    carried.push({
      from,
      actionId: action.id,
      ref: action.ref,
      title: action.title,
      why: picked === null ? 'open' : 'picked',
      message:
        carryMessage(judged, picked !== null, statusUnreported) +
        (later === 0 ? '' : ` ${later} update${later === 1 ? '' : 's'} dated after ${asOf} not copied.`),
      previousState: judged.state,
      previousRating: judged.rating,
      previousProgress: judged.actualProgress,
      statusUnreported,
      target: target.report,
    })
  }

  const stage = options.stage ?? nextStage(previous.stage)
  const plan: Plan = {
    id: options.newPlanId,
    institution: previous.institution,
    title: options.title === undefined ? previous.title : options.title,
    period: { text: period.text ?? null, start: period.start, end: period.end },
    taxonomy: previous.taxonomy,
    dateContext: context,
    actions,
    ...(stage === undefined ? {} : { stage }),
    ...(previous.signedOn === undefined ? {} : { signedOn: previous.signedOn }),
    previousPlanId: previous.id,
  }
  // A copy: the draft shares no object with the previous plan, so freezing it leaves the caller's plan alone.
  return deepFreeze(structuredClone({ plan, asOf, carried, left }))
}

function checkOptions(previous: Plan, options: CarryForwardOptions): void {
  const problems: ValidationProblem[] = []
  const date = (value: unknown, path: string) => {
    if (!IsoDate.safeParse(value).success)
      problems.push({
        path,
        message: `Expected a calendar date written YYYY-MM-DD, got ${JSON.stringify(value)}.`,
      })
  }
  date(options.asOf, 'asOf')
  date(options.period?.start, 'period.start')
  date(options.period?.end, 'period.end')
  const { start, end } = options.period ?? {}
  if (IsoDate.safeParse(start).success && IsoDate.safeParse(end).success && end! < start!) {
    problems.push({
      path: 'period.end',
      message: `The period ends (${options.period.end}) before it starts (${options.period.start}).`,
    })
  }
  if (typeof options.newPlanId !== 'string' || options.newPlanId.length === 0) {
    problems.push({ path: 'newPlanId', message: 'Give the new plan an id (non-empty text).' })
  } else if (options.newPlanId === previous.id) {
    problems.push({
      path: 'newPlanId',
      message: `The new plan needs its own id; "${previous.id}" is the previous plan's.`,
    })
  }
  if (Array.isArray(options.include)) {
    const ids = new Set(previous.actions.map((action) => action.id))
    options.include.forEach((id: string, index: number) => {
      if (!ids.has(id))
        problems.push({
          path: `include.${index}`,
          message: `Plan "${previous.id}" has no action with id ${JSON.stringify(id)}.`,
        })
    })
  }
  if (problems.length > 0) {
    throw new ValidationError(
      'carryForward cannot draft the next plan; fix the options listed in `problems`.',
      problems,
    )
  }
}

function pickerOf(
  include: CarryForwardPick | undefined,
): ((action: Action, assessment: ActionAssessment) => boolean) | null {
  if (include === undefined) return null
  if (typeof include === 'function') return include
  const ids = new Set(include)
  return (action) => ids.has(action.id)
}

/**
 * The new plan reads its own dates: its period, and the previous plan's conventions. Year labels move with the
 * plan: the earliest label ("Year 1") becomes the new period's first year, the others keep their distance.
 */
function newDateContext(previous: DateContext, period: CarryForwardOptions['period']): DateContext {
  const context: DateContext = { referenceDate: period.start, planStart: period.start, planEnd: period.end }
  const labels = Object.entries(previous.yearLabels ?? {})
  if (labels.length > 0) {
    const first = Math.min(...labels.map(([, year]) => year))
    const shift = Number(period.start.slice(0, 4)) - first
    const yearLabels: Record<string, number> = {}
    for (const [label, year] of labels) {
      Object.defineProperty(yearLabels, label, {
        value: year + shift,
        enumerable: true,
        writable: true,
        configurable: true,
      })
    }
    context.yearLabels = yearLabels
  }
  if (previous.academicYearStartMonth !== undefined)
    context.academicYearStartMonth = previous.academicYearStartMonth
  if (previous.quarterBasis !== undefined) context.quarterBasis = previous.quarterBasis
  return context
}

function rereadTarget(
  target: TargetDate,
  period: CarryForwardOptions['period'],
  context: DateContext,
): { draft: TargetDate; report: CarriedTarget } {
  const base = { previousText: target.text, previousDue: target.due }
  const quoted = JSON.stringify(target.text)
  if (target.due === null && OPEN_ENDED_KINDS.has(target.kind)) {
    return {
      draft: target,
      report: {
        ...base,
        outcome: 'kept',
        due: null,
        message: `Target ${quoted} has no end date: kept as it is.`,
      },
    }
  }
  const reread = parseTargetDate(target.text, {
    ...context,
    ...(target.column === undefined ? {} : { column: target.column }),
  })
  const inPeriod = reread.due !== null && reread.due >= period.start && reread.due <= period.end
  // The same day in both plans (an absolute date that falls in the new period): the target stands.
  if (inPeriod && reread.due === target.due && reread.confidence >= CONFIDENT) {
    return {
      draft: reread,
      report: {
        ...base,
        outcome: 're-read',
        due: reread.due,
        message: `Target ${quoted} read in the new period: due ${reread.due}.`,
      },
    }
  }
  // A relative target ("Q2" of "Year 1") re-anchored in the new period, or a low-confidence reading: propose it.
  if (inPeriod) {
    const why =
      reread.due === target.due
        ? reread.warnings.join('; ') || 'low confidence'
        : `it was due ${target.due ?? 'undated'} in the previous plan`
    const message = `Target ${quoted} read in the new period as due ${reread.due} (${why}): confirm it or set a new target.`
    return {
      draft: { ...reread, warnings: [...reread.warnings, message] },
      report: { ...base, outcome: 'review', due: reread.due, message },
    }
  }
  const message =
    target.due === null
      ? `Target ${quoted} gives no date: set a target in the new period.`
      : target.due < period.start
        ? `Target ${quoted} was due ${target.due}, before the new period starts (${period.start}): set a new target.`
        : `Target ${quoted} is due ${target.due}, after the new period ends (${period.end}): set a target within it or extend the period.`
  return {
    draft: {
      text: '',
      kind: 'unknown',
      start: null,
      end: null,
      due: null,
      precision: null,
      confidence: 0,
      warnings: [message],
      parts: [],
      alternatives: [],
    },
    report: { ...base, outcome: 'review', due: null, message },
  }
}

function describeJudgement(judged: ActionAssessment): string {
  const progress =
    judged.actualProgress === null ? '' : `, progress ${Math.round(judged.actualProgress * 100)}%`
  const reasons = judged.reasons.map((reason) => reason.message).join(' ')
  return `${judged.state}${progress}, rated ${judged.rating}${reasons === '' ? '' : ` (${reasons})`}`
}

function carryMessage(judged: ActionAssessment, picked: boolean, unreported: boolean): string {
  const judgement = describeJudgement(judged)
  if (picked && !judged.open) return `Picked by the caller although it is ${judged.state}: ${judgement}.`
  if (unreported)
    return `Open: the plan never reported a status, so it may be done — confirm before submitting (${judgement}).`
  return `${picked ? 'Picked' : 'Open'}: ${judgement}.`
}

function leaveReason(judged: ActionAssessment, picking: boolean): { reason: LeaveReason; message: string } {
  if (judged.state === 'cancelled') return { reason: 'cancelled', message: 'Cancelled: not carried.' }
  if (!judged.open) {
    return {
      reason: 'complete',
      message: `Complete as of the carry-forward date${judged.late ? ' (late)' : ''}: achieved, not carried.`,
    }
  }
  return {
    reason: 'not-picked',
    message: picking
      ? `Open (${describeJudgement(judged)}) but not picked: it ends with the previous plan.`
      : 'Not carried.',
  }
}

function nextStage(stage: PlanStage | undefined): PlanStage | undefined {
  return typeof stage === 'number' ? stage + 1 : undefined
}
