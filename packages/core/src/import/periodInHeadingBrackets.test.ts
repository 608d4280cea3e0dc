import { describe, expect, it } from 'vitest'
import { periodInHeadingBrackets } from './periodInHeadingBrackets'
import { tableToPlan } from './tableToPlan'

describe('periodInHeadingBrackets', () => {
  it.each([
    ['Actions Year One (2024-2025)', '2025-12-31'],
    ['Key Actions (2026-27)', '2027-07-31'],
    ['Year 2 (2025/26)', '2026-07-31'],
    ['Phase 1 (2030–2031):', '2031-12-31'],
    // A team's backlog dates each sprint so.
    ["Current Sprint (end of Sept'25)", '2025-09-30'],
    ['Next iteration (March 2026)', '2026-03-31'],
  ])('reads the bracketed period after a label of the work: %s', (heading, due) => {
    expect(periodInHeadingBrackets(heading, {})?.due).toBe(due)
  })

  it.each([
    'Review of the library (2025)',
    'Actions for the wider community (2024-2025)',
    'Year One (to be agreed)',
    '3 (2025)',
  ])('reads no period from a heading that names its subject, or brackets no period: %s', (heading) => {
    expect(periodInHeadingBrackets(heading, {})).toBeNull()
  })

  it("dates each bullet under a year's heading by that year, until the next heading", () => {
    const { plan } = tableToPlan([
      ['Library inclusion plan'],
      ['Action Plan:'],
      ['Actions Year One (2024-2025)'],
      ['• Audit the signage of every branch for plain language'],
      ['• Publish the audit on the library pages'],
      ['Actions Year Two (2025-2026)'],
      ['• Replace the signage the audit found unclear'],
    ])
    expect(plan.actions.map((a) => [a.title.slice(0, 20), a.target.due])).toEqual([
      ['Audit the signage of', '2025-12-31'],
      ['Publish the audit on', '2025-12-31'],
      ['Replace the signage ', '2026-12-31'],
    ])
  })

  it('reads a milestone labelled by its code, a note after the bracket allowed', () => {
    expect(periodInHeadingBrackets('Milestone B2 (2031/09/30)', {})?.due).toBe('2031-09-30')
    expect(periodInHeadingBrackets('Milestone B3 (2031/12/31) -> public beta', {})?.due).toBe('2031-12-31')
    expect(periodInHeadingBrackets('Milestone review (2031/12/31) -> public beta', {})).toBeNull()
    expect(periodInHeadingBrackets('Milestone B3 (2031/12/31) (moved)', {})).toBeNull()
  })
})
