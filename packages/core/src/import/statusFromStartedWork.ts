import type { Action } from '../model/action'
import type { ImportIssue } from '../model/importIssue'
import { parseStatus } from '../status/parseStatus'
import { createImportIssue } from './createImportIssue'

/**
 * "We have started updating …", "We've begun to replace …", "Work has started on …", "We have commenced the
 * audit": the writers say the work is under way, in any sentence of the action's text.
 */
const started =
  /\b(?:we(?:\s{1,3}have|[’']ve)|work\s{1,3}has)\s{1,3}(?:already\s{1,3}|now\s{1,3}|recently\s{1,3})?(started|begun|commenced)\b/i

/** Only so much of a title is read: a sentence saying the work has started sits in its first paragraph. */
const maxRead = 2000

/**
 * An action whose text, after its opening, says its work has started ("Our forms confuse screen readers. We have
 * started updating them and plan to finish by January 2023.", as an accessibility statement writes each known
 * problem and then its fix) is in progress, when it has no status of its own. A title that opens so ("We have
 * started to map technical roles") states the action itself, still to do, and is left alone. Each action read is an info issue `status-from-tense` on its
 * row. Returns the issues; statuses are set in place.
 *
 * @example
 * statusFromStartedWork(plan.actions, [4]) // an issue for "… We have started updating our error messages …"
 */
export function statusFromStartedWork(actions: Action[], rows: readonly number[]): ImportIssue[] {
  const issues: ImportIssue[] = []
  actions.forEach((action, i) => {
    if (action.status.state !== 'unknown' || action.status.text !== '') return
    const match = started.exec(action.title.slice(0, maxRead))
    // Opening the title, "We have started to map roles" states the action itself, still to do (statusFromPresentPerfect).
    if (match === null || match.index === 0) return
    action.status = parseStatus('In progress')
    const row = rows[i] ?? null
    issues.push(
      createImportIssue(
        'status-from-tense',
        'info',
        row,
        null,
        null,
        `The action on row ${row} says its work has ${match[1]!.toLowerCase()} ("${match[0]}"), so it was read as in progress. If that is wrong, add a status column, or force one with options.columns.`,
      ),
    )
  })
  return issues
}
