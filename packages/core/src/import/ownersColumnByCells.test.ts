import { describe, expect, it } from 'vitest'
import { tableToPlan } from './tableToPlan'

const work = [
  'Agree the terms of reference for the working group',
  'Hold two drop-in sessions for part-time staff',
  'Add a wellbeing question to the exit interview',
]

/** "No. | Task | <header> | Deadline" over three rows, the third column holding `cells`. */
function read(header: string, cells: readonly string[]) {
  const rows = [
    ['No.', 'Task', header, 'Deadline'],
    ...work.map((action, i) => [`${i + 1}`, action, cells[i]!, 'May 2027']),
  ]
  const result = tableToPlan(rows)
  return {
    field: result.explanation.columns.find((column) => column.column === 3)?.field,
    owners: result.plan.actions.map((action) => action.owners),
  }
}

describe('a column of names, roles or teams under a header the importer does not know is the owners', () => {
  it.each([
    ['Contact', ['Priya Patel', 'Deputy Registrar', 'Head of Estates']],
    ['Name', ['Priya Patel', 'Tom Jones', 'Sam K.']],
    ['Staff', ['PP/TJ', 'Library team', 'Priya Patel']],
    ['Department', ['Finance Office', 'Student Services team', 'Estates Department']],
    ['Role', ['Deputy Registrar', 'Head of Estates', 'Director for Student Services']],
    ['Members', ['Priya Patel, Tom Jones', 'Planning Committee', 'HR / Estates team']],
    ['', ['Priya Patel', 'Deputy Registrar', 'Head of Estates']],
  ] as const)('%s', (header, cells) => {
    const { field, owners } = read(header, cells)
    expect(field).toBe('owners')
    expect(owners.every((names) => names.length > 0)).toBe(true)
  })
})

describe('a short column that is not people stays out of the owners', () => {
  it.each([
    ['Name', ['Refresh Induction Pack', 'Run Staff Survey', 'Mentoring Scheme']],
    ['Contact', ['priya.patel@example.ac.uk', 'hr@example.ac.uk', 'estates@example.ac.uk']],
    ['Contact', ['01632 960 123', '01632 960 456', '01632 960 789']],
    ['Location', ['North Wales', 'Main Campus', 'City Centre']],
    ['Focus', ['Wellbeing', 'Recruitment', 'Career Development']],
    ['Cost', ['Staff time', 'Nil', '£2,000']],
  ] as const)('%s over %j', (header, cells) => {
    expect(read(header, cells).field).not.toBe('owners')
  })

  it('never when the header already named the owners', () => {
    const rows = [
      ['No.', 'Task', 'Lead', 'Contact', 'Deadline'],
      ...work.map((action, i) => [`${i + 1}`, action, 'Deputy Registrar', 'Priya Patel', 'May 2027']),
    ]
    const { plan } = tableToPlan(rows)
    expect(plan.actions.map((action) => action.owners)).toEqual([
      ['Deputy Registrar'],
      ['Deputy Registrar'],
      ['Deputy Registrar'],
    ])
  })
})
