import { describe, expect, it } from 'vitest'
import { tableToPlan } from './tableToPlan'

describe('a table with no header row, read from its cells alone', () => {
  it('reads an aim written once over the rows below it as their section, the steps beside it as the actions', () => {
    const { plan } = tableToPlan([
      ['Village hall improvement plan'],
      ['Make the hall warmer', 'Fit draught strips to every outside door', 'Pat Quinn', 'March 2031'],
      ['', 'Ask three firms to quote for loft insulation', 'Pat Quinn', 'May 2031'],
      ['', 'Apply to the district fund for the heating grant', 'Lee Park', 'July 2031'],
      [
        'Open the hall to more groups',
        'Survey the parish on what clubs they would join',
        'Sam Ray',
        'June 2031',
      ],
      ['', 'Put the booking calendar on the village website', 'Lee Park', 'August 2031'],
      ['', 'Offer the first month free to any new club', 'Sam Ray', 'October 2031'],
    ])
    expect(plan.actions.map((a) => [a.title, a.owners, a.target.due])).toEqual([
      ['Fit draught strips to every outside door', ['Pat Quinn'], '2031-03-31'],
      ['Ask three firms to quote for loft insulation', ['Pat Quinn'], '2031-05-31'],
      ['Apply to the district fund for the heating grant', ['Lee Park'], '2031-07-31'],
      ['Survey the parish on what clubs they would join', ['Sam Ray'], '2031-06-30'],
      ['Put the booking calendar on the village website', ['Lee Park'], '2031-08-31'],
      ['Offer the first month free to any new club', ['Sam Ray'], '2031-10-31'],
    ])
  })

  it('does not take a run of filled cells, one under another, for labels written once over groups', () => {
    // A release calendar exported with an empty last column: the events are filled on a run of rows, not once per group.
    const { plan } = tableToPlan([
      ['Release calendar', '', '', '', ''],
      [
        'We aim for two releases a year, away from holidays and weekends, so that packagers can plan ahead.',
        '',
        '',
        '',
        '',
      ],
      ['Coming releases', '', '', '', ''],
      ['4.2.0 (Release Manager: Ana Ruiz)', '', '', '', ''],
      ['2031-05-05', 'Core library feature freeze', '', '', ''],
      ['2031-05-12', 'Core library release', '', '', ''],
      ['2031-05-19', 'Tools feature freeze', '', '', ''],
      ['2031-05-26', 'Tools release', '', '', ''],
      ['4.3.0 (Release Manager: Ben Ode)', '', '', '', ''],
      ['2031-10-06', 'Core library feature freeze', '', '', ''],
      ['2031-10-13', 'Core library release', '', '', ''],
      ['2031-10-20', 'Tools feature freeze', '', '', ''],
      ['2031-10-27', 'Tools release', '', '', ''],
      ['Past releases', '', '', '', ''],
      ['4.1.0 (Release Manager: Cy Lee)', '', '', '', ''],
      ['Planned', 'Done', 'Event', 'Changelog', ''],
      ['2031-02-03', '', 'Core library feature freeze', '', ''],
      ['2031-02-17', '2031-02-19', 'Core library release 4.1.0', 'core:changelog-4-1-0', ''],
    ])
    expect(plan.actions.slice(0, 8).map((a) => [a.title, a.owners, a.target.due])).toEqual([
      ['Core library feature freeze', ['Ana Ruiz'], '2031-05-05'],
      ['Core library release', ['Ana Ruiz'], '2031-05-12'],
      ['Tools feature freeze', ['Ana Ruiz'], '2031-05-19'],
      ['Tools release', ['Ana Ruiz'], '2031-05-26'],
      ['Core library feature freeze', ['Ben Ode'], '2031-10-06'],
      ['Core library release', ['Ben Ode'], '2031-10-13'],
      ['Tools feature freeze', ['Ben Ode'], '2031-10-20'],
      ['Tools release', ['Ben Ode'], '2031-10-27'],
    ])
  })

  it('reads a column of states as the status, not the target', () => {
    const { plan } = tableToPlan([
      ['Reseal the pavilion roof before the season starts', 'Completed', 'Groundskeeper'],
      ['Order new goal nets for the junior pitches', 'Ongoing', 'Club Secretary'],
      ['Renew the contract for mowing the outfield', 'Completed', 'Club Treasurer'],
      ['Repaint the lines on the junior pitches', 'In progress', 'Groundskeeper'],
    ])
    expect(plan.actions.map((a) => [a.status.state, a.target.text ?? ''])).toEqual([
      ['complete', ''],
      ['ongoing', ''],
      ['complete', ''],
      ['in-progress', ''],
    ])
  })

  it('does not take a second column of dates opening with the day for numbered actions', () => {
    const { plan } = tableToPlan([
      ['05.01', 'Footpaths', 'Footpath survey to be carried out across the parish', 'KT', 'June', '14 Aug'],
      ['05.02', 'Allotments', 'Second water trough to be discussed with the tenants', 'RB', '30 Sept', ''],
      ['05.03', 'Village hall', 'Quotes for rewiring the hall kitchen to be sought', 'KT', '17.7.31', ''],
      ['04.01', 'Playground', 'Swing seats to be replaced and the frame inspected', 'JD', '13 Nov', '11 Dec'],
    ])
    expect(plan.actions.map((a) => [a.ref, a.title])).toEqual([
      ['05.01', 'Footpath survey to be carried out across the parish'],
      ['05.02', 'Second water trough to be discussed with the tenants'],
      ['05.03', 'Quotes for rewiring the hall kitchen to be sought'],
      ['04.01', 'Swing seats to be replaced and the frame inspected'],
    ])
  })

  it('takes the prose filled on every row for the actions over a long note written beside a few of them', () => {
    const { plan } = tableToPlan([
      ['12/03/2031', 'Hall booking', 'Hall booked for the annual meeting', 'Clerk', '', 'Complete'],
      ['19/03/2031', 'Notice', 'Notice of the meeting put up in the porch', 'Chair', '', 'Complete'],
      [
        '26/03/2031',
        'Accounts',
        'Accounts sent to the auditor for sign-off',
        'Treasurer',
        'The auditor needs them at least three weeks before the meeting, and will not sign them off later than that under the rules of the fund',
        'Not started',
      ],
      ['02/04/2031', 'Papers', 'Papers circulated to every member by email', 'Clerk', '', 'Not started'],
    ])
    expect(plan.actions.map((a) => a.title)).toEqual([
      'Hall booked for the annual meeting',
      'Notice of the meeting put up in the porch',
      'Accounts sent to the auditor for sign-off',
      'Papers circulated to every member by email',
    ])
  })
})

