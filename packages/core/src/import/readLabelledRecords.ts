import { parseStatus } from '../status/parseStatus'
import { collapseWhitespace, hasText } from '../text/cleanCellText'
import { scoreHeader } from './assignColumns'
import type { FlattenedActionTables } from './flattenActionTables'
import { isHeaderLabel } from './findTable'
import { peelRef } from './peelRef'
import { BULLET_MARKS } from './bulletMarks'

/** A label line and the value line below it ("Point Person(s)" over "A. Person, B. Person"), 0-based rows. */
interface LabelledValue {
  readonly label: string
  readonly labelRow: number
  readonly valueRow: number
}

interface LabelledRecord {
  readonly start: number
  readonly values: LabelledValue[]
}

/** Fields a value written once above the first record gives every record ("Status" over "All in progress"). */
const pageWideFields = new Set(['status', 'owners', 'target'])

/**
 * Reads a one-column page laid out as a form repeated per action: the action's line (with its ref, when a
 * label such as "Demand 2" sat above it), then label lines each over one value line ("Point Person(s)" over
 * the names, "Progress" over the update). Each action becomes one row whose columns are the labels, under a
 * header row of those labels; a label and value above the first action whose label names the status, owners
 * or target ("Status" over "The tasks are in progress") is read for every action. Returns null unless at
 * least two actions each carry labelled values and a label naming something other than the action (a lead,
 * a status) repeats from action to action. Row numbers
 * are kept in `sourceRows`; label rows are reported as header rows, value rows as rows merged into the action.
 *
 * @example
 * readLabelledRecords([
 *   ['Publish the data'], ['Lead'], ['HR'],
 *   ['Hold a forum'], ['Lead'], ['Technical Forum'],
 * ])?.rows[1] // ['Publish the data', '', 'HR']
 */
export function readLabelledRecords(table: readonly (readonly string[])[]): FlattenedActionTables | null {
  if (!isOneColumn(table)) return null
  const isLabel = labelTest(table)
  const isValueOf = valueTest(table, isLabel)
  const filled: number[] = []
  for (let index = 0; index < table.length; index++) if (table[index]!.some(hasText)) filled.push(index)

  const records: LabelledRecord[] = []
  const pageValues: LabelledValue[] = []
  let firstStart = -1
  for (let i = 0; i < filled.length; i++) {
    const index = filled[i]!
    const next = filled[i + 1]
    const text = firstText(table[index]!)
    if (isLabel(index) && next !== undefined && isValueOf(text, next)) {
      const value = { label: collapseWhitespace(text), labelRow: index, valueRow: next }
      const current = records.at(-1)
      if (current === undefined) pageValues.push(value)
      else current.values.push(value)
      i++
      continue
    }
    if (firstStart < 0) firstStart = index
    records.push({ start: index, values: [] })
  }
  // Lines above the first action with labelled values are the page's title and intro.
  const firstRecord = records.findIndex((record) => record.values.length > 0)
  if (firstRecord < 0) return null
  const kept = records.slice(firstRecord)
  // Every action of a form carries its labels: a line with none after the first action is a second value
  // line or a heading, and the page is not such a form.
  if (kept.length < 2 || kept.some((record) => record.values.length === 0)) return null
  const labels: string[] = []
  const seen = new Map<string, number>()
  for (const record of kept) {
    const own = new Set<string>()
    for (const value of record.values) {
      const key = value.label.toLowerCase()
      // A label known only by its repeats, twice in one action, repeats per item of some other layout.
      if (own.has(key)) return null
      own.add(key)
      if (!seen.has(key)) labels.push(value.label)
      seen.set(key, (seen.get(key) ?? 0) + 1)
    }
  }
  // A label that repeats and names something other than the action ("Lead", "Status"): a label naming only
  // the action ("Actions" over one sentence, per heading) is a heading over that action, not a form.
  const repeated = [...seen].filter(([, count]) => count >= 2).map(([key]) => key)
  if (!repeated.some((key) => bestField(key) !== 'title')) return null
  const pageWide = pageValues.filter((value) => {
    const field = bestField(value.label)
    return field !== null && pageWideFields.has(field) && !seen.has(value.label.toLowerCase())
  })

  const top = kept[0]!.start
  // A value read for every action is not the page's title or intro: its rows are blanked above the header.
  const used = new Set(pageWide.flatMap((value) => [value.labelRow, value.valueRow]))
  const rows: string[][] = table.slice(0, top).map((row, i) => (used.has(i) ? [] : [...row]))
  const sourceRows = rows.map((_, i) => i + 1)
  const firstLabel = kept.find((record) => record.values.length > 0)!.values[0]!.labelRow
  rows.push(['Action', 'Ref', ...labels.map(headerFor), ...pageWide.map((value) => headerFor(value.label))])
  sourceRows.push(firstLabel + 1)
  const subHeaderRows: number[] = []
  const mergedRows: number[] = []
  for (const record of kept) {
    const start = table[record.start]!
    const cells = start.filter(hasText).map((cell) => cell.trim())
    const byLabel = new Map<string, string>()
    for (const value of record.values) {
      subHeaderRows.push(value.labelRow + 1)
      mergedRows.push(value.valueRow + 1)
      const key = value.label.toLowerCase()
      const text = firstText(table[value.valueRow]!)
      byLabel.set(key, byLabel.has(key) ? `${byLabel.get(key)}\n${text}` : text)
    }
    rows.push([
      cells[0] ?? '',
      cells[1] ?? '',
      ...labels.map((label) => byLabel.get(label.toLowerCase()) ?? ''),
      ...pageWide.map((value) => firstText(table[value.valueRow]!)),
    ])
    sourceRows.push(record.start + 1)
  }
  for (const value of pageWide) {
    subHeaderRows.push(value.labelRow + 1)
    mergedRows.push(value.valueRow + 1)
  }
  const titleEvidence = `the line of each action, above its label lines (${labels.map((label) => `"${label}"`).join(', ')}) each over one value line`
  return { rows, headerRow: top + 1, sourceRows, subHeaderRows, mergedRows, titleEvidence }
}

