import type { ImportOfficePlanOptions } from './officeOptions'
import { importOfficeTables, type OfficePlanImport } from './importOfficeTables'
import { readXlsxTables } from './readXlsxTables'
import type { OfficeInput } from './toBytes'

/**
 * Imports an action plan from an Excel workbook (`.xlsx`; `.xlsm` is read without its macros): reads every
 * sheet (`readXlsxTables`), reads each as a plan with core's `tableToPlan` — merged cells first turned into the
 * values they stand for (a pillar merged down six rows labels all six) — and keeps the sheet that reads best.
 * Cover and legend sheets are skipped with an info issue; `options.table` names the sheet to use instead. Title
 * rows (and a cover sheet) give the plan's title, institution and period. Bad files (old `.xls`,
 * password-protected, damaged, zip bombs) come back as an error issue and an empty plan; with `strict: true`,
 * any error throws `ImportError`.
 *
 * @example
 * const { plan, issues } = await importXlsxPlan(await readFile('action-plan.xlsx'))
 * console.log(plan.title, plan.actions.length)
 * for (const issue of issues) console.warn(`${issue.severity}: ${issue.message}`)
 */
export async function importXlsxPlan(
  input: OfficeInput,
  options: ImportOfficePlanOptions = {},
): Promise<OfficePlanImport> {
  return importOfficeTables(await readXlsxTables(input, options), 'workbook', options)
}
