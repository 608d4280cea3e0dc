import { describe, expect, it } from 'vitest'
import { readChildRowsInTrailingColumns } from './readChildRowsInTrailingColumns'
import { tableToPlan } from './tableToPlan'

const tracker = [
  ['Parks Department goals 2025-26'],
  ['Goal No', 'Goal Name', 'Goal Status', 'Progress Notes', 'Key results', '', ''],
  ['4', 'Greener streets', 'Ongoing', 'Tree planting went well this spring.', '', '', ''],
  ['', '', '', '', '101', 'Plant two hundred street trees in the east wards', 'Completed'],
  ['', '', '', '', '102', 'Replace the broken benches along the river path', 'In Process'],
  ['7', 'Safer play areas', 'Ongoing', '', '', '', ''],
  ['', '', '', '', '115', 'Inspect every playground each month and publish the reports', 'In Process'],
]

describe('a goal tracker with its items in columns of their own', () => {
  it('reads the items under each goal as the actions, their numbers as refs and their status words', () => {
    const { plan, explanation } = tableToPlan(tracker)
    expect(plan.actions.map((a) => [a.ref, a.title, a.status.state])).toEqual([
      ['101', 'Plant two hundred street trees in the east wards', 'complete'],
      ['102', 'Replace the broken benches along the river path', 'in-progress'],
      ['115', 'Inspect every playground each month and publish the reports', 'in-progress'],
    ])
    expect(explanation.rows.filter((r) => r.kind === 'section').map((r) => r.row)).toEqual([3, 6])
  })

  it('leaves a table whose rows fill both the goal columns and the last ones', () => {
    const rows = tracker.map((row, index) => (index === 3 ? ['4', ...row.slice(1)] : row))
    expect(readChildRowsInTrailingColumns(rows)).toBeNull()
  })
})
