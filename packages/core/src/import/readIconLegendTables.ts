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

/** The legend a page gives its icons: each icon's status word, the 0-based rows it takes, and the header of its icon
 * column when it has one ("State" over the icons, "Meaning" over their words), else ''. */
interface IconLegend {
  readonly words: ReadonlyMap<string, string>
  readonly rows: readonly [number, number]
  readonly iconHeader: string
}

/** The label opening a legend's meaning: its words before a colon or a full stop ("In progress: work is ongoing!"
 * → "In progress", "Done." → "Done"). Bounded to a short label. */
function meaningLabel(meaning: string): string {
  const cut = /[:.]/.exec(meaning.slice(0, 60))
  return (cut === null ? meaning : meaning.slice(0, cut.index)).trim()
}

/** At least this many icons of a legend written one a row must name a status. */
const minStatusIcons = 2

/**
 * The icon legend of a page: a row of status words ("Completed | In Progress | In Planning | On Hold") beside a
 * row of as many icons ("✔ | ✏️ | 🚩 | ❗️"), either above the other; or the icons written one a row, each beside
 * its meaning ("✅ | Done.", "🚧 | In progress: work is ongoing"), under a two-cell header naming the icon column
 * ("State | Meaning"), the status word the meaning's label before its colon or full stop. Returns null when neither
 * is found.
 */
function findIconLegend(table: readonly (readonly string[])[]): IconLegend | null {
  const last = Math.min(table.length - 1, legendSearchRows)
  // Each row's filled cells are read once: as the lower row of one pair, then as the upper row of the next.
  let upper = last > 0 ? filledCells(table[0]!) : []
  for (let index = 0; index < last; index++) {
    const lower = filledCells(table[index + 1]!)
    const legend = iconColumnLegend(table, index, upper) ?? iconRowLegend(upper, lower, index)
    if (legend !== null) return legend
    upper = lower
  }
  return null
}

/** A row of icons above or below a row of as many status words (rows `index` and `index + 1`), or null. */
function iconRowLegend(
  upper: readonly { column: number; text: string }[],
  lower: readonly { column: number; text: string }[],
  index: number,
): IconLegend | null {
  if (upper.length < 2 || upper.length !== lower.length) return null
  const [icons, words] = upper.every((cell) => isIcon(cell.text)) ? [upper, lower] : [lower, upper]
  if (!icons.every((cell) => isIcon(cell.text))) return null
  if (!words.every((cell) => !isIcon(cell.text) && parseStatus(cell.text).state !== 'unknown')) return null
  const map = new Map<string, string>()
  icons.forEach((cell, i) => {
    map.set(cell.text, words[i]!.text)
  })
  return { words: map, rows: [index, index + 1], iconHeader: '' }
}

/**
 * A legend written one icon a row under a two-cell header at row `index` ("State | Meaning" over "✅ | Done.",
 * "💤 | Paused: waiting on other work"): each row below of exactly two cells, an icon then its meaning, up to the
 * first row that is not. Needs {@link minStatusIcons} meanings whose label names a status; an icon whose label names
 * none ("Help wanted") keeps its label, read as any status cell is.
 */
function iconColumnLegend(
  table: readonly (readonly string[])[],
  index: number,
  header: readonly { column: number; text: string }[],
): IconLegend | null {
  if (header.length !== 2 || header.some((cell) => isIcon(cell.text))) return null
  const words = new Map<string, string>()
  let statuses = 0
  let end = index
  for (let row = index + 1; row < table.length; row++) {
    const cells = filledCells(table[row]!)
    if (cells.length !== 2 || !isIcon(cells[0]!.text) || isIcon(cells[1]!.text)) break
    const label = meaningLabel(cells[1]!.text)
    if (parseStatus(label).state !== 'unknown') statuses++
    words.set(cells[0]!.text, label)
    end = row
  }
  if (statuses < minStatusIcons) return null
  return { words, rows: [index, end], iconHeader: header[0]!.text.toLowerCase() }
}

/** "🔻 Ship the new API", "↳ Write the parser": the mark an outline puts before a goal or an item under it (a run of
 * up to four signs, no letter, digit, bracket or quote, then a space). Anchored and bounded. */
const outlineMark = /^[^\p{L}\p{N}\s([{"'“‘]{1,4}\s+(?=\S)/u

/** An item's text without the outline mark that opens it. */
function withoutOutlineMark(text: string): string {
  return text.replace(outlineMark, '')
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
 * target; a bracket that says when work starts gives none. A legend may instead give one icon a row beside its
 * meaning ("State | Meaning" over "✅ | Done.", "💤 | Paused: …"): the icon column of the table is then the one
 * headed as the legend heads its icons, and an outline mark opening an item ("🔻 Goal", "↳ Part of it") leaves its
 * title. Returns null unless such a legend stands above a header with a column of its icons.
 *
 * @example
 * readIconLegendTables([
 *   ['Done', 'Doing'], ['✔', '⏳'], ['Spring (due May 2024)'], ['Status', 'Item'], ['✔', 'Open the lab'],
 * ])?.rows.slice(-2) // [['Section', 'Status', 'Action', 'Target date'], ['Spring (due May 2024)', 'Done', 'Open the lab', 'due May 2024']]
 */
export function readIconLegendTables(table: readonly (readonly string[])[]): FlattenedActionTables | null {
  const legend = findIconLegend(table)
  if (legend === null) return null
  // The icon column is headed "Status", or as the legend heads its icons ("State").
  const namesStatus = (header: string) => {
    const word = header.toLowerCase()
    return word === 'status' || word === legend.iconHeader
  }
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
      if (!cells.some((cell) => namesStatus(cell.text))) return null
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
  const statusColumn = header.find((cell) => namesStatus(cell.text))!.column
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
    ...header.map((cell) =>
      cell.column === actionColumn ? 'Action' : cell.column === statusColumn ? 'Status' : cell.text,
    ),
    ...(dated ? ['Target date'] : []),
  ]
  rows.push(headerRow)
  sourceRows.push(subHeaderRows[0]!)
  sourceColumns.push([null, ...header.map((cell) => cell.column + 1), ...(dated ? [null] : [])])
  for (const item of items) {
    const cells = header.map((cell) => {
      const text = collapseWhitespace(item.row[cell.column] ?? '')
      if (cell.column === actionColumn) return withoutOutlineMark(text)
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
    skippedRows: Array.from(
      { length: legend.rows[1] - legend.rows[0] + 1 },
      (_, i) => legend.rows[0] + i + 1,
    ),
    sourceColumns,
    titleEvidence: 'each item row of the tables under the icon legend',
  }
}
