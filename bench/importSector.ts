// Whole-sector import benchmark. Run from the repo root:
//   node_modules/.bin/tsx --conditions=@techcommit/source bench/importSector.ts [--quick]
// 150 generated plans (about 10,000 actions) in five layouts real plans use: a synonym header ("No., Action,
// Lead, Timescale, Status"), header words only ("What we will do, Who, By when, Progress to date"), no header
// at all (read from the cells), a group label written once per objective ("Objective, Actions and outputs,
// Timeframe, Person(s) responsible"), and a one-column numbered list with theme headings. Each plan is imported
// end to end with importCsvPlan (parse, find the table, assign columns, build, validate) from its CSV text;
// the baseline is Papa.parse of the same 150 texts. Rounds alternate the two; the ratio is the median of
// each round's ratio. Target: at most 3× papaparse.
// Then where the time goes: each pipeline step's share of a sampling profile of three more rounds in this
// process (CSV parse, find the table, assign columns, read rows, read the body, build the actions with their
// parsers, validate); and floors, pieces timed alone over the same plans: the CSV parse, Plan.safeParse of every
// imported plan, each parser once per cell (as the import does) and once per distinct text (what a per-import memo would cost), and the
// parsers on every action title (what content scoring's sample and short-cell rule spare).
import { writeFileSync } from 'node:fs'
import { Session } from 'node:inspector/promises'
import { cpus, loadavg } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import Papa from 'papaparse'
import { importCsvPlan, readCsvRowsSync } from '../packages/adapter-csv/src/index'
import {
  Plan,
  parseOwners,
  parseStatus,
  parseTargetDate,
  resolvePillars,
  tableToPlan,
  technicianCommitment,
} from '../packages/core/src/index'
import { statusFromHeading } from '../packages/core/src/import/statusFromHeading'
import { sectorCsv } from './lib/sectorCsv'

const quick = process.argv.includes('--quick')
const { plans, actions: target } = sectorCsv()

async function ours(): Promise<number> {
  let actions = 0
  for (let n = 0; n < plans.length; n++)
    actions += (await importCsvPlan(plans[n]!, { fileName: `plan-${n}.csv` })).plan.actions.length
  return actions
}
function papa(): number {
  let rows = 0
  for (const text of plans) rows += Papa.parse<string[]>(text).data.length
  return rows
}

