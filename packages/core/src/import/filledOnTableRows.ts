import { hasText } from '../text/cleanCellText'
import { tableRows } from './tableRows'

/**
 * How many cells each column fills on the table's own rows ({@link tableRows}): a document footer or a page
 * number below the table is not counted. A reader compares columns by these counts ("the prose column is filled
 * on every row of the table") without the stray lines that a PDF or Word export leaves below a table.
 *
 * @example
 * filledOnTableRows([['10', 'Car share', 'Grow the car share list.'], ['121', '', '']], 3) // [1, 1, 1]
 */
export function filledOnTableRows(body: readonly (readonly string[])[], width: number): number[] {
  const counts = Array.from({ length: width }, () => 0)
  for (const row of tableRows(body, [])) {
    for (let c = 0; c < width; c++) if (hasText(row[c] ?? '')) counts[c]!++
  }
  return counts
}
