import type { Action, ImportIssue } from '@techcommit/core'
import { describe, expect, it } from 'vitest'
import { importCsvPlan } from './importCsvPlan'
import { exportPlanCsv } from './exportPlanCsv'
import { importCsvPlanStream } from './importCsvPlanStream'
import { rowsToCsv } from './rowsToCsv'

const table = [
  ['Technician Commitment action plan 2024', '', '', '', ''],
  ['', '', '', '', ''],
  ['Action', 'Pillar', 'Lead', 'Target date', 'Status'],
  ['Visibility actions', '', '', '', ''],
  ...Array.from({ length: 7 }, (_, i) => [`Show case ${i + 1}`, 'V', 'Ann', 'Dec. 2024', 'In progress']),
  ['Recognition actions', '', '', '', ''],
  ...Array.from({ length: 5 }, (_, i) => [
    `Award ${i + 1}`,
    i === 2 ? 'Nonsense pillar' : 'R',
    'Bo',
    'Q2 2025',
    'Not started',
  ]),
]

describe('importCsvPlanStream', () => {
  it('gives the same actions, ids, sections and issue rows as a whole-file import', async () => {
    const csv = rowsToCsv(table)
    const whole = await importCsvPlan(csv)
    expect(whole.plan.actions).toHaveLength(12)
    const actions: Action[] = []
    const issues: ImportIssue[] = []
    const firstRows: number[] = []
    for await (const batch of importCsvPlanStream(new TextEncoder().encode(csv), { batchSize: 4 })) {
      actions.push(...batch.plan.actions)
      issues.push(...batch.issues)
      firstRows.push(batch.firstRow)
      expect(batch.plan.title).toBe(whole.plan.title)
    }
    // Rows 1–4 hold no action yet, so the first batch waits for rows 5–8; then one batch per 4 rows.
    expect(firstRows).toEqual([1, 9, 13, 17])
    expect(actions.map((a) => [a.id, a.title, a.section, a.pillars])).toEqual(
      whole.plan.actions.map((a) => [a.id, a.title, a.section, a.pillars]),
    )
    expect(actions).toEqual(whole.plan.actions)
    const key = (list: typeof issues) => list.map((i) => `${i.code}@${i.row}:${i.column}`).sort()
    expect(key(issues)).toEqual(key(whole.issues))
  })

  it('numbers ref-less actions over the whole stream, so ids never repeat', async () => {
    const rows = [['Action', 'Lead'], ...Array.from({ length: 25 }, (_, i) => [`Task ${i + 1}`, 'Ann'])]
    const ids: string[] = []
    for await (const batch of importCsvPlanStream(rowsToCsv(rows), { batchSize: 10 })) {
      ids.push(...batch.plan.actions.map((a) => a.id))
    }
    const whole = await importCsvPlan(rowsToCsv(rows))
    expect(ids).toEqual(whole.plan.actions.map((a) => a.id))
    expect(new Set(ids).size).toBe(25)
  })
})

describe('a streamed import is one plan', () => {
  it('hands out every batch of a 1,200-row canonical export under one plan id', async () => {
    const rows = ['No.,Action,Lead', ...Array.from({ length: 1200 }, (_, i) => `${i + 1},Action ${i + 1},HR`)]
    const { plan } = await importCsvPlan(`My streamed plan 2024\n${rows.join('\n')}\n`)
    const text = exportPlanCsv(plan)
    const ids = new Set<string>()
    let actions = 0
    for await (const batch of importCsvPlanStream(text, { batchSize: 300 })) {
      ids.add(batch.plan.id)
      actions += batch.plan.actions.length
    }
    expect(actions).toBe(1200)
    // The export writes the plan's own id and title last, so a stream cannot know them up front: it keeps the
    // first batch's id throughout. Pass planId (or fileName) to choose it.
    expect(ids.size).toBe(1)
    const named = new Set<string>()
    for await (const batch of importCsvPlanStream(text, { batchSize: 300, planId: plan.id }))
      named.add(batch.plan.id)
    expect([...named]).toEqual([plan.id])
  })
})
