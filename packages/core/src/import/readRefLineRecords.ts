import { oneColumnRecords, pageLines } from './oneColumnRecords'
import type { FlattenedActionTables } from './flattenActionTables'
import { peelRef } from './peelRef'

// "1.1.A", "2.3", "4b", "3.2.c.": a ref and nothing else on its line. A plain number ("12", "121") is not one: a
// page number or a count stands alone as often as a ref does, so a ref alone must have a dot between two parts or a
// letter. Bounded and anchored at both ends: linear on any line.
const bareRef = /^(\d{1,3}(?:\.\d{1,3}){0,3}(?:\.?[A-Za-z]{1,2})?)\.?$/
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
  const refs = lines.map(({ text }) => {
    const match = bareRef.exec(text)
    if (match === null || (!match[1]!.includes('.') && !/[A-Za-z]/.test(match[1]!))) return null
    return match[1]!.replace(/\.$/, '')
  })
  const refOf = (at: number): string | null => refs[at] ?? null
  const first = lines.findIndex((_, at) => refOf(at) !== null)
  if (first < 0) return null

  interface Record {
    index: number
    ref: string
    title: string
    section: string
    steps: string[]
  }
  const records: Record[] = []
  const mergedRows: number[] = []
  const structure: number[] = []
  let section = ''
  // The heading just above the first ref line, when the first ref extends its number.
  const above = first > 0 ? peelRef(lines[first - 1]!.text) : null
  if (above !== null && extends_(refOf(first)!, above.ref)) {
    section = above.rest
    structure.push(lines[first - 1]!.index + 1)
  }
  for (let at = first; at < lines.length; at++) {
    const ref = refOf(at)
    if (ref !== null) {
      const next = lines[at + 1]
      if (next === undefined || refOf(at + 1) !== null) return null
      records.push({ index: lines[at]!.index, ref, title: next.text, section, steps: [] })
      mergedRows.push(next.index + 1)
      at++
      continue
    }
    const heading = peelRef(lines[at]!.text)
    const nextRef = refOf(at + 1)
    if (heading !== null && nextRef !== null && extends_(nextRef, heading.ref)) {
      section = heading.rest
      structure.push(lines[at]!.index + 1)
      continue
    }
    records.at(-1)!.steps.push(lines[at]!.text)
    mergedRows.push(lines[at]!.index + 1)
  }
  if (records.length < minRecords) return null

  const top = records[0]!.index
  // The heading above the first ref line is a section, not a title row.
  const titleRows = table.slice(0, records[0]!.section === '' ? top : lines[first - 1]!.index)
  return oneColumnRecords(
    titleRows,
    top + 1,
    ['Action', 'Ref', 'Description', 'Section'],
    records.map((record) => ({
      index: record.index,
      cells: [record.title, record.ref, record.steps.join('\n'), record.section],
    })),
    {
      mergedRows,
      sectionRows: structure,
      titleEvidence:
        'each ref alone on its line ("1.1.A") over the action\'s line; the lines below it the description, a numbered line the refs extend the section',
    },
  )
}

/** "1.2.A" extends "1.2"; "1.20" does not. */
function extends_(ref: string, heading: string): boolean {
  return (
    ref.startsWith(`${heading}.`) || (ref.startsWith(heading) && /^[A-Za-z]/.test(ref.slice(heading.length)))
  )
}
