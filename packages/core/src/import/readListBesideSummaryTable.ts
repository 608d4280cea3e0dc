import { collapseWhitespace, hasText } from '../text/cleanCellText'
import type { FlattenedActionTables } from './flattenActionTables'
import { isSentence } from './isSentence'
import { ITEM_NUMBER } from './itemMark'
import { filledCellCount } from './filledCellCount'

/** "1. Digital & Data Collaboration", "12) Open data": a list number, then the item's name. Bounded and anchored. */
const numberedItem = new RegExp(`^(${ITEM_NUMBER})[.)]\\s{1,4}(\\S.{0,300})$`)
/** At least this many rows of the summary table must repeat items of the list. */
const minRepeated = 2

interface ListItem {
  readonly number: string
  readonly name: string
  readonly row: number
  readonly description: string
}

/**
 * Reads a progress page that lists its numbered items first, each a heading line with a sentence below it ("1.
 * Digital & Data Collaboration", "We will work with …"), and then sums up their progress in a table whose rows repeat
 * the items by number and name ("Commitments | Overall status | Milestones completed" over "1. Digital & Data
 * Collaboration | Ongoing | 1 of 10"), as government open-government and strategy progress pages do. Every item of
 * the list is an action, with its table row's cells (status and the rest) when the table has one, and the sentence
 * below its heading as its description; an item the table leaves out (a page cut short, a table of the first few)
 * is still one. Returns null unless a row of two or more cells has at least two numbered rows below it, each
 * repeating the number and name of a one-cell numbered line above it, and the list has at least as many items.
 *
 * @example
 * readListBesideSummaryTable([
 *   ['1. Open data'], ['We will publish our data.'], ['2. Better services'], ['We will redesign forms.'],
 *   ['3. Fair pay'], ['We will close the pay gap.'],
 *   ['Item', 'Status'], ['1. Open data', 'Ongoing'], ['2. Better services', 'Complete'],
 * ])?.rows.at(-1) // ['3. Fair pay', '', 'We will close the pay gap.']
 */
export function readListBesideSummaryTable(
  table: readonly (readonly string[])[],
): FlattenedActionTables | null {
  const header = table.findIndex((row) => filledCellCount(row) >= 2)
  if (header < 1) return null
  const headerCells = table[header]!
  let width = 0
  for (let index = header; index < table.length; index++) width = Math.max(width, table[index]!.length)
  // The list: one-cell numbered lines above the header, each with the sentence below it.
  const items: ListItem[] = []
  for (let index = 0; index < header; index++) {
    const text = collapseWhitespace(table[index]!.find(hasText) ?? '')
    const match = numberedItem.exec(text)
    if (match === null) continue
    const next = collapseWhitespace(table[index + 1]?.find(hasText) ?? '')
    const description = index + 1 < header && numberedItem.exec(next) === null && isSentence(next) ? next : ''
    items.push({ number: match[1]!, name: match[2]!.toLowerCase(), row: index, description })
  }
  if (items.length < minRepeated) return null
  // The table: rows repeating an item by number and name.
  const byNumber = new Map(items.map((item) => [item.number, item] as const))
  const repeated = new Map<string, number>()
  for (let index = header + 1; index < table.length; index++) {
    const row = table[index]!
    if (!row.some(hasText)) continue
    const match = numberedItem.exec(collapseWhitespace(row[0] ?? ''))
    const item = match === null ? undefined : byNumber.get(match[1]!)
    if (item === undefined || item.name !== match![2]!.toLowerCase() || repeated.has(item.number)) return null
    repeated.set(item.number, index)
  }
  if (repeated.size < minRepeated || items.length < repeated.size) return null
  const pad = (row: readonly string[]) => Array.from({ length: width }, (_, c) => row[c] ?? '')
  const first = items[0]!.row
  const rows: (readonly string[])[] = table.slice(0, first)
  const sourceRows = rows.map((_, i) => i + 1)
  const sourceColumns: (readonly (number | null)[])[] = rows.map((row) => row.map((_, c) => c + 1))
  const columns = Array.from({ length: width }, (_, c) => c + 1)
  rows.push([...pad(headerCells), 'Description'])
  sourceRows.push(header + 1)
  sourceColumns.push([...columns, null])
  for (const item of items) {
    const at = repeated.get(item.number)
    const cells = at === undefined ? pad([table[item.row]!.find(hasText)!.trim()]) : pad(table[at]!)
    rows.push([...cells, item.description])
    sourceRows.push(item.row + 1)
    sourceColumns.push([...columns, 1])
  }
  return {
    rows,
    headerRow: first + 1,
    sourceRows,
    subHeaderRows: [header + 1],
    mergedRows: [...repeated.values()].map((index) => index + 1),
    titleEvidence: 'the numbered items listed above the summary table, each read with its row of the table',
    ordinaryTable: true,
    sourceColumns,
  }
}
