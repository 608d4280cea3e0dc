import { describe, expect, it } from 'vitest'
import { statusWordInNotes } from './statusWordInNotes'
import { tableToPlan } from './tableToPlan'

describe('a comments cell that is only a status word, with no status column', () => {
  it('gives the status; a longer comment stays a note', () => {
    const { plan, issues } = tableToPlan([
      ['Task', 'Who', 'To', 'Comments'],
      ['Run the weekly safety walk-round', 'BK', 'n/a', 'ongoing'],
      ['Order spare gas regulators', 'BK', '2026-04-30', 'Done'],
      ['Move the cryostat', 'RT', '2026-06-30', 'Quote from two removal firms, then book'],
    ])
    expect(plan.actions.map((a) => a.status.state)).toEqual(['ongoing', 'complete', 'unknown'])
    expect(issues.filter((i) => i.code === 'status-from-prose').map((i) => i.row)).toEqual([2, 3])
  })

  it.each([
    ['ongoing', 'ongoing'],
    ['In progress', 'in-progress'],
    ['Complete.', 'complete'],
    ['Venue, equipment, guests', null],
    ['', null],
  ])('%j reads %s', (text, state) => {
    expect(statusWordInNotes(text)?.state ?? null).toBe(state)
  })
})
