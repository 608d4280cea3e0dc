import { addDays, dayExists, daysBetween, dayWindow, daysInMonth, monthsWindow, splitIso } from '../calendar'
import {
  changeSpan,
  dateItem,
  invalidItem,
  type Item,
  makeSpan,
  partialItem,
  type Span,
  type Yearless,
  unreadableItem,
} from '../Item'
import {
  LEAD_WORDS,
  LOWER_CASE_MONTHS,
  lookupMonth,
  MONTHS,
  MONTH_LEAD_WORDS,
  MONTH_NAMES,
  NAMED_TERMS,
  ORDINAL_WORDS,
  SEASONS,
  TENS_WORDS,
  WEEKDAYS,
  WINDOW_LEAD_WORDS,
} from '../lexicon'
import { type DateSettings, resolveTwoDigitYear } from '../readDateContext'
import { glued, isNum, isPunct, isWord, type Token, tokenBefore } from '../tokenize'
import { monthInAcademicYear } from './monthInAcademicYear'
import { matchRecurring } from './recurring'

// Days, months and years: "4 June 2018", "16/04/18", "2019-06-30", "Aug. 18", "June19", "06/2019", "2019",
// day ranges ("3–17 May 2021"), and the parts of a month ("early June", "first week of September",
// "w/c 4 June").

type Tokens = readonly Token[]

/** A year the text wrote, with the warning a two-digit year carries. */
interface YearRead {
  year: number
  next: number
  twoDigit: boolean
}

/** Four-digit years outside this span are not read as years (they are ids, amounts, typos). */
export const MIN_YEAR = 1990
export const MAX_YEAR = 2099

export const twoDigitWarning = (year: number): string => `two-digit year read as ${year}`

/**
 * A four-digit year at i (1990–2099), or a two-digit one written "'19", or (when allowed) a bare "19".
 *
 * @example
 * ```ts
 * readYear(tokenize("'19"), 0, readDateContext({}), false)?.year // 2019
 * ```
 */
export function readYear(
  ts: Tokens,
  i: number,
  settings: DateSettings,
  allowTwoDigit: boolean,
): YearRead | null {
  const t = ts[i]
  const n = ts[i + 1]
  if (isPunct(t, "'") && isNum(n) && n.digits === 2 && !n.ordinal) {
    return { year: resolveTwoDigitYear(n.value, settings), next: i + 2, twoDigit: true }
  }
  if (!isNum(t) || t.ordinal) return null
  if (t.digits === 4 && t.value >= MIN_YEAR && t.value <= MAX_YEAR)
    return { year: t.value, next: i + 1, twoDigit: false }
  if (allowTwoDigit && t.digits === 2) {
    return { year: resolveTwoDigitYear(t.value, settings), next: i + 1, twoDigit: true }
  }
  return null
}

/**
 * A year with a footnote mark glued after it, as text taken from a PDF writes "By July 2009²" ("By July 20092",
 * "20071"): five digits whose first four are a year (1990–2099) and whose last is 1–3, ending its line or clause.
 * Read as the year, with a warning naming the mark. A larger last digit, or more text glued on, is no year.
 *
 * @example
 * ```ts
 * readFootnotedYear(tokenize('20092'), 0) // { year: 2009, mark: 2 }
 * ```
 */
export function readFootnotedYear(ts: Tokens, i: number): { year: number; mark: number } | null {
  const t = ts[i]
  if (!isNum(t) || t.digits !== 5 || t.ordinal) return null
  const mark = t.value % 10
  const year = (t.value - mark) / 10
  if (mark < 1 || mark > 3 || year < MIN_YEAR || year > MAX_YEAR) return null
  const n = ts[i + 1]
  const ends =
    n === undefined ||
    n.kind === 'break' ||
    (n.kind === 'punct' && (n.lower === ')' || n.lower === ',' || n.lower === '.'))
  return ends ? { year, mark } : null
}

const footnoteWarning = (year: number, mark: number): string =>
  `read "${year}${mark}" as ${year} with footnote mark ${mark}`

/** Confidence for a plain reading, lowered for each reason to doubt it. */
export function confidenceFor(base: number, warnings: readonly string[]): number {
  return Math.max(0.1, Math.round((base - 0.1 * warnings.length) * 100) / 100)
}

function daySpan(year: number, month: number, day: number, warnings: string[]): Span {
  return makeSpan(dayWindow(year, month, day), 'day', confidenceFor(0.97, warnings), warnings)
}

function monthSpan(year: number, month: number, warnings: string[]): Span {
  return makeSpan(monthsWindow(year, month, 1), 'month', confidenceFor(0.95, warnings), warnings)
}

function missingDay(day: number, month: number, year: number): string {
  return month >= 1 && month <= 12
    ? `${day} ${MONTH_NAMES[month]} ${year} does not exist`
    : `month ${month} does not exist (dates are read day first; for US dates set numericDates to "month-first")`
}

/** A checked day: the date item, or an invalid item explaining why the day does not exist. */
function dayItem(
  year: number,
  month: number,
  day: number,
  warnings: string[],
  from: number,
  to: number,
): Item {
  if (dayExists(year, month, day)) return dateItem(daySpan(year, month, day, warnings), from, to)
  const alternatives: Span[] = []
  // "06/13/2019" only makes sense month first: offer it, but never as the reading (UK day-first, always).
  if (month > 12 && day <= 12 && dayExists(year, day, month)) {
    alternatives.push(
      daySpan(year, day, month, [
        ...warnings,
        'read month first, which UK dates never are: if the plan writes US dates, set numericDates to "month-first"',
      ]),
    )
  }
  return unreadableItem([...warnings, missingDay(day, month, year)], alternatives, from, to)
}

const NUMERIC_SEPARATORS: ReadonlySet<string> = new Set(['/', '.', '-'])

/**
 * "16/04/18", "4.6.2019", "2019-06-30", "06/2019", "2019-06".
 *
 * @example
 * ```ts
 * matchNumericDate(tokenize('16/04/18'), 0, readDateContext({})) // 16 April 2018
 * ```
 */
