import { collapseWhitespace, hasText } from '../text/cleanCellText'
import type { FlattenedActionTables } from './flattenActionTables'

/** A filled line of a one-column page: its 0-based row and its text, whitespace collapsed. */
export interface PageLine {
  readonly index: number
  readonly text: string
}

/**
 * The filled lines of a page laid out in one column, or null when any row fills more than its first cell (a table,
 * not a page).
 *
 * @example
 * pageLines([['Plan'], [''], ['1.1  Open a lab']]) // [{ index: 0, text: 'Plan' }, { index: 2, text: '1.1 Open a lab' }]
 * pageLines([['Action', 'Lead']]) // null
 */
export function pageLines(table: readonly (readonly string[])[]): PageLine[] | null {
  const lines: PageLine[] = []
  for (let index = 0; index < table.length; index++) {
    const row = table[index]!
    const filled = row.filter(hasText)
    if (filled.length === 0) continue
    if (filled.length > 1 || !hasText(row[0] ?? '')) return null
    lines.push({ index, text: collapseWhitespace(row[0]!) })
  }
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
  rest: Pick<FlattenedActionTables, 'mergedRows' | 'sectionRows' | 'titleEvidence'>,
): FlattenedActionTables {
  const rows: string[][] = titleRows.map((row) => [...row])
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
    sourceColumns: rows.map((row) => row.map(() => 1)),
  }
}
