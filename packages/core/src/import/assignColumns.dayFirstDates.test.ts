import { describe, expect, it } from 'vitest'
import { tableToPlan } from './tableToPlan'

describe('a date column of day-first dates left of the action', () => {
  it('reads "2 March 2027" as the date, not as ref 2 of a group', () => {
    const { plan } = tableToPlan([
      ['Garden volunteers: spring jobs'],
      ['Date', 'Task', 'Notes'],
      ['4 March 2027', 'Clear the raised beds', 'Bring gloves and a fork.'],
      ['18 March 2027', 'Sow the first salad crops', 'Seeds are in the shed.'],
      ['1 April 2027', 'Repair the compost bays', 'Timber is ordered.'],
    ])
    expect(plan.actions.map((a) => [a.ref, a.title, a.target.due, a.section])).toEqual([
      [null, 'Clear the raised beds', '2027-03-04', null],
      [null, 'Sow the first salad crops', '2027-03-18', null],
      [null, 'Repair the compost bays', '2027-04-01', null],
    ])
  })

  it('still peels refs from a group label left of the action', () => {
    const { plan } = tableToPlan([
      ['Area', 'Action', 'Due'],
      ['1 Paths', 'Resurface the north path', 'June 2027'],
      ['2 Beds', 'Edge the long border', 'July 2027'],
    ])
    expect(plan.actions.map((a) => a.ref)).toEqual(['1', '2'])
  })
})
