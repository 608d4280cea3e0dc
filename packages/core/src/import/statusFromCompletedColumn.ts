import { parseTargetDate } from '../dates/parseTargetDate'
import type { Status } from '../model/status'
import { doneParticiples } from './statusFromPerfectPassive'

/**
 * A header that records when the work was done: "Completed", "Date completed", "Completed on", "Done?". Its cells
 * are the actions' status, not their target.
 */
export const completedHeader = /^(?:date\s)?(?:completed|achieved|done)(?:\s(?:on|date))?\s?\??$/

// A record that opens with what was done: "Presented and approved by …", "Approved in January 2015".
const firstWords = /^([a-z]{2,20})(?:\s{1,3}and\s{1,3}([a-z]{2,20}))?\b/i
const presented = new Set(['presented', 'reported', 'submitted'])

function opensWithDone(text: string): boolean {
  const match = firstWords.exec(text)
  if (match === null) return false
  return [match[1], match[2]].some((word) => {
    const lower = word?.toLowerCase() ?? ''
    return doneParticiples.has(lower) || presented.has(lower)
  })
}

/**
 * In a column headed as a completion record ("Completed"), a date ("15/10/2015", "February 2015") or a line
 * that opens with what was done ("Presented and approved by Cabinet on 5/11/2015") says the action is complete,
 * the text kept as the status note. Any other reading stands (a status word such as "Ongoing" is read as itself).
 *
 * @example
 * statusFromCompletedColumn('Completed', '15/10/2015', parseStatus('15/10/2015')).state // 'complete'
 */
export function statusFromCompletedColumn(header: string, text: string, status: Status): Status {
  if (status.state !== 'unknown' || text === '' || text.length > 200) return status
  if (!completedHeader.test(header.trim().toLowerCase())) return status
  const date = parseTargetDate(text)
  const dated = date.kind !== 'unknown' && date.confidence >= 0.5 && text.split(/\s+/).length <= 6
  const saysDone = opensWithDone(text)
  return dated || saysDone ? { ...status, state: 'complete', text } : status
}
