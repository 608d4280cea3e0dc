import { describe, expect, it } from 'vitest'
import { tableToPlan } from './tableToPlan'

describe('the header row spans the whole table', () => {
  it('keeps a cell past the last heading in extra as "Column N", with an issue, instead of dropping it', () => {
    const { plan, issues, explanation } = tableToPlan([
      ['Digital skills plan'],
      ['Ref', 'Action', 'Lead'],
      ['1', 'Run the skills survey', 'HR', 'Agreed at the May board'],
      ['2', 'Publish the results'],
      ['3', 'Hold a drop-in session', 'Library'],
    ])
    expect(plan.actions.map((a) => [a.title, a.owners, a.extra])).toEqual([
      ['Run the skills survey', ['HR'], [{ column: 'Column 4', value: 'Agreed at the May board' }]],
      ['Publish the results', [], []],
      ['Hold a drop-in session', ['Library'], []],
    ])
    expect(issues).toContainEqual(expect.objectContaining({ code: 'empty-header', row: 3, column: 4 }))
    expect(explanation.columns.map((c) => [c.column, c.field])).toEqual([
      [1, 'ref'],
      [2, 'title'],
      [3, 'owners'],
      [4, 'extra'],
    ])
  })

  it('reads the same plan whether or not the header is padded to the rows below it', () => {
    const short = [
      ['Action', 'Owner'],
      ['Fit the lab signs', 'Estates', 'May 2025'],
    ]
    const padded = [
      ['Action', 'Owner', ''],
      ['Fit the lab signs', 'Estates', 'May 2025'],
    ]
    expect(tableToPlan(short).plan.actions).toEqual(tableToPlan(padded).plan.actions)
  })
})
