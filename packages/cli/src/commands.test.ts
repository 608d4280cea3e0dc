// Every command against the five example plans, end to end through runCli and a real SQLite file.
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { example, examples, run, scratchDir } from './testSupport'

const scratch = scratchDir()
const db = join(scratch, 'plans.db')

// Counted by hand in the seeds: 12 open + 3 completed (Oxford), 18 rows under headings (Cardiff), refs 1–16
// without 9 (Bradford), 55 grid entries (Glasgow), Action 1–21 (Portsmouth).
const actionCounts = {
  'bradford-2019-2020': 15,
  'cardiff-2018-2020': 18,
  'glasgow-2018-2020': 55,
  'oxford-2018-2020': 15,
  'portsmouth-action-plan': 21,
}

beforeAll(async () => {
  const { code, out } = await run(['import', examples, '--db', db])
  expect(code).toBe(0)
  expect(out.trim().split('\n')).toHaveLength(5)
})

describe('import, list, history, update, export', () => {
  it('lists the five plans, ids from their file names, with their action counts', async () => {
    const { code, out } = await run(['list', '--db', db, '--format', 'json'])
    expect(code).toBe(0)
    const plans = JSON.parse(out) as { id: string; actionCount: number; revision: number }[]
    expect(Object.fromEntries(plans.map((p) => [p.id, p.actionCount]))).toEqual(actionCounts)
    const text = await run(['list', '--db', db])
    expect(text.out).toMatch(/^oxford-2018-2020\s+15\s+\d+\s/m)
  })

  it('re-importing the same plan adds a revision', async () => {
    const before = await run(['history', 'portsmouth-action-plan', '--db', db, '--format', 'json'])
    const { code, out } = await run(['import', example('portsmouth-action-plan.csv'), '--db', db])
    expect(code).toBe(0)
    const after = await run(['history', 'portsmouth-action-plan', '--db', db, '--format', 'json'])
    expect(JSON.parse(after.out)).toHaveLength(JSON.parse(before.out).length + 1)
    expect(out).toMatch(/\(21 actions\) .* at revision \d+/)
  })

  it('records an update on an action named by its ref, and shows it in the history', async () => {
    // Oxford ref 12 is "Not started" in the seed.
    const { code, out } = await run([
      'update',
      'oxford-2018-2020',
      '12',
      '--status',
      'Complete (20/11/26)',
      '--note',
      'Webpage live',
      '--by',
      'SM',
      '--db',
      db,
    ])
    expect(code).toBe(0)
    expect(out).toContain('status complete')
    const history = await run(['history', 'oxford-2018-2020', '12', '--db', db])
    expect(history.code).toBe(0)
    expect(history.out).toMatch(/update\s+action .* · by SM · status complete · note "Webpage live"/)
    const exported = await run(['export', 'oxford-2018-2020', '--format', 'json', '--db', db])
    const plan = JSON.parse(exported.out) as { actions: { ref: string; status: { state: string } }[] }
    expect(plan.actions.filter((a) => a.ref === '12').map((a) => a.status.state)).toContain('complete')
  })

  it('refuses an update that says nothing, a percent out of range and an unknown action', async () => {
    expect((await run(['update', 'oxford-2018-2020', '12', '--db', db])).code).toBe(2)
    expect((await run(['update', 'oxford-2018-2020', '12', '--percent', '140', '--db', db])).err).toContain(
      '0 to 100',
    )
    const unknown = await run(['update', 'oxford-2018-2020', 'Z9', '--status', 'Complete', '--db', db])
    expect(unknown.code).toBe(2)
    expect(unknown.err).toContain('has no action "Z9"')
    const plan = await run(['history', 'nope', '--db', db])
    expect(plan.code).toBe(2)
    expect(plan.err).toMatch(/^techcommit history: no plan "nope".*\n$/)
  })

  it('shows an action nobody has updated as having no updates, not as a missing plan', async () => {
    // Bradford ref 1 has never been updated in these tests.
    const text = await run(['history', 'bradford-2019-2020', '1', '--db', db])
    expect(text.code).toBe(0)
    expect(text.out).toContain('no updates recorded on action 1 of "bradford-2019-2020" yet')
    expect(text.out).toContain(`techcommit update bradford-2019-2020 1 --status "In progress" --db ${db}`)
    const json = await run(['history', 'bradford-2019-2020', '1', '--db', db, '--format', 'json'])
    expect([json.code, JSON.parse(json.out)]).toEqual([0, []])
  })

  it('names the store in the hint for a plan it does not hold, and ends a save line without spaces', async () => {
    const missing = await run(['history', 'nope', '--db', db])
    expect(missing.err).toContain(`See the stored plans with: techcommit list --db ${db}`)
    const saves = await run(['history', 'bradford-2019-2020', '--db', db])
    expect(saves.out).toMatch(/^revision +1 +\S+ +save\n/)
  })

  it('exports a stored plan as CSV that imports back under the same id', async () => {
    const csv = join(scratch, 'renamed-file.csv')
    expect(
      (await run(['export', 'glasgow-2018-2020', '--format', 'csv', '--db', db, '--out', csv])).code,
    ).toBe(0)
    const { code, out } = await run(['import', csv, '--db', db])
    expect(code).toBe(0)
    expect(out).toContain('saved plan "glasgow-2018-2020" (55 actions)')
  })
})

