import { describe, expect, it } from 'vitest'
import { readObligationsByParty } from './readObligationsByParty'
import { tableToPlan } from './tableToPlan'

describe('obligations grouped by who must act, under dated milestone lead-ins', () => {
  const rows = [
    ['What the open-maps directive asks'],
    ['The directive was adopted on 3 March 2031 and asks the council and schools to act in two stages.'],
    ['Stage one'],
    ['Six weeks on from adoption. By April 14, the following must be in place:'],
    ['- The Council must:'],
    ['- Publish the walking-routes map'],
    ['- Open a feedback form for:'],
    ['- Residents with limited mobility'],
    ['- Schools must:'],
    ['- Name a travel lead'],
    ['Stage two and after'],
    ['Once the first stage is done, the work goes on. In general, schools should plan to:'],
    ['- Review their routes each year.'],
  ]

  it('gives each item the party and the deadline above it, the year from the opening lines', () => {
    const { plan } = tableToPlan(rows)
    expect(plan.actions.map((a) => [a.title, a.owners, a.target.due])).toEqual([
      ['Publish the walking-routes map', ['The Council'], '2031-04-14'],
      ['Residents with limited mobility', ['The Council'], '2031-04-14'],
      ['Name a travel lead', ['Schools'], '2031-04-14'],
      ['Review their routes each year.', ['schools'], null],
    ])
  })

  it('needs two lead-ins naming a party; "We will:" names none', () => {
    expect(readObligationsByParty(rows.slice(0, 8))).toBeNull()
    expect(readObligationsByParty([['We will:'], ['- Publish'], ['The plan will:'], ['- Review']])).toBeNull()
  })
})
