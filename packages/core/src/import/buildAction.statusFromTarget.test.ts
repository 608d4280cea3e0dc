import { describe, expect, it } from 'vitest'
import { tableToPlan } from './tableToPlan'

describe('"Completed" in the target cell beside a status cell of prose that names no state', () => {
  const rows = [
    ['Action', 'Lead', 'Deadline', 'Progress'],
    [
      'Appoint a radiation protection supervisor',
      'Lab Manager',
      'Completed',
      'Supervisor appointed and trained',
    ],
    ['Fit new fume cupboard sashes', 'Estates', 'March 2026', 'Contractor booked'],
    ['Review the glassware budget', 'Finance', 'Completed', 'On hold until the audit'],
  ]

  it('reads the action as complete, keeps the prose as the note, and says so', () => {
    const { plan, issues } = tableToPlan(rows)
    const [appointed, sashes, budget] = plan.actions
    expect(appointed?.status.state).toBe('complete')
    expect(appointed?.status.text).toBe('Completed: Supervisor appointed and trained')
    expect(appointed?.status.note).toBe('Supervisor appointed and trained')
    expect(issues.find((issue) => issue.code === 'status-from-target')?.row).toBe(2)
    // A date in the target gives no state; a status cell that names a state keeps it.
    expect(sashes?.status.state).toBe('unknown')
    expect(budget?.status.state).toBe('on-hold')
  })
})
