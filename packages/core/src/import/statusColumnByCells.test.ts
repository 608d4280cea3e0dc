import { describe, expect, it } from 'vitest'
import { tableToPlan } from './tableToPlan'

const work = [
  'Agree the terms of reference for the working group',
  'Hold two drop-in sessions for part-time staff',
  'Add a wellbeing question to the exit interview',
]

/** "No. | Task | Lead | <header>" over three rows, the fourth column holding `cells`. */
function read(header: string, cells: readonly string[]) {
  const rows = [
    ['No.', 'Task', 'Lead', header],
    ...work.map((action, i) => [`${i + 1}`, action, 'Priya Patel', cells[i]!]),
  ]
  const result = tableToPlan(rows)
  return {
    field: result.explanation.columns.find((column) => column.column === 4)?.field,
    states: result.plan.actions.map((action) => action.status.state),
  }
}

describe('a column of progress words under a header of the tracker’s own is the status', () => {
  it.each(['Stage', 'Position', 'Rating', 'Phase', 'Where are we?', ''])('%s', (header) => {
    const { field, states } = read(header, ['Complete', 'In progress', 'Not started'])
    expect(field).toBe('status')
    expect(states).toEqual(['complete', 'in-progress', 'not-started'])
  })

  it.each([
    ['Priority', ['High', 'Medium', 'Low']],
    ['Stage', ['Stage 1', 'Stage 2', 'Stage 3']],
    ['Position', ['Deputy Registrar', 'Head of Estates', 'Finance Officer']],
    ['Stage', ['Complete', 'Stage 2 of 3, waiting on the budget', 'Stage 3, later in the year']],
  ] as const)('but not %s over %j', (header, cells) => {
    expect(read(header, cells).field).not.toBe('status')
  })
})

describe('placeholders in a column of progress words are left out of the count', () => {
  /** "No. | Task | Lead | Ticket" over five rows, the fourth column holding `cells`. */
  function readFive(cells: readonly string[]) {
    const tasks = [...work, 'Publish the rota on the intranet', 'Move the key safe to reception']
    const result = tableToPlan([
      ['No.', 'Task', 'Lead', 'Ticket'],
      ...tasks.map((action, i) => [`${i + 1}`, action, 'Priya Patel', cells[i]!]),
    ])
    return {
      field: result.explanation.columns.find((column) => column.column === 4)?.field,
      states: result.plan.actions.map((action) => action.status.state),
    }
  }

  it('reads the column as the status when every cell but the "n/a" ones is a status', () => {
    const { field, states } = readFive(['n/a DONE', 'n/a', 'TODO', 'TODO.', 'n/a'])
    expect(field).toBe('status')
    expect(states).toEqual(['complete', 'unknown', 'not-started', 'not-started', 'unknown'])
  })

  it('does not when most cells are placeholders', () => {
    expect(readFive(['n/a', 'n/a', 'TODO', 'n/a', 'Done']).field).not.toBe('status')
  })
})
