import { describe, expect, it } from 'vitest'
import type { Action } from '../model/action'
import type { Plan } from '../model/plan'
import type { Status } from '../model/status'
import { defaultRules } from './defaultRules'
import { evaluateAction } from './evaluateAction'
import { type EvaluatePlanOptions, evaluatePlan } from './evaluatePlan'
import { overdueRule } from './rules/overdueRule'
import type { ActionAssessment, Rag, Rule, RuleResult } from './types'
import { testAction, testPlan, testStatus } from '../testing/planFixtures'

const status = (input: Partial<Status>): Status => testStatus(input)

describe('evaluatePlan', () => {
  const plan = testPlan(
    [
      testAction({
        id: 'a',
        pillars: ['V', 'R'],
        owners: ['Ann'],
        target: { due: '2019-06-30' },
        status: { state: 'complete' },
      }),
      testAction({
        id: 'b',
        pillars: ['V'],
        owners: ['Ann', 'Bo'],
        target: { due: '2019-03-31' },
        status: { state: 'in-progress' },
      }),
      testAction({
        id: 'c',
        pillars: ['C', 'C'],
        owners: ['Bo', 'Bo'],
        target: { due: '2020-06-30' },
        status: { state: 'not-started' },
      }),
      testAction({ id: 'd', pillars: ['S'], target: { due: '2018-12-31' }, status: { state: 'cancelled' } }),
      testAction({
        id: 'e',
        pillars: ['X'],
        target: { due: '2020-12-31' },
        status: { state: 'in-progress', percent: 20 },
      }),
    ],
    { start: '2019-01-01', end: '2020-12-31' },
  )

  it('gives the same per-action answer as evaluateAction', () => {
    const a = evaluatePlan(plan, { asOf: '2019-07-01' })
    plan.actions.forEach((action, i) => {
      expect(a.actions[i]).toEqual(evaluateAction(action, { asOf: '2019-07-01', planPeriod: plan.period }))
    })
    expect(a.actions).toHaveLength(5)
    expect(a.actions.map((x) => x.actionId)).toEqual(['a', 'b', 'c', 'd', 'e'])
  })

  it('weights states, leaves cancelled actions out and lets a percentage refine in-progress', () => {
    const a = evaluatePlan(plan, { asOf: '2019-07-01' })
    // Counted: a 1, b ½, c 0, e 20% → 1.7 over 4 (d is cancelled).
    expect(a.completion).toBeCloseTo(1.7 / 4, 12)
    // Only finished work counts:
    const strict = evaluatePlan(plan, { asOf: '2019-07-01', weights: { 'in-progress': 0 } })
    // e still reports 20%, which refines in-progress whatever its weight: (1 + 0 + 0 + 0.2) / 4.
    expect(strict.completion).toBeCloseTo(1.2 / 4, 12)
    // Counting cancelled as done: (1 + ½ + 0 + 1 + 0.2) / 5.
    expect(evaluatePlan(plan, { asOf: '2019-07-01', weights: { cancelled: 1 } }).completion).toBeCloseTo(
      2.7 / 5,
      12,
    )
  })

  it('counts an action in every pillar it names, once per pillar, and keeps unknown codes', () => {
    const a = evaluatePlan(plan, { asOf: '2019-07-01' })
    const by = Object.fromEntries(a.pillars.map((p) => [p.code, p]))
    // V: a (1) and b (½) → 0.75. R: a → 1. C: c (named twice, counted once) → 0. S: only the cancelled d.
    expect(by.V).toMatchObject({ actions: 2, counted: 2, complete: 1, overdue: 1, open: 1 })
    expect(by.V!.completion).toBeCloseTo(0.75, 12)
    expect(by.R).toMatchObject({ actions: 1, completion: 1, open: 0 })
    expect(by.C).toMatchObject({ actions: 1, completion: 0 })
    expect(by.S).toMatchObject({ actions: 1, counted: 0, completion: null, open: 0 })
    expect(by.X).toMatchObject({ actions: 1, known: false, required: false })
    expect(a.pillars.map((p) => p.code)).toEqual(['V', 'R', 'C', 'S', 'E', 'X'])
  })

  it('finds required pillars with no action, or with nothing open', () => {
    const a = evaluatePlan(plan, { asOf: '2019-07-01' })
    // R's only action is complete and S's only action is cancelled; E is optional.
    expect(a.findings.map((f) => [f.code, f.severity])).toEqual([
      ['pillar-no-open-action', 'warning'],
      ['pillar-no-open-action', 'warning'],
    ])
    expect(a.findings[0]!.message).toContain('Recognition')
    // Each pillar finding names its pillar by code, for readers that write it in their own words.
    expect(a.findings.map((f) => f.pillar)).toEqual(['R', 'S'])
    const noCareer = evaluatePlan(
      testPlan([testAction({ pillars: ['V', 'R', 'S'], target: { due: '2020-01-31' } })]),
      {
        asOf: '2019-07-01',
      },
    )
    expect(noCareer.findings.map((f) => f.code)).toEqual(['pillar-not-covered'])
    expect(noCareer.findings[0]!.message).toContain('Career Development (C)')
    expect(noCareer.findings[0]!.pillar).toBe('C')
  })

  it('counts each owner once per action', () => {
    const a = evaluatePlan(plan, { asOf: '2019-07-01' })
    // Ann: a (complete), b (overdue: due 2019-03-31). Bo: b, c (named twice).
    expect(a.owners).toEqual([
      { owner: 'Ann', actions: 2, open: 1, complete: 1, overdue: 1, atRisk: 0 },
      { owner: 'Bo', actions: 2, open: 2, complete: 0, overdue: 1, atRisk: 1 },
    ])
  })

  it('serialises to plain JSON with every action', () => {
    const json = JSON.parse(JSON.stringify(evaluatePlan(plan, { asOf: '2019-07-01' })))
    expect(json.actions).toHaveLength(5)
    expect(json.ratingCounts.complete).toBe(1)
  })

  it('computes the trend between two dates from the update history', () => {
    const inProgress = status({ text: 'In progress', state: 'in-progress' })
    const done = (on: string) => status({ text: `Complete (${on})`, state: 'complete', completedOn: on })
    const history = testPlan([
      // Completed in the interval, through an update.
      testAction({
        id: 'h1',
        target: { due: '2020-03-31' },
        status: done('2020-02-01'),
        updates: [
          { at: '2019-06-01T09:00:00Z', by: null, status: inProgress, target: null, note: null },
          { at: '2020-02-01T09:00:00Z', by: null, status: done('2020-02-01'), target: null, note: null },
        ],
      }),
      // Completed before the interval.
      testAction({ id: 'h2', target: { due: '2019-03-31' }, status: done('2019-03-01') }),
      // Completed in the interval, known only from its completion date.
      testAction({ id: 'h3', target: { due: '2020-06-30' }, status: done('2020-05-05') }),
      // Retargeted in the interval, still in progress.
      testAction({
        id: 'h4',
        target: { due: '2020-12-31' },
        status: inProgress,
        updates: [{ at: '2020-01-10T12:00:00Z', by: null, status: null, target: null, note: 'moved' }],
      }),
    ])
    history.actions[3]!.updates[0] = {
      ...history.actions[3]!.updates[0]!,
      target: history.actions[3]!.target,
    }
    const a = evaluatePlan(history, { asOf: '2020-12-31', since: '2019-12-31' })
    // On 2019-12-31: h1 in progress (½), h2 complete (1), h3 in progress — its completion is later (½),
    // h4 in progress (½) → 2.5 / 4. On 2020-12-31: 1 + 1 + 1 + ½ → 3.5 / 4.
    expect(a.trend).toEqual({
      from: '2019-12-31',
      to: '2020-12-31',
      completedBetween: 2,
      completedActionIds: ['h1', 'h3'],
      updatedBetween: 2,
      retargetedBetween: 1,
      completionFrom: 2.5 / 4,
      completionTo: 3.5 / 4,
    })
    expect(evaluatePlan(history, { asOf: '2020-12-31' }).trend).toBeNull()
    expect(() => evaluatePlan(history, { asOf: '2019-01-01', since: '2020-01-01' })).toThrow(RangeError)
  })

  it('handles an empty plan', () => {
    const a = evaluatePlan(testPlan([]), { asOf: '2019-01-01' })
    expect(a.completion).toBeNull()
    expect(a.actions).toEqual([])
    expect(a.findings.map((f) => f.code)).toEqual([
      'pillar-not-covered',
      'pillar-not-covered',
      'pillar-not-covered',
      'pillar-not-covered',
    ])
  })
})

