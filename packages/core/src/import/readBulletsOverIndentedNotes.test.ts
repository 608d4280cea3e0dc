import { describe, expect, it } from 'vitest'
import { readBulletsOverIndentedNotes } from './readBulletsOverIndentedNotes'
import { tableToPlan } from './tableToPlan'

const page = [
  ['Update at 1 March 2027'],
  ['• Part 1: Safer streets'],
  ['  • Light every path in the park.'],
  ['      Complete. Lights fitted in May.'],
  ['  • Add a crossing by the school.'],
  ['      Work has started on site.'],
  ['Read more about this part'],
  ['• Part 2: Cleaner parks'],
  ['  • Put more bins near the pond.'],
  ['      Bins ordered from the supplier.'],
  ['      Delivery due in June.'],
  ['Read more about this part'],
]

describe('readBulletsOverIndentedNotes: actions under points, each with its progress indented below it', () => {
  it('gives each note to the action above it, not to the one after it', () => {
    const { plan } = tableToPlan(page)
    expect(plan.actions.map((a) => [a.title, a.status.state, a.section])).toEqual([
      ['Light every path in the park.', 'complete', 'Part 1: Safer streets'],
      ['Add a crossing by the school.', 'in-progress', 'Part 1: Safer streets'],
      ['Put more bins near the pond.', 'unknown', 'Part 2: Cleaner parks'],
    ])
    expect(plan.actions[2]?.status.text).toBe('Bins ordered from the supplier. Delivery due in June.')
  })

  it.each([
    ['one outer bullet only', page.slice(0, 7)],
    ['no notes', page.filter((row) => !row[0]!.startsWith('      '))],
    ['an indented bullet before the first outer one', [['  • Light every path'], ...page.slice(1)]],
    ['a table row', [...page, ['Lead', 'Parks team']]],
  ])('is no such page with %s', (_, table) => {
    expect(readBulletsOverIndentedNotes(table)).toBeNull()
  })
})
