import { hasText } from '../text/cleanCellText'

/**
 * How many cells each column fills on the table's own rows: a row of one cell under a header of several columns
 * (a document footer, a page number, a heading) is not a row of the table and is not counted. A reader compares
 * columns by these counts ("the prose column is filled on every row of the table") without the stray lines that a
 * PDF or Word export leaves below a table.
 *
 * @example
 * filledOnTableRows([['10', 'Car share', 'Grow the car share list.'], ['121', '', '']], 3) // [1, 1, 1]
 */
export function filledOnTableRows(body: readonly (readonly string[])[], width: number): number[] {
  const counts = Array.from({ length: width }, () => 0)
  for (const row of body) {
    let filled = 0
    for (const cell of row) if (hasText(cell)) filled++
    if (filled < 2) continue
    for (let c = 0; c < width; c++) if (hasText(row[c] ?? '')) counts[c]!++
  }
  return counts
}
