import { describe, expect, it } from 'vitest'
import { tableToPlan } from './tableToPlan'

// A project timeline, newest first: rows that are only a year group the month ranges written without one.
const timeline = [
  ['Library move: timeline'],
  ['When', 'What happens'],
  ['2032', ''],
  ['May - Onward', 'Staff settle into the new building and report snags.'],
  ['February - April', 'Move the special collections in sealed crates.'],
  ['2031', ''],
  ['October - December', 'Pack the open shelves floor by floor.'],
  ['June 2030', 'Choose the removal firm.'],
]

describe('month ranges under a row that is only a year', () => {
  it('reads each range in the year of the row above it, and a date with its own year as written', () => {
    const { plan } = tableToPlan(timeline)
    expect(plan.actions.map((a) => [a.title.slice(0, 16), a.target.due])).toEqual([
      ['Staff settle int', null],
      ['Move the special', '2032-04-30'],
      ['Pack the open sh', '2031-12-31'],
      ['Choose the remov', '2030-06-30'],
    ])
  })
})
