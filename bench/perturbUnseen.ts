// Robustness of the importer: the same plan written slightly differently, as users do, should read the same.
// Run from the repo root:
//   node_modules/.bin/tsx --conditions=@techcommit/source bench/perturbUnseen.ts [--no-write] [--only <name>] [--all-losses] [--dump <dir>]
// For every golden of every development set whose plain reading finds at least 80% of its actions, each
// perturbation below is applied on its own, deterministically, to the rows of the CSV; the perturbed CSV is
// imported and scored against the same golden with the same scorer (bench/lib/unseenGoldens.ts). A perturbation is
// applied only where it keeps what a careful reader sees (a header word is replaced only where the unperturbed
// reading mapped that column to the field the word names, and the word is a plain field name).
// Reports per perturbation: plans it applied to, found and right fields kept against the plain reading (a ratio),
// and the plans that lost most. Writes bench/results/perturbUnseen.md unless --no-write.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { importCsvPlan, readCsvRowsSync } from '../packages/adapter-csv/src/index'
import type { ImportExplanation } from '../packages/core/src/index'
import { DEVELOPMENT_SETS, type Golden, loadGoldens, scoreAgainstGolden } from './lib/unseenGoldens'

type Rows = string[][]

/** What a perturbation knows of the plain reading: the rows, the header row (0-based) and each column's field. */
interface Reading {
  readonly rows: Rows
  readonly headerRow: number | null
  readonly fields: ReadonlyMap<number, string>
  readonly titleColumn: number | null
  readonly width: number
}

/** The rows and line ending to write, or null when the perturbation does not apply to this plan. */
type Perturbed = { rows: Rows; crlf?: boolean } | null

interface Perturbation {
  readonly name: string
  readonly what: string
  readonly apply: (reading: Reading, seed: number) => Perturbed
}

const norm = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()

const pad = (row: readonly string[], width: number): string[] => [
  ...row,
  ...Array.from({ length: Math.max(0, width - row.length) }, () => ''),
]

// Plain field names as headers are commonly written, and other common wordings of the same column. A header is
// reworded only when its normalised text is one of the plain names and the plain reading gave it that field.
const PLAIN_HEADERS: Record<string, readonly string[]> = {
  title: [
    'action',
    'actions',
    'action point',
    'actions to be taken',
    'task',
    'tasks',
    'activity',
    'activities',
  ],
  owners: [
    'owner',
    'owners',
    'lead',
    'leads',
    'responsibility',
    'responsible',
    'who',
    'lead responsibility',
    'action owner',
    'responsible person',
    'person responsible',
  ],
  target: [
    'deadline',
    'target date',
    'date',
    'timescale',
    'timescales',
    'timeframe',
    'due date',
    'by when',
    'when',
    'completion date',
    'target',
    'timeline',
  ],
  status: ['status', 'progress', 'rag', 'rag status', 'current status', 'update', 'progress update'],
  ref: ['ref', 'no', 'no.', 'number', 'ref no', 'reference', 'id', 'item', '#'],
}
const OTHER_WORDINGS: Record<string, readonly string[]> = {
  title: ['What we will do', 'Action required', 'Actions', 'Task'],
  owners: ['Lead(s)', 'Who is responsible', 'Responsible', 'Owner'],
  target: ['By when', 'Target date', 'Timescale', 'Deadline'],
  status: ['Progress/RAG', 'Current status', 'Progress', 'RAG'],
  ref: ['No.', 'Ref', 'Item', '#'],
}

// Whole-cell status words and another spelling of the same state.
const STATUS_SPELLINGS: Record<string, string> = {
  completed: 'Done',
  done: 'Complete',
  complete: 'Completed',
  'in progress': 'Underway',
  underway: 'In progress',
  'under way': 'In progress',
  'not started': 'Not yet started',
  'not yet started': 'Not started',
  ongoing: 'On-going',
  'on track': 'On Track',
}

/** The header row of a table of two or more headed columns, or null (a one-column page's first line is no header). */
const tableHeader = (r: Reading): number | null =>
  r.headerRow !== null && (r.rows[r.headerRow] ?? []).filter((cell) => cell.trim() !== '').length >= 2
    ? r.headerRow
    : null

const columnOf = (reading: Reading, field: string): number | null => {
  for (const [column, f] of reading.fields) if (f === field) return column
  return null
}

