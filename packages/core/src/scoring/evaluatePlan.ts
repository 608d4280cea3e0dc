import type { Action } from '../model/action'
import type { Plan } from '../model/plan'
import type { IsoDate } from '../model/primitives'
import type { Status, StatusState } from '../model/status'
import { STATUS_STATES } from '../model/statusStates'
import type { Taxonomy } from '../model/taxonomySchema'
import { technicianCommitment } from '../taxonomy/technicianCommitment'
import { actionFacts, dayBound, progressOf, statusOn, withPlanPeriod } from './actionFacts'
import { assessAction, type EvaluateOptions, type LoneReasonLists } from './evaluateAction'
import { readEvaluateOptions, readIsoDay } from './readEvaluateOptions'
import { type ActionAssessment, type Finding, RAGS, type Rag, type StatusWeights } from './types'

/**
 * Options of `evaluatePlan`: the shared evaluation options plus the taxonomy and a start date for the trend.
 *
 * @example
 * evaluatePlan(plan, { asOf: '2020-12-31', since: '2019-12-31', weights: { 'in-progress': 0.25 } })
 */
export interface EvaluatePlanOptions extends EvaluateOptions {
  /** The framework whose required pillars must be covered. Default `technicianCommitment`. */
  readonly taxonomy?: Taxonomy
  /** Compute `trend` between this date and `asOf` from the actions' update history. */
  readonly since?: IsoDate
}

/**
 * One pillar's share of the plan. An action in several pillars counts in each.
 *
 * @example
 * const recognition = assessment.pillars.find((p) => p.code === 'R')
 * recognition?.completion // e.g. 0.5
 */
export interface PillarScore {
  readonly code: string
  readonly name: string
  /** Required by the taxonomy (Evaluating Impact is optional in the Technician Commitment). */
  readonly required: boolean
  /** False for a code that actions use but the taxonomy does not define. */
  readonly known: boolean
  /** Actions tagged with this pillar. */
  readonly actions: number
  /** Of those, the ones the weights count (by default, all but cancelled). */
  readonly counted: number
  /** Neither complete nor cancelled. */
  readonly open: number
  readonly complete: number
  readonly overdue: number
  readonly atRisk: number
  /** Weighted completion of the counted actions, 0–1, or null when none is counted. */
  readonly completion: number | null
}

/**
 * One owner's load. Owners are matched exactly as the plan writes them.
 *
 * @example
 * assessment.owners.filter((o) => o.overdue > 0).map((o) => o.owner)
 */
export interface OwnerLoad {
  readonly owner: string
  readonly actions: number
  readonly open: number
  readonly complete: number
  readonly overdue: number
  readonly atRisk: number
}

/**
 * Expected against actual progress over the dated, counted actions.
 *
 * @example
 * const { expected, actual } = assessment.progress // e.g. 0.75 and 0.5
 */
export interface ProgressScore {
  /** How many actions the means are over. */
  readonly actions: number
  /** Mean elapsed share of their working windows, 0–1, or null when there are none. */
  readonly expected: number | null
  /** Mean weighted progress of the same actions, 0–1, or null. */
  readonly actual: number | null
  /** `expected - actual`: positive when the plan is behind. */
  readonly gap: number | null
}

/**
 * What changed between `since` and `asOf`, read from the actions' update history.
 *
 * @example
 * const { completedBetween, completionFrom, completionTo } = assessment.trend!
 */
export interface PlanTrend {
  readonly from: IsoDate
  readonly to: IsoDate
  /** Actions complete on `to` that were not complete on `from`. */
  readonly completedBetween: number
  readonly completedActionIds: readonly string[]
  /** Actions with at least one update after `from`, up to and including `to`. */
  readonly updatedBetween: number
  /** Actions whose target an update in that interval changed. */
  readonly retargetedBetween: number
  readonly completionFrom: number | null
  readonly completionTo: number | null
}

/**
 * The assessment of a whole plan as of a date: a frozen plain object (it survives `structuredClone`, spread
 * and JSON) that does not change when the plan does.
 *
 * @example
 * const a = evaluatePlan(plan, { asOf: '2020-12-31' })
 * a.ratingCounts.overdue // how many actions are overdue
 * a.actions[0]?.rating // the first action's rating
 */
