import { describe, expect, it } from 'vitest'
import { tableToPlan } from './tableToPlan'
import { isAttendanceHeader, withoutAttendanceTable } from './withoutAttendanceTable'

describe('isAttendanceHeader: the header over the people at a meeting', () => {
  it.each([
    [['Name', 'Job Title', 'Organisation'], true],
    [['Full name', 'Role', 'Representing'], true],
    [['Name:', 'Position', 'Department', ''], true],
    [['Name', 'Action', 'Deadline'], false],
    [['Name', 'Role'], false],
    [['Title', 'Role', 'Organisation'], false],
    [['Task name', 'Owner', 'Organisation'], false],
  ])('%j → %s', (row, want) => {
    expect(isAttendanceHeader(row)).toBe(want)
  })
})

describe('withoutAttendanceTable: minutes with a table of those present', () => {
  const minutes = [
    ['Allotment society committee', '', ''],
    ['4 March 2031', '', ''],
    ['PRESENT:', '', ''],
    ['Name', 'Job Title', 'Organisation'],
    ['Rosa Lind (RL)', 'Chair', 'Allotment society'],
    ['Omar Haddad (OH)', 'Treasurer', 'Allotment society'],
    ['Jude Platt (JP)', 'Ward councillor', 'Borough council'],
    ['1. Welcome', '', ''],
    ['Rosa welcomed everyone.', '', ''],
    ['2. Action log', '', ''],
    ['Action 3. OH to open a second bank account – Completed', '', ''],
    ['Action 4. JP to ask the council about the water supply – deferred', '', ''],
    ['Action 7. RL to order the new padlocks – Completed', '', ''],
  ]

  it('blanks the table of those present, keeping every row’s number', () => {
    const rows = withoutAttendanceTable(minutes)
    expect(rows.length).toBe(minutes.length)
    expect(rows.slice(3, 8).map((row) => row.length)).toEqual([0, 0, 0, 0, 3])
  })

  it('reads the action log below it, not the people as actions', () => {
    const { plan } = tableToPlan(minutes)
    expect(plan.actions.filter((a) => /Action|to (?:open|ask|order)/.test(a.title)).length).toBe(3)
    expect(plan.actions.some((a) => a.title.startsWith('Rosa Lind'))).toBe(false)
  })

  it('leaves a plan’s table whose header names its work alone', () => {
    const plan = [
      ['Name', 'Lead', 'Organisation'],
      ['Open a second bank account', 'Treasurer', 'Allotment society'],
    ]
    expect(withoutAttendanceTable(plan)).toBe(plan)
  })
})

describe('withoutAttendanceTable: the roll written as one bulleted line under its lead-in', () => {
  const minutes = [
    ['Orchard society, annual meeting'],
    ['Present at the open day were:'],
    ['• Ana Ruiz [Parish] • Tom Reed [Club] • Mei Lin [School] • Olu Ade (Chair) [Parish]'],
    ['1 Welcome'],
    ['Action 12/3: Tom Reed to price the new ladders. Action closed.'],
  ]

  it('blanks the roll line, keeping the lead-in and every row’s number', () => {
    const rows = withoutAttendanceTable(minutes)
    expect(rows.map((row) => row.length)).toEqual([1, 1, 0, 1, 1])
  })

  it.each([
    ['a bulleted line under a lead-in that is no roll', 'We agreed to:'],
    ['a roll lead-in over a line with one bullet', 'Present:'],
  ])('leaves %s', (_, lead) => {
    const rows = minutes.map((row, i) =>
      i === 1 ? [lead] : i === 2 && lead === 'Present:' ? ['• Ana Ruiz, Tom Reed'] : row,
    )
    expect(withoutAttendanceTable(rows)).toBe(rows)
  })
})
