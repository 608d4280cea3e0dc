import { collapseWhitespace, hasText } from '../text/cleanCellText'
import { createOneColumnTable } from './createOneColumnTable'
import { matchColumnHeader } from './columnSynonyms'
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
 * table. A row whose first cell is empty is never a page's line. `rowLines`, when given, is {@link pageLineOfEach}
 * of the same table, read once for every reader.
 *
 * @example
 * pageLines([['Plan'], [''], ['1.1  Open a lab']]) // [{ index: 0, text: 'Plan' }, { index: 2, text: '1.1 Open a lab' }]
 * pageLines([['Action', 'Lead']]) // null
 * pageLines([['Plan'], ['Open a vital', ' new lab']], 'join')?.[1] // { index: 1, text: 'Open a vital, new lab' }
 */
export function pageLines(
  table: readonly (readonly string[])[],
  cutLines: 'reject' | 'join' = 'reject',
  rowLines?: readonly RowLine[],
): PageLine[] | null {
  const lines: PageLine[] = []
  // Rows cut at a comma, joined back only once the page is known to be one: most tables are rejected long before.
  const cutAt: number[] = []
  for (let index = 0; index < table.length; index++) {
    const row = table[index]!
    const text = rowLines === undefined ? pageLineOf(row) : rowLines[index]
    if (text === undefined) continue
    if (text === null) {
      // More cut rows than a third of the whole table already decides it: a table, whatever the rest holds.
      if (cutLines === 'reject' || !hasText(row[0]!) || (cutAt.length + 1) * 3 > table.length) return null
      cutAt.push(lines.length)
      lines.push({ index, text: '' })
      continue
    }
    lines.push({ index, text })
  }
  if (cutAt.length * 3 > lines.length) return null
  if (holdsHeadedTable(table, lines, cutAt)) return null
  for (const at of cutAt) {
    const { index } = lines[at]!
    lines[at] = { index, text: collapseWhitespace(table[index]!.filter(hasText).join(',')) }
  }
  return lines
}

/** A header of this many cells or more, over rows of cells: a table within the page. */
const headedTableWidth = 3
/** Rows of cells below such a header, at least. */
const headedTableRows = 2

/**
 * Whether rows cut into cells are a table set into the page rather than lines cut at a comma: a row of three or more
 * cells, one naming the action and all but one of them naming a field ("Task | Who | By when", "Notes | Action |
 * Status"), over two or more rows of cells, none below it wider than it (lines of the page may stand between
 * them: the minutes of a row that gives no one work). Linear: the widest row of cells below each row is counted
 * once, from the end.
 */
function holdsHeadedTable(
  table: readonly (readonly string[])[],
  lines: readonly PageLine[],
  cutAt: readonly number[],
): boolean {
  const widths = cutAt.map((at) => table[lines[at]!.index]!.filter(hasText).length)
  let widestBelow = 0
  for (let k = cutAt.length - 1; k >= 0; k--) {
    const width = widths[k]!
    const below = cutAt.length - 1 - k
    if (
      width >= headedTableWidth &&
      below >= headedTableRows &&
      widestBelow <= width &&
      namesColumns(table[lines[cutAt[k]!]!.index]!)
    )
      return true
    if (width > widestBelow) widestBelow = width
  }
  return false
}

/** Every filled cell but one at most names a field, and one names the action. */
function namesColumns(row: readonly string[]): boolean {
  let action = false
  let unnamed = 0
  for (const cell of row) {
    if (!hasText(cell)) continue
    const match = cell.length <= 40 ? matchColumnHeader(cell) : null
    if (match?.field === 'title') action = true
    if (match === null && ++unnamed > 1) return false
  }
  return action
}

/**
 * The line one row of a one-column page holds, as {@link pageLines} reads it: the row's first cell, whitespace
 * collapsed; undefined for a blank row; null when the row fills a cell beside its first or instead of it (a
 * table's row, or a line cut at a comma). For a reader that goes through a long page a line at a time.
 *
 * @example
 * pageLineOf(['1.1  Open a lab']) // '1.1 Open a lab'
 * pageLineOf(['', ' ']) // undefined
 * pageLineOf(['Action', 'Lead']) // null
 */
export function pageLineOf(row: readonly string[]): string | null | undefined {
  // Filled cells are counted, not gathered: a page is thousands of one-cell rows, and an array (and a joined
  // string) made per row and dropped at once is most of what reading the page would allocate.
  // Two filled cells decide it: a table's row is not read to its end.
  let filled = 0
  for (const cell of row) if (hasText(cell) && ++filled > 1) return null
  if (filled === 0) return undefined
  const first = row[0]!
  return !hasText(first) ? null : collapseWhitespace(first)
}

/** What one row holds as a page's line: its text, undefined for a blank row, null for a table's row. */
export type RowLine = string | null | undefined

/**
 * {@link pageLineOf} of every row, in one pass: read once per import and handed to every page reader, which
 * would otherwise each collapse the whitespace of every line again.
 *
 * @example
 * pageLineOfEach([['Plan'], [''], ['Action', 'Lead']]) // ['Plan', undefined, null]
 */
export function pageLineOfEach(table: readonly (readonly string[])[]): RowLine[] {
  const lines: RowLine[] = new Array(table.length)
  for (let index = 0; index < table.length; index++) lines[index] = pageLineOf(table[index]!)
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
  const page = createOneColumnTable(titleRows, headerRow, header)
  for (const record of records) page.add(record.index, [...record.cells])
  return page.finish(rest)
}
