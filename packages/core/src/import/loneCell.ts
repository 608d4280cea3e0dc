import { hasText } from '../text/cleanCellText'

/**
 * The column of the one filled cell of a row, or -1 when it has none or several: how a one-column line of a page
 * (a heading, a lead-in, a bullet) is told from a table row.
 *
 * @example
 * loneCell(['', '• A forum', '']) // 1
 * loneCell(['Action', 'Lead']) // -1
 */
export function loneCell(row: readonly string[]): number {
  let found = -1
  for (let c = 0; c < row.length; c++) {
    if (!hasText(row[c]!)) continue
    if (found >= 0) return -1
    found = c
  }
  return found
}
