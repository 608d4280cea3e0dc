// Office import benchmark. Run from the repo root:
//   node_modules/.bin/tsx --conditions=@techcommit/source bench/office.ts [--quick]
// (a) A 10,000-row workbook (a sector-wide export kept in Excel: pillar merged down runs of rows, dates as
//     date cells) imported end to end by importXlsxPlan, against importCsvPlan of the same rows as a CSV —
//     the format users are asked to "save as" today. Same process, a warm-up round, then rounds that run both
//     in turn after a full GC; the ratio is the median of the rounds' own ratios.
// (b) A 150-action Word plan (the largest plan we design for: section rows spanning the table, pillar cells
//     merged down) by importDocxPlan against importCsvPlan of the same rows, the same way.
// (c) Peak memory: each subject once in a fresh child process, reporting the RSS its import adds (see child()).
// (d) The browser build: src/index.ts bundled and minified for browsers by esbuild, @techcommit/core left
//     external (a page that imports plans has core already), gzipped.
import { spawnSync } from 'node:child_process'
import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { importCsvPlan, rowsToCsv } from '../packages/adapter-csv/src/index'
import { importDocxPlan, importXlsxPlan } from '../packages/adapter-office/src/index'
import {
  type DocxCell,
  writeDocx,
  writeXlsx,
  type XlsxCell,
} from '../packages/adapter-office/test/writeOffice'
import { random, randomIsoDay } from './lib/random'

const here = dirname(fileURLToPath(import.meta.url))
const quick = process.argv.includes('--quick')
const childMode = process.argv.find((arg) => arg.startsWith('--child='))?.slice('--child='.length)
const rows = quick ? 2_000 : 10_000
const rounds = quick ? 3 : 7

const header = [
  'No.',
  'Pillar',
  'Action',
  'Owner',
  'Target date',
  'Status',
  'Success measure',
  'Last reviewed',
]
const pillars = ['Visibility', 'Recognition', 'Career Development', 'Sustainability']
const owners = ['Technical Forum', 'HR / Faculty Managers', 'SRM', 'Head of Technical Services']
const targets = ['Dec. 2019', 'Q3 2020', 'Ongoing', 'Summer 2020', '31/03/2021', 'Sept. 18']
const statuses = ['In progress', 'Complete', 'Not started', 'On hold', '']

/** The plan as text rows (what the CSV holds) with the pillar written once per run of six rows, merged. */
function planRows(count: number): { text: string[][]; reviewed: string[] } {
  const rand = random(16)
  const text: string[][] = [header]
  const reviewed: string[] = []
  for (let i = 1; i <= count; i++) {
    const day = randomIsoDay(rand, 2019, 3)
    reviewed.push(day)
    text.push([
      String(i),
      pillars[Math.floor((i - 1) / 6) % pillars.length]!,
      `Establish a technician network for area ${i % 97}, with termly meetings\nand minutes shared`,
      owners[i % owners.length]!,
      targets[i % targets.length]!,
      statuses[i % statuses.length]!,
      'Network launched; 50% of technicians attend',
      day,
    ])
  }
  return { text, reviewed }
}

function workbook(count: number): { xlsx: Uint8Array; csv: string } {
  const { text, reviewed } = planRows(count)
  const merges: string[] = []
  const cells = text.map((row, r): XlsxCell[] => {
    if (r === 0) return row
    const runStart = (r - 1) % 6 === 0
    if (runStart && r < count) merges.push(`B${r + 1}:B${Math.min(r + 6, count + 1)}`)
    return row.map((cell, c): XlsxCell => {
      if (c === 0) return Number(cell)
      if (c === 1 && !runStart) return null
      if (c === 7) return { date: reviewed[r - 1]!, format: 'dd/mm/yyyy' }
      return cell
    })
  })
  return { xlsx: writeXlsx([{ name: 'Plan', rows: cells, merges }]), csv: rowsToCsv(text) }
}

