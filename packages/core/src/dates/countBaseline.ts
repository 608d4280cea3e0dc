import type { Item } from './Item'
import { isNum, isPunct, isWord, type Token } from './tokenize'

/**
 * Whether the date at [from, to) stands in brackets right after a count that follows "from": "increase the number
 * of members from 32 (01/07/14) to 100 by (01/07/15)". The bracket dates the count the target starts from (a
 * baseline), not a deadline; the target is the date after "by".
 *
 * @example
 * ```ts
 * const ts = tokenize('from 32 (July 2014) to 100 by July 2015')
 * countBaseline(ts, 3, 5) // true
 * ```
 */
export function countBaseline(ts: readonly Token[], from: number, to: number): boolean {
  // Indexes stay inside the tokens (reading past an array's ends is slow in V8), and most dates stand first.
  if (from < 3 || to >= ts.length) return false
  return (
    isPunct(ts[from - 1], '(') &&
    isPunct(ts[to], ')') &&
    isNum(ts[from - 2]) &&
    !(ts[from - 2] as Token).ordinal &&
    isWord(ts[from - 3], 'from')
  )
}

/**
 * Drops the done words on the current line (after the last break): in a target that moves a count from a baseline
 * ("retailers signed up from 32 (July 2014) to 100 by July 2015") a participle describes what is counted, it does not
 * report work done.
 *
 * @example
 * ```ts
 * dropDoneWordsOnLine(items) // items without the line's 'completed' words
 * ```
 */
export function dropDoneWordsOnLine(items: Item[]): void {
  let k = items.length
  while (k > 0 && items[k - 1]?.type !== 'break') k--
  for (let j = items.length - 1; j >= k; j--) {
    const item = items[j] as Item
    if (item.type === 'word' && item.word === 'completed') items.splice(j, 1)
  }
}