export function matchNumericDate(ts: Tokens, i: number, settings: DateSettings): Item | null {
  const a = ts[i]
  const sep = ts[i + 1]
  const b = ts[i + 2]
  if (!isNum(a) || a.ordinal || sep?.kind !== 'punct' || !NUMERIC_SEPARATORS.has(sep.lower) || !isNum(b))
    return null
  // Spaces are only tolerated around slashes; "2018 - 20" is a range, not a date.
  if (sep.lower !== '/' && (!glued(sep) || !glued(b))) return null
  const sep2 = ts[i + 3]
  const c = ts[i + 4]
  const three =
    isPunct(sep2, sep.lower) && isNum(c) && !c.ordinal && (sep.lower === '/' || (glued(sep2) && glued(c)))
  if (three && a.digits === 4 && b.digits <= 2 && c.digits <= 2 && sep.lower !== '.') {
    return dayItem(a.value, b.value, c.value, [], i, i + 5)
  }
  if (three && a.digits <= 2 && b.digits <= 2 && (c.digits === 2 || c.digits === 4)) {
    const warnings: string[] = []
    let year = c.value
    if (c.digits === 2) {
      year = resolveTwoDigitYear(c.value, settings)
      warnings.push(twoDigitWarning(year))
    }
    // A plan whose context says it writes month first ("5/1/2017" is May 1): the first number is the month.
    return settings.monthFirst
      ? dayItem(year, a.value, b.value, warnings, i, i + 5)
      : dayItem(year, b.value, a.value, warnings, i, i + 5)
  }
  if (three) return null
  const spaced = yearAfterSpace(ts, i, a, b, settings)
  if (spaced !== null) return spaced
  // Month and year: "06/2019" (UK), "2019-06" (ISO). A second number past the year's own two digits names a
  // later year ("2019-20" an academic year, "2007-10" the years 2007–2010), matched elsewhere.
  if (a.digits <= 2 && b.digits === 4 && sep.lower === '/' && a.value >= 1 && a.value <= 12) {
    if (b.value < MIN_YEAR || b.value > MAX_YEAR) return null
    return dateItem(monthSpan(b.value, a.value, []), i, i + 3)
  }
  if (a.digits === 4 && b.digits === 2 && sep.lower === '-' && b.value >= 1 && b.value <= 12) {
    if (a.value < MIN_YEAR || a.value > MAX_YEAR || b.value > a.value % 100) return null
    return dateItem(monthSpan(a.value, b.value, []), i, i + 3)
  }
  return sep.lower === '/' ? yearlessNumericDay(ts, i, a, b) : null
}

/**
 * "30/03 2024": a day and month in two digits each, joined by a slash, then the year after a space where a second
 * slash belongs (as a statement typed by hand writes "We plan to fix this by 30/03 2024"). Read day first, as
 * "30/03/2024" is, with a warning; a year range after it ("2024/25") or a day that does not exist is not read so.
 */
function yearAfterSpace(ts: Tokens, i: number, a: Token, b: Token, settings: DateSettings): Item | null {
  const year = ts[i + 3]
  if (a.digits !== 2 || b.digits !== 2 || !glued(ts[i + 1]) || !glued(b)) return null
  if (!isNum(year) || year.digits !== 4 || year.ordinal || glued(year)) return null
  if (year.value < MIN_YEAR || year.value > MAX_YEAR) return null
  const after = ts[i + 4]
  if (glued(after) && (isPunct(after, '/') || isPunct(after, '-') || isNum(after))) return null
  const [month, day] = settings.monthFirst ? [a.value, b.value] : [b.value, a.value]
  if (month < 1 || month > 12 || !dayExists(year.value, month, day)) return null
  const warning = `read "${a.lower}/${b.lower} ${year.value}" as one date, its second slash missing`
  return dayItem(year.value, month, day, [warning], i, i + 4)
}

/** Deadline words a day and month written in numbers may follow with no year: "by 29/01", "(to 19/01)". */
const NUMERIC_DAY_LEADS: ReadonlySet<string> = new Set(['by', 'to', 'until', 'till', 'on', 'before'])

/**
 * "by 29/01", "consultation (to 19/01)": two two-digit numbers joined by a slash, day first, after a deadline word,
 * are a day of a month with no year, placed like "by 29 January". A fraction or a score ("by 1/3", "scored 10/12")
 * has neither that shape nor that lead.
 */
function yearlessNumericDay(ts: Tokens, i: number, a: Token, b: Token): Item | null {
  if (a.digits !== 2 || b.digits !== 2 || !glued(ts[i + 1]) || !glued(b)) return null
  if (!NUMERIC_DAY_LEADS.has(ts[i - 1]?.lower ?? '') || isNum(ts[i + 3]) || isPunct(ts[i + 3], '/'))
    return null
  if (b.value < 1 || b.value > 12 || !dayExists(2000, b.value, a.value)) return null
  return dayPartial(b.value, a.value, undefined, [], i, i + 3)
}

/** A month word at i: exact, or a misspelling when a number follows (so prose like "match" stays prose). */
function monthAt(ts: Tokens, i: number): { month: number; warnings: string[]; next: number } | null {
  const t = ts[i]
  if (t?.kind !== 'word') return null
  let next = i + 1
  if (isPunct(ts[next], '.') && glued(ts[next])) next++
  const found = lookupMonth(t.lower, isNum(ts[next]) || isNum(ts[next + 1]))
  if (found === null) return null
  const warnings = found.fuzzy ? [`read "${t.lower}" as ${MONTH_NAMES[found.month]}`] : []
  return { month: found.month, warnings, next }
}

/**
 * Whether the month or season at i is the first of a pair that ends in a year: "spring and summer of 2021", "May &
 * June 2021". The year written once is shared by both ("Lists share a year"), so the first may stand without one
 * wherever it is written ("continued through the spring and summer of 2021").
 *
 * @example
 * ```ts
 * pairEndsInYear(tokenize('through the spring and summer of 2021'), 2) // true
 * pairEndsInYear(tokenize('spring and summer'), 0) // false
 * ```
 */
export function pairEndsInYear(ts: Tokens, i: number): boolean {
  const link = ts[i + 1]
  if (!isWord(link, 'and') && !isPunct(link, '&')) return false
  const other = ts[i + 2]
  if (other?.kind !== 'word' || !(MONTHS.has(other.lower) || SEASONS.has(other.lower))) return false
  const y = isWord(ts[i + 3], 'of') ? ts[i + 4] : ts[i + 3]
  return isNum(y) && y.digits === 4 && !y.ordinal
}

/**
 * Whether a month or season named without a year may stand as a date here ("by June", not "we may"): after
 * one of `leads` (a month passes `MONTH_LEAD_WORDS`), or "the" after one or after a window word ("over the
 * summer", `WINDOW_LEAD_WORDS`), or at the start of a segment.
 */
