import { describe, expect, it } from 'vitest'
import { leadInChargeOf, readSectionsNamingTheirLead } from './readSectionsNamingTheirLead'
import { tableToPlan } from './tableToPlan'

describe('the lead a section’s paragraph names as in charge of its work', () => {
  it.each([
    ['Readers need one catalogue. The Catalogue group is in charge of this project.', 'Catalogue group'],
    ['Estates team is responsible for this work.', 'Estates team'],
    ['The Web and Apps teams are leading this workstream, with help from design.', 'Web and Apps teams'],
    ['This workstream is led by the Records group.', 'Records group'],
    ['This project will be owned by Finance.', 'Finance'],
  ])('%s → %s', (paragraph, lead) => {
    expect(leadInChargeOf(paragraph)).toBe(lead)
  })

  it.each([
    'The group is in charge of lunches.',
    'Nobody is responsible for this work yet.',
    'We are in charge of our own future.',
  ])('names no lead in "%s"', (paragraph) => {
    expect(leadInChargeOf(paragraph)).toBeNull()
  })
})

describe('work sections, each a heading over a paragraph naming its lead, then its deliverables', () => {
  const rows = [
    ['Archive service roadmap'],
    ['Our workstreams'],
    ['Cataloguing: phase 2'],
    ['Researchers cannot find half of what we hold.'],
    ['The Catalogue group is in charge of this project. Its plan is on the wiki.'],
    ['Item-level records for the estate papers'],
    ['One search across the map and print stores'],
    ['Reading room'],
    ['This work is led by the Visitor Services team.'],
    ['Longer opening on Thursdays.'],
    ['A booking form that works on phones'],
  ]

  it('reads each line under the paragraph as an action owned by the lead it names, under its heading', () => {
    const { plan } = tableToPlan(rows)
    expect(plan.actions.map((a) => [a.title, a.owners, a.section])).toEqual([
      ['Item-level records for the estate papers', ['Catalogue group'], 'Cataloguing: phase 2'],
      ['One search across the map and print stores', ['Catalogue group'], 'Cataloguing: phase 2'],
      ['Longer opening on Thursdays.', ['Visitor Services team'], 'Reading room'],
      ['A booking form that works on phones', ['Visitor Services team'], 'Reading room'],
    ])
  })

  it('needs two sections that name their lead, each over an item', () => {
    expect(readSectionsNamingTheirLead(rows.slice(0, 7))).toBeNull()
    expect(
      readSectionsNamingTheirLead([
        ['Roadmap'],
        ['Cataloguing'],
        ['The Catalogue group is in charge of this project.'],
        ['Reading room'],
        ['The Visitor Services team is in charge of this project.'],
        ['Longer opening on Thursdays'],
      ]),
    ).toBeNull()
  })
})