export interface PlanAssessment {
  readonly planId: string
  readonly asOf: IsoDate
  /** Every action's assessment, in plan order; each carries its `actionId`. */
  readonly actions: readonly ActionAssessment[]
  readonly ratingCounts: Readonly<Record<Rag, number>>
  readonly stateCounts: Readonly<Record<StatusState, number>>
  /** Weighted completion over all counted actions, 0–1, or null when none is counted. */
  readonly completion: number | null
  readonly progress: ProgressScore
  /** The taxonomy's pillars in its order, then codes it does not define, alphabetically. */
  readonly pillars: readonly PillarScore[]
  /** Sorted by owner. */
  readonly owners: readonly OwnerLoad[]
  /** Coverage findings: required pillars with no action, or with no open action. */
  readonly findings: readonly Finding[]
  readonly trend: PlanTrend | null
}

/** Counts shared by pillars and owners. */
interface Tally {
  /** The index of the last action counted, so that an action naming a pillar or an owner twice counts once. */
  lastAction: number
  actions: number
  open: number
  complete: number
  overdue: number
  atRisk: number
}

interface PillarTally extends Tally {
  readonly code: string
  readonly name: string
  readonly required: boolean
  readonly known: boolean
  counted: number
  progress: number
}

const emptyTally = (): Tally => ({ lastAction: -1, actions: 0, open: 0, complete: 0, overdue: 0, atRisk: 0 })

/** Counts the action at `index` once for the tally; false when it was counted already. */
function count(tally: Tally, assessment: ActionAssessment, index: number): boolean {
  if (tally.lastAction === index) return false
  tally.lastAction = index
  tally.actions++
  if (assessment.open) tally.open++
  if (assessment.rating === 'complete') tally.complete++
  else if (assessment.rating === 'overdue') tally.overdue++
  else if (assessment.rating === 'at-risk') tally.atRisk++
  return true
}

/**
 * Counts an assessment's rating, each rating named in the code. An increment by a computed key at this spot
 * would see every rating's name and take the engine's slow generic path, and finding the rating's place in a
 * Map first cost a hash lookup; this is two comparisons on average, once per action.
 */
function countRating(counts: Record<Rag, number>, rating: Rag): void {
  switch (rating) {
    case 'complete':
      counts.complete++
      break
    case 'on-track':
      counts['on-track']++
      break
    case 'at-risk':
      counts['at-risk']++
      break
    case 'overdue':
      counts.overdue++
      break
    case 'not-dated':
      counts['not-dated']++
      break
  }
}

/** Counts a state by name, as `countRating` counts a rating. */
function countState(counts: Record<StatusState, number>, state: StatusState): void {
  switch (state) {
    case 'not-started':
      counts['not-started']++
      break
    case 'in-progress':
      counts['in-progress']++
      break
    case 'complete':
      counts.complete++
      break
    case 'ongoing':
      counts.ongoing++
      break
    case 'on-hold':
      counts['on-hold']++
      break
    case 'cancelled':
      counts.cancelled++
      break
    case 'unknown':
      counts.unknown++
      break
  }
}

/** A record of zero counts keyed by `keys`, in their order. */
function zeroCounts<Key extends string>(keys: readonly Key[]): Record<Key, number> {
  const counts = {} as Record<Key, number>
  for (const key of keys) counts[key] = 0
  return counts
}

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

/**
 * Assesses every action of a plan as of a date and scores the plan: overall and per-pillar completion
 * (weighted by state; an action in several pillars counts in each), expected against actual progress,
 * counts by rating and by state, each owner's load, pillar coverage findings, and — given `since` — the
 * trend between two dates from the update history. Pure and linear in the number of actions; the result is
 * frozen plain data. Throws `TypeError` for arguments of the wrong shape (a missing `asOf`, a plan without
 * `actions`) and `RangeError` when `asOf` or `since` is not a real `YYYY-MM-DD` day.
 *
 * @example
 * const assessment = evaluatePlan(plan, { asOf: '2020-12-31', since: '2019-12-31' })
 * assessment.completion // e.g. 0.4
 * assessment.pillars.map((p) => `${p.name}: ${p.completion}`)
 * assessment.findings // e.g. [{ code: 'pillar-not-covered', … }]
 */
