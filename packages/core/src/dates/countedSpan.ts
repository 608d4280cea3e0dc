import { addDays } from './calendar'
import { changeSpan, dateItem, type Item } from './Item'
import { NUMBER_WORDS } from './lexicon'
import { type SpanUnit, spanEnd } from './match/relative'
import { isPunct, type Token } from './tokenize'

// "3 days commencing 22nd August", "the 2 years beginning 1 January 2019", "6 weeks starting 4 May 2021": a count of
// days, weeks, months or years that starts on a given day is one window, from that day to the last day of the count.

const UNITS: ReadonlyMap<string, SpanUnit> = new Map([
  ['day', 'day'],
  ['days', 'day'],
  ['week', 'week'],
  ['weeks', 'week'],
  ['month', 'month'],
  ['months', 'month'],
  ['year', 'year'],
  ['years', 'year'],
])

/** Words between a count and the day it starts on. */
const COUNT_START_WORDS: ReadonlySet<string> = new Set(['commencing', 'beginning', 'starting', 'from'])

/**
 * The count and unit right before the start word at i ("3 days" before "commencing"), or null.
 *
 * @example
 * ```ts
 * countBeforeStartWord(tokenize('3 days commencing 22nd August'), 2) // { count: 3, unit: 'day' }
 * ```
 */
export function countBeforeStartWord(
  ts: readonly Token[],
  i: number,
): { count: number; unit: SpanUnit } | null {
  const word = ts[i]
  if (word?.kind !== 'word' || !COUNT_START_WORDS.has(word.lower)) return null
  return countBefore(ts, i)
}

/** Words after a count that start it the day after a given day: "36 months after 26.2.2021". */
const COUNT_AFTER_WORDS: ReadonlySet<string> = new Set(['after', 'following'])

/** At most this many words may name the event between "after" and its bracketed day. */
const EVENT_WORDS = 12

/**
 * The count before "after" that a day at `from` ends ("6 months after 1 March 2022"), also across the words of an
 * event dated in brackets ("6 months after the board's approval (1 March 2022)"), with the index of the count.
 */
function countAfterDay(
  ts: readonly Token[],
  from: number,
): { count: number; unit: SpanUnit; at: number } | null {
  let i = from - 1
  if (isPunct(ts[i], '(')) {
    i--
    for (
      let n = 0;
      n < EVENT_WORDS &&
      !isAfterWord(ts[i]) &&
      (ts[i]?.kind === 'word' || isPunct(ts[i], '-') || isPunct(ts[i], "'"));
      n++
    )
      i--
  }
  if (!isAfterWord(ts[i])) return null
  const counted = countBefore(ts, i)
  return counted === null ? null : { ...counted, at: i - 2 }
}

const isAfterWord = (t: Token | undefined): boolean => t?.kind === 'word' && COUNT_AFTER_WORDS.has(t.lower)

/** The count and unit right before i ("3 days"), or null. */
function countBefore(ts: readonly Token[], i: number): { count: number; unit: SpanUnit } | null {
  const unit = UNITS.get(ts[i - 1]?.lower ?? '')
  const n = ts[i - 2]
  if (unit === undefined || n === undefined) return null
  const count = n.kind === 'num' && !n.ordinal ? n.value : (NUMBER_WORDS.get(n.lower) ?? 0)
  return count >= 1 && count <= 99 ? { count, unit } : null
}

/**
 * The items of a segment with each single day that a count starts on ("3 days commencing 22 August 2017") made the
 * window of the count: kind `range`, from that day to the count's last day. Run after every day has its year.
 *
 * @example
 * ```ts
 * stretchCountedSpans(items, tokenize('2 years beginning 1 January 2019')) // one range, 2019-01-01 … 2020-12-31
 * ```
 */
export function stretchCountedSpans(items: Item[], ts: readonly Token[]): Item[] {
  for (let k = 0; k < items.length; k++) {
    const item = items[k] as Item
    // A count needs three tokens before the day; indexes stay inside the tokens (reading past them is slow in V8).
    if (item.type !== 'date' || item.from < 3 || item.span.precision !== 'day' || item.span.range) continue
    const counted = countBeforeStartWord(ts, item.from - 1)
    if (counted === null) {
      // "36 months after 26.2.2021": the count runs from the day after, and its last day is the deadline.
      const after = countAfterDay(ts, item.from)
      if (after === null) continue
      const start = addDays(item.span.start, 1)
      const end = spanEnd(start, after)
      items[k] = dateItem(changeSpan(item.span, { start, end, range: true }), after.at, item.to)
      continue
    }
    const end = spanEnd(item.span.start, counted)
    items[k] = dateItem(changeSpan(item.span, { end, range: true }), item.from - 3, item.to)
    // The start word opens no work of its own: it says where the count begins.
    const before = items[k - 1]
    if (
      before?.type === 'word' &&
      before.to === item.from &&
      (before.word === 'started' || before.word === 'from')
    ) {
      items.splice(k - 1, 1)
      k--
    }
  }
  return items
}
