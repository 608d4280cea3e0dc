import { describe, expect, it } from 'vitest'
import { tableToPlan } from './tableToPlan'

describe('datedTargetColumn: a goal column called "Target" beside the dated one', () => {
  const rows = [
    ['Action', 'Target / Measure', 'Timescale / Deadline', 'Lead'],
    [
      'Cut the energy used by fume cupboards',
      'Sash heights lowered in every lab',
      'Summer 2026',
      'Lab Manager',
    ],
    ['Recycle more of the plastic waste', 'Half of all plastic waste recycled', 'Spring 2027', 'Green Team'],
  ]

  it('reads the dated column as the target, and the goals as success measures', () => {
    const { plan, explanation } = tableToPlan(rows)
    expect(plan.actions.map((a) => [a.target.due, a.successMeasures])).toEqual([
      ['2026-08-31', ['Sash heights lowered in every lab']],
      ['2027-05-31', ['Half of all plastic waste recycled']],
    ])
    const fieldOf = (column: number) => explanation.columns.find((c) => c.column === column)?.field
    expect([fieldOf(2), fieldOf(3)]).toEqual(['successMeasures', 'target'])
  })

  it('keeps a "Target" column that holds the dates', () => {
    const { plan } = tableToPlan([
      ['Action', 'Target', 'Timescale notes', 'Lead'],
      ['Cut the energy used by fume cupboards', 'Summer 2026', 'Autumn 2025', 'Lab Manager'],
      ['Recycle more of the plastic waste', 'Spring 2027', 'Summer 2026', 'Green Team'],
    ])
    expect(plan.actions.map((a) => a.target.due)).toEqual(['2026-08-31', '2027-05-31'])
  })
})
