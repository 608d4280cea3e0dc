import { describe, expect, it } from 'vitest'
import { defaultRules } from './defaultRules'
import { evaluateAction } from './evaluateAction'
import { dueSoonRule } from './rules/dueSoonRule'
import { overdueRule } from './rules/overdueRule'
import { testAction } from '../testing/planFixtures'
import type { Rule } from './types'

const rulesOf = (a: { reasons: readonly { rule: string }[] }) => a.reasons.map((r) => r.rule)

describe('evaluateAction — default rules', () => {
  it('is overdue the day after its due date, not on it', () => {
    const action = testAction({ target: { due: '2019-06-30' }, status: { state: 'in-progress' } })
    expect(evaluateAction(action, { asOf: '2019-06-30' }).rating).not.toBe('overdue')
    const after = evaluateAction(action, { asOf: '2019-07-01' })
    expect(after.rating).toBe('overdue')
    expect(after.daysToDue).toBe(-1)
    expect(rulesOf(after)).toEqual(['overdue'])
  })

  it('is at risk when due within the window (due day included) and not started', () => {
    // 2019-04-01 → 2019-06-30 is 30 + 31 + 29 = 90 days: exactly the default window.
    const action = testAction({ target: { due: '2019-06-30' }, status: { state: 'not-started' } })
    const a = evaluateAction(action, { asOf: '2019-04-01', rules: [dueSoonRule] })
    expect(a.daysToDue).toBe(90)
    expect(a.rating).toBe('at-risk')
    // One day earlier it is 91 days away: outside the window.
    expect(evaluateAction(action, { asOf: '2019-03-31', rules: [dueSoonRule] }).rating).toBe('on-track')
    // A smaller window leaves it on track.
    expect(
      evaluateAction(action, { asOf: '2019-04-01', rules: [dueSoonRule], options: { atRiskWindowDays: 30 } })
        .rating,
    ).toBe('on-track')
  })

  it('treats an unknown status as not started for the due-soon rule, but a started action is not due-soon', () => {
    const unknown = testAction({ target: { due: '2019-03-31' } })
    expect(rulesOf(evaluateAction(unknown, { asOf: '2019-01-01' }))).toEqual(['due-soon'])
    const started = testAction({ target: { due: '2019-03-31' }, status: { state: 'unknown', percent: 10 } })
    expect(evaluateAction(started, { asOf: '2019-01-01', rules: [dueSoonRule] }).rating).toBe('on-track')
  })

  it('is at risk when expected progress runs ahead of reported progress by more than the margin', () => {
    // Window 2019-01-01 .. 2019-12-31 (a range target says when work began): 364 days long.
    // On 2019-10-01, 273 days have passed: expected 273/364 = 0.75. In progress counts 0.5: gap 0.25 — not
    // more than the margin 0.25, so on track. With 40% reported, the gap is 0.35: at risk.
    const target = { kind: 'range' as const, start: '2019-01-01', due: '2019-12-31' }
    const half = evaluateAction(testAction({ target, status: { state: 'in-progress' } }), {
      asOf: '2019-10-01',
    })
    expect(half.expectedProgress).toBeCloseTo(0.75, 10)
    expect(half.actualProgress).toBe(0.5)
    expect(half.rating).toBe('on-track')
    const forty = evaluateAction(testAction({ target, status: { state: 'in-progress', percent: 40 } }), {
      asOf: '2019-10-01',
    })
    expect(forty.actualProgress).toBeCloseTo(0.4, 10)
    expect(forty.rating).toBe('at-risk')
    expect(rulesOf(forty)).toEqual(['behind-schedule'])
  })

  it('starts the window at the plan start when the target is a plain deadline, else a year before due', () => {
    // "June 2019" names June, not when work began: the window is the plan's 2019-01-01 .. 2019-06-30 (180 days).
    const action = testAction({
      target: { start: '2019-06-01', due: '2019-06-30' },
      status: { state: 'in-progress' },
    })
    const inPlan = evaluateAction(action, {
      asOf: '2019-04-01',
      planPeriod: { start: '2019-01-01', end: null },
    })
    expect(inPlan.expectedProgress).toBeCloseTo(90 / 180, 10)
    // Without a plan: 365 days before 2019-06-30 is 2018-06-30; 2019-04-01 is 275 days in.
    const alone = evaluateAction(action, { asOf: '2019-04-01' })
    expect(alone.expectedProgress).toBeCloseTo(275 / 365, 10)
  })

  it('never rates an ongoing action overdue, but flags it stale without an update', () => {
    const ongoing = testAction({
      target: { text: 'On-going', kind: 'ongoing' },
      status: { state: 'in-progress' },
    })
    // No update and no plan start: nothing to measure staleness from.
    expect(evaluateAction(ongoing, { asOf: '2030-01-01' }).rating).toBe('on-track')
    // From the plan start 2019-01-01, 181 days to 2019-07-01 > 180: stale. 180 days (2019-06-30): not yet.
    const period = { start: '2019-01-01', end: '2020-12-31' }
    expect(evaluateAction(ongoing, { asOf: '2019-06-30', planPeriod: period }).rating).toBe('on-track')
    const stale = evaluateAction(ongoing, { asOf: '2019-07-01', planPeriod: period })
    expect(stale.rating).toBe('at-risk')
    expect(rulesOf(stale)).toEqual(['stale'])
    // An update on 2019-06-01 restarts the clock.
    const updated = testAction({
      target: { text: 'On-going', kind: 'ongoing' },
      status: { state: 'in-progress' },
      updates: [{ at: '2019-06-01T10:00:00Z', by: null, status: null, target: null, note: 'met' }],
    })
    expect(evaluateAction(updated, { asOf: '2019-07-01', planPeriod: period }).rating).toBe('on-track')
    expect(evaluateAction(updated, { asOf: '2019-12-01', planPeriod: period }).rating).toBe('at-risk')
  })

  it('never rates a recurring action overdue once its occurrence has passed: it recurs; stale watches it', () => {
    // "Every October", read with a reference date in 2019: the October 2019 occurrence.
    const recurring = testAction({
      target: {
        text: 'every October',
        kind: 'recurring',
        start: '2019-10-01',
        end: '2019-10-31',
        due: '2019-10-31',
      },
      status: { state: 'in-progress' },
    })
    // Years later, with no word since the October 2019 occurrence, it is stale (at risk), not overdue.
    const later = evaluateAction(recurring, { asOf: '2022-03-01' })
    expect(later.rating).toBe('at-risk')
    expect(rulesOf(later)).toEqual(['stale'])
    // Its expected progress is not a deadline's: it adds nothing to the plan's expected-vs-actual.
    expect(later.expectedProgress).toBeNull()
    // Reported on recently, it is on track, however long ago the occurrence the text was read for.
    const reported = testAction({
      target: {
        text: 'every October',
        kind: 'recurring',
        start: '2019-10-01',
        end: '2019-10-31',
        due: '2019-10-31',
      },
      status: { state: 'in-progress' },
      updates: [{ at: '2022-01-10T10:00:00Z', by: null, status: null, target: null, note: 'held' }],
    })
    const current = evaluateAction(reported, { asOf: '2022-03-01' })
    expect(current.rating).toBe('on-track')
    expect(rulesOf(current)).toEqual(['on-track'])
  })

  it('rates a completion after the due date "complete, late"', () => {
    const late = testAction({
      target: { due: '2018-03-31' },
      status: { state: 'complete', completedOn: '2018-04-16' },
    })
    const a = evaluateAction(late, { asOf: '2019-01-01' })
    expect(a.rating).toBe('complete')
    expect(a.late).toBe(true)
    expect(a.open).toBe(false)
    expect(rulesOf(a)).toEqual(['complete-late'])
    const onTime = testAction({
      target: { due: '2018-04-30' },
      status: { state: 'complete', completedOn: '2018-04-16' },
    })
    expect(evaluateAction(onTime, { asOf: '2019-01-01' }).late).toBe(false)
    // Complete with no date: complete, and not known to be late.
    const undated = testAction({ target: { due: '2017-10-31' }, status: { state: 'complete' } })
    expect(evaluateAction(undated, { asOf: '2019-01-01' })).toMatchObject({ rating: 'complete', late: false })
  })

  it('does not count a completion dated after asOf', () => {
    const action = testAction({
      target: { due: '2018-04-30' },
      status: { state: 'complete', completedOn: '2018-04-16' },
    })
    const before = evaluateAction(action, { asOf: '2018-04-10' })
    expect(before.state).toBe('in-progress')
    expect(before.rating).not.toBe('complete')
  })

  it('rates an undated action not-dated, and a cancelled one never overdue', () => {
    expect(evaluateAction(testAction({ target: { text: 'TBC' } }), { asOf: '2019-01-01' }).rating).toBe(
      'not-dated',
    )
    const cancelled = testAction({ target: { due: '2018-01-31' }, status: { state: 'cancelled' } })
    const a = evaluateAction(cancelled, { asOf: '2019-01-01' })
    expect(a.rating).toBe('on-track')
    expect(a.open).toBe(false)
    expect(rulesOf(a)).toEqual(['cancelled', 'on-track'])
  })

  it('reads the status from the update history when asOf is in the past', () => {
    const inProgress = {
      text: 'In progress',
      state: 'in-progress' as const,
      completedOn: null,
      percent: null,
      reportedRag: null,
      note: null,
    }
    const action = testAction({
      target: { due: '2019-12-31' },
      status: { state: 'complete', completedOn: '2019-11-01' },
      updates: [
        { at: '2019-03-01T09:00:00Z', by: 'SM', status: inProgress, target: null, note: null },
        {
          at: '2019-11-01T09:00:00Z',
          by: 'SM',
          status: { ...inProgress, text: 'Complete', state: 'complete', completedOn: '2019-11-01' },
          target: null,
          note: null,
        },
      ],
    })
    expect(evaluateAction(action, { asOf: '2019-06-01' }).state).toBe('in-progress')
    expect(evaluateAction(action, { asOf: '2019-11-01' }).rating).toBe('complete')
    // Before the first update nothing was reported.
    expect(evaluateAction(action, { asOf: '2019-01-01' }).state).toBe('unknown')
  })

  it('lets the strongest rating win and lists every reason in rule order', () => {
    // Not started, due in 10 days, window long past its middle: both due-soon and behind-schedule fire.
    const action = testAction({
      target: { kind: 'range', start: '2019-01-01', due: '2019-06-30' },
      status: { state: 'not-started' },
    })
    const a = evaluateAction(action, { asOf: '2019-06-20' })
    expect(a.rating).toBe('at-risk')
    expect(rulesOf(a)).toEqual(['due-soon', 'behind-schedule'])
  })
})