const perturbations: readonly Perturbation[] = [
  {
    name: 'identity',
    what: 'control: the rows written back unchanged',
    apply: (r) => ({ rows: r.rows }),
  },
  {
    name: 'title-above',
    what: 'a title line, a blank row and an intro sentence added above the table',
    apply: (r) => ({
      rows: [
        pad(['Our improvement plan'], r.width),
        pad([], r.width),
        pad(
          ['This plan sets out the steps we will take over the coming year and who will take them.'],
          r.width,
        ),
        ...r.rows,
      ],
    }),
  },
  {
    name: 'header-words',
    what: 'plain header words replaced by other common wordings of the same column',
    apply: (r, seed) => {
      if (tableHeader(r) === null) return null
      const header = [...(r.rows[r.headerRow as number] ?? [])]
      let changed = 0
      for (const [column, field] of r.fields) {
        const plain = PLAIN_HEADERS[field]
        const words = OTHER_WORDINGS[field]
        if (plain === undefined || words === undefined) continue
        const cell = norm(header[column] ?? '')
        if (cell === '' || !plain.some((p) => norm(p) === cell)) continue
        // A wording that differs from the current one, chosen by the plan's seed.
        const choices = words.filter((w) => norm(w) !== cell)
        header[column] = choices[seed % choices.length] ?? (header[column] as string)
        changed++
      }
      if (changed === 0) return null
      return { rows: r.rows.map((row, i) => (i === r.headerRow ? header : row)) }
    },
  },
  {
    name: 'reorder-columns',
    what: 'the columns other than the first and the title column reversed',
    apply: (r) => {
      if (tableHeader(r) === null) return null
      const fixed = new Set([0, r.titleColumn ?? 0])
      const moving = Array.from({ length: r.width }, (_, i) => i).filter((i) => !fixed.has(i))
      if (moving.length < 2) return null
      const reversed = [...moving].reverse()
      const order = Array.from({ length: r.width }, (_, i) =>
        fixed.has(i) ? i : (reversed[moving.indexOf(i)] ?? i),
      )
      return { rows: r.rows.map((row) => order.map((i) => row[i] ?? '')) }
    },
  },
  {
    name: 'no-header',
    what: 'the header row removed (tables of 4+ read columns)',
    apply: (r) => {
      if (tableHeader(r) === null) return null
      const used = [...r.fields.values()].filter((f) => f !== 'extra').length
      if (used < 4) return null
      return { rows: r.rows.filter((_, i) => i !== r.headerRow) }
    },
  },
  {
    name: 'empty-column',
    what: 'an empty column added at the end of every row',
    apply: (r) => ({ rows: r.rows.map((row) => [...pad(row, r.width), '']) }),
  },
  {
    name: 'notes-row',
    what: 'a notes line added below the table',
    apply: (r) => ({
      rows: [...r.rows, pad(['Notes: this plan is reviewed every quarter by the steering group.'], r.width)],
    }),
  },
  {
    name: 'spaces',
    what: "spaces added around every filled cell's text",
    apply: (r) => ({
      rows: r.rows.map((row) => row.map((cell) => (cell.trim() === '' ? cell : `  ${cell} `))),
    }),
  },
  {
    name: 'crlf',
    what: 'CRLF line endings, between records and inside cells',
    apply: (r) => ({
      rows: r.rows.map((row) => row.map((cell) => cell.replace(/\r?\n/g, '\r\n'))),
      crlf: true,
    }),
  },
  {
    name: 'status-spellings',
    what: 'status cells in another spelling of the same state (Completed/Done/Complete, …)',
    apply: (r) => {
      const column = columnOf(r, 'status')
      if (column === null) return null
      let changed = 0
      const rows = r.rows.map((row, i) => {
        if (i === r.headerRow) return row
        const to = STATUS_SPELLINGS[norm(row[column] ?? '').replace(/ +/g, ' ')]
        if (to === undefined) return row
        changed++
        return row.map((cell, c) => (c === column ? to : cell))
      })
      return changed === 0 ? null : { rows }
    },
  },
  {
    name: 'page-break-header',
    what: 'the header row repeated after every 10 rows of the table',
    apply: (r) => {
      const at = tableHeader(r)
      if (at === null) return null
      const body = r.rows.length - at - 1
      if (body <= 10) return null
      const rows: Rows = r.rows.slice(0, at + 1)
      for (let i = at + 1; i < r.rows.length; i++) {
        if (i > at + 1 && (i - at - 1) % 10 === 0) rows.push([...(r.rows[at] ?? [])])
        rows.push(r.rows[i] ?? [])
      }
      return { rows }
    },
  },
]

