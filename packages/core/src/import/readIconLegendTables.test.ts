import { describe, expect, it } from 'vitest'
import { readIconLegendTables } from './readIconLegendTables'
import { tableToPlan } from './tableToPlan'

describe('a roadmap whose statuses are icons explained by a legend, a table per milestone', () => {
  const rows = [
    ['Teaching labs roadmap'],
    ['Key:'],
    ['Done', 'Under way', 'Not started', 'Paused'],
    ['✅', '🔧', '📌', '⏸️'],
    ['Refit (ETA: end of June 2025)'],
    ['Status', 'Item', 'Notes'],
    ['✅', 'Replace the fume cupboards', 'estates'],
    ['🔧', 'Rewire the bench sockets', ''],
    ['⏸️', 'Paint the corridor', 'budget'],
    ['Teaching (planned to start September 2025)'],
    ['Status', 'Item', 'Notes'],
    ['📌', 'Write the new safety induction', ''],
  ]

  it('reads every item row as an action, its icon by the legend and its deadline from the heading', () => {
    const { plan } = tableToPlan(rows)
    expect(plan.actions.map((a) => [a.title, a.status.state, a.target.due])).toEqual([
      ['Replace the fume cupboards', 'complete', '2025-06-30'],
      ['Rewire the bench sockets', 'in-progress', '2025-06-30'],
      ['Paint the corridor', 'on-hold', '2025-06-30'],
      ['Write the new safety induction', 'not-started', null],
    ])
  })

  it('needs a legend of status words beside icons', () => {
    expect(readIconLegendTables(rows.filter((_, i) => i !== 2 && i !== 3))).toBeNull()
    expect(
      readIconLegendTables([
        ['Red', 'Blue'],
        ['✅', '🔧'],
        ['Status', 'Item'],
        ['✅', 'Open a lab'],
      ]),
    ).toBeNull()
  })
})

describe('a roadmap whose legend gives one icon a row beside its meaning, goals over their items', () => {
  const rows = [
    ['Library systems plan'],
    ['Each line below carries one of these marks:'],
    ['Mark', 'What it says'],
    ['☑', 'Finished.'],
    ['⚙', 'Under way: someone is on it'],
    ['🙋', 'Needs a volunteer: ask the leads'],
    ['⏸', 'Paused. Waiting for funding.'],
    ['Summary'],
    ['Work', 'Mark', 'Done so far', 'Lead'],
    ['▶ New catalogue search', '⚙', '■■□□', 'rkhan'],
    ['  ⤷ Index the rare books', '☑', '■■■■', 'rkhan'],
    ['  ⤷ Faceted filters', '⏸', '■□□□', ''],
    ['▶ Reader accounts', '🙋', '□□□□', ''],
  ]

  it('reads each icon by the label its meaning opens with, and each item without its outline mark', () => {
    const { plan } = tableToPlan(rows)
    expect(plan.actions.map((a) => [a.title, a.status.state, a.owners])).toEqual([
      ['New catalogue search', 'in-progress', ['rkhan']],
      ['Index the rare books', 'complete', ['rkhan']],
      ['Faceted filters', 'on-hold', []],
      ['Reader accounts', 'unknown', []],
    ])
  })

  it('needs two meanings that name a status', () => {
    const unnamed = rows.map((row) =>
      row[1] === 'Finished.' || row[1] === 'Under way: someone is on it' ? [row[0]!, 'See the wiki'] : row,
    )
    expect(readIconLegendTables(unnamed)).toBeNull()
  })
})
