import { parseTargetDate } from '../dates/parseTargetDate'
import { parseStatus } from '../status/parseStatus'
import { collapseWhitespace, hasText } from '../text/cleanCellText'
import { scoreHeader } from './assignColumns'
import type { FlattenedActionTables } from './flattenActionTables'
import { isHeaderLabel } from './findTable'
import { peelRef } from './peelRef'
import { BULLET_MARKS } from './bulletMarks'
import { readNumericDateOrder } from './readNumericDateOrder'
import { filledCellCount } from './filledCellCount'

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
  return readRecords(table, isLabel, isValueOf) ?? readOneActionForm(table)
}

function readRecords(
  table: readonly (readonly string[])[],
  isLabel: (index: number) => boolean,
  isValueOf: (label: string, index: number) => boolean,
): FlattenedActionTables | null {
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
      // "Recommendation" over "2": the label opens the next action and numbers it, a layout read by
      // readActionLabelledRecords, not a field of the action above.
      if (refAlone(firstText(table[next]!)) !== null && namesItem(text)) return null
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

/** "2", "4.1", "12b": an item's number alone on its line. Anchored, bounded. */
const numberAlone = /^\d{1,3}(?:\.\d{1,3}){0,2}[a-z]?$/

/**
 * The number alone on a line ("2", "4.1"), as a form prints an action's number between its label and its text
 * ("Recommendation" over "2" over the recommendation), or null.
 *
 * @example
 * refAlone('2') // '2'
 * refAlone('2 Publish the data') // null
 */
export function refAlone(text: string): string | null {
  const trimmed = text.trim()
  return numberAlone.test(trimmed) ? trimmed : null
}

/** "Recommendation", "Action", "Goal": a label that is the name of a plan's item alone. Anchored, literal words. */
const itemNoun =
  /^(?:proposed\s|new\s)?(?:action|recommendation|objective|priority|goal|commitment|item|task|milestone|deliverable|initiative)$/i

/**
 * Whether a label line names the plan's item ("Recommendation", "Action", "Our commitment"): the label its text
 * sits under, not a field of it.
 *
 * @example
 * namesItem('Recommendation') // true
 * namesItem('Close Date') // false
 */
export function namesItem(label: string): boolean {
  return itemNoun.test(label.trim()) || bestField(label) === 'title'
}

/** A label names a field in words: a line with no letter ("0", "$1,200") is a value, however often it repeats. */
function isLabelShaped(text: string): boolean {
  // The two cheap tests first: most lines a label is looked for in end in a stop.
  return !/[.!?:]$/.test(text.trim()) && /\p{L}/u.test(text) && isHeaderLabel(text)
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
  // A page repeats its few labels: whether a label's words name a field is scored once per wording.
  const namesAField = new Map<string, boolean>()
  let afterLabel = false
  for (let index = 0; index < table.length; index++) {
    const row = table[index]!
    if (!row.some(hasText)) continue
    // A line under a label is its value, however often it repeats ("Status" over "Complete").
    const under = afterLabel
    afterLabel = false
    naming[index] = false
    // A short line alone on its row whose words name a field ("Point Person(s)", "Status", "Progress update").
    if (!isLone(row)) continue
    const text = firstText(row)
    if (!isLabelShaped(text)) continue
    let names = namesAField.get(text)
    if (names === undefined) {
      names = scoreHeader(text).size > 0
      namesAField.set(text, names)
    }
    afterLabel = names
    naming[index] = names
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
  return filledCellCount(row) === 1
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

/** The fields a page about one action names, each by a label line over its value line. */
const actionCardFields = ['owners', 'target', 'status'] as const
/** A card's label: a few words alone on their line ("Responsibility", "Target Date"). */
const maxCardLabelWords = 3
/** Lines after the card's last field that may still be its own (a "Frequency" label over "Once"). */
const maxLinesAfterFields = 2
/** An owner's value: a name, a role or a unit's full name, never a sentence. */
const maxOwnerWords = 10

/** Whether `value` reads as the field a card's label names: a name or team, a date, a status word. */
function readsAsField(field: (typeof actionCardFields)[number], value: string): boolean {
  // A unit's full name ("Office for Research Data (ORD)") need not read as a list of people: a short line that is
  // not a sentence is named by the label.
  if (field === 'owners') return value.split(/\s+/).length <= maxOwnerWords && !/[.!?:]$/.test(value)
  if (field === 'target') return parseTargetDate(value).due !== null || readNumericDateOrder([value]) !== null
  return parseStatus(value).state !== 'unknown'
}

/**
 * A page about one action, as a strategic plan's web page gives each task: its name on the first line, then label
 * lines each over one value line naming who leads it, when it is due and where it stands ("Responsibility" over
 * "Estates Office", "Target Date" over "06-30-2026", "Status" over "In Progress"), with guidance, bulleted
 * responsibilities and other labels between them. Read as one action titled by the first line; the lines that are
 * not those three fields are its description. Returns null unless each of the three is named by exactly one label
 * line (a few words alone on their line) over a value that reads as that field, and the page ends with its fields
 * (at most one more label and value after the last of them), as a task's card does; a page whose fields come
 * first and a list follows is a plan's heading over its actions, not one action.
 */
function readOneActionForm(table: readonly (readonly string[])[]): FlattenedActionTables | null {
  const filled: number[] = []
  for (let index = 0; index < table.length; index++) if (table[index]!.some(hasText)) filled.push(index)
  if (filled.length < 1 + 2 * actionCardFields.length) return null
  const titleRow = filled[0]!
  const title = firstText(table[titleRow]!)
  if (/[:.;]$/.test(title) || title.split(/\s+/).length > 15) return null
  // A page repeats its few labels: each wording's field is scored once.
  const fieldOf = new Map<string, string | null>()
  /** The field the line at `filled[i]` names as a label over a value that reads as it, with the label's text. */
  const cardFieldAt = (i: number): { field: string; label: string } | null => {
    const text = collapseWhitespace(firstText(table[filled[i]!]!))
    if (text.split(' ').length > maxCardLabelWords || !isLabelShaped(text)) return null
    let named = fieldOf.get(text)
    if (named === undefined) {
      named = bestField(text)
      fieldOf.set(text, named)
    }
    const field = actionCardFields.find((name) => name === named)
    if (field === undefined) return null
    return readsAsField(field, firstText(table[filled[i + 1]!]!)) ? { field, label: text } : null
  }
  // The card ends with its fields: without a label over its value among the last lines, no line above is read.
  let endsWithField = false
  for (let i = Math.max(1, filled.length - 2 - maxLinesAfterFields); i + 1 < filled.length; i++) {
    if (cardFieldAt(i) !== null) endsWithField = true
  }
  if (!endsWithField) return null
  const found = new Map<string, LabelledValue>()
  let lastField = -1
  for (let i = 1; i + 1 < filled.length; i++) {
    const named = cardFieldAt(i)
    if (named === null) continue
    // A field named twice is a list of people or dates, not one action's card.
    if (found.has(named.field)) return null
    found.set(named.field, { label: named.label, labelRow: filled[i]!, valueRow: filled[i + 1]! })
    lastField = i + 1
    i++
  }
  if (found.size < actionCardFields.length) return null
  if (filled.length - 1 - lastField > maxLinesAfterFields) return null
  const fields = [...found.values()]
  const used = new Set(fields.flatMap((value) => [value.labelRow, value.valueRow]))
  const details = filled.slice(1).filter((index) => !used.has(index))
  const rows: string[][] = [
    ['Action', ...fields.map((value) => headerFor(value.label)), 'Description'],
    [
      title,
      ...fields.map((value) => firstText(table[value.valueRow]!)),
      details.map((index) => firstText(table[index]!)).join('\n'),
    ],
  ]
  return {
    rows,
    headerRow: 1,
    sourceRows: [fields[0]!.labelRow + 1, titleRow + 1],
    subHeaderRows: fields.map((value) => value.labelRow + 1),
    mergedRows: [...fields.map((value) => value.valueRow + 1), ...details.map((index) => index + 1)],
    titleEvidence: `the first line of a page about one action, above its label lines (${fields.map((value) => `"${value.label}"`).join(', ')}) each over one value line`,
  }
}
