import { describe, expect, it } from 'vitest'
import { readDatedStepItems } from './readDatedStepItems'
import { tableToPlan } from './tableToPlan'

describe('readDatedStepItems: items of business over the dated steps they went through', () => {
  const page = [
    ['Town Council'],
    ['Business before the council, spring term'],
    ['Revised standing orders for committees'],
    ['Discussion: March 2, 2021'],
    ['Vote: 3/16/21'],
    ['Objection deadline: 4/30/21'],
    ['Grants policy for youth clubs'],
    ['Part 2 and Part 3 of the scheme'],
    ['Discussed: January 12, 2021'],
    ['Voted: 2/9/21'],
    ['Sent to the mayor February 20, 2021 - Pending'],
    ['Allotment rents'],
    ['Discuss at 1/12 meeting'],
    ['Vote at 2/9 meeting - did not pass.'],
    ['Objection received, to be heard at the March meeting'],
    ['Approved'],
    ['Street lighting review'],
    ['Discussed at 11/10/20 meeting.'],
    ['Approved by the mayor December 3, 2020'],
    ['Items of earlier years'],
  ]

  it('reads each item with its deadline, its pending state and the state heading over it', () => {
    const { plan } = tableToPlan(page)
    expect(plan.actions.map((a) => [a.title, a.target.due ?? '', a.status.state])).toEqual([
      ['Revised standing orders for committees', '2021-04-30', 'unknown'],
      ['Grants policy for youth clubs', '', 'in-progress'],
      ['Allotment rents', '', 'unknown'],
      ['Street lighting review', '', 'complete'],
    ])
  })

  it('keeps a second line of an item as its description and the lines over the first item as title rows', () => {
    const flat = readDatedStepItems(page)
    expect(flat?.rows.slice(0, 4)).toEqual([
      ['Town Council'],
      ['Business before the council, spring term'],
      ['Action', 'Description', 'Target date', 'Status', 'Notes'],
      [
        'Revised standing orders for committees',
        '',
        '4/30/21',
        '',
        'Discussion: March 2, 2021; Vote: 3/16/21; Objection deadline: 4/30/21',
      ],
    ])
    expect(flat?.rows[4]?.slice(0, 2)).toEqual([
      'Grants policy for youth clubs',
      'Part 2 and Part 3 of the scheme',
    ])
  })

  it('leaves alone a list of actions each due by a date', () => {
    expect(
      readDatedStepItems([
        ['Goal 1 – Greener buildings'],
        ['KR1: Audit the heating of every branch by June 2023.'],
        ['KR2: Replace the boilers of two branches by 3/31/24.'],
        ['Goal 2 – Greener travel'],
        ['KR1: Publish a travel plan by May 2023.'],
        ['KR2: Add cycle racks at four branches by 9/30/23.'],
        ['Goal 3 – Less waste'],
        ['KR1: End single-use plastics by April 2024.'],
        ['KR2: Compost food waste at every cafe by 6/30/24.'],
      ]),
    ).toBeNull()
  })

  it('leaves alone a page where only a few lines carry a date', () => {
    expect(
      readDatedStepItems([
        ['Plan'],
        ['Open a repair cafe'],
        ['Launched 3/4/21'],
        ['Train volunteers'],
        ['Write a leaflet'],
        ['Ask the school'],
        ['Hold a fair'],
        ['Recruit stewards'],
      ]),
    ).toBeNull()
  })
})
