import { parseTargetDate } from '../dates/parseTargetDate'
import type { Action } from '../model/action'
import type { ImportIssue } from '../model/importIssue'
import type { DateContext } from '../model/targetDate'
import type { ActionDraft } from './buildAction'
import { createImportIssue } from './createImportIssue'

/**
 * "Revised timetable", "Revised target date", "Revised deadline", and a tracker's "New date", "New target date" or
 * "Amended deadline": the target as it now stands.
 */
const revisedHeader =
  /^(?:revised|new|amended|rescheduled)\s{1,3}(?:target\s{1,3})?(?:timetable|timescale|target|date|deadline|due date|completion date)$/i

/**
 * A plan kept up to date moves a date into a "Revised timetable" column beside the original one (an action tracker
 * into a "New date" column beside its "Target date"). Where that
 * column gives a date for the action, it is the action's target as it now stands and replaces the one read from
 * the target column (an info issue names both); where it says something else ("Done"), the original stays.
 * Returns the issue, or null when nothing was revised.
 *
 * @example
 * applyRevisedTarget(action, draft, {}) // action.target.due: '2003-02-28' for "February 2003"
 */
export function applyRevisedTarget(
  action: Action,
  draft: ActionDraft,
  dateContext: DateContext,
): ImportIssue | null {
  if (draft.verbatim) return null
  const cell = draft.extra.find((item) => revisedHeader.test(item.name.replace(/\s+/g, ' ').trim()))
  if (cell === undefined || cell.value.trim() === '') return null
  const revised = parseTargetDate(cell.value, dateContext)
  if (revised.due === null || revised.due === action.target.due) return null
  const before = action.target.text
  action.target = revised
  return createImportIssue(
    'target-revised',
    'info',
    draft.row,
    cell.column + 1,
    cell.name,
    `Row ${draft.row}: the "${cell.name}" column gives a new date ("${revised.text}"), read as the target${before ? ` instead of "${before}"` : ''}. To keep the original, remove the revised date or rename its column.`,
  )
}
