import type { MergedRegion } from './tableToPlan'

/**
 * Reads each merged region's top-left text on every cell it spans, as a reader of the printed table does
 * ("this label spans rows 3–8"). Regions outside the table are ignored; the caller's rows are not changed.
 *
 * @example
 * fillMergedRegions([['Theme A', 'x'], ['', 'y']], [{ firstRow: 1, lastRow: 2, firstColumn: 1, lastColumn: 1 }])
 * // [['Theme A', 'x'], ['Theme A', 'y']]
 */
export function fillMergedRegions(
  table: string[][],
  regions: readonly MergedRegion[] | undefined,
): string[][] {
  if (regions === undefined || regions.length === 0) return table
  const out = table.map((row) => [...row])
  for (const region of regions) {
    const text = out[region.firstRow - 1]?.[region.firstColumn - 1] ?? ''
    const lastRow = Math.min(region.lastRow, out.length)
    for (let r = region.firstRow; r <= lastRow; r++) {
      const row = out[r - 1]!
      for (let c = region.firstColumn; c <= region.lastColumn && c <= 256; c++) {
        while (row.length < c) row.push('')
        row[c - 1] = text
      }
    }
  }
  return out
}