/** The field a label's words name most strongly, or null when they name none. */
export function bestField(label: string): string | null {
  let best: string | null = null
  let weight = 0
  for (const [field, score] of scoreHeader(label)) {
    if (score > weight) {
      best = field
      weight = score
    }
  }
  return best
}

/**
 * The header a label's column gets: a label that names the action ("Specific Actions") holds its steps, a
 * description, not a second action; a label that names people ("Point Person(s)") is the lead, whatever the
 * synonym list knows of its words.
 *
 * @example
 * headerFor('Point Person(s)') // 'Lead'
 */
export function headerFor(label: string): string {
  const field = bestField(label)
  if (field === 'title') return 'Details'
  if (field === 'owners') return 'Lead'
  return label
}

/** A short line alone on its row whose words name a field ("Point Person(s)", "Status", "Progress update"). */
function namesField(row: readonly string[]): boolean {
  if (!isLone(row)) return false
  const text = firstText(row)
  return isLabelShaped(text) && scoreHeader(text).size > 0
}

function isLabelShaped(text: string): boolean {
  return isHeaderLabel(text) && !/[.!?:]$/.test(text.trim())
}

/**
 * The label test of one page, by 0-based row: a line that names a field, or a short line the page repeats word
 * for word ("Next steps" before each action's plans) — a form's own labels, whatever the synonym list knows of
 * them. A line under a line that names a field is its value, not a label, however often it repeats ("Lead" over
 * "HR"). Each row is read once, and the readers of one table share the reading.
 *
 * @example
 * labelTest([['Next steps'], ['Ask'], ['Next steps'], ['Tell']])(0) // true
 */
export function labelTest(table: readonly (readonly string[])[]): (index: number) => boolean {
  const cached = labelTests.get(table)
  if (cached !== undefined) return cached
  const naming: boolean[] = new Array(table.length).fill(false)
  const keys: (string | null)[] = new Array(table.length).fill(null)
  const counts = new Map<string, number>()
  let afterLabel = false
  for (let index = 0; index < table.length; index++) {
    const row = table[index]!
    if (!row.some(hasText)) continue
    // A line under a label is its value, however often it repeats ("Status" over "Complete").
    const under = afterLabel
    afterLabel = namesField(row)
    naming[index] = afterLabel
    if (!isLone(row)) continue
    const text = firstText(row)
    if (!isLabelShaped(text)) continue
    const key = collapseWhitespace(text).toLowerCase()
    keys[index] = key
    if (!under) counts.set(key, (counts.get(key) ?? 0) + 1)
  }
  const test = (index: number): boolean => {
    if (naming[index] === true) return true
    const key = keys[index]
    return key !== null && key !== undefined && (counts.get(key) ?? 0) >= 2
  }
  labelTests.set(table, test)
  return test
}

/** The label test of each table read, so the readers of labelled lines share one reading of its rows. */
const labelTests = new WeakMap<readonly (readonly string[])[], (index: number) => boolean>()

/**
 * The value test of a page with labels `isLabel` (by 0-based row of `table`): "In progress" under "Status"
 * holds a header word, but it is the status; otherwise the one line a label names: alone on its row, not a
 * label, and not a list item (a label over a bulleted or numbered list is a heading over actions, not a field
 * of one).
 *
 * @example
 * valueTest([['Lead'], ['Estates team']], () => false)('Lead', 1) // true
 */
export function valueTest(
  table: readonly (readonly string[])[],
  isLabel: (index: number) => boolean,
): (label: string, index: number) => boolean {
  // A page repeats its few labels: each label's field is scored once.
  const fields = new Map<string, string | null>()
  return (label, index) => {
    const row = table[index]!
    if (!isLone(row)) return false
    const text = firstText(row)
    if (!isLabel(index) && peelRef(text) === null && !listBullet.test(text)) return true
    let field = fields.get(label)
    if (field === undefined) {
      field = bestField(label)
      fields.set(label, field)
    }
    return field === 'status' && parseStatus(text).state !== 'unknown'
  }
}

const listBullet = new RegExp(`^[${BULLET_MARKS}]\\s`)

function isLone(row: readonly string[]): boolean {
  return row.filter(hasText).length === 1
}

export function firstText(row: readonly string[]): string {
  return (row.find(hasText) ?? '').trim()
}

/** Text in the first column only, but for a ref moved into the last column by a label above ("Demand 2"). */
export function isOneColumn(table: readonly (readonly string[])[]): boolean {
  for (const row of table) {
    for (let c = 1; c < row.length; c++) {
      if (hasText(row[c]!) && !(c === row.length - 1 && hasText(row[0] ?? ''))) return false
    }
  }
  return true
}
