import { describe, expect, it } from 'vitest'
import { ownerOfLaterSentence } from './ownerOfLaterSentence'
import { tableToPlan } from './tableToPlan'

describe('ownerOfLaterSentence', () => {
  it.each([
    ['Bike stores. Residents asked for more. Priya will bring costs to the next panel.', ['Priya']],
    ['Hedges need cutting back. The Site Committee will book a contractor.', ['Site Committee']],
    ['Hedges need cutting back. She will also ask the council.', []],
    ['Open days. Meetings will continue to be held monthly.', []],
    ['Priya will bring costs to the next panel.', []],
    [
      'Room bookings – A member asked about the evening rate. The Clerk agreed to check it with the venue.',
      ['Clerk'],
    ],
    [
      'Parking. Two permits are unused. The Facilities Manager undertook to reissue them.',
      ['Facilities Manager'],
    ],
    ['Website. Pages are out of date. Tomasz volunteered to update the events page.', ['Tomasz']],
    ['Website. Pages are out of date. It was agreed to update the events page.', []],
    ['RT proposed a new noticeboard by the gate, which was agreed. RT to get quotes.', ['RT']],
    ['MO raised the state of the tea urn - PL to look into it.', ['PL']],
    ['The raffle needs more prizes – JB and SK to ask local shops for donations.', ['JB', 'SK']],
    ['The lease was discussed. PL to be consulted before it is signed.', []],
  ])('reads %j as %j', (title, owners) => {
    expect(ownerOfLaterSentence(title)).toEqual(owners)
  })

  it('gives an action of a one-column list its owner when no column names one', () => {
    const { plan } = tableToPlan([
      ['Actions agreed at the planning meeting'],
      ['1. Water supply The tap on the top field leaks. Morag will ask the water board to repair it.'],
      ['2. Composting Bays need new boards before spring.'],
      ['3. Open day We want a summer open day. The Events Team will pick a date in June.'],
    ])
    expect(plan.actions.map((action) => action.owners)).toEqual([['Morag'], [], ['Events Team']])
  })
})

describe('an item closed by who is to do it ("… Ana to do.")', () => {
  it.each([
    ['Draft a welcome page for new members. Priya to do.', ['Priya']],
    ['List the broken chairs, tables and urns, KT to do', ['KT']],
    ['Ask the brewery for a quote – Sam and Ola to action', ['Sam', 'Ola']],
    // Near misses: how much is left, and work that goes on after "to do".
    ['Tidy the store room before the sale. Lots to do.', []],
    ['Clear the gutters. Nothing to action', []],
    ['Review the rota. Ana to do the first draft with the wardens', []],
  ])('%s', (title, owners) => {
    expect(ownerOfLaterSentence(title)).toEqual(owners)
  })

  it('reads a long item of near misses in one look', () => {
    expect(ownerOfLaterSentence(`${'Lots to do, '.repeat(3000)}Lots to do.`)).toEqual([])
  })
})
