import type { ImportIssue, TableToPlanOptions } from '@techcommit/core'

/**
 * Caps that keep a hostile or broken file from using unbounded time or memory. Each is checked while the file
 * is read (the zip is inflated in small steps), so a zip bomb stops at the cap, not after it has filled memory.
 *
 * @example
 * await readXlsxTables(bytes, { limits: { maxRows: 20_000 } })
 */
export interface OfficeLimits {
  /** Total bytes inflated from the zip, across every part read. Default 50 MB (a 10,000-row sheet is a few MB). */
  readonly maxUnzippedBytes?: number
  /** Entries the zip may list. Default 10,000 (a real workbook or document has a few dozen). */
  readonly maxEntries?: number
  /** Rows kept per sheet or Word table; the rest of that table is not read. Default 50,000 (five times
   * the largest export we design for). */
  readonly maxRows?: number
  /** Columns kept per row. Default 256. */
  readonly maxColumns?: number
}

/**
 * Options for `readXlsxTables` and `readDocxTables`.
 *
 * @example
 * const { tables } = await readDocxTables(bytes, { limits: { maxUnzippedBytes: 50_000_000 } })
 */
export interface ReadOfficeOptions {
  readonly limits?: OfficeLimits
}

/**
 * A merged region of a table, as 0-based indexes into `rows` (inclusive). The text of the region sits in its
 * first cell; the other cells of the region are empty strings.
 *
 * @example
 * const merge: CellMerge = { firstRow: 2, firstColumn: 0, lastRow: 7, lastColumn: 0 } // "one pillar for six rows"
 */
export interface CellMerge {
  readonly firstRow: number
  readonly firstColumn: number
  readonly lastRow: number
  readonly lastColumn: number
}

/**
 * One sheet of a workbook or one table of a Word document, as rows of cell text.
 *
 * @example
 * for (const table of tables) console.log(table.name, table.rows.length, table.merges.length)
 */
export interface OfficeTable {
  /** The sheet's name, or `Table N` (1-based, document order) for a Word table. */
  readonly name: string
  /** Cell text, row by row. Line breaks inside a cell are `\n`; dates are ISO `YYYY-MM-DD`. */
  readonly rows: string[][]
  readonly merges: CellMerge[]
  /** Word: the paragraphs between the previous table (or the start) and this one, in order. Excel: empty. */
  readonly before: string[]
}

/**
 * What `readXlsxTables` and `readDocxTables` return: every table, and every problem met on the way.
 *
 * @example
 * const { tables, issues } = await readXlsxTables(bytes)
 */
export interface OfficeTables {
  readonly tables: OfficeTable[]
  /** Word: the paragraphs after the last table. Excel: empty. */
  readonly after: string[]
  readonly issues: ImportIssue[]
}

/**
 * Options for `importXlsxPlan`, `importDocxPlan` and `importOfficePlan`: how to read the file, which table holds
 * the plan, and everything `tableToPlan` accepts.
 *
 * @example
 * await importXlsxPlan(bytes, { table: 'Action plan', strict: true })
 */
export type ImportOfficePlanOptions = ReadOfficeOptions &
  TableToPlanOptions & {
    /** The sheet name (or Word `Table N`) or 1-based table number holding the plan; by default it is chosen. */
    readonly table?: string | number
  }
