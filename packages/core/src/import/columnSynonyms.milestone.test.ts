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
