import { describe, expect, it } from 'vitest'
import { tableToPlan } from './tableToPlan'

describe('a list of key steps, each closed by its bracketed status, some nearly through', () => {
  it('reads "(mostly complete)" and "(in final stages)" as under way and "(established)" as done', () => {
    const { plan } = tableToPlan([
      ['1. Agree the terms of reference (complete)'],
      ['2. Survey the residents (complete)'],
      ['3. Draft the design code (mostly complete)'],
      ['3a. Set up the steering group (established)'],
      ['4. Write the housing chapter (in final stages)'],
      ['5. Put the plan to a vote (not started)'],
    ])
    expect(plan.actions.map((a) => [a.title, a.status.state])).toEqual([
      ['Agree the terms of reference', 'complete'],
      ['Survey the residents', 'complete'],
      ['Draft the design code', 'in-progress'],
      ['Set up the steering group', 'complete'],
      ['Write the housing chapter', 'in-progress'],
      ['Put the plan to a vote', 'not-started'],
    ])
  })

  it('leaves a bracket that only names a stage of the work', () => {
    const { plan } = tableToPlan([
      ['1. Agree the terms of reference (complete)'],
      ['2. Survey the residents (complete)'],
      ['3. Draft the design code (final draft)'],
    ])
    expect(plan.actions[2]?.status.state).toBe('unknown')
  })
})
