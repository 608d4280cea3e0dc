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

  it('reads the goals as the actions when the indented items are only their parts', () => {
    const goals = [
      ['Governors’ goals this year'],
      ['1. Update the estates plan'],
      ['   1. Car parking'],
      ['   2. Cycle storage'],
      ['2. Grow research income'],
      ['   1. Industry grants'],
      ['   2. Charity funders'],
      ['   3. Alumni gifts'],
    ]
    const { plan, explanation } = tableToPlan(goals)
    expect(plan.actions.map((a) => [a.ref, a.title, a.description])).toEqual([
      ['1', 'Update the estates plan', 'Car parking; Cycle storage'],
      ['2', 'Grow research income', 'Industry grants; Charity funders; Alumni gifts'],
    ])
    expect(explanation.rows.filter((row) => row.kind === 'measure').map((row) => row.row)).toEqual([
      3, 4, 6, 7, 8,
    ])
  })

  it('leaves a list without indents alone', () => {
    expect(readIndentedSubLists(page.map(([line]) => [line!.trim()]))).toBeNull()
  })
})
