import type { Item } from './Item'
import { isPunct, type Token } from './tokenize'

/**
 * The token after a line that holds only a dash, when a date ends the line before it and starts the line after
 * it, or null. Timelines print a span over three lines ("23 Oct 2023", "-", "30 Nov 2023"); the dash line joins
 * the two ends into one range, as "23 Oct 2023 - 30 Nov 2023" on one line does. `i` is the line break after the
 * first date; a dash line between lines of words (or after a line with no date) joins nothing.
 *
 * @example
 * ```ts
 * const ts = tokenize('Nov 2023\n-\nJune 2024')
 * dashLineAfter(ts, 2, scanSoFar) // 5: the tokens from 2 to 5 are one range word
 * ```
 */
export function dashLineAfter(ts: readonly Token[], i: number, items: readonly Item[]): number | null {
  // Indexes stay inside the tokens (reading past an array's end is slow in V8).
  if (i + 3 >= ts.length || !isPunct(ts[i + 1], '-') || ts[i + 2]?.kind !== 'break') return null
  const last = items.at(-1)
  if (last === undefined || last.to !== i || (last.type !== 'date' && last.type !== 'partial')) return null
  const next = ts[i + 3]
  return next !== undefined && (next.kind === 'num' || next.kind === 'word') ? i + 3 : null
}
