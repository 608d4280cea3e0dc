import { describe, expect, it } from 'vitest'
import { tableToPlan } from './tableToPlan'

// An assessment's action plan numbers each recommendation once, in a merged cell, and its actions "Action 1.1:",
// "Action 1.2:" in the action cells below it.
describe('actions numbered under a recommendation written once', () => {
  it('reads every action of the group by its own number, not only the first', () => {
    const { plan } = tableToPlan([
      ['#', 'Recommendation', 'Actions', 'Owner', 'Timescale'],
      ['1', 'Improve the induction', 'Action 1.1: Rewrite the induction pack', 'HG', 'May 26'],
      ['', '', 'Action 1.2: Pair each new technician with a buddy', 'HG', 'June 26'],
      ['', '', 'Action 1.3: Survey new starters after three months', 'All', 'Sept 26'],
      ['2', 'Share good practice', 'Action 2.1: Hold a termly show-and-tell', 'PR', 'July 26'],
    ])
    expect(plan.actions.map((a) => [a.ref, a.title])).toEqual([
      ['1.1', 'Rewrite the induction pack'],
      ['1.2', 'Pair each new technician with a buddy'],
      ['1.3', 'Survey new starters after three months'],
      ['2.1', 'Hold a termly show-and-tell'],
    ])
  })
})
