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

  it('reads the date a status says the work was moved to as when it is now due', () => {
    const { plan } = tableToPlan([
      ['Action', 'Progress'],
      ['Replace the lab fume cupboards', 'Supplier went bust. Installation was postponed until March 2032.'],
      ['Train every technician in first aid', 'Two courses run; the rest pushed back to Q2 2032.'],
      ['Open the new prep room', 'Moved to the east wing.'],
    ])
    expect(plan.actions.map((action) => action.target.due)).toEqual(['2032-03-31', '2032-06-30', null])
  })
})
