import { collapseWhitespace, hasText } from '../text/cleanCellText'
import type { FlattenedActionTables } from './flattenActionTables'

/** A filled line of a one-column page: its 0-based row and its text, whitespace collapsed. */
export interface PageLine {
  readonly index: number
  readonly text: string
}

/**
 * The filled lines of a page laid out in one column, or null when any row fills more than its first cell (a table,
 * not a page). With `cutLines: 'join'`, a line cut into cells at a comma the export did not quote is joined back
 * (its cells joined by commas), unless more than a third of the rows are so cut: a page of mostly such rows is a
 * table. A row whose first cell is empty is never a page's line.
 *
 * @example
 * pageLines([['Plan'], [''], ['1.1  Open a lab']]) // [{ index: 0, text: 'Plan' }, { index: 2, text: '1.1 Open a lab' }]
 * pageLines([['Action', 'Lead']]) // null
 * pageLines([['Plan'], ['Open a vital', ' new lab']], 'join')?.[1] // { index: 1, text: 'Open a vital, new lab' }
 */
export function pageLines(
  table: readonly (readonly string[])[],
  cutLines: 'reject' | 'join' = 'reject',
): PageLine[] | null {
  const lines: PageLine[] = []
  let cut = 0
  for (let index = 0; index < table.length; index++) {
    const row = table[index]!
    // Filled cells are counted, not gathered: a page is thousands of one-cell rows, and an array (and a joined
    // string) made per row and dropped at once is most of what reading the page would allocate.
    let filled = 0
    for (const cell of row) if (hasText(cell)) filled++
    if (filled === 0) continue
    const first = row[0]!
    if (!hasText(first)) return null
    let text = first
    if (filled > 1) {
      // More cut rows than a third of the whole table already decides it: a table, whatever the rest holds.
      if (cutLines === 'reject' || ++cut * 3 > table.length) return null
      text = row.filter(hasText).join(',')
    }
    lines.push({ index, text: collapseWhitespace(text) })
  }
  if (cut * 3 > lines.length) return null
  return lines
}

/** One record read from a one-column page: the 0-based source row it starts on and the cells it gives. */
export interface OneColumnRecord {
  readonly index: number
  readonly cells: readonly string[]
}

/**
 * The flattened table of a one-column page read as records: the title rows as they stand, a header naming each
 * record's cells (standing for source row `headerRow`, 1-based), then one row per record. Every cell comes from
 * the page's one column.
 *
 * @example
 * oneColumnRecords([['Plan']], 2, ['Action', 'Ref'], [{ index: 1, cells: ['Open a lab', '1.1'] }], {
 *   mergedRows: [],
 *   titleEvidence: 'each ref alone on its line',
 * }).rows // [['Plan'], ['Action', 'Ref'], ['Open a lab', '1.1']]
 */
export function oneColumnRecords(
  titleRows: readonly (readonly string[])[],
  headerRow: number,
  header: readonly string[],
  records: readonly OneColumnRecord[],
  rest: Pick<FlattenedActionTables, 'mergedRows' | 'sectionRows' | 'skippedRows' | 'titleEvidence'>,
): FlattenedActionTables {
  const rows: string[][] = titleRows.map((row) => [...row])
  const ones: (readonly number[])[] = []
  const sourceRows = rows.map((_, i) => i + 1)
  rows.push([...header])
  sourceRows.push(headerRow)
  for (const record of records) {
    rows.push([...record.cells])
    sourceRows.push(record.index + 1)
  }
  return {
    rows,
    headerRow: rows.length - records.length,
    sourceRows,
    subHeaderRows: [],
    ...rest,
    // Every cell comes from the page's one column: one frozen row of 1s per width, shared by the rows that wide.
    sourceColumns: rows.map((row) => (ones[row.length] ??= Object.freeze(row.map(() => 1)))),
  }
}
