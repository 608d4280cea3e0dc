import { describe, expect, it } from 'vitest'
import { readActionsUnderObjectiveRows } from './readActionsUnderObjectiveRows'
import { tableToPlan } from './tableToPlan'

// A faculty's technician objectives: the theme written once (a merged cell), its objective beside it, then the
// actions that deliver the objective on the rows below.
const table = [
  ['Technician objectives'],
  ['Each objective supports one theme of the faculty strategy.'],
  ['Faculty theme', 'Our aims'],
  ['Open careers', 'Make the routes into and through technical work clear to everyone.'],
  ['', 'Publish a map of technical roles and grades on the staff pages.'],
  ['', 'Hold a careers fair for technicians and apprentices each spring.'],
  ['Shared facilities', 'Run our laboratories as one service across the faculty.'],
  ['', 'Book every shared instrument through one online calendar.'],
]

describe('actions under the objective row of each group, in a column headed as objectives', () => {
  it('reads the rows under each objective as the actions, the objective rows as headings', () => {
    const { plan, explanation } = tableToPlan(table)
    expect(plan.actions.map((a) => a.title)).toEqual([
      'Publish a map of technical roles and grades on the staff pages.',
      'Hold a careers fair for technicians and apprentices each spring.',
      'Book every shared instrument through one online calendar.',
    ])
    expect(plan.actions[2]?.extra).toContainEqual({
      column: 'Objective',
      value: 'Run our laboratories as one service across the faculty.',
    })
    expect(explanation.rows).toContainEqual({ row: 4, kind: 'section' })
  })

  it('is not this layout when the column is headed as actions, or an objective has no actions under it', () => {
    const actions = table.map((row) => (row[1] === 'Our aims' ? ['Faculty theme', 'What we will do'] : row))
    expect(readActionsUnderObjectiveRows(actions)).toBeNull()
    expect(readActionsUnderObjectiveRows(table.slice(0, 7))).toBeNull()
  })
})
