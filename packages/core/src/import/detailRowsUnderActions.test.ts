import { describe, expect, it } from 'vitest'
import { detailRowsUnderActions } from './detailRowsUnderActions'
import { tableToPlan } from './tableToPlan'

const sheet = [
  ['', 'Ref', 'Action', 'Due', 'Status'],
  ['1', '4.1', 'Open a shared helpdesk for both labs', '01-Mar-26', 'Complete'],
  ['Measure', 'Helpdesk answers tickets from both labs'],
  ['Risk', 'Staff leave before launch'],
  ['2', '4.2', 'Agree one booking system', '01-Jun-26', 'In progress'],
  ['Measure', 'One system in use at every site'],
  ['Risk', ''],
  ['3', '4.3', 'Publish the joint annual report', '01-Dec-26', 'Not started'],
  ['Measure', 'Report on the website'],
  ['Risk', 'Data late from one lab'],
]

describe('detailRowsUnderActions: a field written under every action', () => {
  it('reads the labelled rows as details of the milestone above, not milestones', () => {
    const { plan, issues } = tableToPlan(sheet)
    expect(plan.actions.map((action) => [action.ref, action.title])).toEqual([
      ['4.1', 'Open a shared helpdesk for both labs'],
      ['4.2', 'Agree one booking system'],
      ['4.3', 'Publish the joint annual report'],
    ])
    expect(issues.filter((issue) => issue.code === 'list-not-actions').map((issue) => issue.row)).toEqual([3])
  })

  it.each([
    [
      'a theme written on every action’s row, beside its title',
      [
        ['Theme', 'Action', 'Due'],
        ['Staff', 'Run a forum', '2026'],
        ['Staff', 'Train chairs', '2026'],
        ['Staff', 'Survey staff', '2027'],
      ],
    ],
    [
      'a label used fewer than three times',
      [
        ['', 'Action', 'Due'],
        ['1', 'Run a forum', '2026'],
        ['Note', 'held online'],
        ['2', 'Train chairs', '2026'],
        ['Note', 'two sessions'],
      ],
    ],
    [
      'numbers, which are the actions’ own',
      [
        ['', 'Action', 'Due'],
        ['1', 'a', '2026'],
        ['1', 'b', '2026'],
        ['1', 'c', '2026'],
      ],
    ],
  ])('leaves %s', (_case, rows) => {
    expect(detailRowsUnderActions(rows, 1, 1).rows.size).toBe(0)
  })
})
