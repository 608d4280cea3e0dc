import { BULLET_LEAD } from './bulletMarks'
import { commonestKey } from './commonestKey'
import type { FlattenedActionTables } from './flattenActionTables'
import { createOneColumnTable } from './createOneColumnTable'
import { type PageLine, pageLines } from './oneColumnRecords'
import { peelItemLabel } from './peelItemLabel'
import { bestField, headerFor, labelTest, valueTest } from './readLabelledRecords'

/** At least this many actions opening with the same item label ("Milestone 1:", "Milestone 2:") make the layout. */
const minRecords = 2

/** "- [x] Draft the report", "• Book the room", "[ ] Invite speakers": a line of a list under a label. */
const checkbox = /^\[[ xX✓✔]\]\s/

/** One label of a record and the lines it stands over. */
interface LabelledLines {
  readonly label: string
  readonly labelRow: number
  readonly rows: number[]
  readonly texts: string[]
}

interface ItemRecord {
  readonly index: number
  readonly ref: string
  readonly title: string
  readonly section: string
  readonly values: LabelledLines[]
}

/**
 * Reads a one-column page of forms each headed by an item label, as project roadmaps and programme pages lay out
 * their milestones ("Milestone 1: Publish the guides", then "Description" over a sentence, "Status" over "Complete",
 * "Tasks" over a checklist, "Due date" over "End of August 2020"): each headed line is one action, its ref the label
 * as printed ("Milestone 1") and its title the text after the colon; each label line below it, up to the next
 * headed line, is one of its fields, over one value line or over a list (bulleted or checkbox lines, kept one per
 * line: the milestone's tasks, never actions of their own; under a label naming the action, such as "Actions", only a
 * checklist is, since a plain bulleted list there holds the actions themselves). A line between one action's fields and the next headed
 * line that is neither ("Medium term", "Long term") is a section heading over the actions below it, as is the line
 * just above the first action when the page has such headings. Unlike {@link readLabelledRecords}'s forms, a label
 * may stand over a list, because the headed lines, not the lines without a label, are the actions. Returns null
 * unless at least two lines open with the same item label (one to three words, a number and a colon, read by
 * {@link peelItemLabel}), every action has a labelled field, a label naming something other than the action (a
 * status, a date) repeats, and every line from the first action on is a headed line, a label, a value, a list
 * line or a section heading right above a headed line.
 *
 * @example
 * readItemLabelledForms([
 *   ['Roadmap'], ['Milestone 1: Publish the guides'], ['Status'], ['Complete'], ['Tasks'], ['- [x] Draft'],
 *   ['- [x] Review'], ['Later'], ['Milestone 2: Run a hack day'], ['Status'], ['Not started'],
 * ])?.rows.at(-1) // ['Run a hack day', 'Milestone 2', 'Not started', '', 'Later']
 */
