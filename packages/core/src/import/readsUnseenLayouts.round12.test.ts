import { describe, expect, it } from 'vitest'
import { numberedListsInCells } from './numberedListsInCells'
import { tableToPlan } from './tableToPlan'

// Layouts met in round11-held-out of examples/data/unseen (opened for development in round 12), each in a small
// table of our own.

describe('a grid of aspects, each cell of numbered objectives one action per item', () => {
  const rows = [
    ['Theme', 'Lead', 'Objectives', 'Measures', 'Done'],
    [
      'Volunteers',
      'JK',
      '1. Recruit two new stewards\n2. Write a volunteer handbook\n3. Hold a thank-you evening',
      '1. Stewards in post\n2. Handbook issued\n3. Evening held',
      '',
    ],
    [
      'Premises',
      'LM',
      '1. Renew the hall lease\n2. Fit a hearing loop',
      '1. Lease signed\n2. Loop working',
      '',
    ],
  ]

  it('reads each numbered item as an action, its number its ref, owned by the row lead', () => {
    const { plan } = tableToPlan(rows)
    expect(plan.actions.map((a) => [a.ref, a.title, a.owners])).toEqual([
      ['1', 'Recruit two new stewards', ['JK']],
      ['2', 'Write a volunteer handbook', ['JK']],
      ['3', 'Hold a thank-you evening', ['JK']],
      ['1', 'Renew the hall lease', ['LM']],
      ['2', 'Fit a hearing loop', ['LM']],
    ])
  })

  it('still clears a "1." typed into every cell of single items', () => {
    expect(
      numberedListsInCells(
        [
          ['Recruit two new stewards', '1'],
          ['Renew the hall lease', '1'],
        ],
        0,
        1,
        0,
      ),
    ).toBe(false)
  })
})
