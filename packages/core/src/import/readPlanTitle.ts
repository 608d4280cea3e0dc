import { collapseWhitespace } from '../text/cleanCellText'

/**
 * The plan's title: the first row above the header with a single filled cell (or one text filled into every
 * cell, as a merged title comes), unless it ends in a colon (a
 * caption: "Technician Commitment Aims:") or is too long to be a title.
 *
 * @example
 * readPlanTitle([['Action Plan 2020'], ['Action', 'Lead']], 1) // 'Action Plan 2020'
 */
export function readPlanTitle(table: readonly (readonly string[])[], headerIndex: number): string | null {
  for (let index = 0; index < headerIndex; index++) {
    const filled = table[index]!.filter((cell) => cell.trim() !== '')
    // A title merged across the table's columns comes filled into each of them: one text, however many cells.
    if (filled.length === 0 || !filled.every((cell) => cell.trim() === filled[0]!.trim())) continue
    const text = collapseWhitespace(filled[0]!)
    if (text.endsWith(':') || text.length > 200) continue
    return text
  }
  return null
}
