import { describe, expect, it } from 'vitest'
import { actionsTakenHeader } from './actionsTakenHeader'
import { tableToPlan } from './tableToPlan'

describe('actionsTakenHeader: a column of the work already done', () => {
  it.each([
    ['actions taken', true],
    ['action taken to date', true],
    ['action(s) taken', true],
    ['actions undertaken so far', true],
    ['action to be taken', false],
    ['actions', false],
    ['actions taken and next steps planned for the coming year', false],
  ])('%s → %s', (header, want) => {
    expect(actionsTakenHeader.test(header)).toBe(want)
  })

  it('reads the pledges of a promises tracker as the actions, and what was done about them as notes', () => {
    const { plan } = tableToPlan([
      ['District council: promises kept, autumn report'],
      ['', 'Our Pledge', 'Delivery date', 'Actions taken', 'RAG'],
      [
        '1',
        'We will plant a tree for every child born in the district, working with schools and parish councils',
        'March 2021',
        'Two thousand trees were planted over the winter with the help of eleven schools and the parish councils.',
        'GREEN',
      ],
      [
        '2',
        'We will open a second recycling centre in the north of the district',
        'Autumn 2022',
        'A site has been chosen and the planning application was submitted in September; a decision is expected soon.',
        'AMBER',
      ],
    ])
    expect(plan.actions.map((a) => [a.ref, a.title.slice(0, 30), a.target.due])).toEqual([
      ['1', 'We will plant a tree for every', '2021-03-31'],
      ['2', 'We will open a second recyclin', '2022-11-30'],
    ])
    expect(plan.actions[0]?.notes).toMatch(/^Two thousand trees/)
  })
})
