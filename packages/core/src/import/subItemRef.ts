import { ITEM_NUMBER } from './itemMark'

const numberedRef = new RegExp(String.raw`^${ITEM_NUMBER}(?:\.\d{1,3}){0,3}$`)
const letterRef = /^[a-z]$/i
// A sub-item under a dotted number is numbered 1 to 99 ("1.2", then "1.", "2."): a longer number there is the
// next item of the outer list, a count or a year, deliberately not a sub-item.
const wholeNumber = /^\d{1,2}$/

/**
 * The full ref of an item numbered afresh under a numbered parent that is not an action itself: lettered items
 * under a number ("1", then "a", "b": `1a`, `1b`) or numbered items under a dotted number ("1.1", then "1.",
 * "2.": `1.1.1`, `1.1.2`), as a reader cites them. Null when `ref` is not such an item of `parentRef` (a
 * number under a plain number, "2" under "1", is the next item of the same list).
 *
 * @example
 * subItemRef('1', 'a') // '1a'
 * subItemRef('1.2', '3') // '1.2.3'
 * subItemRef('1', '2') // null
 */
export function subItemRef(parentRef: string, ref: string): string | null {
  if (!numberedRef.test(parentRef)) return null
  if (letterRef.test(ref)) return `${parentRef}${ref}`
  if (wholeNumber.test(ref) && parentRef.includes('.')) return `${parentRef}.${ref}`
  return null
}

/**
 * True when `ref` is the first item of a list numbered afresh under `parentRef` ("a" or "1"): the parent heads
 * the items below it.
 *
 * @example
 * startsSubItems('1', 'a') // true
 * startsSubItems('1', 'b') // false
 */
export function startsSubItems(parentRef: string, ref: string): boolean {
  return (ref === 'a' || ref === 'A' || ref === '1') && subItemRef(parentRef, ref) !== null
}
