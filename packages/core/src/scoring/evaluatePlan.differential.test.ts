import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Action } from '../model/action'
import { type Status, StatusState } from '../model/status'
import { TargetDateKind } from '../model/targetDate'
import { defaultRules } from './defaultRules'
import { defaultStatusWeights } from './defaultStatusWeights'
import { evaluateAction } from './evaluateAction'
import { evaluatePlan } from './evaluatePlan'
import { testAction, testPlan, testStatus } from './testSupport'
import type { ActionAssessment, Rag, StatusWeights } from './types'

// evaluatePlan takes shortcuts for speed (a fused pass for the default rules, cached owner and pillar lookups,
// interned reason lists). These properties hold it to the plain definition: each action assessed on its own
// by evaluateAction, and every score a straightforward fold over those assessments, in plan order.

const dayIn = (from: number, to: number) =>
  fc
    .integer({ min: from / 864e5, max: to / 864e5 })
    .map((day) => new Date(day * 864e5).toISOString().slice(0, 10))
// Mostly dates a few days apart, so that boundaries (due today, due in exactly the at-risk window, stale by
// exactly the stale period) come up often; sometimes anywhere in eight years.
const isoDate = fc.oneof(
  { arbitrary: dayIn(Date.UTC(2019, 5, 25), Date.UTC(2019, 6, 5)), weight: 3 },
  { arbitrary: dayIn(Date.UTC(2016, 0, 1), Date.UTC(2023, 11, 31)), weight: 1 },
)

const status: fc.Arbitrary<Status> = fc
  .record({
    state: fc.constantFrom(...StatusState.options),
    completedOn: fc.option(isoDate),
    percent: fc.option(fc.integer({ min: 0, max: 100 })),
  })
  .map((s) => testStatus(s))

// Owners chosen so that several share a length and first and last letters (a cache keyed on those must
// still tell them apart), plus repeats within one action.
const owner = fc.constantFrom(
  'Forum',
  'Comms',
  'TCSG',
  'TxxG',
  'SM',
  'CS',
  'HR',
  'L & D',
  '',
  'Technical Managers',
)
const pillar = fc.constantFrom('V', 'R', 'C', 'S', 'E', 'X', 'Visibility', 'é', '')

const action: fc.Arbitrary<Action> = fc
  .record({
    id: fc.uuid(),
    pillars: fc.array(pillar, { maxLength: 4 }),
    owners: fc.array(owner, { maxLength: 4 }),
    kind: fc.constantFrom(...TargetDateKind.options),
    start: fc.option(isoDate),
    due: fc.option(isoDate),
    status,
    updates: fc.array(fc.record({ day: isoDate, status: fc.option(status), retarget: fc.boolean() }), {
      maxLength: 3,
    }),
  })
  .map((a) =>
    testAction({
      id: a.id,
      pillars: a.pillars,
      owners: a.owners,
      target: { kind: a.kind, start: a.start, due: a.due, text: a.due ?? 'On-going' },
      status: a.status,
      updates: a.updates
        .map((u) => ({ at: `${u.day}T09:00:00Z`, by: null, status: u.status, target: null, note: null }))
        .sort((x, y) => (x.at < y.at ? -1 : x.at > y.at ? 1 : 0)),
    }),
  )

const plans = fc.record({
  actions: fc.uniqueArray(action, { selector: (a) => a.id, maxLength: 40 }),
  period: fc.option(
    fc.tuple(isoDate, isoDate).map(([x, y]) => (x <= y ? { start: x, end: y } : { start: y, end: x })),
  ),
  asOf: isoDate,
  weights: fc.option(
    fc.record({
      'in-progress': fc.constantFrom(0, 0.3, 0.5, 1),
      cancelled: fc.constantFrom(null, 0),
      unknown: fc.constantFrom(null, 0, 0.1),
    }),
  ),
  options: fc.option(
    fc.record({
      atRiskWindowDays: fc.integer({ min: 0, max: 12 }),
      staleAfterDays: fc.integer({ min: 0, max: 12 }),
      progressMargin: fc.constantFrom(0, 0.1, 0.25, 0.9),
      defaultWindowDays: fc.integer({ min: 1, max: 800 }),
    }),
  ),
})

const RAG_ORDER: readonly Rag[] = ['complete', 'on-track', 'at-risk', 'overdue', 'not-dated']

