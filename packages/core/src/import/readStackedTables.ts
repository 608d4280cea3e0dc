import type { ColumnField } from './columnSynonyms'
import { matchColumnHeader } from './columnSynonyms'
import { collapseWhitespace, hasText } from '../text/cleanCellText'
import type { FlattenedActionTables } from './flattenActionTables'
import type { RowLine } from './oneColumnRecords'
import { teamBadgeOwners } from './teamBadgeOwners'
import { isMemoHeadRow } from './memoHeadRow'
import { glossaryRows } from './glossaryRows'
import { headerSearchRows } from './findHeader'
import { isDateAlone } from './isDateAlone'
import { parseStatus } from '../status/parseStatus'
import { ownerInHeadingBracket } from './ownerInHeadingBracket'
import { bracketAtEnd } from './bracketAtEnd'

/** The header each field is written under in the joined table, in the order the joined table's columns take. */
const fieldHeaders: Partial<Record<ColumnField, string>> = {
  ref: 'Ref',
  title: 'Action',
  description: 'Description',
  owners: 'Owner',
  target: 'Target date',
  status: 'Status',
  successMeasures: 'Success measures',
  notes: 'Notes',
}

const fieldOrder = Object.keys(fieldHeaders) as ColumnField[]

/** A header cell names its column in a few words. */
const maxHeaderWords = 6
/** A heading over a table names it in a few words, with no "Label:" of its own. */
const maxHeadingWords = 8

interface Cell {
  readonly column: number
  readonly text: string
}

/** One table of the page: its header's row and cells, the heading above it, and its data rows (0-based). */
interface Stacked {
  readonly headerIndex: number
  readonly header: readonly Cell[]
  readonly heading: string
  /** 0-based row of the heading, or -1. */
  readonly headingIndex: number
  readonly rows: number[]
}

function filledCells(row: readonly string[]): Cell[] {
  const cells: Cell[] = []
  row.forEach((cell, column) => {
    if (hasText(cell)) cells.push({ column, text: collapseWhitespace(cell) })
  })
  return cells
}

/** A row with text in its first cell only. */
function isLone(row: readonly string[]): boolean {
  if (!hasText(row[0] ?? '')) return false
  for (let column = 1; column < row.length; column++) if (hasText(row[column]!)) return false
  return true
}

/** A header row: two or more short cells, none a number or a date, at least one naming a field, not a memo head line. */
function isHeaderRow(cells: readonly Cell[]): boolean {
  return (
    cells.length >= 2 &&
    cells.every((cell) => cell.text.split(' ').length <= maxHeaderWords && !/\d/.test(cell.text)) &&
    cells.some((cell) => matchColumnHeader(cell.text) !== null) &&
    // "TO: | Members of the board": a memo's head, not a table's header.
    !isMemoHeadRow(cells.map((cell) => cell.text))
  )
}

/** The heading without the bracket that closes it ("2.4 (Release Manager: Ana)" → "2.4"). */
function withoutEndBracket(heading: string): string {
  const bracket = bracketAtEnd(heading)
  return bracket === null ? heading : heading.slice(0, bracket.open).trim()
}

/** The header a table of dates beside milestones is read under when it has none of its own. */
const datedHeader: readonly Cell[] = [
  { column: 0, text: 'Date' },
  { column: 1, text: 'Action' },
]

/** A row of two cells, a date alone ("2031-05-04", "4 May 2031") then a milestone of a letter or more, nothing else. */
function isDatedItemRow(cells: readonly Cell[], width: number): boolean {
  return (
    width <= 2 &&
    cells.length === 2 &&
    cells[0]!.column === 0 &&
    cells[1]!.column === 1 &&
    isDateAlone(cells[0]!.text) &&
    /\p{L}/u.test(cells[1]!.text) &&
    !isDateAlone(cells[1]!.text)
  )
}

/** Each header cell's field in one table: by its words, and the wordiest unnamed column as the action when none is
 * named ("Date | Version | Edition stage": the stage reached is the milestone). Null: kept under its own header. */
function fieldsOf(table: Stacked, rows: readonly (readonly string[])[]): (ColumnField | null)[] {
  const taken = new Set<ColumnField>()
  const fields = table.header.map((cell) => {
    const field = matchColumnHeader(cell.text)?.field ?? null
    if (field === null || taken.has(field) || fieldHeaders[field] === undefined) return null
    taken.add(field)
    return field
  })
  // "Planned" over "2031-05-04" in every row: a column its header does not name, whose cells are all dates, is the
  // target when no column is named so.
  if (!taken.has('target')) {
    const dated = table.header.findIndex(
      (cell, i) =>
        fields[i] === null &&
        table.rows.every((index) => isDateAlone(collapseWhitespace(rows[index]![cell.column] ?? ''))),
    )
    if (dated >= 0) fields[dated] = 'target'
  }
  if (taken.has('title')) return fields
  const names = nameColumn(table, rows, fields)
  if (names >= 0) {
    fields[names] = 'title'
    return fields
  }
  let best = -1
  let bestWords = 0
  table.header.forEach((cell, i) => {
    if (fields[i] !== null) return
    let words = 0
    for (const index of table.rows) {
      const text = collapseWhitespace(rows[index]![cell.column] ?? '')
      if (text !== '') words += text.split(' ').length
    }
    if (words > bestWords) {
      best = i
      bestWords = words
    }
  })
  if (best >= 0) fields[best] = 'title'
  return fields
}

