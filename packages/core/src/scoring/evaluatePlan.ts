import type { Action } from '../model/action'
import type { Plan } from '../model/plan'
import type { IsoDate } from '../model/primitives'
import type { Status, StatusState } from '../model/status'
import type { Taxonomy } from '../model/taxonomySchema'
import { technicianCommitment } from '../taxonomy/technicianCommitment'
import {
  type ActionEvaluator,
  CANCELLED_STATE,
  DEFAULT_OUTCOMES,
  dayBound,
  progressOf,
  RAG_BY_CODE,
  statusOn,
} from './ActionEvaluator'
import { ReasonTable } from './ReasonTable'
import { defaultRules } from './defaultRules'
import { createEvaluator, type EvaluateOptions } from './evaluateAction'
import type { ActionAssessment, Finding, Rag, StatusWeights } from './types'

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
 * The assessment of a whole plan as of a date. Per-action results are kept column-wise and turned into
 * `ActionAssessment` objects only when read (`actions`, `at`), so that scoring a large plan stays cheap.
 *
 * @example
 * const a = evaluatePlan(plan, { asOf: '2020-12-31' })
 * a.ratingCounts.overdue // how many actions are overdue
 * a.at(0).rating // the first action's rating
 */
export interface PlanAssessment {
  readonly planId: string
  readonly asOf: IsoDate
  /** Every action's assessment, in plan order (built on first read, then cached). */
  readonly actions: readonly ActionAssessment[]
  /** The assessment of the action at `index` in the plan. */
  at(index: number): ActionAssessment
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

// Pillars and owners count their actions by category (rating code × cancelled or not) with one increment
// each, instead of testing the rating once per counter; `tallyScore` turns the categories into the counts.
const CATEGORIES = 10

interface PillarAcc {
  code: string
  name: string
  required: boolean
  known: boolean
  counted: number
  progress: number
  readonly tally: Int32Array
}

interface OwnerAcc {
  owner: string
  readonly tally: Int32Array
}

interface TallyScore {
  actions: number
  open: number
  complete: number
  overdue: number
  atRisk: number
}

function tallyScore(tally: Int32Array): TallyScore {
  let actions = 0
  let open = 0
  for (let category = 0; category < CATEGORIES; category++) {
    const count = tally[category]!
    actions += count
    if (category >> 1 !== COMPLETE && (category & 1) === 0) open += count
  }
  return {
    actions,
    open,
    complete: tally[COMPLETE * 2]! + tally[COMPLETE * 2 + 1]!,
    overdue: tally[OVERDUE * 2]! + tally[OVERDUE * 2 + 1]!,
    atRisk: tally[AT_RISK * 2]! + tally[AT_RISK * 2 + 1]!,
  }
}

// Stored beside the rating code (0–4) in one byte.
const LATE_BIT = 8
const COMPLETE = 0
const UNSEEN = -1
const OWNER_CACHE_MASK = 255
const AT_RISK = 2
const OVERDUE = 3

/**
 * Assesses every action of a plan as of a date and scores the plan: overall and per-pillar completion
 * (weighted by state; an action in several pillars counts in each), expected against actual progress,
 * counts by rating and by state, each owner's load, pillar coverage findings, and — given `since` — the
 * trend between two dates from the update history. Pure and linear in the number of actions.
 *
 * @example
 * const assessment = evaluatePlan(plan, { asOf: '2020-12-31', since: '2019-12-31' })
 * assessment.completion // e.g. 0.4
 * assessment.pillars.map((p) => `${p.name}: ${p.completion}`)
 * assessment.findings // e.g. [{ code: 'pillar-not-covered', … }]
 */
export function evaluatePlan(plan: Plan, options: EvaluatePlanOptions): PlanAssessment {
  const planStart = plan.period.start ?? plan.dateContext.planStart ?? null
  const planEnd = plan.period.end ?? plan.dateContext.planEnd ?? null
  const evaluator = createEvaluator(options, planStart, planEnd)
  const rules = options.rules ?? defaultRules
  const taxonomy = options.taxonomy ?? technicianCommitment
  const actions = plan.actions
  const n = actions.length

  // Per action, only what the rules decided is stored: the rating (+ the late flag) and an interned reason
  // list. The facts (state, dates, progress) are recomputed from the action when an assessment is read.
  const ratings = new Uint8Array(n)
  const reasonIds = new Uint32Array(n)
  const reasonTable = new ReasonTable()

  const ratingTally = [0, 0, 0, 0, 0]
  const stateTally = [0, 0, 0, 0, 0, 0, 0]
  let counted = 0
  let progressSum = 0
  let datedCounted = 0
  let expectedSum = 0
  let datedProgressSum = 0

  const pillarAccs: PillarAcc[] = taxonomy.pillars.map((pillar) =>
    newPillarAcc(pillar.code, pillar.name, !pillar.optional, true),
  )
  // Single-character codes (the usual V, R, C, S, E) find their pillar by character, without comparing strings.
  const pillarByChar = new Int16Array(128).fill(-1)
  const pillarByCode = new Map<string, number>()
  for (let k = 0; k < pillarAccs.length; k++) {
    indexByChar(pillarByChar, pillarAccs[k]!.code, k)
    if (!pillarByCode.has(pillarAccs[k]!.code)) pillarByCode.set(pillarAccs[k]!.code, k)
  }
  // Only the default rules are known well enough to group actions by outcome; any other list runs in full.
  const outcomeFlags = rules === defaultRules ? new Int8Array(DEFAULT_OUTCOMES).fill(UNSEEN) : null
  const outcomeReasons = new Uint32Array(DEFAULT_OUTCOMES)
  const owners = new Map<string, OwnerAcc>()
  const ownerCache: (OwnerAcc | undefined)[] = new Array(OWNER_CACHE_MASK + 1).fill(undefined)

  let _touched = 0
  for (let i = 0; i < n; i++) {
    const action = actions[i]!
    // Touch every object this action will need before working on any of them: the reads do not depend on
    // each other, so the CPU fetches them from memory in parallel rather than one cache miss at a time.
    const pillars = action.pillars
    const actionOwners = action.owners
    const target = action.target
    const pillarCount = pillars.length
    const ownerCount = actionOwners.length
    const due = target.due
    const updateCount = action.updates.length
    const stateLength = action.status.state.length
    // Never true (names are not empty): the test only keeps the reads above from being optimised away.
    if (updateCount + stateLength > 0 && pillarCount > 0 && ownerCount > 0 && due !== null) {
      if (pillars[0]!.length + actionOwners[0]!.length === 0) _touched++
    }
    evaluator.prepare(action)
    let flags: number
    let reasonId: number
    if (outcomeFlags !== null) {
      // The default rules say the same thing to every action with the same outcome: ask them once per outcome.
      const outcome = evaluator.defaultOutcome(action)
      flags = outcomeFlags[outcome]!
      if (flags === UNSEEN) {
        evaluator.run(action, rules)
        flags = evaluator.late ? evaluator.code | LATE_BIT : evaluator.code
        outcomeFlags[outcome] = flags
        outcomeReasons[outcome] = reasonTable.intern(evaluator.scratch, evaluator.reasonCount)
      }
      reasonId = outcomeReasons[outcome]!
    } else {
      evaluator.run(action, rules)
      flags = evaluator.late ? evaluator.code | LATE_BIT : evaluator.code
      reasonId = reasonTable.intern(evaluator.scratch, evaluator.reasonCount)
    }
    const code = flags & ~LATE_BIT
    const sc = evaluator.stateIndex
    const progress = evaluator.progressRaw
    const exp = evaluator.expectedRaw
    ratings[i] = flags
    reasonIds[i] = reasonId

    ratingTally[code]!++
    stateTally[sc]!++
    // NaN progress marks an action the weights leave out (cancelled, by default).
    const isCounted = !Number.isNaN(progress)
    if (isCounted) {
      counted++
      progressSum += progress
      if (!Number.isNaN(exp)) {
        datedCounted++
        expectedSum += exp
        datedProgressSum += progress
      }
    }
    const category = code * 2 + (sc === CANCELLED_STATE ? 1 : 0)

    let seen = 0
    let seenBeyond: Set<number> | null = null
    for (let p = 0; p < pillars.length; p++) {
      const pillar = pillars[p]!
      let index = -1
      if (pillar.length === 1) {
        const c = pillar.charCodeAt(0)
        if (c < 128) index = pillarByChar[c]!
      }
      if (index < 0) index = pillarIndex(pillarAccs, pillarByChar, pillarByCode, pillar)
      // An action that names a pillar twice still counts once in it.
      if (index < 31) {
        const bit = 1 << index
        if ((seen & bit) !== 0) continue
        seen |= bit
      } else {
        seenBeyond ??= new Set()
        if (seenBeyond.has(index)) continue
        seenBeyond.add(index)
      }
      const acc = pillarAccs[index]!
      acc.tally[category]!++
      if (isCounted) {
        acc.counted++
        acc.progress += progress
      }
    }

    const ownersSeen = ownerCount > SHORT_LIST ? new Set<string>() : null
    for (let o = 0; o < actionOwners.length; o++) {
      const owner = actionOwners[o]!
      if (ownersSeen !== null) {
        if (ownersSeen.has(owner)) continue
        ownersSeen.add(owner)
      } else if (o > 0 && repeats(actionOwners, o)) continue
      // A plan repeats a handful of owners thousands of times: a small cache, indexed by the name's length and
      // three of its letters and confirmed by comparing the name, answers most lookups without hashing the
      // whole string.
      const length = owner.length
      const slot =
        length === 0
          ? 0
          : (length * 41 +
              owner.charCodeAt(0) * 7 +
              owner.charCodeAt(length >> 1) * 13 +
              owner.charCodeAt(length - 1)) &
            OWNER_CACHE_MASK
      let acc = ownerCache[slot]
      if (acc === undefined || acc.owner !== owner) {
        acc = owners.get(owner)
        if (acc === undefined) {
          acc = { owner, tally: new Int32Array(CATEGORIES) }
          owners.set(owner, acc)
        }
        ownerCache[slot] = acc
      }
      acc.tally[category]!++
    }
  }

  const pillarScores = finishPillars(pillarAccs)
  const ratingCounts = Object.freeze({
    complete: ratingTally[0]!,
    'on-track': ratingTally[1]!,
    'at-risk': ratingTally[2]!,
    overdue: ratingTally[3]!,
    'not-dated': ratingTally[4]!,
  })
  const stateCounts = Object.freeze({
    'not-started': stateTally[0]!,
    'in-progress': stateTally[1]!,
    complete: stateTally[2]!,
    ongoing: stateTally[3]!,
    'on-hold': stateTally[4]!,
    cancelled: stateTally[5]!,
    unknown: stateTally[6]!,
  })
  const expectedMean = datedCounted === 0 ? null : expectedSum / datedCounted
  const actualMean = datedCounted === 0 ? null : datedProgressSum / datedCounted
  const progress: ProgressScore = {
    actions: datedCounted,
    expected: expectedMean,
    actual: actualMean,
    gap: expectedMean === null || actualMean === null ? null : expectedMean - actualMean,
  }
  const completion = counted === 0 ? null : progressSum / counted
  const trend =
    options.since === undefined
      ? null
      : computeTrend(actions, options.since, options.asOf, evaluator.weights, completion)

  return new ColumnarPlanAssessment({
    planId: plan.id,
    asOf: options.asOf,
    source: actions,
    evaluator,
    ratings,
    reasonIds,
    reasonTable,
    ratingCounts,
    stateCounts,
    completion,
    progress,
    pillars: pillarScores,
    owners: [...owners.values()]
      .sort((a, b) => (a.owner < b.owner ? -1 : a.owner > b.owner ? 1 : 0))
      .map((acc) => ({ owner: acc.owner, ...tallyScore(acc.tally) })),
    findings: coverageFindings(pillarScores),
    trend,
  })
}

function indexByChar(table: Int16Array, code: string, index: number): void {
  if (code.length === 1 && code.charCodeAt(0) < 128 && table[code.charCodeAt(0)] === -1)
    table[code.charCodeAt(0)] = index
}

/** Finds (or adds, for a code the taxonomy does not define) a pillar's accumulator. */
function pillarIndex(
  accs: PillarAcc[],
  table: Int16Array,
  byCode: Map<string, number>,
  code: string,
): number {
  const known = byCode.get(code)
  if (known !== undefined) return known
  accs.push(newPillarAcc(code, code, false, false))
  const index = accs.length - 1
  byCode.set(code, index)
  indexByChar(table, code, index)
  return index
}

/** Whether `list[index]` already appeared earlier in the list (for short lists; long ones use a set). */
function repeats(list: readonly string[], index: number): boolean {
  const value = list[index]
  for (let j = 0; j < index; j++) if (list[j] === value) return true
  return false
}

// Above this many owners on one action (only hostile or broken input), duplicates are found with a set
// rather than by rescanning the list, which would be quadratic.
const SHORT_LIST = 16

function newPillarAcc(code: string, name: string, required: boolean, known: boolean): PillarAcc {
  return {
    code,
    name,
    required,
    known,
    counted: 0,
    progress: 0,
    tally: new Int32Array(CATEGORIES),
  }
}

function finishPillars(accs: readonly PillarAcc[]): PillarScore[] {
  const known = accs.filter((acc) => acc.known)
  const unknown = accs
    .filter((acc) => !acc.known)
    .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))
  return [...known, ...unknown].map((acc) => {
    const score = tallyScore(acc.tally)
    return {
      code: acc.code,
      name: acc.name,
      required: acc.required,
      known: acc.known,
      actions: score.actions,
      counted: acc.counted,
      open: score.open,
      complete: score.complete,
      overdue: score.overdue,
      atRisk: score.atRisk,
      completion: acc.counted === 0 ? null : acc.progress / acc.counted,
    }
  })
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
        message: `No action addresses ${pillar.name} (${pillar.code}), a required pillar.`,
        fix: `Add at least one action for ${pillar.name}, or tag the existing actions that serve it with "${pillar.code}".`,
      })
    } else if (pillar.open === 0) {
      findings.push({
        code: 'pillar-no-open-action',
        severity: 'warning',
        actionId: null,
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
  if (!(from <= to)) throw new RangeError(`since (${from}) must not be after asOf (${to}).`)
  const fromBound = dayBound(from)
  const toBound = dayBound(to)
  const completeOn = (status: Status, day: IsoDate) =>
    status.state === 'complete' && (status.completedOn === null || status.completedOn <= day)
  const completedIds: string[] = []
  let updatedBetween = 0
  let retargetedBetween = 0
  let countedFrom = 0
  let progressFrom = 0
  for (let i = 0; i < actions.length; i++) {
    const action = actions[i]!
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
    for (const update of action.updates) {
      if (update.at < fromBound || !(update.at < toBound)) continue
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

// The plan-level figures are PlanAssessment's own; the per-action results stay in typed arrays.
interface ColumnarData extends Omit<PlanAssessment, 'actions' | 'at'> {
  readonly source: readonly Action[]
  readonly evaluator: ActionEvaluator
  readonly ratings: Uint8Array
  readonly reasonIds: Uint32Array
  readonly reasonTable: ReasonTable
}

class ColumnarPlanAssessment implements PlanAssessment {
  readonly planId: string
  readonly asOf: IsoDate
  readonly ratingCounts: Readonly<Record<Rag, number>>
  readonly stateCounts: Readonly<Record<StatusState, number>>
  readonly completion: number | null
  readonly progress: ProgressScore
  readonly pillars: readonly PillarScore[]
  readonly owners: readonly OwnerLoad[]
  readonly findings: readonly Finding[]
  readonly trend: PlanTrend | null
  readonly #data: ColumnarData
  #actions: readonly ActionAssessment[] | null = null

  constructor(data: ColumnarData) {
    this.#data = data
    this.planId = data.planId
    this.asOf = data.asOf
    this.ratingCounts = data.ratingCounts
    this.stateCounts = data.stateCounts
    this.completion = data.completion
    this.progress = data.progress
    this.pillars = data.pillars
    this.owners = data.owners
    this.findings = data.findings
    this.trend = data.trend
  }

  get actions(): readonly ActionAssessment[] {
    if (this.#actions === null) {
      const all: ActionAssessment[] = []
      for (let i = 0; i < this.#data.source.length; i++) all.push(this.at(i))
      this.#actions = Object.freeze(all)
    }
    return this.#actions
  }

  at(index: number): ActionAssessment {
    const data = this.#data
    const action = data.source[index]
    if (action === undefined)
      throw new RangeError(`No action at index ${index}; the plan has ${data.source.length}.`)
    if (this.#actions !== null) return this.#actions[index]!
    const evaluator = data.evaluator
    evaluator.prepare(action)
    const flags = data.ratings[index]!
    const code = flags & ~LATE_BIT
    return {
      actionId: action.id,
      ref: action.ref,
      rating: RAG_BY_CODE[code]!,
      late: (flags & LATE_BIT) !== 0,
      state: evaluator.state,
      open: code !== COMPLETE && evaluator.state !== 'cancelled',
      due: evaluator.dueDay === null ? null : action.target.due,
      daysToDue: evaluator.daysToDue,
      expectedProgress: evaluator.expectedProgress,
      actualProgress: evaluator.actualProgress,
      reasons: data.reasonTable.get(data.reasonIds[index]!),
    }
  }

  /** Serialises like a plain object, with every action's assessment. */
  toJSON(): Omit<PlanAssessment, 'at'> {
    return {
      planId: this.planId,
      asOf: this.asOf,
      actions: this.actions,
      ratingCounts: this.ratingCounts,
      stateCounts: this.stateCounts,
      completion: this.completion,
      progress: this.progress,
      pillars: this.pillars,
      owners: this.owners,
      findings: this.findings,
      trend: this.trend,
    }
  }
}