export function yearlessAllowed(ts: Tokens, i: number, leads: ReadonlySet<string> = LEAD_WORDS): boolean {
  const t = ts[i]
  if (t === undefined) return false
  if ((t.lower === 'may' || t.lower === 'march') && !t.capital) return false
  const before = tokenBefore(ts, i)
  if (before === undefined || before.kind === 'break') return true
  if (before.kind === 'punct') return before.lower !== "'"
  // "services in Mayo", "ask Julio": a month name its language writes in lower case, capitalised after a word.
  if (t.capital && LOWER_CASE_MONTHS.has(t.lower)) return false
  // "in the autumn", "by the summer", "over the summer": "the" after a lead word or a window word; "for the Summer
  // School" stays prose.
  if (before.lower === 'the') {
    const lead = tokenBefore(ts, i, 2)?.lower ?? ''
    return leads.has(lead) || WINDOW_LEAD_WORDS.has(lead)
  }
  return leads.has(before.lower)
}

/** A day of the month at i: "4", "4th", "the first", "twenty-first"; with the token after it. */
function readDay(ts: Tokens, i: number): { day: number; next: number } | null {
  const t = ts[i]
  if (t?.kind === 'num')
    return t.digits <= 2 && t.value >= 1 && t.value <= 31 ? { day: t.value, next: i + 1 } : null
  if (t?.kind !== 'word') return null
  const tens = TENS_WORDS.get(t.lower)
  if (tens !== undefined) {
    const j = isPunct(ts[i + 1], '-') ? i + 2 : i + 1
    const unit = ts[j]?.kind === 'word' ? ORDINAL_WORDS.get(ts[j]?.lower ?? '') : undefined
    if (unit !== undefined && unit < 10 && tens + unit <= 31) return { day: tens + unit, next: j + 1 }
    return null
  }
  const ordinal = ORDINAL_WORDS.get(t.lower)
  // A spelled ordinal is a day only with "of" and a month after it ("the first of April").
  if (ordinal !== undefined && isWord(ts[i + 1], 'of')) return { day: ordinal, next: i + 1 }
  return null
}

/** The words that may join two days of one month ("3–17 May", "12th to 14th Sept", "Mon 17 - Sat 22 July"). */
const DAY_RANGE_LINKS: ReadonlySet<string> = new Set(['-', 'to', 'until', 'till'])

/** Words that join a month-first day to a later month's day: "Sept. 29 to Oct. 3", "Aug 30 through Sept 3". */
const MONTH_RANGE_WORDS: ReadonlySet<string> = new Set(['to', 'until', 'till', 'through', 'thru'])

/** A four-digit number with no ordinal ending, as a year after "of" is written ("August of 2010"). */
const isFourDigits = (t: Token | undefined): boolean => isNum(t) && t.digits === 4 && !t.ordinal

/** The word that joins a day to its month or a month to its year: "4th of June", "August of 2010", and Spanish "de"
 * ("15 de marzo de 2024"). */
const isOfWord = (t: Token | undefined): boolean => isWord(t, 'of') || isWord(t, 'de')

/** A weekday's name ("Sunday", "Sat"), as written before a day. */
const isWeekday = (t: Token | undefined): boolean => t?.kind === 'word' && WEEKDAYS.has(t.lower)

/** The day after a range link at i ("- 17", "to Sat 22"), or null. */
function readSecondDay(ts: Tokens, i: number): { day: number; next: number } | null {
  const link = ts[i]
  if (link === undefined || !DAY_RANGE_LINKS.has(link.lower)) return null
  let j = i + 1
  if (ts[j]?.kind === 'word' && WEEKDAYS.has(ts[j]?.lower ?? '')) j++
  const day = readDay(ts, j)
  return day !== null && isNum(ts[j]) ? day : null
}

/**
 * "4 June 2018", "4th of June", "the first of April", "4-Jun-18", "5thNov 2019" (a day then a month,
 * optionally a year), and day ranges inside one month: "3–17 May 2021", "12th-14th Sept".
 *
 * @example
 * ```ts
 * matchDayMonth(tokenize('3–17 May 2021'), 0, readDateContext({})) // a range, 3 to 17 May 2021
 * ```
 */
export function matchDayMonth(ts: Tokens, i: number, settings: DateSettings): Item | null {
  const first = readDay(ts, i)
  if (first === null) return null
  let j = first.next
  const alternative = dayBeforeAlternative(ts, i, j)
  if (alternative !== null) return alternative
  const second = readSecondDay(ts, j)
  if (second !== null) j = second.next
  const dashed = second === null && isPunct(ts[j], '-') && glued(ts[j])
  if (dashed || isPunct(ts[j], '/')) j++
  if (isOfWord(ts[j])) j++
  const month = monthAt(ts, j)
  if (month === null) return null
  j = month.next
  if (isOfWord(ts[j]) && isFourDigits(ts[j + 1])) j++
  // "4 June-19" is June 2019; "5 April–17 May" is a range of days, the 17 being the next month's day.
  const dayOfNextMonth = isPunct(ts[j], '-') && isDayNumber(ts[j + 1]) && monthAt(ts, j + 2) !== null
  if (!dayOfNextMonth && (isPunct(ts[j], ',') || (isPunct(ts[j], '-') && glued(ts[j])))) {
    if (readYear(ts, j + 1, settings, true) !== null) j++
  }
  const year = dayOfNextMonth ? null : readYear(ts, j, settings, true)
  const name = `${first.day} ${MONTH_NAMES[month.month]}`
  if (year === null) {
    const partial: Yearless = {
      unit: 'day',
      month: month.month,
      day: first.day,
      name,
      warnings: month.warnings,
    }
    if (second !== null) partial.lastDay = second.day
    return partialItem(partial, i, month.next)
  }
  // monthAt's warnings are this match's own array.
  const warnings = month.warnings
  if (year.twoDigit) warnings.push(twoDigitWarning(year.year))
  if (second === null) return dayItem(year.year, month.month, first.day, warnings, i, year.next)
  return dayRangeItem(year.year, month.month, first.day, second.day, warnings, i, year.next)
}

/** The words that offer another day of the same month: "22 or 23 June", "June 22 and 23, 2022". */
const ALTERNATIVE_DAY_LINKS: ReadonlySet<string> = new Set(['or', 'and', '&'])

/**
 * The month that ends a list of days starting with a link at j: "or 23 June", ", 5 ,13 November", ", 5 and
 * 13 November"; null when the list does not end in a month (or is no list).
 */
function monthAfterDayList(ts: Tokens, j: number): ReturnType<typeof monthAt> {
  for (let days = 0; days < 31; days++) {
    const link = ts[j]
    if (link === undefined || !(ALTERNATIVE_DAY_LINKS.has(link.lower) || isPunct(link, ','))) return null
    let k = j + 1
    if (isPunct(link, ',') && ALTERNATIVE_DAY_LINKS.has(ts[k]?.lower ?? '')) k++
    if (!isDayNumber(ts[k])) return null
    const month = monthAt(ts, isWord(ts[k + 1], 'of') ? k + 2 : k + 1)
    if (month !== null) return month
    j = k + 1
  }
  return null
}

