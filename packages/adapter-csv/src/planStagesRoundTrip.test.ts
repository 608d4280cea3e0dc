// A Stage 2 draft made by carryForward survives CSV: stage, signedOn, previousPlanId and every action's
// `continues` link are written by planToRows and read back by importCsvPlan. Expectations were worked out by
// reading examples/data/oxford-2018-2020.csv: its first table holds actions 1–12 that are not complete (they
// are carried), its "Completed Actions" table holds three that are (they are left behind).
import { readFileSync } from 'node:fs'
import { carryForward, type Plan, planToRows } from '@techcommit/core'
import { describe, expect, it } from 'vitest'
import { exportPlanCsv } from './exportPlanCsv'
import { importCsvPlan } from './importCsvPlan'
import { rowsToCsv } from './rowsToCsv'

const oxfordFile = new URL('../../../examples/data/oxford-2018-2020.csv', import.meta.url)

async function stageOne(): Promise<Plan> {
  const { plan } = await importCsvPlan(new Uint8Array(readFileSync(oxfordFile)))
  return {
    ...plan,
    id: 'oxford-2018-2020',
    period: { text: '2018–2020', start: '2018-01-01', end: '2020-12-31' },
    stage: 1,
    signedOn: '2017-09-13',
  }
}

async function stageTwo(): Promise<{ previous: Plan; draft: Plan }> {
  const previous = await stageOne()
  const { plan: draft } = carryForward(previous, {
    asOf: '2020-11-15',
    newPlanId: 'oxford-2021-2023',
    period: { text: '2021–2023', start: '2021-01-01', end: '2023-12-31' },
  })
  return { previous, draft }
}

// carryForward leaves a note on each target that needs review ("… set a new target"); the canonical layout
// writes a target as its text only, so those notes are not part of the file (that is not what is tested here).
function withoutTargetNotes(plan: Plan): Plan {
  return {
    ...plan,
    actions: plan.actions.map((action) => ({ ...action, target: { ...action.target, warnings: [] } })),
  }
}

describe('plan stages in the canonical CSV', () => {
  it('keeps stage, signedOn, previousPlanId and every continues link through CSV text', async () => {
    const { previous, draft } = await stageTwo()
    const csv = exportPlanCsv(draft)
    const { plan, issues } = await importCsvPlan(csv)

    expect(issues.filter((issue) => issue.severity === 'error')).toEqual([])
    expect(plan.stage).toBe(2)
    expect(plan.signedOn).toBe('2017-09-13')
    expect(plan.previousPlanId).toBe('oxford-2018-2020')
    // Actions 1–12 of the first table, each pointing at the Stage 1 action it came from.
    expect(plan.actions.map((action) => action.ref)).toEqual(
      Array.from({ length: 12 }, (_, i) => String(i + 1)),
    )
    plan.actions.forEach((action, i) => {
      expect(action.continues).toEqual({ planId: 'oxford-2018-2020', actionId: previous.actions[i]!.id })
    })
    expect(plan).toEqual(withoutTargetNotes(draft))
  })

  it('writes the links as two readable columns after Updates and the plan details as labelled rows', async () => {
    const { previous, draft } = await stageTwo()
    const rows = planToRows(draft)
    expect(rows[0]!.slice(12, 15)).toEqual(['Updates', 'Continues plan', 'Continues action'])
    expect(rows[1]!.slice(13, 15)).toEqual(['oxford-2018-2020', previous.actions[0]!.id])
    const details = rows.filter((row) => ['Stage', 'Signed on', 'Previous plan id'].includes(row[0]!))
    expect(details.map((row) => row.slice(0, 2))).toEqual([
      ['Stage', '2'],
      ['Signed on', '2017-09-13'],
      ['Previous plan id', 'oxford-2018-2020'],
    ])
  })

  it('keeps hostile link text and a stage label verbatim (formula-safe on the way out)', async () => {
    const { draft } = await stageTwo()
    const hostile: Plan = {
      ...draft,
      stage: 'Bronze renewal',
      previousPlanId: '=HYPERLINK("http://x")',
      actions: draft.actions.map((action, i) =>
        i === 0 ? { ...action, continues: { planId: '@SUM(1)', actionId: '+1#2, "3"\r\n' } } : action,
      ),
    }
    const csv = exportPlanCsv(hostile)
    expect(csv).not.toMatch(/(^|,)"[=+@]/m)
    const { plan } = await importCsvPlan(csv)
    expect(plan).toEqual(withoutTargetNotes(hostile))
  })

  it('a half-filled link cell is an import issue with its row and column, not a crash', async () => {
    const { draft } = await stageTwo()
    const rows = planToRows(draft).map((row) => [...row])
    rows[3]![14] = '' // third action: "Continues plan" filled, "Continues action" emptied
    rows[5]![13] = '' // fifth action: "Continues plan" emptied
    const { plan, issues } = await importCsvPlan(rowsToCsv(rows))
    const linkIssues = issues.filter((issue) => issue.code === 'invalid-action-link')
    expect(linkIssues.map((issue) => [issue.row, issue.column, issue.columnName])).toEqual([
      [4, 15, 'Continues action'],
      [6, 14, 'Continues plan'],
    ])
    expect(linkIssues.every((issue) => issue.severity === 'error')).toBe(true)
    expect(plan.actions[2]!.continues).toBeUndefined()
    expect(plan.actions[4]!.continues).toBeUndefined()
    expect(plan.actions[3]!.continues).toEqual(draft.actions[3]!.continues)
    expect(plan.actions).toHaveLength(12)
  })

  it('a bad Signed on date is a warning on its row; an old export without any of this reads as before', async () => {
    const { draft } = await stageTwo()
    const rows = planToRows(draft).map((row) => [...row])
    const signed = rows.findIndex((row) => row[0] === 'Signed on')
    rows[signed]![1] = '13/09/2017'
    const { plan, issues } = await importCsvPlan(rowsToCsv(rows))
    expect(plan.signedOn).toBeUndefined()
    expect(issues.find((issue) => issue.code === 'invalid-plan-detail')).toMatchObject({
      row: signed + 1,
      column: 2,
    })

    const plain = await stageOne()
    const { stage: _stage, signedOn: _signedOn, ...older } = plain
    const oldRows = planToRows(older)
    expect(oldRows[0]).not.toContain('Continues plan')
    expect(oldRows.some((row) => ['Stage', 'Signed on', 'Previous plan id'].includes(row[0]!))).toBe(false)
    const back = await importCsvPlan(rowsToCsv(oldRows))
    expect(back.plan).toEqual(older)
    expect('stage' in back.plan || 'previousPlanId' in back.plan).toBe(false)
  })
})
