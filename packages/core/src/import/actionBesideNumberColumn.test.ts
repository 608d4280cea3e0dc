import { describe, expect, it } from 'vitest'
import { tableToPlan } from './tableToPlan'

describe('an action column of numbers beside the action text', () => {
  it('reads the "Title" column as the action when the "Activity" column only numbers the rows, the codes as refs', () => {
    const { plan } = tableToPlan([
      ['Our research programme is split into these strands:'],
      ['Activity', 'Package', 'Title', 'Lead partner', 'Outputs'],
      ['1', 'RS1000', 'Soil moisture sensing', 'Northfield University', 'R-1'],
      ['2', 'RS2000', 'Field trial design', 'Northfield University', 'R-2 and R-3'],
      ['3', 'RS3000', 'Drone survey of the test plots', 'AirMap Ltd', 'R-4'],
    ])
    expect(plan.actions.map((a) => [a.ref, a.title, a.owners])).toEqual([
      ['RS1000', 'Soil moisture sensing', ['Northfield University']],
      ['RS2000', 'Field trial design', ['Northfield University']],
      ['RS3000', 'Drone survey of the test plots', ['AirMap Ltd']],
    ])
  })

  it('keeps the row numbers as refs when no column holds codes', () => {
    const { plan } = tableToPlan([
      ['Task', 'Owner', 'Title'],
      ['1', 'Estates', 'Refit the east stores'],
      ['2', 'Library', 'Digitise the map room'],
      ['3', 'Estates', 'Replace the loading bay doors'],
    ])
    expect(plan.actions.map((a) => [a.ref, a.title])).toEqual([
      ['1', 'Refit the east stores'],
      ['2', 'Digitise the map room'],
      ['3', 'Replace the loading bay doors'],
    ])
  })

  it('reads an "Action Item | Description" table of item numbers as refs beside the actions', () => {
    const { plan } = tableToPlan([
      ['Working group notes, 3 June'],
      ['Action Item', 'Description'],
      ['12.1', 'Review the draft charter before the next call'],
      ['12.2', 'Collect the survey answers from each lab'],
      ['12.3', 'Send the budget summary to the steering group'],
    ])
    expect(plan.actions.map((a) => [a.ref, a.title])).toEqual([
      ['12.1', 'Review the draft charter before the next call'],
      ['12.2', 'Collect the survey answers from each lab'],
      ['12.3', 'Send the budget summary to the steering group'],
    ])
  })

  it('reads refs with a capital letter after a dotted number ("3.2A") under a header spanning them and the text', () => {
    const { plan } = tableToPlan([
      ['Countryside partnership action plan'],
      ['Action', '', 'Milestones', 'Status'],
      ['3.2A', 'Survey the hedgerows along the river corridor', '2016', 'Ongoing'],
      ['3.2B', 'Restore two dry-stone walls with volunteer groups', '2017', ''],
      ['3.2C', 'Publish a guide to the traditional field barns', '2018', ''],
    ])
    expect(plan.actions.map((a) => [a.ref, a.title])).toEqual([
      ['3.2A', 'Survey the hedgerows along the river corridor'],
      ['3.2B', 'Restore two dry-stone walls with volunteer groups'],
      ['3.2C', 'Publish a guide to the traditional field barns'],
    ])
  })

  it('reads a tracker under a lone heading: numbers, a status word, then the text, each card on a row', () => {
    const { plan } = tableToPlan([
      ['Audit follow-up, spring visit'],
      ['Recommendations'],
      [
        '1',
        'Completed',
        'The auditors advise that the college should: publish its fire drill records each term',
        'Head of Estates',
      ],
      [
        '2',
        'Withdrawn',
        'The auditors advise that the college should: replace the ageing boiler in the east block',
        'Head of Estates',
      ],
      [
        '3',
        'Completed',
        'The auditors advise that the college should: train every porter in first aid by the summer',
        'Head of Security',
      ],
      [
        '4',
        'Completed',
        'The auditors advise that the college should: mark the fire exits in the library',
        'Head of Estates',
      ],
      [
        '5',
        'Completed',
        'The auditors advise that the college should: test the alarms in the sports hall monthly',
        'Head of Security',
      ],
    ])
    expect(plan.actions.map((a) => [a.ref, a.title.slice(0, 45), a.owners, a.status.state])).toEqual([
      ['1', 'The auditors advise that the college should: ', ['Head of Estates'], 'complete'],
      ['2', 'The auditors advise that the college should: ', ['Head of Estates'], 'cancelled'],
      ['3', 'The auditors advise that the college should: ', ['Head of Security'], 'complete'],
      ['4', 'The auditors advise that the college should: ', ['Head of Estates'], 'complete'],
      ['5', 'The auditors advise that the college should: ', ['Head of Security'], 'complete'],
    ])
  })
})