/** A number token that can be a day of a month (1–31, at most two digits). */
const isDayNumber = (t: Token | undefined): t is Token =>
  isNum(t) && t.digits <= 2 && t.value >= 1 && t.value <= 31

/**
 * "22 or 23 June 2022", "3rd and 4th March": a day number at i followed by a link, then a day number with the
 * month after it. The first day is read alone (a partial in that month, to `next`); the second is matched
 * on its own, and `toTargetDate` gives the first its year. Null for anything else.
 */
function dayBeforeAlternative(ts: Tokens, i: number, next: number): Item | null {
  const day = ts[i]
  if (!isDayNumber(day)) return null
  const month = monthAfterDayList(ts, next)
  if (month === null) return null
  const name = `${day.value} ${MONTH_NAMES[month.month]}`
  return partialItem(
    { unit: 'day', month: month.month, day: day.value, name, warnings: month.warnings },
    i,
    next,
  )
}

/**
 * "June 22 or 23": a lone day number after a day of a month and "or" / "and" / "&" is another day of that
 * month; a year after it (", 2022") dates it. `before` is what `scan` has found so far. Null otherwise.
 *
 * @example
 * ```ts
 * // after "June 22" (a day without a year) and "or":
 * matchAlternativeDay(tokenize('June 22 or 23'), 3, items, readDateContext({})) // 23 June, no year yet
 * ```
 */
export function matchAlternativeDay(
  ts: Tokens,
  i: number,
  before: readonly Item[],
  settings: DateSettings,
): Item | null {
  const t = ts[i]
  const link = before.at(-1)
  const day = before.at(-2)
  if (!isDayNumber(t) || link?.type !== 'word' || link.word !== 'list' || link.to !== i) return null
  if (!ALTERNATIVE_DAY_LINKS.has(ts[link.from]?.lower ?? '')) return null
  if (day?.type !== 'partial' || day.partial.unit !== 'day' || day.partial.lastDay !== undefined) return null
  if (day.partial.part !== undefined) return null
  const month = day.partial.month
  const k = isPunct(ts[i + 1], ',') ? i + 2 : i + 1
  const year = readYear(ts, k, settings, false)
  if (year !== null) {
    const warnings = year.twoDigit ? [twoDigitWarning(year.year)] : []
    return dayItem(year.year, month, t.value, warnings, i, year.next)
  }
  const name = `${t.value} ${MONTH_NAMES[month]}`
  return partialItem({ unit: 'day', month, day: t.value, name, warnings: [] }, i, i + 1)
}

/** Days `first` to `last` of one month, both checked, as a range. */
function dayRangeItem(
  year: number,
  month: number,
  first: number,
  last: number,
  warnings: string[],
  from: number,
  to: number,
): Item {
  for (const day of [first, last]) {
    if (!dayExists(year, month, day)) return dayItem(year, month, day, warnings, from, to)
  }
  if (last < first) return invalidItem('the range ends before it starts', from, to)
  const span = makeSpan(
    { start: dayWindow(year, month, first).start, end: dayWindow(year, month, last).end },
    'day',
    confidenceFor(0.95, warnings),
    warnings,
    true,
  )
  return dateItem(span, from, to)
}

/**
 * A month first: "June 4th 2019" (a day), "August 2020", "Aug. 18" and "June19" (month and two-digit year,
 * with the day reading as an alternative), or a month alone ("by June").
 *
 * @example
 * ```ts
 * matchMonthFirst(tokenize('Aug. 18'), 0, readDateContext({})) // August 2018; 18 August as the alternative
 * ```
 */
export function matchMonthFirst(ts: Tokens, i: number, settings: DateSettings): Item | null {
  const month = monthAt(ts, i)
  if (month === null) return null
  let j = month.next
  // monthAt's warnings are this match's own array; nothing is added to it before the last use below.
  const warnings = month.warnings
  // A column whose numbers after a month are years ("Aug 18", "June 22") keeps them years.
  const yearsAfterMonth = settings.numberAfterMonthSet && settings.numberAfterMonth === 'year'
  const n = ts[j]
  // "June 4th 2019", "June 20, 2019": a day, because a year follows.
  if (isNum(n) && n.digits <= 2 && n.value >= 1 && n.value <= 31) {
    let k = j + 1
    if (isPunct(ts[k], ',')) k++
    const year = readYear(ts, k, settings, false)
    if (year !== null) return dayItem(year.year, month.month, n.value, warnings, i, year.next)
    // "June 22 or 23": another day follows, so this is a day (unless the column writes years there).
    const link = ts[j + 1]
    if (!yearsAfterMonth && link !== undefined && ALTERNATIVE_DAY_LINKS.has(link.lower)) {
      if (isDayNumber(ts[j + 2]) && monthAt(ts, j + 3) === null) {
        return dayPartial(month.month, n.value, undefined, warnings, i, j + 1)
      }
    }
  }
  if ((isPunct(n, ',') || isPunct(n, '-')) && isNum(ts[j + 1])) j++
  // "August of 2010", "marzo de 2024": "of" before a four-digit year joins it to the month.
  if (isOfWord(n) && isFourDigits(ts[j + 1])) j++
  // "by July 2014/15": the month inside that academic year.
  const inYear = monthInAcademicYear(ts, j, month.month, settings)
  if (inYear !== null) {
    warnings.push(`${MONTH_NAMES[month.month]} read inside academic year ${inYear.label}: ${inYear.year}`)
    return dateItem(monthSpan(inYear.year, month.month, warnings), i, inYear.next)
  }
  // A four-digit year, or a two-digit one written with an apostrophe ("June '20").
  const year = readYear(ts, j, settings, false)
  if (year !== null) {
    if (year.twoDigit) warnings.push(twoDigitWarning(year.year))
    return dateItem(monthSpan(year.year, month.month, warnings), i, year.next)
  }
  const footnoted = readFootnotedYear(ts, j)
  if (footnoted !== null) {
    warnings.push(footnoteWarning(footnoted.year, footnoted.mark))
    const span = monthSpan(footnoted.year, month.month, warnings)
    span.confidence = 0.7
    return dateItem(span, i, j + 1)
  }
  const m = ts[j]
  const days = monthFirstDays(ts, j, settings)
  if (days !== null) {
    const { first, last, next } = days
    if (last === undefined) return dayPartial(month.month, first, undefined, warnings, i, next)
    let k = next
    if (isPunct(ts[k], ',')) k++
    const y = readYear(ts, k, settings, false)
    if (y !== null) return dayRangeItem(y.year, month.month, first, last, warnings, i, y.next)
    return dayPartial(month.month, first, last, warnings, i, next)
  }
  if (isNum(m) && (m.ordinal || m.digits === 1) && m.value >= 1 && m.value <= 31)
    return dayPartial(month.month, m.value, undefined, warnings, i, j + 1)
  if (isNum(m) && m.digits === 2 && !m.ordinal) {
    // "February 15 – every other year", "October 15 annually": a date that recurs names a day of the year.
    if (!yearsAfterMonth && m.value >= 1 && m.value <= 31 && recurringFollows(ts, j + 1))
      return dayPartial(month.month, m.value, undefined, warnings, i, j + 1)
    // "Tue, July 14": a weekday names a day, so the number after the month is that day, never a year.
    if (m.value >= 1 && m.value <= 31 && weekdayBefore(ts, i))
      return dayPartial(month.month, m.value, undefined, warnings, i, j + 1)
    return monthNumber(month.month, m.value, warnings, settings, i, j + 1)
  }
  if (!(yearlessAllowed(ts, i, MONTH_LEAD_WORDS) || pairEndsInYear(ts, i)) || warnings.length > 0) return null
  return partialItem(
    { unit: 'month', month: month.month, name: MONTH_NAMES[month.month] ?? '', warnings },
    i,
    month.next,
  )
}

