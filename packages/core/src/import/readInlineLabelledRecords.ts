import { collapseWhitespace } from '../text/cleanCellText'
import type { FlattenedActionTables } from './flattenActionTables'
import { bestField, firstText, isOneColumn } from './readLabelledRecords'

/** A label longer than this many words is a sentence with a colon in it. */
const maxLabelWords = 4

/** "Objective: Make sure staff …" → label "Objective", value "Make sure staff …"; null for any other line. */
function splitLabel(line: string): { label: string; value: string } | null {
  const colon = line.indexOf(':')
  if (colon <= 0 || colon > 40) return null
  const label = line.slice(0, colon).trim()
  const value = line.slice(colon + 1).trim()
  if (value === '' || !/^[A-Z][A-Za-z'’ /&-]*$/.test(label) || label.split(' ').length > maxLabelWords)
    return null
  return { label, value }
}

/**
 * Reads a one-column page written as records of labelled lines, a label and its value on one line, repeated per
 * action: "Characteristic: We have few incidents reported" then "Objective: Make sure staff know the form", and so
 * on. Each record becomes one row whose columns are the labels, under a header row of those labels; the label
 * naming the action ("Objective", "Action", "What we will do") comes first. A line with no label (or a label used
 * once) inside a record continues the value above it. Returns null unless at least two labels repeat, one names
 * the action and one does not, the records number at least two, and labelled lines are most of the lines from the
 * first record on. Row numbers are kept in `sourceRows`; the lines of each record after its first are reported as
 * rows merged into the action.
 *
 * @example
 * readInlineLabelledRecords([
 *   ['Finding: Few incidents are reported'], ['Objective: Train staff on the form'],
 *   ['Finding: Plans do not show equality'], ['Objective: Analyse every new policy'],
 * ])?.rows[1] // ['Train staff on the form', 'Few incidents are reported']
 */
export function readInlineLabelledRecords(
  table: readonly (readonly string[])[],
): FlattenedActionTables | null {
  if (!isOneColumn(table)) return null
  const lines: { index: number; text: string; labelled: { label: string; value: string } | null }[] = []
  const counts = new Map<string, number>()
  for (let index = 0; index < table.length; index++) {
    const text = collapseWhitespace(firstText(table[index]!))
    if (text === '') continue
    const labelled = splitLabel(text)
    if (labelled !== null) {
      const key = labelled.label.toLowerCase()
      counts.set(key, (counts.get(key) ?? 0) + 1)
    }
    lines.push({ index, text, labelled })
  }
  const repeated = [...counts].filter(([, count]) => count >= 2).map(([key]) => key)
  if (repeated.length < 2) return null
  const naming = repeated.filter((key) => bestField(key) === 'title')
  if (naming.length === 0 || naming.length === repeated.length) return null
  // The label of the action: the one naming it most often.
  const titleLabel = naming.reduce((most, key) => (counts.get(key)! > counts.get(most)! ? key : most))
  const headingLabels = headingsOverRecords(lines, titleLabel, repeated, counts)
  const labels = [titleLabel, ...repeated.filter((key) => key !== titleLabel && !headingLabels.has(key))]
  const firstAt = lines.findIndex(
    (line) => line.labelled !== null && labels.includes(line.labelled.label.toLowerCase()),
  )
  const opener = lines[firstAt]!.labelled!.label.toLowerCase()
  const body = lines.slice(firstAt)
  const labelledCount = body.filter((line) => line.labelled !== null).length
  if (labelledCount * 3 < body.length * 2 || (counts.get(opener) ?? 0) < 2) return null

  const names = new Map<string, string>()
  for (const line of body) {
    const key = line.labelled?.label.toLowerCase()
    if (key !== undefined && !names.has(key)) names.set(key, line.labelled!.label)
  }
  const top = lines[firstAt]!.index
  const rows: string[][] = table.slice(0, top).map((row) => [...row])
  const sourceRows = rows.map((_, i) => i + 1)
  rows.push(labels.map((key) => names.get(key) ?? key))
  sourceRows.push(top + 1)
  const mergedRows: number[] = []
  const sectionRows: number[] = []
  let record: Map<string, string> | null = null
  let start = top
  let last: string | null = null
  const flush = () => {
    if (record === null) return
    rows.push(labels.map((key) => record!.get(key) ?? ''))
    sourceRows.push(start + 1)
  }
  for (const line of body) {
    const key = line.labelled?.label.toLowerCase()
    if (key !== undefined && headingLabels.has(key)) {
      // A heading over the records below: the record above ends, and lines under the heading are its own.
      flush()
      record = null
      last = null
      sectionRows.push(line.index + 1)
      continue
    }
    const isColumn = key !== undefined && labels.includes(key)
    if (isColumn && (key === opener || record === null || record.has(key))) {
      flush()
      record = new Map()
      start = line.index
    } else mergedRows.push(line.index + 1)
    if (isColumn) {
      record!.set(key, line.labelled!.value)
      last = key
    } else if (record !== null && last !== null) {
      record.set(last, `${record.get(last)}\n${line.text}`)
    }
  }
  flush()
  if (rows.length - top - 1 < 2) return null
  const titleEvidence = `the "${names.get(titleLabel) ?? titleLabel}:" line of each record of labelled lines (${labels.map((key) => `"${names.get(key) ?? key}:"`).join(', ')})`
  return { rows, headerRow: top + 1, sourceRows, subHeaderRows: [], mergedRows, sectionRows, titleEvidence }
}

/**
 * The labels that head records rather than fill them ("Goal: …" once over two "Proposed Action: …" records): a
 * repeated label naming the action, a description or nothing known, written fewer times than the action's label, every line of it
 * right above an action line (or at the foot of a page cut short), and at least one of them over two or more
 * actions. A field of the record ("Finding:"
 * before each "Objective:") is written once per action, so it never heads two.
 */
function headingsOverRecords(
  lines: readonly { labelled: { label: string } | null }[],
  titleLabel: string,
  repeated: readonly string[],
  counts: ReadonlyMap<string, number>,
): Set<string> {
  const candidates = new Set(
    repeated.filter((key) => {
      if (key === titleLabel || counts.get(key)! >= counts.get(titleLabel)!) return false
      // A lead, a date or a status written once over two records is shared by them, not a heading.
      const field = bestField(key)
      return field === null || field === 'title' || field === 'description'
    }),
  )
  if (candidates.size === 0) return candidates
  let lastLabelled = -1
  lines.forEach((line, i) => {
    if (line.labelled !== null) lastLabelled = i
  })
  // One pass: each candidate line must sit right above an action line; the actions under it are counted.
  const notAbove = new Set<string>()
  const headsMany = new Set<string>()
  let open: string | null = null
  let under = 0
  lines.forEach((line, i) => {
    const key = line.labelled?.label.toLowerCase()
    if (key !== undefined && candidates.has(key)) {
      // The page may end under its last heading (a page cut short): nothing labelled follows it.
      const next = lines[i + 1]?.labelled?.label.toLowerCase()
      if (next !== titleLabel && i < lastLabelled) notAbove.add(key)
      open = key
      under = 0
    } else if (key === titleLabel && open !== null && ++under === 2) headsMany.add(open)
  })
  return new Set([...headsMany].filter((key) => !notAbove.has(key)))
}
