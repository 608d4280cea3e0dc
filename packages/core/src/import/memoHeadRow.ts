import { hasText } from '../text/cleanCellText'

/** "TO:", "From:", "Date:", "RE:", "Subject:", "CC:": a label of a memo's head, its colon kept. Anchored, bounded. */
const memoLabel = /^\s{0,3}(?:to|from|date|re|subject|cc|bcc|attn|attention)\s{0,3}:\s{0,3}$/i

/**
 * "Title:", "Date of meeting:", "Location:", "Venue:", "Time:": a label of a meeting record's head, its colon kept.
 * Its value is the meeting's own ("Title: | Board meeting"), never a second label ("Title: | Lead:"). Anchored,
 * bounded.
 */
const meetingLabel =
  /^\s{0,3}(?:title|(?:date|time|place)\s{1,3}of\s{1,3}(?:the\s{1,3})?meeting|location|venue|meeting|time)\s{0,3}:\s{0,3}$/i

/**
 * True when a row is a line of a memo's head: a label such as "TO:", "FROM:", "Date:" or "RE:" (its colon written)
 * in the first filled cell and what it says in the one cell after ("TO: | Members of the board"). A memo or
 * briefing note opens so above the table it reports; such a row is never the table's header, however much "To"
 * and "Date" look like the headers of a date range or a target.
 *
 * @example
 * isMemoHeadRow(['TO:', 'Members of the board']) // true
 * isMemoHeadRow(['To', 'From']) // false: no colon, and no value beside the label
 */
export function isMemoHeadRow(row: readonly string[]): boolean {
  const filled = row.filter(hasText)
  if (filled.length !== 2 || memoLabel.test(filled[1]!)) return false
  if (memoLabel.test(filled[0]!)) return true
  return meetingLabel.test(filled[0]!) && !/:\s{0,3}$/.test(filled[1]!)
}
