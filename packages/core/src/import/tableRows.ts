import { hasText } from '../text/cleanCellText'
import { repeatsHeaderCells } from './repeatsHeaderCells'
import { filledCellCount } from './filledCellCount'

/** A heading over what a table's marks and names stand for. */
const legendHeading = /^\s{0,3}(?:legend|key)\s{0,3}:?\s{0,3}$/i

/**
 * The rows of a table's body that are rows of the table: a row of one cell under a header of several columns (a
 * part heading "PART II - …", a document footer, a page number) and the header repeated after a page break are
 * structure, not cells of any column, and a lone "Legend" or "Key" ends them: the rows after it explain the table.
 * A reader judges what a column holds ("its cells are refs", "it is filled on every row") on these rows only. A
 * one-column table keeps every row.
 *
 * @example
 * tableRows([['3', 'Policies'], ['PART II'], ['Section', 'Initiative'], ['11', 'Feedback']], ['Section', 'Initiative'])
 * // [['3', 'Policies'], ['11', 'Feedback']]
 */
export function tableRows(
  body: readonly (readonly string[])[],
  headers: readonly string[],
): readonly (readonly string[])[] {
  if (filledCellCount(headers) < 2 && body.every((row) => filledCellCount(row) < 2)) return body
  // "Legend", "Key" alone on its row: what follows explains the table's marks and names, no rows of it.
  const legend = body.findIndex((row) => filledCellCount(row) === 1 && legendHeading.test(row.find(hasText)!))
  return (legend < 0 ? body : body.slice(0, legend)).filter((row) => {
    let filled = 0
    for (const cell of row) if (hasText(cell)) filled++
    return filled >= 2 && !repeatsHeaderCells(row, headers)
  })
}