/** Whether a weekday's name stands right before i, with or without a comma or dot ("Tue, July 14", "Wed. Aug 5"). */
function weekdayBefore(ts: Tokens, i: number): boolean {
  const k = isPunct(ts[i - 1], ',') || isPunct(ts[i - 1], '.') ? i - 2 : i - 1
  return isWeekday(ts[k])
}

/** Whether a recurring word or phrase starts at i, after at most one dash or comma ("– every other year"). */
function recurringFollows(ts: Tokens, i: number): boolean {
  const k = isPunct(ts[i], '-') || isPunct(ts[i], ',') ? i + 1 : i
  return matchRecurring(ts, k) !== null
}

/**
 * Days written after a month, US style, where a dash shows they are days: "November 5-16" (days 5 to 16;
 * `last` set), and "November 17-December 31" or "April 16-May 16, 2018" (the first day, `last` unset),
 * where the number after the second month reads as a day (a year follows it, or it cannot be a year near
 * the reference date), so its partner does too: the two ends of a range read alike.
 */
function monthFirstDays(
  ts: Tokens,
  j: number,
  settings: DateSettings,
): { first: number; last?: number; next: number } | null {
  const m = ts[j]
  // The link is read only after a day number (most months stand last, and reading past the tokens is slow in V8).
  if (!isNum(m) || m.digits > 2 || m.value < 1 || m.value > 31 || j + 1 >= ts.length) return null
  const link = ts[j + 1] as Token
  // "Sept. 29 to Sunday Oct. 3, 2004": a range word, and a weekday before the second month, join the
  // ends as a dash does; two bare numbers ("April 11 to 22") stay dash-only.
  const dash = isPunct(link, '-')
  if (!dash && !(link.kind === 'word' && MONTH_RANGE_WORDS.has(link.lower))) return null
  const o = ts[j + 2]
  if (isNum(o)) {
    if (!dash) return null
    // A column whose numbers after a month are years ("Sept 19-20" beside "Aug 18") keeps them years.
    if (settings.numberAfterMonthSet && settings.numberAfterMonth === 'year' && m.digits === 2) return null
    // "April 11-22": a second day after the first, and no month after it ("5-16 December" is day-first).
    const ok = o.digits <= 2 && o.value > m.value && o.value <= 31 && monthAt(ts, j + 3) === null
    return ok ? { first: m.value, last: o.value, next: j + 3 } : null
  }
  // "to Sunday Oct. 3", "until Tues. Dec. 14": a weekday (with or without its dot) before the second month.
  const at = !isWeekday(o) ? j + 2 : isPunct(ts[j + 3], '.') ? j + 4 : j + 3
  const other = monthAt(ts, at)
  const n = other === null ? undefined : ts[other.next]
  if (other === null || !isNum(n) || n.digits > 2 || n.value < 1 || n.value > 31) return null
  // "April 16-May 16, 2018": a year after the second day makes it a day, so the first is one too.
  const k = isPunct(ts[other.next + 1], ',') ? other.next + 2 : other.next + 1
  if (readYear(ts, k, settings, false) !== null) return { first: m.value, next: j + 1 }
  if (n.digits !== 2 || n.ordinal || isPunct(ts[other.next + 1], ',')) return null
  const partner = monthNumber(other.month, n.value, [], settings, at, other.next + 1)
  return partner.type === 'date' && partner.span.precision === 'day' ? { first: m.value, next: j + 1 } : null
}

/** A day (or days `day`–`lastDay`) of a month with no year yet: placed later, beside a date or the anchor. */
function dayPartial(
  month: number,
  day: number,
  lastDay: number | undefined,
  warnings: string[],
  from: number,
  to: number,
): Item {
  const name =
    lastDay === undefined ? `${day} ${MONTH_NAMES[month]}` : `${day}–${lastDay} ${MONTH_NAMES[month]}`
  const partial: Yearless =
    lastDay === undefined
      ? { unit: 'day', month, day, name, warnings }
      : { unit: 'day', month, day, lastDay, name, warnings }
  return partialItem(partial, from, to)
}

/**
 * "June 20": month and two-digit year by default, 20 June as the alternative (or the other way round). The
 * day reading is the next 20 June on or after the anchor. When the year reading lands more than five years
 * from the anchor ("by June 30" in a 2018 plan), the day is the reading and the year the alternative.
 */
function monthNumber(
  month: number,
  nn: number,
  warnings: string[],
  settings: DateSettings,
  from: number,
  to: number,
): Item {
  const year = resolveTwoDigitYear(nn, settings)
  const asYear = monthSpan(year, month, [...warnings, twoDigitWarning(year)])
  const asDay = nextDay(month, nn, warnings, settings)
  // The column says the number is a day ("by October 15"), but no reference date says which year's.
  if (settings.numberAfterMonth === 'day' && settings.anchor === null && nn >= 1 && nn <= 31)
    return invalidItem(`${nn} ${MONTH_NAMES[month]} has no year: pass a referenceDate`, from, to)
  const farYear = settings.anchorYear !== null && Math.abs(year - settings.anchorYear) > 5
  if ((settings.numberAfterMonth === 'day' || farYear) && asDay !== null) {
    if (farYear && settings.numberAfterMonth !== 'day') {
      asDay.warnings.push(
        `read "${nn}" as a day: the year ${year} would be more than five years from the reference date`,
      )
    }
    asDay.alternatives = [asYear]
    return dateItem(asDay, from, to)
  }
  if (asDay !== null) {
    asYear.confidence = confidenceFor(0.9, asYear.warnings)
    asYear.alternatives = [asDay]
  }
  return dateItem(asYear, from, to)
}

