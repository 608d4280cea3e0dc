import type { Taxonomy } from '../model/taxonomySchema'
import { hasText } from '../text/cleanCellText'
import { type ColumnMap, looksLikeHeader } from './mapColumns'
import { countWords } from './countWords'
import { readsAsBodyRow } from './readsAsBodyRow'

/** Rows read above the header for rows of its table: a first page of a plan fits well within them. */
const rowsRead = 50
/** An action cell of at least this many words is an action's text, not a caption's label. */
const minActionWords = 2
/** Rows read below the header for the columns its body fills. */
const rowsBelow = 40
/** A row filling every column the body fills on most rows, at least this many, is a row of the body. */
const minBodyColumns = 3
/** "Date: May 2031", "Written by: Lee Park": a cell opening with its own label is a caption's line, not a value. */
/** A header's label: this many words at most, no digit. */
const maxLabelWords = 3
const labelledCell = /^\s{0,3}[A-Za-z][A-Za-z ]{0,30}:(?:\s|$)/

/**
 * The columns the header names that are filled on at least half of the rows of two cells or more below it (at most
 * 40 rows read): the columns every row of the body fills, a group label written once over its rows left out.
 */
function columnsFilledBelow(
  table: readonly (readonly string[])[],
  headerIndex: number,
  width: number,
): number[] {
  const header = table[headerIndex]!
  const counts = new Array<number>(width).fill(0)
  let rows = 0
  for (const row of table.slice(headerIndex + 1, headerIndex + 1 + rowsBelow)) {
    if (row.filter(hasText).length < 2) continue
    rows++
    for (let column = 0; column < width; column++) if (hasText(row[column] ?? '')) counts[column]!++
  }
  if (rows < 1) return []
  const columns: number[] = []
  for (let column = 0; column < width; column++)
    if (hasText(header[column] ?? '') && counts[column]! * 2 >= rows) columns.push(column)
  return columns
}

/**
 * Whether a row fills every column the body below the header fills (three or more), each cell a value, not a
 * labelled line ("Date: May 2031", "Status key:"), and not one text across them all: a row of the table whatever
 * its cells hold ("Meet each quarter | Quarterly (May, August) | Chair"), where a caption or a title fills a column
 * or two. A row of short labels only (three words at most, no digit) is a header, not such a row.
 */
function fillsBodyColumns(row: readonly string[], columns: readonly number[]): boolean {
  if (columns.length < minBodyColumns) return false
  const texts = new Set<string>()
  let labels = 0
  for (const column of columns) {
    const cell = row[column] ?? ''
    if (!hasText(cell) || labelledCell.test(cell)) return false
    texts.add(cell.trim())
    if (countWords(cell) <= maxLabelWords && !/\d/.test(cell)) labels++
  }
  // "Name | Initials | Institute | From": short labels in every column are another table's header.
  return texts.size > 1 && labels < columns.length
}

/**
 * The first row of a table whose header is printed only further down (the first page's header lost, the one
 * repeated after a page break kept): rows above the header that fill its action column and read as the values its
 * columns hold below it ({@link readsAsBodyRow}: a date over dates, a status over statuses, a sentence over
 * sentences), or that fill every column the body fills on most rows below the header (three or more, none a
 * labelled line such as "Date: May 2031", none under a column the header leaves empty), are rows of the same table,
 * as are lone lines between them (their group headings). Reading up from the header, the run stops at the first
 * row of two cells or more that is not such a row, or that reads as a header, a legend or a caption; when a row
 * taken by its shape alone sits right under such a row ("Name | Initials | Plot" over a list of volunteers), the
 * rows are that table's and none is taken. Returns the index of the topmost such row, else null. Reads at most 50
 * rows above the header.
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
  const header = table[headerIndex]!
  const regular = columnsFilledBelow(table, headerIndex, width)
  let top: number | null = null
  // Whether a row was taken by its shape alone: then a row of two cells or more that stops the run (another table's
  // header, "Name | Initials | Institute" over a list of staff) makes the run that table's rows, not this one's.
  let byShape = false
  for (let index = headerIndex - 1; index >= Math.max(0, headerIndex - rowsRead); index--) {
    const row = table[index]!
    const filled = row.filter(hasText).length
    if (filled < 2) continue
    if (skipRows.has(index)) break
    const action = (row[title] ?? '').trim()
    const full =
      fillsBodyColumns(row, regular) &&
      row.every((cell, column) => !hasText(cell) || hasText(header[column] ?? ''))
    const taken =
      action !== '' &&
      (action.split(/\s+/).length >= minActionWords || full) &&
      // A cell past the header's last column belongs to another table.
      !row.some((cell, column) => column >= width && hasText(cell)) &&
      !looksLikeHeader(row, taxonomy, { minRecognised: 1 })
    if (taken && readsAsBodyRow(table, index, taxonomy)) top = index
    else if (taken && full) {
      top = index
      byShape = true
    } else return byShape ? null : top
  }
  return top
}
