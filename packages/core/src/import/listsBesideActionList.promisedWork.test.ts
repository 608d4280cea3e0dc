import { describe, expect, it } from 'vitest'
import { tableToPlan } from './tableToPlan'

describe('a page whose lead-in promises the work, beside lists of outcomes and measures', () => {
  it('reads only the promised work as actions', () => {
    const { plan } = tableToPlan([
      ['Priority: Inclusive workplaces'],
      ['Outcomes'],
      ['- Every team understands its part in the strategy.'],
      ['- Staff feel able to raise concerns.'],
      ['How we will measure performance'],
      ['- The share of staff who say they can raise concerns.'],
      ['- The number of teams with an inclusion plan.'],
      ['By 2032 we aim to have...'],
      ['- trained every line manager in inclusive recruitment'],
      ['- published an annual inclusion report'],
    ])
    expect(plan.actions.map((action) => [action.title, action.target.due])).toEqual([
      ['trained every line manager in inclusive recruitment', '2032-12-31'],
      ['published an annual inclusion report', '2032-12-31'],
    ])
  })

  it('keeps every list when no lead-in promises the work', () => {
    const { plan } = tableToPlan([
      ['Priority: Inclusive workplaces'],
      ['Outcomes'],
      ['- Every team understands its part in the strategy.'],
      ['- Staff feel able to raise concerns.'],
      ['Next steps'],
      ['- Train every line manager in inclusive recruitment.'],
      ['- Publish an annual inclusion report.'],
    ])
    expect(plan.actions).toHaveLength(4)
  })
})
