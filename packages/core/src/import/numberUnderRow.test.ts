import { describe, expect, it } from 'vitest'
import { tableToPlan } from './tableToPlan'

describe("an action cell numbering its items under the row's own number", () => {
  const rows = [
    ['Workshop plan'],
    ['No.', 'Aim', 'Action', 'Lead', 'When'],
    [
      '1.',
      'Safer workshops',
      '1.1 Audit every fume cupboard\nand record the results.',
      'Safety Officer',
      'June 2025',
    ],
    [
      '2.',
      'Skills for\nnew starters',
      '2.1 Write an induction checklist\n2.2 Pair each starter with\na mentor\n2.3 Review the checklist yearly',
      'Lab Manager',
      'Ongoing',
    ],
  ]

  it("takes each item's own number as its ref, and the wrapped lines as part of the item above", () => {
    const { plan } = tableToPlan(rows)
    expect(plan.actions.map((a) => [a.ref, a.title, a.owners])).toEqual([
      ['1.1', 'Audit every fume cupboard and record the results.', ['Safety Officer']],
      ['2.1', 'Write an induction checklist', ['Lab Manager']],
      ['2.2', 'Pair each starter with a mentor', ['Lab Manager']],
      ['2.3', 'Review the checklist yearly', ['Lab Manager']],
    ])
  })

  it('leaves a cell that opens with some other number as it is', () => {
    const { plan } = tableToPlan([
      ['No.', 'Action', 'Lead'],
      ['3', '5 workshops a year for new starters', 'Lab Manager'],
    ])
    expect(plan.actions.map((a) => a.ref)).toEqual(['3'])
  })
})
