import { describe, expect, it } from 'vitest'
import { readCountedProgrammes } from './readCountedProgrammes'
import { tableToPlan } from './tableToPlan'

// A regional council's half-year report on its inclusion plan: three programmes counted by a lead-in, then the first
// programme's report block with its lead agency, overall status and a table of the actions planned for the period.
const report = [
  ['Priority 3: Inclusive transport', '', ''],
  ['Priority 3 has three programmes of work:', '', ''],
  ['• Step-free Stations', '', ''],
  ['• Audio Announcements', '', ''],
  ['• Travel Training', '', ''],
  ['Rail Services Directorate: Step-free Stations', '', ''],
  ['Overall status: Behind schedule', '', ''],
  ['Actions planned for the half year', 'Actions completed in the half year', 'Comments'],
  ['May 2031: Lift installed at Northgate station', 'Completed in April, ahead of the timetable.', 'Early'],
  ['What went well?', '', ''],
  ['The lift opened before the summer timetable began.', '', ''],
]

describe('readCountedProgrammes', () => {
  it('reads each counted programme and each planned action, owned by the agency heading their block', () => {
    const { plan } = tableToPlan(report)
    expect(plan.title).toBe('Priority 3: Inclusive transport')
    expect(plan.actions.map((a) => [a.title, a.owners, a.status.state, a.target.due])).toEqual([
      ['Step-free Stations', ['Rail Services Directorate'], 'in-progress', null],
      ['Audio Announcements', [], 'unknown', null],
      ['Travel Training', [], 'unknown', null],
      ['Lift installed at Northgate station', ['Rail Services Directorate'], 'complete', '2031-05-31'],
    ])
    expect(plan.actions[3]?.notes).toBe('Early')
  })

  it.each([
    [
      'a count that does not match the list',
      report.map((row) => [row[0]!.replace('three', 'four'), ...row.slice(1)]),
    ],
    [
      'a lead-in that counts nothing',
      report.map((row) => [row[0]!.replace('has three', 'has these'), ...row.slice(1)]),
    ],
    ['a list with no table below', report.slice(0, 7)],
  ])('is not this layout with %s', (_, table) => {
    expect(readCountedProgrammes(table)).toBeNull()
  })
})
