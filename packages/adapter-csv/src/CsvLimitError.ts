import { TechcommitError } from '@techcommit/core'

/** Which limit a file broke; each is also the name of the option that raises it. */
export type CsvLimitName = 'maxBytes' | 'maxRecordChars' | 'maxColumns' | 'maxRows'

/**
 * A file broke one of the reader's size limits. The message names the row, the column where known, and the
 * option that raises the limit.
 *
 * @example
 * try {
 *   await readCsvRows(bytes, { maxColumns: 50 })
 * } catch (error) {
 *   if (error instanceof CsvLimitError) console.log(error.limit, error.row, error.message)
 * }
 */
export class CsvLimitError extends TechcommitError {
  readonly _tag = 'CsvLimitError' as const
  readonly limit: CsvLimitName
  /** The limit that was exceeded. */
  readonly max: number
  /** 1-based row, or null when the limit concerns the whole file. */
  readonly row: number | null
  /** 1-based column, or null. */
  readonly column: number | null
  constructor(limit: CsvLimitName, max: number, row: number | null, column: number | null, message: string) {
    super(message)
    this.limit = limit
    this.max = max
    this.row = row
    this.column = column
  }
}