/** Day `day` of `month` in the first year where it falls on or after the anchor; null without an anchor. */
function nextDay(month: number, day: number, warnings: string[], settings: DateSettings): Span | null {
  const anchor = settings.anchor
  const anchorYear = settings.anchorYear
  if (anchor === null || anchorYear === null || day < 1) return null
  for (const year of [anchorYear, anchorYear + 1]) {
    if (!dayExists(year, month, day)) continue
    const span = daySpan(year, month, day, [
      ...warnings,
      `read "${day}" as a day: ${day} ${MONTH_NAMES[month]} ${year}, the next after the reference date`,
    ])
    if (span.end >= anchor) return span
  }
  return null
}

/**
 * A four-digit year on its own: "2019", "during 2019", "by end of 2019".
 *
 * @example
 * ```ts
 * matchYear(tokenize('2019'), 0, readDateContext({})) // the year 2019
 * ```
 */
export function matchYear(ts: Tokens, i: number, settings: DateSettings): Item | null {
  const t = ts[i]
  // "20071" alone on its line, or after "by" or "in": the year 2007 with footnote mark 1.
  if (isNum(t) && t.digits === 5 && yearlessAllowed(ts, i)) {
    const footnoted = readFootnotedYear(ts, i)
    if (footnoted === null) return null
    const warnings = [footnoteWarning(footnoted.year, footnoted.mark)]
    const span = makeSpan(monthsWindow(footnoted.year, 1, 12), 'year', 0.7, warnings)
    return dateItem(span, i, i + 1)
  }
  if (!isNum(t) || t.digits !== 4) return null
  const year = readYear(ts, i, settings, false)
  if (year === null) return null
  return dateItem(makeSpan(monthsWindow(year.year, 1, 12), 'year', 0.9, []), i, i + 1)
}

// ── parts of a month ───────────────────────────────────────────────────────

/**
 * Which days of a month a phrase keeps: `first`…`last` (1-based; `last` past the month's end means its last
 * day; a `first` of 0 or less counts back from the end, so -6 is the last seven days).
 */
export interface DayPart {
  first: number
  last: number
  /** How the warning names the part ("early", "first week of"); absent for day ranges. */
  name?: string
  /** A week starting on a given day ("w/c 4 June"): `first` is that day and the window runs seven days. */
  week?: boolean
  /** Two thirds joined ("mid-late", "early to mid"): the window runs from one to the other, a range. */
  joined?: boolean
}

const THIRDS: ReadonlyMap<string, DayPart> = new Map([
  ['early', { first: 1, last: 10, name: 'early' }],
  ['mid', { first: 11, last: 20, name: 'mid' }],
  ['middle', { first: 11, last: 20, name: 'mid' }],
  ['late', { first: 21, last: 31, name: 'late' }],
])

const WEEK_ORDINALS: ReadonlyMap<string, DayPart> = new Map([
  ['first', { first: 1, last: 7, name: 'first week of' }],
  ['second', { first: 8, last: 14, name: 'second week of' }],
  ['third', { first: 15, last: 21, name: 'third week of' }],
  ['fourth', { first: 22, last: 28, name: 'fourth week of' }],
  ['last', { first: -6, last: 31, name: 'last week of' }],
  ['final', { first: -6, last: 31, name: 'last week of' }],
])

const HALVES: ReadonlyMap<string, DayPart> = new Map([
  ['first', { first: 1, last: 15, name: 'first half of' }],
  ['second', { first: 16, last: 31, name: 'second half of' }],
])

/** Every word a day part can start with: `scan` only tries `readDayPart` at these. */
export const DAY_PART_STARTS: ReadonlySet<string> = new Set([
  ...THIRDS.keys(),
  ...WEEK_ORDINALS.keys(),
  ...HALVES.keys(),
  'beginning',
  'start',
  'towards',
  'toward',
  'w',
  'wc',
  'wb',
  'week',
])

/** Periods "end of the …" names with no number: "towards the end of the year" reads them from there. */
const NAMED_BY_END: ReadonlySet<string> = new Set(['year', 'term', 'semester'])

/** A four-digit year or a month word at i. */
const yearOrMonthAt = (ts: Tokens, i: number): boolean => {
  const t = ts[i]
  return t !== undefined && ((isNum(t) && t.digits === 4) || (t.kind === 'word' && MONTHS.has(t.lower)))
}

/**
 * A phrase before a date that keeps part of it: "early", "mid-", "late", "beginning of", "start of",
 * "middle of", "first/second/third/fourth/last week of", "first/second half of", "w/c", "week commencing",
 * "week beginning". Returns the part and the token where the date starts.
 *
 * @example
 * ```ts
 * readDayPart(tokenize('first week of September'), 0)?.part // { first: 1, last: 7, … }
 * ```
 */