export function evaluatePlan(plan: Plan, options: EvaluatePlanOptions): PlanAssessment {
  const read = readEvaluateOptions(options, 'evaluatePlan')
  if (typeof plan !== 'object' || plan === null || !Array.isArray(plan.actions))
    throw new TypeError(
      'evaluatePlan: pass a Plan (an object with an `actions` array, e.g. from createPlan or tableToPlan).',
    )
  const since =
    options.since === undefined ? null : readIsoDay(options.since, 'options.since', 'evaluatePlan').day
  if (since !== null && since > read.asOf)
    throw new RangeError(`evaluatePlan: since (${since}) must not be after asOf (${read.asOf}).`)
  const taxonomy = options.taxonomy ?? technicianCommitment
  if (typeof taxonomy !== 'object' || taxonomy === null || !Array.isArray(taxonomy.pillars))
    throw new TypeError(
      'evaluatePlan: options.taxonomy must be a Taxonomy, e.g. technicianCommitment or one made with defineTaxonomy.',
    )
  const settings = withPlanPeriod(
    read,
    plan.period?.start ?? plan.dateContext?.planStart ?? null,
    plan.period?.end ?? plan.dateContext?.planEnd ?? null,
  )

  const ratingCounts = zeroCounts(RAGS)
  const stateCounts = zeroCounts(STATUS_STATES)
  const pillars = new Map<string, PillarTally>()
  for (const pillar of taxonomy.pillars)
    pillars.set(pillar.code, {
      code: pillar.code,
      name: pillar.name,
      required: !pillar.optional,
      known: true,
      counted: 0,
      progress: 0,
      ...emptyTally(),
    })
  const owners = new Map<string, Tally>()
  let counted = 0
  let progressSum = 0
  let dated = 0
  let expectedSum = 0
  let datedProgressSum = 0

  const actions: ActionAssessment[] = []
  const loneReasonLists: LoneReasonLists = new Map()
  for (let index = 0; index < plan.actions.length; index++) {
    const action = plan.actions[index]!
    const facts = actionFacts(action, settings)
    const assessment = assessAction(action, facts, read.rules, loneReasonLists)
    actions.push(assessment)
    countRating(ratingCounts, assessment.rating)
    countState(stateCounts, assessment.state)
    const progress = facts.weightedProgress
    if (progress !== null) {
      counted++
      progressSum += progress
      if (facts.expectedProgress !== null) {
        dated++
        expectedSum += facts.expectedProgress
        datedProgressSum += progress
      }
    }
    for (const code of action.pillars) {
      let pillar = pillars.get(code)
      if (pillar === undefined) {
        pillar = { code, name: code, required: false, known: false, counted: 0, progress: 0, ...emptyTally() }
        pillars.set(code, pillar)
      }
      if (count(pillar, assessment, index) && progress !== null) {
        pillar.counted++
        pillar.progress += progress
      }
    }
    for (const owner of action.owners) {
      let load = owners.get(owner)
      if (load === undefined) {
        load = emptyTally()
        owners.set(owner, load)
      }
      count(load, assessment, index)
    }
  }

  const all = [...pillars.values()]
  const pillarScores: PillarScore[] = [
    ...all.filter((pillar) => pillar.known),
    ...all.filter((pillar) => !pillar.known).sort((a, b) => byText(a.code, b.code)),
  ].map((pillar) => ({
    code: pillar.code,
    name: pillar.name,
    required: pillar.required,
    known: pillar.known,
    actions: pillar.actions,
    counted: pillar.counted,
    open: pillar.open,
    complete: pillar.complete,
    overdue: pillar.overdue,
    atRisk: pillar.atRisk,
    completion: pillar.counted === 0 ? null : pillar.progress / pillar.counted,
  }))
  const expected = dated === 0 ? null : expectedSum / dated
  const actual = dated === 0 ? null : datedProgressSum / dated
  const completion = counted === 0 ? null : progressSum / counted

  // Each action assessment is frozen already; the rest is small, so it is frozen all the way down.
  return Object.freeze({
    planId: plan.id,
    asOf: read.asOf,
    actions: Object.freeze(actions),
    ratingCounts: Object.freeze(ratingCounts),
    stateCounts: Object.freeze(stateCounts),
    completion,
    progress: deepFreeze({
      actions: dated,
      expected,
      actual,
      gap: expected === null || actual === null ? null : expected - actual,
    }),
    pillars: deepFreeze(pillarScores),
    owners: deepFreeze(
      [...owners]
        .sort(([a], [b]) => byText(a, b))
        .map(([owner, load]) => ({
          owner,
          actions: load.actions,
          open: load.open,
          complete: load.complete,
          overdue: load.overdue,
          atRisk: load.atRisk,
        })),
    ),
    findings: deepFreeze(coverageFindings(pillarScores)),
    trend: deepFreeze(
      since === null ? null : computeTrend(plan.actions, since, read.asOf, read.weights, completion),
    ),
  })
}