function wordPlan(count: number): { docx: Uint8Array; csv: string } {
  const { text } = planRows(count)
  const table: DocxCell[][] = text.map((row, r) =>
    row.map((cell, c): DocxCell => {
      if (r === 0 || c !== 1) return { text: cell }
      const runStart = (r - 1) % 6 === 0
      return { text: cell, vMerge: runStart ? 'restart' : 'continue' }
    }),
  )
  const docx = writeDocx([
    { paragraph: 'University of Example' },
    { paragraph: 'Technician Commitment Action Plan 2019–2022' },
    { table },
  ])
  return { docx, csv: rowsToCsv(text) }
}

const gc = (globalThis as { gc?: () => void }).gc ?? (() => {})
const median = (values: number[]) => values.slice().sort((a, b) => a - b)[Math.floor(values.length / 2)]!

async function time(run: () => Promise<unknown>): Promise<number> {
  gc()
  const started = performance.now()
  await run()
  return performance.now() - started
}

async function compare(subject: () => Promise<unknown>, baseline: () => Promise<unknown>) {
  for (let warm = 0; warm < 3; warm++) {
    await subject()
    await baseline()
  }
  const subjectTimes: number[] = []
  const baselineTimes: number[] = []
  const ratios: number[] = []
  for (let round = 0; round < rounds; round++) {
    const s = await time(subject)
    const b = await time(baseline)
    subjectTimes.push(s)
    baselineTimes.push(b)
    ratios.push(s / b)
  }
  return { subject: median(subjectTimes), baseline: median(baselineTimes), ratio: median(ratios) }
}

async function child(mode: string): Promise<void> {
  const kind = mode.split(':')[0]!
  const input = kind.startsWith('docx') || kind === 'csv-docx' ? wordPlan(150) : workbook(rows)
  const bytes = 'xlsx' in input ? input.xlsx : input.docx
  const csv = new TextEncoder().encode(input.csv)
  gc()
  // RSS seldom shrinks, so the start-up peak hides a smaller import peak: when the lifetime peak rose during
  // the import, the import set it; otherwise what the import added to RSS is the figure (a lower bound).
  const rssBefore = process.memoryUsage().rss
  const peakBefore = process.resourceUsage().maxRSS * 1024
  let actions = 0
  if (kind === 'xlsx') actions = (await importXlsxPlan(bytes)).plan.actions.length
  if (kind === 'docx') actions = (await importDocxPlan(bytes)).plan.actions.length
  if (kind === 'csv-xlsx' || kind === 'csv-docx') actions = (await importCsvPlan(csv)).plan.actions.length
  const peakAfter = process.resourceUsage().maxRSS * 1024
  const rssAfter = process.memoryUsage().rss
  const added = peakAfter > peakBefore ? peakAfter - rssBefore : Math.max(0, rssAfter - rssBefore)
  process.stdout.write(JSON.stringify({ added, actions, maxRss: peakAfter }))
}

function peakRss(mode: string): { added: number; actions: number; maxRss: number } {
  const result = spawnSync(
    process.execPath,
    [
      '--conditions=@techcommit/source',
      '--import',
      'tsx',
      '--expose-gc',
      fileURLToPath(import.meta.url),
      `--child=${mode}`,
      ...(quick ? ['--quick'] : []),
    ],
    { encoding: 'utf8' },
  )
  if (result.status !== 0) throw new Error(result.stderr)
  return JSON.parse(result.stdout) as { added: number; actions: number; maxRss: number }
}

async function browserSize(): Promise<{ raw: number; gzip: number }> {
  const { build } = await import('tsup')
  const outDir = join(tmpdir(), `techcommit-office-bench-${process.pid}`)
  await build({
    entry: { office: join(here, '../packages/adapter-office/src/index.ts') },
    outDir,
    format: ['esm'],
    platform: 'browser',
    target: 'es2022',
    minify: true,
    noExternal: [/^(?!@techcommit\/core)/],
    external: ['@techcommit/core'],
    config: false,
    dts: false,
    sourcemap: false,
    silent: true,
  })
  const code = readFileSync(join(outDir, 'office.js'))
  rmSync(outDir, { recursive: true, force: true })
  return { raw: code.length, gzip: gzipSync(code, { level: 9 }).length }
}

