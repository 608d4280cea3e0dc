import { describe, expect, it } from 'vitest'
import { tableToPlan } from './tableToPlan'

describe('leadAndDateCell: the lead and the deadline written in one cell', () => {
  it.each([
    [
      'Lead (post) & target date',
      'Finance Branch March 2027 Estates',
      ['Finance Branch', 'Estates'],
      '2027-03-31',
    ],
    ['Owner / due date', 'Head of IT, Sept. 30, 2026', ['Head of IT'], '2026-09-30'],
    ['Responsibility and timescale', 'Q3 2027 Registry', ['Registry'], '2027-09-30'],
    ['Lead and date', 'Clerk 30/06/2027', ['Clerk'], '2027-06-30'],
  ])('%s: %s', (header, cell, owners, due) => {
    const { plan } = tableToPlan([
      ['Action', header],
      ['Publish the new records policy', cell],
    ])
    expect(plan.actions.map((a) => [a.owners, a.target.due])).toEqual([[owners, due]])
  })

  it.each([
    ['an owners header naming no date', ['Action', 'Lead'], 'Finance Branch March 2027'],
    ['two dates in the cell', ['Action', 'Lead & date'], 'Finance March 2027 Estates June 2027'],
  ])('leaves the cell whole with %s', (_, header, cell) => {
    const { plan } = tableToPlan([header, ['Publish the new records policy', cell]])
    expect(plan.actions[0]?.target.due).toBeNull()
  })

  it('keeps a target column as the target', () => {
    const { plan } = tableToPlan([
      ['Action', 'Lead & date', 'Target date'],
      ['Publish the new records policy', 'Finance March 2027', 'June 2027'],
    ])
    expect(plan.actions.map((a) => [a.owners, a.target.due])).toEqual([
      [['Finance March 2027'], '2027-06-30'],
    ])
  })
})
