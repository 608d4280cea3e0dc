import type { ImportIssue } from '@techcommit/core'

/** Character encodings the reader understands. `text` means the input was already a string. */
export type CsvEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252' | 'text'

/** Anything `readCsvRows` accepts: a string, bytes, or a stream of byte chunks (Node or browser). */
export type CsvInput =
  | string
  | Uint8Array
  | ArrayBuffer
  | ReadableStream<Uint8Array>
  | AsyncIterable<Uint8Array>

/** Hard caps that stop a hostile or mistaken file from exhausting memory. Each breach throws `CsvLimitError`. */
export interface CsvLimits {
  /** Largest input in bytes (characters for string input). Default 100 MB for whole-file reads, unlimited when streaming. */
  readonly maxBytes?: number
  /** Longest single record in characters, quoted newlines included. Default 1,000,000. */
  readonly maxRecordChars?: number
  /** Most cells in one record. Default 2,000. */
  readonly maxColumns?: number
  /** Most records. Default 1,048,576 (Excel's row limit) for whole-file reads, unlimited when streaming. */
  readonly maxRows?: number
}

/** Options for `readCsvRows`, `readCsvRowsSync` and `streamCsvRows`. */
export interface ReadCsvRowsOptions extends CsvLimits {
  /** Force an encoding instead of detecting it from the BOM and the bytes. */
  readonly encoding?: Exclude<CsvEncoding, 'text'>
  /** Force the delimiter (one character) instead of reading `sep=` or sniffing `,` `;` and tab. */
  readonly delimiter?: string
  /**
   * Remove the `'` that `exportPlanCsv`/`rowsToCsv` put before a cell that would otherwise start a formula
   * (`'=SUM(…)` reads back as `=SUM(…)`). Only such cells lose one apostrophe. Default true.
   */
  readonly unescapeFormulas?: boolean
  /** Drop records whose cells are all empty (`,,,` or a blank line). Default false: row numbers then match Excel's. */
  readonly skipBlankRows?: boolean
}

/** Options for `streamCsvRows`. */
export interface StreamCsvRowsOptions extends ReadCsvRowsOptions {
  /** Records per yielded batch. Default 1,000. */
  readonly batchSize?: number
}

/** The decoded table and what the reader found out about the file. */
export interface CsvRows {
  /** Records in file order; each cell verbatim as text. `rows[0]` is row 1 (a `sep=` line is not a row). */
  readonly rows: string[][]
  readonly encoding: CsvEncoding
  readonly delimiter: string
  readonly issues: ImportIssue[]
}

/** One batch of records from `streamCsvRows`. */
export interface CsvRowBatch {
  readonly rows: string[][]
  /** 1-based row number of `rows[0]` in the whole file. */
  readonly firstRow: number
  readonly encoding: CsvEncoding
  readonly delimiter: string
  /** Issues found while reading this batch. */
  readonly issues: ImportIssue[]
}
