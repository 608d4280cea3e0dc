import type { ImportOfficePlanOptions } from './officeOptions'
import { importOfficeTables, type OfficePlanImport } from './importOfficeTables'
import { readDocxTables } from './readDocxTables'
import type { OfficeInput } from './toBytes'

/**
 * Imports an action plan from a Word document (`.docx`; `.docm` is read without its macros): reads every table
 * (`readDocxTables`), reads each as a plan with core's `tableToPlan` (merged cells turned into the values they
 * stand for), and joins the tables that hold the plan in document order with the paragraphs between them — a
 * plan split over pages, or its "Completed actions" table, reads as one. Cover, document-control and legend
 * tables are skipped with an info issue; `options.table` (`"Table 2"` or `2`) forces one table. The paragraphs
 * above the plan give its title, institution and period; a date legend under it ("Year 1 = 2019") is read.
 * Bad files come back as an error issue and an empty plan; with `strict: true`, any error throws `ImportError`.
 *
 * @example
 * const { plan, issues } = await importDocxPlan(new Uint8Array(await file.arrayBuffer()))
 * console.log(`${plan.institution}: ${plan.actions.length} actions`)
 */
export async function importDocxPlan(
  input: OfficeInput,
  options: ImportOfficePlanOptions = {},
): Promise<OfficePlanImport> {
  return importOfficeTables(await readDocxTables(input, options), 'document', options)
}
