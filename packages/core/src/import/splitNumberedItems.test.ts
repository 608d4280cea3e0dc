import { describe, expect, it } from 'vitest'
import { tableToPlan } from './tableToPlan'

describe('splitNumberedItems: the next items of a numbering in one cell', () => {
  const rows = [
    ['Ref', 'Action', 'Lead'],
    [
      '3.1',
      'Agree a standard induction checklist\nfor every technical team\n3.2 Train line managers to use\nthe checklist\n3.3 Review the checklist after a year',
      'Technical Services',
    ],
    ['3.4', 'Publish the checklist on the staff site', 'Comms'],
  ]

  it("reads each numbered item as an action, its wrapped lines joined, the row's lead shared", () => {
    const { plan } = tableToPlan(rows)
    expect(plan.actions.map((a) => [a.ref, a.title, a.owners])).toEqual([
      ['3.1', 'Agree a standard induction checklist for every technical team', ['Technical Services']],
      ['3.2', 'Train line managers to use the checklist', ['Technical Services']],
      ['3.3', 'Review the checklist after a year', ['Technical Services']],
      ['3.4', 'Publish the checklist on the staff site', ['Comms']],
    ])
  })

  it('keeps a number that is not the next one in the cell as text', () => {
    const { plan } = tableToPlan([
      ['Ref', 'Action'],
      ['2.1', 'Extend the scheme set out in\n4.2 of the careers plan to all staff'],
    ])
    expect(plan.actions.map((a) => a.ref)).toEqual(['2.1'])
  })
})
