import { describe, expect, it } from 'vitest'
import { tableToPlan } from './tableToPlan'

describe('a success measure that says what is to be completed, and when', () => {
  it('reads the date as when the action is due, not as a report that it was done', () => {
    const { plan } = tableToPlan([
      ['Action', 'Success measures'],
      [
        'Train every line manager in flexible working',
        'All line managers have completed the course, end 2025.',
      ],
      ['Review the appraisal form', 'New form in use by April 2026'],
    ])
    expect(plan.actions.map((a) => [a.target.kind, a.target.due, a.status.state])).toEqual([
      ['due', '2025-12-31', 'unknown'],
      ['due', '2026-04-30', 'unknown'],
    ])
  })
})
