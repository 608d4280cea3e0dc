import type { ImportIssue } from '@techcommit/core'
import type { CsvReader } from './createCsvReader'
import { createCsvReader } from './createCsvReader'
import type { CsvRows, ReadCsvRowsOptions } from './csvOptions'

/** Defaults for whole-file reads: everything is held in memory, so cap it. */
export const WHOLE_FILE_DEFAULTS = { maxBytes: 100 * 1024 * 1024, maxRows: 1_048_576 } as const

/** The warning for a file with no rows, shared by the whole-file and the streaming readers. */
export function emptyFileIssue(): ImportIssue {
  return {
    code: 'empty-file',
    severity: 'warning',
    row: null,
    column: null,
    columnName: null,
    message: 'The file is empty: there are no rows to import. Check you exported the right sheet.',
  }
}

/** Collect the reader's issues, adding `empty-file` when there was nothing to read. */
export function finishIssues(reader: CsvReader, rows: readonly string[][]): ImportIssue[] {
  const issues = reader.issues.take()
  if (rows.length === 0 && !reader.stopped) issues.push(emptyFileIssue())
  return [...issues, ...reader.issues.summary()]
}

/**
 * Read CSV from a string or bytes into rows, synchronously. Same behaviour as `readCsvRows`, for callers that
 * already hold the whole file.
 *
 * @example
 * const { rows, delimiter } = readCsvRowsSync('sep=;\r\nTitle;Owner\r\nWebpage;Jo\r\n')
 * // rows: [["Title", "Owner"], ["Webpage", "Jo"]], delimiter: ";"
 */
export function readCsvRowsSync(
  input: string | Uint8Array | ArrayBuffer,
  options: ReadCsvRowsOptions = {},
): CsvRows {
  const reader = createCsvReader(options, WHOLE_FILE_DEFAULTS)
  const rows: string[][] = []
  if (typeof input === 'string') reader.pushText(input, rows)
  else reader.pushBytes(input instanceof Uint8Array ? input : new Uint8Array(input), rows)
  reader.end(rows)
  return { rows, encoding: reader.encoding, delimiter: reader.delimiter, issues: finishIssues(reader, rows) }
}
