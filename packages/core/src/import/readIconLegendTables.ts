import { parseStatus } from '../status/parseStatus'
import { collapseWhitespace, hasText } from '../text/cleanCellText'
import type { FlattenedActionTables } from './flattenActionTables'

/** The legend sits near the top of the page, above the tables it explains. */
const legendSearchRows = 30

/** A status icon: a short cell with no letter or digit ("✔", "✏️", "🚩", "❗️", "⏳"). */
function isIcon(cell: string): boolean {
  const text = cell.trim()
  return text !== '' && text.length <= 8 && !/[\p{L}\p{N}]/u.test(text)
}

/** The filled cells of a row, trimmed, with their 0-based columns. */
function filledCells(row: readonly string[]): { column: number; text: string }[] {
  const cells: { column: number; text: string }[] = []
  row.forEach((cell, column) => {
    if (hasText(cell)) cells.push({ column, text: collapseWhitespace(cell) })
  })
  return cells
}

/**
 * The icon legend of a page: a row of status words ("Completed | In Progress | In Planning | On Hold") beside a
 * row of as many icons ("✔ | ✏️ | 🚩 | ❗️"), either above the other. Returns each icon's word and the 0-based
 * rows the legend takes, or null.
 */
function findIconLegend(
  table: readonly (readonly string[])[],
): { words: ReadonlyMap<string, string>; rows: readonly [number, number] } | null {
  const last = Math.min(table.length - 1, legendSearchRows)
  for (let index = 0; index < last; index++) {
    const upper = filledCells(table[index]!)
    const lower = filledCells(table[index + 1]!)
    if (upper.length < 2 || upper.length !== lower.length) continue
    const [icons, words] = upper.every((cell) => isIcon(cell.text)) ? [upper, lower] : [lower, upper]
    if (!icons.every((cell) => isIcon(cell.text))) continue
    if (!words.every((cell) => !isIcon(cell.text) && parseStatus(cell.text).state !== 'unknown')) continue
    const map = new Map<string, string>()
    icons.forEach((cell, i) => {
      map.set(cell.text, words[i]!.text)
    })
    return { words: map, rows: [index, index + 1] }
  }
  return null
}

/** Of the given columns, the one whose cells hold the most words over all rows. */
function wordiestColumn(columns: readonly number[], rows: readonly (readonly string[])[]): number {
  let best = columns[0] ?? -1
  let bestWords = -1
  for (const column of columns) {
    let words = 0
    for (const row of rows) {
      const text = collapseWhitespace(row[column] ?? '')
      if (text !== '') words += text.split(' ').length
    }
    if (words > bestWords) {
      best = column
      bestWords = words
    }
  }
  return best
}

/** "ETA: end of March 2020", "due June 2021", "deadline: Q2 2022": the bracket of a heading that gives its deadline. */
const deadlineWords = /^(?:eta|due|deadline|target|by|complete by|finish by|to finish by)\b[\s:]*/i

/** The deadline a section heading gives in brackets ("Setup (ETA: end of March 2020)"), else ''. A bracket that
 * says when the work starts ("Planned to start April 2020") gives none. */
function headingDeadline(heading: string): string {
  const open = heading.lastIndexOf('(')
  const close = heading.lastIndexOf(')')
  if (open < 0 || close < open) return ''
  const inside = heading.slice(open + 1, close).trim()
  return deadlineWords.test(inside) ? inside : ''
}

