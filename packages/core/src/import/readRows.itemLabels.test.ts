import { describe, expect, it } from 'vitest'
import { tableToPlan } from './tableToPlan'

// A bulleted item opening with a kind and a number ("• Workshop 2: …") is labelled so by the plan only when most of
// its bulleted items are; one such item among plain ones is an item whose label is part of its title.
describe("a bulleted item's kind and number among plain items", () => {
  it('keeps the label of a lone "Workshop 2:" or "Workshop 1 –" item in its title, and the quarter as its date', () => {
    const { plan } = tableToPlan([
      ['Timeline for the skills project'],
      ['2031 Q1'],
      ['• Recruit the pilot schools'],
      ['• Workshop 1 – Getting started'],
      ['• Draft the pupil survey'],
      ['2031 Q2'],
      ['• Workshop 2: Careers in science'],
      ['• Analyse the survey'],
      ['• Report to the trustees'],
    ])
    expect(plan.actions.map((a) => [a.ref, a.title, a.target.due])).toEqual([
      [null, 'Recruit the pilot schools', '2031-03-31'],
      [null, 'Workshop 1 – Getting started', '2031-03-31'],
      [null, 'Draft the pupil survey', '2031-03-31'],
      [null, 'Workshop 2: Careers in science', '2031-06-30'],
      [null, 'Analyse the survey', '2031-06-30'],
      [null, 'Report to the trustees', '2031-06-30'],
    ])
  })

  it('still reads the labels as refs when most bulleted items carry one', () => {
    const { plan } = tableToPlan([
      ['Equality targets'],
      ['Staffing'],
      ['• Ongoing target 1: Publish the pay gap report'],
      ['• Revised target 2: Train every panel chair'],
      ['• New target 3: Survey the part-time staff'],
    ])
    expect(plan.actions.map((a) => [a.ref, a.title])).toEqual([
      ['1', 'Publish the pay gap report'],
      ['2', 'Train every panel chair'],
      ['3', 'Survey the part-time staff'],
    ])
  })
})
