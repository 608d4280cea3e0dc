import { describe, expect, it } from 'vitest'
import { tableToPlan } from './tableToPlan'

describe('an action column of numbers beside the action text', () => {
  it('reads an "Action Item | Description" table of item numbers as refs beside the actions', () => {
    const { plan } = tableToPlan([
      ['Working group notes, 3 June'],
      ['Action Item', 'Description'],
      ['12.1', 'Review the draft charter before the next call'],
      ['12.2', 'Collect the survey answers from each lab'],
      ['12.3', 'Send the budget summary to the steering group'],
    ])
    expect(plan.actions.map((a) => [a.ref, a.title])).toEqual([
      ['12.1', 'Review the draft charter before the next call'],
      ['12.2', 'Collect the survey answers from each lab'],
      ['12.3', 'Send the budget summary to the steering group'],
    ])
  })
})
