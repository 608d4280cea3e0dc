import type { Frequency } from '../Item'
import { MONTHS, NAMED_TERMS, NUMBER_WORDS, SEASONS, WEEKDAYS } from '../lexicon'
import { isNum, isPunct, isWord, type Token } from '../tokenize'
import { academicYearWords } from './academic'
import { financialYearWords } from './financial'

// Words that make a target recurring, and how often it comes round: "annually", "(annually)", "every
// October", "each spring term", "annually in May", "bi-monthly", "twice a year", "termly", "each semester".
// The date they qualify, if any, is matched separately; `toTargetDate` puts the two together.

type Tokens = readonly Token[]

/** Words that make a target recurring on their own, and how often. */
const FREQUENCY_WORDS: ReadonlyMap<string, Frequency> = new Map([
  ['annually', 'year'],
  ['annual', 'year'],
  ['yearly', 'year'],
  ['biannually', 'half'],
  ['biannual', 'half'],
  ['quarterly', 'quarter'],
  ['bimonthly', 'two-months'],
  ['monthly', 'month'],
  ['termly', 'term'],
  ['biennially', 'none'],
  ['biennial', 'none'],
  ['weekly', 'none'],
  ['fortnightly', 'none'],
  ['daily', 'none'],
  ['recurring', 'none'],
])

/** Units after "every"/"each"/"per"/"a": "each year", "every term", "twice a year", "per annum". */
const UNIT_FREQUENCIES: ReadonlyMap<string, Frequency> = new Map([
  ['year', 'year'],
  ['years', 'year'],
  ['annum', 'year'],
  ['session', 'year'],
  ['month', 'month'],
  ['months', 'month'],
  ['term', 'term'],
  ['terms', 'term'],
  ['semester', 'semester'],
  ['semesters', 'semester'],
  ['quarter', 'quarter'],
  ['quarters', 'quarter'],
  ['week', 'none'],
  ['weeks', 'none'],
  ['cycle', 'none'],
])

/** "every N months": how often, for the counts that divide a year evenly. */
function everyMonths(count: number): Frequency {
  if (count === 1) return 'month'
  if (count === 2) return 'two-months'
  if (count === 3) return 'quarter'
  if (count === 6) return 'half'
  if (count === 12) return 'year'
  return 'none'
}

/** A count right before i ("two per year", "3 per term"). */
function countBefore(ts: Tokens, i: number): boolean {
  const t = ts[i - 1]
  return t !== undefined && ((isNum(t) && !t.ordinal) || NUMBER_WORDS.has(t.lower))
}

/** "by" within the next six tokens, before any break. */
function byAhead(ts: Tokens, i: number): boolean {
  for (let k = i; k < i + 6 && k < ts.length; k++) {
    const t = ts[k]
    if (t?.kind === 'break') return false
    if (isWord(t, 'by')) return true
  }
  return false
}

/** How many times a year "twice"/"once"/"three times" stands for, per unit. */
function timesPer(times: number, unit: Frequency): Frequency {
  if (times === 1) return unit
  if (unit === 'year' && times === 2) return 'half'
  if (unit === 'year' && times === 4) return 'quarter'
  if (unit === 'year' && times === 12) return 'month'
  return 'none'
}

const EVERY_WORDS: ReadonlySet<string> = new Set(['every', 'each', 'per'])

/** Every word a recurring phrase can start with: `scan` only tries `matchRecurring` at these. */
export const RECURRING_STARTS: ReadonlySet<string> = new Set([
  ...FREQUENCY_WORDS.keys(),
  ...EVERY_WORDS,
  'bi',
  'half',
  'six',
  'once',
  'twice',
  ...NUMBER_WORDS.keys(),
])

/** A word that names a yearly date on its own ("every October", "each spring term", "every Summer"). */
const namesYearlyDate = (t: Token | undefined): boolean =>
  t?.kind === 'word' && (MONTHS.has(t.lower) || SEASONS.has(t.lower) || NAMED_TERMS.has(t.lower))

/** Meetings and cycles a plan reports at: "each meeting", "every research staff forum", "each intake". */
const EVENT_WORDS: ReadonlySet<string> = new Set([
  'meeting',
  'meetings',
  'forum',
  'forums',
  'committee',
  'board',
  'panel',
  'cycle',
  'round',
  'intake',
  'cohort',
  'session',
  'event',
  'visit',
  'review',
])

/** The token after an event word within the next three words at i ("research staff forum"), or null. */
function eventAfter(ts: Tokens, i: number): number | null {
  for (let j = i; j < i + 3; j++) {
    const t = ts[j]
    if (t?.kind !== 'word') return null
    if (EVENT_WORDS.has(t.lower)) return j + 1
  }
  return null
}

/** Dated events a plan counts per year: "two application deadlines a year", "three funding rounds per year". */
const COUNTED_EVENTS: ReadonlySet<string> = new Set([
  'deadlines',
  'rounds',
  'calls',
  'intakes',
  'cohorts',
  'meetings',
  'reviews',
  'reports',
  'submissions',
  'windows',
])

/**
 * "two application deadlines a year", "four committee meetings per year": a count, at most one word, a plural of
 * `COUNTED_EVENTS`, then "a", "per" or "each" year. As often as "twice a year" ("three" a year recurs on no window
 * the conventions date).
 */