/** A name of an item is short: a sentence or a paragraph is prose about it. */
const maxNameWords = 10

/**
 * The index (in the header's cells) of a first column that names each row's item, else -1: its header names no field,
 * and every row has a short name there ("Conferences", "Higher management reporting"), no two alike, none a date or
 * a sentence, with fewer words on average than another unnamed column, the prose about the item ("Information that
 * is communicated"). A reader lists such a table by its first column, as its author wrote it.
 */
function nameColumn(
  table: Stacked,
  rows: readonly (readonly string[])[],
  fields: (ColumnField | null)[],
): number {
  const first = table.header[0]
  if (first === undefined || first.column !== 0 || fields[0] !== null) return -1
  const seen = new Set<string>()
  let words = 0
  for (const index of table.rows) {
    const text = collapseWhitespace(rows[index]![0] ?? '')
    const count = text.split(' ').length
    if (
      text === '' ||
      count > maxNameWords ||
      /[.!?]$/.test(text) ||
      !/\p{L}/u.test(text) ||
      isDateAlone(text)
    )
      return -1
    const key = text.toLowerCase()
    if (seen.has(key)) return -1
    seen.add(key)
    words += count
  }
  const average = words / table.rows.length
  const proseBeside = table.header.some((cell, i) => {
    if (i === 0 || fields[i] !== null) return false
    let total = 0
    for (const index of table.rows) {
      const text = collapseWhitespace(rows[index]![cell.column] ?? '')
      if (text !== '') total += text.split(' ').length
    }
    return total / table.rows.length > average
  })
  return proseBeside ? 0 : -1
}

/**
 * Reads a page that stacks two or more tables with different headers, each under its own heading, as a Markdown
 * page on GitHub does once exported: a project goal's "Ownership and team asks" ("Task | Owner(s) or team(s) |
 * Notes") above its "Milestones" ("Date | Version | Edition stage"). Every row of every table is an action; each
 * table's columns are read by their header words, and a table naming no action column has its first column as its action when that column names each row's item in a
 * few words beside prose about it, else the column with the most words. The heading above a table is the section of its rows; other lone lines between the tables
 * ("Owner: @lead", an outputs list) are left out. A row as wide as its header with only the action filled is an
 * action, not a heading. In an owners column whose header names teams, owners written as team badges ("Team lang
 * types") are the teams named. Returns null unless
 * the page has at least two tables with different headers, each with a row under it.
 *
 * @example
 * readStackedTables([
 *   ['Asks'], ['Task', 'Owner'], ['Approve the budget', 'Board'],
 *   ['Milestones'], ['Date', 'Stage'], ['2025-03-01', 'Open the new lab'],
 * ])?.rows.slice(1) // [['Section', 'Action', 'Owner', 'Target date'], ['Asks', 'Approve the budget', 'Board', ''], ['Milestones', 'Open the new lab', '', '2025-03-01']]
 */
