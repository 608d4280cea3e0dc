import { parseStatus } from '../status/parseStatus'
import { type LoneText, loneTextOfEach } from './listsUnderLeadIns'
import { loneTextRows } from './loneTextRows'

/** "Legend: ", "Key - ", "Status key: ": the label a page's key to its status marks opens with. Anchored, bounded. */
const keyLabel = /^(?:status\s{1,3})?(?:legend|key)\s{0,3}[:–—-]\s{0,3}/i
/** What separates the states a key lists. */
const separator = /\s{0,3}[|/•·]\s{0,3}/
/** A key names at least this many states. */
const minStates = 3
/** A key is one short line; a longer one is prose that happens to open so. */
const maxLength = 300

/**
 * The lines alone on their rows that give a page's key to the status marks beside its items ("Legend: Complete |
 * On Target | At Risk | Not Started", "Key: Done / Under way / Not begun"), as a dashboard prints it above or below
 * each group when the marks themselves (coloured icons) did not survive the copy. A key is no action. The line
 * opens with "Legend" or "Key" and lists three or more parts, more than half of them statuses. Returns 0-based rows,
 * in order.
 *
 * @example
 * statusKeyRows([['Legend: Complete | On Target | At Risk'], ['Fix the roof']], 0) // [0]
 */
export function statusKeyRows(
  table: readonly (readonly string[])[],
  bodyStart: number,
  /** {@link loneTextOfEach} of the same table, when the caller has read it. */
  lone: readonly LoneText[] = loneTextOfEach(table),
): number[] {
  return loneTextRows(table, bodyStart, lone, maxLength, (text) => {
    const label = keyLabel.exec(text)
    if (label === null) return false
    const parts = text.slice(label[0].length).split(separator)
    if (parts.length < minStates) return false
    const states = parts.filter((part) => {
      const status = parseStatus(part)
      return status.state !== 'unknown' || status.reportedRag !== null
    }).length
    return states * 2 > parts.length
  })
}
