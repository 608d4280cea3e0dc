import { describe, expect, it } from 'vitest'
import { readOwnerLabelledSections } from './readOwnerLabelledSections'
import { tableToPlan } from './tableToPlan'

describe('sections each opened by a heading and an owner label line', () => {
  const rows = [
    ['Platform roadmap'],
    ['Field', 'Detail'],
    ['Nickname', 'Harbour'],
    ['Delivery date', 'Friday, 12 September, 2025'],
    ['Booking service'],
    ['DRI: @ana, @raj'],
    ['Repo: booking-api'],
    ['Write the schema for a booking request'],
    ['Add a sandbox endpoint for partners'],
    ['Public web site'],
    ['DRI: @lee'],
    ['Build: @kim'],
    ['The first release should cover these pages:'],
    ['A landing page that states the mission'],
    ['A careers page, with a form for candidates'],
  ]

  it('reads each line under a section as an action owned by its label, dated once for the page', () => {
    const { plan } = tableToPlan(rows)
    expect(plan.actions.map((a) => [a.title, a.owners, a.target.due])).toEqual([
      ['Write the schema for a booking request', ['@ana', '@raj'], '2025-09-12'],
      ['Add a sandbox endpoint for partners', ['@ana', '@raj'], '2025-09-12'],
      ['A landing page that states the mission', ['@lee', '@kim'], '2025-09-12'],
      ['A careers page, with a form for candidates', ['@lee', '@kim'], '2025-09-12'],
    ])
  })

  it('reads "Owner:" and "Lead:" labels as well, with no date when the page gives none', () => {
    const read = readOwnerLabelledSections([
      ['Team goals'],
      ['Data catalogue'],
      ['Owner: Research IT'],
      ['Index every shared drive'],
      ['Training'],
      ['Lead: Head of Learning'],
      ['Run two workshops on data sharing'],
    ])
    expect(read?.rows.slice(1)).toEqual([
      ['Action', 'Owner', 'Target date', 'Section'],
      ['Index every shared drive', 'Research IT', '', 'Data catalogue'],
      ['Run two workshops on data sharing', 'Head of Learning', '', 'Training'],
    ])
  })

  it('leaves a page with one labelled section, a section with no lines, or a table below the headings', () => {
    expect(readOwnerLabelledSections(rows.slice(0, 9))).toBeNull()
    expect(readOwnerLabelledSections([...rows.slice(0, 9), ['Public web site'], ['DRI: @lee']])).toBeNull()
    expect(readOwnerLabelledSections([...rows, ['Budget', '£4,000']])).toBeNull()
  })

  it('adds a further label line of handles as the other readers of handles read them, and nothing else', () => {
    const read = readOwnerLabelledSections([
      ['Roadmap'],
      ['Mail relay'],
      ['DRI: @ana'],
      ['Review: @kim and @lee'],
      ['Move the relay to the new host'],
      ['Status page'],
      ['DRI: @raj'],
      ['Tags: @-draft, @_wip'],
      ['Publish the uptime figures'],
    ])
    expect(read?.rows.slice(1).map((row) => row[1])).toEqual(['Owner', '@ana, @kim and @lee', '@raj'])
  })

  it('reads a page of 10,000 sections', () => {
    const page: string[][] = [['Roadmap']]
    for (let i = 0; i < 10_000; i++)
      page.push([`Project ${i}`], [`DRI: @dev${i}`], [`Ship the feature ${i} to users`])
    expect(readOwnerLabelledSections(page)?.rows.length).toBe(10_002)
  })
})

describe('records of label lines are not owner-labelled sections', () => {
  it('leaves an owner label that follows another label line, not a heading', () => {
    expect(
      readOwnerLabelledSections([
        ['Plan'],
        ['Archive mirror'],
        ['ticket: A12'],
        ['lead: sam'],
        ['Copy the archive nightly'],
        ['Search index'],
        ['ticket: A13'],
        ['lead: kit'],
        ['Rebuild the index weekly'],
      ]),
    ).toBeNull()
  })
})
