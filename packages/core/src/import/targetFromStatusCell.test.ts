import { describe, expect, it } from 'vitest'
import { tableToPlan } from './tableToPlan'

describe('a status column with no target column beside it', () => {
  it('dates each step: "Completed <month>" when it was done, a month alone when it is due', () => {
    const { plan } = tableToPlan([
      ['No.', 'Action', 'Progress'],
      ['1', 'Agree the scope of the review', 'Completed March 2031'],
      ['2', 'Run workshops in every department', 'Sept. 2031'],
      ['3', 'Publish the findings', 'Spring 2032'],
      ['4', 'Review the findings with the board', 'Delayed, see the note'],
    ])
    expect(plan.actions.map((action) => action.target.due)).toEqual([
      '2031-03-31',
      '2031-09-30',
      '2032-05-31',
      null,
    ])
    expect(plan.actions[0]?.status.state).toBe('complete')
  })
})
