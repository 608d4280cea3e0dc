import { describe, expect, it } from 'vitest'
import { isMemoHeadRow } from './memoHeadRow'
import { tableToPlan } from './tableToPlan'

describe('isMemoHeadRow: the head of a memo above its table', () => {
  it.each([
    [['TO:', 'All heads of department'], true],
    [['From:', 'Clerk to the governors', ''], true],
    [['', 'Date :', '4 October 2027'], true],
    [['Subject:', 'Progress on the estates review'], true],
    [['To', 'From'], false],
    [['To:', 'From:'], false],
    [['Date:', '4 October 2027', 'Lead'], false],
    [['Action', 'Lead'], false],
  ])('%j → %s', (row, want) => {
    expect(isMemoHeadRow(row)).toBe(want)
  })

  it('reads the table under a memo head, not the memo head as a table', () => {
    const { plan } = tableToPlan([
      ['Briefing note'],
      ['TO:', 'Members of the estates committee'],
      ['FROM:', 'Head of Estates'],
      ['Date:', '4 October 2027'],
      ['RE:', 'Progress on the building survey'],
      ['Most of the work agreed last spring is done.'],
      ['Status', 'Action', 'Lead'],
      ['Complete', 'Survey the roofs of both halls', 'Surveyor'],
      ['Not started', 'Replace the boiler in the sports hall', 'Facilities team'],
    ])
    expect(plan.actions.map((a) => [a.title, a.owners, a.status.state])).toEqual([
      ['Survey the roofs of both halls', ['Surveyor'], 'complete'],
      ['Replace the boiler in the sports hall', ['Facilities team'], 'not-started'],
    ])
  })
})
