import { describe, expect, it } from 'vitest'
import { statusFromLeadIn } from './statusFromLeadIn'
import { tableToPlan } from './tableToPlan'

describe('a lead-in reporting a state over group headings ("Our key achievements this year are set out below:")', () => {
  it('reads the achievements named in a long lead-in sentence', () => {
    expect(
      statusFromLeadIn(
        'Set out below are our main achievements (up to the end of March) since the strategy was adopted',
      )?.state,
    ).toBe('complete')
    expect(statusFromLeadIn('Set out below are the actions we will take next year')).toBeNull()
  })

  it('gives the state to the items under every group heading below it', () => {
    const { plan, issues } = tableToPlan([
      ['Sustainability report'],
      ['Set out below are our main achievements (up to the end of March) since the strategy was adopted:'],
      ['Buildings'],
      ['• Fitting LED lighting in the sports hall'],
      ['• Insulating the library roof'],
      ['Travel'],
      ['• Opening a secure bike store by the main gate'],
      ['Next steps'],
      ['• Publishing a travel plan for staff'],
    ])
    expect(plan.actions.map((a) => [a.title, a.status.state])).toEqual([
      ['Fitting LED lighting in the sports hall', 'complete'],
      ['Insulating the library roof', 'complete'],
      ['Opening a secure bike store by the main gate', 'complete'],
      ['Publishing a travel plan for staff', 'unknown'],
    ])
    expect(issues.filter((issue) => issue.code === 'status-from-heading').map((issue) => issue.row)).toEqual([
      4, 5, 7,
    ])
  })

  it('leaves items under groups alone when the lead-in reports no state', () => {
    const { plan } = tableToPlan([
      ['Sustainability plan'],
      ['Set out below are the projects for the coming year:'],
      ['Buildings'],
      ['• Fitting LED lighting in the sports hall'],
      ['Travel'],
      ['• Opening a secure bike store by the main gate'],
    ])
    expect(plan.actions.map((a) => a.status.state)).toEqual(['unknown', 'unknown'])
  })
})

describe('a heading that is a state over group headings ("Ongoing" over "Teaching", "Outreach")', () => {
  it('gives the state to the items under every group heading below it', () => {
    const { plan } = tableToPlan([
      ['Departmental inclusion work'],
      ['Ongoing'],
      ['Teaching'],
      ['• Reviewing every reading list for diversity of authors'],
      ['Outreach'],
      ['• Hosting a summer school for pupils from local schools'],
      ['Next steps'],
      ['• Publishing a yearly report'],
    ])
    expect(plan.actions.map((a) => [a.title, a.status.state])).toEqual([
      ['Reviewing every reading list for diversity of authors', 'ongoing'],
      ['Hosting a summer school for pupils from local schools', 'ongoing'],
      ['Publishing a yearly report', 'unknown'],
    ])
  })
})
