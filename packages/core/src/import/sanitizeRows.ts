import type { ImportIssue } from '../model/importIssue'
import { createImportIssue } from './createImportIssue'
import type { TableLimits } from './tableToPlan'

/**
 * The rows as `tableToPlan` reads them: every cell a string, a BOM dropped from the first, and the table cut to
 * `limits` (rows, columns, characters a cell), each cut reported as an issue with its row and column and how to
 * raise the limit. Clean rows are shared, not copied (they are never written to).
 *
 * @example
 * ```ts
 * sanitizeRows([['\ufeffRef', 42]], {}, issues) // [['Ref', '42']]
 * ```
 */
export function sanitizeRows(
  rows: readonly (readonly string[])[],
  limits: TableLimits,
  issues: ImportIssue[],
): string[][] {
  const maxRows = limits.maxRows ?? 500_000
  const maxColumns = limits.maxColumns ?? 256
  const maxCellLength = limits.maxCellLength ?? 32_767
  const source: readonly unknown[] = Array.isArray(rows) ? rows : []
  if (source.length > maxRows) {
    issues.push(
      createImportIssue(
        'too-many-rows',
        'error',
        maxRows + 1,
        null,
        null,
        `The table has ${source.length} rows; only the first ${maxRows} were read. Split the file, or raise options.limits.maxRows.`,
      ),
    )
  }
  let wideReported = false
  let longReported = 0
  const out: string[][] = []
  for (let r = 0; r < Math.min(source.length, maxRows); r++) {
    const raw = source[r]
    const cells: readonly unknown[] = Array.isArray(raw) ? raw : []
    if (r > 0 && isCleanRow(cells, maxColumns, maxCellLength)) {
      // Nothing to fix: share the caller's row instead of copying it (the rows are never written to).
      out.push(cells as string[])
      continue
    }
    if (cells.length > maxColumns && !wideReported) {
      wideReported = true
      issues.push(
        createImportIssue(
          'too-many-columns',
          'error',
          r + 1,
          maxColumns + 1,
          null,
          `Row ${r + 1} has ${cells.length} columns; only the first ${maxColumns} were read. Delete the unused columns, or raise options.limits.maxColumns.`,
        ),
      )
    }
    const row: string[] = []
    for (let c = 0; c < Math.min(cells.length, maxColumns); c++) {
      const value = cells[c]
      let text =
        typeof value === 'string' ? value : value === null || value === undefined ? '' : String(value)
      if (r === 0 && c === 0 && text.startsWith('\ufeff')) text = text.slice(1)
      if (text.length > maxCellLength) {
        text = text.slice(0, maxCellLength)
        if (longReported++ < 10) {
          issues.push(
            createImportIssue(
              'cell-too-long',
              'warning',
              r + 1,
              c + 1,
              null,
              `The cell at row ${r + 1}, column ${c + 1} is longer than ${maxCellLength} characters and was cut. Shorten it, or raise options.limits.maxCellLength.`,
            ),
          )
        }
      }
      row.push(text)
    }
    out.push(row)
  }
  return out
}

function isCleanRow(cells: readonly unknown[], maxColumns: number, maxCellLength: number): boolean {
  if (cells.length > maxColumns) return false
  for (const cell of cells) if (typeof cell !== 'string' || cell.length > maxCellLength) return false
  return true
}
