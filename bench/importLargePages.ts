// Real layouts made long: every development plan that imports well, its body repeated to about 1 MB. Run from the
// repo root:
//   node_modules/.bin/tsx --conditions=@techcommit/source bench/importLargePages.ts [--quick] [--only <text>] [--dump <dir>]
// For every golden of every development set (bench/lib/unseenGoldens.ts; the fresh held-out set is never read)
// whose plain import finds at least 80% of its golden actions, the CSV is read into rows and split where the
// import's own reading puts it: the head (the rows up to the header row, or the title, preamble and legend rows the
// page opens with when it has no header) is kept once, and the body (every row after the head) is repeated as
// written, refs and all, until one more copy would pass 1,000,000 bytes. The page is written back as UTF-8 CSV
// (cells quoted where needed, as bench/perturbUnseen.ts writes its identity control). The same page at 1/8 of the
// copies is the linearity check: a linear import takes about 8× as long at 8N (target ≤ 10; quadratic reads ~64).
//
// Subjects, in one process, every input built before any clock starts: `importCsvPlan` of the page's bytes (decode,
// parse, read, map, validate) at full size and at 1/8, and `Papa.parse` of the same text at full size as the
// baseline (papaparse gets the decoded string, so the decoding is counted against the importer only).
// Method, as bench/importBadInput.ts: a sample is as many calls in a row as last about 25 ms, after a full garbage
// collection, and gives the time of one call; the ratios are the medians of the rounds' own ratios, the times the
// medians of the rounds (a busy machine slows the subjects of one round alike). To keep the run short (about 800
// layouts) each is first screened with one call of the import at each size (after one warm-up on the first page);
// the slowest 15, every layout whose screening import took over 0.5 s (scaled with --size) and every one whose
// screening ratio read over 10 are then timed in `rounds` rounds, each subject warmed up first, and only those
// figures are reported. A layout screened under 0.5 s is counted under 1 s without more rounds.
// --only <text>: the plans whose set/file contains the text. --progress: each layout's screening on stderr.
// --screen-only: every layout's screening (one call at each size), highest ratio first, and stop. --dump <dir>: write each 1 MB page to <dir>.
// --size <bytes>: another page size. Writes bench/results/importLargePages.md unless --quick, --only or --size.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import Papa from 'papaparse'
import { importCsvPlan, readCsvRowsSync } from '../packages/adapter-csv/src/index'
import type { ImportExplanation } from '../packages/core/src/index'
import { DEVELOPMENT_SETS, loadGoldens, scoreAgainstGolden } from './lib/unseenGoldens'

const quick = process.argv.includes('--quick')
const rounds = quick ? 3 : 7
const argAfter = (flag: string): string | null =>
  process.argv.includes(flag) ? (process.argv[process.argv.indexOf(flag) + 1] ?? null) : null
const only = argAfter('--only')
const dump = argAfter('--dump')
// --size <bytes>: another page size than 1 MB (a smaller one screens every layout's growth faster).
const LIMIT = Number(argAfter('--size') ?? 1_000_000)
const SHOWN = 15
const RETIME_OVER_MS = 500

setFlagsFromString('--expose-gc')
const collectGarbage = runInNewContext('gc') as () => void

type Rows = string[][]

