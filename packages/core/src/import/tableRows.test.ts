import { describe, expect, it } from 'vitest'
import { tableRows } from './tableRows'
import { tableToPlan } from './tableToPlan'

describe('a column is judged on the rows of the table, not on its part headings and repeated headers', () => {
  const rows = [
    ['Safety standard compliance'],
    ['Part A - Workshops'],
    ['Section', 'Action', 'Detail', 'Due', 'Status'],
    ['2', 'Guards', 'Fit guards to every lathe.', 'Jan. 1, 2026', 'Done'],
    ['5', 'Signs', 'Put up a sign at every exit.', 'Jan. 1, 2026', 'Ongoing'],
    ['Part B - Laboratories'],
    ['Section', 'Action', 'Detail', 'Due', 'Status'],
    ['9', 'Showers', 'Test each safety shower monthly.', 'Jan. 1, 2027', 'Done'],
  ]

  it('reads a "Section" column of numbers as the refs', () => {
    const { plan } = tableToPlan(rows)
    expect(plan.actions.map((a) => [a.ref, a.title])).toEqual([
      ['2', 'Guards'],
      ['5', 'Signs'],
      ['9', 'Showers'],
    ])
  })

  it('leaves out rows of one cell and the header repeated', () => {
    expect(tableRows(rows.slice(3), rows[2]!).map((row) => row[0])).toEqual(['2', '5', '9'])
  })

  it('ends the rows at a lone "Legend" row', () => {
    const table = [
      ['Hedge the lane', 'R', 'C'],
      ['Dig the pond', 'C', 'R'],
      ['Legend'],
      ['R', 'Responsible'],
      ['C', 'Consulted'],
    ]
    expect(tableRows(table, ['Task', 'Ann', 'Bo']).map((row) => row[0])).toEqual([
      'Hedge the lane',
      'Dig the pond',
    ])
    expect(tableRows(table.slice(0, 2), ['Task', 'Ann', 'Bo'])).toHaveLength(2)
  })
})
