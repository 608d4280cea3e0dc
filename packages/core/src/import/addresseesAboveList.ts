import { collapseWhitespace, hasText } from '../text/cleanCellText'
import type { LeadInOwner } from './leadInOwner'
import { NUMBER_MARK } from './itemMark'

/**
 * "To: Canada, Ontario, …", "Addressed to: the Chief Constable", "Recommendations made to: the Trust Board": the
 * bodies a list of recommendations is addressed to, then their names. Anchored, bounded, no nested quantifiers.
 */
const addressedTo =
  /^(?:to|addressed to|directed to|sent to|recommendations? (?:made )?to)\s{0,3}:\s{0,3}(\S.{0,800})$/i

/** "1. All organizations …", "2) The board …": a numbered recommendation. */
const numberedItem = new RegExp(`^\\s{0,3}${NUMBER_MARK}\\s`)

/** "1", "12": a recommendation's number in a cell of its own. */
const refCell = /^\s{0,3}\d{1,3}\s{0,3}$/

/** The title rows of a page are few: the addressees are named in its first lines. */
const maxRowsAbove = 8

/**
 * The bodies a page of recommendations is addressed to, named on a line of its own above the first numbered
 * recommendation ("To: Canada, Ontario, the City of Thunder Bay, … and the Office of the Chief Coroner"), as a
 * coroner's inquest verdict, a prevention-of-future-deaths report ("Sent to: …") or a review's recommendations
 * ("Recommendations made to: …") name them: each body named is an owner of every recommendation, which asks all of
 * them to act. The list is split as an owners cell is; a last "and the …" ("…, LCBO and the Office of the Chief
 * Coroner") joins one more body, not two words of one name. Null when no such line sits above the list.
 *
 * @example
 * addresseesAboveList([['To: the Police, the Council and the Health Board'], ['1. Share the records.']])?.owner
 * // 'the Police, the Council, the Health Board'
 */
export function addresseesAboveList(table: readonly (readonly string[])[]): LeadInOwner | null {
  const limit = Math.min(table.length, maxRowsAbove + 1)
  for (let row = 0; row < limit; row++) {
    const filled = table[row]!.filter(hasText)
    if (filled.length !== 1) continue
    const text = collapseWhitespace(filled[0]!)
    if (numberedItem.test(text)) return null
    const match = addressedTo.exec(text)
    if (match === null) continue
    const below = table.slice(row + 1, row + 3).some((next) => {
      const cells = next.filter(hasText)
      // The number may have been split into a ref cell of its own, beside the recommendation.
      return cells.length === 1 ? numberedItem.test(cells[0]!) : refCell.test(cells[0]!)
    })
    if (!below) return null
    const names = match[1]!.replace(/\.$/, '')
    const lastAnd = names.lastIndexOf(' and the ')
    const owner = lastAnd < 0 ? names : `${names.slice(0, lastAnd)}, ${names.slice(lastAnd + 5)}`
    return { owner, row }
  }
  return null
}