export function readDayPart(ts: Tokens, i: number): { part: DayPart; next: number } | null {
  const t = ts[i]
  // "3rd week of October", "1st week of March": the ordinal written in digits, as "third week of" is.
  if (t?.kind === 'num' && t.ordinal && isWord(ts[i + 1], 'week') && isWord(ts[i + 2], 'of')) {
    const part = WEEK_ORDINALS.get(WEEK_ORDINAL_DIGITS[t.value - 1] ?? '')
    return part === undefined ? null : withThe(ts, part, i + 3)
  }
  if (t?.kind !== 'word') return null
  let part: DayPart | undefined
  let next = i + 1
  const third = THIRDS.get(t.lower)
  if (third !== undefined) {
    part = third
    // "Mid-late August", "early to mid March", "Mid-to-late Spring": from the first third's start to the
    // second's end.
    let k = next
    if (isPunct(ts[k], '-')) k++
    if (isWord(ts[k], 'to')) k++
    if (k > next + 1 && isPunct(ts[k], '-')) k++
    const second = THIRDS.get(ts[k]?.lower ?? '')
    if (second !== undefined && k > next && second.last > third.last) {
      part = { first: third.first, last: second.last, name: `${t.lower}-${ts[k]?.lower}`, joined: true }
      next = k + 1
    }
    if (isWord(ts[next], 'of')) next++
    // "in operation early in 2022", "late in June 2020": "in" between the part and its year or month.
    else if (isWord(ts[next], 'in') && yearOrMonthAt(ts, next + 1)) next++
    // "early in the New Year": the year is read from "new year", after "the".
    else if (isWord(ts[next], 'in') && isWord(ts[next + 1], 'the') && isWord(ts[next + 2], 'new')) next += 2
  } else if (
    (t.lower === 'towards' || t.lower === 'toward') &&
    isWord(ts[i + 1], 'the') &&
    isWord(ts[i + 2], 'end') &&
    isWord(ts[i + 3], 'of')
  ) {
    // "towards the end of 2020": the last part of the period, as "late" is ("end of 2020" alone is the whole year).
    part = { ...(THIRDS.get('late') as DayPart), name: 'towards the end of' }
    // "towards the end of the year", "… of the term": the period is read from "end of the year", this year's.
    const the = isWord(ts[i + 4], 'the') && NAMED_BY_END.has(ts[i + 5]?.lower ?? '')
    next = the ? i + 2 : i + 4
  } else if ((t.lower === 'beginning' || t.lower === 'start') && isWord(ts[i + 1], 'of')) {
    part = { ...(THIRDS.get('early') as DayPart), name: `${t.lower} of` }
    next = i + 2
  } else if (isWord(ts[i + 1], 'week') && isWord(ts[i + 2], 'of')) {
    part = WEEK_ORDINALS.get(t.lower)
    next = i + 3
  } else if (isWord(ts[i + 1], 'half') && isWord(ts[i + 2], 'of') && isPartOfYearAhead(ts, i + 3)) {
    part = HALVES.get(t.lower)
    next = i + 3
  } else if (t.lower === 'w' && isPunct(ts[i + 1], '/') && isWord(ts[i + 2], 'c')) {
    part = { first: 0, last: 0, name: 'week commencing', week: true }
    next = i + 3
  } else if (t.lower === 'wc' || t.lower === 'wb') {
    part = { first: 0, last: 0, name: 'week commencing', week: true }
  } else if (
    t.lower === 'week' &&
    (isWord(ts[i + 1], 'commencing') ||
      isWord(ts[i + 1], 'beginning') ||
      // "Week of Oct. 12, 2015": the week that starts that day, as US timelines write it.
      (isWord(ts[i + 1], 'of') && (isNum(ts[i + 2]) || MONTHS.has(ts[i + 2]?.lower ?? ''))))
  ) {
    part = { first: 0, last: 0, name: 'week commencing', week: true }
    next = i + 2
  }
  if (part === undefined) return null
  return withThe(ts, part, next)
}

/** The week ordinals in digits ("1st" … "4th"), by value. */
const WEEK_ORDINAL_DIGITS: readonly string[] = ['first', 'second', 'third', 'fourth']

/** A part and where its date starts, past a dash or "the" after the phrase ("first week of the month …"). */
function withThe(ts: Tokens, part: DayPart, next: number): { part: DayPart; next: number } {
  let at = next
  if (isPunct(ts[at], '-')) at++
  if (isWord(ts[at], 'the')) at++
  return { part, next: at }
}

/**
 * A week starts on a day, so "Week of Feb. 19" names 19 February, never February 2019: a month read with a bare
 * two-digit number after it ("Mon NN") becomes its day reading, and with no reference date to give that day a year
 * it is unreadable. Other items are returned as they are.
 *
 * @example
 * ```ts
 * dayStartingWeek(tokenize('Week of Feb. 19'), februaryItem).type // 'invalid': 19 February has no year
 * ```
 */
export function dayStartingWeek(ts: Tokens, item: Item): Item {
  if (item.type !== 'date' || item.span.precision !== 'month' || item.span.range) return item
  const nn = ts[item.to - 1]
  if (!isNum(nn) || nn.digits !== 2 || nn.ordinal || isPunct(ts[item.to - 2], "'")) return item
  const day = item.span.alternatives.find((alternative) => alternative.precision === 'day')
  if (day !== undefined) return dateItem(changeSpan(day, { alternatives: [] }), item.from, item.to)
  const [, month] = splitIso(item.span.start)
  return invalidItem(
    `${nn.value} ${MONTH_NAMES[month]} has no year: pass a referenceDate`,
    item.from,
    item.to,
  )
}

/**
 * Words naming a third of a month in brackets after it: "September (start)", "March (mid)", "June (late)". "(end)"
 * is not one: "end of June" is the whole month (conventions, General).
 */
const BRACKETED_THIRDS: ReadonlyMap<string, DayPart> = new Map([
  ...THIRDS,
  ['start', { first: 1, last: 10, name: 'start' }],
  ['beginning', { first: 1, last: 10, name: 'beginning' }],
])

/**
 * A third of a month written in brackets after it, at i (the opening bracket): "September (start)" is early
 * September, as "start of September" is; "June (late)" late June. Returns the part and the token after the bracket.
 *
 * @example
 * ```ts
 * readBracketedPart(tokenize('September (start)'), 1)?.part // { first: 1, last: 10, name: 'start' }
 * ```
 */
export function readBracketedPart(ts: Tokens, i: number): { part: DayPart; next: number } | null {
  if (!isPunct(ts[i], '(') || !isPunct(ts[i + 2], ')')) return null
  const part = BRACKETED_THIRDS.get(ts[i + 1]?.lower ?? '')
  return part === undefined ? null : { part, next: i + 3 }
}

/**
 * "first half of May" and "second half of Michaelmas Term" keep part of a month, term, season or quarter;
 * "first half of 2020" is a half year, read elsewhere.
 */
const isPartOfYearAhead = (ts: Tokens, i: number): boolean => {
  const t = ts[isWord(ts[i], 'the') ? i + 1 : i]
  if (t?.kind !== 'word') return false
  return (
    lookupMonth(t.lower, false) !== null ||
    NAMED_TERMS.has(t.lower) ||
    SEASONS.has(t.lower) ||
    PERIOD_WORDS.has(t.lower)
  )
}

/** Words that start a term or quarter a day part may keep part of ("early Semester 1", "late Q3 2025"). */
const PERIOD_WORDS: ReadonlySet<string> = new Set(['term', 'semester', 'sem', 'q', 'quarter', 'qtr'])

/** Spans a day part keeps a share of by days: terms, seasons and quarters. */
const PERIOD_PRECISIONS: ReadonlySet<Span['precision']> = new Set(['term', 'season', 'quarter'])

/**
 * The share of a term, season or quarter a part keeps, counted in days: early / mid / late its thirds,
 * first / second half its halves ("second half of Michaelmas Term" → 1 November – 31 December).
 */
