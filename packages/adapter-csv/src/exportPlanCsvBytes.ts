import type { Plan } from '@techcommit/core'
import { exportPlanCsv } from './exportPlanCsv'
import type { CsvWriteOptions } from './rowsToCsv'

/**
 * Export a plan as UTF-8 CSV bytes, ready to save or download. Starts with a BOM unless `bom: false`,
 * because Excel reads BOM-less UTF-8 as windows-1252 and garbles accents and dashes.
 *
 * @example
 * const bytes = exportPlanCsvBytes(plan)
 * const url = URL.createObjectURL(new Blob([bytes], { type: 'text/csv' }))
 */
export function exportPlanCsvBytes(plan: Plan, options: CsvWriteOptions = {}): Uint8Array {
  return new TextEncoder().encode(exportPlanCsv(plan, { ...options, bom: options.bom ?? true }))
}
