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
})
