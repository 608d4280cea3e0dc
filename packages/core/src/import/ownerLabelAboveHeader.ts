import { collapseWhitespace, hasText } from '../text/cleanCellText'
import type { LeadInOwner } from './leadInOwner'
import { wholePlanOwner } from './wholePlanOwner'
import { filledCellCount } from './filledCellCount'

/**
 * The owner a target's block names once, on a label line above the header of its action list ("Lead Person and
 * Governors: CoG, Full Governing Body", "Lead governor: Chair", "Responsible: Deputy Head" over "Actions"), as
 * school improvement and governance plans write each target: the target, its lead, its outcomes, then its
 * actions. The one such line above the one-cell header owns every action that names no owner of its own. Null
 * when there is none, more than one (leads of different targets, which the page does not pair with actions), or
 * the header names several columns.
 *
 * @example
 * ownerLabelAboveHeader([['Target 1: Better visits'], ['Lead person: Chair of Governors'], ['Actions'], ['• Plan visits']], 2)
 * // { owner: 'Chair of Governors', row: 1 }
 */
export function ownerLabelAboveHeader(
  table: readonly (readonly string[])[],
  headerIndex: number,
): LeadInOwner | null {
  // A one-column page: a table whose header names several columns names its owners in them, or leaves the
  // area's owner for the whole area (a project map's "Owner:" line over its milestones).
  if (filledCellCount(table[headerIndex] ?? []) !== 1) return null
  let found: LeadInOwner | null = null
  for (let row = 0; row < headerIndex && row < table.length; row++) {
    const filled = table[row]!.filter(hasText)
    if (filled.length !== 1) continue
    const owner = wholePlanOwner(collapseWhitespace(filled[0]!).slice(0, 1_000))
    if (owner === null) continue
    if (found !== null) return null
    found = { owner, row }
  }
  return found
}
