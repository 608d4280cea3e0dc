// The import's cell parsers (resolvePillars, parseStatus, parseOwners) of the working tree against an earlier
// commit's, both built as users run them (lib/builtCore.ts). Run from the repo root:
//   node_modules/.bin/tsx --conditions=@techcommit/source bench/parsersCompare.ts [--base <commit>] [--quick]
// 1. Readings: both builds read every input the same, compared as JSON: every cell of every development plan
//    (examples/data/unseen/*/ but the current held-out set, examples/data/*.csv, the adapter's CSV fixtures),
//    every string of bench/dates/*.json but the current held-out file, each fixture row's cells as pillar flag
//    columns under its first row, the sector's cells, and 100,000 random and hostile strings.
// 2. Speed: each parser on the cells the import hands it in bench/importSector.ts's sector (every action title,
//    status cell and owner cell), in many short rounds that time both builds back to back (which goes first
//    alternates), CPU time of this process; the median of the per-round ratios.
import { readdirSync, readFileSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import Papa from 'papaparse'
import type { PillarFlag } from '../packages/core/src/index'
import { importBuiltCommit, importBuiltCore } from './lib/builtCore'
import { random } from './lib/random'
import { sectorCsv } from './lib/sectorCsv'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const quick = process.argv.includes('--quick')
const baseArg = process.argv.indexOf('--base')
const base = baseArg >= 0 ? (process.argv[baseArg + 1] ?? 'HEAD') : 'HEAD'

const { commit: baseCommit, cores } = await importBuiltCommit(base)
const before = cores[0]!
const after = await importBuiltCore()

// ── 1. Readings ─────────────────────────────────────────────────────────────────────────────────────────────
const csvFiles: string[] = []
const unseen = join(root, 'examples/data/unseen')
// `held-out/` is the set being collected now: never opened. The earlier rounds' held-out sets are development sets.
for (const set of readdirSync(unseen, { withFileTypes: true })) {
  if (!set.isDirectory() || set.name === 'held-out') continue
  for (const f of readdirSync(join(unseen, set.name)))
    if (f.endsWith('.csv')) csvFiles.push(join(unseen, set.name, f))
}
for (const dir of [
  'examples/data',
  'packages/adapter-csv/test/fixtures',
  'packages/adapter-csv/test/fixtures/layouts',
])
  for (const f of readdirSync(join(root, dir))) if (f.endsWith('.csv')) csvFiles.push(join(root, dir, f))
const { plans: sector } = sectorCsv()
const tables = [
  ...csvFiles.map((f) => Papa.parse<string[]>(readFileSync(f, 'utf8')).data),
  ...sector.map((text) => Papa.parse<string[]>(text).data),
]
const texts = new Set<string>(tables.flatMap((rows) => rows.flat()))
const datesDir = join(root, 'bench/dates')
for (const f of readdirSync(datesDir)) {
  if (!f.endsWith('.json') || f.startsWith('collected-heldout')) continue
  for (const entry of JSON.parse(readFileSync(join(datesDir, f), 'utf8')) as { text: string }[])
    texts.add(entry.text)
}
const flagRows: PillarFlag[][] = tables.flatMap((rows) =>
  rows.slice(1).map((row) => row.map((value, i) => ({ header: rows[0]?.[i] ?? '', value }))),
)

// Random and hostile strings: words the parsers look for, separators, brackets, markup, dates, odd spaces and
// characters, joined at random; some cut from real cells and glued together; some far past the length limit.
const rand = random(10)
const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)]!
const realTexts = [...texts].filter((t) => t.length < 300)
const pieces = [
  ...['in progress', 'not started', 'complete', 'Completed', 'on hold', 'On-going', 'as planned', 'planned'],
  ...['RAG', 'status', 'rating:', 'R', 'A', 'G', 'B', 'Red', 'amber', 'GREEN', 'blue', 'rag status'],
  ...['Visibility', 'recognition', 'Career Development', 'Sustainability', 'V', 'C', 'S', 'R', 'development'],
  ...['requirement', 'pillars', 'All', 'all four pillars', 'n/a', 'None', 'TBC', 'Technician Commitment'],
  ...['Researcher Development Concordat', 'environment and culture', 'employer', 'researchers', 'managers'],
  ...['HR', 'Director', 'Head', 'of', 'School', 'Mrs S Stewart', 'Dr. A. Khan', 'Lead:', 'Support:', '(TBC)'],
  ...['[tbd]', 'Dean', 'University Secretary', 'L & D', 'and', '&', '+', 'the', 'plus', 'area', 'aim'],
  ...['16/04/18', '2018-04-16', '3rd of March 2019', 'Sept 12, 2020', '31.12.21', '50%', '100 per cent'],
  ...['12.5 %', '0%', '101%', '7', '2024', 'Q2', 'Dec.'],
  ...[
    ',',
    ', ',
    ';',
    '/',
    '|',
    '•',
    '·',
    '▪',
    '\t',
    '\n',
    '\r\n',
    '\r',
    '(',
    ')',
    '[',
    ']',
    '{',
    '}',
    ':',
    '-',
  ],
  ...['–', '—', '.', '?', '!', "'", '’', "'s", 's', 'ss', ' ', '  ', '\u00a0', '\u200b', '\ufeff', '\u3000'],
  ...[
    '<p>',
    '</p>',
    '<br/>',
    '<li>',
    '<span class="x">',
    '&amp;',
    '&nbsp;',
    '&#8211;',
    '&#x2019;',
    '&bogus;',
  ],
  ...[
    'ＣＯＭＰＬＥＴＥ',
    'ｖ',
    'ﬁnished',
    'Ⅳ',
    'é',
    'É',
    'İ',
    'ß',
    'ǅ',
    '😀',
    '\ud83d',
    '\udc00',
    '\u0000',
    '✓',
    'Y',
  ],
  ...['x', 'yes', 'no', '1', '0', '✗', '☐', 'tick', '✅'],
]
const hostile: string[] = []
const targetCount = quick ? 20_000 : 100_000
while (hostile.length < targetCount) {
  const kind = rand()
  if (kind < 0.6) {
    const n = 1 + Math.floor(rand() * 12)
    let s = ''
    for (let i = 0; i < n; i++) s += pick(pieces) + (rand() < 0.5 ? ' ' : '')
    hostile.push(s)
  } else if (kind < 0.85) {
    const a = pick(realTexts)
    const b = pick(realTexts)
    const cut = Math.floor(rand() * (a.length + 1))
    hostile.push(a.slice(0, cut) + pick(pieces) + b.slice(Math.floor(rand() * (b.length + 1))))
  } else if (kind < 0.97) {
    let s = ''
    const n = Math.floor(rand() * 40)
    for (let i = 0; i < n; i++) s += String.fromCharCode(Math.floor(rand() * (rand() < 0.8 ? 128 : 0x10000)))
    hostile.push(s)
  } else {
    const unit = pick(pieces) + pick([' ', '', ', ', '\n'])
    hostile.push(unit.repeat(Math.ceil((3000 + rand() * 3000) / Math.max(1, unit.length))))
  }
}
const all = [...texts, ...hostile]
const hostileFlags: PillarFlag[][] = []
for (let i = 0; i < (quick ? 2000 : 10_000); i++) {
  const n = Math.floor(rand() * 8)
  hostileFlags.push(Array.from({ length: n }, () => ({ header: pick(all), value: pick(pieces) })))
}

