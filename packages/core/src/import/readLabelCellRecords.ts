import { parseStatus } from '../status/parseStatus'
import { collapseWhitespace, hasText } from '../text/cleanCellText'
import type { FlattenedActionTables } from './flattenActionTables'
import { bestField } from './readLabelledRecords'
import { filledCellCount } from './filledCellCount'

/** At least this many records make the layout. */
const minRecords = 2

/** "Issue:", "Plan:", "Lead officer:": a label of up to four words, ending in a colon, alone in its cell. */
const labelCell = /^[A-Z][A-Za-z’'&/() -]{0,40}:$/

/**
 * Labels that name the planned response to an issue, in an issue log whose records open with the issue ("Issue:" over
 * "Plan:", "Response:", "Solution:"): the action, though the synonym list reads them as no field.
 */
const responseLabels = new Set([
  'plan',
  'response',
  'solution',
  'resolution',
  'proposed solution',
  'action taken',
])

interface LabelRecord {
  readonly row: number
  readonly values: Map<string, { label: string; text: string }>
  readonly rows: number[]
}

/**
 * Reads a page of records written as a label cell beside a value cell ("Issue:" | "Large print menus", "Plan:" |
 * "Discuss with the outlet managers", "Status:" | "In progress. …", "Notes:" | …), the layout a web page's definition
 * list or a two-column Word table gives an accessibility plan, an issue log or a risk register. Each record opens with
 * the label the first record opens with; its labels become the columns of one row (a label written twice in a record,
 * as "Notes:" often is, keeps both values, one per line). The action is the label that names it ("Action:", "Proposed
 * action:") or, in an issue log, the response to the issue ("Plan:", "Response:", "Solution:"). A record whose status
 * cell holds no status word ("Signs added to tables 11 & 12.") takes the status its notes open with ("Completed.").
 * Lines above the first record are the page's title. Returns null unless every filled row below the first label is a
 * label cell beside a value, at least two records open with the same label, one label names the action and another a
 * second field (status, owner, date). Row numbers are kept in `sourceRows`, columns in `sourceColumns`.
 *
 * @example
 * readLabelCellRecords([
 *   ['Access plan'],
 *   ['Issue:', 'No ramp'], ['Plan:', 'Fit a ramp'], ['Status:', 'Completed.'],
 *   ['Issue:', 'Heavy doors'], ['Plan:', 'Fit push pads'], ['Status:', 'In progress.'],
 * ])?.rows[2] // ['Fit a ramp', 'No ramp', 'Completed.']
 */
export function readLabelCellRecords(table: readonly (readonly string[])[]): FlattenedActionTables | null {
  const first = table.findIndex((row) => labelOf(row) !== null)
  if (first < 0) return null
  if (table.slice(0, first).some((row) => filledCellCount(row) > 1)) return null
  const opening = labelOf(table[first]!)!.toLowerCase()
  const records: LabelRecord[] = []
  const labels: string[] = []
  const keys = new Set<string>()
  for (let index = first; index < table.length; index++) {
    const row = table[index]!
    if (!row.some(hasText)) continue
    const label = labelOf(row)
    if (label === null) return null
    const key = label.toLowerCase()
    if (key === opening) records.push({ row: index, values: new Map(), rows: [] })
    const record = records.at(-1)!
    const text = row[1]!.trim()
    const before = record.values.get(key)
    record.values.set(key, { label, text: before === undefined ? text : `${before.text}\n${text}` })
    record.rows.push(index)
    if (!keys.has(key)) {
      keys.add(key)
      labels.push(label)
    }
  }
  if (records.length < minRecords) return null
  const fields = labels.map((label) => bestField(label))
  let action = fields.indexOf('title')
  if (action < 0) action = labels.findIndex((label) => responseLabels.has(label.toLowerCase()))
  if (action < 0 || !fields.some((field, i) => i !== action && field !== null && field !== 'notes'))
    return null
  const statusKey = labels.find((_, i) => fields[i] === 'status')?.toLowerCase()
  const notesKey = labels.find((_, i) => fields[i] === 'notes')?.toLowerCase()

  // The action stands first, as an action table's header is read; every other label keeps its words, but one
  // naming the action too ("Issue" is not, "Action point" would be) is kept as written, in extra.
  const order = [action, ...labels.map((_, i) => i).filter((i) => i !== action)]
  const header = order.map((i) =>
    i === action ? 'Action' : fields[i] === 'title' ? `Column ${i + 1}` : labels[i]!,
  )
  const rows: string[][] = table.slice(0, first).map((row) => [...row])
  const sourceRows = rows.map((_, i) => i + 1)
  const sourceColumns: (number | null)[][] = rows.map((row) => row.map((_, c) => c + 1))
  rows.push(header)
  sourceRows.push(first + 1)
  sourceColumns.push(header.map(() => 2))
  const mergedRows: number[] = []
  // Each label's key, lower-cased once for every record.
  const keysInOrder = order.map((i) => labels[i]!.toLowerCase())
  for (const record of records) {
    rows.push(
      keysInOrder.map((key) => {
        const value = record.values.get(key)?.text ?? ''
        return key === statusKey ? statusWithNotes(value, record.values.get(notesKey ?? '')?.text) : value
      }),
    )
    sourceRows.push(record.row + 1)
    sourceColumns.push(header.map(() => 2))
    for (const row of record.rows) if (row !== record.row) mergedRows.push(row + 1)
  }
  return {
    rows,
    headerRow: first + 1,
    sourceRows,
    subHeaderRows: [],
    mergedRows,
    sourceColumns,
    titleEvidence: `the "${labels[action]}" cell of each record opened by "${labels[0]}", each label cell beside its value`,
  }
}

/** The label of a row that is a label cell beside its value ("Plan:" | "Fit a ramp"), without its colon; else null. */
function labelOf(row: readonly string[]): string | null {
  const cell = row[0] ?? ''
  // A label cell is short and ends in its colon: any other first cell is passed over before it is read.
  if (row.length < 2 || cell.length > 60 || !cell.trimEnd().endsWith(':')) return null
  if (!hasText(row[1]!)) return null
  for (let c = 2; c < row.length; c++) if (hasText(row[c]!)) return null
  const label = collapseWhitespace(cell)
  if (!labelCell.test(label) || label.split(' ').length > 4) return null
  return label.slice(0, -1).trim()
}

/**
 * A status cell that names no status ("Signs added to tables 11 & 12.") beside notes that open with one ("Completed.
 * Completed green tick"): the notes' opening sentence leads the cell, so it is read as the status.
 */
function statusWithNotes(status: string, notes: string | undefined): string {
  if (notes === undefined || parseStatus(status).state !== 'unknown') return status
  const stop = notes.indexOf('.')
  const lead = stop < 0 ? notes : notes.slice(0, stop + 1)
  if (lead.split(/\s+/).length > 3 || parseStatus(lead).state === 'unknown') return status
  return status === '' ? lead : `${lead} ${status}`
}