describe('evaluateAction — pluggable rules', () => {
  const overdueAction = testAction({
    owners: [],
    target: { due: '2018-06-30' },
    status: { state: 'in-progress' },
  })

  it('can remove a rule', () => {
    const rules = defaultRules.filter((rule) => rule !== overdueRule)
    expect(evaluateAction(overdueAction, { asOf: '2019-01-01', rules }).rating).not.toBe('overdue')
  })

  it('can replace a rule', () => {
    // A grace period: overdue only a month after the due date.
    const graceOverdue: Rule = (_action, context) =>
      context.daysToDue !== null && context.daysToDue < -30 && context.state !== 'complete'
        ? {
            rule: 'overdue-with-grace',
            rating: 'overdue',
            severity: 'error',
            message: 'More than a month overdue.',
          }
        : null
    const rules = defaultRules.map((rule) => (rule === overdueRule ? graceOverdue : rule))
    expect(evaluateAction(overdueAction, { asOf: '2018-07-15', rules }).rating).not.toBe('overdue')
    expect(rulesOf(evaluateAction(overdueAction, { asOf: '2018-08-15', rules }))).toContain(
      'overdue-with-grace',
    )
  })

  it('can add a rule, including one that only remarks', () => {
    const noOwner: Rule = (action) =>
      action.owners.length === 0
        ? { rule: 'no-owner', rating: null, severity: 'warning', message: 'No owner.' }
        : null
    const a = evaluateAction(overdueAction, { asOf: '2019-01-01', rules: [...defaultRules, noOwner] })
    expect(a.rating).toBe('overdue')
    expect(rulesOf(a)).toEqual(['overdue', 'no-owner'])
  })

  it('runs any number of rules', () => {
    const remark =
      (id: string): Rule =>
      () => ({ rule: id, rating: null, severity: 'info', message: id })
    const rules = Array.from({ length: 12 }, (_, i) => remark(`r${i}`))
    const a = evaluateAction(overdueAction, { asOf: '2019-01-01', rules })
    expect(rulesOf(a)).toEqual([...rules.map((_, i) => `r${i}`), 'on-track'])
  })

  it('rejects an asOf that is not an ISO date', () => {
    expect(() => evaluateAction(overdueAction, { asOf: '01/01/2019' })).toThrow(RangeError)
    expect(() => evaluateAction(overdueAction, { asOf: '2019-01-01T00:00:00Z' })).toThrow(RangeError)
    expect(() => evaluateAction(overdueAction, { asOf: '2024-02-30' })).toThrow(RangeError)
    expect(() => evaluateAction(overdueAction, { asOf: '2019-02-29' })).toThrow(/real calendar day/)
    expect(() => evaluateAction(overdueAction, {} as never)).toThrow(TypeError)
  })

  it('names the entry of a rule list that is not a rule, a gap included', () => {
    const withGap = [...defaultRules] as Rule[]
    withGap.length = defaultRules.length + 2
    withGap[defaultRules.length + 1] = defaultRules[0]!
    expect(() => evaluateAction(overdueAction, { asOf: '2019-01-01', rules: withGap })).toThrow(
      new RegExp(`options\\.rules\\[${defaultRules.length}\\] must be a rule function`),
    )
    expect(() =>
      evaluateAction(overdueAction, { asOf: '2019-01-01', rules: ['overdue'] as unknown as Rule[] }),
    ).toThrow(/options\.rules\[0\] must be a rule function/)
  })
})