describe('evaluatePlan on hostile input', () => {
  it('stays linear with thousands of distinct pillar codes and owners', () => {
    const codes = Array.from({ length: 5000 }, (_, i) => `P${i}`)
    const owners = Array.from({ length: 5000 }, (_, i) => `Owner ${i % 2500}`) // each named twice
    const plan = testPlan([
      testAction({ pillars: [...codes, ...codes], owners, target: { due: '2020-01-31' } }),
    ])
    const a = evaluatePlan(plan, { asOf: '2019-01-01' })
    // 4 taxonomy pillars + E + 5000 unknown codes, each counted once although named twice.
    expect(a.pillars).toHaveLength(5005)
    expect(a.pillars.every((p) => p.actions <= 1)).toBe(true)
    expect(a.owners).toHaveLength(2500)
    expect(a.owners.every((o) => o.actions === 1)).toBe(true)
  })

  it('cannot be steered by owner or pillar names such as __proto__', () => {
    const plan = testPlan([
      testAction({ pillars: ['__proto__', 'constructor'], owners: ['__proto__', 'toString'] }),
    ])
    const a = evaluatePlan(plan, { asOf: '2019-01-01' })
    expect(a.owners.map((o) => o.owner)).toEqual(['__proto__', 'toString'])
    expect(a.pillars.map((p) => p.code)).toEqual(['V', 'R', 'C', 'S', 'E', '__proto__', 'constructor'])
    expect(({} as Record<string, unknown>).actions).toBeUndefined()
  })
})

