import { describe, expect, it } from 'vitest'
import { tableToPlan } from './tableToPlan'

describe('splitBulletedAction: a bulleted action cell beside cells of as many lines', () => {
  it('gives each bullet the line in the same place of a date cell and a lead cell', () => {
    const { plan } = tableToPlan([
      ['Action', 'By when', 'Lead'],
      [
        '- Survey the store rooms\n- Draft a shelving plan\n- Order the shelving',
        'Feb 10, 2032\nApr. 30, 2032\nto be agreed',
        'Estates officer\nLab manager\nBursar',
      ],
    ])
    expect(plan.actions.map((a) => [a.title, a.owners, a.target.due])).toEqual([
      ['Survey the store rooms', ['Estates officer'], '2032-02-10'],
      ['Draft a shelving plan', ['Lab manager'], '2032-04-30'],
      ['Order the shelving', ['Bursar'], null],
    ])
  })

  it('shares a cell whose lines do not match the bullets in number', () => {
    const { plan } = tableToPlan([
      ['Action', 'By when', 'Lead'],
      [
        '• Survey the store rooms\n• Draft a shelving plan\n• Order the shelving',
        'Spring 2032',
        'Lab manager\nEstates',
      ],
    ])
    expect(plan.actions.map((a) => [a.title, a.owners])).toEqual([
      ['Survey the store rooms', ['Lab manager', 'Estates']],
      ['Draft a shelving plan', ['Lab manager', 'Estates']],
      ['Order the shelving', ['Lab manager', 'Estates']],
    ])
    expect(new Set(plan.actions.map((a) => a.target.text))).toEqual(new Set(['Spring 2032']))
  })
})
