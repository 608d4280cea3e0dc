import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { importCsvPlan } from './importCsvPlan'

// Layouts met in real plans, written as small CSV files of our own (test/fixtures/layouts).
const read = (name: string) =>
  importCsvPlan(readFileSync(fileURLToPath(new URL(`../test/fixtures/layouts/${name}`, import.meta.url))), {
    fileName: name,
  })

describe('importCsvPlan on layouts beyond one row per action', () => {
  it('reads a heading row per action above its own small table of measures, leads and dates', async () => {
    const { plan, explanation } = await read('action-subtables.csv')
    expect(plan.period).toEqual({ text: '2023–26', start: '2023-01-01', end: '2026-12-31' })
    expect(plan.actions.map((a) => [a.ref, a.title, a.owners, a.target.due])).toEqual([
      ['1', 'Launch a technician web page', ['Comms Team', 'Technical Forum'], '2024-12-31'],
      ['2', 'Hold an annual technician showcase', ['Technical Forum'], '2025-05-31'],
    ])
    expect(explanation.rows.filter((r) => r.kind === 'measure').map((r) => r.row)).toEqual([5, 6, 9])
  })

  it('reads a one-column list: sentences are actions, a "Contact:" line names their owner', async () => {
    const { plan, explanation } = await read('contact-list.csv')
    expect(plan.title).toBe('Research Culture implementation plan')
    expect(plan.actions.map((a) => [a.section, a.owners])).toEqual([
      ['Open research', ['Dr Sam Okafor']],
      ['Open research', ['Dr Sam Okafor']],
    ])
    expect(explanation.rows).toContainEqual({ row: 3, kind: 'owner' })
  })

  it('reads a ref repeated on every row, and the status inside a progress update written as prose', async () => {
    const { plan, issues } = await read('progress-prose.csv')
    expect(plan.actions.map((a) => [a.ref, a.section, a.status.state])).toEqual([
      ['3.1', '3.1. Make careers visible', 'complete'],
      ['3.1', '3.1. Make careers visible', 'in-progress'],
    ])
    expect(plan.actions[1]!.status.note).toBe('Guidance drafted, work is in progress with two faculties.')
    expect(issues.filter((i) => i.code === 'status-from-prose')).toHaveLength(2)
  })

  it('reads a table with no header, and dates in evidence prose only as a flagged guess', async () => {
    const { plan, issues, explanation } = await read('no-header-evidence.csv')
    expect(explanation.headerRow).toBeNull()
    expect(plan.actions.map((a) => [a.ref, a.title, a.target.due])).toEqual([
      ['1', 'Survey all technicians', '2026-03-31'],
      ['2', 'Name technicians on papers', null],
    ])
    expect(issues.find((i) => i.code === 'target-from-prose')).toMatchObject({ severity: 'warning', row: 1 })
  })
})
