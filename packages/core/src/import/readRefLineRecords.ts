import { createChunkedList } from './createChunkedList'
import { createOneColumnTable } from './createOneColumnTable'
import { pageLineOf, type RowLine } from './oneColumnRecords'
import type { FlattenedActionTables } from './flattenActionTables'
import { ITEM_NUMBER } from './itemMark'
import { peelRef } from './peelRef'

// "1.1.A", "2.3", "4b", "3.2.c.": a ref and nothing else on its line. A plain number ("12", "121") is not one: a
// page number or a count stands alone as often as a ref does, so a ref alone must have a dot between two parts or a
// letter, which also keeps a year alone ("2019") from reading as one. Bounded and anchored at both ends: linear on
// any line.
const bareRef = new RegExp(String.raw`^${ITEM_NUMBER}(?:\.\d{1,3}){0,3}(?:\.?[A-Za-z]{1,2})?\.?$`)
/** A letter anywhere (a ref with no dot needs one), and a letter first (what follows a heading's number). */
const letter = /[A-Za-z]/
const letterFirst = /^[A-Za-z]/
/** At least this many refs alone on their lines make the layout. */
const minRecords = 2

/**
 * Reads a one-column page where each item's ref stands alone on its line above the item's text ("1.1.A" then
 * "Identify cross-disciplinary programs …"), as a strategic plan laid out from a PDF often is: the line after a
 * ref line is that item's action, and the lines after it, up to the next ref line, its description (this year's
 * steps, a "•" line). A numbered line whose number the refs below it extend ("1.2 Create plans …" over "1.2.A",
 * "1.2.B") heads those items and is their section, not an action. The lines above the first ref line are the title
 * rows. Returns null unless at least two ref lines each stand over a line of text, and every line of the page is
 * the one cell of its row. `rowLines` is `pageLineOfEach` of the table when the caller has it; without it each
 * row's line is read as the reader reaches it.
 *
 * @example
 * readRefLineRecords([['Plan'], ['2.1 Grow'], ['2.1.A'], ['Open a lab'], ['2.1.B'], ['Hire a technician']])?.rows[2]
 * // ['Open a lab', '2.1.A', '', 'Grow']
 */
export function readRefLineRecords(
  table: readonly (readonly string[])[],
  rowLines?: readonly RowLine[],
): FlattenedActionTables | null {
  // A page is read whole before it is known to be one of these, so it is read a line at a time with the next line
  // in view, and only what the result keeps is kept: one record per ref, each record's cells made once. (Held as
  // an array of line objects and one of refs, a page of 60,000 lines took as much memory again as its result.)
  /** The line in view: its row (`table.length` past the last line), its text and the ref it holds alone. */
  let row = -1
  let text = ''
  let ref: string | null = null
  /** Brings the next line into view; false when a row is not a page's line (the table is no page). */
  const advance = (): boolean => {
    for (row++; row < table.length; row++) {
      // Without the caller's lines, each row's is read here, once: an array of a whole page's lines made only to be
      // read in order was, on a page of 60,000 lines, a large object of its own (117 fresh 4 KB pages a call).
      const line = rowLines === undefined ? pageLineOf(table[row]!) : rowLines[row]
      if (line === undefined) continue
      if (line === null) return false
      text = line
      ref = lineRef(line)
      return true
    }
    text = ''
    ref = null
    return true
  }

  // The title lines, up to the first ref line: the last of them may be the heading of the first items.
  let aboveRow = -1
  let aboveText = ''
  if (!advance()) return null
  while (row < table.length && ref === null) {
    aboveRow = row
    aboveText = text
    if (!advance()) return null
  }
  if (row >= table.length) return null

  const mergedRows = createChunkedList<number>()
  const structure: number[] = []
  let section = ''
  // The heading just above the first ref line, when the first ref extends its number: a section, not a title row.
  const above = aboveRow >= 0 ? peelRef(aboveText) : null
  if (above !== null && ref !== null && extends_(ref, above.ref)) {
    section = above.rest
    structure.push(aboveRow + 1)
  }
  const top = row
  // Each record goes into the table as it is met, and the 40,000 row numbers of a page of 20,000 items wait in
  // small arrays: every large array the result holds is made once, at its size (a list of the records and arrays
  // grown by `push` took 396 fresh 4 KB pages on such a page, 200 now).
  const page = createOneColumnTable(table.slice(0, section === '' ? top : aboveRow), top + 1, [
    'Action',
    'Ref',
    'Description',
    'Section',
  ])
  // Cells: the action (the line after the ref), the ref, the description (the lines below the action), the section.
  let cells: string[] = []
  while (row < table.length) {
    const lineRow = row
    const lineText = text
    const lineRefText = ref
    if (!advance()) return null
    if (lineRefText !== null) {
      // The line in view is the action: there must be one, and not another ref.
      if (row >= table.length || ref !== null) return null
      // The description (cells[2]) is filled in below, after the record is added: the table keeps this array.
      cells = [text, lineRefText, '', section]
      page.add(lineRow, cells)
      mergedRows.push(row + 1)
      if (!advance()) return null
      continue
    }
    const heading = peelRef(lineText)
    if (heading !== null && ref !== null && extends_(ref, heading.ref)) {
      section = heading.rest
      structure.push(lineRow + 1)
      continue
    }
    cells[2] = cells[2] === '' ? lineText : `${cells[2]}\n${lineText}`
    mergedRows.push(lineRow + 1)
  }
  if (page.count < minRecords) return null
  return page.finish({
    mergedRows: mergedRows.toArray(),
    sectionRows: structure,
    titleEvidence:
      'each ref alone on its line ("1.1.A") over the action\'s line; the lines below it the description, a numbered line the refs extend the section',
  })
}

/** The ref a line holds alone ("1.1.A", "2.3."), without its closing dot; null when the line is not one. */
function lineRef(text: string): string | null {
  // Tested, not matched, and with patterns made once: the ref is the whole line less a closing dot, so nothing is
  // made per line that is not a ref.
  if (!bareRef.test(text)) return null
  const ref = text.endsWith('.') ? text.slice(0, -1) : text
  return ref.includes('.') || letter.test(ref) ? ref : null
}

/** "1.2.A" extends "1.2"; "1.20" does not. */
function extends_(ref: string, heading: string): boolean {
  return (
    ref.startsWith(`${heading}.`) || (ref.startsWith(heading) && letterFirst.test(ref.slice(heading.length)))
  )
}
