// CSV import benchmark. Run from the repo root:
//   node_modules/.bin/tsx --conditions=@techcommit/source bench/csv.ts [--quick] [--no-stream]
// (--no-stream: part (a) only, printed as one line, and the results file is left alone; for iterating.)
// (a) Full import of a 100,000-row synthetic export (decode, parse, map, validate) against papaparse's raw
//     Papa.parse of the same text, in this process. Target: at most 2× papaparse. One warm-up round, then
//     rounds that run papaparse, readCsvRowsSync and importCsvPlan in turn, each after a full garbage
//     collection so that no subject pays for the garbage another left behind. The ratio is the median of each
//     round's own ratio (the subjects of one round run back to back, so a busy machine slows both alike).
//     papaparse gets the decoded string (it cannot read bytes), our importer the UTF-8 bytes, so the decoding
//     is counted against us only. Each subject's CPU time is reported too: on this shared machine the wall-clock
//     ratio swings by ±0.1× from run to run.
// (b) A 1,000,000-row export streamed from a generator (never held in memory) through importCsvPlanStream,
//     and through streamCsvRows alone, each in a fresh plain-Node child process (this file bundled by tsup)
//     sampling its RSS. Target: < 200 MB.
import { spawnSync } from 'node:child_process'
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import { rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import Papa from 'papaparse'
import {
  importCsvPlan,
  importCsvPlanStream,
  readCsvRowsSync,
  streamCsvRows,
} from '../packages/adapter-csv/src/index'

const quick = process.argv.includes('--quick')
// While iterating on (a): skip the streamed part and do not overwrite the results file.
const noStream = process.argv.includes('--no-stream')
const childMode = process.argv.find((arg) => arg.startsWith('--child='))?.slice('--child='.length)

const HEADER = [
  'No.',
  'Action',
  'Description',
  'Pillar',
  'Responsible',
  'Target date',
  'Success measure',
  'Status',
  'Notes',
]
const TARGETS = [
  'Dec. 2019',
  'Q3 2020',
  'Ongoing',
  'Summer 2020',
  '31/03/2021',
  'Year 2',
  'Sept. 18',
  '2019-2020',
]
const STATUSES = ['In progress', 'Complete', 'Not started', 'On hold', 'Complete - June 2019', '']
const PILLARS = ['V', 'R, C', 'Visibility', 'C, S', 'V, R, C, S', 'Career Development']
const OWNERS = [
  'HR / Faculty Managers',
  'Technical Forum',
  'SRM',
  'Head of Technical Services; OD',
  'Jo Bloggs',
]

/** One realistic action row; the numbering makes every ref unique. */
function row(i: number): string[] {
  return [
    String(i),
    `Establish a technician network for area ${i % 97}, with "termly" meetings`,
    i % 4 === 0
      ? 'Hold termly meetings across faculties,\nshare minutes on the intranet'
      : 'Publish case studies',
    PILLARS[i % PILLARS.length]!,
    OWNERS[i % OWNERS.length]!,
    TARGETS[i % TARGETS.length]!,
    'Network launched; 50% of technicians attend',
    STATUSES[i % STATUSES.length]!,
    i % 10 === 0 ? 'Delayed by lab refurbishment' : '',
  ]
}

const quoteRow = (cells: readonly string[]): string =>
  `${cells.map((c) => `"${c.replaceAll('"', '""')}"`).join(',')}\r\n`

/** A generated export, yielded in ~64 KB byte chunks so the whole file never exists at once. */
async function* generatedExport(rows: number): AsyncGenerator<Uint8Array> {
  const encoder = new TextEncoder()
  let text = `\uFEFF${quoteRow(HEADER)}`
  for (let i = 1; i <= rows; i++) {
    text += quoteRow(row(i))
    if (text.length >= 64 * 1024) {
      yield encoder.encode(text)
      text = ''
    }
  }
  if (text !== '') yield encoder.encode(text)
}

async function child(kind: string, rows: number): Promise<void> {
  const startRss = process.memoryUsage().rss
  let peak = startRss
  let actions = 0
  let issues = 0
  const started = performance.now()
  const sample = () => {
    const rss = process.memoryUsage().rss
    if (rss > peak) peak = rss
  }
  const timer = setInterval(sample, 20)
  if (kind === 'plan') {
    for await (const batch of importCsvPlanStream(generatedExport(rows))) {
      actions += batch.plan.actions.length
      issues += batch.issues.length
      sample()
      await new Promise((resolve) => setImmediate(resolve)) // let the sampling timer run
    }
  } else {
    for await (const batch of streamCsvRows(generatedExport(rows))) {
      actions += batch.rows.length
      sample()
      await new Promise((resolve) => setImmediate(resolve))
    }
  }
  clearInterval(timer)
  process.stdout.write(JSON.stringify({ startRss, peak, actions, issues, ms: performance.now() - started }))
}

/**
 * Bundle this file with tsup into a temporary .mjs so the memory children run on plain Node, as users' built
 * code does: under tsx the loader thread alone adds tens of MB of RSS that no user pays.
 */
async function bundleSelf(): Promise<string> {
  const { build } = await import('tsup')
  const outDir = join(tmpdir(), `techcommit-csv-bench-${process.pid}`)
  await build({
    entry: { csv: fileURLToPath(import.meta.url) },
    outDir,
    format: ['esm'],
    platform: 'node',
    target: 'node20',
    outExtension: () => ({ js: '.mjs' }),
    noExternal: [/.*/],
    config: false,
    dts: false,
    sourcemap: false,
    silent: true,
    esbuildOptions(options) {
      options.conditions = ['@techcommit/source']
    },
  })
  return join(outDir, 'csv.mjs')
}

function runChild(
  script: string,
  kind: string,
): { startRss: number; peak: number; actions: number; issues: number; ms: number } {
  const result = spawnSync(process.execPath, [script, `--child=${kind}`, ...(quick ? ['--quick'] : [])], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  })
  if (result.status !== 0) throw new Error(`child ${kind} failed: ${result.stderr}`)
  return JSON.parse(result.stdout)
}

