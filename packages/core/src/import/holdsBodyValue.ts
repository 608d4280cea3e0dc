import { parseTargetDate } from '../dates/parseTargetDate'
import { parseStatus } from '../status/parseStatus'
import { collapseWhitespace, hasText } from '../text/cleanCellText'
import { matchColumnHeader } from './columnSynonyms'

/** "Date to be confirmed", "TBC", "Dates tba": a date still to be set, a value however header-like its words. */
const dateToBeSet = /\b(?:tb[cda]|to be (?:confirmed|decided|agreed|arranged|set))\b/i

/**
 * True when a row below the header holds a value a header never does: a cell naming no column that reads as a
 * date or a status ("June 2027", "Ongoing", "Not started"), or a date still to be set ("TBC", "Date to be
 * confirmed"). Such a row is an action whose words happen to be header words ("Action plan launch | Lead
 * technician | June 2027", "Objectives review | Team leaders | Ongoing"), never a new header. Year columns
 * ("2027") name a column and are no value here.
 *
 * @example
 * holdsBodyValue(['Action plan launch', 'Lead technician', 'June 2027']) // true
 * holdsBodyValue(['Action', 'Lead', 'Target date']) // false
 */
export function holdsBodyValue(row: readonly string[]): boolean {
  for (const cell of row) {
    if (!hasText(cell) || cell.length > 80) continue
    const text = collapseWhitespace(cell)
    const match = matchColumnHeader(text)
    if (match !== null && match.rank < 10) continue
    if (dateToBeSet.test(text)) return true
    if (match !== null || /^\d{4}$/.test(text)) continue
    if (parseTargetDate(text).kind !== 'unknown' || parseStatus(text).state !== 'unknown') return true
  }
  return false
}
