import { parseTargetDate } from '../dates/parseTargetDate'
import { collapseWhitespace, hasText } from '../text/cleanCellText'

/** How many filled cells are read to judge a column: enough to see its habit, bounded on a long table. */
const columnSample = 40
/** Share of a column's filled cells that must open with "By" and a date. */
const deadlineShare = 0.6
/** A deadline cell is short: "By the end of March 2031", not a sentence that starts "By working with …". */
const maxWords = 10
/** "By" opening a cell, then a space. Anchored, fixed: linear. */
const byOpening = /^by\s/i

/**
 * Whether a column without a header states deadlines: at least 60% of its filled cells (two at least) open with "By"
 * and read as a date ("By end of March 2031", "By June 2031"). A careful reader takes such a column for the target
 * before any other column of dates beside it (the day a step was done, a review's date). Returns the evidence, or
 * null.
 *
 * @example
 * byDeadlineColumn(['By end of May 2031', 'By June 2031', 'Ongoing']) // '67% of cells open with "By" and a date: deadlines'
 * byDeadlineColumn(['May 2031', 'June 2031']) // null
 */
export function byDeadlineColumn(cells: readonly string[]): string | null {
  const filled = cells.filter(hasText).slice(0, columnSample)
  if (filled.length < 2) return null
  let deadlines = 0
  for (const cell of filled) {
    const text = collapseWhitespace(cell)
    if (!byOpening.test(text) || text.split(' ').length > maxWords) continue
    const read = parseTargetDate(text)
    if (read.kind !== 'unknown' && read.confidence >= 0.5) deadlines++
  }
  if (deadlines < 2 || deadlines < deadlineShare * filled.length) return null
  return `${Math.round((deadlines / filled.length) * 100)}% of cells open with "By" and a date: deadlines`
}

/** The score a column of deadlines gets as the target: above any column of dates alone (at most 0.85). */
export const byDeadlineScore = 0.9
