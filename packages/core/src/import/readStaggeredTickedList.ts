import { TICKS } from '../status/parseStatus'
import { collapseWhitespace, hasText } from '../text/cleanCellText'
import type { FlattenedActionTables } from './flattenActionTables'
import { type OneColumnRecord, oneColumnRecords } from './oneColumnRecords'

/** "x", "✓", "✅": a mark alone in its cell saying the item is done (a tick, or the "x" of a ticked box). */
function isTickMark(mark: string): boolean {
  return mark === 'x' || mark === 'X' || TICKS.has(mark)
}
/** At least this many items make the layout. */
const minItems = 3

/**
 * Reads a list copied from a web page that set each item beside a picture, on alternate sides (a roadmap drawn as a
 * timeline), with a column of done marks before it: no header, each row a mark or nothing in its first cell ("x",
 * "✓") and one item in one of the columns after it, the items switching column from row to row as the pictures did
 * (the picture cells were dropped with the page's markup). Each item is one action; a ticked item is complete, and an
 * unticked one not started, since the list ticks off the items done. A row of one cell in the first column is a
 * heading: over items, their section; above the first heading, the page's title; after the last item, left out.
 * Returns null unless at least three items, at least one ticked, sit in two or more different columns, every row is
 * a heading or an item, and the first column holds nothing but marks and headings.
 *
 * @example
 * readStaggeredTickedList([
 *   ['Timeline'], ['Year one'], ['x', 'Draft the rules', ''], ['x', '', 'Consult the members'],
 *   ['', 'Publish the rules', ''],
 * ])?.rows.slice(1) // [['Action', 'Status', 'Section'], ['Draft the rules', 'Done', 'Year one'], …]
 */
export function readStaggeredTickedList(table: readonly (readonly string[])[]): FlattenedActionTables | null {
  const records: OneColumnRecord[] = []
  const sectionRows: number[] = []
  const skippedRows: number[] = []
  const columns = new Set<number>()
  let headings: number[] = []
  let section = ''
  let ticked = 0
  // The row the header stands for: the first item's heading, or the first item.
  let top = -1
  for (let index = 0; index < table.length; index++) {
    const row = table[index]!
    let text = -1
    let filled = 0
    for (let column = 0; column < row.length; column++) {
      if (!hasText(row[column]!)) continue
      if (++filled > 2) return null
      if (column > 0) {
        if (text >= 0) return null
        text = column
      }
    }
    if (filled === 0) continue
    if (text < 0) {
      // One cell in the first column: a heading, unless it is a mark with no item (not this layout).
      if (isTickMark(row[0]!.trim())) return null
      headings.push(index)
      continue
    }
    const mark = row[0]!.trim()
    if (mark !== '' && !isTickMark(mark)) return null
    if (records.length === 0) {
      // Above the first item, the line right over it is its heading when a title stands above that line.
      if (headings.length >= 2) {
        top = headings.at(-1)!
        section = collapseWhitespace(table[top]![0]!)
      } else top = index
    } else if (headings.length > 0) {
      const heading = headings.at(-1)!
      for (const skipped of headings.slice(0, -1)) skippedRows.push(skipped + 1)
      sectionRows.push(heading + 1)
      section = collapseWhitespace(table[heading]![0]!)
    }
    headings = []
    columns.add(text)
    if (mark !== '') ticked++
    records.push({
      index,
      cells: [collapseWhitespace(row[text]!), mark === '' ? 'Not started' : 'Done', section],
    })
  }
  if (records.length < minItems || ticked === 0 || columns.size < 2) return null
  for (const heading of headings) skippedRows.push(heading + 1)
  return oneColumnRecords(
    table.slice(0, top).map((row) => [row.filter(hasText).join(': ')]),
    top + 1,
    ['Action', 'Status', 'Section'],
    records,
    {
      mergedRows: [],
      sectionRows,
      skippedRows,
      titleEvidence:
        'each item of a list whose lines switch column from row to row, beside a column of done marks',
    },
  )
}
