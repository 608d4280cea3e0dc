import type { Taxonomy } from '../model/taxonomySchema'
import { hasText } from '../text/cleanCellText'
import { type ColumnMap, looksLikeHeader } from './mapColumns'
import { readsAsBodyRow } from './readsAsBodyRow'

/** Rows read above the header for rows of its table: a first page of a plan fits well within them. */
const rowsRead = 50
/** An action cell of at least this many words is an action's text, not a caption's label. */
const minActionWords = 2

/**
 * The first row of a table whose header is printed only further down (the first page's header lost, the one
 * repeated after a page break kept): rows above the header that fill its action column and read as the values its
 * columns hold below it ({@link readsAsBodyRow}: a date over dates, a status over statuses, a sentence over
 * sentences) are rows of the same table, as are lone lines between them (their group headings). Reading up from the
 * header, the run stops at the first row of two cells or more that is not such a row, or that reads as a header, a
 * legend or a caption. Returns the index of the topmost such row, else null. Reads at most 50 rows above the header.
 *
 * @example
 * rowsAboveLateHeader([
 *   ['Plan 2031'],
 *   ['Fit draught strips to the doors', 'March 2031', 'In progress'],
 *   ['Survey the parish on new clubs', 'June 2031', 'Not started'],
 *   ['Action', 'By when', 'Status'],
 *   ['Put the calendar online', 'August 2031', 'Not started'],
 * ], 3, map, new Set(), taxonomy) // 1
 */
export function rowsAboveLateHeader(
  table: readonly (readonly string[])[],
  headerIndex: number,
  map: ColumnMap,
  skipRows: ReadonlySet<number>,
  taxonomy: Taxonomy,
): number | null {
  const title = map.fields.get('title')
  if (title === undefined || map.blocks.length > 0) return null
  const width = map.headers.length
  let top: number | null = null
  for (let index = headerIndex - 1; index >= Math.max(0, headerIndex - rowsRead); index--) {
    const row = table[index]!
    const filled = row.filter(hasText).length
    if (filled < 2) continue
    if (skipRows.has(index)) break
    const action = (row[title] ?? '').trim()
    if (action.split(/\s+/).length < minActionWords) break
    // A cell past the header's last column belongs to another table.
    if (row.some((cell, column) => column >= width && hasText(cell))) break
    if (looksLikeHeader(row, taxonomy, { minRecognised: 1 })) break
    if (!readsAsBodyRow(table, index, taxonomy)) break
    top = index
  }
  return top
}
