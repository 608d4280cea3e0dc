import { describe, expect, it } from 'vitest'
import { tableToPlan } from './tableToPlan'

describe('splitBulletedAction: a bulleted action cell beside cells of as many lines', () => {
  it('gives each bullet the line in the same place of a date cell and a lead cell', () => {
    const { plan } = tableToPlan([
      ['Action', 'By when', 'Lead'],
      [
        '- Survey the store rooms\n- Draft a shelving plan\n- Order the shelving',
        'Feb 10, 2032\nApr. 30, 2032\nto be agreed',
        'Estates officer\nLab manager\nBursar',
      ],
    ])
    expect(plan.actions.map((a) => [a.title, a.owners, a.target.due])).toEqual([
      ['Survey the store rooms', ['Estates officer'], '2032-02-10'],
      ['Draft a shelving plan', ['Lab manager'], '2032-04-30'],
      ['Order the shelving', ['Bursar'], null],
    ])
  })

  it('shares a cell whose lines do not match the bullets in number', () => {
    const { plan } = tableToPlan([
      ['Action', 'By when', 'Lead'],
      [
        '• Survey the store rooms\n• Draft a shelving plan\n• Order the shelving',
        'Spring 2032',
        'Lab manager\nEstates',
      ],
    ])
    expect(plan.actions.map((a) => [a.title, a.owners])).toEqual([
      ['Survey the store rooms', ['Lab manager', 'Estates']],
      ['Draft a shelving plan', ['Lab manager', 'Estates']],
      ['Order the shelving', ['Lab manager', 'Estates']],
    ])
    expect(new Set(plan.actions.map((a) => a.target.text))).toEqual(new Set(['Spring 2032']))
  })
})

describe('splitBulletedAction: a group name over its tasks, the cells beside lined up under a blank line', () => {
  const rows = [
    ['Task', 'Due', 'Owner', 'Progress'],
    [
      'Venue\nBook the main hall\nOrder chairs\nCheck the fire exits',
      '\n3 Mar 2031\n10 Mar 2031\n17 Mar 2031',
      '\nAmara\nBursar\nSite team',
      '\nDone\nOn hold',
    ],
    ['Catering\nAsk for three quotes\nChoose a supplier', '\n1 Feb 2031\n14 Feb 2031', '\nJonas\nJonas', ''],
  ]

  it('reads each task as an action with the lines in its place, the group name as its section', () => {
    const { plan } = tableToPlan(rows)
    expect(plan.actions.map((a) => [a.title, a.section, a.owners, a.target.due, a.status.state])).toEqual([
      ['Book the main hall', 'Venue', ['Amara'], '2031-03-03', 'complete'],
      ['Order chairs', 'Venue', ['Bursar'], '2031-03-10', 'on-hold'],
      ['Check the fire exits', 'Venue', ['Site team'], '2031-03-17', 'unknown'],
      ['Ask for three quotes', 'Catering', ['Jonas'], '2031-02-01', 'unknown'],
      ['Choose a supplier', 'Catering', ['Jonas'], '2031-02-14', 'unknown'],
    ])
  })

  it('needs the blank line facing the group name', () => {
    const { plan } = tableToPlan([
      rows[0]!,
      ['Venue\nBook the main hall\nOrder chairs', '3 Mar 2031\n10 Mar 2031', 'Amara\nBursar', ''],
    ])
    expect(plan.actions).toHaveLength(1)
  })
})
