import type { Action } from '../model/action'
import type { ImportIssue } from '../model/importIssue'
import { parseStatus } from '../status/parseStatus'
import { createImportIssue } from './createImportIssue'

/**
 * "The repairs are still pending", "Subscription renewal pending", "Renewal is pending": the title's first sentence
 * reports its work as waiting, not begun. At most twelve words before "pending", each bounded. Anchored.
 */
const pending =
  /^[A-Z][\w’'&/-]{0,30}(?: [\w’'&/-]{1,30}){0,11}? (?:(?:is|are) )?(?:still )?pending(?: approval| a decision)?(?:\s{0,3}[.;,]| and |$)/

/**
 * "The leaflet is still being printed", "Quotes are still being gathered by Ana": the title's first sentence reports
 * its work as going on. At most twelve words before "still being", each bounded. Anchored.
 */
const underWay =
  /^[A-Z][\w’'&/-]{0,30}(?: [\w’'&/-]{1,30}){0,11}? (?:is|are) still being [a-z]{3,20}(?:ed|en|t)\b/

/**
 * An action whose title reports where its work stands, as minutes update earlier action points in a sentence ("AP4 –
 * Meeting 7: Repair is still pending."), takes that status when it has none of its own and no target date: work
 * "(still) pending" is not started, work "still being" done is in progress. Each action read is an info issue
 * `status-from-tense` on its row. Returns the issues; statuses are set in place.
 *
 * @example
 * statusFromPendingWork(plan.actions, [4]) // an issue for "The repairs are still pending."
 */
export function statusFromPendingWork(actions: Action[], rows: readonly number[]): ImportIssue[] {
  const issues: ImportIssue[] = []
  actions.forEach((action, i) => {
    if (action.status.state !== 'unknown' || action.status.text !== '' || action.target.due !== null) return
    const title = action.title.trim().slice(0, 400)
    const state = pending.test(title) ? 'Not started' : underWay.test(title) ? 'In progress' : null
    if (state === null) return
    action.status = parseStatus(state)
    issues.push(
      createImportIssue(
        'status-from-tense',
        'info',
        rows[i] ?? null,
        null,
        null,
        `The action on row ${rows[i] ?? null} reports its work as ${state === 'Not started' ? 'still pending' : 'still being done'}, so it was read as ${action.status.state}. If that is wrong, add a status column, or force one with options.columns.`,
      ),
    )
  })
  return issues
}