const gc = (globalThis as { gc?: () => void }).gc ?? (() => {})
const actionsRead = await ours() // warm-up, and the count
if (process.argv.includes('--once')) process.exit(0)
papa()
const rounds = quick ? 3 : 15
const ratios: number[] = []
const oursMs: number[] = []
const papaMs: number[] = []
for (let r = 0; r < rounds; r++) {
  gc()
  let t = performance.now()
  papa()
  const p = performance.now() - t
  gc()
  t = performance.now()
  await ours()
  const o = performance.now() - t
  papaMs.push(p)
  oursMs.push(o)
  ratios.push(o / p)
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!

// The breakdown, part 1: where importCsvPlan spends its time, from a sampling profile (node:inspector) of three
// more rounds in this process. Each sample is charged to the nearest pipeline step on its stack (buildAction
// runs inside readTableBody but is its own step); garbage collection is its own row. Shares of the samples,
// times the median importCsvPlan time above, give each step's milliseconds.
const steps: readonly (readonly [step: string, functions: readonly string[]])[] = [
  ['CSV parse: decode, sniff the delimiter, parse (readCsvRows)', ['readCsvRows']],
  ['find the table (findHeader, findTable)', ['findHeader', 'findTable']],
  [
    'assign columns, content scoring included (assignColumns, refineColumnMap)',
    ['assignColumns', 'refineColumnMap'],
  ],
  ['read rows: peel refs and bullets (readRows)', ['readRows']],
  ['read the body: sections, continuations, repeated headers (readTableBody)', ['readTableBody']],
  ['build each action: date, status, owner, pillar parsers on every cell (buildAction)', ['buildAction']],
  ['validate the plan (buildPlan)', ['buildPlan']],
  [
    'the rest of importCsvPlan and tableToPlan (tidy rows, legend, title, ids, explanation)',
    ['importCsvPlan'],
  ],
]
const stepByFunction = new Map(steps.flatMap(([step, names]) => names.map((name) => [name, step] as const)))
const session = new Session()
session.connect()
await session.post('Profiler.enable')
await session.post('Profiler.setSamplingInterval', { interval: 100 })
await session.post('Profiler.start')
for (let r = 0; r < 3; r++) await ours()
const { profile } = await session.post('Profiler.stop')
session.disconnect()
const gcStep = 'garbage collection (all steps)'
const parentOf = new Map<number, number>()
for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id)
const nodeById = new Map(profile.nodes.map((node) => [node.id, node]))
const stepOfNode = (id: number): string | null => {
  for (let at: number | undefined = id; at !== undefined; at = parentOf.get(at)) {
    const frame = nodeById.get(at)!.callFrame
    if (frame.functionName === '(garbage collector)') return gcStep
    if (frame.url.includes('/packages/')) {
      const step = stepByFunction.get(frame.functionName)
      if (step !== undefined) return step
    }
  }
  return null
}
const sampled = new Map<string, number>()
profile.samples?.forEach((id, i) => {
  const step = stepOfNode(id)
  if (step !== null) sampled.set(step, (sampled.get(step) ?? 0) + (profile.timeDeltas?.[i] ?? 0))
})
const sampledTotal = [...sampled.values()].reduce((sum, t) => sum + t, 0)
const oursMedian = median(oursMs)
const papaMedian = median(papaMs)
const stepRows = [...steps.map(([step]) => step), gcStep].map((step) => {
  const ms = ((sampled.get(step) ?? 0) / sampledTotal) * oursMedian
  return `| ${step} | ${ms.toFixed(1)} | ${(ms / papaMedian).toFixed(1)} |`
})

// Part 2, floors: pieces timed alone over the same plans, median of the rounds.
const taxonomy = technicianCommitment
const imported = plans.map((text) => tableToPlan(readCsvRowsSync(text).rows).plan)
const cellsOf = (pick: (a: (typeof imported)[number]['actions'][number]) => string) =>
  imported.flatMap((p) => p.actions.map(pick)).filter((text) => text !== '')
const targets = cellsOf((a) => a.target.text)
const statuses = cellsOf((a) => a.status.text)
const ownerCells = cellsOf((a) => a.ownersText)
const titles = cellsOf((a) => a.title)
// What a per-import memo would cost: each plan parsing each of its own distinct target texts once.
const distinctTargets = imported.flatMap((p) => [
  ...new Set(p.actions.map((a) => a.target.text).filter((text) => text !== '')),
])
// What a heading says for the actions under it (a state, a pillar): read per action, or once per heading of each
// plan (buildAction's per-import map of headings).
const sectioned = imported.flatMap((p) => p.actions.map((a) => a.section).filter((s) => s !== null))
const distinctSections = imported.flatMap((p) => [
  ...new Set(p.actions.map((a) => a.section).filter((s) => s !== null)),
])
const readHeading = (text: string) => {
  statusFromHeading(text)
  resolvePillars(text.slice(0, 400), taxonomy)
}
function timed(run: () => unknown): number {
  const times: number[] = []
  for (let r = 0; r < rounds; r++) {
    gc()
    const t = performance.now()
    run()
    times.push(performance.now() - t)
  }
  return median(times)
}
const each =
  <T>(items: readonly T[], run: (item: T) => unknown) =>
  (): void => {
    for (const item of items) run(item)
  }
