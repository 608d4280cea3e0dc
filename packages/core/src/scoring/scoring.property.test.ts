import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Action } from '../model/action'
import { StatusState, type Status } from '../model/status'
import { TargetDateKind } from '../model/targetDate'
import { evaluatePlan, type PlanAssessment } from './evaluatePlan'
import { testAction, testPlan, testStatus } from '../testing/planFixtures'

const isoDate = fc
  .integer({ min: Date.UTC(2016, 0, 1) / 864e5, max: Date.UTC(2023, 11, 31) / 864e5 })
  .map((day) => new Date(day * 864e5).toISOString().slice(0, 10))

const status: fc.Arbitrary<Status> = fc
  .record({
    state: fc.constantFrom(...StatusState.options),
    completedOn: fc.option(isoDate),
    percent: fc.option(fc.integer({ min: 0, max: 100 })),
  })
  .map((s) => testStatus(s))

const action: fc.Arbitrary<Action> = fc
  .record({
    id: fc.uuid(),
    pillars: fc.subarray(['V', 'R', 'C', 'S', 'E', 'X']),
    owners: fc.subarray(['Forum', 'SM', 'CS', 'HR']),
    kind: fc.constantFrom(...TargetDateKind.options),
    start: fc.option(isoDate),
    due: fc.option(isoDate),
    status,
    updates: fc.array(fc.record({ day: isoDate, status: fc.option(status) }), { maxLength: 3 }),
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

const actions = fc.uniqueArray(action, { selector: (a) => a.id, maxLength: 30 })
const period = fc.option(
  fc.tuple(isoDate, isoDate).map(([x, y]) => (x <= y ? { start: x, end: y } : { start: y, end: x })),
)
const weight = fc.double({ min: 0, max: 1, noNaN: true })
const weights = fc.record({
  'in-progress': weight,
  ongoing: weight,
  'on-hold': weight,
  unknown: weight,
  'not-started': weight,
})

const unit = (value: number | null) => value === null || (value >= 0 && value <= 1)

describe('scoring properties', () => {
  it('keeps every score in [0, 1]', () => {
    fc.assert(
      fc.property(actions, period, isoDate, weights, (list, p, asOf, w) => {
        const a = evaluatePlan(testPlan(list, p ?? undefined), { asOf, weights: w })
        expect(unit(a.completion)).toBe(true)
        expect(unit(a.progress.expected) && unit(a.progress.actual)).toBe(true)
        for (const pillar of a.pillars) expect(unit(pillar.completion)).toBe(true)
        for (const x of a.actions) expect(unit(x.expectedProgress) && unit(x.actualProgress)).toBe(true)
      }),
    )
  })

  it('never lowers completion when a completed action is added', () => {
    fc.assert(
      fc.property(actions, period, isoDate, action, (list, p, asOf, extra) => {
        const plan = testPlan(list, p ?? undefined)
        // Completed on or before asOf, and not overwritten by a later update.
        const done = {
          ...extra,
          id: `${extra.id}-done`,
          updates: [],
          status: testStatus({ state: 'complete', completedOn: asOf }),
        }
        const before = evaluatePlan(plan, { asOf })
        const after = evaluatePlan({ ...plan, actions: [...list, done] }, { asOf })
        expect(after.completion!).toBeGreaterThanOrEqual((before.completion ?? 0) - 1e-12)
        for (const pillar of after.pillars) {
          const old = before.pillars.find((x) => x.code === pillar.code)?.completion ?? null
          if (old !== null) expect(pillar.completion!).toBeGreaterThanOrEqual(old - 1e-12)
        }
      }),
    )
  })

  it('does not depend on the order of the actions', () => {
    fc.assert(
      fc.property(
        actions.chain((list) =>
          fc.tuple(
            fc.constant(list),
            fc.shuffledSubarray(list, { minLength: list.length, maxLength: list.length }),
          ),
        ),
        period,
        isoDate,
        ([list, shuffled], p, asOf) => {
          const a = evaluatePlan(testPlan(list, p ?? undefined), {
            asOf,
            since: '2016-01-01' <= asOf ? '2016-01-01' : asOf,
          })
          const b = evaluatePlan(testPlan(shuffled, p ?? undefined), {
            asOf,
            since: '2016-01-01' <= asOf ? '2016-01-01' : asOf,
          })
          expect(comparable(b)).toEqual(comparable(a))
          const byId = new Map(a.actions.map((x) => [x.actionId, x]))
          for (const x of b.actions) expect(x).toEqual(byId.get(x.actionId))
        },
      ),
    )
  })
})

// Sums of fractions may differ in the last bit with the order they are added in: round before comparing.
function comparable(a: PlanAssessment) {
  const round = (value: number | null) => (value === null ? null : Math.round(value * 1e9) / 1e9)
  return {
    ratingCounts: a.ratingCounts,
    stateCounts: a.stateCounts,
    completion: round(a.completion),
    expected: round(a.progress.expected),
    actual: round(a.progress.actual),
    pillars: a.pillars.map((p) => ({ ...p, completion: round(p.completion) })),
    owners: a.owners,
    findings: a.findings,
    trend: a.trend && {
      ...a.trend,
      completionFrom: round(a.trend.completionFrom),
      completionTo: round(a.trend.completionTo),
    },
  }
}
