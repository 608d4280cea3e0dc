import type { ImportIssue } from '../model/importIssue'
import { collapseWhitespace, hasText } from '../text/cleanCellText'
import { createImportIssue } from './createImportIssue'
import { filledCellCount } from './filledCellCount'

/** What {@link notesBelowTable} found: 0-based rows, and one info issue per row. */
export interface NotesBelowTable {
  readonly rows: ReadonlySet<number>
  readonly issues: readonly ImportIssue[]
}

/** A footnote's own mark, never a list bullet: "† Subject to funding", "¹ Academic years". */
const footnoteMark = /^\s{0,3}[†‡§¹²³⁴⁵⁶⁷⁸⁹]/
/** "* Subject to funding", "** Pending approval": a footnote when the table above uses the mark. */
const starNote = /^\s{0,3}(\*{1,3})\s{0,3}[^\s*]/
/** "Key:", "Legend", "RAG key:", "Status key": the label of a key to the table's symbols or colours. */
const keyLabel = /^(?:(?:rag|brag|status|colour|color|symbol)\s)?(?:key|legend)\s?:?$/i
/** "Total", "Totals:", "Grand total", "Sub-total". */
const totalLabel = /^(?:grand\s|sub-?\s?)?totals?\s?:?$/i
/** "3", "12 actions", "75%", "£4,500": the figure a totals row sums. */
const figure = /^[£$€]?\d[\d,.]{0,12}%?(?:\s[a-z]{1,12})?$/i
/** The letters (lower case, as char codes) {@link keyLabel} can open with: b, c, k, l, r, s. */
const labelInitials = new Set([0x62, 0x63, 0x6b, 0x6c, 0x72, 0x73])
/** A key's entry: a short cell, as "Red", "Not started", "✓ = done" are. */
const shortCell = 40

/**
 * Rows of a table that a careful reader skips as no actions: a totals row ("Total | 12 actions"), anywhere in the
 * body; and below the table's last row of two or more cells, a footnote its cells point to ("* Subject to funding"
 * under a cell marked "*", or one led by a footnote sign such as "†" or "¹") and a key to its colours or symbols
 * ("Key:" over "Red | Not started", "Green | Complete"). Spreadsheet action plans and trackers end so, as do Word
 * plans exported with their notes. A key's entries run from its label to the next empty row.
 *
 * @example
 * notesBelowTable([['Action', 'Lead'], ['Run the survey*', 'HR'], ['Total', '1'], ['* Subject to funding']], 1).rows
 * // Set { 2, 3 }
 */
export function notesBelowTable(table: readonly (readonly string[])[], bodyStart: number): NotesBelowTable {
  const rows = new Set<number>()
  const issues: ImportIssue[] = []
  const note = (index: number, text: string, why: string): void => {
    rows.add(index)
    issues.push(
      createImportIssue(
        'note-not-action',
        'info',
        index + 1,
        null,
        null,
        `Row ${index + 1} ("${text}") was not read as an action: it is ${why}. If it is an action, reword it.`,
      ),
    )
  }
  const keyRows = keyBelowTable(table, bodyStart)
  let lastWide = -1
  for (let index = Math.max(0, bodyStart); index < table.length; index++) {
    // A row of one cell that is no part of a key is none of these: its cells are not gathered.
    const keyed = keyRows.get(index)
    if (keyed === undefined && filledCellCount(table[index]!) < 2) continue
    const cells = table[index]!.filter(hasText).map(collapseWhitespace)
    if (
      cells.length >= 2 &&
      totalLabel.test(cells[0]!) &&
      cells.slice(1).every((cell) => figure.test(cell))
    ) {
      note(index, cells.join(' | '), 'a totals row of the table')
      continue
    }
    if (keyed !== undefined) {
      note(index, cells.join(' | '), keyed)
      continue
    }
    if (cells.length >= 2) lastWide = index
  }
  if (lastWide < 0) return { rows, issues }
  const starred = usesStar(table, bodyStart, lastWide)
  for (let index = lastWide + 1; index < table.length; index++) {
    const cells = table[index]!.filter(hasText).map(collapseWhitespace)
    if (cells.length !== 1 || rows.has(index)) continue
    const text = cells[0]!
    if (footnoteMark.test(text) || (starred && starNote.test(text)))
      note(index, text, 'a footnote to the table')
  }
  return { rows, issues }
}

/**
 * A key at the foot of the table: its label alone on a row, then its entries of one or two short cells up to the
 * next empty row, with no row of two cells or more after them (the table has ended). Row → what it is. One pass
 * up from the foot of the table, so a long table costs one look per row.
 */
function keyBelowTable(table: readonly (readonly string[])[], bodyStart: number): Map<number, string> {
  const found = new Map<number, string>()
  const start = Math.max(0, bodyStart)
  let last = table.length - 1
  while (last >= start && filledCellCount(table[last]!) < 2) last--
  // The label sits above the entries that end the table, or below its last row of two cells.
  let label = last + 1
  while (label < table.length && !isKeyLabel(table[label]!)) label++
  if (label >= table.length) {
    label = last
    while (label >= start && isKeyEntry(table[label]!) && !isKeyLabel(table[label]!)) label--
    if (label < start || label === last || !isKeyLabel(table[label]!)) return found
  }
  found.set(label, 'the label of a key to the table')
  for (let entry = label + 1; entry < table.length && isKeyEntry(table[entry]!); entry++)
    found.set(entry, 'an entry of the key to the table')
  return found
}

/**
 * One filled cell that reads as a key's label. Asked of every row a long one-column page ends with, so the
 * cells are counted, not gathered, and a cell that plainly opens with a letter no label opens with is not tidied.
 */
function isKeyLabel(row: readonly string[]): boolean {
  let label: string | undefined
  for (const cell of row) {
    if (!hasText(cell)) continue
    if (label !== undefined) return false
    label = cell
  }
  if (label === undefined) return false
  const first = label.charCodeAt(0)
  if (first > 0x20 && first < 0x7f && !labelInitials.has(first | 0x20)) return false
  return keyLabel.test(collapseWhitespace(label))
}

/** One or two short cells: "Red | Not started", "✓ = done". */
function isKeyEntry(row: readonly string[]): boolean {
  let filled = 0
  for (const cell of row) {
    if (!hasText(cell)) continue
    if (++filled > 2 || cell.length > shortCell) return false
  }
  return filled > 0
}

/** A cell of the table (header included) carries a star after its words ("Target date*", "funding**"). */
function usesStar(table: readonly (readonly string[])[], bodyStart: number, lastWide: number): boolean {
  for (let index = Math.max(0, bodyStart - 1); index <= lastWide; index++) {
    for (const cell of table[index]!) if (/[^\s*]\*/.test(cell)) return true
  }
  return false
}
