import {
  ImportError,
  type ImportExplanation,
  type ImportIssue,
  type Plan,
  type TableToPlanResult,
  tableToPlan,
} from '@techcommit/core'
import type { ImportOfficePlanOptions, OfficeTable, OfficeTables } from './officeOptions'
import {
  comparePlanReadings,
  coverLines,
  findForcedTable,
  forcedTableMissing,
  isPlanReading,
  legendRows,
  planOptions,
  readTablesAsPlans,
  skippedIssue,
  type TableReading,
  titleRows,
} from './readTablesAsPlans'

/**
 * The result of `importXlsxPlan`, `importDocxPlan` and `importOfficePlan`.
 *
 * @example
 * const { plan, issues }: OfficePlanImport = await importOfficePlan(bytes)
 */
export interface OfficePlanImport {
  readonly plan: Plan
  /** File-level issues first (the container, skipped tables), then the plan's own, as `tableToPlan` gives them. */
  readonly issues: ImportIssue[]
  /**
   * How core read the table that became the plan (header row, each column's field with its confidence and
   * evidence, structure rows), as `tableToPlan` explains it; for a document whose plan spans several tables, the
   * explanation of the joined table.
   */
  readonly explanation: ImportExplanation
}

/**
 * From the tables of a workbook or document to one plan. A workbook's plan is the one sheet that reads best;
 * a document's plan is every table that reads as a plan, joined in order with the paragraphs between them (a
 * plan that runs over pages, or an "active" and a "completed" table) — as pasting them one under the other
 * would give. Date legends found outside the plan tables (a key sheet, a note under the table) are added.
 */
export function importOfficeTables(
  read: OfficeTables,
  kind: 'workbook' | 'document',
  options: ImportOfficePlanOptions,
): OfficePlanImport {
  const noun = kind === 'workbook' ? 'sheet' : 'table'
  const { tables } = read
  const issues: ImportIssue[] = [...read.issues]
  const fail = (issue: ImportIssue | null): OfficePlanImport => {
    if (issue !== null) issues.push(issue)
    const empty = tableToPlan([], { ...options, strict: false })
    return finish(empty, issues, options)
  }
  if (read.issues.some((issue) => issue.severity === 'error') && tables.length === 0) return fail(null)
  if (tables.every((table) => table.rows.length === 0)) {
    return fail({
      code: 'no-tables',
      severity: 'error',
      row: null,
      column: null,
      columnName: null,
      message:
        kind === 'workbook'
          ? 'The workbook has no sheet with any cell filled in. Check that it is the right file.'
          : 'The document has no tables. techcommit reads a plan from a Word table (one row per action); put the plan in a table, or save it as CSV.',
    })
  }

  const lines = kind === 'workbook' ? workbookLines(tables) : documentLines(tables)
  let readings: TableReading[]
  if (options.table !== undefined) {
    const index = findForcedTable(tables, options.table)
    if (index === null) return fail(forcedTableMissing(tables, options.table))
    readings = readTablesAsPlans([tables[index]!], lines, options, index)
  } else {
    readings = readTablesAsPlans(tables, lines, options)
  }

  const ranked = readings.slice().sort(comparePlanReadings)
  const best = ranked[0]!
  const plans = readings.filter(isPlanReading)
  if (options.table === undefined) {
    for (const reading of readings) if (!isPlanReading(reading)) issues.push(skippedIssue(reading, noun))
  }
  if (plans.length === 0) {
    issues.push(...best.result.issues)
    if (readings.length > 1) {
      issues.push({
        code: 'no-plan-table',
        severity: 'error',
        row: null,
        column: null,
        columnName: null,
        message: `None of the ${readings.length} ${noun}s reads as an action plan. Check that the plan has a header row (Action, Owner, Target date, …), or name its ${noun} with options.table.`,
      })
    }
    return finish(best.result, issues, options)
  }

  const chosen = kind === 'workbook' ? [best] : plans
  if (kind === 'workbook') {
    for (const other of plans) {
      if (other === best) continue
      issues.push({
        code: 'table-not-chosen',
        severity: 'info',
        row: null,
        column: null,
        columnName: null,
        message: `The sheet "${other.table.name}" also reads as a plan (${other.result.plan.actions.length} actions), but "${best.table.name}" reads better and was imported. To import "${other.table.name}", pass options.table = "${other.table.name}".`,
      })
    }
  }
  const chosenIndexes = new Set(chosen.map((reading) => reading.index))
  const first = chosen[0]!
  const legend = legendRows(legendCandidates(read, chosenIndexes, first.index))
  if (chosen.length === 1 && legend.length === 0) {
    return finish(first.result, [...issues, ...first.result.issues], options)
  }
  const rows: string[][] = [...first.rows]
  for (const next of chosen.slice(1)) {
    rows.push([''])
    // next.rows starts with the paragraph just above its table; the ones before that come first.
    for (const paragraph of next.table.before.slice(0, -1)) rows.push([paragraph])
    rows.push(...next.rows)
  }
  if (legend.length > 0) rows.push([''], ...legend)
  const joined = tableToPlan(rows, planOptions(options, first.heading))
  return finish(joined, [...issues, ...joined.issues], options)
}

/** A sheet's heading: its own title rows, then every cell of the sheets before it (a cover sheet). */
function workbookLines(tables: readonly OfficeTable[]): (index: number) => string[] {
  return (index) => [...titleRows(tables[index]!.rows), ...tables.slice(0, index).flatMap(coverLines)]
}

/** A Word table's heading: everything above it in the document, in order, and its own title rows. */
function documentLines(tables: readonly OfficeTable[]): (index: number) => string[] {
  return (index) => [
    ...tables.slice(0, index).flatMap((table) => [...table.before, ...coverLines(table)]),
    ...tables[index]!.before,
    ...titleRows(tables[index]!.rows),
  ]
}

/** Text outside the chosen tables that may be a date legend: other tables' cells and the free paragraphs. */
function legendCandidates(read: OfficeTables, chosen: ReadonlySet<number>, first: number): string[] {
  const lines: string[] = []
  read.tables.forEach((table, index) => {
    // The paragraphs above a chosen table after the first are already in the joined rows.
    if (!(chosen.has(index) && index !== first)) lines.push(...table.before)
    if (!chosen.has(index)) lines.push(...coverLines(table))
  })
  lines.push(...read.after)
  return lines
}

function finish(
  read: TableToPlanResult,
  issues: ImportIssue[],
  options: ImportOfficePlanOptions,
): OfficePlanImport {
  if (options.strict === true) {
    const errors = issues.filter((issue) => issue.severity === 'error')
    if (errors.length > 0) {
      throw new ImportError(
        `The file could not be imported cleanly (${errors.length} error${errors.length === 1 ? '' : 's'}): ${errors[0]!.message}`,
        issues,
      )
    }
  }
  return { plan: read.plan, issues, explanation: read.explanation }
}
