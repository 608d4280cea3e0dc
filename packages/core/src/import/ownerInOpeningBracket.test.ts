import { describe, expect, it } from 'vitest'
import { ownerInOpeningBracket } from './ownerInOpeningBracket'
import { tableToPlan } from './tableToPlan'

describe('ownerInOpeningBracket: "(by …)" right after the ref', () => {
  it.each([
    ['(by Parish Council): ask the bus company for a later service', ['Parish Council']],
    ['(by the lanes working group) survey the lanes', ['lanes working group']],
    ['(Lead: Clerk) – book the hall', ['Clerk']],
    ['(by June 2025): survey the lanes', []],
    ['(by the end of the summer term): survey the lanes', []],
    ['Survey the lanes (by Lanes Group)', []],
  ])('%s', (title, want) => {
    expect(ownerInOpeningBracket(title)).toEqual(want)
  })

  it('gives the owner to an action with no owners column, its title kept as written', () => {
    const { plan } = tableToPlan([
      ['Village plan: actions'],
      ['Action T1.1 (by Parish Council): ask the bus company for a later evening service.'],
      ['Action T1.2 (by Lanes Group): survey the lanes that have no verge.'],
    ])
    expect(plan.actions.map((a) => [a.ref, a.title, a.owners])).toEqual([
      ['T1.1', '(by Parish Council): ask the bus company for a later evening service.', ['Parish Council']],
      ['T1.2', '(by Lanes Group): survey the lanes that have no verge.', ['Lanes Group']],
    ])
  })
})