type Core = typeof after
const taxonomies = (core: Core) => [core.technicianCommitment, core.researcherDevelopmentConcordat]
const readings: [string, (core: Core, text: string) => unknown][] = [
  ['parseStatus', (core, text) => core.parseStatus(text)],
  ['parseOwners', (core, text) => core.parseOwners(text)],
  ...taxonomies(after).map((_, k): [string, (core: Core, text: string) => unknown] => [
    `resolvePillars (${taxonomies(after)[k]!.id})`,
    (core, text) => core.resolvePillars(text, taxonomies(core)[k]),
  ]),
]
const differences: string[] = []
let compared = 0
for (const [name, read] of readings) {
  for (const text of all) {
    compared++
    const a = JSON.stringify(read(before, text))
    const b = JSON.stringify(read(after, text))
    if (a !== b && differences.length < 20)
      differences.push(`${name} ${JSON.stringify(text)}:\n  ${a}\n  ${b}`)
  }
}
for (const flags of [...flagRows, ...hostileFlags]) {
  for (const k of [0, 1]) {
    compared++
    const a = JSON.stringify(before.resolvePillars(flags, taxonomies(before)[k]))
    const b = JSON.stringify(after.resolvePillars(flags, taxonomies(after)[k]))
    if (a !== b && differences.length < 20)
      differences.push(`resolvePillars flags ${JSON.stringify(flags).slice(0, 300)}:\n  ${a}\n  ${b}`)
  }
}

