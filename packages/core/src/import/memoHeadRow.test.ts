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
    [['Title:', 'Trustees’ quarterly meeting'], true],
    [['Date of meeting:', '2 June 2031', ''], true],
    [['Venue:', 'Reading room, Old School'], true],
    [['Title:', 'Lead:'], false],
    [['Title', 'Lead'], false],
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

  it('reads the minutes below a meeting record’s labelled head, not its "Title:" line as the header', () => {
    const { plan } = tableToPlan([
      ['Minutes', '', ''],
      ['Title:', 'Trustees’ quarterly meeting', ''],
      ['Date of meeting:', '2 June 2031', ''],
      ['Venue:', 'Reading room, Old School', ''],
      ['', '', 'Action'],
      ['1.1', 'Ines to write to the bank about the new signatories.', 'IR'],
      ['1.2', 'Owen to order the shelving for the store.', 'OB'],
      ['1.3', 'Tariq to book the hall for the summer fair.', 'TM'],
      ['1.4', 'Ines to send the insurance renewal to the broker.', 'IR'],
    ])
    // The lone "Action" over the last column is the margin's header, though rows of three cells follow it.
    expect(plan.actions.map((a) => [a.ref, a.owners])).toEqual([
      ['1.1', ['IR']],
      ['1.2', ['OB']],
      ['1.3', ['TM']],
      ['1.4', ['IR']],
    ])
  })
})
