import { describe, expect, it } from 'vitest'
import { readIndentedSubLists } from './readIndentedSubLists'
import { tableToPlan } from './tableToPlan'

const page = [
  ['Campus Plan 2026'],
  ['Our directions and the first steps we agreed:'],
  ['1. A Greener Campus'],
  ['    1. Fit solar panels on the library roof'],
  ['    2. Replace the fleet vans with electric ones'],
  ['2. A Healthier Workplace'],
  ['    1. Open a staff gym in the sports hall'],
  ['    2. Offer flu jabs to every member of staff'],
  ['    3. Train mental health first aiders in each faculty'],
  ['We will report on these steps each spring.'],
]

describe('readIndentedSubLists', () => {
  it('reads the indented items as the actions, each under its outer item', () => {
    const { plan, explanation } = tableToPlan(page)
    expect(plan.actions.map((a) => [a.ref, a.title, a.section])).toEqual([
      ['1', 'Fit solar panels on the library roof', 'A Greener Campus'],
      ['2', 'Replace the fleet vans with electric ones', 'A Greener Campus'],
      ['1', 'Open a staff gym in the sports hall', 'A Healthier Workplace'],
      ['2', 'Offer flu jabs to every member of staff', 'A Healthier Workplace'],
      ['3', 'Train mental health first aiders in each faculty', 'A Healthier Workplace'],
    ])
    expect(explanation.rows).toContainEqual({ row: 10, kind: 'skipped' })
  })

  it('leaves short indented labels to the goals above them, and a list without indents alone', () => {
    expect(
      readIndentedSubLists([
        ['Goals'],
        ['1. Update the estates plan'],
        ['   1. Car parking'],
        ['   2. Cycle storage'],
        ['2. Grow research income'],
        ['   1. Industry grants'],
      ]),
    ).toBeNull()
    expect(readIndentedSubLists(page.map(([line]) => [line!.trim()]))).toBeNull()
  })
})
