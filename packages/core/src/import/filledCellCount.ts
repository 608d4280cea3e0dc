import { hasText } from '../text/cleanCellText'

/**
 * How many cells of a row hold text: `row.filter(hasText).length`, counted without making the array, as the
 * readers that look at every row of a long page ask it of each.
 *
 * @example
 * filledCellCount(['Action', ' ', 'Lead']) // 2
 */
export function filledCellCount(row: readonly string[]): number {
  let count = 0
  for (const cell of row) if (hasText(cell)) count++
  return count
}
