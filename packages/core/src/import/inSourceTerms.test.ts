import { describe, expect, it } from 'vitest'
import { tableToPlan } from './tableToPlan'

describe('the explanation of a page a layout reader rewrote', () => {
  it("names a one-column page's column as the actions' titles, and the other fields its lines give", () => {
    const { plan, explanation } = tableToPlan([
      ['Estates forum call'],
      ['Actions from the last meeting'],
      ['- AI: Rosa to book the lift inspection'],
      ['  - DONE'],
      ['- AI: Dev: chase the quote for the ramp'],
      ['  - NOT DONE the supplier has not replied'],
    ])
    expect(plan.actions).toHaveLength(2)
    expect(explanation.columns).toEqual([
      expect.objectContaining({
        column: 1,
        header: '',
        field: 'title',
        evidence: expect.stringMatching(/also give .*owners/),
      }),
    ])
    // The flattened table's made-up header is not evidence about the page.
    expect(explanation.columns[0]!.evidence).not.toContain('header "')
  })
})
