import { describe, expect, it } from 'vitest'
import { tableToPlan } from './tableToPlan'

describe('readTableBody: a numbered objective and its aim above the header again', () => {
  const header = ['Action', 'Lead', 'Deadline']
  const rows = [
    ['Library access plan'],
    ['Objective 1:'],
    ['To make every reading room step-free'],
    header,
    ['Fit a ramp at the east door', 'Estates', 'June 2027'],
    ['Widen the aisles of the map room', 'Estates', 'July 2027'],
    ['Objective 2:'],
    ['To make the catalogue usable with a screen reader'],
    header,
    ['Test the catalogue with screen-reader users', 'Digital team', 'May 2027'],
  ]

  it('reads the aim as the heading of the table below, not as an action', () => {
    const { plan, explanation } = tableToPlan(rows)
    expect(plan.actions.map((a) => [a.title, a.owners, a.section])).toEqual([
      ['Fit a ramp at the east door', ['Estates'], null],
      ['Widen the aisles of the map room', ['Estates'], null],
      [
        'Test the catalogue with screen-reader users',
        ['Digital team'],
        'To make the catalogue usable with a screen reader',
      ],
    ])
    expect(explanation.rows).toContainEqual({ row: 7, kind: 'section' })
  })
})
