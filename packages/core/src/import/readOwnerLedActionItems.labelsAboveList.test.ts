import { describe, expect, it } from 'vitest'
import { tableToPlan } from './tableToPlan'

// One page holding the notes of several meetings, the latest first: the latest marks its action points among the
// discussion ("ACTION: Name: …"), an earlier one reviews the last meeting's actions under a heading.
describe('action points labelled above the first list of action items', () => {
  it("reads the labelled lines above the list too, the label and the owner's colon left out of the title", () => {
    const { plan } = tableToPlan([
      ['Meeting notes'],
      ['2031-03-04'],
      ['Attendees:'],
      ['Rosa Lind'],
      ['Omar Haddad'],
      ['Website'],
      ['The donations page is out of date.'],
      ['ACTION: Rosa: update the donations page with the new bank details.'],
      ['Volunteers'],
      ['ACTION: Omar to send the rota to every volunteer'],
      ['2031-02-04'],
      ['Review actions from the last meeting:'],
      ['ACTION: Rosa to book the hall for the spring fair'],
      ['Omar to ask the council about the grant'],
      ['Other business'],
      ['The boiler was serviced.'],
    ])
    expect(plan.actions.map((a) => [a.title, a.owners])).toEqual([
      ['update the donations page with the new bank details.', ['Rosa']],
      ['Omar to send the rota to every volunteer', ['Omar']],
      ['Rosa to book the hall for the spring fair', ['Rosa']],
      ['Omar to ask the council about the grant', ['Omar']],
    ])
  })
})