function partOfPeriod(span: Span, part: DayPart): { start: string; end: string } {
  const days = daysBetween(span.start, span.end) + 1
  const halves = part.joined !== true && part.last - part.first > 10
  const share = halves ? (part.first === 1 ? 0 : 1) : Math.max(0, [1, 11, 21].indexOf(part.first))
  // Joined thirds ("mid-late") run to the end of the second third.
  const lastShare = halves ? share : Math.max(share, [10, 20, 31].indexOf(part.last))
  const shares = halves ? 2 : 3
  // A period of whole months that splits into whole months is split by months: "late Fall" is November,
  // "late Spring term" March.
  const [sy, sm, sd] = splitIso(span.start)
  const [ey, em] = splitIso(span.end)
  const months = (ey - sy) * 12 + em - sm + 1
  if (sd === 1 && span.end === monthsWindow(ey, em, 1).end && months % shares === 0) {
    const each = months / shares
    return monthsWindow(sy, sm + share * each, each * (lastShare - share + 1))
  }
  const from = Math.floor((days * share) / shares)
  const to = Math.floor((days * (lastShare + 1)) / shares) - 1
  return { start: addDays(span.start, from), end: addDays(span.start, to) }
}

/** The window a day part keeps of one month of one year. */
function partOfMonth(year: number, month: number, part: DayPart): { start: string; end: string } {
  const length = daysInMonth(year, month)
  const first = part.first <= 0 ? length + part.first : part.first
  const last = Math.min(part.last, length)
  return { start: dayWindow(year, month, first).start, end: dayWindow(year, month, last).end }
}

/**
 * Narrows a span to a part: a month to its days ("early June" → 1–10 June), a day to the week it starts
 * ("w/c 4 June" → 4–10 June), a year to its first, middle or last four months ("mid-2020"). Other spans keep
 * their window, with a warning that the words were ignored.
 *
 * @example
 * ```ts
 * narrowToPart(juneSpan, { first: 1, last: 10, name: 'early' }) // 1–10 June
 * ```
 */
export function narrowToPart(span: Span, part: DayPart): Span {
  const [y, m] = splitIso(span.start)
  const name = part.name ?? 'part'
  if (part.week === true && span.precision === 'day' && !span.range) {
    const end = addDays(span.start, 6)
    return changeSpan(span, {
      end,
      range: false,
      alternatives: [],
      warnings: [...span.warnings, `"${name}" read as the seven days ${span.start} to ${end}`],
    })
  }
  if (span.precision === 'month' && !span.range && part.week !== true) {
    const window = partOfMonth(y, m, part)
    const warnings = [
      ...span.warnings,
      `"${name}" read as days ${window.start.slice(8)}–${window.end.slice(8)}`,
    ]
    // The window's ends are named, not spread: see `changeSpan`.
    const { start, end } = window
    return changeSpan(span, { start, end, range: part.joined === true, warnings, alternatives: [] })
  }
  if (!span.range && part.week !== true && PERIOD_PRECISIONS.has(span.precision)) {
    const window = partOfPeriod(span, part)
    const warnings = [...span.warnings, `"${name}" read as ${window.start} to ${window.end}`]
    const { start, end } = window
    return changeSpan(span, { start, end, range: part.joined === true, warnings, alternatives: [] })
  }
  const third = part.week === true || part.last - part.first > 10 ? -1 : [1, 11, 21].indexOf(part.first)
  if (span.precision === 'academic-year' && !span.range && third === 0) {
    // The start of an academic year is its first weeks (enrolment, the first weeks of teaching): two months.
    const window = monthsWindow(y, m, 2)
    const warnings = [
      ...span.warnings,
      `"${name}" read as ${MONTH_NAMES[m]}–${MONTH_NAMES[((m + 1 - 1) % 12) + 1]}`,
    ]
    return makeSpan(window, 'month', span.confidence, warnings)
  }
  if ((span.precision === 'year' || span.precision === 'academic-year') && !span.range && third >= 0) {
    const first = m + third * 4
    const window = monthsWindow(y, first, 4)
    const [, lastMonth] = splitIso(window.end)
    const warnings = [
      ...span.warnings,
      `"${name}" read as ${MONTH_NAMES[((first - 1) % 12) + 1]}–${MONTH_NAMES[lastMonth]}`,
    ]
    return makeSpan(window, 'season', span.confidence, warnings)
  }
  return changeSpan(span, { warnings: [...span.warnings, `"${name}" ignored`] })
}

/**
 * A year written before a month, as some timetables do: "2021 February - May", "2022 January". The month is in
 * that year; a month range after it takes the year too. A day after the month ("2016 April 8", "2021 Mar-30") is
 * that day of it.
 *
 * @example
 * ```ts
 * matchYearThenMonth(tokenize('2021 February - May'), 0, settings) // February 2021
 * ```
 */
export function matchYearThenMonth(ts: Tokens, i: number, settings: DateSettings): Item | null {
  const t = ts[i]
  const word = ts[i + 1]
  if (!isNum(t) || t.digits !== 4 || t.ordinal || word?.kind !== 'word') return null
  // "2019 may review": "may" and "march" in lower case are verbs.
  if ((word.lower === 'may' || word.lower === 'march') && !word.capital) return null
  const month = monthAt(ts, i + 1)
  if (month === null) return null
  const year = readYear(ts, i, settings, false)
  if (year === null) return null
  const d = ts[month.next]
  if (isNum(d)) {
    // "2016 April 8", "2015 November 9-10": a day, or days, of that month.
    if (!isDayNumber(d)) return null
    const link = ts[month.next + 1]
    const last = ts[month.next + 2]
    if (isPunct(link, '-') && isDayNumber(last))
      return dayRangeItem(year.year, month.month, d.value, last.value, month.warnings, i, month.next + 3)
    if (link !== undefined && NUMERIC_SEPARATORS.has(link.lower) && isNum(last)) return null
    return dayItem(year.year, month.month, d.value, month.warnings, i, month.next + 1)
  }
  // "2021 Mar-30", as release schedules write a day: a day number glued to the month by a dash, nothing numeric after.
  const day = ts[month.next + 1]
  const after = ts[month.next + 2]
  if (
    isPunct(d, '-') &&
    glued(d) &&
    isDayNumber(day) &&
    glued(day) &&
    !isNum(after) &&
    !isPunct(after, '-') &&
    !isPunct(after, '/')
  )
    return dayItem(year.year, month.month, day.value, month.warnings, i, month.next + 2)
  return dateItem(monthSpan(year.year, month.month, month.warnings), i, month.next)
}
