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
  if (typeof input === 'string') reader.pushText(wellFormed(input, reader), rows)
  else reader.pushBytes(input instanceof Uint8Array ? input : new Uint8Array(input), rows)
  reader.end(rows)
  return { rows, encoding: reader.encoding, delimiter: reader.delimiter, issues: finishIssues(reader, rows) }
}

/** Replaces lone UTF-16 surrogates (half an emoji, left by a bad copy) with U+FFFD, with one issue saying so. */
function wellFormed(text: string, reader: CsvReader): string {
  // Most text has no surrogate at all: one quick scan for any before the slower pair check.
  if (!/[\uD800-\uDFFF]/.test(text)) return text
  const lone = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/
  const match = lone.exec(text)
  if (match === null) return text
  reader.issues.add({
    code: 'lone-surrogate',
    severity: 'warning',
    row: null,
    column: null,
    columnName: null,
    message: `The text has half a character (a lone UTF-16 surrogate, first at character ${match.index + 1}); each was replaced by "\uFFFD". The text was probably cut in the middle of an emoji or symbol; copy it again from the source.`,
  })
  return text.replace(new RegExp(lone.source, 'g'), '\uFFFD')
}
