import { describe, expect, it } from 'vitest'
import { compareAssessments } from './compareAssessments'
import { evaluatePlan } from './evaluatePlan'
import { goldenPlan } from '../testing/goldenPlans'
import { testAction, testPlan } from '../testing/planFixtures'

describe('compareAssessments', () => {
  it('lists new, removed, completed, slipped and improved actions', () => {
    const before = testPlan([
      testAction({ id: 'done', target: { due: '2019-06-30' }, status: { state: 'in-progress' } }),
      testAction({ id: 'moved', target: { due: '2019-03-31' }, status: { state: 'in-progress' } }),
      testAction({ id: 'stuck', target: { due: '2019-02-28' }, status: { state: 'in-progress' } }),
      testAction({ id: 'gone', target: { due: '2019-12-31' }, status: { state: 'in-progress' } }),
      testAction({ id: 'same', target: { due: '2020-12-31' }, status: { state: 'in-progress' } }),
      testAction({ id: 'better', target: { due: '2019-12-31' }, status: { state: 'not-started' } }),
    ])
    const after = testPlan([
      testAction({
        id: 'done',
        target: { due: '2019-06-30' },
        status: { state: 'complete', completedOn: '2019-04-10' },
      }),
      // The deadline moved a quarter later (2019-03-31 → 2019-06-30, 91 days): overdue before, only at risk
      // after — a better rating, and yet it slipped.
      testAction({ id: 'moved', target: { due: '2019-06-30' }, status: { state: 'in-progress' } }),
      testAction({ id: 'stuck', target: { due: '2019-02-28' }, status: { state: 'in-progress' } }),
      testAction({ id: 'same', target: { due: '2020-12-31' }, status: { state: 'in-progress' } }),
      testAction({
        id: 'better',
        target: { due: '2019-12-31' },
        status: { state: 'in-progress', percent: 90 },
      }),
      testAction({ id: 'new', target: { due: '2020-06-30' } }),
    ])
    // Both on 2019-04-15. No plan period, so each window starts 365 days before its due date.
    const a = evaluatePlan(before, { asOf: '2019-04-15' })
    const b = evaluatePlan(after, { asOf: '2019-04-15' })
    const result = compareAssessments(a, b)
    expect(result.added.map((x) => x.actionId)).toEqual(['new'])
    expect(result.removed.map((x) => x.actionId)).toEqual(['gone'])
    expect(result.completed.map((x) => x.actionId)).toEqual(['done'])
    expect(result.slipped.map((x) => [x.actionId, x.dueMovedDays, x.ratingWorsened])).toEqual([
      ['moved', 91, false],
    ])
    // 'better': not started with 260 days to go and 105 of its 365-day window gone (29% > 25 points): at risk
    // before; 90% reported after: on track.
    expect(result.improved.map((x) => x.actionId)).toEqual(['better'])
    // 'stuck' is overdue on both sides; 'same' (due 2020) is on track on both.
    expect(result.unchanged).toBe(2)
  })

  it('shows what changed in the Oxford plan between 2019-01-01 and 2020-12-31', () => {
    const plan = goldenPlan('oxford-2018-2020', { start: '2018-01-01', end: '2020-12-31' })
    const result = compareAssessments(
      evaluatePlan(plan, { asOf: '2019-01-01' }),
      evaluatePlan(plan, { asOf: '2020-12-31' }),
    )
    // Nothing was added, removed or completed (no history). The five on-track actions (5, 6, 8, 9, 10) and
    // the two at-risk ones (7, 12) are overdue by the end of 2020: seven slipped. The five overdue on
    // 2019-01-01 and the three complete stay as they were.
    expect(result.added).toEqual([])
    expect(result.completed).toEqual([])
    expect(result.slipped.map((x) => x.ref)).toEqual(['5', '6', '7', '8', '9', '10', '12'])
    expect(result.slipped.every((x) => x.ratingWorsened && x.dueMovedDays === null)).toBe(true)
    expect(result.unchanged).toBe(8)
  })
})
