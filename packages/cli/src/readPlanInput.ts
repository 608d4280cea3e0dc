import { readCsvRows } from '@techcommit/adapter-csv'
import { importOfficePlan, sniffOfficeFormat } from '@techcommit/adapter-office'
import { type ImportExplanation, type ImportIssue, Plan, tableToPlan } from '@techcommit/core'
import { basename } from 'node:path'
import { UsageError } from './errors'
import type { OptionSpec } from './defineCommand'
import type { CliIo } from './io'
import { isNodeError } from './nodeIo'

/**
 * A plan read from a file, with the problems found on the way.
 *
 * @example
 * const input: PlanInput = await readPlanInput('plan.csv', nodeIo())
 * if (input.issues.some((issue) => issue.severity === 'error')) process.exitCode = 1
 */
export interface PlanInput {
  readonly file: string
  /** How the file was read: a text table, a techcommit JSON plan, an Excel workbook or a Word document. */
  readonly format: 'csv' | 'json' | 'xlsx' | 'docx'
  readonly plan: Plan
  /** How the table was read (header row, each column's field and confidence); null for a JSON plan. */
  readonly explanation: ImportExplanation | null
  /** Import problems; any with severity `error` means the plan must not be trusted (exit 1). */
  readonly issues: readonly ImportIssue[]
}

/**
 * Options of {@link readPlanInput}.
 *
 * @example
 * await readPlanInput('action-plan.csv', nodeIo(), { planId: 'uni-2024' })
 */
export interface ReadPlanInputOptions {
  /** Overrides the plan id found in the file (a techcommit export's own id) or taken from the file name. */
  readonly planId?: string | undefined
  /** In a workbook or Word document: the sheet name, `Table N`, or 1-based number of the table holding the plan. */
  readonly table?: string | undefined
}

/**
 * The `--table` flag of the commands that read plan files: which sheet or Word table holds the plan.
 *
 * @example
 * options: { table: tableOption }
 */
export const tableOption = {
  type: 'string',
  value: 'name|n',
  description:
    'In an Excel workbook or Word document: the sheet name, "Table N", or 1-based number of the table holding the plan (default: the one that reads best).',
} as const satisfies OptionSpec

const startsWith = (bytes: Uint8Array, ...prefix: number[]) => prefix.every((b, i) => bytes[i] === b)
const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0))

/**
 * Reads one plan file, whatever it holds: the content decides, not the extension. A techcommit JSON plan
 * (`convert --to json`, `export --format json`) is validated against the model; anything else that is text is
 * read as a CSV/TSV table; an Excel workbook (`.xlsx`, `.xlsm`) or Word document (`.docx`, `.docm`) is
 * recognised by its zip content and read with the office adapter. An empty file, an SQLite database, another
 * zip, an old binary `.xls`/`.doc` or password-protected file, a PDF or other binary data is a `UsageError`
 * (exit 2) that says what the file is and what to do. This is the one place a new format plugs in.
 *
 * The plan id is, in order: `planId`, the id a techcommit export carries (so `convert` round trips keep it),
 * the file name without its extension.
 *
 * @example
 * const { plan, issues } = await readPlanInput('examples/data/oxford-2018-2020.csv', nodeIo())
 * plan.id // 'oxford-2018-2020'
 */
export async function readPlanInput(
  file: string,
  io: CliIo,
  options: ReadPlanInputOptions = {},
): Promise<PlanInput> {
  const bytes = await readInputBytes(file, io)
  const office = sniffOfficeFormat(bytes)
  if (office !== null) return readOfficePlan(file, bytes, office, options)
  const kind = sniff(bytes)
  if (kind !== 'text' && kind !== 'json') throw new UsageError(`"${file}" ${kind}`)
  if (kind === 'json') return readJsonPlan(file, bytes, options.planId)
  const read = await readCsvRows(bytes)
  // A techcommit CSV export names its plan id in its details rows; other tables take it from their title, else
  // from the file name (tableToPlan decides, so the library and the CLI agree).
  if (options.table !== undefined)
    throw new UsageError(
      `--table names a sheet or table of a workbook or Word document; "${file}" is a text table.`,
    )
  const { plan, issues, explanation } = tableToPlan(read.rows, {
    fileName: basename(file),
    ...(options.planId === undefined ? {} : { planId: options.planId }),
  })
  const all = [...read.issues, ...issues]
  if (plan.actions.length === 0 && !all.some((issue) => issue.severity === 'error'))
    all.push(noActionsIssue())
  return { file, format: 'csv', plan, explanation, issues: all }
}

