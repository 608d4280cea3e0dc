import { describe, expect, it } from 'vitest'
import { technicianCommitment } from '../taxonomy/technicianCommitment'
import { assignColumns } from './assignColumns'
import { dispositionColumn } from './dispositionColumn'
import { tableToPlan } from './tableToPlan'

const want = [
  ['Library opening hours', ['Director of Culture'], 'unknown'],
  ['Street lighting', ['Highways Board'], 'unknown'],
  ['Allotment waiting lists', [], 'cancelled'],
  ['Youth club funding', ['Children’s Panel'], 'unknown'],
]

const cells = [
  [
    'Library opening hours',
    'A task group had started to compare opening hours with the visitor counts of each branch library.',
    'Responsibility to pass to Director of Culture',
  ],
  [
    'Street lighting',
    'Members were to review the switch-off trial in the rural wards once a full winter of data was in.',
    'To become part of the work programme for Highways Board',
  ],
  [
    'Allotment waiting lists',
    'Raised as a possible enquiry into why the waiting lists had grown in the last three years.',
    'Enquiry not to be pursued',
  ],
  [
    'Youth club funding',
    'The panel meant to look at how the grant for youth clubs was shared between the four districts.',
    'Refer to Children’s Panel',
  ],
]

describe('dispositionColumn: a column deciding what becomes of each item names its new owner', () => {
  it.each([
    {
      layout: 'a scrutiny paper: "Panel | | Proposed action" under a title, items grouped under a panel row',
      rows: [
        ['Former panels: outstanding work'],
        ['Panel', '', 'Proposed action'],
        ['Communities Panel'],
        ...cells,
        ['Housing Panel'],
      ],
    },
    {
      layout: 'no header at all: name, description, decision',
      rows: cells,
    },
    {
      layout: '"Topic | Description | Proposed action", the decisions under the header that names the action',
      rows: [['Topic', 'Description', 'Proposed action'], ...cells],
    },
    {
      layout: 'the decisions first: "Proposed action | Topic | Background"',
      rows: [['Proposed action', 'Topic', 'Background'], ...cells.map(([n, d, p]) => [p!, n!, d!])],
    },
  ])('reads the item, its new owner and a dropped item as cancelled: $layout', ({ rows }) => {
    const { plan } = tableToPlan(rows)
    expect(plan.actions.map((a) => [a.title, a.owners, a.status.state])).toEqual(want)
    expect(plan.actions[0]!.description).toBe(cells[0]![1])
  })

  it('reads a hand-over written in the owners column', () => {
    const { plan } = tableToPlan([
      ['Action', 'Lead'],
      ['Publish the tenancy guide in plain English', 'Referred to Housing Board'],
      ['Run the tenant survey', 'Sam Ortiz'],
    ])
    expect(plan.actions.map((a) => a.owners)).toEqual([['Housing Board'], ['Sam Ortiz']])
  })

  it('leaves a table whose column only mentions a referral alone', () => {
    const { plan } = tableToPlan([
      ['Action', 'Lead', 'Notes'],
      ['Publish the tenancy guide', 'Sam Ortiz', 'Refer to the 2019 guide for the layout'],
      ['Run the tenant survey', 'Ana Ruiz', 'Survey all tenants'],
      ['Train the front desk', 'Ben Okafor', 'Two sessions'],
    ])
    expect(plan.actions.map((a) => [a.title, a.owners])).toEqual([
      ['Publish the tenancy guide', ['Sam Ortiz']],
      ['Run the tenant survey', ['Ana Ruiz']],
      ['Train the front desk', ['Ben Okafor']],
    ])
  })

  it('finds the column among 10,000 items', () => {
    const rows = [['Topic', 'Description', 'Proposed action']]
    for (let i = 0; i < 10_000; i++)
      rows.push([`Topic ${i} of the review`, `${cells[i % 4]![1]} Item ${i}.`, cells[i % 4]![2]!])
    const assignment = assignColumns(rows, null, 1, { taxonomy: technicianCommitment })
    expect(dispositionColumn(rows, 1, assignment).map.fields.get('owners')).toBe(2)
  })
})
