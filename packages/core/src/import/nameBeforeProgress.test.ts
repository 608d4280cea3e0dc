import { describe, expect, it } from 'vitest'
import { nameBeforeProgress } from './nameBeforeProgress'
import { tableToPlan } from './tableToPlan'

describe('nameBeforeProgress: "Project Name: what has been done" in a progress update', () => {
  it('splits a title-cased name from the progress after its colon', () => {
    expect(nameBeforeProgress('Volunteer Drivers Scheme: recruiting has begun in two wards')).toEqual({
      name: 'Volunteer Drivers Scheme',
      progress: 'recruiting has begun in two wards',
    })
    expect(nameBeforeProgress('Review of Parking Charges: complete')).toEqual({
      name: 'Review of Parking Charges',
      progress: 'complete',
    })
  })

  it('keeps a theme before its action, and a sentence with a colon', () => {
    expect(nameBeforeProgress('Staff Recruitment: advertise every post on the jobs board')).toBeNull()
    expect(nameBeforeProgress('We will report on two things: costs and uptake')).toBeNull()
  })

  it('titles each numbered strategy of a quarterly update by its name', () => {
    const { plan } = tableToPlan([
      ['Third quarter update on the town plan'],
      ['• Strategy #1: Volunteer Drivers Scheme: recruiting has begun in two wards.'],
      ['• Strategy #2: Review of Parking Charges: completed'],
      ['• Strategy #3: Riverside Lighting Upgrade: the contractor starts in January.'],
    ])
    expect(plan.actions.map((action) => [action.ref, action.title, action.status.state])).toEqual([
      ['1', 'Volunteer Drivers Scheme', 'in-progress'],
      ['2', 'Review of Parking Charges', 'complete'],
      ['3', 'Riverside Lighting Upgrade', 'unknown'],
    ])
  })
})
