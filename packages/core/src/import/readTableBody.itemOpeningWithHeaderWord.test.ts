import { describe, expect, it } from 'vitest'
import { tableToPlan } from './tableToPlan'

describe('an item and its group that each open with the same header word', () => {
  it.each([
    ['Status emails for orders', 'Status pages and alerts'],
    ['Target date reminders', 'Target setting tools'],
    ['Lead contacts list', 'Lead partner review'],
  ])('reads "%s | | %s" as an item, not a header repeated', (item, group) => {
    const { plan } = tableToPlan([
      ['Deliverable', 'Progress', 'Workstream'],
      ['Publish the price list', 'Done', 'Catalogue'],
      [item, '', group],
      ['Open the help desk', '', group],
    ])
    expect(plan.actions.map((a) => a.title)).toEqual(['Publish the price list', item, 'Open the help desk'])
  })

  it('still takes a row of whole header words for a header ("Target | Target date")', () => {
    const { explanation } = tableToPlan([
      ['Action', 'Lead', 'By when'],
      ['Grow the network', 'Chair', '2031'],
      ['Target', 'Target date'],
      ['Forty members', 'June 2031'],
    ])
    expect(explanation.rows).toContainEqual({ row: 3, kind: 'header' })
  })
})