// ── 2. Speed ────────────────────────────────────────────────────────────────────────────────────────────────
const imported = sector.map((text) => after.tableToPlan(Papa.parse<string[]>(text).data).plan)
const cellsOf = (field: (a: (typeof imported)[number]['actions'][number]) => string) =>
  imported.flatMap((p) => p.actions.map(field)).filter((text) => text !== '')
const titles = cellsOf((a) => a.title)
const statuses = cellsOf((a) => a.status.text)
const ownerCells = cellsOf((a) => a.ownersText)
const subjects: [string, readonly string[], (core: Core, text: string) => unknown][] = [
  [`resolvePillars on each of the ${titles.length} action titles`, titles, (c, t) => c.resolvePillars(t)],
  [`parseStatus on each of the ${titles.length} action titles`, titles, (c, t) => c.parseStatus(t)],
  [`parseStatus on each of the ${statuses.length} status cells`, statuses, (c, t) => c.parseStatus(t)],
  [`parseOwners on each of the ${ownerCells.length} owner cells`, ownerCells, (c, t) => c.parseOwners(t)],
]
const median = (xs: number[]): number => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)] ?? 0
let sink = 0
/** CPU time (this process, so garbage collection counts) of one pass over the cells, in ms. */
function cpuOf(core: Core, cells: readonly string[], run: (core: Core, text: string) => unknown): number {
  const c0 = process.cpuUsage()
  for (const text of cells) sink += run(core, text) === null ? 1 : 0
  const cpu = process.cpuUsage(c0)
  return (cpu.user + cpu.system) / 1000
}
const rows: string[] = []
const rounds = quick ? 40 : 150
for (const [name, cells, run] of subjects) {
  for (let i = 0; i < 5; i++) {
    cpuOf(before, cells, run)
    cpuOf(after, cells, run)
  }
  const ratios: number[] = []
  const beforeMs: number[] = []
  const afterMs: number[] = []
  for (let r = 0; r < rounds; r++) {
    const b0 = r % 2 === 0 ? cpuOf(before, cells, run) : 0
    const a = cpuOf(after, cells, run)
    const b = r % 2 === 0 ? b0 : cpuOf(before, cells, run)
    beforeMs.push(b)
    afterMs.push(a)
    ratios.push(b / a)
  }
  rows.push(
    `| ${name} | ${median(beforeMs).toFixed(1)} | ${median(afterMs).toFixed(1)} | ${median(ratios).toFixed(2)}× |`,
  )
}
if (sink < 0) console.log(sink)

const load = loadavg()
  .map((x) => x.toFixed(1))
  .join(' / ')
console.log(`Node ${process.version}, ${cpus().length} cores, load ${load}; ${rounds} rounds a row.`)
console.log('')
console.log(`| piece | base ${baseCommit} ms | working tree ms | speed-up |`)
console.log('|---|---|---|---|')
for (const row of rows) console.log(row)
console.log('')
console.log(
  differences.length === 0
    ? `readings: identical on all ${compared.toLocaleString('en-GB')} calls (${texts.size.toLocaleString('en-GB')} real texts, ${hostile.length.toLocaleString('en-GB')} random and hostile strings, ${(flagRows.length + hostileFlags.length).toLocaleString('en-GB')} flag rows)`
    : `readings: DIFFERENT, first ${differences.length}:\n${differences.join('\n')}`,
)
if (differences.length > 0) process.exitCode = 1
