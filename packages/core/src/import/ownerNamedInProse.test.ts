import { describe, expect, it } from 'vitest'
import { ownerNamedInProse } from './ownerNamedInProse'
import { tableToPlan } from './tableToPlan'

describe('ownerNamedInProse', () => {
  it.each([
    [
      'The policy starts in May. Within a month, the Records Officer will draft the rules.',
      ['Records Officer'],
    ],
    [
      'Once the budget is agreed (by 1 March, 2026), the Estates Team shall tender the works.',
      ['Estates Team'],
    ],
    ['Upon approval, the Finance Committee will publish the figures.', ['Finance Committee']],
    ['The figures will be published each quarter.', []],
    ['We will publish the figures each quarter.', []],
    ['Nobody has asked for this yet.', []],
  ])('%j names %j', (prose, owners) => {
    expect(ownerNamedInProse(prose)).toEqual(owners)
  })

  it('gives a dotted heading over prose the doer its paragraph names', () => {
    const { plan } = tableToPlan([
      ['Records policy: next steps'],
      ['1.0 Adopting the policy'],
      ['The policy takes effect once the board approves it.'],
      ['2.0 Appointing a Records Officer and an Assistant for the Whole Council'],
      ['Within two months of approval, the Head of Governance will advertise the post.'],
      ['3.0 Training staff'],
      ['After the post is filled, the Records Officer shall train every team.'],
    ])
    expect(plan.actions.map((a) => [a.ref, a.owners])).toEqual([
      ['1.0', []],
      ['2.0', ['Head of Governance']],
      ['3.0', ['Records Officer']],
    ])
  })

  it('names no one in a very long opening phrase: only the first part of the prose is read', () => {
    const prose = `Within ${'a '.repeat(50_000)}the Clerk will act.`
    expect(ownerNamedInProse(prose)).toEqual([])
  })
})
