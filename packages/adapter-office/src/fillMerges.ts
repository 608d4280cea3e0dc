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
  for (const merge of table.merges) {
    if (merge.lastRow <= merge.firstRow) continue
    const text = table.rows[merge.firstRow]?.[merge.firstColumn] ?? ''
    if (text === '') continue
    for (let r = merge.firstRow + 1; r <= merge.lastRow && r < rows.length; r++) {
      if (!copied.has(r)) {
        rows[r] = rows[r]!.slice()
        copied.add(r)
      }
      const row = rows[r]!
      while (row.length <= merge.firstColumn) row.push('')
      if (row[merge.firstColumn] === '') row[merge.firstColumn] = text
    }
  }
  return rows
}
