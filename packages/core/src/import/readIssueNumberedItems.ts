import { BULLET_LEAD, indentOf } from './bulletMarks'
import type { FlattenedActionTables } from './flattenActionTables'
import { type OneColumnRecord, oneColumnRecords, type PageLine, pageLines } from './oneColumnRecords'
import { statusAtStart } from './statusAtStart'

/** "… #1147", "… #88.": the tracker's issue number an item ends with, and the item's text before it. Bounded. */
const issueAtEnd = /^(.{1,2000}?)\s{1,8}\(?(#\d{1,7})\)?\.?$/

/** At least this many items end in an issue number, and at least half of the page's top-level bullets do. */
const minItems = 3

/**
 * The item's text and the issue number it ends with ("Revise the travel policy #212" → text and "#212"), or null
 * when it ends in no issue number.
 *
 * @example
 * issueNumberAtEnd('Revise the travel policy #212') // { text: 'Revise the travel policy', ref: '#212' }
 */
export function issueNumberAtEnd(text: string): { text: string; ref: string } | null {
  const match = text.length <= 2100 ? issueAtEnd.exec(text) : null
  if (match === null) return null
  const rest = match[1]!.trimEnd().replace(/[.,;:]$/, '')
  return rest === '' ? null : { text: rest, ref: match[2]! }
}

/**
 * Reads a meeting's review of the tracker issues on its agenda, as open-source councils and working groups keep
 * their minutes: each top-level bullet names an issue and ends with its number ("* Revise the travel policy #212"),
 * the bullets indented beneath it are the updates given on it ("  * Waiting on the board", "  * Done"). Each such
 * bullet is an action, its number (with "#") its ref and the text before it its title; its updates are notes, and
 * the first that opens with a status ("Done", "In progress: …") is its status. A top-level bullet with no number
 * right under an item's updates is one more update on that item. Lines above the first item are the title rows;
 * the list ends at the first line that is not a bullet. Returns null unless the page is one column and at least
 * three top-level bullets, and half of them, end in an issue number.
 *
 * @example
 * readIssueNumberedItems([
 *   ['Council call'], ['* Revise the travel policy #212'], ['  * Done'], ['* Elect a co-chair #230'],
 *   ['* Publish the budget #241'],
 * ])?.rows[2] // ['Revise the travel policy', '#212', 'Done', 'Done']
 */
export function readIssueNumberedItems(
  table: readonly (readonly string[])[],
  lines: readonly PageLine[] | null = pageLines(table, 'join'),
): FlattenedActionTables | null {
  if (lines === null) return null
  const first = lines.findIndex((line) => BULLET_LEAD.test(line.text))
  if (first < 0) return null
  const records: (OneColumnRecord & { cells: string[] })[] = []
  const mergedRows: number[] = []
  let topIndent = -1
  let topBullets = 0
  let next = first
  for (; next < lines.length; next++) {
    const line = lines[next]!
    const bullet = BULLET_LEAD.exec(line.text)
    if (bullet === null) break
    const indent = indentOf(table[line.index]![0] ?? '')
    if (topIndent < 0) topIndent = indent
    const body = line.text.slice(bullet[0].length).trim()
    const item = indent <= topIndent ? issueNumberAtEnd(body) : null
    if (indent <= topIndent) topBullets++
    if (item === null) {
      // An update under the item above, or a bullet before the first item: the list has not started.
      if (records.length === 0) return null
      const cells = records.at(-1)!.cells
      cells[3] = cells[3] === '' ? body : `${cells[3]}\n${body}`
      if (cells[2] === '') cells[2] = statusAtStart(body) ?? ''
      mergedRows.push(line.index + 1)
      continue
    }
    records.push({ index: line.index, cells: [item.text, item.ref, '', ''] })
  }
  if (records.length < minItems || records.length * 2 < topBullets) return null
  const top = lines[first]!.index
  return oneColumnRecords(table.slice(0, top), top + 1, ['Action', 'Ref', 'Status', 'Notes'], records, {
    mergedRows,
    skippedRows: lines.slice(next).map((line) => line.index + 1),
    titleEvidence:
      'each top-level bullet ending in its issue number ("… #212"), the bullets beneath it its updates',
  })
}