/** Complete on the day: a completion dated after it has not happened yet. */
function completeOn(status: Status, day: IsoDate): boolean {
  return status.state === 'complete' && (status.completedOn === null || status.completedOn <= day)
}

/** Freezes a plain value and everything in it. */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    if (Array.isArray(value)) for (const item of value) deepFreeze(item)
    else for (const key in value) deepFreeze(value[key])
    Object.freeze(value)
  }
  return value
}

function coverageFindings(pillars: readonly PillarScore[]): Finding[] {
  const findings: Finding[] = []
  for (const pillar of pillars) {
    if (!pillar.required) continue
    if (pillar.actions === 0) {
      findings.push({
        code: 'pillar-not-covered',
        severity: 'error',
        actionId: null,
        pillar: pillar.code,
        message: `No action addresses ${pillar.name} (${pillar.code}), a required pillar.`,
        fix: `Add at least one action for ${pillar.name}, or tag the existing actions that serve it with "${pillar.code}".`,
      })
    } else if (pillar.open === 0) {
      findings.push({
        code: 'pillar-no-open-action',
        severity: 'warning',
        actionId: null,
        pillar: pillar.code,
        message: `Every ${pillar.name} (${pillar.code}) action is complete or cancelled: nothing is under way for it.`,
        fix: `Plan a next action for ${pillar.name} in the coming period.`,
      })
    }
  }
  return findings
}

function computeTrend(
  actions: readonly Action[],
  from: IsoDate,
  to: IsoDate,
  weights: StatusWeights,
  completionTo: number | null,
): PlanTrend {
  const fromBound = dayBound(from)
  const toBound = dayBound(to)
  const completedIds: string[] = []
  let updatedBetween = 0
  let retargetedBetween = 0
  let countedFrom = 0
  let progressFrom = 0
  for (const action of actions) {
    const status = statusOn(action, fromBound)
    const completeThen = completeOn(status, from)
    const stateThen: StatusState = status.state === 'complete' && !completeThen ? 'in-progress' : status.state
    const progress = progressOf(stateThen, status.percent, weights)
    if (progress !== null) {
      countedFrom++
      progressFrom += progress
    }
    if (!completeThen && completeOn(statusOn(action, toBound), to)) completedIds.push(action.id)
    let updated = false
    let retargeted = false
    for (const update of action.updates)
      if (!(update.at < fromBound) && update.at < toBound) {
        updated = true
        if (update.target !== null) retargeted = true
      }
    if (updated) updatedBetween++
    if (retargeted) retargetedBetween++
  }
  completedIds.sort()
  return {
    from,
    to,
    completedBetween: completedIds.length,
    completedActionIds: completedIds,
    updatedBetween,
    retargetedBetween,
    completionFrom: countedFrom === 0 ? null : progressFrom / countedFrom,
    completionTo,
  }
}
