import { describe, expect, it } from 'vitest'
import { tableToPlan } from './tableToPlan'

describe("a minute's topic line over its text, beside an Action column of initials", () => {
  const rows = [
    ['Allotment society committee, 4 March', ''],
    ['', 'Action'],
    ['Water troughs\nRB to ask the council to mend the leaking trough by the gate', 'RB'],
    ['Open day\nPosters to be printed and put up in the library and the café', 'LK'],
    ['Hedges\nTrim back', 'RB'],
  ]

  it('reads the topic as the section and the minute as the title', () => {
    const { plan } = tableToPlan(rows)
    expect(plan.actions.map((a) => [a.title, a.owners, a.section])).toEqual([
      ['RB to ask the council to mend the leaking trough by the gate', ['RB'], 'Water troughs'],
      ['Posters to be printed and put up in the library and the café', ['LK'], 'Open day'],
      // Too short a line below to be a minute of its own: the two lines are one title.
      ['Hedges Trim back', ['RB'], null],
    ])
  })

  it('keeps the first line in the title when the column is headed', () => {
    const { plan } = tableToPlan(rows.map((row, i) => (i === 1 ? ['Minute', 'Action'] : row)))
    expect(plan.actions[0]!.title).toBe(
      'Water troughs RB to ask the council to mend the leaking trough by the gate',
    )
  })
})
