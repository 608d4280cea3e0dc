import type { OfficeTable } from './officeOptions'

/**
 * The rows `tableToPlan` should read for a table: a region merged down several rows ("one pillar for six
 * rows") gives its text to every row it covers, in its first column; a region merged across columns only (a
 * title or section row) stays one cell with its text first, so it still reads as a heading. The table itself
 * is left as it was: only the rows that change are copied.
 *
 * @example
 * fillMerges({ name: 'Plan', rows: [['V', 'Forum'], ['', 'Survey']], before: [],
 *   merges: [{ firstRow: 0, firstColumn: 0, lastRow: 1, lastColumn: 0 }] }) // [['V', 'Forum'], ['V', 'Survey']]
 */
export function fillMerges(table: OfficeTable): string[][] {
  const rows = table.rows.slice()
  const copied = new Set<number>()
  // Merges never overlap in a file Office wrote; in a hostile one they may, so each column's rows are filled at
  // most once (work bounded by the table's size, not by merges × rows).
  const filledTo = new Map<number, number>()
  const downward = table.merges
    .filter((merge) => merge.lastRow > merge.firstRow)
    .sort((a, b) => a.firstColumn - b.firstColumn || a.firstRow - b.firstRow)
  for (const merge of downward) {
    const text = table.rows[merge.firstRow]?.[merge.firstColumn] ?? ''
    const column = merge.firstColumn
    const from = Math.max(merge.firstRow + 1, (filledTo.get(column) ?? -1) + 1)
    const to = Math.min(merge.lastRow, rows.length - 1)
    if (to >= from) filledTo.set(column, to)
    if (text === '') continue
    for (let r = from; r <= to; r++) {
      if (!copied.has(r)) {
        rows[r] = rows[r]!.slice()
        copied.add(r)
      }
      const row = rows[r]!
      while (row.length <= column) row.push('')
      if (row[column] === '') row[column] = text
    }
  }
  return rows
}
