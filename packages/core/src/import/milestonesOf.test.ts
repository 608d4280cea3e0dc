import { describe, expect, it } from 'vitest'
import { milestonesOf } from './milestonesOf'
import { tableToPlan } from './tableToPlan'

describe('milestonesOf', () => {
  it('gives the milestones listed in an action cell, up to the next label', () => {
    expect(
      milestonesOf(
        'Open a tool library. Milestones: o Lease signed by May 2031 o Doors open by Winter 2031 Targets: o 300 members',
      ),
    ).toBe('o Lease signed by May 2031 o Doors open by Winter 2031')
    expect(milestonesOf('Open a tool library by May 2031.')).toBeNull()
  })

  it('dates the action by its own milestones, not by when its success measure is counted', () => {
    const { plan } = tableToPlan([
      ['Action and milestones', 'Success measures'],
      [
        'Open a tool library in the old depot.\nMilestones:\no Lease signed by March 2031\no Doors open by June 2031',
        'Targets:\no 300 members by March 2033',
      ],
      [
        'Run repair cafés monthly.\nMilestones:\no First café by April 2031',
        'Targets:\no 12 cafés held by April 2032',
      ],
    ])
    expect(plan.actions.map((action) => action.target.due)).toEqual(['2031-06-30', '2031-04-30'])
  })
})
