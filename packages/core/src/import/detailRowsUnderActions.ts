import { hasText } from '../text/cleanCellText'

/** The rows that give a field of the action above them, and the labels they carry. */
export interface DetailRowsUnderActions {
  /** 0-based rows. */
  readonly rows: ReadonlySet<number>
  /** Each label once, in the order first met ("Metric", "Risk"). */
  readonly labels: readonly string[]
}

/** "Metric", "Risk/Dep", "Success measure", "Notes & links": a field's name, a few words and no digits. Bounded. */
const fieldLabel = /^[A-Za-z][A-Za-z/&' -]{0,30}:?$/
/** A label repeated on at least this many rows is written once per action. */
const minRepeats = 3

/**
 * In a table with a header, the rows that each give one field of the action above them: a short label that
 * starts at least three rows in the same column (left of the title column, "Metric", "Risk/Dep", "History"),
 * the field's text beside it, and the title cell empty on at least two in three of its rows, as project maps,
 * milestone sheets and risk registers exported from spreadsheets write a metric, a risk or a history line under
 * every milestone. A careful reader takes them as details of that milestone, not milestones of their own. A label
 * alone on its row (a heading) is left as it is, and so is any label whose rows carry titles (a theme column
 * written on every action's row).
 *
 * @example
 * detailRowsUnderActions([
 *   ['No', 'Title', 'Due'], ['1', 'Open the helpdesk', '2026'], ['Metric', 'Tickets answered'],
 *   ['2', 'Run the pilot', '2027'], ['Metric', 'Sites joined'], ['3', 'Write the report', '2027'], ['Metric', 'Report read'],
 * ], 1, 1).rows
 * // Set { 2, 4, 6 }
 */
export function detailRowsUnderActions(
  table: readonly (readonly string[])[],
  bodyStart: number,
  titleColumn: number,
): DetailRowsUnderActions {
  // Per label (column and text): its rows with text beside it, how many rows carry it, how many with no title.
  const found = new Map<string, { label: string; rows: number[]; count: number; untitled: number }>()
  for (let index = Math.max(0, bodyStart); index < table.length; index++) {
    const row = table[index]!
    const column = row.findIndex(hasText)
    if (column < 0 || column >= titleColumn) continue
    const label = row[column]!.trim()
    if (label.length > 32 || !fieldLabel.test(label) || label.split(' ').length > 3) continue
    const key = `${column}\u0000${label.toLowerCase()}`
    const entry = found.get(key) ?? { label, rows: [], count: 0, untitled: 0 }
    entry.count++
    if (!hasText(row[titleColumn] ?? '')) entry.untitled++
    found.set(key, entry)
    // Only a row with the field's text beside its label is left out: a label alone is read as before.
    let beside = false
    for (let c = column + 1; c < row.length && !beside; c++) beside = hasText(row[c]!)
    if (beside) entry.rows.push(index)
  }
  const rows = new Set<number>()
  const labels: string[] = []
  for (const entry of found.values()) {
    if (entry.rows.length === 0 || entry.count < minRepeats || entry.untitled * 3 < entry.count * 2) continue
    labels.push(entry.label)
    for (const row of entry.rows) rows.add(row)
  }
  return { rows, labels }
}
