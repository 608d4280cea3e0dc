import { describe, expect, it } from 'vitest'
import { startDateHeader } from './startDateHeader'
import { tableToPlan } from './tableToPlan'

// A project's phases, each with the day it starts and the day it ends: the end is when the phase is due.
describe('"Start date" beside "End date"', () => {
  it('reads the end date as the target, wherever the start column stands', () => {
    const { plan } = tableToPlan([
      ['Stage', 'Start date', 'End date', 'Status'],
      ['Map the lab suppliers', '02/03/2026', '27/03/2026', 'Done'],
      ['Review the fume cupboards', '30/03/2026', '24/04/2026', 'Ongoing'],
      ['Write up the findings', 'continuous', '', ''],
    ])
    expect(plan.actions.map((a) => a.target.due)).toEqual(['2026-03-27', '2026-04-24', null])
  })

  it('still reads a start date as the target when the table has no other date', () => {
    const { plan } = tableToPlan([
      ['Stage', 'Start date', 'Status'],
      ['Map the lab suppliers', 'March 2026', 'Done'],
      ['Review the fume cupboards', 'May 2026', 'Ongoing'],
    ])
    expect(plan.actions.map((a) => a.target.due)).toEqual(['2026-03-31', '2026-05-31'])
  })

  it.each([
    ['start date', true],
    ['date started', true],
    ['planned commencement', true],
    ['start and end date', false],
    ['end date', false],
    ['target date', false],
  ])('%j names the start only: %s', (header, expected) => {
    expect(startDateHeader(header)).toBe(expected)
  })
})
