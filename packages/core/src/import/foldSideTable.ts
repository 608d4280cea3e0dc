import { collapseWhitespace, hasText } from '../text/cleanCellText'
import { BULLET_MARK, NUMBER_MARK } from './itemMark'
import { filledCellCount } from './filledCellCount'

/** A list item of a one-column page: a bullet ("- ", "• ") or a number ("1. ", "2) ") and then its text. */
const listItem = new RegExp(`^\\s*(?:${BULLET_MARK}\\s|${NUMBER_MARK}\\s)`)
/** The side table is at most this share of the page's filled rows. */
const maxShare = 0.25

/**
 * A one-column page (headings, prose and bulleted or numbered lists) with one small two-column table in it that
 * holds no dates or numbers: a table of roles ("Head of School | Endorses the plan"), a glossary. A reader reads
 * the page's lists, not that table, for the actions. Each row of the table is folded into one cell, "Role:
 * Responsibility", so the page is read as the one column it is; nothing is dropped. Returns the table itself
 * unless the two-column rows form one run, are at most a quarter of the filled rows, and the page's list items
 * outnumber the run's rows.
 *
 * @example
 * foldSideTable([
 *   ['Role', 'Duty'], ['Head', 'Signs off the plan'], ['Actions'], ['- Fit LED lights'], ['- Train staff'],
 *   ['- Audit water use'], ['- Plant a hedge'], ['- Start a green team'], ['- Publish a report'], ['- Hold a fair'],
 * ])[1] // ['Head: Signs off the plan']
 */
export function foldSideTable(table: readonly (readonly string[])[]): readonly (readonly string[])[] {
  let first = -1
  let last = -1
  let filledRows = 0
  let listItems = 0
  for (let index = 0; index < table.length; index++) {
    const filled = table[index]!.filter(hasText)
    if (filled.length === 0) continue
    filledRows++
    if (filled.length === 1) {
      if (listItem.test(filled[0]!)) listItems++
      continue
    }
    if (filled.length > 2) return table
    if (first < 0) first = index
    else if (table.slice(last + 1, index).some((row) => filledCellCount(row) === 1)) return table
    last = index
  }
  if (first < 0) return table
  const run = table.slice(first, last + 1).filter((row) => row.some(hasText))
  if (run.length > filledRows * maxShare || listItems <= run.length) return table
  // A table has a header and two rows at least; a bulleted line cut at an unquoted comma is no table row.
  if (run.length < 3 || run.some((row) => listItem.test(row.find(hasText) ?? ''))) return table
  // A table of dates, refs or counts is the plan's own, however small.
  if (run.slice(1).some((row) => row.some((cell) => /\d/.test(cell)))) return table
  return table.map((row, index) =>
    index < first || index > last || !row.some(hasText)
      ? row
      : [
          row
            .filter(hasText)
            .map((cell) => collapseWhitespace(cell))
            .join(': '),
        ],
  )
}
