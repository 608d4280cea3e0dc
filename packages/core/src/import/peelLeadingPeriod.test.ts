import { describe, expect, it } from 'vitest'
import { peelLeadingPeriod } from './peelLeadingPeriod'
import { tableToPlan } from './tableToPlan'

describe('peelLeadingPeriod', () => {
  it.each([
    [
      'March 2031: Open the new imaging suite to all faculties',
      'Open the new imaging suite to all faculties',
      '2031-03-31',
    ],
    [
      'Q2 2032: Publish the first technician careers report',
      'Publish the first technician careers report',
      '2032-06-30',
    ],
    [
      'Phase 2: Publish the technician careers report',
      'Phase 2: Publish the technician careers report',
      null,
    ],
    [
      'Open the imaging suite: March 2031 at the latest',
      'Open the imaging suite: March 2031 at the latest',
      '2031-03-31',
    ],
  ])('a table with no target column reads %s as its title and due', (cell, title, due) => {
    const { plan } = tableToPlan([
      ['Actions planned for the period', 'Comments'],
      [cell, 'Agreed with the faculty boards.'],
    ])
    expect(plan.actions.map((a) => [a.title, a.target.due])).toEqual([[title, due]])
  })

  it('keeps the period in the title when a target column dates the action', () => {
    const { plan } = tableToPlan([
      ['Action', 'Target date'],
      ['March 2031: Open the new imaging suite to all faculties', 'June 2031'],
    ])
    expect(plan.actions[0]?.title).toBe('March 2031: Open the new imaging suite to all faculties')
  })

  it.each([
    ['June 2031: Launch', null],
    ['3 years: run the mentoring scheme for staff', null],
    ['Year 1: Map the training needs of staff', null],
  ])('is not a period-led action: %s', (text, peeled) => {
    expect(peelLeadingPeriod(text)).toBe(peeled)
  })

  it.each([
    ['Actions completed in the period', 'Report completed and sent to the board.', 'complete'],
    ['Work completed', 'Not yet started; moved to next year.', 'not-started'],
  ])('reads a column headed "%s" as the status', (header, cell, state) => {
    const { plan } = tableToPlan([
      ['Action', header],
      ['Send the annual technician report to the board', cell],
    ])
    expect(plan.actions[0]?.status.state).toBe(state)
  })
})
