import { createCsvReader } from './createCsvReader'
import type { CsvInput, CsvRows, ReadCsvRowsOptions } from './csvOptions'
import { finishIssues, readCsvRowsSync, WHOLE_FILE_DEFAULTS } from './readCsvRowsSync'
import { toByteChunks } from './toByteChunks'

/**
 * Read a CSV or TSV export into rows of text. Detects the encoding (UTF-8 with or without BOM, UTF-16 with
 * BOM, windows-1252), honours Excel's `sep=` line, sniffs `,` `;` or tab, keeps quoted line breaks verbatim,
 * and reports problems (unclosed quotes, ragged rows, mixed encodings) as issues with row numbers.
 *
 * @example
 * const file = await fetch('/plan.csv')
 * const { rows, encoding, delimiter, issues } = await readCsvRows(file.body!)
 * // rows[0] is the first row Excel shows: ["No.", "Action", "Owner", …]
 */
export async function readCsvRows(input: CsvInput, options: ReadCsvRowsOptions = {}): Promise<CsvRows> {
  if (typeof input === 'string' || input instanceof Uint8Array || input instanceof ArrayBuffer) {
    return readCsvRowsSync(input, options)
  }
  const reader = createCsvReader(options, WHOLE_FILE_DEFAULTS)
  const rows: string[][] = []
  for await (const chunk of toByteChunks(input)) {
    reader.pushBytes(chunk, rows)
    if (reader.stopped) break
  }
  reader.end(rows)
  return { rows, encoding: reader.encoding, delimiter: reader.delimiter, issues: finishIssues(reader, rows) }
}
