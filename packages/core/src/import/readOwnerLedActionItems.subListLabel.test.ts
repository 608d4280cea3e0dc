import { describe, expect, it } from 'vitest'
import { readOwnerLedActionItems } from './readOwnerLedActionItems'

// Minutes whose action heading is followed by a one- or two-word label sorting the list ("Specific", "This week")
// before the items that name their owners.
describe('a short label between the action heading and its items', () => {
  it.each([
    ['Specific', ['Action points', 'Specific']],
    ['This week:', ['Action items', 'This week:']],
  ])('reads the items under "%s" as the list', (_label, above) => {
    const read = readOwnerLedActionItems([
      ['Garden club, 9 March'],
      ['Compost bins'],
      ['Hazel says the bins are full'],
      ...above.map((line) => [line]),
      ['Hazel will order two more compost bins'],
      ['Tariq will ask the council about a skip'],
      ['Mira will write to the allotment society'],
    ])
    expect(read?.rows.slice(-3).map((row) => [row[1], row[2]])).toEqual([
      ['Hazel will order two more compost bins', 'Hazel'],
      ['Tariq will ask the council about a skip', 'Tariq'],
      ['Mira will write to the allotment society', 'Mira'],
    ])
  })

  it('takes no label over lines that name no owner as a lead-in', () => {
    const read = readOwnerLedActionItems([
      ['Garden club, 9 March'],
      ['Action points'],
      ['General'],
      ['the bins are full again this month'],
      ['more members joined the rota'],
    ])
    expect(read).toBeNull()
  })

  it('takes a label followed by a single owner-led item as no lead-in', () => {
    const read = readOwnerLedActionItems([
      ['Garden club, 9 March'],
      ['Action points'],
      ['General'],
      ['Hazel will order two more compost bins'],
      ['the bins are full again this month'],
    ])
    expect(read).toBeNull()
  })
})
