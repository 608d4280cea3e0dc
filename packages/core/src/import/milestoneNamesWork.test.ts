import { describe, expect, it } from 'vitest'
import { milestoneNamesWork } from './milestoneNamesWork'
import { tableToPlan } from './tableToPlan'

describe('a schedule of milestones beside comments, with no action column', () => {
  const layouts: [string, string[]][] = [
    ['Date | Milestone | Comment', ['Date', 'Milestone', 'Comment']],
    ['When | Key milestones | Notes', ['When', 'Key milestones', 'Notes']],
    ['Milestone name | Target date | Remarks', ['Milestone name', 'Target date', 'Remarks']],
  ]
  const cells = [
    [
      'Open the pilot sign-up',
      '2 March 2027',
      'The pilot team will take sign-ups from every branch library in the county.',
    ],
    [
      'Close the pilot survey',
      '30 April 2027',
      'Results are gathered by the research office and shared at the spring meeting.',
    ],
    [
      'Publish the pilot report',
      '15 June 2027',
      'A short report goes to the board, then to the public website a week later.',
    ],
  ]

  for (const [name, header] of layouts) {
    it(`reads each milestone as the action under "${name}"`, () => {
      const dateFirst = /date|when/i.test(header[0]!)
      const rows = [
        ['Library pilot schedule'],
        header,
        ...cells.map(([step, date, note]) => (dateFirst ? [date!, step!, note!] : [step!, date!, note!])),
      ]
      const { plan } = tableToPlan(rows)
      expect(plan.actions.map((a) => [a.title, a.target.due, a.notes?.slice(0, 14)])).toEqual([
        ['Open the pilot sign-up', '2027-03-02', 'The pilot team'],
        ['Close the pilot survey', '2027-04-30', 'Results are ga'],
        ['Publish the pilot report', '2027-06-15', 'A short report'],
      ])
    })
  }

  it('leaves an action column beside the milestones as the action', () => {
    const { plan } = tableToPlan([
      ['Task', 'Milestone', 'Due'],
      ['Train the volunteer readers', 'Ten readers trained', 'May 2027'],
    ])
    expect(plan.actions[0]!.title).toBe('Train the volunteer readers')
  })

  it('needs a header naming milestones, filled on every row, of more than a word', () => {
    const fields = new Map([
      ['target', 0],
      ['successMeasures', 1],
      ['notes', 2],
    ] as const)
    expect(milestoneNamesWork(fields, ['When', 'Milestone', 'Notes'], [3, 3, 3], [1, 3, 9])).toBe(1)
    expect(milestoneNamesWork(fields, ['When', 'Outcome', 'Notes'], [3, 3, 3], [1, 3, 9])).toBeNull()
    expect(milestoneNamesWork(fields, ['When', 'Milestone', 'Notes'], [3, 2, 3], [1, 3, 9])).toBeNull()
    expect(milestoneNamesWork(fields, ['When', 'Milestone', 'Notes'], [3, 3, 3], [1, 1, 9])).toBeNull()
  })
})
