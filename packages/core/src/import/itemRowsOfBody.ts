import { hasText } from '../text/cleanCellText'
import { repeatsHeaderCells } from './repeatsHeaderCells'

/** "Theme: Liveability", "Objective: 2 - Improve the housing": a short label, a colon, its value. */
const labelLine = /^[A-Z][A-Za-z'’ &/-]{0,30}:\s/

/**
 * The body rows that can hold items, for counting how many of a column's cells are numbered: not the header
 * repeated at a page or table break, and not a label line alone on its row ("Theme: Liveability", "Objective: 2 -
 * …") that heads the next table of a document. Those rows are structure: counted in, they make a column of
 * numbered actions ("2.1 Offer loans", "2.2 Bring empty homes back") look mostly unnumbered.
 *
 * @example
 * itemRowsOfBody([['Theme: Homes', ''], ['Action', 'Measure'], ['2.1 Offer loans', '']], ['Action', 'Measure'])
 * // [['2.1 Offer loans', '']]
 */
export function itemRowsOfBody(
  body: readonly (readonly string[])[],
  headers: readonly string[],
): readonly (readonly string[])[] {
  return body.filter((row) => {
    const filled = row.filter(hasText)
    if (filled.length === 1 && labelLine.test(filled[0]!.trim())) return false
    return !repeatsHeaderCells(row, headers)
  })
}
