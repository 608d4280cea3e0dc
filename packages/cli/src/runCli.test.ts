import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import type { CliIo } from './io'
import { nodeIo } from './nodeIo'
import { runCli } from './runCli'

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url))
const examples = join(repoRoot, 'examples/data')

/** The real file system, with output captured and the clock fixed. */
function captureIo(overrides: Partial<CliIo> = {}) {
  const out: string[] = []
  const err: string[] = []
  const io: CliIo = {
    ...nodeIo(),
    stdout: (text) => void out.push(text),
    stderr: (text) => void err.push(text),
    today: () => '2020-12-31',
    ...overrides,
  }
  return { io, out: () => out.join(''), err: () => err.join('') }
}

const scratch = mkdtempSync(join(tmpdir(), 'techcommit-cli-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

describe('techcommit report', () => {
  it('imports every example plan and counts the actions a reader counts in the seeds', async () => {
    const { io, out } = captureIo()
    const code = await runCli(['report', examples, '--as-of', '2019-06-30', '--json'], io)
    expect(code).toBe(0)
    const report = JSON.parse(out()) as { file: string; actions: number; asOf: string }[]
    const counts = Object.fromEntries(report.map((r) => [r.file.split('/').pop(), r.actions]))
    // 12 open + 3 completed (Oxford), 18 rows under headings (Cardiff), refs 1–16 without 9 (Bradford),
    // 55 grid entries (Glasgow), Action 1–21 (Portsmouth).
    expect(counts).toEqual({
      'bradford-2019-2020.csv': 15,
      'cardiff-2018-2020.csv': 18,
      'glasgow-2018-2020.csv': 55,
      'oxford-2018-2020.csv': 15,
      'portsmouth-action-plan.csv': 21,
    })
    expect(report.every((r) => r.asOf === '2019-06-30')).toBe(true)
  })

  it('prints a readable report that defaults to today', async () => {
    const { io, out } = captureIo()
    expect(await runCli(['report', join(examples, 'oxford-2018-2020.csv')], io)).toBe(0)
    expect(out()).toContain('as of 2020-12-31')
    expect(out()).toContain('Career Development')
    // Oxford action 1 ("In progress", due Aug. 18) is overdue by the end of 2020.
    expect(out()).toMatch(/OVERDUE\s+1\s+To develop and promote an agreed strategy/)
  })

  it('rates each action as a reader would on the chosen date', async () => {
    const { io, out } = captureIo()
    await runCli(['report', join(examples, 'oxford-2018-2020.csv'), '--as-of', '2020-12-31', '--json'], io)
    const [report] = JSON.parse(out()) as { assessments: { ref: string; rating: string }[] }[]
    const byRef = (ref: string) => report!.assessments.filter((a) => a.ref === ref).map((a) => a.rating)
    // Ref 12 (Not started, due Oct. 20) is overdue; the completed table's ref 1 is complete.
    expect(byRef('12')).toEqual(['overdue'])
    expect(byRef('1')).toEqual(['overdue', 'complete'])
  })

  it('writes a self-contained HTML report with no script and escaped cell text', async () => {
    const file = join(scratch, 'report.html')
    const { io } = captureIo()
    expect(await runCli(['report', examples, '--as-of', '2019-12-31', '--html', file], io)).toBe(0)
    const html = readFileSync(file, 'utf8')
    expect(html).toMatch(/^<!doctype html>/)
    expect(html).toContain("default-src 'none'")
    expect(html).not.toContain('<script')
    // Bradford 16's Detail cell holds raw <p> tags; the report shows the decoded text, never the markup.
    expect(html).not.toContain('<p>')
    // Five plan sections, one per example file.
    expect(html.match(/<section class="techcommit-report"/g)).toHaveLength(5)
  })

  it('rejects a malformed --as-of with the form it expects', async () => {
    const { io, err } = captureIo()
    expect(await runCli(['report', examples, '--as-of', '31/12/2020'], io)).toBe(2)
    expect(err()).toContain('YYYY-MM-DD')
  })

  it('rejects a day that does not exist', async () => {
    const { io, err } = captureIo()
    expect(await runCli(['report', examples, '--as-of', '2019-02-29'], io)).toBe(2)
    expect(err()).toContain('got "2019-02-29"')
  })

  it('says which path is missing', async () => {
    const { io, err } = captureIo()
    expect(await runCli(['report', join(scratch, 'nope.csv')], io)).toBe(2)
    expect(err()).toContain('nope.csv')
  })
})

describe('techcommit explain-date', () => {
  it('reads a two-digit-year month as its last day', async () => {
    const { io, out } = captureIo()
    expect(await runCli(['explain-date', 'Aug. 18'], io)).toBe(0)
    expect(out()).toMatch(/due:\s+2018-08-31/)
  })

  it('places a quarter under a year column through the year labels', async () => {
    const { io, out } = captureIo()
    const args = ['explain-date', 'Q2', '--year-label', 'Year 1=2019', '--column', 'Year 1', '--json']
    expect(await runCli(args, io)).toBe(0)
    const target = JSON.parse(out()) as { due: string; start: string }
    expect(target).toMatchObject({ start: '2019-04-01', due: '2019-06-30' })
  })
})

describe('techcommit convert and validate', () => {
  it('converts to the canonical CSV, which imports back to the same actions', async () => {
    const out1 = join(scratch, 'bradford.csv')
    const { io } = captureIo()
    expect(
      await runCli(['convert', join(examples, 'bradford-2019-2020.csv'), '--to', 'csv', '--out', out1], io),
    ).toBe(0)
    const { io: io2, out } = captureIo()
    expect(await runCli(['convert', out1, '--to', 'json'], io2)).toBe(0)
    const plan = JSON.parse(out()) as {
      actions: { ref: string; pillars: string[]; target: { due: string | null } }[]
    }
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
    expect(readFileSync(out1, 'utf8').startsWith('\uFEFF')).toBe(true)
  })

  it('reports a broken file as file:row:column and exits 1', async () => {
    const bad = join(scratch, 'broken.csv')
    await nodeIo().writeFile(
      bad,
      'Action,Timescale,Responsible\r\nFix the "webpage,Aug. 18,SM\r\n"Unclosed,Dec. 18,SM\r\n',
    )
    const { io, out } = captureIo()
    expect(await runCli(['validate', bad], io)).toBe(1)
    expect(out()).toMatch(/broken\.csv:\d+(:\d+)?: error: /)
  })

  it('lists data-quality findings for a plan without owners', async () => {
    const { io, out } = captureIo()
    await runCli(['validate', join(examples, 'cardiff-2018-2020.csv')], io)
    expect(out()).toContain('no-owner')
  })

  it('refuses an unknown --to', async () => {
    const { io, err } = captureIo()
    expect(await runCli(['convert', join(examples, 'oxford-2018-2020.csv'), '--to', 'xml'], io)).toBe(2)
    expect(err()).toContain('--to json or --to csv')
  })
})

describe('techcommit import', () => {
  it('saves a plan to an SQLite file and bumps the revision on re-import', async () => {
    const db = join(scratch, 'plans.db')
    const file = join(examples, 'portsmouth-action-plan.csv')
    const first = captureIo()
    expect(await runCli(['import', file, '--db', db], first.io)).toBe(0)
    expect(first.out()).toContain('(21 actions)')
    const second = captureIo()
    expect(await runCli(['import', file, '--db', db], second.io)).toBe(0)
    const [r1, r2] = [first.out(), second.out()].map((o) => Number(/revision (\d+)/.exec(o)?.[1]))
    expect(r2).toBeGreaterThan(r1!)
  })
})

describe('usage', () => {
  it('prints help and exits 0 with --help', async () => {
    const { io, out } = captureIo()
    expect(await runCli(['--help'], io)).toBe(0)
    expect(out()).toContain('techcommit report')
  })

  it('exits 2 on an unknown command', async () => {
    const { io, err } = captureIo()
    expect(await runCli(['frobnicate'], io)).toBe(2)
    expect(err()).toContain('unknown command')
  })
})