describe('evaluatePlan returns plain data', () => {
  const build = () =>
    testPlan([
      testAction({
        id: 'late',
        pillars: ['V'],
        target: { due: '2019-03-31' },
        status: { state: 'in-progress' },
      }),
      testAction({
        id: 'done',
        pillars: ['R'],
        target: { due: '2019-03-31' },
        status: { state: 'complete' },
      }),
    ])

  it('does not change when the plan is edited after assessing it', () => {
    const plan = build()
    const assessment = evaluatePlan(plan, { asOf: '2019-07-01' })
    const before = structuredClone(assessment)
    const first = plan.actions[0] as { -readonly [K in keyof Action]: Action[K] }
    first.status = testStatus({ state: 'complete' })
    first.target = { ...first.target, due: null, kind: 'unknown' }
    first.id = 'renamed'
    ;(plan.actions as Action[]).reverse()
    expect(assessment).toEqual(before)
    expect(assessment.actions[0]).toMatchObject({
      actionId: 'late',
      rating: 'overdue',
      state: 'in-progress',
      due: '2019-03-31',
    })
  })

  it('survives structuredClone, spread and JSON with every action', () => {
    const assessment = evaluatePlan(build(), { asOf: '2019-07-01' })
    const clone = structuredClone(assessment)
    const spread = { ...assessment }
    const json = JSON.parse(JSON.stringify(assessment))
    for (const copy of [clone, spread, json]) {
      expect(copy.actions.map((a: ActionAssessment) => [a.actionId, a.rating])).toEqual([
        ['late', 'overdue'],
        ['done', 'complete'],
      ])
      expect(copy).toEqual(assessment)
    }
  })

  it("makes each action's assessment a plain object, keyed in the order of ActionAssessment", () => {
    const assessment = evaluatePlan(build(), { asOf: '2019-07-01' })
    for (const action of assessment.actions) {
      expect(Object.getPrototypeOf(action)).toBe(Object.prototype)
      expect(Object.keys(action)).toEqual([
        'actionId',
        'ref',
        'rating',
        'late',
        'state',
        'open',
        'due',
        'daysToDue',
        'expectedProgress',
        'actualProgress',
        'reasons',
      ])
    }
  })

  it('is frozen all the way down', () => {
    const assessment = evaluatePlan(build(), { asOf: '2019-07-01' })
    expect(Object.isFrozen(assessment)).toBe(true)
    expect(Object.isFrozen(assessment.actions)).toBe(true)
    expect(Object.isFrozen(assessment.actions[0])).toBe(true)
    expect(Object.isFrozen(assessment.actions[0]!.reasons)).toBe(true)
    expect(Object.isFrozen(assessment.pillars[0])).toBe(true)
    expect(Object.isFrozen(assessment.ratingCounts)).toBe(true)
  })

  it("keeps each action's own reason when a rule reuses and changes one result object", () => {
    const reused = { rule: 'mine', rating: null, severity: 'info', message: '' } as {
      -readonly [K in keyof RuleResult]: RuleResult[K]
    }
    const mine: Rule = (action) => {
      reused.message = `About ${action.id}.`
      return reused
    }
    const assessment = evaluatePlan(build(), { asOf: '2019-07-01', rules: [mine] })
    expect(assessment.actions.map((a) => a.reasons.map((r) => r.message))).toEqual([
      ['About late.', 'No rule raised a concern as of this date.'],
      ['About done.', 'No rule raised a concern as of this date.'],
    ])
    const alone = evaluatePlan(build(), {
      asOf: '2019-07-01',
      rules: [mine, () => ({ ...reused, rating: 'at-risk' })],
    })
    expect(alone.actions.map((a) => a.reasons[0]!.message)).toEqual(['About late.', 'About done.'])
  })

  it('gives cancelled actions one shared frozen list: the cancelled note, then on track', () => {
    const assessment = evaluatePlan(
      testPlan([
        testAction({ id: 'dropped', target: { due: '2019-03-31' }, status: { state: 'cancelled' } }),
        testAction({
          id: 'abandoned',
          target: { due: null, kind: 'unknown' },
          status: { state: 'cancelled' },
        }),
      ]),
      { asOf: '2019-07-01' },
    )
    const [dropped, abandoned] = assessment.actions
    expect(dropped!.reasons.map((r) => r.rule)).toEqual(['cancelled', 'on-track'])
    expect(abandoned!.reasons).toBe(dropped!.reasons)
    expect(Object.isFrozen(dropped!.reasons)).toBe(true)
  })

  it('lets actions with the same lone reason share one frozen list, equal to a fresh one', () => {
    const assessment = evaluatePlan(
      testPlan([
        testAction({ id: 'x', target: { due: '2019-03-31' }, status: { state: 'in-progress' } }),
        testAction({ id: 'y', target: { due: '2019-04-30' }, status: { state: 'not-started' } }),
      ]),
      { asOf: '2019-07-01' },
    )
    const [x, y] = assessment.actions
    expect(x!.reasons).toEqual([expect.objectContaining({ rule: 'overdue' })])
    expect(y!.reasons).toEqual(x!.reasons)
    expect(Object.isFrozen(y!.reasons)).toBe(true)
    expect(structuredClone(assessment)).toEqual(assessment)
  })

  it('runs a custom rule list through the same code as the defaults', () => {
    const plan = build()
    const defaults = evaluatePlan(plan, { asOf: '2019-07-01' })
    const copied = evaluatePlan(plan, { asOf: '2019-07-01', rules: [...defaultRules] })
    expect(copied).toEqual(defaults)
  })
})

