import { describe, expect, it } from 'vitest'
import { labelledWork } from './splitActionLabelLines'
import { tableToPlan } from './tableToPlan'

describe('labelledWork: an "Action" line naming who does the work', () => {
  it.each([
    ['Action JB to write to the council', { title: 'JB to write to the council', owners: 'JB' }],
    [
      'ACTION: Ana, Tom & Leo to sweep the hall',
      { title: 'Ana, Tom & Leo to sweep the hall', owners: 'Ana, Tom & Leo' },
    ],
    [
      'Two more are needed. Action RL to find a second coach.',
      { title: 'RL to find a second coach.', owners: 'RL' },
    ],
    // Near misses: "Action plan" is a thing, "to" before "the" is a preposition, no label at all.
    ['Action plan to be agreed at the next meeting', null],
    ['Action JB to the treasurer for payment', null],
    ['JB to write to the council', null],
    ['The action taken by JB to fix the gate worked', null],
  ])('labelledWork(%j)', (line, want) => {
    expect(labelledWork(line)).toEqual(want)
  })

  it('reads a long line of near misses in one pass', () => {
    const line = `${'Action Jo Jo Jo Jo Jo '.repeat(40)}.`
    expect(labelledWork(line)).toBeNull()
  })
})

describe('splitActionLabelLines: a minutes cell of discussion and "Action" lines', () => {
  const rows = [
    ['Football club committee, November'],
    ['Item', 'Description', 'Action'],
    [
      '1',
      'Pitch booking\nThe council has raised the fees for next season\nAction JB to write to the council about the fees\nAction KT & JB to look for a second pitch',
      'JB & KT',
    ],
    ['2', 'Kit\nThe new shirts arrived in October. Action RL to hand them out at training', 'RL'],
    ['3', 'Any other business\nThe club dinner was enjoyed by all who came', ''],
  ]

  it('reads each labelled line as an action owned by the people it names', () => {
    const { plan } = tableToPlan(rows)
    expect(plan.actions.map((a) => [a.ref, a.title, a.owners])).toEqual([
      ['1', 'JB to write to the council about the fees', ['JB']],
      ['1', 'KT & JB to look for a second pitch', ['KT', 'JB']],
      ['2', 'RL to hand them out at training', ['RL']],
      ['3', 'Any other business The club dinner was enjoyed by all who came', []],
    ])
  })

  it('keeps a cell whole when no line is labelled', () => {
    const { plan } = tableToPlan([
      ['Item', 'Description', 'Action'],
      ['1', 'Pitch booking\nThe action plan for the pitch was agreed\nFees to rise next season', 'JB'],
      ['2', 'Kit\nNew shirts arrived and will be handed out', 'RL'],
    ])
    expect(plan.actions.map((a) => a.title)).toEqual([
      'Pitch booking The action plan for the pitch was agreed Fees to rise next season',
      'Kit New shirts arrived and will be handed out',
    ])
  })
})
