import { describe, expect, it } from 'vitest'
import { tableToPlan } from './tableToPlan'

describe('a timeline of period | milestone rows with no header', () => {
  it('reads its first row as a milestone, not as a header over the rows below', () => {
    const { plan } = tableToPlan([
      ['Library refurbishment timeline'],
      ['Below are the steps the project board agreed:'],
      ['March 2025 – June 2025', 'Survey readers and staff about the new layout'],
      ['September 2025', 'Appoint the architects for the refurbishment'],
      ['January 2026', 'Close the ground floor for the building works'],
    ])
    expect(plan.actions.map((a) => [a.title, a.target.due])).toEqual([
      ['Survey readers and staff about the new layout', '2025-06-30'],
      ['Appoint the architects for the refurbishment', '2025-09-30'],
      ['Close the ground floor for the building works', '2026-01-31'],
    ])
  })
})
