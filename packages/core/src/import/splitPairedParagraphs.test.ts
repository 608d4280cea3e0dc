import { describe, expect, it } from 'vitest'
import { tableToPlan } from './tableToPlan'

describe('lettered sub-paragraphs of a minuted item beside the initials of who takes each on', () => {
  const rows = [
    ['Notes of the pavilion group, 4 May'],
    ['', 'Action'],
    [
      '1.                    Summer fete:\na.      Stall holders have been contacted again about the pitches.\nb.      A first aid tent is needed near the gate.\nc.      It was agreed to ask the scouts to run the car park.',
      'All\n\nKL\n\nRT\nMB',
    ],
    ['2.                    Tea rota: The rota for June was agreed with two new helpers.', 'SJ'],
  ]

  it('reads each sub-paragraph as an action owned by the names level with it, cited by number and letter', () => {
    const { plan } = tableToPlan(rows)
    expect(
      plan.actions.map((a) => ({ ref: a.ref, title: a.title, owners: a.owners, section: a.section })),
    ).toEqual([
      {
        ref: '1a',
        title: 'Stall holders have been contacted again about the pitches.',
        owners: ['All'],
        section: 'Summer fete',
      },
      {
        ref: '1b',
        title: 'A first aid tent is needed near the gate.',
        owners: ['KL'],
        section: 'Summer fete',
      },
      {
        ref: '1c',
        title: 'It was agreed to ask the scouts to run the car park.',
        owners: ['RT', 'MB'],
        section: 'Summer fete',
      },
      {
        ref: '2',
        title: 'Tea rota: The rota for June was agreed with two new helpers.',
        owners: ['SJ'],
        section: null,
      },
    ])
  })

  it('keeps the item whole when the groups of names do not line up with its sub-paragraphs', () => {
    const { plan } = tableToPlan([rows[0]!, rows[1]!, [rows[2]![0]!, 'All\n\nKL'], rows[3]!])
    expect(plan.actions.map((a) => a.ref)).toEqual(['1', '2'])
  })
})