describe('evaluatePlan at the API edge', () => {
  const plan = testPlan([testAction({ id: 'a', target: { due: '2019-03-31' } })])
  const call = (p: unknown, options: unknown) => () => evaluatePlan(p as Plan, options as EvaluatePlanOptions)

  it('throws a TypeError naming asOf when it is missing', () => {
    expect(call(plan, {})).toThrow(TypeError)
    expect(call(plan, {})).toThrow(/options\.asOf is required/)
    expect(call(plan, undefined)).toThrow(TypeError)
    expect(call(plan, { asOf: 20190101 })).toThrow(/asOf must be an ISO date string/)
  })

  it('throws a TypeError when the plan has no actions array, or the taxonomy is not one', () => {
    expect(call(plan, { asOf: '2019-01-01', taxonomy: 'technician-commitment' })).toThrow(/options\.taxonomy/)
    expect(call(undefined, { asOf: '2019-01-01' })).toThrow(TypeError)
    expect(call({ id: 'p' }, { asOf: '2019-01-01' })).toThrow(/pass a Plan/)
  })

  it('refuses a day that does not exist', () => {
    expect(call(plan, { asOf: '2024-02-30' })).toThrow(RangeError)
    expect(call(plan, { asOf: '2019-02-29' })).toThrow(/real calendar day/)
    expect(call(plan, { asOf: '2019-01-01', since: '2018-02-31' })).toThrow(RangeError)
    expect(call(plan, { asOf: '2024-02-29' })).not.toThrow()
  })

  it('names the bad setting in options and weights, and the bad rule', () => {
    expect(call(plan, { asOf: '2019-01-01', weights: { 'in-progress': '½' } })).toThrow(
      /options\.weights\.in-progress must be a finite number or null/,
    )
    expect(call(plan, { asOf: '2019-01-01', options: { staleAfterDay: 10 } })).toThrow(
      /staleAfterDay is not a known setting/,
    )
    expect(call(plan, { asOf: '2019-01-01', rules: [overdueRule, 'stale'] })).toThrow(/options\.rules\[1\]/)
    const badRule: Rule = () => ({ rule: 'mine', rating: 'red' as Rag, severity: 'info', message: 'x' })
    expect(call(plan, { asOf: '2019-01-01', rules: [badRule] })).toThrow(/Rule "mine" returned rating "red"/)
  })
})
