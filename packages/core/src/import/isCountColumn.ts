import { collapseWhitespace, hasText } from '../text/cleanCellText'

/**
 * A count, or a list of the numbers of other items a row points to: bare whole numbers with no ref's dot or
 * letter ("4", "12", "1, 2, 9", "3 and 5", or an issue tracker's "#4, #12"; not "4.", "1.2" or "A3"). Each separator is one comma, semicolon,
 * slash, ampersand or "and", so the pattern never backtracks.
 */
const count = /^#?\d{1,4}(?:\s?(?:[,;/&]|and)\s?#?\d{1,4}){0,40}$/

/**
 * True when every filled cell of a column is a bare whole number or a list of them: a count ("Sub actions": 4)
 * or the numbers of the work packages a milestone serves ("Work package": "1, 2, 9"), not action text, whatever
 * its header says. A summary report's "Sub actions" column counts the steps under each item; the item itself is
 * the prose column beside it.
 *
 * @example
 * isCountColumn(['4', '', '12']) // true
 * isCountColumn(['1, 2, 9', '5']) // true: the numbers of other items
 * isCountColumn(['4.', '5.']) // false: numbered items
 */
export function isCountColumn(cells: readonly string[]): boolean {
  let filled = 0
  for (const cell of cells) {
    if (!hasText(cell)) continue
    if (!count.test(collapseWhitespace(cell))) return false
    filled++
  }
  return filled > 0
}

/**
 * "Number of findings", "No. of actions", "# of items", "Count of tasks", "Total", or a number sign before a plural
 * noun ("# Years", "# Visits": how many of them): a header that counts.
 */
const countHeader =
  /^\s{0,3}(?:(?:number|no\.?|#|count|total)\s{1,3}of\s|(?:total|count)\s{0,3}$|#\s{0,2}[a-z]{1,20}s\s{0,3}$)/i

/**
 * True when a header says its column counts things ("Number of findings", "No. of actions", "Total"): its
 * cells are how many items a row holds, never the row's own number, however much "3" and "0" look like refs.
 *
 * @example
 * namesCount('Number of findings') // true
 * namesCount('# Days') // true: how many days
 * namesCount('Number') // false: the item's own number
 */
export function namesCount(header: string): boolean {
  return countHeader.test(header.slice(0, 200))
}
