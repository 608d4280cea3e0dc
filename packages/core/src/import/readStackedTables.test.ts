import { describe, expect, it } from 'vitest'
import { readStackedTables } from './readStackedTables'
import { tableToPlan } from './tableToPlan'

describe('a page stacking two tables with different headers', () => {
  const rows = [
    ['Open lab notebooks pilot'],
    ['What we need from teams'],
    ['Owner: @mchen'],
    ['Task', 'Owner(s) or team(s)', 'Notes'],
    ['Approve the data policy', 'Team research-office', 'Complete (minute 14)'],
    ['Pick the notebook platform', 'Team it-services library', ''],
    ['Write the launch post', '', ''],
    ['Deliverables and dates'],
    ['Deliverables'],
    ['a short guide'],
    ['Schedule'],
    ['Date', 'Release', 'Pilot stage'],
    ['2025-03-03', 'v0.1', 'First two labs on board'],
    ['2025-06-30', 'v1.0', 'Every lab in the school on board'],
  ]

  it('reads every row of each table as an action, the column with most words as the action where none is named', () => {
    const { plan } = tableToPlan(rows)
    expect(plan.actions.map((a) => [a.title, a.owners, a.target.due, a.status.state, a.section])).toEqual([
      ['Approve the data policy', ['research-office'], null, 'complete', 'What we need from teams'],
      ['Pick the notebook platform', ['it-services', 'library'], null, 'unknown', 'What we need from teams'],
      ['Write the launch post', [], null, 'unknown', 'What we need from teams'],
      ['First two labs on board', [], '2025-03-03', 'unknown', 'Schedule'],
      ['Every lab in the school on board', [], '2025-06-30', 'unknown', 'Schedule'],
    ])
  })

  it('leaves a page with one table, or the same header twice, to the ordinary reading', () => {
    expect(readStackedTables(rows.slice(0, 7))).toBeNull()
    expect(readStackedTables([...rows.slice(0, 7), ['Later'], ...rows.slice(3, 5)])).toBeNull()
  })

  it('leaves a table continued under a new heading with its header reworded ("Status" → "Current status")', () => {
    expect(
      readStackedTables([
        ['Ref', 'Action', 'Lead', 'Status'],
        ['1', 'Open the new prep room', 'Estates', 'In progress'],
        ['Completed actions'],
        ['No.', 'Action', 'Responsible', 'Current status'],
        ['2', 'Hire a second technician', 'HR', 'Complete'],
      ]),
    ).toBeNull()
  })
})

describe('stacked tables whose first column names each row’s item beside prose about it', () => {
  it('reads the first column as the action, whatever the other columns hold', () => {
    const { plan } = tableToPlan([
      ['Outreach planned this year'],
      ['Channel', 'What it tells people', 'Lead', 'When'],
      [
        'Open day stall',
        'Shows families the new workshop and the courses it will run next year',
        'Outreach officer',
        'June 2031',
      ],
      [
        'Parish newsletter piece',
        'Explains the grant we won and asks for volunteers to help with the build',
        'Secretary',
        'March 2031',
      ],
      ['Outreach still to decide'],
      ['Channel', 'What it tells people', 'How often', 'Lead'],
      [
        'Radio interview',
        'Talks about the workshop’s history and the people who keep it going',
        'Once',
        'Chair',
      ],
    ])
    expect(plan.actions.map((a) => [a.title, a.owners, a.target.due, a.section])).toEqual([
      ['Open day stall', ['Outreach officer'], '2031-06-30', 'Outreach planned this year'],
      ['Parish newsletter piece', ['Secretary'], '2031-03-31', 'Outreach planned this year'],
      ['Radio interview', ['Chair'], null, 'Outreach still to decide'],
    ])
  })

  it('keeps the wordiest column when the first repeats, holds dates or holds sentences', () => {
    const stacked = (first: readonly string[]) =>
      tableToPlan([
        ['Term one'],
        ['Strand', 'What we will do', 'Lead'],
        [first[0]!, 'Run a weekly coding club for the year seven pupils', 'Mr Hale'],
        [first[1]!, 'Buy a class set of microscopes for the science room', 'Ms Dee'],
        ['Term two'],
        ['Strand', 'What we will do', 'Cost'],
        [first[2]!, 'Take the choir to sing at the county festival', '£300'],
      ]).plan.actions.map((a) => a.title)
    const prose = [
      'Run a weekly coding club for the year seven pupils',
      'Buy a class set of microscopes for the science room',
      'Take the choir to sing at the county festival',
    ]
    expect(stacked(['Clubs', 'Clubs', 'Music'])).toEqual(prose)
    expect(stacked(['Clubs.', 'Science.', 'Music.'])).toEqual(prose)
  })

  describe('a schedule of dated milestones under each version, one version with its own header', () => {
    const schedule = [
      ['Library build schedule'],
      ['We plan two builds a year and keep clear of the holidays.'],
      ['Coming builds'],
      ['4.2 (Build lead: Ines Moreau)'],
      ['2031-04-07', 'Catalogue code freeze'],
      ['2031-04-21', 'Catalogue build'],
      ['4.3 (Build lead: Tom Okafor)'],
      ['2031-10-06', 'Catalogue code freeze'],
      ['2031-10-20', 'Catalogue build'],
      ['Earlier builds'],
      ['4.1 (Build lead: Ines Moreau)'],
      ['Planned', 'Done', 'Milestone', 'Notes'],
      ['2030-10-01', '', 'Catalogue code freeze 4.1', ''],
      ['2030-10-15', '2030-10-17', 'Catalogue build 4.1', 'notes-4-1'],
    ]

    it('reads the headerless dates and milestones beside the headed table: dated, led by the lead the heading names', () => {
      const { plan } = tableToPlan(schedule)
      expect(plan.actions.map((a) => [a.title, a.owners, a.target.due, a.status.state, a.section])).toEqual([
        ['Catalogue code freeze', ['Ines Moreau'], '2031-04-07', 'unknown', '4.2'],
        ['Catalogue build', ['Ines Moreau'], '2031-04-21', 'unknown', '4.2'],
        ['Catalogue code freeze', ['Tom Okafor'], '2031-10-06', 'unknown', '4.3'],
        ['Catalogue build', ['Tom Okafor'], '2031-10-20', 'unknown', '4.3'],
        ['Catalogue code freeze 4.1', ['Ines Moreau'], '2030-10-01', 'unknown', '4.1'],
        ['Catalogue build 4.1', ['Ines Moreau'], '2030-10-15', 'complete', '4.1'],
      ])
    })

    it('needs a headed table among the dated lists', () => {
      const dated = [
        ['Spring'],
        ['2031-03-01', 'Sow the beans'],
        ['2031-03-15', 'Plant the onions'],
        ['Summer'],
        ['2031-06-01', 'Water the beds'],
      ]
      expect(readStackedTables(dated)).toBeNull()
    })
  })
})