const floors: [string, number][] = [
  [
    'readCsvRowsSync of the 150 texts (the CSV parse alone)',
    timed(each(plans, (text) => readCsvRowsSync(text))),
  ],
  [
    `Plan.safeParse of the ${imported.length} imported plans (zod on every action)`,
    timed(each(imported, (p) => Plan.safeParse(p))),
  ],
  [
    `parseTargetDate on each of the ${targets.length} target cells (no memo)`,
    timed(each(targets, (text) => parseTargetDate(text))),
  ],
  [
    `parseTargetDate on each of the ${distinctTargets.length} distinct target texts of each plan (a per-import memo)`,
    timed(each(distinctTargets, (text) => parseTargetDate(text))),
  ],
  [
    `parseStatus on each of the ${statuses.length} status cells (no memo)`,
    timed(each(statuses, (text) => parseStatus(text))),
  ],
  [
    `parseOwners on each of the ${ownerCells.length} owner cells (no memo)`,
    timed(each(ownerCells, (text) => parseOwners(text))),
  ],
  [
    `a heading's status and pillar read for each of the ${sectioned.length} actions under a heading`,
    timed(each(sectioned, readHeading)),
  ],
  [
    `a heading's status and pillar read once for each of the ${distinctSections.length} headings of each plan (as imported)`,
    timed(each(distinctSections, readHeading)),
  ],
  [
    `parseTargetDate on each of the ${titles.length} action titles`,
    timed(each(titles, (text) => parseTargetDate(text))),
  ],
  [
    `parseStatus on each of the ${titles.length} action titles`,
    timed(each(titles, (text) => parseStatus(text))),
  ],
  [
    `resolvePillars on each of the ${titles.length} action titles`,
    timed(each(titles, (text) => resolvePillars(text, taxonomy))),
  ],
]
const perTarget = (floors[2]![1] * 1000) / targets.length
const bytes = plans.reduce((sum, text) => sum + text.length, 0)
const text = [
  '# Whole-sector import (bench/importSector.ts)',
  '',
  `Node ${process.version}, ${cpus().length} cores, load ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}; ${rounds} rounds.`,
  '',
  `150 plans in 5 layouts, ${target} actions written, ${actionsRead} read back; ${(bytes / 1024).toFixed(0)} KB of CSV.`,
  '',
  '| subject | median ms | fastest ms |',
  '|---|---|---|',
  `| Papa.parse of the 150 texts (baseline) | ${median(papaMs).toFixed(1)} | ${Math.min(...papaMs).toFixed(1)} |`,
  `| importCsvPlan of the 150 texts | ${median(oursMs).toFixed(1)} | ${Math.min(...oursMs).toFixed(1)} |`,
  '',
  `**Ratio: ${median(ratios).toFixed(2)}× papaparse** (target ≤ 3×); fastest round against fastest round: ${(
    Math.min(...oursMs) / Math.min(...papaMs)
  ).toFixed(2)}×, the figure least moved by other work on a shared machine.`,
  '',
  '## Where the time goes',
  '',
  `importCsvPlan step by step: shares of a sampling profile of 3 more rounds, times the median above (${oursMedian.toFixed(1)} ms).`,
  '',
  '| step | ms | × papaparse |',
  '|---|---|---|',
  ...stepRows,
  '',
  '## Floors',
  '',
  `Pieces timed alone over the same plans (median of ${rounds}). parseTargetDate costs ${perTarget.toFixed(1)} µs a cell;`,
  'the import reads each distinct target, status, owner and heading text of a plan once (a per-import memo), and content scoring hands only a sample of 40',
  'cells a column to the parsers (status and pillar parsers only cells of at most 6 words).',
  '',
  '| piece | ms | × papaparse |',
  '|---|---|---|',
  ...floors.map(([name, ms]) => `| ${name} | ${ms.toFixed(1)} | ${(ms / papaMedian).toFixed(1)} |`),
  '',
].join('\n')
console.log(text)
if (!quick) writeFileSync(join(dirname(fileURLToPath(import.meta.url)), 'results/importSector.md'), text)
