import { collapseWhitespace, hasText } from '../text/cleanCellText'
import { BULLET_MARKS } from './bulletMarks'
import type { FlattenedActionTables } from './flattenActionTables'
import { type OneColumnRecord, oneColumnRecords } from './oneColumnRecords'
import { peelRef } from './peelRef'
import { bestField, firstText, isOneColumn } from './readLabelledRecords'

/** "KPIs and targets:", "Owned by:", "Progress update 2024:": up to five words ending in a colon. */
const labelLine = /^[A-Z][^:]{0,60}:$/

/** "- EDI manager", "• Draft written": a list item under a label. */
const listItem = new RegExp(`^[${BULLET_MARKS}]\\s{1,4}(?=\\S)`)

/** "Owned by", "Led by": a label naming the people by the verb of their part, which the synonym list does not know. */
const byLabel = /^(?:owned|led|managed|coordinated|overseen|championed) by$/i

interface ListRecord {
  readonly row: number
  action: string
  readonly rows: number[]
  readonly values: Map<string, { label: string; items: string[] }>
}

/**
 * Reads a one-column page where each numbered action ("1.1. Develop an inclusive culture statement") is followed by
 * labels each over a short list ("KPIs and targets:" over "- 1.1.1. Statement reviewed every three years", "Owned by:"
 * over "- EDI manager", "Progress update 2024:" over "- Statement approved by Council"), as a web page renders an
 * equality, people or strategy plan's full action list. Each action becomes one row whose columns are its labels, each
 * holding its list one item per line, so the labels are read as any header is: the targets as success measures (with
 * the dates they carry), "Owned by" or "Led by" as the owners, the progress update as the notes (whose words may give
 * the status). A numbered line with no labels under it before the next numbered line ("Objective 1: Tackling
 * discrimination") heads the actions below it. Lines above the first action are the page's title, lines after the last
 * one's lists that hold no label, list item or numbered line its footer (skipped). Returns null unless the page is one
 * column of at least two numbered actions, each with a label over a list, a label repeats from action to action, and
 * every line between the first action and the footer is a label, a list item or a numbered line. Row numbers are kept
 * in `sourceRows`; every field comes from the page's one column.
 *
 * @example
 * readListsUnderLabels([
 *   ['1. Publish the pay gap'], ['Owned by:'], ['- HR director'],
 *   ['2. Run a survey'], ['Owned by:'], ['- Staff network'],
 * ])?.rows[1] // ['1. Publish the pay gap', 'HR director']
 */
export function readListsUnderLabels(table: readonly (readonly string[])[]): FlattenedActionTables | null {
  const filled: number[] = []
  let labelled = 0
  for (let index = 0; index < table.length; index++) {
    const row = table[index]!
    if (!row.some(hasText)) continue
    filled.push(index)
    const text = row[0] ?? ''
    if (text.length <= 80 && text.trimEnd().endsWith(':') && isLabel(text.trim())) labelled++
  }
  // Two actions each carry a label at least: a page without two label lines is passed over before it is read.
  if (labelled < 2 || !isOneColumn(table)) return null
  const records: (ListRecord | { heading: number })[] = []
  let current: ListRecord | null = null
  let label: string | null = null
  let top = -1
  const footer: number[] = []
  for (let at = 0; at < filled.length; at++) {
    const index = filled[at]!
    const text = firstText(table[index]!)
    if (listItem.test(text)) {
      if (current === null || label === null) {
        if (top < 0) continue
        return null
      }
      current.values.get(label.toLowerCase())!.items.push(text.replace(listItem, '').trim())
      current.rows.push(index)
    } else if (isLabel(text)) {
      if (current === null) {
        if (top < 0) continue
        return null
      }
      label = text.slice(0, -1).trim()
      const key = label.toLowerCase()
      if (!current.values.has(key)) current.values.set(key, { label, items: [] })
      current.rows.push(index)
    } else if (peelRef(text) !== null) {
      // A numbered line with no labels yet under it is a heading over the next.
      if (current !== null && current.values.size === 0)
        records[records.length - 1] = { heading: current.row }
      if (top < 0) top = index
      current = { row: index, action: text, rows: [], values: new Map() }
      records.push(current)
      label = null
    } else if (current !== null && label === null) {
      // The action's text wrapped onto a second line.
      current.action = `${current.action}\n${text}`
      current.rows.push(index)
    } else if (top >= 0) {
      // Lines after the last action's lists that hold no label, list item or numbered line are the page's footer
      // (a signature, a contact line); any such line among the actions means the page is laid out otherwise.
      const rest = filled.slice(at)
      if (rest.some((row) => isStructure(firstText(table[row]!)))) return null
      footer.push(...rest)
      break
    }
  }
  const actions = records.filter((record): record is ListRecord => 'values' in record)
  if (actions.length < 2 || actions.some((record) => record.values.size === 0)) return null
  const labels: string[] = []
  const counts = new Map<string, number>()
  for (const record of actions) {
    for (const [key, value] of record.values) {
      if (value.items.length === 0) return null
      if (!counts.has(key)) labels.push(value.label)
      counts.set(key, (counts.get(key) ?? 0) + 1)
    }
  }
  if (![...counts.values()].some((count) => count >= 2)) return null

  const mergedRows: number[] = []
  const rows: OneColumnRecord[] = records.map((record) => {
    // A heading stands alone on its row, so it is read as a section row of any table is.
    if ('heading' in record)
      return { index: record.heading, cells: [firstText(table[record.heading]!), ...labels.map(() => '')] }
    for (const row of record.rows) mergedRows.push(row + 1)
    return {
      index: record.row,
      cells: [
        record.action,
        ...labels.map((item) => record.values.get(item.toLowerCase())?.items.join('\n') ?? ''),
      ],
    }
  })
  return oneColumnRecords(table.slice(0, top), top + 1, ['Action', ...labels.map(headerFor)], rows, {
    mergedRows,
    skippedRows: footer.map((row) => row + 1),
    titleEvidence: `each numbered line over its labelled lists (${labels.map((item) => `"${item}:"`).join(', ')})`,
  })
}

/** A label, a list item or a numbered line: the lines an action of the page is made of. */
function isStructure(text: string): boolean {
  return listItem.test(text) || isLabel(text) || peelRef(text) !== null
}

function isLabel(text: string): boolean {
  return labelLine.test(text) && collapseWhitespace(text).split(' ').length <= 5
}

/** The header a label's column gets: "Owned by" names the owners; any other label keeps its words. */
function headerFor(label: string): string {
  if (byLabel.test(label)) return 'Owner'
  return bestField(label) === 'title' ? 'Details' : label
}
