import { describe, expect, it } from 'vitest'
import { isPriorityColumn } from './isPriorityColumn'
import { tableToPlan } from './tableToPlan'

describe('isPriorityColumn: a column of priority levels is no action text', () => {
  it.each([
    [['High', 'Medium', '', 'Low'], true],
    [['P1', 'P2', 'p0'], true],
    [['Critical', 'Very high', 'Med.'], true],
    [['High'], false],
    [['High streets renewed', 'Low-carbon buses'], false],
    [['High', 'Review the fees'], false],
  ])('%j → %s', (cells, expected) => {
    expect(isPriorityColumn(cells)).toBe(expected)
  })

  it('reads the description as the action beside a "Priority" column of levels, a theme column of single words aside', () => {
    const { plan } = tableToPlan([
      ['Theme', 'Description', 'Priority', 'Status', 'Due'],
      ['Grow', 'Run a members drive every quarter', 'High', 'Done', ''],
      ['Grow', 'Publish a price list for small firms', 'Medium', 'In progress', 'June 2031'],
      ['Keep', 'Write a handbook for new members', 'Low', '', 'December 2031'],
    ])
    expect(plan.actions.map((action) => [action.title, action.status.state])).toEqual([
      ['Run a members drive every quarter', 'complete'],
      ['Publish a price list for small firms', 'in-progress'],
      ['Write a handbook for new members', 'unknown'],
    ])
  })
})