/**
 * Reads a roadmap whose statuses are icons explained by a legend, as project roadmaps kept on GitHub write them: a
 * legend ("Completed | In Progress | In Planning | On Hold" over "✔ | ✏️ | 🚩 | ❗️"), then one small table per
 * milestone under its heading ("Setup (ETA: end of March 2020)", then "Status | Description | Comments" and a row
 * per item), the header repeated for each milestone. Every item row is an action: its icon is read as the legend's
 * word, the heading is its section, and a deadline the heading gives in brackets ("ETA: …", "due …", "by …") is its
 * target; a bracket that says when work starts gives none. Returns null unless such a legend stands above a
 * header with a column of its icons.
 *
 * @example
 * readIconLegendTables([
 *   ['Done', 'Doing'], ['✔', '⏳'], ['Spring (due May 2024)'], ['Status', 'Item'], ['✔', 'Open the lab'],
 * ])?.rows.slice(-2) // [['Section', 'Status', 'Action', 'Target date'], ['Spring (due May 2024)', 'Done', 'Open the lab', 'due May 2024']]
 */
export function readIconLegendTables(table: readonly (readonly string[])[]): FlattenedActionTables | null {
  const legend = findIconLegend(table)
  if (legend === null) return null
  const [, legendEnd] = legend.rows
  let header: readonly { column: number; text: string }[] | null = null
  let headerKey = ''
  let section = ''
  let sectionDue = ''
  const subHeaderRows: number[] = []
  const sectionRows: number[] = []
  const items: { index: number; section: string; due: string; row: readonly string[] }[] = []
  for (let index = legendEnd + 1; index < table.length; index++) {
    const row = table[index]!
    const cells = filledCells(row)
    if (cells.length === 0) continue
    const key = cells.map((cell) => cell.text.toLowerCase()).join('\u0000')
    if (cells.length === 1 && !isIcon(cells[0]!.text)) {
      section = cells[0]!.text
      sectionDue = headingDeadline(section)
      sectionRows.push(index + 1)
    } else if (header === null) {
      if (!cells.some((cell) => cell.text.toLowerCase() === 'status')) return null
      header = cells
      headerKey = key
      subHeaderRows.push(index + 1)
    } else if (key === headerKey) {
      subHeaderRows.push(index + 1)
    } else {
      items.push({ index, section, due: sectionDue, row })
    }
  }
  if (header === null) return null
  const statusColumn = header.find((cell) => cell.text.toLowerCase() === 'status')!.column
  const iconItems = items.filter((item) => legend.words.has((item.row[statusColumn] ?? '').trim()))
  if (iconItems.length < 2) return null
  const dated = items.some((item) => item.due !== '')
  const titleRows = table.slice(0, legend.rows[0]).map((row) => [...row])
  const rows: string[][] = [...titleRows]
  const sourceRows = titleRows.map((_, i) => i + 1)
  const sourceColumns: (number | null)[][] = titleRows.map((row) => row.map((_, c) => c + 1))
  // The item column is the one with the most words, whatever its header ("Description", "Item", "Deliverable").
  const actionColumn = wordiestColumn(
    header.map((cell) => cell.column).filter((column) => column !== statusColumn),
    items.map((item) => item.row),
  )
  const headerRow = [
    'Section',
    ...header.map((cell) => (cell.column === actionColumn ? 'Action' : cell.text)),
    ...(dated ? ['Target date'] : []),
  ]
  rows.push(headerRow)
  sourceRows.push(subHeaderRows[0]!)
  sourceColumns.push([null, ...header.map((cell) => cell.column + 1), ...(dated ? [null] : [])])
  for (const item of items) {
    const cells = header.map((cell) => {
      const text = collapseWhitespace(item.row[cell.column] ?? '')
      return cell.column === statusColumn ? (legend.words.get(text) ?? text) : text
    })
    rows.push([item.section, ...cells, ...(dated ? [item.due] : [])])
    sourceRows.push(item.index + 1)
    sourceColumns.push([null, ...header.map((cell) => cell.column + 1), ...(dated ? [null] : [])])
  }
  return {
    rows,
    headerRow: titleRows.length + 1,
    sourceRows,
    subHeaderRows,
    mergedRows: [],
    sectionRows,
    skippedRows: [legend.rows[0] + 1, legend.rows[1] + 1],
    sourceColumns,
    titleEvidence: 'each item row of the tables under the icon legend',
  }
}
