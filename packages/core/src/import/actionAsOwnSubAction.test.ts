import { describe, expect, it } from 'vitest'
import { actionAsOwnSubAction } from './actionAsOwnSubAction'
import { scoreHeader } from './assignColumns'
import { tableToPlan } from './tableToPlan'

describe('actionAsOwnSubAction: an action with no sub-action of its own', () => {
  const rows = [
    ['Library move: project action plan'],
    ['Action', 'Sub Action', 'Action by', 'Action completed by', 'Progress'],
    ['Plan the move', '• list the collections to be moved', 'Head of Collections', 'May 2024', 'Complete'],
    ['', '• book the removal firm', 'Facilities Manager', 'June 2024', 'Complete'],
    ['', '• agree the closure dates', 'Library Board', 'July 2024', ''],
    [
      'Tell readers about the closure on the website and in the reading rooms',
      '',
      'Comms Officer',
      'August 2024',
      'In progress',
    ],
    ['', '• send a notice to every reader with a loan', 'Comms Officer', 'August 2024', ''],
    ['', '• answer questions at the help desk', '', '', ''],
  ]

  it('is one action among the sub-actions, each dated by its own cell', () => {
    const { plan } = tableToPlan(rows)
    expect(plan.actions.map((a) => [a.title, a.owners, a.target.due, a.status.state])).toEqual([
      ['list the collections to be moved', ['Head of Collections'], '2024-05-31', 'complete'],
      ['book the removal firm', ['Facilities Manager'], '2024-06-30', 'complete'],
      ['agree the closure dates', ['Library Board'], '2024-07-31', 'unknown'],
      [
        'Tell readers about the closure on the website and in the reading rooms',
        ['Comms Officer'],
        '2024-08-31',
        'in-progress',
      ],
      ['send a notice to every reader with a loan', ['Comms Officer'], '2024-08-31', 'unknown'],
      ['answer questions at the help desk', [], null, 'unknown'],
    ])
    expect(plan.actions.slice(0, 5).map((a) => a.section)).toEqual([
      'Plan the move',
      'Plan the move',
      'Plan the move',
      'Tell readers about the closure on the website and in the reading rooms',
      'Tell readers about the closure on the website and in the reading rooms',
    ])
  })

  it('leaves a table with no sub-action column as it is', () => {
    const plain = [
      ['Action', 'Tasks', 'Lead'],
      ['Plan the move', '', 'Head of Collections'],
    ]
    expect(actionAsOwnSubAction(plain)).toEqual(plain)
  })

  it('reads "Action completed by" as the deadline, not the action', () => {
    const scores = scoreHeader('Action Completed by:')
    expect([scores.get('target'), scores.has('title')]).toEqual([1, false])
  })
})
