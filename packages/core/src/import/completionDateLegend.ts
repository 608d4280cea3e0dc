import { parseTargetDate } from '../dates/parseTargetDate'
import type { Action } from '../model/action'
import type { DateContext } from '../model/targetDate'
import { collapseWhitespace, hasText } from '../text/cleanCellText'
import type { ActionDraft } from './buildAction'

/** A legend line is one short sentence or two. */
const maxLegendLength = 200
/**
 * "Completed tasks are shown by the completion date", "Done items are marked with the date they were finished": the
 * done word, then within the clause a word of showing, then a date. Each gap is bounded: linear on any text.
 */
const legendSentence =
  /\b(?:completed|finished|done)\b[^.]{0,60}\b(?:shown|marked|indicated|given|recorded|show)\b[^.]{0,40}\bdates?\b/i
/** "....-..-..", "__/__/____", "YYYY-MM-DD": a date's template left unfilled. Anchored, bounded. */
const unfilledDate =
  /^[._?]{1,4}[-/][._?]{1,2}[-/][._?]{1,4}$|^(?:yyyy|dd|mm)[-/.](?:mm|dd)[-/.](?:dd|yyyy)$/i

/**
 * Whether a line above the header (a status page's key) says that the work done is shown by the date it was done:
 * "Item assignment is shown by the id. Completed tasks are shown by the completion date (YYYY-MM-dd).". The table's
 * date column then records when each item was done, not when it is due.
 *
 * @example
 * completionDateLegend([['Completed jobs are shown by the completion date.'], ['Date', 'Item']], 1) // true
 */
export function completionDateLegend(table: readonly (readonly string[])[], headerIndex: number): boolean {
  for (let index = 0; index < headerIndex && index < table.length; index++) {
    const cells = table[index]!.filter(hasText)
    if (cells.length !== 1 || cells[0]!.length > maxLegendLength) continue
    if (legendSentence.test(collapseWhitespace(cells[0]!))) return true
  }
  return false
}

/**
 * Under a legend saying done work shows its completion date ({@link completionDateLegend}), an action with no status
 * of its own whose date cell holds a date was done on it (complete, done on that day, with no target: the date is
 * not a deadline); one whose date cell is the date's template left unfilled ("....-..-..", "YYYY-MM-DD") is not done
 * yet (not started, with no target either). Any other cell ("N/A") leaves the action as it was. Changes `action` in place.
 *
 * @example
 * applyCompletionDate(action, draft, {}) // action.status.state: 'complete' for "2031-02-03"
 */
export function applyCompletionDate(action: Action, draft: ActionDraft, dateContext: DateContext): void {
  if (draft.verbatim || action.status.state !== 'unknown') return
  const text = collapseWhitespace(draft.cells.get('target')?.text ?? '')
  if (text === '') return
  if (unfilledDate.test(text)) {
    action.status = { ...action.status, text, state: 'not-started' }
    action.target = parseTargetDate('', dateContext)
    return
  }
  const done = parseTargetDate(text, dateContext)
  if (done.kind !== 'due' || done.precision !== 'day' || done.due === null) return
  action.status = { ...action.status, text, state: 'complete', completedOn: done.due }
  action.target = parseTargetDate('', dateContext)
}
