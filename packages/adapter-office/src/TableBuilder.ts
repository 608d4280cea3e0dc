import type { ImportIssue } from '@techcommit/core'
import type { CellMerge, OfficeLimits, OfficeTable } from './officeOptions'

const defaultMaxRows = 50_000
const defaultMaxColumns = 256

/**
 * Collects the cells of one sheet or Word table into dense rows, within the row and column caps. Empty cells
 * add nothing, so a sheet that declares a million rows but fills ten costs ten rows; a value past the row cap
 * ends the table (`full`) with one warning, so the reader can stop inflating.
 */
export class TableBuilder {
  readonly rows: string[][] = []
  full = false
  private readonly maxRows: number
  private readonly maxColumns: number
  private wideReported = false

  constructor(
    private readonly name: string,
    limits: OfficeLimits,
    private readonly issues: ImportIssue[],
  ) {
    this.maxRows = limits.maxRows ?? defaultMaxRows
    this.maxColumns = limits.maxColumns ?? defaultMaxColumns
  }

  /** Puts `text` at a 1-based row and column. */
  set(row: number, column: number, text: string): void {
    if (text === '' || this.full || !(row >= 1) || !(column >= 1)) return
    if (row > this.maxRows) {
      this.full = true
      this.issues.push({
        code: 'table-cut',
        severity: 'warning',
        row,
        column: null,
        columnName: null,
        message: `"${this.name}" has text on row ${row}, past the limit of ${this.maxRows} rows: only rows 1–${this.maxRows} were read. Delete the unused rows, or raise options.limits.maxRows.`,
      })
      return
    }
    if (column > this.maxColumns) {
      if (!this.wideReported) {
        this.wideReported = true
        this.issues.push({
          code: 'too-many-columns',
          severity: 'warning',
          row,
          column,
          columnName: null,
          message: `"${this.name}" has text in column ${column}, past the limit of ${this.maxColumns} columns: those cells were not read. Delete the unused columns, or raise options.limits.maxColumns.`,
        })
      }
      return
    }
    while (this.rows.length < row) this.rows.push([])
    const cells = this.rows[row - 1]!
    while (cells.length < column - 1) cells.push('')
    if (cells.length >= column) cells[column - 1] = text
    else cells.push(text)
  }

  /**
   * The finished table: every row padded to the width of the widest (a merged title row keeps its columns),
   * merges outside the rows read dropped, merges running past them clipped.
   */
  finish(merges: readonly CellMerge[], before: string[] = []): OfficeTable {
    const lastRow = this.rows.length - 1
    let width = 0
    for (const cells of this.rows) width = Math.max(width, cells.length)
    for (const cells of this.rows) while (cells.length < width) cells.push('')
    const kept: CellMerge[] = []
    for (const merge of merges) {
      if (merge.firstRow > lastRow || merge.firstColumn >= this.maxColumns) continue
      if (merge.lastRow < merge.firstRow || merge.lastColumn < merge.firstColumn) continue
      kept.push({
        firstRow: merge.firstRow,
        firstColumn: merge.firstColumn,
        lastRow: Math.min(merge.lastRow, lastRow),
        lastColumn: Math.min(merge.lastColumn, this.maxColumns - 1),
      })
    }
    return { name: this.name, rows: this.rows, merges: kept, before }
  }
}
