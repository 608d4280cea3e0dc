import { collapseWhitespace, hasText } from '../text/cleanCellText'
import type { FlattenedActionTables } from './flattenActionTables'
import { peelRef } from './peelRef'
import { bestField } from './readLabelledRecords'

/** The header is looked for among this many rows below the title and intro lines. */
const headerSearch = 15

/** The three columns of the grid, by the word their header opens with. */
const intent = /^intent\b/i
const implementation = /^implementation\b/i
const impact = /^impact\b/i

/**
 * Reads the "Intent / Implementation / Impact" grid English schools use for their improvement, subject and governors'
 * action plans (the three words of Ofsted's inspection framework): each row's Intent cell is the aim, its
 * Implementation cell the actions that serve it, its Impact cell how success shows. The Implementation column is the
 * action column, whatever the other headers say ("Monitoring actions" holds how governors check, not what they do);
 * Intent is each action's objective and Impact its success measures; every item of a row shares the row's other cells
 * (its aim, measures, leads and dates). An Implementation cell written as a numbered list ("1. Undertake training⏎2.
 * Attend courses", numbered afresh in each row) is one action per item, the item's number its ref (when every cell is
 * such a list); any other cell is one action, as written. Returns null unless a header row among the first rows has a
 * cell opening with each of the three words. Row numbers are kept in `sourceRows`, columns in `sourceColumns`.
 *
 * @example
 * readIntentImplementationImpact([
 *   ['Intent', 'Implementation', 'Impact'],
 *   ['Be well informed', '1. Attend training\n2. Read the guidance', 'Training logs kept'],
 * ])?.rows.slice(1) // [['Attend training', '1', 'Be well informed', 'Training logs kept'], ['Read the guidance', '2', 'Be well informed', 'Training logs kept']]
 */
export function readIntentImplementationImpact(
  table: readonly (readonly string[])[],
): FlattenedActionTables | null {
  const headerIndex = findGridHeader(table)
  if (headerIndex < 0) return null
  const header = table[headerIndex]!.map((cell) => collapseWhitespace(cell))
  const actionColumn = header.findIndex((cell) => implementation.test(cell))
  const cells = table.slice(headerIndex + 1).map((row) => numberedItems(row[actionColumn] ?? ''))
  const filled = cells.filter((items) => items.length > 0)
  if (filled.length === 0) return null
  // The items' numbers are refs only when every cell is such a list: a row without one among numbered rows
  // would read as the rest of the action above (a row split by a page break).
  const numbered = filled.every((items) => items[0]!.ref !== '')
  // The action stands first, as an action table's header is read: the aim written beside it only hints at it.
  const layout: { column: number; name: string; ref?: true }[] = [{ column: actionColumn, name: 'Action' }]
  if (numbered) layout.push({ column: actionColumn, name: 'Ref', ref: true })
  header.forEach((cell, column) => {
    if (column === actionColumn) return
    if (intent.test(cell)) layout.push({ column, name: 'Objective' })
    else if (impact.test(cell)) layout.push({ column, name: 'Success measures' })
    // Only one column is the action: another header naming actions ("Monitoring actions", how the work is
    // checked) is kept as it is written, in the action's extra, never read as its notes or status.
    else layout.push({ column, name: bestField(cell) === 'title' ? `Column ${column + 1}` : cell })
  })

  const rows: string[][] = table.slice(0, headerIndex).map((row) => [...row])
  const sourceRows = rows.map((_, i) => i + 1)
  const sourceColumns: (number | null)[][] = rows.map((row) => row.map((_, c) => c + 1))
  rows.push(layout.map((item) => item.name))
  sourceRows.push(headerIndex + 1)
  sourceColumns.push(layout.map((item) => item.column + 1))
  for (let index = headerIndex + 1; index < table.length; index++) {
    const row = table[index]!
    cells[index - headerIndex - 1]!.forEach((item) => {
      rows.push(
        layout.map(({ column, ref }) => {
          // The row's other cells (its aim, measures, leads and dates) do not say which item they belong to, so
          // every item shares them, as the items of any numbered action cell do.
          if (column === actionColumn) return ref === true ? item.ref : item.text
          return row[column] ?? ''
        }),
      )
      sourceRows.push(index + 1)
      sourceColumns.push(layout.map(({ column }) => column + 1))
    })
  }
  return {
    rows,
    headerRow: headerIndex + 1,
    sourceRows,
    subHeaderRows: [headerIndex + 1],
    mergedRows: [],
    sourceColumns,
    titleEvidence: `the "${header[actionColumn]}" column of an Intent / Implementation / Impact grid, one action per numbered item`,
  }
}

/** The 0-based row whose cells open with Intent, Implementation and Impact, or -1. */
function findGridHeader(table: readonly (readonly string[])[]): number {
  const end = Math.min(table.length, headerSearch)
  for (let index = 0; index < end; index++) {
    // A header cell is short: a long cell (an action, a paragraph) is passed over unread.
    const cells = table[index]!.filter((cell) => cell.length < 80).map((cell) => cell.trim())
    if (
      cells.some((c) => intent.test(c)) &&
      cells.some((c) => implementation.test(c)) &&
      cells.some((c) => impact.test(c))
    )
      return index
  }
  return -1
}

/**
 * The items of a cell written as a list numbered from 1 ("1. …⏎2. …", a line without a number going on with the item
 * above); the whole cell as one item, without a ref, when it is not such a list.
 */
function numberedItems(cell: string): { ref: string; text: string }[] {
  const whole = [{ ref: '', text: cell }]
  if (!cell.includes('\n')) return hasText(cell) ? whole : []
  const items: { ref: string; lines: string[] }[] = []
  for (const raw of cell.split('\n')) {
    const line = raw.trim()
    if (line === '') continue
    const peeled = peelRef(line)
    if (peeled !== null && peeled.ref === String(items.length + 1)) {
      items.push({ ref: peeled.ref, lines: [peeled.rest] })
    } else if (items.length > 0) {
      items.at(-1)!.lines.push(line)
    } else return whole
  }
  if (items.length < 2) return whole
  return items.map((item) => ({ ref: item.ref, text: item.lines.join('\n') }))
}
