import type { ImportOfficePlanOptions } from './officeOptions'
import { importDocxPlan } from './importDocxPlan'
import type { OfficePlanImport } from './importOfficeTables'
import { importXlsxPlan } from './importXlsxPlan'
import { sniffOfficeFormat } from './sniffOfficeFormat'
import { type OfficeInput, toBytes } from './toBytes'

/**
 * Imports a plan from an Excel workbook or a Word document, whichever the bytes are (by content, never by file
 * name): `importXlsxPlan` for `.xlsx`/`.xlsm`, `importDocxPlan` for `.docx`/`.docm`. An old or
 * password-protected file and anything that is not Office give an error issue (and `ImportError` when strict).
 * Use `sniffOfficeFormat` first when the input may also be a CSV.
 *
 * @example
 * const bytes = await readFile(path)
 * const { plan, issues } = sniffOfficeFormat(bytes) ? await importOfficePlan(bytes) : await importCsvPlan(bytes)
 */
export async function importOfficePlan(
  input: OfficeInput,
  options: ImportOfficePlanOptions = {},
): Promise<OfficePlanImport> {
  const bytes = toBytes(input)
  const format = sniffOfficeFormat(bytes)
  // An OLE2 file is an old .doc when it says so; the Word reader's message names it either way.
  if (format === 'docx' || format === 'docm') return importDocxPlan(bytes, options)
  return importXlsxPlan(bytes, options)
}
