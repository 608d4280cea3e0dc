import { monthsWindow, splitIso } from '../calendar'
import { dateItem, type Frequency, type Item, makeSpan, partialItem, wordItem, type Yearless } from '../Item'
import { MONTH_NAMES, MONTHS, NAMED_TERMS, NUMBER_WORDS, SEASONS, WEEKDAYS } from '../lexicon'
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

/**
 * Verbs "regularly" after them makes a recurring task of: "and review regularly", "monitor regularly". A participle
 * ("Plan updated regularly" under a target line) reports how the work is kept, and the target line stays the reading.
 */
const REVIEW_WORDS: ReadonlySet<string> = new Set(['review', 'monitor', 'update', 'revisit'])

/** Every word a recurring phrase can start with: `scan` only tries `matchRecurring` at these. */
export const RECURRING_STARTS: ReadonlySet<string> = new Set([
  ...FREQUENCY_WORDS.keys(),
  ...EVERY_WORDS,
  'regularly',
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
    if (EVENT_WORDS.has(t.lower)) return namesMembers(ts, j + 1) ? null : j + 1
  }
  return null
}

/**
 * Whether "member" or "members" follows within four words of i: "Every board and executive team member must …" names
 * people of the board, not each board meeting.
 */
function namesMembers(ts: Tokens, i: number): boolean {
  for (let j = i; j < i + 4; j++) {
    const t = ts[j]
    if (t?.kind !== 'word') return false
    if (t.lower === 'member' || t.lower === 'members') return true
  }
  return false
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
  // "and review regularly", "monitor regularly": a review with no stated pace recurs on no window. Before the verb
  // ("be regularly reported to the Committee") it says how the work is done, and the cell keeps its dates.
  if (w === 'regularly')
    return REVIEW_WORDS.has(ts[i - 1]?.lower ?? '') ? { frequency: 'none', next: i + 1 } : null
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

/**
 * Two ways a cell names a time of year over several years, rewritten as `scan` reads the year that ends them, so the
 * usual joins read them:
 *
 * - "Spring, beginning in 2004", "June, starting 2019": a time of year with no year, then a start word and a year.
 *   The writer means that time of year, every year, from that year: [time of year, (comma), start word, year] become
 *   [recurring word, the time of year placed in that year], so the first occurrence is the target. "February onwards
 *   2016" ("onwards" looks forward from one date) becomes a start in February 2016 instead.
 * - "Annually: November and July 2016-2024": in a recurring cell, a month whose year opens a range of years names the
 *   month of every year in that range, not July 2016 to the end of 2024. The month loses its year (so the recurring
 *   reading places it at its next occurrence after the reference date) and the years are noted on it.
 *
 * `items` ends with the year just read (token `next` follows it); the items are changed in place when either form
 * is found.
 *
 * @example
 * ```ts
 * const ts = tokenize('Spring, beginning in 2004')
 * const items = scan(ts, settings) // read as [recurring word, Spring 2004]: scan calls timesOfYearBefore
 * ```
 */
export function timesOfYearBefore(items: Item[], ts: Tokens, next: number): void {
  const year = items.at(-1)
  if (year?.type !== 'date' || year.span.precision !== 'year' || year.span.range || items.length < 3) return
  // "Spring, beginning in 2004-2006": a range of years after the start word is another form.
  if (isPunct(ts[next], '-')) return
  const k = items.length - 1
  const before = items[k - 1] as Item
  if (before.type === 'word' && (before.word === 'started' || before.word === 'from')) eachYearFrom(items, ts)
  else if (before.type === 'word' && before.word === 'range') monthOverYears(items)
}

/** [time of year, (comma), start word, year] at the end of `items`, read as every year from that year. */
function eachYearFrom(items: Item[], ts: Tokens): void {
  const year = items.at(-1) as Item
  const start = items.at(-2) as Item
  const comma = items.at(-3)
  const listed = comma?.type === 'word' && comma.word === 'list' && comma.to - comma.from === 1
  const time = listed ? items.at(-4) : comma
  if (time?.type !== 'partial' || time.partial.unit === 'day' || time.partial.part !== undefined) return
  if (year.type !== 'date' || start.type !== 'word') return
  const first = Number(year.span.start.slice(0, 4))
  const { unit, month, name, warnings } = time.partial
  const window = monthsWindow(first, month, unit === 'season' ? 3 : 1)
  const precision = unit === 'season' ? 'season' : 'month'
  // "February onwards 2016": "onwards" looks forward from one date, February 2016; it says nothing of every year.
  const onwards = OPEN_AFTER.has(ts[start.from]?.lower ?? '')
  const note = onwards
    ? `${name} read in ${first}, the year after "${ts[start.from]?.lower}"`
    : `${name} every year from ${first}: the first one is the target`
  const span = makeSpan(window, precision, 0.8, [...warnings, note])
  const word: Item = onwards
    ? wordItem('started', time.from, time.to)
    : wordItem('recurring', time.from, time.to, 'year')
  items.splice(items.length - (listed ? 4 : 3), listed ? 4 : 3, word, dateItem(span, time.from, year.to))
}

/** [month with its year, range word, later year] at the end of a recurring cell's items, read as that month each year. */
function monthOverYears(items: Item[]): void {
  const end = items.at(-1) as Item
  const item = items.at(-3)
  if (item?.type !== 'date' || end.type !== 'date' || item.span.precision !== 'month' || item.span.range)
    return
  const [firstYear, month] = splitIso(item.span.start)
  const lastYear = Number(end.span.start.slice(0, 4))
  if (lastYear <= firstYear) return
  if (!items.some((x) => x.type === 'word' && x.word === 'recurring')) return
  const name = MONTH_NAMES[month] ?? ''
  const note = `${name} every year from ${firstYear} to ${lastYear}`
  const partial: Yearless = { unit: 'month', month, name, warnings: [...item.span.warnings, note] }
  items.splice(items.length - 3, 3, partialItem(partial, item.from, end.to))
}

/** Start words written after the time they start from ("February onwards 2016"). */
const OPEN_AFTER: ReadonlySet<string> = new Set(['onwards', 'onward'])