/** A markdown table padded the way biome formats it, so the results file passes `biome check`. */
function markdownTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)))
  const line = (cells: readonly string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`
  return [line(header), `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`, ...rows.map(line)].join('\n')
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!

// A full collection before each timed subject: without it, each one's time depends on how much garbage the
// one before it left (papaparse measured after an import pays for collecting the import's plan, and the other
// way round). Same treatment for every subject.
setFlagsFromString('--expose-gc')
const collectGarbage = runInNewContext('gc') as () => void

// CPU time (user + system, all of this process's threads, so the collector's helper threads count too) beside
// the wall-clock time: on a shared machine it shows whether a slow round was our work or another process's.
// Only a count is kept of each subject's result, not the result itself: every subject then runs on the same
// near-empty heap. (Holding papaparse's and readCsvRowsSync's rows while importCsvPlan ran made the collector
// trace two extra copies of the table during the import only: an unfairness against the importer.)
async function timed<T>(
  run: () => T | Promise<T>,
  count: (result: T) => number,
): Promise<{ ms: number; cpuMs: number; count: number }> {
  collectGarbage()
  const cpu = process.cpuUsage()
  const start = performance.now()
  const result = await run()
  const ms = performance.now() - start
  const used = process.cpuUsage(cpu)
  return { ms, cpuMs: (used.user + used.system) / 1000, count: count(result) }
}
const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(0)} MB`

async function main(): Promise<void> {
  const importRows = quick ? 10_000 : 100_000
  const streamRows = quick ? 100_000 : 1_000_000
  if (childMode !== undefined) return child(childMode, streamRows)

  // (a) whole-file import against papaparse
  let csv = `\uFEFF${quoteRow(HEADER)}`
  const parts: string[] = [csv]
  for (let i = 1; i <= importRows; i++) parts.push(quoteRow(row(i)))
  csv = parts.join('')
  const bytes = new TextEncoder().encode(csv)
  const papaMs: number[] = []
  const readMs: number[] = []
  const oursMs: number[] = []
  const papaCpu: number[] = []
  const oursCpu: number[] = []
  let actions = 0
  const rounds = 7
  // Round 0 warms up all three (JIT, parse caches' code paths) and is not counted.
  for (let round = 0; round <= rounds; round++) {
    const papa = await timed(
      () => Papa.parse<string[]>(csv, { header: false }),
      (result) => result.data.length,
    )
    if (papa.count < importRows) throw new Error('papaparse lost rows')
    const read = await timed(
      () => readCsvRowsSync(bytes),
      (result) => result.rows.length,
    )
    if (read.count !== importRows + 1) throw new Error(`expected ${importRows + 1} rows, got ${read.count}`)
    const ours = await timed(
      () => importCsvPlan(bytes),
      (result) => result.plan.actions.length,
    )
    actions = ours.count
    if (round === 0) continue
    papaMs.push(papa.ms)
    readMs.push(read.ms)
    oursMs.push(ours.ms)
    papaCpu.push(papa.cpuMs)
    oursCpu.push(ours.cpuMs)
  }
  if (actions !== importRows) throw new Error(`expected ${importRows} actions, got ${actions}`)
  const reading = median(readMs)
  const papa = median(papaMs)
  const ours = median(oursMs)
  const oursRatio = median(oursMs.map((ms, i) => ms / papaMs[i]!))
  const readingRatio = median(readMs.map((ms, i) => ms / papaMs[i]!))
  const cpuRatio = median(oursCpu.map((ms, i) => ms / papaCpu[i]!))

  if (noStream) {
    process.stdout.write(
      `(a) ${importRows} rows: importCsvPlan ${ours.toFixed(0)} ms, Papa.parse ${papa.toFixed(0)} ms, ratio ${oursRatio.toFixed(2)}×, CPU ${median(oursCpu).toFixed(0)} vs ${median(papaCpu).toFixed(0)} ms = ${cpuRatio.toFixed(2)}×; readCsvRowsSync ${reading.toFixed(0)} ms (${readingRatio.toFixed(2)}×)\n`,
    )
    return
  }
  // (b) streamed import in child processes
  const bundled = await bundleSelf()
  const rowsOnly = runChild(bundled, 'rows')
  const plans = runChild(bundled, 'plan')
  rmSync(dirname(bundled), { recursive: true, force: true })
  if (plans.actions !== streamRows)
    throw new Error(`expected ${streamRows} streamed actions, got ${plans.actions}`)

  const size = `${importRows.toLocaleString('en-GB')}-row export (${(bytes.length / 1e6).toFixed(1)} MB)`
  const table = [
    `CSV import benchmark (${quick ? 'quick' : 'full'} run, (a) medians of 7 rounds after a warm-up round, each subject timed after a full GC; ratio = median of the rounds' ratios; Node ${process.version})`,
    '',
    markdownTable(
      ['measure', 'subject', 'baseline', 'ratio', 'target'],
      [
        [
          `(a) ${size}: importCsvPlan (decode, parse, map, validate) vs Papa.parse`,
          `${ours.toFixed(0)} ms`,
          `${papa.toFixed(0)} ms`,
          `${oursRatio.toFixed(2)}×`,
          '≤ 2×',
        ],
        [
          '(a) the same, CPU time (user + system, all threads: the collector’s helpers count)',
          `${median(oursCpu).toFixed(0)} ms`,
          `${median(papaCpu).toFixed(0)} ms`,
          `${cpuRatio.toFixed(2)}×`,
          '—',
        ],
        [
          '(a′) same file: readCsvRowsSync alone (decode + parse, the adapter’s share) vs Papa.parse',
          `${reading.toFixed(0)} ms`,
          `${papa.toFixed(0)} ms`,
          `${readingRatio.toFixed(2)}×`,
          '—',
        ],
        [
          `(b) ${streamRows.toLocaleString('en-GB')}-row streamed import: importCsvPlanStream vs streamCsvRows alone, peak RSS (RSS after start-up), time`,
          `${mb(plans.peak)} (${mb(plans.startRss)}), ${(plans.ms / 1000).toFixed(0)} s`,
          `${mb(rowsOnly.peak)} (${mb(rowsOnly.startRss)}), ${(rowsOnly.ms / 1000).toFixed(1)} s`,
          `${(plans.peak / rowsOnly.peak).toFixed(2)}×`,
          '< 200 MB',
        ],
      ],
    ),
    '',
  ].join('\n')
  process.stdout.write(table)
  writeFileSync(new URL('./results/csv.md', import.meta.url), table)
}

await main()
