import { parseStatus } from '../status/parseStatus'
import { collapseWhitespace, hasText } from '../text/cleanCellText'
import type { FlattenedActionTables } from './flattenActionTables'
import { type OneColumnRecord, oneColumnRecords } from './oneColumnRecords'
import { ownerAtStart } from './ownerAtStart'
import { firstText, isOneColumn } from './readLabelledRecords'

/** At least this many items, each over its owner/status line, make the layout. */
const minItems = 3

/** The status closing an owner/status line is a few words ("In Process", "Awaiting Action", "Done"). */
const maxStatusWords = 4

/** An owner/status line is short: a few names and the status. */
const maxLineWords = 12

/** Plain lines after the last item's owner/status line (a closing note) are left out, up to this many. */
const maxLinesAfter = 2

/** A heading between groups of items ("CHURCH HALL", "Hall garden") is a few words with no full stop. */
const maxHeadingWords = 6

interface OwnerStatus {
  readonly owners: readonly string[]
  readonly status: string
}

/**
 * "P. Lindqvist/In Process", "R Okafor/Awaiting Action", "Rev Marsh/J Dunn Awaiting Action": who holds the
 * item above, then its status, after a slash or, once a slash has joined two holders, a space. The owners are the
 * names before the status, each a name as {@link ownerAtStart} reads one; the status the longest run of words at the
 * end (at most four) that reads as one and would not without its first word. Null for any other line.
 *
 * @example
 * ownerStatusLine('Ann Hill/Jo Lee Not started') // { owners: ['Ann Hill', 'Jo Lee'], status: 'Not started' }
 * ownerStatusLine('Clerk/Done') // { owners: ['Clerk'], status: 'Done' }
 * ownerStatusLine('Sales/marketing review') // null
 */
export function ownerStatusLine(text: string): OwnerStatus | null {
  if (!text.includes('/') || text.length > 120) return null
  const words = text.split(' ')
  if (words.length > maxLineWords) return null
  for (let take = Math.min(maxStatusWords, words.length); take >= 1; take--) {
    const lead = words.slice(0, words.length - take).join(' ')
    const tail = words.slice(words.length - take).join(' ')
    // "Ann Hill/In Process": the status may open after the last slash of the last word kept.
    const slash = tail.indexOf('/')
    const cut =
      slash >= 0
        ? { who: `${lead} ${tail.slice(0, slash)}`.trim(), status: tail.slice(slash + 1) }
        : { who: lead, status: tail }
    if (cut.who === '' || cut.status === '' || cut.status.includes('/')) continue
    if (slash < 0 && !cut.who.includes('/')) continue
    const state = parseStatus(cut.status).state
    if (state === 'unknown') continue
    // "J Dunn Awaiting Action": a status that reads the same without its first word has taken a name's word.
    const shorter = cut.status.indexOf(' ')
    if (shorter > 0 && parseStatus(cut.status.slice(shorter + 1)).state === state) continue
    const owners = cut.who.split('/').map((name) => name.trim())
    if (owners.every((name) => name !== '' && ownerAtStart(`${name}: Do the work`, 'name-first') === name))
      return { owners, status: cut.status }
  }
  return null
}

/**
 * Reads minutes that review the actions of an earlier meeting one item at a time, each on a line of its own
 * followed by a line naming who holds it and how it stands, written "Owner/Status" ("Clear the gutters." then
 * "P. Lindqvist/In Process"; two holders joined by a slash, the status after a space: "Rev Marsh/J Dunn
 * Awaiting Action"): each item line is an action, the owner/status line below it gives its owners and its status
 * (kept as written). Lines above the first item are the page's title and the meeting's own record; a short line
 * between items with no owner/status line under it heads the items below it (their section). Null unless the page
 * is one column of at least three such items, every line below the first an item, its owner/status line or a
 * heading (a closing note of up to two lines aside).
 *
 * @example
 * readItemsOverOwnerStatusLines([
 *   ['Minutes'], ['Paint the gate.'], ['Ann Hill/Done'], ['Fix the bell.'], ['Jo Lee/In Process'],
 *   ['Order chairs.'], ['Clerk/Not started'],
 * ])?.rows[2] // ['Paint the gate.', 'Ann Hill', 'Done', '']
 */
export function readItemsOverOwnerStatusLines(
  table: readonly (readonly string[])[],
): FlattenedActionTables | null {
  if (!isOneColumn(table)) return null
  const lines: { row: number; text: string; holder: OwnerStatus | null }[] = []
  for (let index = 0; index < table.length; index++) {
    const row = table[index]!
    if (!row.some(hasText)) continue
    const text = collapseWhitespace(firstText(row))
    lines.push({ row: index, text, holder: ownerStatusLine(text) })
  }
  const first = lines.findIndex((line, at) => line.holder === null && lines[at + 1]?.holder != null)
  if (first < 0) return null
  const records: OneColumnRecord[] = []
  const merged: number[] = []
  const sectionRows: number[] = []
  const after: number[] = []
  let section = ''
  for (let at = first; at < lines.length; at++) {
    const line = lines[at]!
    const next = lines[at + 1]
    if (after.length === 0 && line.holder === null && next?.holder != null) {
      records.push({
        index: line.row,
        cells: [line.text, next.holder.owners.join(', '), next.holder.status, section],
      })
      merged.push(next.row + 1)
      at++
      continue
    }
    if (after.length === 0 && line.holder === null && isHeading(line.text) && lines[at + 2]?.holder != null) {
      section = line.text
      sectionRows.push(line.row + 1)
      continue
    }
    after.push(line.row + 1)
    if (after.length > maxLinesAfter) return null
  }
  if (records.length < minItems) return null
  const top = lines[first]!.row
  return oneColumnRecords(table.slice(0, top), top + 1, ['Action', 'Owner', 'Status', 'Section'], records, {
    mergedRows: merged,
    sectionRows,
    skippedRows: after,
    titleEvidence: 'each line over its "Owner/Status" line ("P. Lindqvist/In Process")',
  })
}

/** Whether a line reads as a heading over the items below it: a few words, no full stop closing it. */
function isHeading(text: string): boolean {
  return text.split(' ').length <= maxHeadingWords && !/[.!?]$/.test(text)
}
