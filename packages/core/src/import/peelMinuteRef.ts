import type { PeeledRef } from './peelRef'

/**
 * "4/16/512/3 Bus stop …", "b. 9/18/702/4 Stile repairs …": a minute cited by four slash-joined numbers (the
 * month and year it was raised, the minute and its item), which no date is, after a sub-item's letter if the list
 * has one, then the item (a dash typed after the ref is dropped). Anchored, bounded runs: linear.
 */
const slashMinute =
  /^(?:[a-z][.)]\s{1,3})?(\d{1,3}\/\d{1,3}\/\d{1,4}\/\d{1,3})(?:\s{1,3}[–—-]\s{0,3}|\s{0,3}[–—-]\s{1,3}|\s{1,3}|[–—-])(?=\p{L})/u

/**
 * Peels a minute ref of four slash-joined numbers opening an item, as a council's matters-arising list carries each
 * item under the minute that first raised it ("a. 4/16/512/3 Bus stop" → `4/16/512/3`); the sub-item's letter
 * before it is only the list's mark. Null when the cell does not open with one.
 *
 * @example
 * peelMinuteRef('c. 6/18/803/1 Village sign needs a new post') // { ref: '6/18/803/1', rest: 'Village sign needs a new post' }
 * peelMinuteRef('6/15/2020 Meeting') // null
 */
export function peelMinuteRef(text: string): PeeledRef | null {
  const match = slashMinute.exec(text)
  if (match === null) return null
  const rest = text.slice(match[0].length).trim()
  return rest === '' ? null : { ref: match[1]!, rest }
}
