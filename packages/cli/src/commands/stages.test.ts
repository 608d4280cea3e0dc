import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { importCsvPlan, readCsvRowsSync } from '@techcommit/adapter-csv'
import { openSqlitePlanStore } from '@techcommit/adapter-sqlite'
import { type Plan, tableToPlan } from '@techcommit/core'
import { afterAll, describe, expect, it } from 'vitest'
import { run } from '../testSupport'

const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url))
const oxford = join(repoRoot, 'examples/data/oxford-2018-2020.csv')
const scratch = mkdtempSync(join(tmpdir(), 'techcommit-stages-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

/** The CLI on the real file system, output captured, as of 2020-11-15. */
const runStages = (argv: readonly string[]) => run(argv, { today: () => '2020-11-15' })

describe('techcommit carry-forward --out draft.csv', () => {
  it('writes the draft as canonical CSV that reads back with its stage fields and links', async () => {
    const csvFile = join(scratch, 'draft.csv')
    const jsonFile = join(scratch, 'draft-for-csv.json')
    const args = ['carry-forward', oxford, '--to', 'oxford-2021-2023', '--period', '2021-2023']
    expect((await runStages([...args, '--out', csvFile])).code).toBe(0)
    expect((await runStages([...args, '--out', jsonFile])).code).toBe(0)
    const text = readFileSync(csvFile, 'utf8')
    expect(text.startsWith('\ufeff"Id","Ref","Title"')).toBe(true)
    const { plan } = await importCsvPlan(new Uint8Array(readFileSync(csvFile)))
    const draft = JSON.parse(readFileSync(jsonFile, 'utf8')) as Plan
    expect(plan.previousPlanId).toBe('oxford-2018-2020')
    // Oxford's open actions 1–12, each linked to the Stage 1 action of the same id.
    expect(plan.actions.map((a) => a.continues)).toEqual(
      Array.from({ length: 12 }, (_, i) => ({ planId: 'oxford-2018-2020', actionId: String(i + 1) })),
    )
    expect(plan.actions.map((a) => a.continues)).toEqual(draft.actions.map((a) => a.continues))
    expect(plan.stage).toEqual(draft.stage)
  })
})

describe('techcommit carry-forward and self-assessment, Stage 1 to Stage 2', () => {
  const db = join(scratch, 'plans.db')
  const draftFile = join(scratch, 'draft.json')

  it('drafts Stage 2 from the open actions and saves it with its links', async () => {
    const { code, out } = await runStages([
      'carry-forward',
      oxford,
      '--to',
      'oxford-2021-2023',
      '--period',
      '2021-2023',
      '--db',
      db,
      '--out',
      draftFile,
    ])
    expect(code).toBe(0)
    // Oxford: actions 1–12 are in progress or not started; the three "Completed Actions" are complete.
    expect(out).toContain(
      'Carried 12 of 15 actions from "oxford-2018-2020" into the draft "oxford-2021-2023"',
    )
    expect(out).toContain('12 targets to review.')
    expect(out).toMatch(/Left:\n {2}1 {4}Establish Technician Commitment Forum\n {6}complete:/)
    const draft = JSON.parse(readFileSync(draftFile, 'utf8')) as Plan
    expect(draft.previousPlanId).toBe('oxford-2018-2020')
    expect(draft.period).toEqual({ text: '2021-2023', start: '2021-01-01', end: '2023-12-31' })
    expect(draft.actions.map((a) => a.continues?.actionId)).toEqual([
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
      '7',
      '8',
      '9',
      '10',
      '11',
      '12',
    ])

    // The SQLite store keeps the links and the stage fields: the stored draft is the draft.
    const store = openSqlitePlanStore({ filename: db })
    try {
      const stored = await store.getPlan('oxford-2021-2023')
      expect(stored?.plan).toEqual(draft)
      expect(stored?.plan.actions[4]?.continues).toEqual({ planId: 'oxford-2018-2020', actionId: '5' })
      expect((await store.getPlan('oxford-2018-2020'))?.plan.actions).toHaveLength(15)
    } finally {
      await store.close()
    }
  })

  it('refuses to overwrite a stored plan', async () => {
    const { code, err } = await runStages([
      'carry-forward',
      oxford,
      '--to',
      'oxford-2021-2023',
      '--period',
      '2021-2023',
      '--db',
      db,
    ])
    expect(code).toBe(2)
    expect(err).toContain('already holds a plan "oxford-2021-2023"')
  })

  it('writes the self-assessment from the stored plans as Markdown', async () => {
    const { code, out } = await runStages([
      'self-assessment',
      'oxford-2018-2020',
      '--next',
      'oxford-2021-2023',
      '--db',
      db,
    ])
    expect(code).toBe(0)
    expect(out).toContain('# Self-assessment: oxford-2018-2020')
    expect(out).toContain(
      '- Carried forward into oxford-2021-2023: 12 of the 12 open actions (0 not carried)',
    )
    expect(out).toContain('- Carried forward to oxford-2021-2023, action 5')
  })

  it('writes the HTML page for reviewers', async () => {
    const file = join(scratch, 'sa.html')
    const { code } = await runStages([
      'self-assessment',
      'oxford-2018-2020',
      '--next',
      draftFile,
      '--db',
      db,
      '--format',
      'html',
      '--out',
      file,
    ])
    expect(code).toBe(0)
    const html = readFileSync(file, 'utf8')
    expect(html).toMatch(/^<!doctype html>\n<html lang="en-GB">/)
    expect(html).toContain('oxford-2021-2023, action 12')
  })

  it('writes the RAG-rated plan as formula-safe canonical CSV that re-imports', async () => {
    // A plan cell that a spreadsheet would run as a formula.
    const hostile = join(scratch, 'hostile.csv')
    writeFileSync(
      hostile,
      'no.,Action,Aim,Responsible,Timescale,Current Status\r\n1,"=HYPERLINK(""http://x"",""y"")",V,SM,Dec. 18,In progress\r\n',
    )
    const { code, out: csv } = await runStages(['self-assessment', hostile, '--format', 'csv'])
    expect(code).toBe(0)
    expect(csv.startsWith('\ufeff"Id","Ref","Title"')).toBe(true)
    expect(csv).toContain(`"'=HYPERLINK(""http://x"",""y"")"`)
    const back = tableToPlan(readCsvRowsSync(csv).rows).plan
    expect(back.actions[0]?.title).toBe('=HYPERLINK("http://x","y")')
    expect(back.actions[0]?.extra).toEqual([
      { column: 'RAG (as of 2020-11-15)', value: 'overdue' },
      { column: 'RAG reasons', value: 'The due date has passed and the action is not reported complete.' },
      { column: 'Achieved', value: 'no' },
      // No next plan: the "Carried forward to" cell is empty, and an empty cell holds no extra field.
    ])
  })

  it('explains bad input', async () => {
    const cases: [string[], RegExp][] = [
      [['carry-forward', oxford, '--out', draftFile], /--to/],
      [
        ['carry-forward', oxford, '--to', 'x', '--period', 'soon', '--out', draftFile],
        /--period needs a start and an end/,
      ],
      [['carry-forward', oxford, '--to', 'x', '--out', draftFile], /does not say when it ends/],
      [
        [
          'carry-forward',
          oxford,
          '--to',
          'x',
          '--include',
          '99',
          '--period',
          '2021-2023',
          '--out',
          draftFile,
        ],
        /no action with id "99"/,
      ],
      [['self-assessment', oxford, '--format', 'pdf'], /--format takes markdown, html, csv; got "pdf"/],
      [['self-assessment', 'no-such-plan'], /no file "no-such-plan"/],
      [['self-assessment', oxford, '--as-of', '15/11/2020'], /--as-of needs a calendar date/],
    ]
    for (const [argv, message] of cases) {
      const { code, err } = await runStages(argv)
      expect(code).toBe(2)
      expect(err).toMatch(message)
    }
  })
})
