import { describe, expect, it } from 'vitest'
import { referenceYearOfTargets } from './referenceYearOfTargets'
import { tableToPlan } from './tableToPlan'

describe("referenceYearOfTargets: the one year of a plan's dated targets", () => {
  it.each([
    [
      ['Report to the board April 2011', 'Survey done by September 2011', 'Draft circulated by 14 February'],
      '2011-01-01',
    ],
    [['April 2011', 'September 2012', 'by 14 February'], null],
    [['April 2011', 'September 2011'], null],
    [['April 2011', 'September 2011', 'Within 30 days of the survey'], null],
    [['2011/12', 'September 2011', 'by 14 February'], null],
    [['April 2011', '', 'by 14 February'], null],
    [['April 2011', 'September 2011', 'Every March'], null],
    [['April 2011', 'To be confirmed', 'September 2011', 'TBC', 'by 14 February'], '2011-01-01'],
    [['April 2011', 'September 2011', 'Next year', 'by 14 February'], null],
    // A schedule in date order, closing on the next year's date: read in its first year.
    [['2031 Apr-1', 'Jun-16', 'Sep-30', '2032 Apr-1'], '2031-01-01'],
    [['2031 Apr-1', 'Jun-16', 'Once the hall is booked', '2032 Apr-1'], '2031-01-01'],
    [['2031 Apr-1', '2032 Apr-1', 'Jun-16'], null],
    [['2031 Apr-1', 'Jun-16', '2033 Apr-1'], null],
    [['2031 Apr-1', 'Jun-16', '2032 Apr-1', 'Sep-30'], null],
    [['2031 Apr-1', 'Jun-16', '2032 Apr-1', '2031 May-1'], null],
  ])('%j → %s', (cells, want) => {
    expect(referenceYearOfTargets(cells)).toBe(want)
  })

  it('dates the year-less targets of a plan in that year, and says so', () => {
    const { plan, issues } = tableToPlan([
      ['Depot move: project plan'],
      ['Action', 'Lead', 'Deadline'],
      ['Agree the floor plan with the unions', 'Estates Manager', 'Agreed at the 14 February meeting'],
      ['Order the new racking', 'Buyer', 'Order placed by April 2011'],
      ['Move the stock', 'Depot Manager', 'Complete by September 2011'],
    ])
    expect(plan.actions.map((a) => a.target.due)).toEqual(['2011-02-14', '2011-04-30', '2011-09-30'])
    expect(issues.some((issue) => issue.code === 'reference-date-read')).toBe(true)
  })
})