async function readOfficePlan(
  file: string,
  bytes: Uint8Array,
  office: NonNullable<ReturnType<typeof sniffOfficeFormat>>,
  options: ReadPlanInputOptions,
): Promise<PlanInput> {
  if (office === 'ole2')
    throw new UsageError(
      `"${file}" is an old binary Office file (.xls/.doc) or a password-protected one, which techcommit cannot read. Open it in Excel or Word, remove any password and save it as .xlsx/.docx (or CSV).`,
    )
  const table =
    options.table === undefined
      ? {}
      : { table: /^\d+$/.test(options.table) ? Number(options.table) : options.table }
  const { plan, issues, explanation } = await importOfficePlan(bytes, {
    fileName: basename(file),
    ...(options.planId === undefined ? {} : { planId: options.planId }),
    ...table,
  })
  const all = [...issues]
  if (plan.actions.length === 0 && !all.some((issue) => issue.severity === 'error'))
    all.push(noActionsIssue())
  const format = office === 'docx' || office === 'docm' ? 'docx' : 'xlsx'
  return { file, format, plan, explanation, issues: all }
}

async function readInputBytes(file: string, io: CliIo): Promise<Uint8Array> {
  try {
    return await io.readFile(file)
  } catch (error) {
    if (isNodeError(error)) {
      if (error.code === 'ENOENT' || error.code === 'ENOTDIR')
        throw new UsageError(`cannot read "${file}": no such file. Check the path.`)
      if (error.code === 'EISDIR')
        throw new UsageError(`cannot read "${file}": it is a folder. Name a plan file inside it.`)
      if (error.code === 'EACCES' || error.code === 'EPERM')
        throw new UsageError(`cannot read "${file}": permission denied. Check the file's permissions.`)
    }
    throw error
  }
}

type Sniffed = 'text' | 'json' | string

/** What the first bytes say the file is; anything but `text`/`json` is the rest of an error sentence. */
function sniff(bytes: Uint8Array): Sniffed {
  if (
    bytes.every(
      (b) => b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d || b === 0xef || b === 0xbb || b === 0xbf,
    )
  )
    return 'is empty. Export the plan again (in Excel: File › Save As › CSV UTF-8).'
  if (startsWith(bytes, ...ascii('SQLite format 3\0')))
    return 'is an SQLite database, not a plan export. Read a store with --db, e.g. techcommit list --db <file>.'
  if (startsWith(bytes, 0x50, 0x4b, 0x03, 0x04))
    return 'is a zip file but not an Excel workbook or Word document that techcommit can read. Save the plan as .xlsx, .docx or CSV.'
  if (startsWith(bytes, ...ascii('%PDF'))) return 'is a PDF. Copy its table into Excel and save it as CSV.'
  const utf16 = startsWith(bytes, 0xff, 0xfe) || startsWith(bytes, 0xfe, 0xff)
  if (!utf16 && looksBinary(bytes.subarray(0, 8192)))
    return 'is not a text table (it holds binary data). Export the plan as CSV.'
  const first = bytes.findIndex((b, i) => !(b <= 0x20 || (i < 3 && (b === 0xef || b === 0xbb || b === 0xbf))))
  return !utf16 && bytes[first] === 0x7b /* { */ ? 'json' : 'text'
}

function looksBinary(head: Uint8Array): boolean {
  let controls = 0
  for (const b of head) {
    if (b === 0) return true
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) controls++
  }
  return controls > head.length / 20
}

function readJsonPlan(file: string, bytes: Uint8Array, planId: string | undefined): PlanInput {
  let value: unknown
  try {
    value = JSON.parse(new TextDecoder().decode(bytes))
  } catch (error) {
    throw new UsageError(
      `"${file}" is not valid JSON (${error instanceof Error ? error.message : String(error)}). Fix it or export the plan as CSV.`,
    )
  }
  const result = Plan.safeParse(value)
  if (!result.success) {
    const issues = result.error.issues.slice(0, 100).map((zodIssue): ImportIssue => {
      const problem = { path: zodIssue.path.join('.') || '(root)', message: zodIssue.message }
      return {
        code: 'invalid-plan-json',
        severity: 'error',
        row: null,
        column: null,
        columnName: problem.path,
        message: `${problem.path}: ${problem.message}. A techcommit JSON plan must match the Plan model (docs/concepts/model.md).`,
      }
    })
    return { file, format: 'json', plan: emptyPlan(planId ?? 'invalid-plan'), explanation: null, issues }
  }
  const plan = planId === undefined ? result.data : { ...result.data, id: planId }
  const issues = plan.actions.length === 0 ? [noActionsIssue()] : []
  return { file, format: 'json', plan, explanation: null, issues }
}

function noActionsIssue(): ImportIssue {
  return {
    code: 'no-actions',
    severity: 'error',
    row: null,
    column: null,
    columnName: null,
    message:
      'No actions were found. Check this is the action plan table, with a header row naming its columns (Action, Responsible, Timescale, …).',
  }
}

function emptyPlan(id: string): Plan {
  return {
    id,
    institution: null,
    title: null,
    period: { text: null, start: null, end: null },
    taxonomy: 'technician-commitment',
    dateContext: {},
    actions: [],
  }
}