const quote = (cell: string): string => (/[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell)
const toLines = (rows: Rows): string[] => rows.map((row) => `${row.map(quote).join(',')}\n`)
const encoder = new TextEncoder()
const byteLength = (lines: readonly string[]): number =>
  lines.reduce((sum, line) => sum + encoder.encode(line).length, 0)

/** The rows kept once: up to the header row, or the title, preamble and legend rows a headerless page opens with. */
function headLength(explanation: ImportExplanation): number {
  if (explanation.headerRow !== null) return explanation.headerRow
  const kinds = new Map(explanation.rows.map((r) => [r.row, r.kind]))
  let n = 0
  while (['title', 'preamble', 'legend', 'header'].includes(kinds.get(n + 1) ?? '')) n++
  return n
}

interface Page {
  readonly name: string
  readonly copies: number
  readonly bytes: Uint8Array
  readonly text: string
  readonly small: Uint8Array
  readonly smallCopies: number
}

/** A plan to make long: its rows and how many open it. Pages are built when timed, one at a time (400 in memory would not fit). */
interface Layout {
  readonly name: string
  readonly rows: Rows
  readonly head: number
}

function buildPage({ name, rows, head: headRows }: Layout): Page | null {
  const head = toLines(rows.slice(0, headRows))
  const body = toLines(rows.slice(headRows))
  const headBytes = byteLength(head)
  const bodyBytes = byteLength(body)
  if (bodyBytes === 0) return null
  const copies = Math.max(1, Math.floor((LIMIT - headBytes) / bodyBytes))
  const smallCopies = Math.max(1, Math.round(copies / 8))
  const page = (n: number): string => {
    const parts = [...head]
    for (let k = 0; k < n; k++) parts.push(...body)
    return parts.join('')
  }
  const text = page(copies)
  return {
    name,
    copies,
    bytes: encoder.encode(text),
    text,
    small: encoder.encode(page(smallCopies)),
    smallCopies,
  }
}

const cpuMs = () => {
  const { user, system } = process.cpuUsage()
  return (user + system) / 1000
}

/** Time `reps` calls in a row, after a full GC: the wall and CPU time of one call. */
async function time(run: () => unknown, reps: number): Promise<{ wall: number; cpu: number }> {
  collectGarbage()
  const cpu = cpuMs()
  const wall = performance.now()
  for (let k = 0; k < reps; k++) await run()
  return { wall: (performance.now() - wall) / reps, cpu: (cpuMs() - cpu) / reps }
}
const repsFor = (ms: number) => Math.min(64, Math.max(1, Math.ceil(25 / Math.max(ms, 0.01))))
const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

// Read every plan first.
const layouts: Layout[] = []
let skipped = 0
for (const set of DEVELOPMENT_SETS) {
  for (const golden of loadGoldens(set)) {
    const name = `${set}/${golden.file}`
    if (only !== null && !name.includes(only)) continue
    const source = readFileSync(golden.path)
    const { plan, explanation } = await importCsvPlan(source, { fileName: golden.file })
    if (scoreAgainstGolden(golden, plan).found < 0.8 * golden.actions.length) {
      skipped++
      continue
    }
    layouts.push({ name, rows: readCsvRowsSync(source).rows, head: headLength(explanation) })
  }
}

interface Subjects {
  readonly ours: () => unknown
  readonly small: () => unknown
  readonly papa: () => unknown
}
const subjectsOf = (page: Page): Subjects => ({
  ours: () => importCsvPlan(page.bytes),
  small: () => importCsvPlan(page.small),
  papa: () => Papa.parse<string[]>(page.text, { header: false }),
})

// Screening: after a warm-up on the first page, one call of the import at each size per layout (its ratio is noisy:
// a layout that reads over 10 is timed in rounds too).
const screened: { layout: Layout; ms: number; cpu: number; linear: number }[] = []
const retimeOverMs = (RETIME_OVER_MS * LIMIT) / 1_000_000
for (const layout of layouts) {
  const page = buildPage(layout)
  if (page === null) continue
  if (dump !== null) {
    mkdirSync(dump, { recursive: true })
    writeFileSync(join(dump, page.name.replace(/\//g, '__')), page.bytes)
    if (process.argv.includes('--dump-only')) continue
  }
  const s = subjectsOf(page)
  if (screened.length === 0) for (const run of [s.ours, s.small, s.papa]) await time(run, 1)
  const small = (await time(s.small, 1)).cpu
  const ours = await time(s.ours, 1)
  const linear = (ours.cpu / small) * (8 / (page.copies / page.smallCopies))
  screened.push({ layout, ms: ours.wall, cpu: ours.cpu, linear })
  if (process.argv.includes('--progress'))
    process.stderr.write(
      `${screened.length}/${layouts.length} ${page.name}: ${ours.wall.toFixed(0)} ms, ratio ${linear.toFixed(1)}\n`,
    )
}
screened.sort((a, b) => b.ms - a.ms)
// --screen-only: print the screening (every layout, its one-call wall and CPU time and ratio, highest ratio first) and stop:
// on a machine shared with other work the CPU time is the figure to compare.
if (process.argv.includes('--screen-only')) {
  for (const s of [...screened].sort((a, b) => b.linear - a.linear))
    console.log(
      `${s.layout.name}\t${s.ms.toFixed(0)} ms\t${s.cpu.toFixed(0)} ms CPU\tratio ${s.linear.toFixed(1)}`,
    )
  process.exit(0)
}
const retimed = screened.filter((s, i) => i < SHOWN || s.ms > retimeOverMs || s.linear > 10)

interface Result {
  readonly page: Page
  readonly ms: number
  readonly smallMs: number
  readonly papaMs: number
  readonly vsPapa: number
  readonly linear: number
  readonly linearCpu: number
}
const results: Result[] = []
for (const { layout } of retimed) {
  const page = buildPage(layout) as Page
  const s = subjectsOf(page)
  // A warm-up call of each subject, which also says how many calls make a sample of each.
  const reps = {
    ours: repsFor((await time(s.ours, 1)).wall),
    small: repsFor((await time(s.small, 1)).wall),
    papa: repsFor((await time(s.papa, 1)).wall),
  }
  const rows: { ours: number; small: number; papa: number; oursCpu: number; smallCpu: number }[] = []
  for (let r = 0; r < rounds; r++) {
    const papa = await time(s.papa, reps.papa)
    const small = await time(s.small, reps.small)
    const ours = await time(s.ours, reps.ours)
    rows.push({ ours: ours.wall, small: small.wall, papa: papa.wall, oursCpu: ours.cpu, smallCpu: small.cpu })
  }
  const scale = page.copies / page.smallCopies
  results.push({
    page,
    ms: median(rows.map((r) => r.ours)),
    smallMs: median(rows.map((r) => r.small)),
    papaMs: median(rows.map((r) => r.papa)),
    vsPapa: median(rows.map((r) => r.ours / r.papa)),
    // Normalised to 8× the copies, for pages whose body is too long to make exactly 8 small copies of.
    linear: median(rows.map((r) => ((r.ours / r.small) * 8) / scale)),
    linearCpu: median(rows.map((r) => ((r.oursCpu / r.smallCpu) * 8) / scale)),
  })
}
results.sort((a, b) => b.ms - a.ms)
const overOneSecond = results.filter((r) => r.ms > 1000).length
const nonLinear = results.filter((r) => r.linear > 10).length

const load = loadavg()
  .map((l) => l.toFixed(2))
  .join(' ')
const kb = (bytes: number) => `${(bytes / 1000).toFixed(0)} kB`
const lines = [
  '# Real layouts made long (bench/importLargePages.ts)',
  '',
  `Node ${process.version}, ${cpus().length} cores, load ${load}. ${screened.length} development plans that import at least 80% of their golden actions (${skipped} below that left out), each with its body repeated to about 1 MB; all screened once, the slowest ${retimed.length} timed in ${rounds} rounds (a sample is ~25 ms of calls after a full GC; ms and ratios are medians of the rounds).`,
  '',
  `**Layouts over 1 s at 1 MB: ${overOneSecond}** (of ${screened.length}; every layout screened under ${RETIME_OVER_MS} ms is under 1 s). Over ratio 10 at 8N/N among those timed: ${nonLinear}.`,
  '',
  '| plan | size (copies of the body) | ms at 1 MB | Papa.parse ms | × papaparse | ms at 1/8 | ratio 8N/N (target ≤ 10) | ratio, CPU time |',
  '|---|---|---|---|---|---|---|---|',
  ...results
    .slice(0, Math.max(SHOWN, overOneSecond))
    .map(
      (r) =>
        `| ${r.page.name} | ${kb(r.page.bytes.length)} (${r.page.copies}) | ${r.ms.toFixed(0)} | ${r.papaMs.toFixed(1)} | ${r.vsPapa.toFixed(0)} | ${r.smallMs.toFixed(1)} | ${r.linear.toFixed(1)} | ${r.linearCpu.toFixed(1)} |`,
    ),
]
const text = `${lines.join('\n')}\n`
console.log(text)
if (!quick && only === null && LIMIT === 1_000_000)
  writeFileSync(join(dirname(fileURLToPath(import.meta.url)), 'results/importLargePages.md'), text)
