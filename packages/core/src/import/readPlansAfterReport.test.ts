import { describe, expect, it } from 'vitest'
import { readPlansAfterReport } from './readPlansAfterReport'
import { tableToPlan } from './tableToPlan'

describe('a monthly update: what the team did, then what it will do next month', () => {
  const page = [
    ['Records team monthly update: May 2031'],
    ['Who we are'],
    ['We look after the council archive and help services find their old files.'],
    ['What we did in May'],
    ['Moving the archive'],
    ['We moved the archive to the new store over two weekends, with no boxes lost'],
    ['What we are going to do in June'],
    ['We will index the first hundred boxes. Tell us early if you need a box sooner'],
    ['Sam is training two volunteers on the scanner'],
    ['We will be drafting a retention schedule with legal services.'],
    ['We are still changing the layout of this update. Let us know if you have any feedback.'],
  ].map((line) => [line[0]!])

  it('reads only the planned work as the actions, due by the end of the month the heading names', () => {
    const { plan } = tableToPlan(page)
    expect(plan.actions.map((a) => [a.title, a.target.due])).toEqual([
      ['We will index the first hundred boxes. Tell us early if you need a box sooner', '2031-06-30'],
      ['Sam is training two volunteers on the scanner', '2031-06-30'],
      ['We will be drafting a retention schedule with legal services.', '2031-06-30'],
    ])
  })

  it('needs a report heading above the plans heading, and two lines of plans', () => {
    expect(readPlansAfterReport(page.filter((_, i) => i !== 3))).toBeNull()
    expect(readPlansAfterReport(page.slice(0, 8))).toBeNull()
  })

  it('reads a page of ten thousand planned lines (a megabyte)', () => {
    const long = [
      ['Team update'],
      ["What we've done"],
      ['We opened the new reading room.'],
      ["What's next"],
      ...Array.from({ length: 10_000 }, (_, i) => [
        `We will catalogue shelf ${i} of the east store and report on it to the board, with photographs.`,
      ]),
    ]
    expect(readPlansAfterReport(long)?.rows).toHaveLength(10_002)
  })
})

describe('a project status report: what was done since the last report, then the upcoming activities and milestones', () => {
  const page = [
    'Library systems project: status report, May 2031',
    'Key activities/milestones since last report',
    'Key activities since last report',
    'Moved the catalogue records to the new server',
    'Milestones achieved since last report',
    'Catalogue migration signed off',
    'Upcoming activities/milestones',
    'Upcoming activities',
    'Train the desk staff on the new loans screens',
    'Report to the Library Committee on 4 June 2031 and to the Senate on 25 June 2031',
    'Upcoming milestones',
    'New loans system live - July 2031',
    'Old system switched off - September 2031',
    'Key risks and issues',
    'Risks and issues for escalation',
    'The supplier may not finish the data checks before the summer',
  ].map((line) => [line])

  it('reads the upcoming lines as the actions, each dated by the date it ends in or names', () => {
    const { plan } = tableToPlan(page)
    expect(plan.actions.map((a) => [a.title, a.target.due, a.section])).toEqual([
      ['Train the desk staff on the new loans screens', null, 'Upcoming activities'],
      [
        'Report to the Library Committee on 4 June 2031 and to the Senate on 25 June 2031',
        '2031-06-25',
        'Upcoming activities',
      ],
      ['New loans system live', '2031-07-31', 'Upcoming milestones'],
      ['Old system switched off', '2031-09-30', 'Upcoming milestones'],
    ])
  })
})
