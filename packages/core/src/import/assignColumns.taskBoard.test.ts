import { describe, expect, it } from 'vitest'
import { tableToPlan } from './tableToPlan'

describe('a task board pasted without its header (status, US date, task)', () => {
  const board = [
    ['Library refurbishment: tasks'],
    ['Tasks still open'],
    ['Todo', '11/30/2025', 'Survey the reading rooms'],
    ['Todo', '2/28/2026', 'Tender for new shelving'],
    ['In progress', '10/15/2025', 'Agree the floor plan'],
    ['Todo', '6/30/2026', 'Move the special collections back'],
  ]

  it('reads the month-first dates as the target and the short task names as the actions', () => {
    const { plan } = tableToPlan(board)
    expect(plan.actions.map((a) => [a.title, a.owners, a.target.due, a.status.state])).toEqual([
      ['Survey the reading rooms', [], '2025-11-30', 'not-started'],
      ['Tender for new shelving', [], '2026-02-28', 'not-started'],
      ['Agree the floor plan', [], '2025-10-15', 'in-progress'],
      ['Move the special collections back', [], '2026-06-30', 'not-started'],
    ])
  })

  it('keeps short names as owners when a column of longer text holds the actions', () => {
    const { plan } = tableToPlan([
      ['Todo', '11/30/2025', 'Survey every reading room and list the shelving to replace', 'Estates'],
      ['Todo', '2/28/2026', 'Run a tender for the new shelving and choose a supplier', 'Procurement'],
      ['In progress', '10/15/2025', 'Agree the floor plan with the library staff', 'Head of Library'],
    ])
    expect(plan.actions.map((a) => a.owners)).toEqual([['Estates'], ['Procurement'], ['Head of Library']])
  })
})
