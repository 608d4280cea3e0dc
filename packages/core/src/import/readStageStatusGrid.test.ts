import { describe, expect, it } from 'vitest'
import { readStageStatusGrid } from './readStageStatusGrid'
import { tableToPlan } from './tableToPlan'

describe('a grid of work items against the stages of the work, each cell a status', () => {
  const rows = [
    ['Where the archive project stands'],
    ['Status at the end of term:'],
    ['Work item', 'Scoping', 'Build', 'Testing', 'User guide'],
    ['Catalogue import', 'Done', 'Done', 'Done', 'Done'],
    ['Search page', 'Done', 'In progress', '-', '-'],
    ['Loan requests', 'Done', 'Partially', '-', '-'],
    ['Reading room booking', '-', '-', '-', '-'],
    ['Image viewer', 'sketches', '-', '-', '-'],
    ['When every stage says Done we open to the public.'],
  ]

  it('reads one action a row, its status from its stages, the closing line left out', () => {
    const { plan } = tableToPlan(rows)
    expect(plan.actions.map((a) => [a.title, a.status.state])).toEqual([
      ['Catalogue import', 'complete'],
      ['Search page', 'in-progress'],
      ['Loan requests', 'in-progress'],
      ['Reading room booking', 'not-started'],
      ['Image viewer', 'unknown'],
    ])
  })

  it('keeps the stages as written in the notes', () => {
    expect(readStageStatusGrid(rows)?.rows[4]).toEqual([
      'Search page',
      'In progress',
      'Scoping: Done; Build: In progress; Testing: -; User guide: -',
    ])
  })

  it('leaves tables whose columns a header names, period grids, marks and prose to the other readers', () => {
    const named = rows.map((row, i) => (i === 2 ? ['Action', 'Lead', 'Status', 'Notes', 'Due'] : row))
    expect(readStageStatusGrid(named)).toBeNull()
    const periods = rows.map((row, i) =>
      i === 2 ? ['Work item', 'Spring', 'Summer', 'Autumn', 'Winter'] : row,
    )
    expect(readStageStatusGrid(periods)).toBeNull()
    const ticks = rows.map((row, i) => (i > 2 && i < 8 ? [row[0]!, '✓', '✓', '', '✓'] : row))
    expect(readStageStatusGrid(ticks)).toBeNull()
    const prose = rows.map((row, i) =>
      i === 4 ? ['Search page', 'Done', 'The page is built but the filters still need work', '-', '-'] : row,
    )
    expect(readStageStatusGrid(prose)).toBeNull()
  })
})
