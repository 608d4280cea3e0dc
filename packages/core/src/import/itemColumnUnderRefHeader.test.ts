import { describe, expect, it } from 'vitest'
import { tableToPlan } from './tableToPlan'

describe('itemColumnUnderRefHeader: prose items under a ref-like header, beside the column saying how', () => {
  const cases: { name: string; rows: string[][]; want: [string | null, string, string][] }[] = [
    {
      name: '"Item" over the things to be made better, "Action" over the steps',
      rows: [
        ['Item', 'Action', 'When'],
        ['Step-free route to the science labs', 'Ramp fitted at the side door and rails added', 'June 2026'],
        ['Quiet room for students who need one', 'Spare office cleared and furnished', 'Completed'],
      ],
      want: [
        [null, 'Step-free route to the science labs', 'Ramp fitted at the side door and rails added'],
        [null, 'Quiet room for students who need one', 'Spare office cleared and furnished'],
      ],
    },
    {
      name: 'an unlabelled first column of numbered requirements under numbered sub-headings',
      rows: [
        ['', 'Action', 'Responsibility', 'Timescale'],
        ['2.1. Supporting technical careers', '', '', ''],
        [
          '2.1.1. A clear route to promotion for technicians',
          'Publish the grade criteria online',
          'HR',
          'May 2026',
        ],
        [
          '2.1.2. Mentors for every new technician',
          'Pair each starter with a senior technician',
          'Lab Lead',
          'Sept 2026',
        ],
      ],
      want: [
        ['2.1.1', 'A clear route to promotion for technicians', 'Publish the grade criteria online'],
        ['2.1.2', 'Mentors for every new technician', 'Pair each starter with a senior technician'],
      ],
    },
  ]
  for (const { name, rows, want } of cases) {
    it(`reads the item as the action: ${name}`, () => {
      const { plan } = tableToPlan(rows)
      expect(plan.actions.map((a) => [a.ref, a.title, a.description])).toEqual(want)
    })
  }

  it('keeps a ref column that holds refs', () => {
    const { plan } = tableToPlan([
      ['Item', 'Action', 'When'],
      ['1', 'Fit a ramp at the side door', 'June 2026'],
      ['2', 'Clear a quiet room', 'May 2026'],
    ])
    expect(plan.actions.map((a) => [a.ref, a.title])).toEqual([
      ['1', 'Fit a ramp at the side door'],
      ['2', 'Clear a quiet room'],
    ])
  })
})