describe('report', () => {
  it('reads the store as of a date inside the plans and shows a mix of ratings, then the summary', async () => {
    const { code, out } = await run(['report', '--db', db, '--as-of', '2019-06-30'])
    expect(code).toBe(0)
    expect(out.indexOf('■ All plans')).toBeGreaterThan(out.lastIndexOf('needs attention'))
    const summary =
      /■ All plans: 5 plans, 124 actions.*\n\s+complete (\d+) · on track (\d+) · at risk (\d+) · overdue (\d+)/.exec(
        out,
      )
    expect(summary).not.toBeNull()
    for (const count of summary!.slice(1)) expect(Number(count)).toBeGreaterThan(0)
  })

  it('JSON holds every action with its title, rating and reasons, and the summary after the plans', async () => {
    const { code, out } = await run(['report', examples, '--as-of', '2020-12-31', '--format', 'json'])
    expect(code).toBe(0)
    expect(out.indexOf('"summary"')).toBeGreaterThan(out.lastIndexOf('"planId"'))
    const report = JSON.parse(out) as {
      plans: {
        planId: string
        actions: { ref: string; title: string; rating: string; reasons: unknown[] }[]
      }[]
      summary: { actions: number }
    }
    expect(Object.fromEntries(report.plans.map((p) => [p.planId, p.actions.length]))).toEqual(actionCounts)
    expect(report.summary.actions).toBe(124)
    const oxford = report.plans.find((p) => p.planId === 'oxford-2018-2020')!
    // Ref 12 (Not started, due Oct. 20) is overdue at the end of 2020; the completed table's ref 1 is complete.
    expect(oxford.actions.filter((a) => a.ref === '12').map((a) => a.rating)).toEqual(['overdue'])
    expect(oxford.actions.filter((a) => a.ref === '1').map((a) => a.rating)).toEqual(['overdue', 'complete'])
    expect(oxford.actions.every((a) => a.title.length > 0 && a.reasons.length > 0)).toBe(true)
  })

  it('explains pillar rows when actions have several pillars', async () => {
    // Bradford action 1 flags Visibility and Recognition.
    const { out } = await run(['report', example('bradford-2019-2020.csv'), '--as-of', '2019-06-30'])
    expect(out).toMatch(/\d+ actions? ha(s|ve) several pillars and counts? under each/)
  })

  it('writes Markdown and a self-contained HTML page with escaped text', async () => {
    const md = await run([
      'report',
      example('oxford-2018-2020.csv'),
      '--as-of',
      '2019-06-30',
      '--format',
      'markdown',
    ])
    expect(md.out).toMatch(/^# Technician Commitment progress — as of 2019-06-30/)
    expect(md.out).toContain('| ref | action | target | rating | why |')
    const file = join(scratch, 'report.html')
    const html = await run(['report', examples, '--as-of', '2019-12-31', '--format', 'html', '--out', file])
    expect(html.code).toBe(0)
    expect(html.err).toContain(file)
    const page = readFileSync(file, 'utf8')
    expect(page).toMatch(/^<!doctype html>/)
    expect(page).toContain("default-src 'none'")
    expect(page).not.toContain('<script')
    // Bradford 16's Detail cell holds raw <p> tags; the report shows the decoded text, never the markup.
    expect(page).not.toContain('<p>')
    expect(page.match(/<section class="techcommit-report"/g)).toHaveLength(5)
  })

  it('defaults to today and reads a stored plan picked with --plan', async () => {
    const { code, out } = await run(['report', '--db', db, '--plan', 'oxford-2018-2020'])
    expect(code).toBe(0)
    expect(out).toContain('1 plan, as of 2020-12-31')
  })
})

describe('validate, convert, dates', () => {
  it('validates the examples (exit 0) and prints one JSON document for several files', async () => {
    const text = await run(['validate', examples])
    expect(text.code).toBe(0)
    expect(text.out).toContain('no-owner') // Cardiff has no owner column
    const json = await run([
      'validate',
      example('oxford-2018-2020.csv'),
      example('cardiff-2018-2020.csv'),
      '--format',
      'json',
    ])
    const document = JSON.parse(json.out) as { files: { file: string }[]; errors: number }
    expect(document.files).toHaveLength(2)
    expect(document.errors).toBe(0)
  })

  it('prints a ref shared by several actions once, naming each of them', async () => {
    const plan = join(scratch, 'shared-refs.csv')
    writeFileSync(
      plan,
      'Ref,Action,Responsible,Timescale,Status\r\n4,Run a lab open day,SM,June 2020,Done\r\n5,Write a skills plan,HR,July 2020,Done\r\n4,Survey the technicians,HR,May 2020,Done\r\n',
    )
    const { out } = await run(['validate', plan])
    expect(out.split('\n').filter((line) => line.includes('[duplicate-ref]'))).toEqual([
      '  action 4: warning: The ref "4" is used by 2 actions: "Run a lab open day" and "Survey the technicians". Fix: Number actions uniquely across the plan (e.g. prefix a second table\'s numbers: "C1", "C2"). [duplicate-ref]',
    ])
  })

  it('keeps the plan id through convert round trips under other file names', async () => {
    const csv = join(scratch, 'bradford-copy.csv')
    const json = join(scratch, 'another-name.json')
    expect(
      (await run(['convert', example('bradford-2019-2020.csv'), '--to', 'csv', '--out', csv])).code,
    ).toBe(0)
    expect(readFileSync(csv, 'utf8').startsWith('\uFEFF')).toBe(true)
    expect((await run(['convert', csv, '--to', 'json', '--out', json])).code).toBe(0)
    const { out } = await run(['convert', json, '--to', 'json'])
    const plan = JSON.parse(out) as {
      id: string
      actions: { ref: string; pillars: string[]; target: { due: string } }[]
    }
    expect(plan.id).toBe('bradford-2019-2020')
    expect(plan.actions.map((a) => a.ref)).toEqual([
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
      '7',
      '8',
      '10',
      '11',
      '12',
      '13',
      '14',
      '15',
      '16',
    ])
    // Action 1: "December 2019", Visibility and Recognition flagged.
    expect(plan.actions[0]).toMatchObject({ pillars: ['V', 'R'], target: { due: '2019-12-31' } })
  })

  it('reads a date cell, under its own name and the explain-date alias', async () => {
    expect((await run(['dates', 'Aug. 18'])).out).toMatch(/due:\s+2018-08-31/)
    const args = ['Q2', '--year-label', 'Year 1=2019', '--column', 'Year 1', '--format', 'json']
    const { code, out } = await run(['explain-date', ...args])
    expect(code).toBe(0)
    expect(JSON.parse(out)).toMatchObject({ start: '2019-04-01', due: '2019-06-30' })
  })
})
