import { describe, expect, it } from 'vitest'
import { findTable } from './findTable'
import { tableToPlan } from './tableToPlan'

describe('findTable: a schedule whose first line is its first period heading', () => {
  const rows = [
    ['Spring 2031'],
    ['Agree the scope with the trustees.'],
    ['Survey the staff.'],
    ['Autumn 2031'],
    ['Draft the plan.'],
  ]

  it('starts the body at the first period, not below it as under a title', () => {
    expect(findTable(rows).bodyStart).toBe(0)
  })

  it('dates the tasks under the first period too', () => {
    const { plan } = tableToPlan(rows)
    expect(plan.actions.map((a) => [a.title, a.target.due])).toEqual([
      ['Agree the scope with the trustees.', '2031-05-31'],
      ['Survey the staff.', '2031-05-31'],
      ['Draft the plan.', '2031-11-30'],
    ])
  })

  it.each([
    [
      'a title naming its year',
      [['Library plan 2031'], ['Agree the scope with the trustees.'], ['Autumn 2031'], ['Draft the plan.']],
    ],
    [
      'a period heading only once',
      [['Spring 2031'], ['Agree the scope with the trustees.'], ['Survey the staff.']],
    ],
  ])('keeps %s as the title', (_, table) => {
    expect(findTable(table).bodyStart).toBe(1)
  })
})
