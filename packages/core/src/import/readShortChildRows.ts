import { hasText } from '../text/cleanCellText'
import type { FlattenedActionTables } from './flattenActionTables'
import { childTable, minChildren, minParentColumns, minSpan } from './readChildRowsInTrailingColumns'
import { filledCellCount } from './filledCellCount'

/**
 * Reads a goal tracker copied with each objective as a short row of its own below its goal: the header names the
 * goal's columns and ends with the heading over the objectives ("Goal# | Goal Title | Goal Type | Status Updates |
 * Objectives"); each goal is a row as wide as the header that leaves that last heading empty, and each objective
 * is a row of fewer cells than the goal's columns ("46 | Develop bilingual documents … | In Process"), as a page's
 * nested rows come out when copied cell by cell. The short rows are the last heading's contents: they become the
 * rows of a table under that heading, each with its goal's name as its section, and are read as any table is
 * (numbers beside prose are refs, status words the status); the goal rows are headings. Returns null unless every
 * filled row below the header is either a goal row (reaching the last heading, which it leaves empty) or, after a
 * goal, a short row as long as every other short row, with at least two of them. Reads the rows as the source
 * gave them, before any step pads them to one width.
 *
 * @example
 * readShortChildRows([
 *   ['Goal#', 'Goal Title', 'Goal Type', 'Objectives'], ['3', 'Greener streets', 'Ongoing', ''],
 *   ['31', 'Plant a hundred trees'], ['32', 'Fit new bins'],
 * ])?.rows[1] // ['31', 'Plant a hundred trees', 'Greener streets']
 */
export function readShortChildRows(table: readonly (readonly string[])[]): FlattenedActionTables | null {
  const header = table.findIndex((row) => filledCellCount(row) >= minParentColumns + 1)
  if (header < 0) return null
  const headerRow = table[header]!
  let last = -1
  for (let c = 0; c < headerRow.length; c++) if (hasText(headerRow[c]!)) last = c
  if (last < minParentColumns) return null
  for (let c = 0; c < last; c++) if (!hasText(headerRow[c]!)) return null
  const parents: number[] = []
  const children: { index: number; parent: number }[] = []
  let childWidth = 0
  for (let index = header + 1; index < table.length; index++) {
    const row = table[index]!
    if (!row.some(hasText)) continue
    if (row.length > last) {
      for (let c = last; c < row.length; c++) if (hasText(row[c]!)) return null
      parents.push(index)
      continue
    }
    if (row.length < minSpan || parents.length === 0) return null
    if (childWidth === 0) childWidth = row.length
    else if (row.length !== childWidth) return null
    children.push({ index, parent: parents[parents.length - 1]! })
  }
  if (children.length < minChildren) return null
  const spanColumns = Array.from({ length: childWidth }, (_, c) => c)
  const heading = [headerRow[last]!, ...spanColumns.slice(1).map(() => '')]
  return childTable(table, header, last, parents, children, spanColumns, heading)
}