function countedEventsAYear(ts: Tokens, i: number): { frequency: Frequency; next: number } | null {
  const times = NUMBER_WORDS.get(ts[i]?.lower ?? '')
  if (times === undefined) return null
  let j = i + 1
  if (!COUNTED_EVENTS.has(ts[j]?.lower ?? '')) j++
  if (!COUNTED_EVENTS.has(ts[j]?.lower ?? '')) return null
  const per = ts[j + 1]?.lower
  if (per !== 'a' && per !== 'per' && per !== 'each') return null
  if (UNIT_FREQUENCIES.get(ts[j + 2]?.lower ?? '') !== 'year') return null
  return { frequency: timesPer(times, 'year'), next: j + 3 }
}

/**
 * The recurring phrase at i and how often it comes round, with the token after it; null when there is none.
 *
 * @example
 * ```ts
 * matchRecurring(tokenize('twice a year'), 0) // { frequency: 'half', next: 3 }
 * ```
 */
export function matchRecurring(ts: Tokens, i: number): { frequency: Frequency; next: number } | null {
  const t = ts[i]
  if (t?.kind !== 'word') return null
  const w = t.lower
  const n = ts[i + 1]
  const word = FREQUENCY_WORDS.get(w)
  if (word !== undefined) return { frequency: word, next: i + 1 }
  // "half termly", "half-termly": half terms are not in the conventions, so the cell recurs with no date.
  if (w === 'half' && isWord(n, 'termly')) return { frequency: 'none', next: i + 2 }
  if (w === 'half' && isPunct(n, '-') && isWord(ts[i + 2], 'termly'))
    return { frequency: 'none', next: i + 3 }
  // "bi-monthly", "bi-annually", "half-yearly", "six-monthly"
  if ((w === 'bi' || w === 'half' || w === 'six') && isPunct(n, '-')) {
    const after = ts[i + 2]?.lower ?? ''
    if (w === 'bi' && after === 'monthly') return { frequency: 'two-months', next: i + 3 }
    if (w === 'bi' && (after === 'annually' || after === 'annual')) return { frequency: 'half', next: i + 3 }
    if (w === 'half' && after === 'yearly') return { frequency: 'half', next: i + 3 }
    if (w === 'six' && after === 'monthly') return { frequency: 'half', next: i + 3 }
    return null
  }
  if (EVERY_WORDS.has(w) && n !== undefined) {
    // "Two per year to be completed by September 2024": a pace of work before its deadline, not a recurrence.
    if (w === 'per' && countBefore(ts, i) && byAhead(ts, i + 2)) return null
    // "every October", "each spring term": the date after it says when; "every" alone is the recurring word.
    if (namesYearlyDate(n) && w !== 'per') return { frequency: 'year', next: i + 1 }
    // "each academic year", "every financial year": the year after it is read as a date, and recurs.
    if (academicYearWords(ts, i + 1) !== null || financialYearWords(ts, i + 1) !== null)
      return { frequency: 'year', next: i + 1 }
    if (isWord(n, 'other') && UNIT_FREQUENCIES.get(ts[i + 2]?.lower ?? '') === 'month') {
      return { frequency: 'two-months', next: i + 3 }
    }
    // "every other year", "every other term": recurs, but not in a window the conventions date.
    if (isWord(n, 'other') && UNIT_FREQUENCIES.has(ts[i + 2]?.lower ?? ''))
      return { frequency: 'none', next: i + 3 }
    const unit = UNIT_FREQUENCIES.get(n.lower)
    if (unit !== undefined) return { frequency: unit, next: i + 2 }
    // "every Thursday lunchtime": weekly, on no window the conventions date.
    if (w !== 'per' && WEEKDAYS.has(n.lower)) return { frequency: 'none', next: i + 2 }
    const count = isNum(n) && !n.ordinal ? n.value : NUMBER_WORDS.get(n.lower)
    const counted = UNIT_FREQUENCIES.get(ts[i + 2]?.lower ?? '')
    if (count !== undefined && counted !== undefined) {
      const frequency = counted === 'month' ? everyMonths(count) : count === 1 ? counted : 'none'
      return { frequency, next: i + 3 }
    }
    // "at each meeting", "for each research staff forum": recurs with the meetings, on no date of its own.
    const event = w === 'per' ? null : eventAfter(ts, i + 1)
    return event === null ? null : { frequency: 'none', next: event }
  }
  const times = w === 'once' ? 1 : w === 'twice' ? 2 : NUMBER_WORDS.get(w)
  if (times !== undefined && (w === 'once' || w === 'twice' || isWord(n, 'times'))) {
    let j = w === 'once' || w === 'twice' ? i + 1 : i + 2
    if (isWord(ts[j], 'yearly') || isWord(ts[j], 'annually'))
      return { frequency: timesPer(times, 'year'), next: j + 1 }
    if (!(isWord(ts[j], 'a') || isWord(ts[j], 'per') || isWord(ts[j], 'each') || isWord(ts[j], 'every')))
      return null
    j++
    const unit = UNIT_FREQUENCIES.get(ts[j]?.lower ?? '')
    if (unit === undefined) return null
    return { frequency: timesPer(times, unit), next: j + 1 }
  }
  return countedEventsAYear(ts, i)
}
