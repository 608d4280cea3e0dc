import { isPunct, type Token } from './tokenize'

/**
 * Whether the done word at i stands in a timeline's list item that closes with its own date in brackets: "- final
 * proposals submitted to government (28 November 2025)", "- consultation report published (July 2026)". The item
 * names a milestone and the bracket dates it, as a "Timeline" column's cell does; the participle describes the
 * milestone, it does not report it done. The line starts with a list dash, and the bracket (a date inside, no words
 * after it on the line) comes after the word, and words name the milestone before it ("- Approved (May 2019)" alone is
 * a status, done).
 *
 * @example
 * ```ts
 * listItemMilestone(tokenize('- plan submitted to council (June 2026)'), 2) // true
 * listItemMilestone(tokenize('Plan submitted to council in June 2026'), 1) // false
 * ```
 */
export function listItemMilestone(ts: readonly Token[], i: number): boolean {
  let k = i - 1
  while (k >= 0 && ts[k]?.kind !== 'break') k--
  // The item names what is done before the word: "- Approved (May 2019)" alone is a status.
  if (!isPunct(ts[k + 1], '-') || k + 2 >= i) return false
  let end = i + 1
  while (end < ts.length && ts[end]?.kind !== 'break') end++
  let last = end - 1
  if (isPunct(ts[last], '.')) last--
  if (!isPunct(ts[last], ')')) return false
  let open = last - 1
  while (open > i && !isPunct(ts[open], '(')) open--
  if (open <= i) return false
  for (let j = open + 1; j < last; j++) if ((ts[j] as Token).kind === 'num') return true
  return false
}
