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

  it('reads short item names as the actions when no header names the action column ("Item | What | By whom")', () => {
    const { plan } = tableToPlan([
      ['Open day checklist'],
      ['Due', 'Item', 'What', 'By whom', 'Progress'],
      ['', 'Catering', 'Book the caterers and agree a menu', 'Office', 'Done'],
      ['01/03/2031', 'Room plan', 'Agree which rooms each department uses', 'Head of Estates', 'Done'],
      ['15/03/2031', 'Welcome talk', 'Write and rehearse the welcome talk', 'Principal', ''],
      ['20/03/2031', 'Signs for the car park', 'Print the signs and put them up', 'Office', ''],
    ])
    expect(plan.actions.map((a) => [a.ref, a.title, a.description, a.target.due])).toEqual([
      [null, 'Catering', 'Book the caterers and agree a menu', null],
      [null, 'Room plan', 'Agree which rooms each department uses', '2031-03-01'],
      [null, 'Welcome talk', 'Write and rehearse the welcome talk', '2031-03-15'],
      [null, 'Signs for the car park', 'Print the signs and put them up', '2031-03-20'],
    ])
  })

  it('keeps short labelled numbers under a number header as they are ("Action #" beside "Description")', () => {
    const { plan } = tableToPlan([
      ['Topic', 'Raised', 'Action #', 'Description', 'Lead', 'Status'],
      ['Rooms', '05/03/31', 'Action 1', 'Collect the room bookings for the term', 'Registrar', 'Done'],
      [
        'Timetable',
        '05/03/31',
        'Action 2',
        'Send the timetable to the heads of department',
        'Registrar',
        'Done',
      ],
      ['Exams', '05/10/31', 'Action 1', 'Check the exam halls for the summer', 'Estates', 'Done'],
    ])
    expect(plan.actions.map((a) => a.title)).not.toContain('Action 2')
  })

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
