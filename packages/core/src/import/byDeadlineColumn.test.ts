import { describe, expect, it } from 'vitest'
import { byDeadlineColumn } from './byDeadlineColumn'
import { tableToPlan } from './tableToPlan'

describe('byDeadlineColumn', () => {
  it('takes a column of "By …" dates for deadlines', () => {
    expect(byDeadlineColumn(['By end of May 2031', 'By June 2031', 'Ongoing'])).toMatch(/67%/)
  })

  it('does not take dates alone, or sentences that open with "By", for deadlines', () => {
    expect(byDeadlineColumn(['May 2031', 'June 2031', 'July 2031'])).toBeNull()
    expect(
      byDeadlineColumn([
        'By working with the county we will cut the waiting list for allotments',
        'By asking every household we learned what they want from the hall',
      ]),
    ).toBeNull()
  })
})

describe('a table without a header: deadlines beside the months steps were done in', () => {
  const rows = [
    [
      'Agree the new tenancy handbook with residents',
      'By end of May 2031',
      'Housing Officer',
      'Done May 2031',
    ],
    ['Publish the repairs timetable on the website', 'By end of June 2031', 'Repairs Manager', 'Ongoing'],
    ['Train the caretakers in first aid', 'By end of July 2031', 'Estates Manager', 'Done July 2031'],
    ['Survey tenants on the new bin store', 'By end of September 2031', 'Housing Officer', '28/08/2031'],
    [
      'Report on the survey to the tenants forum',
      'By the forum after the survey',
      'Housing Officer',
      '15/10/2031',
    ],
  ]

  it('reads the "By …" column as the target, not the column of months the steps were done in', () => {
    const { plan } = tableToPlan(rows)
    expect(plan.actions.map((a) => [a.title, a.target.due])).toEqual([
      ['Agree the new tenancy handbook with residents', '2031-05-31'],
      ['Publish the repairs timetable on the website', '2031-06-30'],
      ['Train the caretakers in first aid', '2031-07-31'],
      ['Survey tenants on the new bin store', '2031-09-30'],
      ['Report on the survey to the tenants forum', null],
    ])
  })
})
