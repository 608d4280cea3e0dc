import { collapseWhitespace } from '../text/cleanCellText'
import { BULLET_LEAD, indentOf } from './bulletMarks'
import type { FlattenedActionTables } from './flattenActionTables'
import { MAX_HEADING_LENGTH } from './maxHeadingLength'
import { type OneColumnRecord, oneColumnRecords, pageLineOfEach, type RowLine } from './oneColumnRecords'
import { statusAtEnd } from './statusAtEnd'

/** "1. ", "a) ", "iv. ": a numbered or lettered line belongs to the readers of numbered lists. */
const itemNumber = /^(?:\d{1,3}|[a-z]|[ivx]{1,5})[.)]\s/i

/** At least this many items close on their state in brackets: fewer, and the brackets are asides. */
const minMarked = 2

/** At least this many items over all the headings. */
const minItems = 4

/** What an unmarked item is when the outline marks the others: work not begun yet. */
const unmarkedStatus = 'Not started'

interface OutlineLine {
  readonly index: number
  readonly indent: number
  readonly text: string
}

interface OutlineItem {
  readonly index: number
  readonly text: string
  readonly status: string
  readonly section: string
  readonly parts: string[]
}

/**
 * Reads a one-column page laid out as an outline by its indents alone, with no bullets or numbers, as roadmaps
 * copied from a web page keep them: each piece of work a heading at the margin ("Refresh the brand colours"),
 * perhaps over a line saying what it covers ("Shared by every product."), then the items it holds indented one step
 * ("  Colour tokens (done)", "  Dark mode (in progress)", "  Print styles"), with their own parts or a note indented
 * further ("    table borders"). Each item at the first indent is an action, its heading its section and its
 * deeper lines its description; an item closing on its state in brackets has that status, and as the outline marks
 * what is done or under way, an unmarked item is not started yet. Of the margin lines above the items, the last
 * that is no sentence (no closing full stop) is the heading and those after it describe it; above the first
 * heading are the title rows.
 *
 * Returns null unless the page is one column, every line below the first heading is at the margin or indented,
 * no item is bulleted or numbered, each heading holds an item, and at least four items, two of them closing on
 * their state in brackets.
 *
 * @example
 * readIndentedOutline([
 *   ['Roadmap'], ['Refresh the brand'], ['  Colour tokens (done)'], ['  Dark mode (in progress)'],
 *   ['  Print styles'], ['    table borders'], ['  Icons'],
 * ])?.rows[4] // ['Print styles', 'Not started', 'Refresh the brand', 'table borders']
 */
export function readIndentedOutline(
  table: readonly (readonly string[])[],
  rowLines: readonly RowLine[] = pageLineOfEach(table),
): FlattenedActionTables | null {
  // Every item is indented under a heading at the margin: a page with no indented line is given up at once.
  if (!table.some((row) => indentOf(row[0] ?? '') > 0)) return null
  const lines: OutlineLine[] = []
  for (let index = 0; index < table.length; index++) {
    const text = rowLines[index]
    if (text === undefined) continue
    if (text === null) return null
    lines.push({ index, indent: indentOf(table[index]![0]!), text })
  }
  const items: OutlineItem[] = []
  const sectionRows: number[] = []
  const skippedRows: number[] = []
  const mergedRows: number[] = []
  let top = -1
  let section = ''
  let itemIndent = -1
  let inGroup = 0
  let margin: OutlineLine[] = []
  for (const line of lines) {
    if (line.indent === 0) {
      margin.push(line)
      continue
    }
    if (margin.length > 0) {
      // A new heading: the group above must have held an item.
      if (top >= 0 && inGroup === 0) return null
      const at = headingAt(margin)
      if (at < 0) return null
      const heading = margin[at]!
      if (top < 0) top = heading.index
      else for (const above of margin.slice(0, at)) skippedRows.push(above.index + 1)
      for (const below of margin.slice(at + 1)) skippedRows.push(below.index + 1)
      sectionRows.push(heading.index + 1)
      section = heading.text
      itemIndent = -1
      inGroup = 0
      margin = []
    } else if (top < 0) return null
    if (itemIndent < 0) itemIndent = line.indent
    if (line.indent < itemIndent) return null
    if (line.indent > itemIndent) {
      items[items.length - 1]!.parts.push(line.text)
      mergedRows.push(line.index + 1)
      continue
    }
    if (BULLET_LEAD.test(line.text) || itemNumber.test(line.text)) return null
    const said = statusAtEnd(line.text, 'habit')
    const marked = said !== null && said.shape === 'habitBracket' && said.text !== ''
    items.push({
      index: line.index,
      text: marked ? said.text : line.text,
      status: marked ? said.status : '',
      section,
      parts: [],
    })
    inGroup++
  }
  if (top < 0 || inGroup === 0 || items.length < minItems) return null
  if (items.filter((item) => item.status !== '').length < minMarked) return null
  for (const after of margin) skippedRows.push(after.index + 1)
  const records: OneColumnRecord[] = items.map((item) => ({
    index: item.index,
    cells: [
      item.text,
      item.status || unmarkedStatus,
      item.section,
      collapseWhitespace(item.parts.join('; ')),
    ],
  }))
  return oneColumnRecords(
    table.slice(0, top),
    top + 1,
    ['Action', 'Status', 'Section', 'Description'],
    records,
    {
      mergedRows,
      sectionRows,
      skippedRows,
      titleEvidence:
        'the lines indented one step under each heading at the margin of an outline, some closing on their state in brackets',
    },
  )
}

/** Of the margin lines above a group's items, the heading: the last short line with no closing full stop. */
function headingAt(margin: readonly OutlineLine[]): number {
  for (let at = margin.length - 1; at >= 0; at--) {
    const text = margin[at]!.text
    if (text.length <= MAX_HEADING_LENGTH && !/[.!?:]$/.test(text)) return at
  }
  return -1
}
