import { describe, expect, it } from 'vitest'
import { tableToPlan } from './tableToPlan'

// A progress page whose bullets report work done with irregular participles.
describe('statusFromPresentPerfect: irregular participles', () => {
  it.each([
    ['Student reps have fed back on the new induction handbook.', 'complete'],
    ['The technician forum has met with every head of department.', 'complete'],
    ['Invitations have been sent to all partner colleges.', 'complete'],
    ['A workload model has been drawn up with the unions.', 'complete'],
    ['We will send the survey to all partner colleges.', 'unknown'],
  ])('%s', (line, state) => {
    const { plan } = tableToPlan([
      ['Progress on our equality plan'],
      ['• A new mentoring scheme has been launched for technicians.'],
      [`• ${line}`],
      ['• We will review the scheme in the spring.'],
    ])
    expect(plan.actions.find((a) => a.title.startsWith(line.slice(0, 20)))?.status.state).toBe(state)
  })
})
