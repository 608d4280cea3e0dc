import { normalizeHeader } from './columnSynonyms'

/** What a plan calls its items when it has no "Action" column: "Initiative", "Key initiatives", "Activity". */
const itemHeader = /^(?:(?:key|main|our|planned|proposed) )?(?:initiatives?|activit(?:y|ies))$/

/** A column headed just "Action" or "Actions" (a plural mark, a colon or a footnote mark aside). */
const actionHeader = /^actions?(?: s)?$/

/**
 * True when the column first read as the action is headed by what the plan calls its items ("Initiative",
 * "Activity") and another column is headed plainly "Action": then that column holds the actions and the item
 * column the initiative each serves, as strategies, accessibility plans and programme trackers lay out
 * "Initiative | Action | Lead | Date". A longer action header ("Action/development", "Actions and outputs")
 * is left to the cells.
 *
 * @example
 * yieldsToActionColumn('Initiative', ['Initiative', 'Action', 'Lead']) // true
 * yieldsToActionColumn('Initiative', ['Initiative', 'Description', 'Status']) // false
 */
export function yieldsToActionColumn(titleHeader: string, headers: readonly string[]): boolean {
  if (!itemHeader.test(normalizeHeader(titleHeader))) return false
  return headers.some((header) => actionHeader.test(normalizeHeader(header)))
}
