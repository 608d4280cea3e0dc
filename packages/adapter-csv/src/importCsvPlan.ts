import {
  ImportError,
  type ImportExplanation,
  type ImportIssue,
  type Plan,
  type TableToPlanOptions,
  tableToPlan,
} from '@techcommit/core'
import type { CsvInput, ReadCsvRowsOptions } from './csvOptions'
import { readCsvRows } from './readCsvRows'

/**
 * Options for `importCsvPlan`: how to read the file, plus everything `tableToPlan` accepts (forced column
 * mapping, taxonomy, date context, `fillDown`, `strict`).
 */
export type ImportCsvPlanOptions = ReadCsvRowsOptions & TableToPlanOptions

/** Throw `ImportError` in strict mode when reading the file already produced errors. */
export function throwIfStrict(issues: readonly ImportIssue[], strict: boolean | undefined): void {
  if (strict !== true) return
  const errors = issues.filter((issue) => issue.severity === 'error')
  if (errors.length > 0) {
    throw new ImportError(
      `The CSV file could not be read cleanly (${errors.length} error${errors.length === 1 ? '' : 's'}): ${errors[0]!.message}`,
      issues,
    )
  }
}

/**
 * Import a CSV/TSV export of an action plan: read the file (`readCsvRows`), then map it to a plan
 * (`tableToPlan`). Issues from both steps come back together, file-level ones first, with the `explanation` of
 * how the table was read (print it with `formatImportExplanation`). Pass `fileName` so an untitled plan is
 * named after its file. With `strict: true`, any error-severity issue throws `ImportError` instead.
 *
 * @example
 * const { plan, issues } = await importCsvPlan(await readFile('action-plan.csv'))
 * for (const issue of issues) console.warn(`row ${issue.row}: ${issue.message}`)
 */
export async function importCsvPlan(
  input: CsvInput,
  options: ImportCsvPlanOptions = {},
): Promise<{ plan: Plan; issues: ImportIssue[]; explanation: ImportExplanation }> {
  const read = await readCsvRows(input, options)
  throwIfStrict(read.issues, options.strict)
  const { plan, issues, explanation } = tableToPlan(read.rows, options)
  return { plan, issues: [...read.issues, ...issues], explanation }
}
