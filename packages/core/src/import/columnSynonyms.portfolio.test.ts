import { describe, expect, it } from 'vitest'
import { tableToPlan } from './tableToPlan'

// A council's or a department's plan grouped by portfolio: the portfolio and its lead are merged cells in the
// source, written once on the group's first row.
describe('a "Portfolio" column beside the lead written once per portfolio', () => {
  const rows = [
    ['Portfolio', 'Lead', 'No.', 'Action', 'When'],
    ['Workshops', 'Priya', '1', 'Service the lathes before the autumn term', 'Sept 2025'],
    ['', '', '2', 'Replace the dust extraction filters', 'Dec 2025'],
    ['', '', '3', 'Write a booking guide for student projects', 'Jan 2026'],
    ['Stores', 'Tomasz', '4', 'Move chemical stock records to the new system', 'Mar 2026'],
    ['', '', '5', 'Label every shelf with its hazard class', 'Apr 2026'],
  ]

  it('reads the portfolio as the group label, so each action takes its portfolio lead', () => {
    const { plan, explanation } = tableToPlan(rows)
    expect(plan.actions.map((a) => [a.ref, a.owners])).toEqual([
      ['1', ['Priya']],
      ['2', ['Priya']],
      ['3', ['Priya']],
      ['4', ['Tomasz']],
      ['5', ['Tomasz']],
    ])
    expect(explanation.columns[0]?.field).toBe('section')
  })
})
