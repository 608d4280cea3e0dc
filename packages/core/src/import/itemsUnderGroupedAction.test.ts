import { describe, expect, it } from 'vitest'
import { tableToPlan } from './tableToPlan'

describe('an action header over its number column, lettered deliverables under an action written once', () => {
  it('reads "Action" over a column of numbers and an unheaded prose column as the ref and the action', () => {
    const { plan, explanation } = tableToPlan([
      ['Action', '', 'Lead', 'Due'],
      ['4.', 'Offer every new technician a mentor in their first year', 'Technical Manager', 'March 2026'],
      ['5.', 'Publish the technical career pathways on the staff site', 'HR Partner', 'June 2026'],
    ])
    expect(plan.actions.map((a) => [a.ref, a.title, a.owners, a.target.due])).toEqual([
      ['4', 'Offer every new technician a mentor in their first year', ['Technical Manager'], '2026-03-31'],
      ['5', 'Publish the technical career pathways on the staff site', ['HR Partner'], '2026-06-30'],
    ])
    expect(explanation.columns.find((c) => c.column === 1)?.field).toBe('ref')
  })

  const rap = [
    ['Our commitments on relationships with First Nations communities.', '', '', '', ''],
    ['Action', '', 'Deliverable', 'Timeline', 'Responsibility'],
    [
      '7.',
      'Build lasting relationships with local First Nations organisations',
      '(a) Meet the local land council each year',
      'May 2026',
      'Community Lead',
    ],
    ['', '', '(b) List the local organisations on the plan page', 'July 2026', 'Web Officer'],
    [
      '8.',
      'Celebrate National Reconciliation Week with staff',
      '(a) Hold one staff event in the week',
      'June 2026',
      'Events Team',
    ],
    ['', '', '(b) Share reading lists with every team', 'June 2026', 'Library'],
  ]

  it('reads each lettered deliverable as an action, numbered by its group, the action as its section', () => {
    const { plan } = tableToPlan(rap)
    expect(plan.actions.map((a) => [a.ref, a.title, a.section, a.owners, a.target.due])).toEqual([
      [
        '7(a)',
        'Meet the local land council each year',
        'Build lasting relationships with local First Nations organisations',
        ['Community Lead'],
        '2026-05-31',
      ],
      [
        '7(b)',
        'List the local organisations on the plan page',
        'Build lasting relationships with local First Nations organisations',
        ['Web Officer'],
        '2026-07-31',
      ],
      [
        '8(a)',
        'Hold one staff event in the week',
        'Celebrate National Reconciliation Week with staff',
        ['Events Team'],
        '2026-06-30',
      ],
      [
        '8(b)',
        'Share reading lists with every team',
        'Celebrate National Reconciliation Week with staff',
        ['Library'],
        '2026-06-30',
      ],
    ])
  })

  it('explains the deliverables as the action column and the action as the group label', () => {
    const { explanation } = tableToPlan(rap)
    const fieldOf = (column: number) => explanation.columns.find((c) => c.column === column)?.field
    expect([fieldOf(1), fieldOf(2), fieldOf(3)]).toEqual(['extra', 'section', 'title'])
  })
})
