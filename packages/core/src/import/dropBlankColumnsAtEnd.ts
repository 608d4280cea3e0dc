import { hasText } from '../text/cleanCellText'

/**
 * Columns at the right of the table that are blank on every row are no columns: a sheet exported with an empty
 * column after its last one (or a stray delimiter at the end of every line) reads as the same table without it.
 * Each row is cut after the last column that holds text on any row; rows already shorter are kept as they are, so
 * every cell keeps its row and column number.
 *
 * @example
 * dropBlankColumnsAtEnd([['Goal', '', ''], ['Paint the hall', 'Sam', ' ']]) // [['Goal', ''], ['Paint the hall', 'Sam']]
 */
export function dropBlankColumnsAtEnd(table: string[][]): string[][] {
  let width = 0
  let longest = 0
  for (const row of table) {
    if (row.length > longest) longest = row.length
    for (let c = row.length - 1; c >= width; c--) {
      if (hasText(row[c]!)) {
        width = c + 1
        break
      }
    }
  }
  if (longest <= width) return table
  return table.map((row) => (row.length > width ? row.slice(0, width) : row))
}
