import type { Status } from '../model/status'
import { parseStatus } from '../status/parseStatus'
import { collapseWhitespace } from '../text/cleanCellText'

/** "we have seen", "has already introduced", "we've made": the list below reports what is done. */
const done =
  /\b(?:have|has|'ve)\s{1,3}(?:already\s{1,3})?(?:seen|made|introduced|completed|achieved|delivered|implemented|done|taken|launched|carried out|put in place)\b/i

/** Words of what is still to come: such a lead-in introduces plans, whatever it says was done before. */
const future = /\b(?:now|will|next|plans?|planned|aims?|going to|looking|intends?|propose[sd]?|continue)\b/i

/**
 * Reads the state a lead-in sentence above a list reports for its items: "In the last year we have seen these
 * changes in recruitment guidance:" introduces things done, so each item is complete. Only the lead-in's last
 * sentence counts (the one that introduces the list), and only when it says what has been done and nothing of
 * what comes next ("Building on what has been achieved, we are now looking at:" introduces plans). Returns null
 * otherwise.
 *
 * @example
 * statusFromLeadIn('This year we have made these changes')?.state // 'complete'
 * statusFromLeadIn('We are now looking at the following areas') // null
 */
export function statusFromLeadIn(leadIn: string): Status | null {
  const sentences = collapseWhitespace(leadIn).split('. ')
  const last = sentences.at(-1)?.slice(0, 400) ?? ''
  if (!done.test(last) || future.test(last)) return null
  return parseStatus('Complete')
}