export function readStackedTables(
  table: readonly (readonly string[])[],
  /** {@link pageLineOf} of every row, when the caller has read them already. */
  rowLines?: readonly RowLine[],
): FlattenedActionTables | null {
  const tables: Stacked[] = []
  const skippedRows: number[] = []
  let current: Stacked | null = null
  let heading = ''
  let headingRow = -1
  let first = -1
  // The columns defined down the page ("Lead | The post answerable …") are no table of their own.
  const glossary = glossaryRows(table, headerSearchRows)
  for (let index = 0; index < table.length; index++) {
    if (glossary.has(index)) continue
    const row = table[index]!
    const width = current === null ? 0 : current.header[current.header.length - 1]!.column + 1
    // A row of a table (its first cell and another filled) is kept by its index alone, not copied.
    if (current !== null && row.length >= width && hasText(row[0] ?? '') && !isLone(row)) {
      current.rows.push(index)
      continue
    }
    // A line alone in the first column, as the caller read it already: its one cell without gathering the row's.
    const line = rowLines?.[index]
    const cells = typeof line === 'string' ? [{ column: 0, text: line }] : filledCells(row)
    if (cells.length === 0) continue
    const lone = cells.length === 1 && cells[0]!.column === 0
    if (lone && (current === null || row.length < width)) {
      current = null
      const text = cells[0]!.text
      // A lone line after another is the heading now; the one before it is left out.
      if (headingRow >= 0 && first >= 0) skippedRows.push(headingRow + 1)
      // A colon inside a bracket ("2.4 (Release Manager: Ana)") labels an aside, not the line.
      if (text.split(' ').length <= maxHeadingWords && !/^[^(]*:/.test(text)) {
        heading = text
        headingRow = index
      } else if (first >= 0) skippedRows.push(index + 1)
      continue
    }
    if (current === null && isDatedItemRow(cells, row.length)) {
      // "2031-05-04 | Open the new wing" with no header over it: a schedule's dates beside its milestones.
      if (skippedRows[skippedRows.length - 1] === headingRow + 1) skippedRows.pop()
      current = { headerIndex: -1, header: datedHeader, heading, headingIndex: headingRow, rows: [index] }
      tables.push(current)
      if (first < 0) first = headingRow >= 0 ? headingRow : index
      headingRow = -1
      continue
    }
    if (current === null) {
      if (!isHeaderRow(cells)) return null
      // The heading was a candidate until now: it heads this table, it is not left out.
      if (skippedRows[skippedRows.length - 1] === headingRow + 1) skippedRows.pop()
      current = { headerIndex: index, header: cells, heading, headingIndex: headingRow, rows: [] }
      tables.push(current)
      if (first < 0) first = headingRow >= 0 ? headingRow : index
      headingRow = -1
      continue
    }
    current.rows.push(index)
  }
  if (tables.length < 2 || tables.some((stacked) => stacked.rows.length === 0)) return null
  // Dated lists with no header anywhere are a schedule the list readers read; one headed table among them names
  // the page's columns.
  const headed = tables.find((stacked) => stacked.headerIndex >= 0)
  if (headed === undefined) return null
  const keys = new Set(
    tables.map((stacked) => stacked.header.map((cell) => cell.text.toLowerCase()).join('\u0000')),
  )
  if (keys.size < 2) return null
  // Tables whose headers name the same fields in other words ("Status" over one, "Current Status" over the next)
  // are one table continued under a new heading, which the table reader reads with its sections.
  const named = new Set(
    tables.map((stacked) =>
      stacked.header
        .map((cell) => matchColumnHeader(cell.text)?.field ?? '')
        .sort()
        .join(' '),
    ),
  )
  if (named.size < 2) return null

  const fieldsPerTable = tables.map((stacked) => fieldsOf(stacked, table))
  // The joined header: Section, then each field any table has (in the canonical order), then unnamed columns by name.
  const present = new Set(fieldsPerTable.flat())
  // "2.4 (Release Manager: Ana Ruiz)" over a table: the lead its heading names owns the rows that name no owner.
  const leads = tables.map((stacked) => ownerInHeadingBracket(stacked.heading))
  if (leads.some((lead) => lead !== null)) present.add('owners')
  const extras: string[] = []
  tables.forEach((stacked, t) => {
    stacked.header.forEach((cell, i) => {
      if (fieldsPerTable[t]![i] === null && !extras.includes(cell.text)) extras.push(cell.text)
    })
  })
  const header = [
    'Section',
    ...fieldOrder.filter((field) => present.has(field)).map((field) => fieldHeaders[field]!),
    ...extras,
  ]
  const titleRows = table.slice(0, first).map((row) => [...row])
  const rows: string[][] = [...titleRows, header]
  const sourceRows = [...titleRows.map((_, i) => i + 1), headed.headerIndex + 1]
  const sourceColumns: (number | null)[][] = [
    ...titleRows.map((row) => row.map((_, c) => c + 1)),
    header.map(() => null),
  ]
  tables.forEach((stacked, t) => {
    const fields = fieldsPerTable[t]!
    for (const index of stacked.rows) {
      const out: string[] = header.map(() => '')
      const columns: (number | null)[] = header.map(() => null)
      const lead = leads[t]!
      out[0] = lead === null ? stacked.heading : withoutEndBracket(stacked.heading)
      stacked.header.forEach((cell, i) => {
        const field = fields[i] ?? null
        const at = field === null ? header.indexOf(cell.text) : header.indexOf(fieldHeaders[field]!)
        const text = collapseWhitespace(table[index]![cell.column] ?? '')
        // Badges are read only in a column its header says holds teams ("Owner(s) or team(s)").
        out[at] = field === 'owners' && /\bteams?\b/i.test(cell.text) ? teamBadgeOwners(text) : text
        // "Done" over "2031-05-09": the day the work was done, which the joined "Status" header no longer says.
        if (field === 'status' && isDateAlone(text) && parseStatus(cell.text).state === 'complete')
          out[at] = `${cell.text} ${text}`
        columns[at] = cell.column + 1
      })
      const ownersAt = header.indexOf(fieldHeaders.owners!)
      if (lead !== null && out[ownersAt] === '') out[ownersAt] = lead
      rows.push(out)
      sourceRows.push(index + 1)
      sourceColumns.push(columns)
    }
  })
  return {
    rows,
    headerRow: titleRows.length + 1,
    sourceRows,
    subHeaderRows: tables.flatMap((stacked) => (stacked.headerIndex < 0 ? [] : [stacked.headerIndex + 1])),
    mergedRows: [],
    sectionRows: tables.flatMap((stacked) => (stacked.headingIndex < 0 ? [] : [stacked.headingIndex + 1])),
    skippedRows,
    sourceColumns,
    titleEvidence: 'each row of the tables stacked on the page, under their own headers',
  }
}
