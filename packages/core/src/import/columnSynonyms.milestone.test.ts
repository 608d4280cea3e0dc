import { describe, expect, it } from 'vitest'
import { matchColumnHeader } from './columnSynonyms'
import { tableToPlan } from './tableToPlan'

describe('a tracker whose "Milestone" column names the work', () => {
  it('reads "Milestone reference | Milestone" as the refs and the work', () => {
    const { plan } = tableToPlan([
      ['Library renewal: milestones agreed with the funder'],
      ['Strand', 'Milestone reference', 'Milestone', 'Lead'],
      ['Buildings', '4.1', 'Survey the roof of the reading room', 'Estates'],
      ['Buildings', '4.2', 'Replace the lift in the east wing', 'Estates'],
    ])
    expect(plan.actions.map((action) => [action.ref, action.title])).toEqual([
      ['4.1', 'Survey the roof of the reading room'],
      ['4.2', 'Replace the lift in the east wing'],
    ])
  })

  it('takes "Milestone" only as the whole header: a report\'s "Milestone: 3" label or "Milestone Delivery" heading is no column', () => {
    expect(matchColumnHeader('Milestone')?.field).toBe('title')
    expect(matchColumnHeader('Milestone: 3')).toBeNull()
    expect(matchColumnHeader('Milestone Delivery')).toBeNull()
  })

  it('leaves the work to an "Action" column beside a "Milestone" one', () => {
    const { plan } = tableToPlan([
      ['Action', 'Milestone', 'Lead'],
      ['Survey the roof of the reading room', 'Survey report received', 'Estates'],
      ['Replace the lift in the east wing', 'Lift in service', 'Estates'],
    ])
    expect(plan.actions.map((action) => action.title)).toEqual([
      'Survey the roof of the reading room',
      'Replace the lift in the east wing',
    ])
  })
})

describe('a release timeline whose "Milestones" column names the work', () => {
  it('reads each milestone as an action, the release number opening several of them kept in the title', () => {
    const { plan } = tableToPlan([
      ['4.2 release timeline'],
      ['Week', 'Countdown', 'Specific dates', 'Milestones'],
      ['Mar 02 - Mar 06', 'R-6', '--', 'Feature proposals reviewed'],
      ['Mar 23 - Mar 27', 'R-3', 'Mon, Mar 23', '4.2 string freeze\ntranslations requested'],
      ['Apr 06 - Apr 10', 'R-1', 'Wed, Apr 08', '4.2 release\nrelease notes published'],
    ])
    expect(plan.actions.map((action) => [action.ref, action.title])).toEqual([
      [null, 'Feature proposals reviewed'],
      [null, '4.2 string freeze translations requested'],
      [null, '4.2 release release notes published'],
    ])
  })

  it('takes "Milestones" only as the whole header', () => {
    expect(matchColumnHeader('Milestones')?.field).toBe('title')
    expect(matchColumnHeader('Milestones achieved')?.field).not.toBe('title')
  })
})

describe('a milestone sheet whose "Milestone ID" column codes each milestone', () => {
  it('reads the codes as the refs, not a numbered level column beside them', () => {
    const { plan } = tableToPlan([
      ['Milestone ID', 'Level', 'Team', 'Target Date', 'Cycle', 'Description'],
      ['LIB-EST-4', '3', 'Estates', '2031-03-14', 'S31', 'Survey the roof of the reading room.'],
      ['LIB-REL-1', '2', '', '2031-03-14', 'S31', 'Reading room reopened'],
      ['LIB-EST-5', '3', 'Estates', '2031-05-02', 'S31', 'Replace the lift in the east wing.'],
    ])
    expect(plan.actions.map((action) => [action.ref, action.title])).toEqual([
      ['LIB-EST-4', 'Survey the roof of the reading room.'],
      ['LIB-REL-1', 'Reading room reopened'],
      ['LIB-EST-5', 'Replace the lift in the east wing.'],
    ])
  })
})
