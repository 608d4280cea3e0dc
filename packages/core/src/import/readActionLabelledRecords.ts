import { collapseWhitespace, hasText } from '../text/cleanCellText'
import type { FlattenedActionTables } from './flattenActionTables'
import {
  bestField,
  firstText,
  headerFor,
  isOneColumn,
  labelTest,
  namesItem,
  refAlone,
  valueTest,
} from './readLabelledRecords'

/** A label line and the value line below it ("Our commitment" over the action), 0-based rows. */
interface LabelledValue {
  readonly key: string
  readonly label: string
  readonly labelRow: number
  readonly valueRow: number
  /** The line between an action's label and its text holding only the action's number ("Recommendation" over "2"). */
  readonly refRow?: number
}

/**
 * Reads a one-column page where the action itself sits under a label that repeats for every action ("Our
 * Commitment" over "Policy reviewed and posted on the website."), followed by more label lines each over one
 * value line ("Status" over "Completed May 2021"). Each action label starts an action; the label lines after it
 * are its fields, up to the next action label or the next line that is neither a label nor a value. Lines
 * between the actions (a section heading, the clause of the rule the actions answer) head the actions below
 * them and are reported as section rows; lines above the first action are the page's title rows. A label naming the
 * item ("Recommendation", "Action") over a line holding only a number, then the text, numbers the action: an audit
 * office's recommendation dashboard prints "Recommendation" / "2" / the recommendation, and the number is its ref.
 * Returns null
 * unless a label naming the action is over a value at least twice and a label naming another field (a status,
 * a lead) follows it at least twice, and no label of another field stands outside an action after the first.
 *
 * @example
 * readActionLabelledRecords([
 *   ['Part 2 Training'], ['Our commitment'], ['Train all staff.'], ['Status'], ['Completed'],
 *   ['Our commitment'], ['Review the course yearly.'], ['Status'], ['Ongoing'],
 * ])?.rows.slice(1)
 * // [['Action', 'Status'], ['Train all staff.', 'Completed'], ['Review the course yearly.', 'Ongoing']]
 */
export function readActionLabelledRecords(
  table: readonly (readonly string[])[],
): FlattenedActionTables | null {
  if (!isOneColumn(table)) return null
  const isLabel = labelTest(table)
  const isValueOf = valueTest(table, isLabel)
  const filled: number[] = []
  for (let index = 0; index < table.length; index++) if (table[index]!.some(hasText)) filled.push(index)

  // Each line is either a label over its value, or a line of its own (a heading, a quoted clause).
  const lines: (LabelledValue | number)[] = []
  const actionCounts = new Map<string, number>()
  // A page repeats its few labels: whether each names the action is scored once.
  const namesAction = new Map<string, boolean>()
  for (let i = 0; i < filled.length; i++) {
    const index = filled[i]!
    const next = filled[i + 1]
    const text = firstText(table[index]!)
    // "Recommendation" over "2" over the recommendation: the label, the action's number, then its text.
    const after = filled[i + 2]
    if (
      next !== undefined &&
      after !== undefined &&
      isLabel(index) &&
      refAlone(firstText(table[next]!)) !== null &&
      isValueOf(text, after) &&
      namesItem(text)
    ) {
      const label = collapseWhitespace(text)
      const key = label.toLowerCase()
      lines.push({ key, label, labelRow: index, valueRow: after, refRow: next })
      namesAction.set(key, true)
      actionCounts.set(key, (actionCounts.get(key) ?? 0) + 1)
      i += 2
    } else if (next !== undefined && isLabel(index) && isValueOf(text, next)) {
      const label = collapseWhitespace(text)
      const key = label.toLowerCase()
      lines.push({ key, label, labelRow: index, valueRow: next })
      let names = namesAction.get(key)
      if (names === undefined) {
        names = bestField(label) === 'title'
        namesAction.set(key, names)
      }
      if (names) actionCounts.set(key, (actionCounts.get(key) ?? 0) + 1)
      i++
    } else lines.push(index)
  }
  // The label of the action: the one naming it most often (two different ones would be two layouts).
  let actionKey: string | null = null
  for (const [key, count] of actionCounts) {
    if (count >= 2 && (actionKey === null || count > actionCounts.get(actionKey)!)) actionKey = key
  }
  if (actionKey === null) return null

  const records: { action: LabelledValue; values: LabelledValue[] }[] = []
  const between: number[] = []
  let open = false
  for (const line of lines) {
    if (typeof line === 'number') {
      open = false
      if (records.length > 0) between.push(line)
    } else if (line.key === actionKey) {
      records.push({ action: line, values: [] })
      open = true
    } else if (open) records.at(-1)!.values.push(line)
    // A field's label outside an action, once the actions have begun, is some other layout.
    else if (records.length > 0) return null
  }
  const counts = new Map<string, { label: string; count: number }>()
  for (const record of records) {
    for (const value of record.values) {
      const seen = counts.get(value.key)
      counts.set(value.key, { label: seen?.label ?? value.label, count: (seen?.count ?? 0) + 1 })
    }
  }
  const labels = [...counts.values()]
  if (records.length < 2 || !labels.some(({ label, count }) => count >= 2 && bestField(label) !== null))
    return null

  const top = records[0]!.action.labelRow
  const rows: string[][] = table.slice(0, top).map((row) => [...row])
  const sourceRows = rows.map((_, i) => i + 1)
  const numbered = records.some((record) => record.action.refRow !== undefined)
  rows.push(['Action', ...(numbered ? ['Ref'] : []), ...labels.map(({ label }) => headerFor(label))])
  sourceRows.push(top + 1)
  const subHeaderRows: number[] = []
  const mergedRows: number[] = []
  for (const record of records) {
    subHeaderRows.push(record.action.labelRow + 1)
    const { refRow } = record.action
    if (refRow !== undefined) mergedRows.push(refRow + 1)
    const byLabel = new Map<string, string>()
    for (const value of record.values) {
      subHeaderRows.push(value.labelRow + 1)
      mergedRows.push(value.valueRow + 1)
      const text = firstText(table[value.valueRow]!)
      byLabel.set(value.key, byLabel.has(value.key) ? `${byLabel.get(value.key)}\n${text}` : text)
    }
    rows.push([
      firstText(table[record.action.valueRow]!),
      ...(numbered ? [refRow === undefined ? '' : refAlone(firstText(table[refRow]!))!] : []),
      ...[...counts.keys()].map((key) => byLabel.get(key) ?? ''),
    ])
    sourceRows.push(record.action.valueRow + 1)
  }
  const names = [records[0]!.action.label, ...labels.map(({ label }) => label)]
  return {
    rows,
    headerRow: top + 1,
    sourceRows,
    subHeaderRows,
    mergedRows,
    sectionRows: between.map((index) => index + 1),
    titleEvidence: `the line under each "${names[0]}" label, with the label lines after it (${names
      .slice(1)
      .map((label) => `"${label}"`)
      .join(', ')}) each over one value line`,
  }
}
