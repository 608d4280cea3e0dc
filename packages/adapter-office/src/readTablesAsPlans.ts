import {
  type ImportIssue,
  type PlanHeading,
  readDateLegend,
  readPlanHeading,
  type TableToPlanResult,
  tableToPlan,
} from '@techcommit/core'
import { fillMerges } from './fillMerges'
import type { ImportOfficePlanOptions, OfficeTable } from './officeOptions'

/** One table read as a plan on its own, to judge whether it is the plan. */
export interface TableReading {
  readonly table: OfficeTable
  /** 0-based position among the file's tables. */
  readonly index: number
  /** The rows `tableToPlan` read: the table's lead rows, then its rows with merges filled (`fillMerges`). */
  readonly rows: string[][]
  readonly heading: PlanHeading
  readonly result: TableToPlanResult
}

/**
 * Reads each table as a plan on its own (`tableToPlan`, never strict), with the title, institution and period
 * the lines above it give (`lines(index)`). A Word table is read under the paragraph just above it, as one row:
 * that is where a plan's title sits, and core then knows the title when a later page repeats it. The caller
 * ranks the readings with {@link comparePlanReadings}.
 */
export function readTablesAsPlans(
  tables: readonly OfficeTable[],
  lines: (index: number) => string[],
  options: ImportOfficePlanOptions,
  first = 0,
): TableReading[] {
  return tables.map((table, offset) => {
    const index = first + offset
    const above = table.before[table.before.length - 1]
    const rows = above === undefined ? fillMerges(table) : [[above], ...fillMerges(table)]
    const heading = readPlanHeading(lines(index))
    return { table, index, rows, heading, result: tableToPlan(rows, planOptions(options, heading)) }
  })
}

/** The options for `tableToPlan`: the caller's, with what the heading says where the caller said nothing. */
export function planOptions(options: ImportOfficePlanOptions, heading: PlanHeading): ImportOfficePlanOptions {
  return {
    ...options,
    strict: false,
    ...(options.title === undefined && heading.title !== null ? { title: heading.title } : {}),
    ...(options.institution === undefined && heading.institution !== null
      ? { institution: heading.institution }
      : {}),
    ...(options.period === undefined && heading.period !== null ? { period: heading.period } : {}),
  }
}

/** The columns that make a table an action plan rather than a list of terms: when, who, or how far. */
const planColumns: ReadonlySet<string> = new Set(['target', 'targetColumn', 'year', 'owners', 'status'])

/**
 * Whether core found a plan in the table: at least one action, and a column that says when, who or how far
 * (a target, year, owner or status column). A legend of the four pillars with their meanings has prose rows
 * but none of these, so it is not taken for the plan.
 */
export function isPlanReading(reading: TableReading): boolean {
  const { plan, explanation } = reading.result
  return plan.actions.length > 0 && explanation.columns.some((column) => planColumns.has(column.field))
}

/**
 * Orders readings best first: a table with actions before one without; then core's `confidence` when its
 * result has one; then fewer error issues; then more actions; then document order.
 */
export function comparePlanReadings(a: TableReading, b: TableReading): number {
  const plan = Number(isPlanReading(b)) - Number(isPlanReading(a))
  if (plan !== 0) return plan
  const confidence = confidenceOf(b) - confidenceOf(a)
  if (confidence !== 0) return confidence
  const errors = errorCount(a) - errorCount(b)
  if (errors !== 0) return errors
  const actions = b.result.plan.actions.length - a.result.plan.actions.length
  return actions !== 0 ? actions : a.index - b.index
}

/** Core's import may report how sure it is (a newer `tableToPlan`); 0 when it does not. */
function confidenceOf(reading: TableReading): number {
  const confidence = (reading.result as { readonly confidence?: unknown }).confidence
  return typeof confidence === 'number' && Number.isFinite(confidence) ? confidence : 0
}

function errorCount(reading: TableReading): number {
  return reading.result.issues.filter((issue) => issue.severity === 'error').length
}

/** The info issue for a table that holds no plan (a cover sheet, a legend or document-control table). */
export function skippedIssue(reading: TableReading, noun: 'sheet' | 'table'): ImportIssue {
  const noHeader = reading.result.issues.some((issue) => issue.code === 'header-not-found')
  const why = noHeader
    ? 'no row of it reads as the column headers of an action plan'
    : 'it has a header but no action rows'
  return {
    code: 'table-skipped',
    severity: 'info',
    row: null,
    column: null,
    columnName: null,
    message: `The ${noun} "${reading.table.name}" was skipped as not part of the plan: ${why} (a cover sheet, legend or contents table). If it is the plan, pass options.table = "${reading.table.name}".`,
  }
}

/** The first lines of a table that are titles: rows with one filled cell, above the first row with more. */
export function titleRows(rows: readonly (readonly string[])[]): string[] {
  const lines: string[] = []
  for (const row of rows.slice(0, 10)) {
    const filled = row.filter((cell) => cell.trim() !== '')
    if (filled.length > 1) break
    if (filled.length === 1) lines.push(filled[0]!)
  }
  return lines
}

/** Every filled cell of a table's first rows, for a cover sheet or document-control table. */
export function coverLines(table: OfficeTable): string[] {
  return table.rows.slice(0, 30).flatMap((row) => row.filter((cell) => cell.trim() !== ''))
}

/** The lines among `lines` that are a date legend ("Year 1 = 2019, Q1 = January–March"), as one-cell rows. */
export function legendRows(lines: readonly string[]): string[][] {
  return lines.filter((line) => line.length <= 2_000 && readDateLegend(line) !== null).map((line) => [line])
}

/** A named or numbered table, or null; `options.table` is a sheet name / `Table N` or a 1-based number. */
export function findForcedTable(tables: readonly OfficeTable[], wanted: string | number): number | null {
  if (typeof wanted === 'number')
    return Number.isInteger(wanted) && wanted >= 1 && wanted <= tables.length ? wanted - 1 : null
  const key = wanted.trim().toLowerCase()
  const index = tables.findIndex((table) => table.name.trim().toLowerCase() === key)
  return index < 0 ? null : index
}

/** The error issue for an `options.table` that names no table. */
export function forcedTableMissing(tables: readonly OfficeTable[], wanted: string | number): ImportIssue {
  const names = tables.map((table, i) => `${i + 1}. "${table.name}"`).join(', ')
  return {
    code: 'table-not-found',
    severity: 'error',
    row: null,
    column: null,
    columnName: null,
    message: `options.table is ${JSON.stringify(wanted)}, but the file has no such table. Its tables are: ${names || 'none'}. Pass one of those names or numbers.`,
  }
}
