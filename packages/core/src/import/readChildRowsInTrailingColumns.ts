import { collapseWhitespace, hasText } from '../text/cleanCellText'
import type { FlattenedActionTables } from './flattenActionTables'
import { filledCellCount } from './filledCellCount'

/** At least this many child rows make the layout. */
export const minChildren = 2
/** The parent columns left of the span: enough to be a table of their own. */
export const minParentColumns = 2
/** The child span: its heading cell and at least one headerless column after it. */
export const minSpan = 2
/** "17", "528": a number alone in its cell, the parent's number rather than its name. */
const bareNumber = /^[A-Za-z]?\d{1,4}(?:\.\d{1,3}){0,3}\.?$/

/**
 * Reads a goal tracker whose items sit under their goal in columns of their own, as city and county strategic-plan
 * dashboards and OKR exports print it: the header names the goal's columns ("Goal# | Goal Title | Goal Type | Status
 * Updates") and ends with one heading over several columns ("Objectives", then headerless cells); each goal is a row
 * filling only the goal's columns, and its objectives are the rows below it filling only the last columns ("46 |
 * Develop bilingual documents … | In Process"). The objectives are the actions: each becomes a row of a table headed
 * by that last heading over the same columns, with the goal's name (its first cell that is not a bare number) beside
 * it as its section, and is read as any table is (numbers beside prose are refs, status words the
 * status). The goal rows are headings (sections). Returns null unless the header's last filled cell is followed
 * only by empty ones, there are at least two goal columns, and every filled row below the header fills either only
 * the goal's columns (a goal) or only the span (an objective, after a goal), with at least two objectives.
 *
 * @example
 * readChildRowsInTrailingColumns([
 *   ['Goal#', 'Goal Title', 'Objectives', ''], ['3', 'Greener streets', '', ''],
 *   ['', '', '31', 'Plant a hundred trees'], ['', '', '32', 'Fit new bins'],
 * ])?.rows[1] // ['31', 'Plant a hundred trees', 'Greener streets']
 */
export function readChildRowsInTrailingColumns(
  table: readonly (readonly string[])[],
): FlattenedActionTables | null {
  let width = 0
  for (const row of table) if (row.length > width) width = row.length
  const header = table.findIndex((row) => filledCellCount(row) >= minParentColumns + 1)
  if (header < 0) return null
  const headerRow = table[header]!
  let last = -1
  for (let c = 0; c < headerRow.length; c++) if (hasText(headerRow[c]!)) last = c
  for (let c = 0; c < last; c++) if (!hasText(headerRow[c]!)) return null
  if (last < minParentColumns) return null
  if (width - last < minSpan) return null
  const parents: number[] = []
  const children: { index: number; parent: number }[] = []
  for (let index = header + 1; index < table.length; index++) {
    const row = table[index]!
    let left = false
    let right = false
    for (let c = 0; c < row.length; c++) {
      if (!hasText(row[c]!)) continue
      if (c < last) left = true
      else right = true
    }
    if (!left && !right) continue
    if (left && right) return null
    if (left) parents.push(index)
    else if (parents.length === 0) return null
    else children.push({ index, parent: parents[parents.length - 1]! })
  }
  if (children.length < minChildren || parents.length === 0) return null
  const spanColumns = Array.from({ length: width - last }, (_, c) => last + c)
  return childTable(table, header, last, parents, children, spanColumns)
}

/**
 * The objectives of a goal tracker as a table of their own under the heading over them, each with its goal's name
 * (its first goal column that is not a bare number) as its section; the goal rows are section rows.
 */
export function childTable(
  table: readonly (readonly string[])[],
  header: number,
  last: number,
  parents: readonly number[],
  children: readonly { index: number; parent: number }[],
  spanColumns: readonly number[],
  heading: readonly string[] = spanColumns.map((c) => table[header]![c] ?? ''),
): FlattenedActionTables | null {
  // The goal's name: the first goal column that is not only numbers.
  const nameColumn = Array.from({ length: last }, (_, c) => c).find((c) =>
    parents.some((index) => {
      const cell = collapseWhitespace(table[index]![c] ?? '')
      return cell !== '' && !bareNumber.test(cell)
    }),
  )
  if (nameColumn === undefined) return null
  const span = (row: readonly string[]) => spanColumns.map((c) => row[c] ?? '')
  const sourceSpan = spanColumns.map((c) => c + 1)
  const rows: (readonly string[])[] = []
  const sourceRows: number[] = []
  const sourceColumns: (readonly (number | null)[])[] = []
  for (let index = 0; index < header; index++) {
    rows.push(table[index]!)
    sourceRows.push(index + 1)
    sourceColumns.push(table[index]!.map((_, c) => c + 1))
  }
  // The goal's name is the items' section, whatever its own header says ("Goal Title" would name the action).
  rows.push([...heading, 'Section'])
  sourceRows.push(header + 1)
  sourceColumns.push([...sourceSpan, nameColumn + 1])
  for (const child of children) {
    rows.push([...span(table[child.index]!), table[child.parent]![nameColumn] ?? ''])
    sourceRows.push(child.index + 1)
    sourceColumns.push([...sourceSpan, nameColumn + 1])
  }
  return {
    rows,
    headerRow: header + 1,
    sourceRows,
    subHeaderRows: [header + 1],
    mergedRows: [],
    titleEvidence: 'the items below each goal row, in the columns of their own at the end of the table',
    sectionRows: parents.map((index) => index + 1),
    ordinaryTable: true,
    sourceColumns,
  }
}