const mb = (bytes: number) => `${(bytes / 1_000_000).toFixed(1)} MB`
const ms = (value: number) => `${value.toFixed(value < 10 ? 1 : 0)} ms`

async function main(): Promise<void> {
  const book = workbook(rows)
  const word = wordPlan(150)
  const csvBook = new TextEncoder().encode(book.csv)
  const csvWord = new TextEncoder().encode(word.csv)
  const checkBook = await importXlsxPlan(book.xlsx)
  const checkCsv = await importCsvPlan(csvBook)
  if (
    JSON.stringify(checkBook.plan.actions.map((a) => [a.title, a.pillars, a.target.due])) !==
    JSON.stringify(checkCsv.plan.actions.map((a) => [a.title, a.pillars, a.target.due]))
  ) {
    throw new Error('the workbook and the CSV do not import to the same actions')
  }
  const a = await compare(
    () => importXlsxPlan(book.xlsx),
    () => importCsvPlan(csvBook),
  )
  const b = await compare(
    () => importDocxPlan(word.docx),
    () => importCsvPlan(csvWord),
  )
  const memory = {
    xlsx: peakRss('xlsx'),
    csvXlsx: peakRss('csv-xlsx'),
    docx: peakRss('docx'),
    csvDocx: peakRss('csv-docx'),
  }
  const size = await browserSize()
  const table = [
    ['measure', 'subject', 'baseline', 'ratio'],
    [
      `(a) ${rows.toLocaleString('en-GB')}-row workbook (${mb(book.xlsx.length)} .xlsx, pillar merged down runs of 6, date cells): importXlsxPlan vs importCsvPlan of the same rows (${mb(csvBook.length)})`,
      ms(a.subject),
      ms(a.baseline),
      `${a.ratio.toFixed(2)}×`,
    ],
    [
      `(b) 150-action Word plan (${(word.docx.length / 1000).toFixed(0)} kB .docx, vMerge pillar cells): importDocxPlan vs importCsvPlan of the same rows`,
      ms(b.subject),
      ms(b.baseline),
      `${b.ratio.toFixed(2)}×`,
    ],
    [
      '(c) peak RSS the import adds (fresh process each, after loading and building the file): the workbook (a)',
      mb(memory.xlsx.added),
      mb(memory.csvXlsx.added),
      '—',
    ],
    ['(c) the same for the Word plan (b)', mb(memory.docx.added), mb(memory.csvDocx.added), '—'],
    [
      '(d) browser build of @techcommit/adapter-office (esbuild, minified, core external): raw / gzip',
      `${(size.raw / 1000).toFixed(1)} kB / ${(size.gzip / 1000).toFixed(1)} kB gzip`,
      '—',
      '—',
    ],
  ]
  const widths = table[0]!.map((_, c) => Math.max(...table.map((row) => row[c]!.length)))
  const lines = table.map((row) => `| ${row.map((cell, c) => cell.padEnd(widths[c]!)).join(' | ')} |`)
  lines.splice(1, 0, `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`)
  const heading = `Office import benchmark (${quick ? 'quick' : 'full'} run, medians of ${rounds} rounds after three warm-up rounds, each subject after a full GC; ratio = median of the rounds' ratios; Node ${process.version}, ${(await import('node:os')).cpus().length} cores, load ${(await import('node:os')).loadavg()[0]!.toFixed(1)}). Peak RSS of the whole process (tsx loader included): workbook ${mb(memory.xlsx.maxRss)} vs CSV ${mb(memory.csvXlsx.maxRss)}; ${memory.xlsx.actions} and ${memory.docx.actions} actions imported.`
  const text = `${heading}\n\n${lines.join('\n')}\n`
  process.stdout.write(text)
  if (!quick) writeFileSync(join(here, 'results/office.md'), text)
}

if (childMode !== undefined) await child(childMode)
else await main()
