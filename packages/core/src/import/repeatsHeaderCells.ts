import { collapseWhitespace, hasText } from '../text/cleanCellText'
import { headerUnderRecommendation } from './headerUnderRecommendation'

/**
 * True when the row repeats the header in force in part: two or more filled cells, each the header's own text
 * in the same column (case and spacing aside), the other cells blank ("Objective | Action(s)" over a page break
 * in a six-column table). Such a row is the header again, cut short, not a new header that drops the columns
 * it leaves blank.
 *
 * @example
 * repeatsHeaderCells(['Objective', 'Action(s)', ''], ['Objective', 'Action(s)', 'Action By']) // true
 */
export function repeatsHeaderCells(row: readonly string[], headers: readonly string[]): boolean {
  let filled = 0
  for (let c = 0; c < row.length; c++) {
    const cell = row[c] ?? ''
    if (!hasText(cell)) continue
    filled++
    if (!sameHeaderText(cell, headers[c] ?? '')) return false
  }
  return filled >= 2
}

/**
 * Two cells with the same text, case and spacing aside. A cell far longer than the other is another text: it is
 * told apart without normalising either (every body row is checked against the header).
 *
 * @example
 * sameHeaderText('Action  By', 'action by') // true
 * sameHeaderText('R2 Actions', 'R1 Actions') // true
 */
export function sameHeaderText(a: string, b: string): boolean {
  if (a === b) return true
  if (a.length > 2 * b.length + 16 || b.length > 2 * a.length + 16) return false
  const x = collapseWhitespace(a).toLowerCase()
  const y = collapseWhitespace(b).toLowerCase()
  if (x === y) return true
  // "R2 Actions" under the next recommendation repeats "R1 Actions": the same header, renumbered.
  const underX = headerUnderRecommendation(x)
  const underY = underX === null ? null : headerUnderRecommendation(y)
  return underX !== null && underX === underY
}
