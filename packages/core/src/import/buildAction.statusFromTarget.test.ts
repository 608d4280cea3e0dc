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

describe('a target finished on a day and kept up since ("May 3, 2024 [DONE]⏎Ongoing checks")', () => {
  it('reads the action as complete, due that day', () => {
    const { plan } = tableToPlan([
      ['Activity', 'Lead', 'Compliance date'],
      ['Fit hearing loops at both reception desks', 'Facilities', 'May 3, 2024 [COMPLETED]\nOngoing'],
      ['Publish the feedback policy online', 'Comms', 'June 2026'],
    ])
    expect(plan.actions.map((a) => [a.status.state, a.target.due])).toEqual([
      ['complete', '2024-05-03'],
      ['unknown', '2026-06-30'],
    ])
  })
})

describe('"Ongoing" in a column headed for both timing and progress ("Timeline/Progress")', () => {
  it('reads the state as well, while "Ongoing" under a timing header alone gives none', () => {
    const both = tableToPlan([
      ['Outcome', 'Activities', 'Lead', 'Timeline/Progress'],
      ['Reports are on time', 'Draft the yearly review of bilingual services', 'Policy Unit', 'Ongoing'],
      ['', 'Send the review to the oversight board', 'Policy Unit', 'Annually'],
      ['', 'Train new managers on the language duties', 'HR', 'March 2031'],
    ])
    expect(both.plan.actions.map((a) => [a.status.state, a.target.due])).toEqual([
      ['ongoing', null],
      ['unknown', null],
      ['unknown', '2031-03-31'],
    ])
    expect(both.issues.filter((issue) => issue.code === 'status-from-target').map((i) => i.row)).toEqual([2])
    const timing = tableToPlan([
      ['Outcome', 'Activities', 'Lead', 'Timescale'],
      ['Reports are on time', 'Draft the yearly review of bilingual services', 'Policy Unit', 'Ongoing'],
      ['', 'Train new managers on the language duties', 'HR', 'March 2031'],
    ])
    expect(timing.plan.actions.map((a) => a.status.state)).toEqual(['unknown', 'unknown'])
  })
})
