import { describe, expect, it } from 'vitest'
import { readIntentImplementationImpact } from './readIntentImplementationImpact'
import { tableToPlan } from './tableToPlan'

describe('an Intent / Implementation / Impact grid', () => {
  const grid = [
    ['Subject leadership plan 2024-25'],
    ['Intent', 'Implementation', 'Impact', 'Monitoring actions'],
    [
      'Raise standards in reading',
      '1. Train every teacher in phonics\n2. Buy decodable books for Year 1\n3. Run a reading café for parents',
      'Phonics screening pass rate rises',
      '1. Link governor visits each term to review the reading records kept by teachers in every class.',
    ],
    [
      'Improve attendance',
      '1. Call home on the first day of absence\n2. Reward full weeks',
      'Attendance above 96%',
      '',
    ],
  ]

  it('takes each numbered item of the Implementation cell as an action, its number as the ref', () => {
    const { plan } = tableToPlan(grid)
    expect(plan.actions.map((a) => [a.ref, a.title])).toEqual([
      ['1', 'Train every teacher in phonics'],
      ['2', 'Buy decodable books for Year 1'],
      ['3', 'Run a reading café for parents'],
      ['1', 'Call home on the first day of absence'],
      ['2', 'Reward full weeks'],
    ])
  })

  it('keeps each item without a ref when a cell is not a numbered list, so no row is read as the one above', () => {
    const { plan } = tableToPlan([
      ...grid,
      ['Widen the curriculum', 'Add a weekly music lesson', 'Every child learns an instrument', ''],
    ])
    expect(plan.actions.map((a) => [a.ref, a.title]).slice(-3)).toEqual([
      [null, 'Call home on the first day of absence'],
      [null, 'Reward full weeks'],
      [null, 'Add a weekly music lesson'],
    ])
  })

  it('never reads the monitoring column as the actions, and keeps the aim beside every item', () => {
    const { plan, explanation } = tableToPlan(grid)
    expect(plan.actions[1]?.extra).toContainEqual({
      column: 'Objective',
      value: 'Raise standards in reading',
    })
    expect(explanation.columns.find((c) => c.field === 'title')?.header).toBe('Implementation')
  })

  it('gives every item of a row the lead and date written once beside the list', () => {
    const { plan } = tableToPlan([
      ['Intent', 'Implementation', 'Impact', 'Lead', 'By when'],
      ['Safer sites', '1. Audit the gates\n2. Fit new locks', 'No intrusions', 'Site manager', 'July 2026'],
    ])
    expect(plan.actions.map((a) => [a.ref, a.owners, a.target.due])).toEqual([
      ['1', ['Site manager'], '2026-07-31'],
      ['2', ['Site manager'], '2026-07-31'],
    ])
  })

  it('leaves a table without the three headers to the other readers', () => {
    expect(
      readIntentImplementationImpact([
        ['Aim', 'Implementation', 'Lead'],
        ['A', 'B', 'C'],
      ]),
    ).toBeNull()
  })
})
