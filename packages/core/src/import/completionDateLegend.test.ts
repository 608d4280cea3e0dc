import { describe, expect, it } from 'vitest'
import { completionDateLegend } from './completionDateLegend'
import { tableToPlan } from './tableToPlan'

describe('a key saying done work shows the date it was done', () => {
  it.each([
    ['Completed tasks are shown by the completion date (YYYY-MM-DD).', true],
    ['Done jobs are marked with the date they were finished.', true],
    ['Finished items show their completion date.', true],
    ['Dates are when each job is due.', false],
    ['Completed tasks are listed at the end of the page.', false],
  ])('%s → %s', (line, expected) => {
    expect(completionDateLegend([['Hall jobs'], [line], ['Date', 'Item']], 2)).toBe(expected)
  })

  const page = [
    ['Village hall: refurbishment checklist'],
    ['Who does each job is agreed at the committee. Done jobs are marked with the date they were finished.'],
    ['When', 'Item'],
    ['2031-02-03', 'Empty the store room and sell the old chairs'],
    ['N/A', 'Ask the insurer whether the hall stays covered during the works'],
    ['__/__/____', 'Fit a hatch between the kitchen and the hall'],
    ['YYYY-MM-DD', 'Choose the new cooker'],
  ]

  it('reads a date as the day the work was done, an unfilled template as work not started', () => {
    const { plan } = tableToPlan(page)
    expect(plan.actions.map((a) => [a.status.state, a.status.completedOn, a.target.due])).toEqual([
      ['complete', '2031-02-03', null],
      ['unknown', null, null],
      ['not-started', null, null],
      ['not-started', null, null],
    ])
  })

  it('leaves the dates as targets on a page without the key', () => {
    const { plan } = tableToPlan([page[0]!, ...page.slice(2)])
    expect(plan.actions.map((a) => [a.status.state, a.target.due])[0]).toEqual(['unknown', '2031-02-03'])
  })
})
