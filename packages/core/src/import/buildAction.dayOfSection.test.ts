import { describe, expect, it } from 'vitest'
import { tableToPlan } from './tableToPlan'

// A move-day run sheet: rows that are only a date group the steps done that day; the steps leave their own date empty.
const runSheet = [
  ['Library move: run sheet'],
  ['Day', 'Step', 'Who', 'State'],
  ['14/3/2031', '', '', ''],
  ['', 'Seal the special collections crates', 'Archivist', 'Done'],
  ['', 'Book the lift for the morning', 'Facilities', 'Done'],
  ['15/3/2031', '', '', ''],
  ['', 'Load the first van', 'Removal firm', ''],
  ['', 'Check the crates against the list', 'Archivist', ''],
  ['Reading room', '', '', ''],
  ['', 'Set out the new signs', 'Facilities', ''],
  ['20/3/2031', 'Sweep the old shelves', 'Caretaker', ''],
]

describe('steps under a row that is only a date', () => {
  it('gives each step with no date of its own the day of the row above it', () => {
    const { plan } = tableToPlan(runSheet)
    expect(plan.actions.map((a) => [a.title.slice(0, 14), a.target.due])).toEqual([
      ['Seal the speci', '2031-03-14'],
      ['Book the lift ', '2031-03-14'],
      ['Load the first', '2031-03-15'],
      ['Check the crat', '2031-03-15'],
      // A heading that is no date dates nothing.
      ['Set out the ne', null],
      // A step's own date stands.
      ['Sweep the old ', '2031-03-20'],
    ])
  })
})
