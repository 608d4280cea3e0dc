import { collapseWhitespace, hasText } from '../text/cleanCellText'
import type { FlattenedActionTables } from './flattenActionTables'
import { bestField } from './readLabelledRecords'
import { filledCellCount } from './filledCellCount'

/** A label has at most this many words ("Lead officer", "Responsible parties"). */
const maxLabelWords = 3

/**
 * "Responsible: SBG, JY" → label "Responsible" and its value; null for a line that does not open with a label.
 * Read with indexOf and a per-character check, so a long line costs one pass.
 */
function splitLabel(line: string): { label: string; value: string } | null {
  const colon = line.indexOf(':')
  if (colon <= 0 || colon > 40) return null
  const label = line.slice(0, colon).trim()
  if (!/^[A-Z][A-Za-z'’&/ -]*$/.test(label) || label.split(/\s+/).length > maxLabelWords) return null
  return { label, value: line.slice(colon + 1).trim() }
}

/** A cell read as labelled lines: each label's value (a line without a label continues the one above). */
function readCell(text: string): Map<string, { label: string; value: string }> | null {
  const values = new Map<string, { label: string; value: string }>()
  let last: string | null = null
  for (const raw of text.split('\n')) {
    const line = collapseWhitespace(raw)
    if (line === '') continue
    const labelled = splitLabel(line)
    const key = labelled?.label.toLowerCase()
    if (labelled !== null && key !== undefined && !values.has(key)) {
      values.set(key, labelled)
      last = key
    } else if (last !== null) {
      const entry = values.get(last)!
      values.set(last, { ...entry, value: `${entry.value}\n${line}` })
    } else return null
  }
  return values.size === 0 ? null : values
}

/** The labels a column writes at the start of most of its cells, in the order they first appear; [] for none. */
function columnLabels(
  cells: readonly string[],
  reads: readonly (Map<string, { label: string }> | null)[],
): string[] {
  const filled = filledCellCount(cells)
  const labelled = reads.filter((read) => read !== null)
  if (labelled.length < 2 || labelled.length * 3 < filled * 2) return []
  const counts = new Map<string, number>()
  for (const read of labelled) for (const key of read.keys()) counts.set(key, (counts.get(key) ?? 0) + 1)
  // A label the column repeats names a column; so does one seen once that names a field ("Measure:" on the one
  // action that has a measure). Any other label seen once is text with a colon in it.
  const repeated = [...counts].filter(([, count]) => count >= 2)
  if (repeated.length === 0) return []
  return [...counts].filter(([key, count]) => count >= 2 || bestField(key) !== null).map(([key]) => key)
}

/** The lines of a cell under labels that are not the column's, as written ("Example: the Leeds scheme"), or ''. */
function otherLines(read: Map<string, { label: string; value: string }>, labels: readonly string[]): string {
  const lines: string[] = []
  for (const [key, entry] of read) if (!labels.includes(key)) lines.push(`${entry.label}: ${entry.value}`)
  return lines.join('\n')
}

/** The layout's place for a labelled column's lines under labels of their own: kept, never dropped. */
const OTHER_LABELS = '\u0000other labels'

/**
 * Reads a table with no header row whose cells carry their column's name as a label: "Action: Run a survey"
 * down one column, "Responsible: HR\nMeasurables: Survey report" down the next. A reader takes each label as a
 * column header written into every cell, so each label a column repeats becomes a column of its own under a
 * header row of the labels (a cell holding two labelled lines gives two columns), the label taken off the value.
 * Columns without labels (a goal written once over its actions) keep their cells under an empty header. Returns
 * null unless the table has two or more columns, the labels of one column name the action ("Action", "What we
 * will do") and those of another column name a second field, and each labelled column opens most of its filled
 * cells, from its first labelled cell down, with a repeated label. Row numbers are kept in `sourceRows`, columns in
 * `sourceColumns`.
 *
 * @example
 * readLabelledCells([
 *   ['Goal 1', 'Action: Map training needs', 'Lead: HR\nMeasure: A report'],
 *   ['', 'Action: Fund two courses', 'Lead: Dean\nMeasure: Two courses run'],
 * ])?.rows[1] // ['Goal 1', 'Map training needs', 'HR', 'A report']
 */
export function readLabelledCells(table: readonly (readonly string[])[]): FlattenedActionTables | null {
  const width = table.reduce((max, row) => Math.max(max, row.length), 0)
  if (width < 2) return null
  const columns: {
    column: number
    labels: string[]
    reads: (Map<string, { label: string; value: string }> | null)[]
  }[] = []
  let top = table.length
  for (let c = 0; c < width; c++) {
    const cells = table.map((row) => row[c] ?? '')
    if (!cells.some((cell) => cell.includes(':'))) continue
    const reads = cells.map((cell) => (hasText(cell) && cell.includes(':') ? readCell(cell) : null))
    const first = reads.findIndex((read) => read !== null)
    const labels = columnLabels(cells.slice(first), reads.slice(first))
    if (labels.length === 0) continue
    columns.push({ column: c, labels, reads })
    top = Math.min(top, first)
  }
  if (columns.length < 2) return null
  const fields = columns.map(({ labels }) => labels.map(bestField))
  const actionColumn = fields.findIndex((names) => names.includes('title'))
  if (actionColumn < 0 || !fields.some((names, i) => i !== actionColumn && names.some((f) => f !== null)))
    return null

  // Each labelled source column becomes its labels' columns; the columns without labels follow them, so an
  // empty header never stands first (where it would read as the plan's numbering).
  const layout: { column: number; label: string | null }[] = []
  for (const { column, labels, reads } of columns) {
    for (const label of labels) layout.push({ column, label })
    // Lines under a label the column does not repeat ("Example: …" in one cell) are kept in a column of their own.
    if (reads.some((read) => read !== null && [...read.keys()].some((key) => !labels.includes(key))))
      layout.push({ column, label: OTHER_LABELS })
  }
  for (let c = 0; c < width; c++) {
    if (!columns.some((item) => item.column === c)) layout.push({ column: c, label: null })
  }
  const rows: string[][] = table.slice(0, top).map((row) => [...row])
  const sourceRows = rows.map((_, i) => i + 1)
  const sourceColumns: (number | null)[][] = rows.map((row) => row.map((_, c) => c + 1))
  const header = layout.map(({ column, label }) => {
    // A column without labels is named by its place in the source, as an unnamed column's extra always is.
    if (label === null || label === OTHER_LABELS) return `Column ${column + 1}`
    const read = columns.find((item) => item.column === column)!.reads.find((r) => r?.has(label))
    return read?.get(label)?.label ?? label
  })
  rows.push(header)
  sourceRows.push(top + 1)
  sourceColumns.push(layout.map(({ column }) => column + 1))
  for (let index = top; index < table.length; index++) {
    const row = table[index]!
    rows.push(
      layout.map(({ column, label }) => {
        if (label === null) return row[column] ?? ''
        const read = columns.find((item) => item.column === column)!.reads[index]
        // A cell without labels in a labelled column keeps its text under the column's first label.
        if (read === null || read === undefined)
          return label === columns.find((item) => item.column === column)!.labels[0]
            ? (row[column] ?? '')
            : ''
        const labels = columns.find((item) => item.column === column)!.labels
        return label === OTHER_LABELS ? otherLines(read, labels) : (read.get(label)?.value ?? '')
      }),
    )
    sourceRows.push(index + 1)
    sourceColumns.push(layout.map(({ column }) => column + 1))
  }
  const actionLabel = columns[actionColumn]!.labels[fields[actionColumn]!.indexOf('title')]!
  return {
    rows,
    headerRow: top + 1,
    sourceRows,
    subHeaderRows: [],
    mergedRows: [],
    sourceColumns,
    titleEvidence: `the "${header[layout.findIndex((item) => item.label === actionLabel)]}:" label written at the start of each cell, read as the column's header`,
  }
}
