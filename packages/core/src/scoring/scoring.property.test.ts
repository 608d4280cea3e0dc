import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { actionArbitrary, isoDateArbitrary } from '../testing/arbitraries'
import { testPlan, testStatus } from '../testing/planFixtures'
import { evaluatePlan, type PlanAssessment } from './evaluatePlan'

const isoDate = isoDateArbitrary(2016, 2023)
const action = actionArbitrary

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
