import { describe, expect, it } from 'vitest'
import { readShortChildRows } from './readShortChildRows'
import { tableToPlan } from './tableToPlan'

const tracker = [
  ['Harbour Board targets 2026-27'],
  ['Target No', 'Target Name', 'Kind', 'Progress', 'Summary', 'Objectives'],
  [
    '12',
    'Cleaner water in the inner harbour',
    'Yearly',
    'Under Way',
    'Cleaner water in the inner harbour.',
    '',
  ],
  ['301', 'Sample the water at six points every week', 'Not Started'],
  ['302', 'Fit oil booms at the fuel quay', 'Not Started'],
  ['13', 'A safer slipway', 'Multi-year', 'Not Started', 'A safer slipway for small boats.', ''],
  ['305', 'Resurface the lower half of the slipway', 'Not Started'],
]

describe('a goal tracker with each objective on a short row of its own', () => {
  it('reads the short rows as the actions under their goal, and a column of "Not Started" as the status', () => {
    const { plan, explanation } = tableToPlan(tracker)
    expect(plan.actions.map((a) => [a.ref, a.title, a.section, a.status.state, a.owners])).toEqual([
      [
        '301',
        'Sample the water at six points every week',
        'Cleaner water in the inner harbour',
        'not-started',
        [],
      ],
      ['302', 'Fit oil booms at the fuel quay', 'Cleaner water in the inner harbour', 'not-started', []],
      ['305', 'Resurface the lower half of the slipway', 'A safer slipway', 'not-started', []],
    ])
    expect(explanation.rows.filter((r) => r.kind === 'section').map((r) => r.row)).toEqual([3, 6])
  })

  it('reads statuses that differ from row to row', () => {
    const rows = tracker.map((row, index) => (index === 4 ? [row[0]!, row[1]!, 'Completed'] : row))
    expect(tableToPlan(rows).plan.actions.map((a) => a.status.state)).toEqual([
      'not-started',
      'complete',
      'not-started',
    ])
  })

  it('leaves a table whose short rows differ in length, or whose goal rows fill the last heading', () => {
    const uneven = tracker.map((row, index) => (index === 4 ? [...row, 'Harbour Master'] : row))
    expect(readShortChildRows(uneven)).toBeNull()
    const filledLast = tracker.map((row, index) => (index === 2 ? [...row.slice(0, 5), '2'] : row))
    expect(readShortChildRows(filledLast)).toBeNull()
  })

  it('leaves a table whose rows are all as wide as the header', () => {
    const padded = tracker.map((row, index) => (index > 1 ? [...row, '', '', '', ''].slice(0, 6) : row))
    expect(readShortChildRows(padded)).toBeNull()
  })

  it('reads a long tracker in linear time', () => {
    const rows: string[][] = [['Goal#', 'Goal Title', 'Goal Type', 'Objectives']]
    for (let g = 0; g < 2000; g++) {
      rows.push([String(g), `Goal number ${g} for the harbour`, 'Ongoing', ''])
      for (let o = 0; o < 5; o++) rows.push([String(g * 10 + o), `Objective ${o} of goal ${g}`, 'In Process'])
    }
    expect(readShortChildRows(rows)?.rows.length).toBe(10_001)
  })
})
