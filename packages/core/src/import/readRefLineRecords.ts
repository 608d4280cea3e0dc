import { oneColumnRecords, pageLines } from './oneColumnRecords'
import type { FlattenedActionTables } from './flattenActionTables'
import { peelRef } from './peelRef'

// "1.1.A", "2.3", "4b", "3.2.c.": a ref and nothing else on its line. A plain number ("12", "121") is not one: a
// page number or a count stands alone as often as a ref does, so a ref alone must have a dot between two parts or a
// letter. Bounded and anchored at both ends: linear on any line.
const bareRef = /^\d{1,3}(?:\.\d{1,3}){0,3}(?:\.?[A-Za-z]{1,2})?\.?$/
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
 * the one cell of its row.
 *
 * @example
 * readRefLineRecords([['Plan'], ['2.1 Grow'], ['2.1.A'], ['Open a lab'], ['2.1.B'], ['Hire a technician']])?.rows[2]
 * // ['Open a lab', '2.1.A', '', 'Grow']
 */
export function readRefLineRecords(table: readonly (readonly string[])[]): FlattenedActionTables | null {
  const lines = pageLines(table)
  if (lines === null) return null
  // A page is read whole before it is known to be one of these, so what is kept per line stays small: one ref (or
  // null) per line, one record per ref, each record's cells made once.
  const refs = lines.map(({ text }) => lineRef(text))
  const refOf = (at: number): string | null => refs[at] ?? null
  const first = refs.findIndex((ref) => ref !== null)
  if (first < 0) return null

  const records: { index: number; cells: string[] }[] = []
  const mergedRows: number[] = []
  const structure: number[] = []
  let section = ''
  // The heading just above the first ref line, when the first ref extends its number.
  const above = first > 0 ? peelRef(lines[first - 1]!.text) : null
  if (above !== null && extends_(refOf(first)!, above.ref)) {
    section = above.rest
    structure.push(lines[first - 1]!.index + 1)
  }
  // Cells: the action (the line after the ref), the ref, the description (the lines below the action), the section.
  let cells: string[] = []
  for (let at = first; at < lines.length; at++) {
    const ref = refOf(at)
    if (ref !== null) {
      const next = lines[at + 1]
      if (next === undefined || refOf(at + 1) !== null) return null
      cells = [next.text, ref, '', section]
      records.push({ index: lines[at]!.index, cells })
      mergedRows.push(next.index + 1)
      at++
      continue
    }
    const { text, index } = lines[at]!
    const heading = peelRef(text)
    const nextRef = refOf(at + 1)
    if (heading !== null && nextRef !== null && extends_(nextRef, heading.ref)) {
      section = heading.rest
      structure.push(index + 1)
      continue
    }
    cells[2] = cells[2] === '' ? text : `${cells[2]}\n${text}`
    mergedRows.push(index + 1)
  }
  if (records.length < minRecords) return null

  const top = records[0]!.index
  // The heading above the first ref line is a section, not a title row.
  const titleRows = table.slice(0, records[0]!.cells[3] === '' ? top : lines[first - 1]!.index)
  return oneColumnRecords(titleRows, top + 1, ['Action', 'Ref', 'Description', 'Section'], records, {
    mergedRows,
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
