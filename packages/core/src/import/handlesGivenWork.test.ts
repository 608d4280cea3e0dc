import { describe, expect, it } from 'vitest'
import { handlesGivenWork } from './handlesGivenWork'
import { tableToPlan } from './tableToPlan'

describe('work group notes giving work to people by their handles', () => {
  it('reads the handles before "to", "will" or "continuing to" as the owners', () => {
    expect(handlesGivenWork('@ana and @bo to review the draft')).toEqual({
      owners: ['@ana', '@bo'],
      ongoing: false,
    })
    expect(handlesGivenWork('@ana continuing to work on new pages')).toEqual({
      owners: ['@ana'],
      ongoing: true,
    })
    expect(handlesGivenWork('Big queue - @ana, @bo and @cy to meet this week')?.owners).toEqual([
      '@ana',
      '@bo',
      '@cy',
    ])
    expect(handlesGivenWork('Thanks to @ana for the review')).toBeNull()
    expect(handlesGivenWork('@ana said the build is green')).toBeNull()
  })

  it('reads each such line of dated notes as an action, even one naming "next steps"', () => {
    const { plan } = tableToPlan([
      ['Docs group - notes'],
      ['14-May-2031'],
      ['Attendees'],
      ['@ana'],
      ['@bo'],
      ['Agenda'],
      ['[x] Review the help-wanted board'],
      ['@ana to figure out next steps with the support team'],
      ['@bo to review the style guide'],
      ['7-May-2031'],
      ['Agenda'],
      ['@bo continuing to work on the new pages'],
      ['Nothing else to report'],
    ])
    expect(plan.actions.map((a) => [a.title, a.owners, a.status.state])).toEqual([
      ['@ana to figure out next steps with the support team', ['@ana'], 'unknown'],
      ['@bo to review the style guide', ['@bo'], 'unknown'],
      ['@bo continuing to work on the new pages', ['@bo'], 'in-progress'],
    ])
  })
})
