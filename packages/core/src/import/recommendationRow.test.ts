import { describe, expect, it } from 'vitest'
import { tableToPlan } from './tableToPlan'

// An assessment's action plan: each recommendation row over its own "R<n> Actions" header and actions.
describe('recommendation rows over "R1 Actions" headers', () => {
  const rows = [
    ['Records Review Action Plan'],
    ['R1', 'The faculty should set out who owns each shared drive.'],
    ['R1 Actions', 'Priority', 'Owner', 'Due date'],
    ['Action 1.1 Name an owner for every shared drive', 'High', 'KP', '30/06/2026'],
    ['Action 1.2 Publish the list of owners on the intranet', 'Low', 'KP/LM', '31/07/2026'],
    ['R2', 'The faculty should delete files past their retention date.'],
    ['R2 Actions', 'Priority', 'Owner', 'Due date'],
    ['Action 2.1 Agree a retention schedule with the records manager', 'Medium', 'LM', '30/09/2026'],
  ]

  it('finds the header, and reads each action with its ref, owners and date', () => {
    const { plan, explanation } = tableToPlan(rows)
    expect(explanation.headerRow).toBe(3)
    expect(plan.actions.map((a) => [a.ref, a.title, a.owners, a.target.due])).toEqual([
      ['1.1', 'Name an owner for every shared drive', ['KP'], '2026-06-30'],
      ['1.2', 'Publish the list of owners on the intranet', ['KP', 'LM'], '2026-07-31'],
      ['2.1', 'Agree a retention schedule with the records manager', ['LM'], '2026-09-30'],
    ])
  })

  it('reads the next recommendation row as the heading of its actions, not as the rest of the action above', () => {
    const { plan, explanation } = tableToPlan(rows)
    expect(plan.actions[1]?.title).toBe('Publish the list of owners on the intranet')
    expect(plan.actions[2]?.section).toBe('R2 The faculty should delete files past their retention date.')
    expect(explanation.rows).toContainEqual({ row: 6, kind: 'section' })
    expect(explanation.rows).toContainEqual({ row: 7, kind: 'header' })
  })
})
