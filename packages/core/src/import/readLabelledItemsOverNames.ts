import { oneColumnRecords, type OneColumnRecord, type PageLine, pageLines } from './oneColumnRecords'
import type { FlattenedActionTables } from './flattenActionTables'
import { splitLabel } from './readInlineLabelledRecords'
import { bestField } from './readLabelledRecords'
import { readsAsOwnerList } from './readsAsOwnerList'

/** At least this many labelled items, each over its names, make the layout. */
const minItems = 2
/** An item's text is a piece of work: at least this many words after its label. */
const minWords = 4

/**
 * Reads a one-column page whose actions each open with the same label naming them and are each followed by the
 * people who carry them out, one name a line, as a library's or a department's strategic-plan web page lists its
 * initiatives under goals and area headings:
 *
 * ```text
 * Widen who uses the archive.
 * Outreach
 * Initiative: Run a monthly open day for local schools.
 * Priya Shah
 * Tom Okafor
 * Initiative: Publish a guide to the collections in three languages by March 2031.
 * Lena Ward
 * ```
 *
 * Each labelled line is one action titled by its text after the label ("Initiative:", "Project:", "Action:": a
 * label the synonym list reads as naming the action); the lines right under it that read as people's names
 * ("Priya Shah", not "Outreach" or a sentence) are its owners. Every other line (a goal, an area heading) heads
 * the actions below it: the last such line above an action is its `section`. Lines above the first action are the
 * title rows. Returns null unless the page is one column, one action label is written on at least two lines, and
 * every line it opens is followed by at least one name: a labelled line with no names under it is some other layout.
 *
 * @example
 * readLabelledItemsOverNames([
 *   ['Plan'], ['Initiative: Run a monthly open day'], ['Priya Shah'], ['Initiative: Publish a guide to the archive'],
 *   ['Lena Ward'],
 * ])?.rows.slice(1) // [['Action', 'Owner', 'Section'], ['Run a monthly open day', 'Priya Shah', ''], …]
 */
export function readLabelledItemsOverNames(
  table: readonly (readonly string[])[],
  lines: readonly PageLine[] | null = pageLines(table),
): FlattenedActionTables | null {
  if (lines === null) return null
  // The label that names the action and opens the most lines; a page without one is not this layout.
  const counts = new Map<string, number>()
  const keys: (string | null)[] = []
  for (const line of lines) {
    const labelled = splitLabel(line.text)
    const key = labelled === null ? null : labelled.label.toLowerCase()
    keys.push(key)
    if (key !== null) counts.set(key, (counts.get(key) ?? 0) + 1)
  }
  let itemKey: string | null = null
  for (const [key, count] of counts) {
    if (count < minItems || (itemKey !== null && count <= counts.get(itemKey)!)) continue
    if (bestField(key) === 'title') itemKey = key
  }
  if (itemKey === null) return null

  const records: OneColumnRecord[] = []
  const mergedRows: number[] = []
  const sectionRows: number[] = []
  let section = ''
  let top = -1
  for (let at = 0; at < lines.length; at++) {
    if (keys[at] !== itemKey) {
      if (top >= 0) sectionRows.push(lines[at]!.index + 1)
      section = lines[at]!.text
      continue
    }
    const line = lines[at]!
    const title = splitLabel(line.text)!.value
    if (title.split(' ').length < minWords) return null
    const names: string[] = []
    while (
      at + 1 < lines.length &&
      keys[at + 1] === null &&
      readsAsOwnerList(lines[at + 1]!.text) === 'name'
    ) {
      at++
      names.push(lines[at]!.text)
      mergedRows.push(lines[at]!.index + 1)
    }
    if (names.length === 0) return null
    if (top < 0) top = line.index
    records.push({ index: line.index, cells: [title, names.join(', '), section] })
  }
  if (records.length < minItems) return null
  return oneColumnRecords(table.slice(0, top), top + 1, ['Action', 'Owner', 'Section'], records, {
    mergedRows,
    sectionRows,
    titleEvidence:
      'the text after the label of each labelled item ("Initiative: …"), owned by the names below it',
  })
}
