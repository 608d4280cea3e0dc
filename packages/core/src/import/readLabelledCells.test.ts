import { describe, expect, it } from 'vitest'
import { readLabelledCells } from './readLabelledCells'
import { tableToPlan } from './tableToPlan'

// A council leisure plan typed as a table with no header row: the column names are written into every cell.
const table = [
  ['Leisure services plan 2031'],
  [
    'I) Open the pools longer',
    'Action: Survey swimmers on evening opening.',
    'Lead: Pools manager\nMeasure: Survey results by March 2031',
  ],
  [
    '',
    'Action: Trial two late sessions a week.',
    'Lead: Duty officers, Pools manager\nMeasure: Attendance counts',
  ],
  ['II) Welcome new users', 'Action: Print a leaflet in five languages.', 'Lead: Outreach team'],
]

describe('readLabelledCells', () => {
  it('reads each label repeated down a column as that column’s header, and a cell of two labels as two columns', () => {
    const read = readLabelledCells(table)
    expect(read).not.toBeNull()
    expect(read!.rows[read!.headerRow - 1]).toEqual(['Action', 'Lead', 'Measure', 'Column 1'])
    expect(read!.rows[read!.headerRow]).toEqual([
      'Survey swimmers on evening opening.',
      'Pools manager',
      'Survey results by March 2031',
      'I) Open the pools longer',
    ])
    expect(read!.sourceRows[read!.headerRow]).toBe(2)
    expect(read!.sourceColumns![read!.headerRow]).toEqual([2, 3, 3, 1])
  })

  it('loses no line under a label only one cell has: a field label is a column, any other kept in extra', () => {
    const lone = [
      [
        '1) Greener labs',
        'Action: Audit fume cupboards.',
        'Lead: Lab manager\nMeasure: Audit report by May 2030',
      ],
      ['', 'Action: Switch off idle freezers.', 'Lead: Technicians\nSee also: the freezer challenge'],
      ['', 'Action: Share the results.', 'Lead: Comms'],
    ]
    const { plan } = tableToPlan(lone)
    expect(plan.actions.map((a) => [a.title, a.owners, a.successMeasures])).toEqual([
      ['Audit fume cupboards.', ['Lab manager'], ['Audit report by May 2030']],
      ['Switch off idle freezers.', ['Technicians'], []],
      ['Share the results.', ['Comms'], []],
    ])
    expect(plan.actions[1]!.extra).toContainEqual({
      column: 'Column 3',
      value: 'See also: the freezer challenge',
    })
  })

  it('imports the actions with their owners and a date from the measure, the goal kept beside them', () => {
    const { plan } = tableToPlan(table)
    expect(plan.actions.map((a) => a.title)).toEqual([
      'Survey swimmers on evening opening.',
      'Trial two late sessions a week.',
      'Print a leaflet in five languages.',
    ])
    expect(plan.actions.map((a) => a.owners)).toEqual([
      ['Pools manager'],
      ['Duty officers', 'Pools manager'],
      ['Outreach team'],
    ])
    expect(plan.actions[0]!.target.due).toBe('2031-03-31')
    expect(plan.actions.every((a) => a.ref === null)).toBe(true)
  })

  it('leaves a table alone when only one column carries labels, or no label names the action', () => {
    expect(
      readLabelledCells([
        ['x', 'Action: a'],
        ['y', 'Action: b'],
      ]),
    ).toBeNull()
    expect(
      readLabelledCells([
        ['Lead: A', 'Note: one'],
        ['Lead: B', 'Note: two'],
      ]),
    ).toBeNull()
  })
})
