import { describe, expect, it } from 'vitest'
import { addressesReaderAboutPlan } from './addressesReaderAboutPlan'
import { tableToPlan } from './tableToPlan'

describe('addressesReaderAboutPlan', () => {
  it.each([
    'Our equality action plan sets out the steps we will take over four years.',
    'The full plan is on our website. If you would like a printed copy, please contact the EDI office.',
    'A summary of each theme follows; you can download the whole document below.',
    'This is a backlog of requests the web team has agreed to look at. Raise new ones at stand-up.',
    'This is our roadmap for the coming year.',
  ])('%s introduces the plan', (text) => {
    expect(addressesReaderAboutPlan(text)).toBe(true)
  })

  it.each([
    'Review the promotion criteria with the staff network',
    'Publish the gender pay gap report each March and contact every department head about it',
    'Plan a series of lunchtime talks on inclusive teaching',
  ])('%s is an action', (text) => {
    expect(addressesReaderAboutPlan(text)).toBe(false)
  })

  it('leaves the introduction above a web summary of actions out, and keeps such words in an action', () => {
    const { plan } = tableToPlan([
      [
        'Our race equality plan describes what the library will change by 2027. You can read the full plan below.',
      ],
      ['Race equality action plan'],
      ['Staff'],
      ['Offer reverse mentoring to senior managers. Success criteria: twenty pairs by 2026.'],
      ['Publish the ethnicity pay gap. If you would like to help, contact the data team.'],
    ])
    expect(plan.actions.map((action) => action.title.slice(0, 30))).toEqual([
      'Offer reverse mentoring to sen',
      'Publish the ethnicity pay gap.',
    ])
  })
})
