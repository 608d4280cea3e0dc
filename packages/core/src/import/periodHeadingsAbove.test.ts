import { describe, expect, it } from 'vitest'
import { createPeriodHeadingsAbove, leadInYear } from './periodHeadingsAbove'
import { tableToPlan } from './tableToPlan'

describe('a period heading the page dates the tasks under the group headings below it', () => {
  it('keeps each period for the rows below it, until the next', () => {
    const periods = createPeriodHeadingsAbove({})
    periods.see(2, 'Q1 2031')
    periods.see(3, 'Faster releases')
    periods.see(8, 'Q2 2031')
    expect(periods.periodAt(2)).toBeNull()
    expect(periods.periodAt(5)?.due).toBe('2031-03-31')
    expect(periods.periodAt(9)?.due).toBe('2031-06-30')
  })

  it('takes the first period above the header, and the lines after it, as headings of the page', () => {
    const periods = createPeriodHeadingsAbove({ referenceDate: '2031-01-01' })
    periods.seeAboveHeader([
      { row: 2, text: 'Where the portal is going next' },
      { row: 3, text: 'June & July' },
      { row: 4, text: 'Accounts' },
    ])
    periods.see(9, 'Notifications')
    periods.see(13, 'August & September')
    expect(periods.periodAt(3)).toBeNull()
    expect(periods.periodAt(6)?.due).toBe('2031-07-31')
    expect(periods.periodAt(11)?.due).toBe('2031-07-31')
    expect(periods.periodAt(15)?.due).toBe('2031-09-30')
  })

  it('passes over the lines above the header when none of them is a period', () => {
    const periods = createPeriodHeadingsAbove({})
    periods.seeAboveHeader([{ row: 2, text: 'Accounts' }])
    periods.see(5, 'Q1 2031')
    expect(periods.periodAt(7)?.due).toBe('2031-03-31')
  })

  it('leaves periods that sit under headings of another kind to those headings', () => {
    const periods = createPeriodHeadingsAbove({})
    periods.see(2, 'Stage one: Design')
    periods.see(3, 'Q1 2031')
    expect(periods.periodAt(5)).toBeNull()
  })

  it('dates the key results under each objective of a quarter', () => {
    const { plan } = tableToPlan([
      ['Platform team objectives'],
      ['We set objectives each quarter and measure them by their key results.'],
      ['2031 Q1'],
      ['Releases are boring'],
      ['- Every release is cut by one command'],
      ['- Roll back any release within ten minutes'],
      ['Newcomers feel at home'],
      ['- Answer every first issue within two days'],
      ['2031 Q2'],
      ['Releases are boring'],
      ['- Publish release notes on the day of release'],
    ])
    expect(plan.actions.map((a) => [a.title.slice(0, 20), a.target.due])).toEqual([
      ['Every release is cut', '2031-03-31'],
      ['Roll back any releas', '2031-03-31'],
      ['Answer every first i', '2031-03-31'],
      ['Publish release note', '2031-06-30'],
    ])
  })
})

// A team's page whose own name is set above the objectives' title, its introduction and the quarter.
describe('a title line above the quarterly objectives page', () => {
  it('still dates the key results under each objective by the quarter', () => {
    const { plan } = tableToPlan([
      ['Delivery team handbook'],
      [''],
      ['This page gathers what the delivery team plans and how it reports on it.'],
      ['Team objectives'],
      ['Each quarter we name a few objectives and judge them by measurable key results.'],
      ['2031 Q3'],
      ['Deployments are routine'],
      ['- Every service deploys from the main branch'],
      ['- A failed deploy rolls back without a person'],
      ['2031 Q4'],
      ['Deployments are routine'],
      ['- Publish deploy times on the status page'],
    ])
    expect(plan.actions.map((a) => [a.title.slice(0, 20), a.target.due])).toEqual([
      ['Every service deploy', '2031-09-30'],
      ['A failed deploy roll', '2031-09-30'],
      ['Publish deploy times', '2031-12-31'],
    ])
  })

  it('keeps a heading over a period for its own tasks when no introduction follows the heading', () => {
    const periods = createPeriodHeadingsAbove({})
    periods.see(2, 'Stage one: Design')
    periods.see(3, 'Q1 2031')
    periods.see(4, 'We will interview residents about the new park before drawing any plans.')
    expect(periods.periodAt(6)).toBeNull()
  })

  it('reads a heading over its introduction as the page title, the period below it heading the page', () => {
    const periods = createPeriodHeadingsAbove({})
    periods.see(2, 'Team objectives')
    periods.see(3, 'Each quarter we name a few objectives and judge them by measurable key results.')
    periods.see(4, 'Q1 2031')
    periods.see(5, 'Deployments are routine')
    expect(periods.periodAt(7)?.due).toBe('2031-03-31')
  })
})

// A council's climate plan: a heading and a paragraph, then a lead-in naming the year, then theme headings over
// the work planned for that year.
describe('a lead-in naming the year over theme headings', () => {
  it('dates every item under the themes below it by the end of that year', () => {
    const { plan } = tableToPlan([
      ['Climate plan: first milestones'],
      ['Buildings and transport'],
      ['We will publish new milestones every spring as the plan develops.'],
      ['In 2031 we will deliver the following work, grouped by theme:'],
      ['Warmer council homes'],
      ['- fit heat pumps in the first two tower blocks'],
      ['Cleaner journeys'],
      ['- open four new charging hubs in the town centre'],
      ['- replace the oldest refuse lorries with electric ones'],
    ])
    // The items below the lead-in; the lines above it are the plan's frame, read as the page's other rules say.
    expect(plan.actions.slice(-3).map((a) => [a.title, a.target.due])).toEqual([
      ['fit heat pumps in the first two tower blocks', '2031-12-31'],
      ['open four new charging hubs in the town centre', '2031-12-31'],
      ['replace the oldest refuse lorries with electric ones', '2031-12-31'],
    ])
  })

  it('reads only a lead-in that opens with one year and ends in a colon', () => {
    expect(leadInYear('During 2031, the team will:', {})?.due).toBe('2031-12-31')
    expect(leadInYear('In 2031 we reviewed the plan.', {})).toBeNull()
    expect(leadInYear('In 2031-32 we will:', {})).toBeNull()
    expect(leadInYear('We will, in 2031, do the following:', {})).toBeNull()
    expect(leadInYear(`In 2031 ${'we will '.repeat(40_000)}:`, {})).toBeNull()
  })
})

describe("a quarter's heading below the plan's own period", () => {
  it('dates the tables below it, a page date there never', () => {
    const quarter = tableToPlan([
      ['Plan de travail'],
      ['2031/2032'],
      ['2e trimestre : avril 2031 à juin 2031'],
      ['Ateliers'],
      ['Activité', 'Statut'],
      ['Atelier avec les écoles', 'Prévu'],
      ['Visite du musée', 'En cours'],
    ])
    expect(quarter.plan.actions.map((a) => a.target.due)).toEqual(['2031-06-30', '2031-06-30'])
    const stamped = tableToPlan([
      ['Work plan'],
      ['2031/2032'],
      ['March 2031'],
      ['Activity', 'Status'],
      ['Run the school workshops', 'Planned'],
      ['Visit the museum', 'In progress'],
    ])
    expect(stamped.plan.actions.map((a) => a.target.due)).toEqual([null, null])
  })
})
