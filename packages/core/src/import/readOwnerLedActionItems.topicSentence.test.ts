import { describe, expect, it } from 'vitest'
import { ownerAtStart } from './ownerAtStart'
import { tableToPlan } from './tableToPlan'

// Minutes whose second discussion topic is a whole sentence, and whose sub-points name a helper beside the owner and
// close with a line that names no one.
describe('a discussion topic told in a sentence, over sub-points with helpers', () => {
  const minutes = [
    ['Allotment society committee, 2 March'],
    ['1. Action items from last time:'],
    ['   1. Action: Rosa to price a new water butt'],
    ['      1. Done'],
    ['   2. Action: Dev to email the council about the hedge'],
    ['2. For discussion:'],
    ['   1. The shed roof leaks again'],
    ['      1. Dev to ask two roofers for quotes'],
    ['      2. Rosa to move the seed trays into the greenhouse'],
    [
      '   2. A letter from the treasurer said she can no longer keep the accounts and asked to step down this spring',
    ],
    ['      1. Rosa, helped by Ivan, to look through last year’s receipts with her'],
    ['      2. Dev, with Ivan, at the April meeting we will share out her other jobs'],
    ['      3. We will advertise for a new treasurer in the newsletter'],
    ['3. Next meeting: 6 April'],
  ].map((line) => [line[0]!])

  it('reads every sub-point of the long topic, the helper as a second owner', () => {
    const { plan } = tableToPlan(minutes)
    expect(plan.actions.slice(2).map((a) => [a.ref, a.title.slice(0, 24), a.owners])).toEqual([
      ['1', 'Dev to ask two roofers f', ['Dev']],
      ['2', 'Rosa to move the seed tr', ['Rosa']],
      ['1', 'Rosa, helped by Ivan, to', ['Rosa', 'Ivan']],
      ['2', 'Dev, with Ivan, at the A', ['Dev', 'Ivan']],
      ['3', 'We will advertise for a ', []],
    ])
  })

  it.each([
    ['Rosa, helped by Ivan, to look through the receipts', 'Rosa and Ivan'],
    ['Rosa, supported by Ivan Petrov, will write to the bank', 'Rosa and Ivan Petrov'],
    ['Rosa, with Ivan', null],
    ['Rosa, as agreed, to write to the bank', null],
  ])('%j names %j', (text, owner) => {
    expect(ownerAtStart(text, 'name-first')).toBe(owner)
  })
})