describe('a headerless table with a column of priority levels', () => {
  const rows = [
    [
      'Repaint the pavilion changing rooms before the cricket season starts',
      'High',
      'Groundsman',
      'June 2031',
    ],
    ['Replace the broken bench by the pond with a recycled one', 'Low', 'Parish clerk', 'August 2031'],
    [
      'Survey the footpaths after the winter and report any fallen trees',
      'Medium',
      'Footpaths warden',
      'April 2031',
    ],
  ]

  it('reads the levels as no one: the roles beside them are the owners', () => {
    const { plan } = tableToPlan(rows)
    expect(plan.actions.map((a) => [a.title, a.owners])).toEqual([
      ['Repaint the pavilion changing rooms before the cricket season starts', ['Groundsman']],
      ['Replace the broken bench by the pond with a recycled one', ['Parish clerk']],
      ['Survey the footpaths after the winter and report any fallen trees', ['Footpaths warden']],
    ])
  })

  it('still reads short words that are not levels as the owners', () => {
    const named = rows.map((row, i) => [row[0]!, ['Hall', 'Green', 'Paths'][i]!, row[3]!])
    const { plan } = tableToPlan(named)
    expect(plan.actions.map((a) => a.owners)).toEqual([['Hall'], ['Green'], ['Paths']])
  })
})

describe('a headerless table with two columns of numbers', () => {
  it('takes the numbers that run down the rows for the refs, not a column of shares', () => {
    const { plan } = tableToPlan([
      ['GENERAL', '', '', '', ''],
      ['1', 'Move the parish accounts to the new software', 'Clerk', 'March 2031', '100'],
      ['2', 'Write a guide for booking the hall online', 'Clerk + Cllr Dunn', 'June 2031', '10'],
      ['3', 'Review the insurance cover of the play area', 'Cllr Reed', 'May 2031', '25'],
      ['4', 'Agree the budget for the new noticeboard', 'Finance group', 'July 2031', '100'],
    ])
    expect(plan.actions.map((a) => a.ref)).toEqual(['1', '2', '3', '4'])
  })
})

describe('a headerless table with a column of numbered steps in every cell', () => {
  it('takes the prose beside the steps for the actions: each cell numbers its own steps from "1."', () => {
    const { plan } = tableToPlan([
      [
        'a',
        'Open the community garden to the primary school on weekday afternoons',
        'Head gardener',
        '1. Agree a timetable with the school 2. Buy child-sized tools',
      ],
      [
        'b',
        'Start a seed swap for allotment holders each spring in the village hall',
        'Allotment secretary',
        '1. Book the hall for March 2. Post the date on the noticeboard',
      ],
      [
        'c',
        'Put up a rain shelter beside the compost bays before next winter',
        'Treasurer',
        '1. Ask two builders to quote',
      ],
    ])
    expect(plan.actions.map((a) => a.title)).toEqual([
      'Open the community garden to the primary school on weekday afternoons',
      'Start a seed swap for allotment holders each spring in the village hall',
      'Put up a rain shelter beside the compost bays before next winter',
    ])
  })

  it('still takes a column numbered down its rows for the numbered actions', () => {
    const { plan } = tableToPlan([
      ['1. Agree a timetable with the school', 'Head gardener', 'March 2031'],
      ['2. Book the hall for the seed swap', 'Allotment secretary', 'April 2031'],
      ['3. Ask two builders to quote for a shelter', 'Treasurer', 'May 2031'],
    ])
    expect(plan.actions.map((a) => a.title)).toEqual([
      'Agree a timetable with the school',
      'Book the hall for the seed swap',
      'Ask two builders to quote for a shelter',
    ])
  })
})
