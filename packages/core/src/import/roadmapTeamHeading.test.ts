import { describe, expect, it } from 'vitest'
import { roadmapTeamHeading } from './roadmapTeamHeading'
import { tableToPlan } from './tableToPlan'

describe('roadmapTeamHeading', () => {
  it('reads a heading as a team when the remit below it names the heading again', () => {
    expect(
      roadmapTeamHeading(
        'Open Data Service',
        'The Open Data Service team publishes the council’s datasets each week.',
      ),
    ).toBe('Open Data Service')
  })

  it.each([
    ['Accessibility', 'We fixed the contrast of every button on the site and on the forms.'],
    ['Open Data Service', 'Open Data Service'],
    [
      'Things we will review after the pilot ends next year',
      'Things we will review after the pilot ends next year are listed.',
    ],
  ])('reads no team from "%s" over "%s"', (heading, remit) => {
    expect(roadmapTeamHeading(heading, remit)).toBeNull()
  })

  it('gives each item of a roadmap grouped by team its team as owner, and keeps the remits out of the items', () => {
    const { plan } = tableToPlan([
      ['Portfolio roadmap'],
      ['Spring 2031'],
      ['Booking Service'],
      ['The Booking Service team makes it easy to book a room or a desk online.'],
      ['Recently completed'],
      ['desk booking for every library'],
      ['Up next'],
      ['room booking in the staff app'],
      ['Data Platform'],
      ['Our job is to run the Data Platform that every other team reports from.'],
      ['Recently completed'],
      ['moving the nightly loads to the new cluster'],
      ['Up next'],
      ['a public catalogue of the datasets'],
    ])
    expect(plan.actions.map((a) => [a.title, a.owners, a.status.state])).toEqual([
      ['desk booking for every library', ['Booking Service'], 'complete'],
      ['room booking in the staff app', ['Booking Service'], 'not-started'],
      ['moving the nightly loads to the new cluster', ['Data Platform'], 'complete'],
      ['a public catalogue of the datasets', ['Data Platform'], 'not-started'],
    ])
  })
})
