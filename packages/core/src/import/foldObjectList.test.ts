import { describe, expect, it } from 'vitest'
import { foldObjectList } from './foldObjectList'
import { tableToPlan } from './tableToPlan'

describe('a list that finishes the sentence above it', () => {
  const page = [
    ['Our commitments'],
    ['• Set up a travel fund to encourage:'],
    ['    - cycling to the labs'],
    ['    - shared vans for field work by June 2026'],
    ['• Agree a rota with the stores team to:'],
    ['    - check the fume cupboards each week'],
    ['    - log each repair'],
    ['• Run the showcase with the forum, and then:'],
    ['    - Publish the talks online'],
    ['    - Survey everyone who came'],
  ].map((line) => [line[0]!])

  it('is one action with its items, dated by them', () => {
    const { plan } = tableToPlan(page)
    expect(plan.actions[0]?.title).toBe(
      'Set up a travel fund to encourage: cycling to the labs; shared vans for field work by June 2026',
    )
    expect(plan.actions[0]?.target.due).toBe('2026-06-30')
  })

  it('but items after "to:" or in capitals are actions of their own', () => {
    expect(foldObjectList(page.slice(4))).toEqual(page.slice(4))
    const titles = tableToPlan(page).plan.actions.map((a) => a.title)
    expect(titles).toContain('check the fume cupboards each week')
    expect(titles).toContain('Publish the talks online')
  })

  it.each([
    [
      'a numbered item ending in "that:" over numbered clauses indented under it',
      [
        '1. Each faculty should keep a register of risks that:',
        '    1. names an owner for every risk',
        '    2. is reviewed at each board meeting',
        '2. The board should publish the register yearly.',
      ],
      [
        'Each faculty should keep a register of risks that: names an owner for every risk; is reviewed at each board meeting',
        'The board should publish the register yearly.',
      ],
    ],
    [
      'a bulleted item ending in "which:" over bulleted clauses',
      [
        '• Build a mentoring scheme which:',
        '    - pairs every new technician with a mentor',
        '    - runs for a year',
        '• Hold an open day',
      ],
      [
        'Build a mentoring scheme which: pairs every new technician with a mentor; runs for a year',
        'Hold an open day',
      ],
    ],
    [
      'numbered lines as deep as the item, which are items of their own',
      ['1. Keep a register of risks that:', '2. names an owner', '3. is reviewed yearly'],
      ['Keep a register of risks that:', 'names an owner', 'is reviewed yearly'],
    ],
  ])('folds clauses finishing a relative clause onto the item: %s', (_, lines, titles) => {
    const { plan } = tableToPlan(lines.map((line) => [line]))
    expect(plan.actions.map((action) => action.title)).toEqual(titles)
  })
})
