import { describe, expect, it } from 'vitest'
import { peelRef } from './peelRef'
import { tableToPlan } from './tableToPlan'

describe('peelRef: a label naming its theme before the item word ("Technician Objective 2:")', () => {
  it('peels the number as the ref', () => {
    expect(peelRef('Technician Objective 2: We will open a skills register.')).toEqual({
      ref: '2',
      rest: 'We will open a skills register.',
    })
    expect(peelRef('Strategic Priority 3.1: Grow the apprentice scheme')).toEqual({
      ref: '3.1',
      rest: 'Grow the apprentice scheme',
    })
  })

  it('leaves a sentence that mentions an action by number', () => {
    expect(peelRef('Deliver action 3: the new forum')).toBeNull()
    expect(peelRef('Complete Action 4 of the last plan')).toBeNull()
  })

  it('reads each labelled objective on a one-column page as an action with its number', () => {
    const { plan } = tableToPlan([
      ['Our technician objectives'],
      ['Technician Objective 1: We will give every technician a yearly career conversation.'],
      ['Managers will be trained to hold the conversations.'],
      ['Technician Objective 2: We will publish the technical job families on our careers page.'],
      ['The families were agreed with the unions last year.'],
    ])
    const labelled = plan.actions.filter((action) => action.ref !== null)
    expect(labelled.map((action) => [action.ref, action.title])).toEqual([
      ['1', 'We will give every technician a yearly career conversation.'],
      ['2', 'We will publish the technical job families on our careers page.'],
    ])
  })
})