describe('evaluatePlan against its definition', () => {
  it('gives each action exactly what evaluateAction gives it', () => {
    fc.assert(
      fc.property(plans, ({ actions, period, asOf, weights, options }) => {
        const plan = testPlan(actions, period ?? undefined)
        const shared = {
          asOf,
          ...(weights === null ? {} : { weights }),
          ...(options === null ? {} : { options }),
        }
        const fast = evaluatePlan(plan, shared)
        const lone = actions.map((a) => evaluateAction(a, { ...shared, planPeriod: plan.period }))
        for (let i = 0; i < actions.length; i++) expect(fast.at(i)).toEqual(lone[i])
        expect(fast.actions).toEqual(lone)
      }),
      { numRuns: 300 },
    )
  })

  it('scores exactly as a plain fold over the per-action assessments', () => {
    fc.assert(
      fc.property(plans, ({ actions, period, asOf, weights, options }) => {
        const plan = testPlan(actions, period ?? undefined)
        const shared = {
          asOf,
          ...(weights === null ? {} : { weights }),
          ...(options === null ? {} : { options }),
        }
        const fast = evaluatePlan(plan, shared)
        const w: StatusWeights = { ...defaultStatusWeights, ...(weights ?? {}) }
        const lone = actions.map((a) => evaluateAction(a, { ...shared, planPeriod: plan.period }))
        const expected = fold(actions, lone, w)
        expect(fast.ratingCounts).toEqual(expected.ratingCounts)
        expect(fast.stateCounts).toEqual(expected.stateCounts)
        // Same additions in the same order, so the sums agree to the last bit.
        expect(fast.completion).toBe(expected.completion)
        expect(fast.progress.expected).toBe(expected.expected)
        expect(fast.progress.actual).toBe(expected.actual)
        expect(fast.owners).toEqual(expected.owners)
        for (const [code, score] of expected.pillars) {
          const got = fast.pillars.find((p) => p.code === code)
          expect(got).toMatchObject(score)
        }
        expect(fast.pillars.filter((p) => !p.known).length).toBe(
          [...expected.pillars.keys()].filter((c) => !['V', 'R', 'C', 'S', 'E'].includes(c)).length,
        )
      }),
      { numRuns: 300 },
    )
  })

  it('takes the same decisions with the default rules as with a copy of them', () => {
    // A copy of the list is not the list itself, so evaluatePlan runs each rule function in turn.
    fc.assert(
      fc.property(plans, ({ actions, period, asOf, weights, options }) => {
        const plan = testPlan(actions, period ?? undefined)
        const shared = {
          asOf,
          ...(weights === null ? {} : { weights }),
          ...(options === null ? {} : { options }),
        }
        const fast = evaluatePlan(plan, shared)
        const generic = evaluatePlan(plan, { ...shared, rules: [...defaultRules] })
        expect(JSON.parse(JSON.stringify(fast))).toEqual(JSON.parse(JSON.stringify(generic)))
        for (let i = 0; i < actions.length; i++) {
          const a = fast.at(i).reasons
          const b = generic.at(i).reasons
          expect(a.length).toBe(b.length)
          for (let k = 0; k < a.length; k++) expect(a[k]).toBe(b[k])
        }
      }),
      { numRuns: 300 },
    )
  })
})

interface Score {
  actions: number
  counted: number
  open: number
  complete: number
  overdue: number
  atRisk: number
  completion: number | null
}

function fold(actions: readonly Action[], lone: readonly ActionAssessment[], weights: StatusWeights) {
  const ratingCounts = Object.fromEntries(RAG_ORDER.map((r) => [r, 0])) as Record<Rag, number>
  const stateCounts = Object.fromEntries(StatusState.options.map((s) => [s, 0])) as Record<string, number>
  let counted = 0
  let sum = 0
  let dated = 0
  let expectedSum = 0
  let actualSum = 0
  const pillars = new Map<string, Score & { progress: number }>()
  const owners = new Map<
    string,
    { owner: string; actions: number; open: number; complete: number; overdue: number; atRisk: number }
  >()
  lone.forEach((x, i) => {
    const action = actions[i]!
    ratingCounts[x.rating]++
    stateCounts[x.state]!++
    const weight = weights[x.state]
    const progress = weight === null ? null : (x.actualProgress ?? weight)
    if (progress !== null) {
      counted++
      sum += progress
      if (x.expectedProgress !== null) {
        dated++
        expectedSum += x.expectedProgress
        actualSum += progress
      }
    }
    for (const code of new Set(action.pillars)) {
      let p = pillars.get(code)
      if (p === undefined) {
        p = {
          actions: 0,
          counted: 0,
          open: 0,
          complete: 0,
          overdue: 0,
          atRisk: 0,
          completion: null,
          progress: 0,
        }
        pillars.set(code, p)
      }
      p.actions++
      if (progress !== null) {
        p.counted++
        p.progress += progress
      }
      if (x.open) p.open++
      if (x.rating === 'complete') p.complete++
      if (x.rating === 'overdue') p.overdue++
      if (x.rating === 'at-risk') p.atRisk++
    }
    for (const name of new Set(action.owners)) {
      let o = owners.get(name)
      if (o === undefined) {
        o = { owner: name, actions: 0, open: 0, complete: 0, overdue: 0, atRisk: 0 }
        owners.set(name, o)
      }
      o.actions++
      if (x.open) o.open++
      if (x.rating === 'complete') o.complete++
      if (x.rating === 'overdue') o.overdue++
      if (x.rating === 'at-risk') o.atRisk++
    }
  })
  const pillarScores = new Map<string, Score>()
  for (const [code, { progress, ...rest }] of pillars)
    pillarScores.set(code, { ...rest, completion: rest.counted === 0 ? null : progress / rest.counted })
  return {
    ratingCounts,
    stateCounts,
    completion: counted === 0 ? null : sum / counted,
    expected: dated === 0 ? null : expectedSum / dated,
    actual: dated === 0 ? null : actualSum / dated,
    pillars: pillarScores,
    owners: [...owners.values()].sort((a, b) => (a.owner < b.owner ? -1 : a.owner > b.owner ? 1 : 0)),
  }
}
