import { describe, expect, it } from 'vitest'
import { joinHeaderRows } from './joinHeaderRows'
import { tableToPlan } from './tableToPlan'

describe('joinHeaderRows', () => {
  it('reads a group cell over its parts as one header, and says so', () => {
    const issues: Parameters<typeof joinHeaderRows>[1] = []
    const rows = [
      ['Action', 'Responsibility', '', 'Timescale', ''],
      ['', 'Lead', 'Support', 'Start', 'End'],
      ['Refresh the lab induction', 'Chief Technician', 'Safety Office', 'Sept 2026', 'Dec 2026'],
    ]
    expect(joinHeaderRows(rows, issues)).toEqual([
      ['Action', 'Lead', 'Support', 'Start', 'End'],
      ['', '', '', '', ''],
      rows[2],
    ])
    expect(issues).toEqual([expect.objectContaining({ code: 'header-rows-joined', row: 1 })])
  })

  it('finishes header words a page break split', () => {
    const rows = [
      ['Action to be', 'Person', 'Target'],
      ['taken', 'responsible', 'date'],
      ['Refresh the lab induction', 'Chief Technician', 'Dec 2026'],
    ]
    expect(joinHeaderRows(rows, [])[0]).toEqual(['Action to be taken', 'Person responsible', 'Target date'])
  })

  it.each([
    ['a first action of short words', ['Review', 'HR', 'Dec 2026']],
    ['a section row', ['Pillar 2: Recognition', '', '']],
    ['a status under its header', ['', '', 'ongoing']],
    ['a continuation of owners', ['', 'and Library', '']],
  ])('leaves %s alone', (_name, below) => {
    const rows = [['Action', 'Lead', 'Target'], below, ['Refresh the lab induction', 'HR', 'Dec 2026']]
    expect(joinHeaderRows(rows, [])).toBe(rows)
  })

  it('gives the end date as the target and keeps the supporting team in extra', () => {
    const { plan } = tableToPlan([
      ['Action', 'Responsibility', '', 'Timescale', ''],
      ['', 'Lead', 'Support', 'Start', 'End'],
      ['Refresh the lab induction', 'Chief Technician', 'Safety Office', 'Sept 2026', 'Dec 2026'],
    ])
    expect(plan.actions.map((a) => [a.title, a.owners, a.target.due, a.extra])).toEqual([
      [
        'Refresh the lab induction',
        ['Chief Technician'],
        '2026-12-31',
        [
          { column: 'Support', value: 'Safety Office' },
          { column: 'Start', value: 'Sept 2026' },
        ],
      ],
    ])
  })
})
