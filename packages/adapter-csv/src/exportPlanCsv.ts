import { type Plan, planToRows } from '@techcommit/core'
import { type CsvWriteOptions, rowsToCsv } from './rowsToCsv'

/**
 * Export a plan as CSV in core's canonical layout (`planToRows`): RFC 4180, every field quoted, CRLF,
 * formula-safe. `importCsvPlan` reads the result back to the same plan.
 *
 * @example
 * const csv = exportPlanCsv(plan, { bom: true })
 * await writeFile('plan.csv', csv) // opens in Excel with accents intact
 */
export function exportPlanCsv(plan: Plan, options: CsvWriteOptions = {}): string {
  return rowsToCsv(planToRows(plan), options)
}
