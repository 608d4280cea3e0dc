import { describe, expect, it } from 'vitest'
import { readDeliverablesUnderMilestones } from './readDeliverablesUnderMilestones'
import { tableToPlan } from './tableToPlan'

describe('milestone headings over labelled parts, one a list of deliverables', () => {
  const rows = [
    ['Archive service roadmap'],
    ['These stages are ordered by value, not by date.'],
    ['Milestone: Open the catalogue'],
    ['Value delivered:'],
    ['Readers can search the holdings from home, and staff can:'],
    ['Answer questions without a visit'],
    ['Key deliverables:'],
    ['(60% ✅) Search page for the printed collections'],
    ['(discovery) Ordering form for copies'],
    ['(done) Reader accounts'],
    ['Milestone: Digitise the maps'],
    ['Why it matters:'],
    ['Most enquiries are about the estate maps.'],
    ['Deliverables:'],
    ['- Scan the tithe maps (first batch)'],
    ['- (see annex) Licence terms for reuse'],
    ['Milestone: Status pages and alerts'],
    ['Deliverables:'],
    ['Status emails for orders'],
    ['Status page for the reading room'],
  ]

  it('reads each deliverable as an action sectioned by its milestone, leaving the other labelled parts out', () => {
    const { plan } = tableToPlan(rows)
    expect(plan.actions.map((a) => [a.title, a.status.state, a.status.percent, a.section])).toEqual([
      ['Search page for the printed collections', 'in-progress', 60, 'Open the catalogue'],
      ['Ordering form for copies', 'in-progress', null, 'Open the catalogue'],
      ['Reader accounts', 'complete', null, 'Open the catalogue'],
      ['Scan the tithe maps (first batch)', 'unknown', null, 'Digitise the maps'],
      ['(see annex) Licence terms for reuse', 'unknown', null, 'Digitise the maps'],
      ['Status emails for orders', 'unknown', null, 'Status pages and alerts'],
      ['Status page for the reading room', 'unknown', null, 'Status pages and alerts'],
    ])
  })

  it.each([
    ['Phase 1: Pilot', 'Phase 2: Roll out', 'Outputs:'],
    ['Release: Spring', 'Release: Autumn', 'Tasks:'],
    ['Stage 1: Alpha', 'Stage 2: Beta', 'Planned work packages:'],
  ])('reads headings "%s" and "%s" over a "%s" label', (first, second, label) => {
    const read = readDeliverablesUnderMilestones([
      ['Plan'],
      [first],
      [label],
      ['(prototyping/testing) Write the guide'],
      [second],
      ['Goal:'],
      ['Everyone uses it.'],
      [label],
      ['Train the desk staff'],
    ])
    expect(read?.rows.slice(1)).toEqual([
      ['Action', 'Status', 'Section'],
      ['Write the guide', 'prototyping/testing – In progress', first.slice(first.indexOf(':') + 2)],
      ['Train the desk staff', '', second.slice(second.indexOf(':') + 2)],
    ])
  })

  it('reads a milestone number of any length as an item number, but a year after the label heads no milestone', () => {
    const page = (first: string, second: string) => [
      ['Works programme'],
      [first],
      ['Tasks:'],
      ['Survey the east wing'],
      [second],
      ['Tasks:'],
      ['Replace the boilers'],
    ]
    expect(
      readDeliverablesUnderMilestones(page('Stage 1199: Survey', 'Stage 1200: Heating'))?.rows.slice(2),
    ).toEqual([
      ['Survey the east wing', '', 'Survey'],
      ['Replace the boilers', '', 'Heating'],
    ])
    expect(readDeliverablesUnderMilestones(page('Stage 2029: Survey', 'Stage 2030: Heating'))).toBeNull()
  })

  it('leaves one milestone, a milestone with no deliverables, or a page with a table row', () => {
    expect(readDeliverablesUnderMilestones(rows.slice(0, 10))).toBeNull()
    expect(
      readDeliverablesUnderMilestones([...rows, ['Milestone: Later'], ['Value delivered:'], ['More.']]),
    ).toBeNull()
    expect(readDeliverablesUnderMilestones([...rows, ['Budget', '£4,000']])).toBeNull()
  })

  it('reads a page of 10,000 milestones', () => {
    const page: string[][] = [['Roadmap']]
    for (let i = 0; i < 10_000; i++)
      page.push(
        [`Milestone: Part ${i}`],
        ['Value delivered:'],
        [`Text ${i}.`],
        ['Deliverables:'],
        [`(5${i % 10}% ✅) Item ${i}`],
      )
    page.push([`Milestone: ${'a'.repeat(50_000)}`], ['Deliverables:'], [`(${'('.repeat(30_000)} x`])
    const read = readDeliverablesUnderMilestones(page)
    expect(read?.rows.length).toBe(10_004)
  })
})
