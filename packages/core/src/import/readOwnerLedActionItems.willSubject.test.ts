import { describe, expect, it } from 'vitest'
import { tableToPlan } from './tableToPlan'

describe('an action whose subject before "will" is its owner, closed by a bracket of other words', () => {
  it('keeps the subject as the owner, and still reads a bracket of people after "to"', () => {
    const { plan } = tableToPlan([
      ['Tennis club AGM, 4 April'],
      ['Present: RB, KT, LM'],
      ['Action: RB to renew the court booking system'],
      ['Action: KT will price new nets for both courts (Slazenger)'],
      ['Action: Juniors to draft a summer timetable (Ken Ono/Lia Moss)'],
      ['Action: LM to order the new balls'],
    ])
    expect(plan.actions.map((a) => a.owners)).toEqual([['RB'], ['KT'], ['Ken Ono', 'Lia Moss'], ['LM']])
  })
})
