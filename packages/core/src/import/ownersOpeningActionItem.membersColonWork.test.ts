import { describe, expect, it } from 'vitest'
import { givesMembersColonWork } from './ownersOpeningActionItem'
import { tableToPlan } from './tableToPlan'

describe('notes giving listed attendees work as "Name: instruction" under any agenda heading', () => {
  const rows = [
    ['# Studio team meeting'],
    ['#### Attendees'],
    ['- Noor Haddad'],
    ['- Ivo'],
    ['- Bea'],
    ['### Kiln'],
    ['- The kiln shelf cracked last week.'],
    ['- Noor: Order a replacement shelf from the supplier.'],
    ['### Open day'],
    ['- Ivo: Book the hall for the open day.'],
    ['- Bea: Print the price cards.'],
    ['- Kiln: the new shelf is thinner than the old one'],
  ]

  it('reads each such line as its person’s action, titled by the work after the colon', () => {
    const { plan } = tableToPlan(rows)
    const owned = plan.actions.filter((a) => a.owners.length > 0).map((a) => [a.title, a.owners])
    expect(owned).toEqual([
      ['Order a replacement shelf from the supplier.', ['Noor']],
      ['Book the hall for the open day.', ['Ivo']],
      ['Print the price cards.', ['Bea']],
    ])
  })

  it('needs the names among those listed alone on their lines', () => {
    expect(givesMembersColonWork(rows)).toBe(true)
    // Topics before the colon, none of them a listed attendee: no one is given work so.
    expect(
      givesMembersColonWork([
        ['#### Attendees'],
        ['- Noor'],
        ['- Ivo'],
        ['- Website: Update the footer links'],
        ['- Kiln: Order a new shelf'],
        ['- Signage: Print the price cards'],
      ]),
    ).toBe(false)
  })
})
