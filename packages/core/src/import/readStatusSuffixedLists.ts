import { BULLET_LEAD, indentOf } from './bulletMarks'
import type { FlattenedActionTables } from './flattenActionTables'
import { type OneColumnRecord, oneColumnRecords, type PageLine, pageLines } from './oneColumnRecords'
import { ownerAtStart } from './ownerAtStart'
import { statusAtEnd } from './statusAtEnd'
import { MAX_HEADING_LENGTH } from './maxHeadingLength'
import { yearOfHeading } from './yearOfHeading'

/**
 * "Ana, Tom to book the hall", "Ana and Tom will …": names of one capitalised word each, joined by commas or "and",
 * before "to" or "will", as minutes give work to several people at once. Group 1 is the names. Anchored, bounded.
 */
const namesBeforeTo =
  /^(\p{Lu}\p{Ll}{1,20}(?:(?:, | and | & )\p{Lu}\p{Ll}{1,20}){1,3}) (?:to|will) (?=\p{Ll})/u

/** At least this many items end in a status, and at least half the list's items do. */
const minStatusItems = 3

/**
 * Reads bulleted action lists under short headings whose items end in their status after a spaced dash, as annual
 * accessibility and equality plans and project pages list work: "Plan annuel 2024" over "- Publish the
 * accessibility statement - Réalisé", "- Train the product team - En cours", "- Audit the new site - A faire"; or
 * "Actions for 2025" over "- Review the policy - done". Each top-level bullet is an action, titled by its text
 * before the dash, with the words after it as its status; a bullet indented beneath one is a note on it, not an
 * action; a status word between the item's last two dashes is its status too, the words after it a note ("- done -
 * the links are in the chat"). When most items open with their owners, as minutes reviewing their last actions write
 * them ("Ana: Book the hall - done", "Ana, Tom to print the flyers - ongoing"), those are the items' owners. A
 * heading naming one year gives its items that year as their target. Lines above the first heading are
 * the title rows. Returns null unless the page is one column and at least three top-level items, and half of all
 * of them, end in a status; the lists end at the first line that is neither a heading over bullets nor a bullet.
 *
 * @example
 * readStatusSuffixedLists([
 *   ['Access plan'], ['Plan 2024'], ['- Add a skip link - done'], ['- Caption the videos - in progress'],
 *   ['- Audit the forms - to do'],
 * ])?.rows[2] // ['Add a skip link', 'done', '2024', '']
 */
export function readStatusSuffixedLists(
  table: readonly (readonly string[])[],
  lines: readonly PageLine[] | null = pageLines(table, 'join'),
): FlattenedActionTables | null {
  if (lines === null) return null
  const first = lines.findIndex(
    (line, i) =>
      !BULLET_LEAD.test(line.text) &&
      line.text.length <= MAX_HEADING_LENGTH &&
      BULLET_LEAD.test(lines[i + 1]?.text ?? ''),
  )
  if (first < 0) return null
  const records: (OneColumnRecord & { cells: string[] })[] = []
  const sectionRows: number[] = []
  const mergedRows: number[] = []
  let withStatus = 0
  let owned = 0
  let year = ''
  let listIndent = -1
  let next = first
  for (; next < lines.length; next++) {
    const line = lines[next]!
    const bullet = BULLET_LEAD.exec(line.text)
    if (bullet === null) {
      if (line.text.length > MAX_HEADING_LENGTH || !BULLET_LEAD.test(lines[next + 1]?.text ?? '')) break
      sectionRows.push(line.index + 1)
      year = yearOfHeading(line.text)
      listIndent = -1
      continue
    }
    const indent = indentOf(table[line.index]![0] ?? '')
    if (listIndent < 0) listIndent = indent
    const body = line.text.slice(bullet[0].length)
    if (indent > listIndent && records.length > 0) {
      const notes = records.at(-1)!.cells
      notes[3] = notes[3] === '' ? body : `${notes[3]}\n${body}`
      mergedRows.push(line.index + 1)
      continue
    }
    const { text, status } = statusAtEnd(body, 'itemWithNote') ?? { text: body, status: '' }
    if (status !== '') withStatus++
    const owner = ownerAtStart(text, 'name-first') ?? namesBeforeTo.exec(text)?.[1] ?? ''
    if (owner !== '') owned++
    records.push({ index: line.index, cells: [text, status, year, '', owner] })
  }
  if (withStatus < minStatusItems || withStatus * 2 < records.length) return null
  const top = lines[first]!.index
  // The owners are read when most items open with them, as a meeting's review of its last actions writes each.
  const header = ['Action', 'Status', 'Target', 'Notes', ...(owned * 2 > records.length ? ['Owner'] : [])]
  const read =
    header.length === 5 ? records : records.map((record) => ({ ...record, cells: record.cells.slice(0, 4) }))
  return oneColumnRecords(table.slice(0, top), top + 1, header, read, {
    mergedRows,
    sectionRows,
    skippedRows: lines.slice(next).map((line) => line.index + 1),
    titleEvidence:
      'each top-level bullet of the lists under their headings, its status after its last dash ("… - done")',
  })
}
