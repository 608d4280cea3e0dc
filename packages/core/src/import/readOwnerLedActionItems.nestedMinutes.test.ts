import { describe, expect, it } from 'vitest'
import { tableToPlan } from './tableToPlan'

describe('board minutes as a nested numbered list', () => {
  const minutes = [
    ['Trustees meeting, 9 May'],
    ['1. Action items from the last meeting:'],
    ['   1. Action: Amira to cost the new cleaning contract'],
    ['      1. Next month: compare it with the current one'],
    ['   2. Action: Owen and Lisa to meet the auditors'],
    ['      1. Done'],
    ['2. Matters for discussion:'],
    ['   1. The lease on the office ends in August'],
    ['      1. Amira to ask the landlord for a one-year extension'],
    ['      2. Owen to list three other offices we could move to'],
    ['   2. Volunteer numbers are falling'],
    ['      1. We will talk about this at the next meeting'],
    ['3. Next meeting: 6 June'],
  ].map((line) => [line[0]!])

  it('reads a sub-item as its action’s status or note, not an action', () => {
    const { plan } = tableToPlan(minutes)
    expect(plan.actions.slice(0, 2).map((a) => [a.ref, a.owners, a.status.state])).toEqual([
      ['1', ['Amira'], 'unknown'],
      ['2', ['Owen', 'Lisa'], 'complete'],
    ])
  })

  it('reads the work a discussion topic assigns in its sub-points', () => {
    const { plan } = tableToPlan(minutes)
    expect(plan.actions.slice(2).map((a) => [a.ref, a.title.slice(0, 20), a.owners])).toEqual([
      ['1', 'Amira to ask the lan', ['Amira']],
      ['2', 'Owen to list three o', ['Owen']],
    ])
  })
})