export function readItemLabelledForms(
  table: readonly (readonly string[])[],
  lines: readonly PageLine[] | null = pageLines(table),
): FlattenedActionTables | null {
  if (lines === null) return null
  // The item label the most lines open with ("milestone"), and how each line opens.
  const heads = lines.map((line) => itemHead(line.text))
  const { key: kind, count } = commonestKey(heads.map((head) => head?.kind ?? null))
  if (count < minRecords) return null
  const isLabel = labelTest(table)
  const isValueOf = valueTest(table, isLabel)

  const records: ItemRecord[] = []
  const sectionRows: number[] = []
  let pending: { index: number; text: string }[] = []
  let open: LabelledLines | null = null
  let firstLine = -1
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!
    const head = heads[i]!
    if (head !== null && head.kind === kind) {
      if (firstLine < 0) firstLine = i
      const previous = records.at(-1)
      const section = pending.at(-1)?.text ?? previous?.section ?? ''
      for (const heading of pending) sectionRows.push(heading.index + 1)
      pending = []
      open = null
      records.push({ index: line.index, ref: head.ref, title: head.title, section, values: [] })
      continue
    }
    const record = records.at(-1)
    if (record === undefined) continue
    // A line after a section heading must be the next action's.
    if (pending.length > 0) return null
    const listLine = isListLine(line.text)
    if (open !== null) {
      const firstValue = open.rows.length === 0
      if (
        (firstValue && (isValueOf(open.label, line.index) || listLine)) ||
        (!firstValue && listLine && isListLine(open.texts[0]!))
      ) {
        open.rows.push(line.index)
        open.texts.push(line.text)
        continue
      }
    }
    if (!listLine && isLabel(line.index)) {
      const label = line.text
      if (record.values.some((value) => value.label.toLowerCase() === label.toLowerCase())) return null
      open = { label, labelRow: line.index, rows: [], texts: [] }
      record.values.push(open)
      continue
    }
    if (listLine || record.values.length === 0) return null
    pending.push(line)
    open = null
  }
  // Lines after the last action's fields are not its fields: the page is some other layout.
  if (pending.length > 0 || records.length < minRecords) return null
  if (records.some((record) => record.values.length === 0)) return null
  // A label naming the action ("Actions") over a bulleted list heads actions, not a field: only a checklist (the
  // milestone's tasks, "- [x] …") under such a label is kept as detail.
  for (const record of records) {
    for (const value of record.values) {
      if (value.texts.length === 0 || !isListLine(value.texts[0]!) || bestField(value.label) !== 'title')
        continue
      if (value.texts.some((text) => !checkbox.test(text.replace(BULLET_LEAD, '')))) return null
    }
  }
  const labels: string[] = []
  const seen = new Map<string, number>()
  for (const record of records) {
    for (const value of record.values) {
      const key = value.label.toLowerCase()
      if (!seen.has(key)) labels.push(value.label)
      seen.set(key, (seen.get(key) ?? 0) + 1)
    }
  }
  if (![...seen].some(([key, count]) => count >= 2 && bestField(key) !== 'title')) return null

  // The line just above the first action heads it, when the page heads its later actions too.
  let top = lines[firstLine]!.index
  const firstSection = sectionRows.length > 0 && firstLine >= 2 ? lines[firstLine - 1]! : null
  if (firstSection !== null) {
    top = firstSection.index
    sectionRows.unshift(firstSection.index + 1)
    for (const record of records) {
      if (record.section !== '') break
      ;(record as { section: string }).section = firstSection.text
    }
  }
  const header = ['Action', 'Ref', ...labels.map(headerFor)]
  if (sectionRows.length > 0) header.push('Section')
  const page = createOneColumnTable(table.slice(0, top), lines[firstLine]!.index + 1, header)
  const subHeaderRows: number[] = []
  const mergedRows: number[] = []
  for (const record of records) {
    const byLabel = new Map<string, string>()
    for (const value of record.values) {
      subHeaderRows.push(value.labelRow + 1)
      for (const row of value.rows) mergedRows.push(row + 1)
      byLabel.set(value.label.toLowerCase(), value.texts.join('\n'))
    }
    const cells = [record.title, record.ref, ...labels.map((label) => byLabel.get(label.toLowerCase()) ?? '')]
    if (sectionRows.length > 0) cells.push(record.section)
    page.add(record.index, cells)
  }
  const table_ = page.finish({
    mergedRows,
    sectionRows,
    titleEvidence: `each line opening with an item label ("${records[0]!.ref}:"), over its label lines (${labels.map((label) => `"${label}"`).join(', ')}) each over a value or a list`,
  })
  return { ...table_, subHeaderRows }
}

/** A line that opens with an item label: the label's words, lower-cased (its kind), the label as printed, the rest. */
function itemHead(text: string): { kind: string; ref: string; title: string } | null {
  const peeled = peelItemLabel(text)
  if (peeled === null || !text.endsWith(peeled.rest)) return null
  const ref = text
    .slice(0, text.length - peeled.rest.length)
    .trim()
    .replace(/\s*[:–—-]$/, '')
  const kind = ref
    .slice(0, ref.length - peeled.ref.length)
    .trim()
    .toLowerCase()
  if (kind === '' || !ref.endsWith(peeled.ref)) return null
  return { kind, ref, title: peeled.rest }
}

function isListLine(text: string): boolean {
  return BULLET_LEAD.test(text) || checkbox.test(text)
}
