import { collapseWhitespace } from '../text/cleanCellText'
import type { FlattenedActionTables } from './flattenActionTables'
import { type OneColumnRecord, oneColumnRecords } from './oneColumnRecords'
import { firstText, isOneColumn } from './readLabelledRecords'
import { ITEM_NUMBER } from './itemMark'

/** "Priority 2", "Objective 3", "Theme 1": a short name and a whole number, nothing else. */
const numberedHeading = /^([A-Z][A-Za-z]{1,20}(?: [A-Za-z]{1,20}){0,2}) (\d{1,2})$/
/** "2. Engage three universities": a numbered item, its number and its text. */
const numberedItem = new RegExp(`^(${ITEM_NUMBER})[.)][ \\t]{1,8}(\\S.*)$`)
/** A label line naming a year ("2016-2018 commitments", "In 2025") dates the items listed below it. */
const namesYear = /\b(?:19|20)\d{2}\b/
/** At least this many numbered headings, each over a numbered list, make the layout. */
const minHeadings = 2

/**
 * Reads a one-column page whose numbered headings ("Priority 1", then its name "Tell our story") each stand over
 * numbered lists of actions, as a careful reader does: every numbered item is an action, cited by its heading's
 * number and its own ("1.2": item 2 under Priority 1). A short line between lists introduces the list below it
 * ("2016-2018 commitments", "and for the next two years"); when it names a year it is the target of that list's
 * items. A list numbered afresh under the same heading repeats the first list's numbers, so its items get no ref
 * (two actions cited "1.1" would be one). The heading's name is each action's section; the lines above the first
 * heading are the title rows. Returns null unless the page is one column with at least two numbered headings over
 * numbered lists and numbered items make up at least a third of its lines from the first heading on.
 *
 * @example
 * readNumberedListsUnderHeadings([
 *   ['Staff plan'], ['Goal 1'], ['Grow'], ['1. Fund two posts'], ['2. Open a lab'],
 *   ['Goal 2'], ['Share'], ['1. Run a show'], ['2. Print a guide'],
 * ])?.rows[2] // ['Fund two posts', '1.1', '', 'Goal 1 Grow']
 */
export function readNumberedListsUnderHeadings(
  table: readonly (readonly string[])[],
): FlattenedActionTables | null {
  if (!isOneColumn(table)) return null
  // A heading's label and its name may already be joined into one row ("Tell our story" with "1" after the last
  // cell, by joinRefLabelRows): then that row is the heading.
  const lines: { index: number; text: string; label: string | null }[] = []
  for (let index = 0; index < table.length; index++) {
    const row = table[index]!
    const text = collapseWhitespace(firstText(row))
    if (text === '') continue
    const last = row.length > 1 ? collapseWhitespace(row[row.length - 1]!) : ''
    lines.push({ index, text, label: /^\d{1,2}$/.test(last) ? last : null })
  }
  const headingOf = (line: { text: string; label: string | null }) => {
    if (line.label !== null) return { number: line.label, section: line.text, named: true }
    const headed = numberedHeading.exec(line.text)
    return headed === null ? null : { number: headed[2]!, section: line.text, named: false }
  }
  const first = lines.findIndex((line) => headingOf(line) !== null)
  if (first < 0) return null

  const items: { index: number; title: string; ref: string; target: string; section: string }[] = []
  const labelLines: { index: number; text: string }[] = []
  let heading: {
    number: string
    section: string
    named: boolean
    seen: Set<string>
    restarted: boolean
  } | null = null
  let headingsWithItems = 0
  let target = ''
  let last = 0
  for (const line of lines.slice(first)) {
    const headed = headingOf(line)
    const item = headed === null ? numberedItem.exec(line.text) : null
    if (headed !== null) {
      heading = { ...headed, seen: new Set(), restarted: false }
      target = ''
      last = 0
      labelLines.push(line)
    } else if (item !== null && heading !== null) {
      const number = Number(item[1])
      // A list numbered afresh under the same heading: its numbers are not the actions' refs.
      if (number <= last || heading.seen.has(item[1]!)) heading.restarted = true
      if (heading.seen.size === 0) headingsWithItems++
      heading.seen.add(item[1]!)
      last = number
      items.push({
        index: line.index,
        title: collapseWhitespace(item[2]!),
        ref: heading.restarted ? '' : `${heading.number}.${item[1]}`,
        target,
        section: heading.section,
      })
    } else {
      labelLines.push(line)
      if (heading !== null && !heading.named && heading.seen.size === 0) {
        // The line right below the heading is its name.
        heading.section = `${heading.section} ${line.text}`
        heading.named = true
      } else {
        // A line between lists introduces the list below it.
        target = namesYear.test(line.text) ? line.text : ''
        last = 0
      }
    }
  }
  const body = lines.length - first
  if (headingsWithItems < minHeadings || items.length * 3 < body) return null

  const top = lines[first]!.index
  // The heading and label lines stay in place, alone in the section column: structure rows that end the list
  // above them, so an item numbered afresh below one is an action, not the previous one continued.
  const labels = new Map(labelLines.map((line) => [line.index, line.text] as const))
  const byRow = new Map(items.map((item) => [item.index, item] as const))
  const records: OneColumnRecord[] = []
  for (let index = top; index < table.length; index++) {
    const item = byRow.get(index)
    const label = labels.get(index)
    if (item !== undefined) records.push({ index, cells: [item.title, item.ref, item.target, item.section] })
    else if (label !== undefined) records.push({ index, cells: ['', '', '', label] })
  }
  return oneColumnRecords(table.slice(0, top), top + 1, ['Action', 'Ref', 'Target', 'Section'], records, {
    mergedRows: [],
    titleEvidence:
      'the numbered items under each numbered heading ("Priority 1"), cited by the heading number and their own',
  })
}