const quote = (cell: string): string => (/[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell)
const toCsv = (rows: Rows, crlf: boolean): string =>
  rows.map((row) => row.map(quote).join(',')).join(crlf ? '\r\n' : '\n') + (crlf ? '\r\n' : '\n')

const seedOf = (text: string): number => {
  let h = 0
  for (let i = 0; i < text.length; i++) h = (h * 31 + text.charCodeAt(i)) >>> 0
  return h
}

function readingOf(rows: Rows, explanation: ImportExplanation): Reading {
  const fields = new Map<number, string>()
  for (const c of explanation.columns) if (!fields.has(c.column - 1)) fields.set(c.column - 1, c.field)
  const title = explanation.columns.find((c) => c.field === 'title')
  return {
    rows,
    headerRow: explanation.headerRow === null ? null : explanation.headerRow - 1,
    fields,
    titleColumn: title === undefined ? null : title.column - 1,
    width: rows.reduce((w, row) => Math.max(w, row.length), 0),
  }
}

interface Tally {
  applied: string[]
  baseFound: number
  baseRight: number
  found: number
  right: number
  losses: { plan: string; found: number; right: number; baseFound: number; baseRight: number }[]
}

const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : null
// --dump <dir>: write each perturbed CSV that lost something to <dir>/<perturbation>/<set>__<file>, to read it.
const dump: string | null = process.argv.includes('--dump')
  ? (process.argv[process.argv.indexOf('--dump') + 1] ?? null)
  : null
const chosen = perturbations.filter((p) => only === null || p.name === only)
const tallies = new Map<string, Tally>(
  chosen.map((p) => [p.name, { applied: [], baseFound: 0, baseRight: 0, found: 0, right: 0, losses: [] }]),
)
let plans = 0
let skipped = 0

async function score(golden: Golden, csv: string | Uint8Array) {
  const { plan, explanation } = await importCsvPlan(csv, { fileName: golden.file })
  return { ...scoreAgainstGolden(golden, plan), explanation }
}

for (const set of DEVELOPMENT_SETS) {
  for (const golden of loadGoldens(set)) {
    const bytes = readFileSync(golden.path)
    const base = await score(golden, bytes)
    if (base.found < 0.8 * golden.actions.length) {
      skipped++
      continue
    }
    plans++
    const reading = readingOf(readCsvRowsSync(bytes).rows, base.explanation)
    const name = `${set}/${golden.file}`
    for (const p of chosen) {
      const perturbed = p.apply(reading, seedOf(name))
      if (perturbed === null) continue
      const csv = toCsv(perturbed.rows, perturbed.crlf ?? false)
      const got = await score(golden, csv)
      const t = tallies.get(p.name) as Tally
      t.applied.push(name)
      t.baseFound += base.found
      t.baseRight += base.right
      t.found += got.found
      t.right += got.right
      if (got.found < base.found || got.right < base.right) {
        if (dump !== null) {
          mkdirSync(join(dump, p.name), { recursive: true })
          writeFileSync(join(dump, p.name, `${set}__${golden.file}`), csv)
        }
        t.losses.push({
          plan: name,
          found: got.found,
          right: got.right,
          baseFound: base.found,
          baseRight: base.right,
        })
      }
    }
  }
}

const ratio = (a: number, b: number): string => (b === 0 ? '—' : (a / b).toFixed(3))
const out: string[] = [
  '# Robustness: the same plans written slightly differently',
  '',
  `${plans} development plans whose plain reading finds at least 80% of their actions (${skipped} below that left out).`,
  'Each perturbation is applied on its own; kept = perturbed figure / plain figure over the plans it applies to.',
  '',
  '| perturbation | plans | found kept | fields kept | plans that lost |',
  '|---|---|---|---|---|',
]
for (const p of chosen) {
  const t = tallies.get(p.name) as Tally
  out.push(
    `| ${p.name} | ${t.applied.length} | ${ratio(t.found, t.baseFound)} (${t.found}/${t.baseFound}) | ${ratio(t.right, t.baseRight)} (${t.right}/${t.baseRight}) | ${t.losses.length} |`,
  )
}
out.push('')
for (const p of chosen) {
  const t = tallies.get(p.name) as Tally
  out.push(`## ${p.name}: ${p.what}`, '')
  const worst = [...t.losses]
    .sort((a, b) => b.baseRight - b.right - (a.baseRight - a.right) || a.plan.localeCompare(b.plan))
    .slice(0, process.argv.includes('--all-losses') ? undefined : 10)
  if (worst.length === 0) out.push('No plan lost anything.', '')
  else {
    out.push(`${t.losses.length} of ${t.applied.length} plans lost; the most:`, '')
    for (const l of worst)
      out.push(`- ${l.plan}: found ${l.found}/${l.baseFound}, right ${l.right}/${l.baseRight}`)
    out.push('')
  }
}
const text = out.join('\n')
console.log(text)
if (!process.argv.includes('--no-write'))
  writeFileSync(join(dirname(fileURLToPath(import.meta.url)), 'results/perturbUnseen.md'), `${text}\n`)
