import { describe, expect, it } from 'vitest'
import { listsBesideActionList } from './listsBesideActionList'
import { listsUnderLeadIns } from './listsUnderLeadIns'
import { tableToPlan } from './tableToPlan'

describe('listsBesideActionList', () => {
  it.each([
    ['Target criteria', true],
    ['Success criteria', true],
    ['Target indicators', true],
    ['Targets and success measures', true],
    ['Target the neediest schools', false],
  ])('beside an "Actions" list, the list labelled "%s" is not actions: %s', (label, left) => {
    const table = [
      ['Actions'],
      ['- Hold a careers day for technicians (June 25)'],
      ['- Publish the promotion criteria (May 25)'],
      [label],
      ['- 10% more technicians promoted'],
      ['- Every technician has a mentor'],
    ]
    const leads = listsBesideActionList(listsUnderLeadIns(table, 0), table).map((list) => list.lead)
    expect(leads.includes(label)).toBe(left)
  })

  it('imports the actions of each indicator and not its target criteria', () => {
    const table = [
      ['Indicator 1: share of technicians promoted each year'],
      ['Baseline: 4% in 2023'],
      ['Actions'],
      ['- Hold a careers day for technicians (June 25)'],
      ['Target criteria'],
      ['- 10% more technicians promoted'],
      ['Indicator 2: technicians with a mentor'],
      ['Actions'],
      ['- Start a mentoring scheme (Sept 25)'],
      ['Target criteria'],
      ['- Every technician has a mentor'],
    ]
    expect(tableToPlan(table).plan.actions.map((action) => action.title)).toEqual([
      'Hold a careers day for technicians (June 25)',
      'Start a mentoring scheme (Sept 25)',
    ])
  })
})
