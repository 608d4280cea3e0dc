import { describe, expect, it } from 'vitest'
import { tableToPlan } from './tableToPlan'

describe('an action whose text says its work has started', () => {
  it('is in progress after the opening sentence; not when the work is only looked into, nor when the title opens so', () => {
    const { plan, issues } = tableToPlan([
      ['Known problems with the booking site'],
      [
        '1. Date pickers cannot be used with a keyboard. We have started replacing them and plan to finish by May 2025.',
      ],
      ["2. Some buttons lack labels. We've begun to add them, with a fix due in June 2025."],
      ['3. Error pages have no heading. We are looking into this and plan to fix it by July 2025.'],
      ['4. We have started to review the colour contrast of every page, by August 2025.'],
    ])
    expect(plan.actions.map((a) => [a.ref, a.status.state])).toEqual([
      ['1', 'in-progress'],
      ['2', 'in-progress'],
      ['3', 'unknown'],
      ['4', 'unknown'],
    ])
    expect(issues.filter((issue) => issue.message.includes('work has started'))).toHaveLength(1)
  })
})
