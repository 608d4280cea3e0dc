import {
  addDays,
  daysBetween,
  endOfMonthsFrom,
  monthsWindow,
  periodYearContaining,
  splitIso,
} from '../calendar'
import { dateItem, invalidItem, type Item, itemOver, makeSpan, uncountedItem, unplacedItem } from '../Item'
import { NUMBER_WORDS, NUMBERED_TERMS, SEMESTERS, WEEKDAYS } from '../lexicon'
import { type DateSettings, planYearLabels } from '../readDateContext'
import { readYearLabel } from '../readYearLabel'
import { isNum, isPunct, isWord, type Token, tokenBefore } from '../tokenize'
import { academicYearFromAnchor, academicYearWords, matchAcademicYear } from './academic'
import { confidenceFor, readYear } from './calendar'
import { financialYearFromAnchor, financialYearWords, matchFinancialYear } from './financial'

// Dates relative to the plan or the reference date: plan years ("Year 1", "Yr 2", "Year Three", "(Y1-3)"),
// spans ("within 3 months", "over the next 18 months", "12 months from launch") and "this/next year".

type Tokens = readonly Token[]

/**
 * The calendar year plan year `n` starts in, from `yearLabels` (extrapolated if needed) or `planStart`.
 *
 * @example
 * ```ts
 * labelYear(3, readDateContext({ yearLabels: { 'Year 1': 2019 } }))?.year // 2021
 * ```
 */
export function labelYear(
  n: number,
  settings: DateSettings,
  labels: ReadonlyMap<number, number> = planYearLabels(settings),
): { year: number; warnings: string[] } | null {
  const direct = labels.get(n)
  if (direct !== undefined) return { year: direct, warnings: [] }
  let nearest: [number, number] | null = null
  for (const entry of labels) {
    if (nearest === null || Math.abs(entry[0] - n) < Math.abs(nearest[0] - n)) nearest = entry
  }
  if (nearest !== null) {
    const year = nearest[1] + (n - nearest[0])
    return { year, warnings: [`Year ${n} not in yearLabels: read as ${year}`] }
  }
  if (settings.planStart !== null) {
    const year = splitIso(settings.planStart)[0] + n - 1
    return {
      year,
      warnings: [`Year ${n} read from planStart (${settings.planStart}) as starting in ${year}`],
    }
  }
  return null
}

/** Plan years `first`–`last` as a window: calendar years from `yearLabels`, else years counted from `planStart`. */
function planYears(first: number, last: number, settings: DateSettings, from: number, to: number): Item {
  const name = first === last ? `Year ${first}` : `Years ${first}–${last}`
  const range = first !== last
  const labels = planYearLabels(settings)
  if (labels.size === 0 && settings.planStart !== null) {
    // Plan year n runs from the plan start's anniversary n-1 to the day before anniversary n.
    const planStart = settings.planStart
    const start = first === 1 ? planStart : addDays(endOfMonthsFrom(planStart, 12 * (first - 1)), 1)
    const window = { start, end: endOfMonthsFrom(planStart, 12 * last) }
    const warnings = [
      `"${name}" counted from planStart (${planStart}); pass yearLabels to name calendar years`,
    ]
    return dateItem(makeSpan(window, 'year', 0.85, warnings, range), from, to)
  }
  const a = labelYear(first, settings, labels)
  const b = labelYear(last, settings, labels)
  if (a === null || b === null) {
    return invalidItem(`"${name}" needs yearLabels (e.g. { "Year 1": 2019 }) or planStart`, from, to)
  }
  const warnings = [...new Set([...a.warnings, ...b.warnings])]
  const window = monthsWindow(a.year, 1, 12 * (b.year - a.year + 1))
  return dateItem(makeSpan(window, 'year', confidenceFor(0.9, warnings), warnings, range), from, to)
}

/**
 * "Year 1", "Y2", "Y 2", "Year Three", "(Y1-3)", "Years 1 to 3", "YEAR 1 (2022)".
 *
 * @example
 * ```ts
 * matchYearLabel(tokenize('Yr 2'), 0, readDateContext({ planStart: '2020-09-01' })) // 2021-09-01 … 2022-08-31
 * ```
 */
export function matchYearLabel(ts: Tokens, i: number, settings: DateSettings): Item | null {
  const label = readYearLabel(ts, i)
  if (label === null) return null
  const link = ts[label.next]
  let last = label.n
  let next = label.next
  // "Years 1/2" joins adjacent plan years across a slash, as "Jan/Feb" joins adjacent months; "Years 1/3" does not.
  const slash = isPunct(link, '/')
  if (isPunct(link, '-') || isWord(link, 'to') || slash) {
    const again = readYearLabel(ts, label.next + 1)
    const n = ts[label.next + 1]
    const end = again?.n ?? (isNum(n) && n.digits <= 2 && !n.ordinal ? n.value : null)
    if (end !== null && end > label.n && end <= 20 && (!slash || end === label.n + 1)) {
      last = end
      next = again?.next ?? label.next + 2
    }
  }
  // "YEAR 1 (2022)", "Year 1 (2024/25)", "Year 2 (FY2025)", "Year 2-3 (2025-2026)": the plan wrote the years beside
  // the label, and they are the reading.
  const written = isPunct(ts[next], '(') ? writtenYears(ts, next + 1, last - label.n, settings) : null
  if (written !== null) return itemOver(written, i, written.to)
  return planYears(label.n, last, settings, i, next)
}

/**
 * The years written in brackets after a plan-year label, from i (after the opening bracket) to the closing one: an
 * academic or financial year, a calendar year, or (for a label range such as "Year 2-3") as many calendar years,
 * "2025-2026". Null when the bracket holds anything else.
 */
function writtenYears(ts: Tokens, i: number, extra: number, settings: DateSettings): Item | null {
  if (extra === 0) {
    const period = matchAcademicYear(ts, i, settings) ?? matchFinancialYear(ts, i, settings)
    if (period?.type === 'date' && isPunct(ts[period.to], ')'))
      return itemOver(period, period.from, period.to + 1)
  }
  const year = readYear(ts, i, settings, false)
  if (year === null || year.twoDigit) return null
  let lastYear = year.year
  let close = year.next
  if (extra > 0 && isPunct(ts[close], '-')) {
    const end = readYear(ts, close + 1, settings, false)
    if (end === null || end.twoDigit) return null
    lastYear = end.year
    close = end.next
  }
  if (lastYear - year.year !== extra || !isPunct(ts[close], ')')) return null
  const window = monthsWindow(year.year, 1, 12 * (extra + 1))
  return dateItem(makeSpan(window, 'year', 0.9, [], extra > 0), i, close + 1)
}

/** The calendar year holding the anchor, `offset` years on. */
function calendarYearFromAnchor(offset: number, settings: DateSettings, from: number, to: number): Item {
  if (settings.anchor === null) return invalidItem('the year needs a referenceDate to be dated', from, to)
  const year = periodYearContaining(settings.anchor, 1) + offset
  const warning = `read as the calendar year ${year} from the reference date`
  return dateItem(makeSpan(monthsWindow(year, 1, 12), 'year', 0.7, [warning]), from, to)
}

/** "this month", "next month": the month holding the reference date, or the one after it. */
function monthFromAnchor(offset: number, settings: DateSettings, from: number, to: number): Item {
  if (settings.anchor === null) return invalidItem('the month needs a referenceDate to be dated', from, to)
  const [year, month] = splitIso(settings.anchor)
  const window = monthsWindow(year, month + offset, 1)
  const warning = `read as the month ${window.start.slice(0, 7)} from the reference date`
  return dateItem(makeSpan(window, 'month', 0.7, [warning]), from, to)
}

/**
 * "the new year 2016", "when school returns in the new year": January, the month a new year starts (schools
 * return, plans restart). With a four-digit year it is January of that year; "the new year" alone is the first
 * January that ends on or after the reference date, unplaced without one. "New Year 7 intake" (no "the", no
 * four-digit year) is a school year group, not read.
 *
 * @example
 * ```ts
 * matchNewYear(tokenize('new year 2016'), 0, readDateContext({})) // January 2016
 * ```
 */
export function matchNewYear(ts: Tokens, i: number, settings: DateSettings): Item | null {
  if (!isWord(ts[i], 'new') || !isWord(ts[i + 1], 'year')) return null
  const year = readYear(ts, i + 2, settings, false)
  if (year !== null && !year.twoDigit) {
    const warning = `"new year ${year.year}" read as January ${year.year}`
    return dateItem(makeSpan(monthsWindow(year.year, 1, 1), 'month', 0.7, [warning]), i, year.next)
  }
  if (!isWord(tokenBefore(ts, i), 'the') || ts[i + 2]?.kind === 'num') return null
  if (settings.anchor === null)
    return unplacedItem('"the new year" needs a referenceDate to be dated', i, i + 2)
  const [anchorYear, anchorMonth] = splitIso(settings.anchor)
  const january = anchorMonth === 1 ? anchorYear : anchorYear + 1
  // "early in the New Year": a part of the year that is coming, so the whole year for the part to narrow.
  if (isWord(ts[i - 2], 'in') && YEAR_THIRDS.has(ts[i - 3]?.lower ?? '')) {
    const warning = `"the new year" read as ${january}, the next after the reference date`
    return dateItem(makeSpan(monthsWindow(january, 1, 12), 'year', 0.6, [warning]), i, i + 2)
  }
  const warning = `"the new year" read as January ${january}, the next after the reference date`
  return dateItem(makeSpan(monthsWindow(january, 1, 1), 'month', 0.6, [warning]), i, i + 2)
}

const YEAR_THIRDS: ReadonlySet<string> = new Set(['early', 'mid', 'late'])

/**
 * "this term", "next term", "end of term", "this semester": the UK term (or semester) running on the reference date,
 * or the one after it. A date in the break between two terms waits for the next one (August for the Autumn term), as
 * a recurring "termly" target does. Unplaced without a reference date.
 */
function termFromAnchor(
  unit: 'term' | 'semester',
  offset: number,
  settings: DateSettings,
  from: number,
  to: number,
): Item {
  if (settings.anchor === null) return unplacedItem(`the ${unit} needs a referenceDate to be dated`, from, to)
  const [year, month] = splitIso(settings.anchor)
  const terms = unit === 'term' ? NUMBERED_TERMS : SEMESTERS
  // The academic year the anchor's term belongs to, and the term's place in it (0 = Autumn / Semester 1).
  let first: number
  let index: number
  if (unit === 'term') {
    first = month >= 8 ? year : year - 1
    index = month >= 8 ? 0 : month <= 3 ? 1 : 2
  } else {
    first = month >= 7 ? year : year - 1
    index = month >= 2 && month <= 6 ? 1 : 0
  }
  index += offset
  first += Math.floor(index / terms.length)
  index %= terms.length
  const term = terms[index] as (typeof terms)[number]
  const window = monthsWindow(term.startMonth >= 7 ? first : first + 1, term.startMonth, term.months)
  const warning = `read as the ${term.name} ${window.start.slice(0, 4)} from the reference date`
  return dateItem(makeSpan(window, 'term', 0.7, [warning]), from, to)
}

/** "term" or "semester" at i with no number or year after it ("end of term", not "end of term 2"). */
function bareTermWord(ts: Tokens, i: number): 'term' | 'semester' | null {
  const t = ts[i]
  const n = ts[i + 1]
  if (t?.kind !== 'word' || (t.lower !== 'term' && t.lower !== 'semester')) return null
  if (n?.kind === 'num' || (n?.kind === 'word' && NUMBER_WORDS.has(n.lower))) return null
  return t.lower
}

/**
 * "this/next/current year", "this/next/current month", "this/next term", "this/next academic|financial year", "end of (the) year", "year end".
 *
 * @example
 * ```ts
 * matchRelativeYear(tokenize('next year'), 0, readDateContext({ referenceDate: '2019-03-01' })) // 2020
 * ```
 */
export function matchRelativeYear(ts: Tokens, i: number, settings: DateSettings): Item | null {
  const t = ts[i]
  if (t?.kind !== 'word') return null
  if (t.lower === 'this' || t.lower === 'next' || t.lower === 'current') {
    const offset = t.lower === 'next' ? 1 : 0
    const academic = academicYearWords(ts, i + 1)
    if (academic !== null && !isNum(ts[academic]))
      return academicYearFromAnchor(offset, settings, i, academic)
    const financial = financialYearWords(ts, i + 1)
    if (financial !== null && !isNum(ts[financial]))
      return financialYearFromAnchor(offset, settings, i, financial)
    if (isWord(ts[i + 1], 'year')) return calendarYearFromAnchor(offset, settings, i, i + 2)
    if (isWord(ts[i + 1], 'month')) return monthFromAnchor(offset, settings, i, i + 2)
    const term = bareTermWord(ts, i + 1)
    if (term !== null) return termFromAnchor(term, offset, settings, i, i + 2)
    return null
  }
  if (t.lower === 'end' && isWord(ts[i + 1], 'of')) {
    const j = isWord(ts[i + 2], 'the') ? i + 3 : i + 2
    // "By the end of year five (2021)": a plan-year label, read by `matchYearLabel`, not this year's end.
    if (isWord(ts[j], 'year') && !isNum(ts[j + 1]) && !NUMBER_WORDS.has(ts[j + 1]?.lower ?? ''))
      return calendarYearFromAnchor(0, settings, i, j + 1)
    // "end of term", "end of this term", "end of next semester".
    const which = isWord(ts[j], 'this') || isWord(ts[j], 'current') || isWord(ts[j], 'next') ? j + 1 : j
    const term = bareTermWord(ts, which)
    if (term !== null) return termFromAnchor(term, isWord(ts[j], 'next') ? 1 : 0, settings, i, which + 1)
    return null
  }
  // "year end" alone is this year's end; "Year end 2025" leaves the year to the number after it.
  if ((t.lower === 'year' || t.lower === 'yr') && isWord(ts[i + 1], 'end') && !isNum(ts[i + 2]))
    return calendarYearFromAnchor(0, settings, i, i + 2)
  return null
}

export type SpanUnit = 'month' | 'year' | 'week' | 'day'

const SPAN_UNITS: ReadonlyMap<string, SpanUnit> = new Map([
  ['month', 'month'],
  ['months', 'month'],
  ['mth', 'month'],
  ['mths', 'month'],
  ['year', 'year'],
  ['years', 'year'],
  ['yr', 'year'],
  ['yrs', 'year'],
  ['week', 'week'],
  ['weeks', 'week'],
  ['wks', 'week'],
  // "Within 28 days": the days counted like weeks, the first day the day counted from.
  ['day', 'day'],
  ['days', 'day'],
])

/** Whether a word names a unit a span is counted in ("weeks", "mths", "days"). */
export const isSpanUnit = (word: string | undefined): boolean => word !== undefined && SPAN_UNITS.has(word)

const SPAN_LEADS: ReadonlySet<string> = new Set(['within', 'over', 'in', 'during', 'for'])
const SPAN_ORDERS: ReadonlySet<string> = new Set(['next', 'coming', 'following', 'first'])
const SPAN_STARTS: ReadonlySet<string> = new Set([
  'launch',
  'start',
  'now',
  'today',
  'approval',
  'signing',
  'commencement',
])

/** A count and unit at i: "3 months", "three months", "18 months", "a year", "two years"; with the token after. */
function readCount(ts: Tokens, i: number): { count: number; unit: SpanUnit; next: number } | null {
  const t = ts[i]
  const count =
    isNum(t) && !t.ordinal && t.digits <= 2
      ? t.value
      : t?.kind === 'word'
        ? (NUMBER_WORDS.get(t.lower) ?? (t.lower === 'a' ? 1 : undefined))
        : undefined
  if (count === undefined || count < 1 || count > 120) return null
  let j = i + 1
  if (isPunct(ts[j], '-')) j++
  const unit = SPAN_UNITS.get(ts[j]?.lower ?? '')
  if (unit === undefined || ts[j]?.kind !== 'word') return null
  return { count, unit, next: j + 1 }
}

/**
 * A count and unit that fill their line or their part of it ("12 months", "Ongoing – 12 months", "(6 months)"),
 * as a timescale column writes "within 12 months"; "12 months of data" and "a year" inside prose are not.
 */
function standsAlone(ts: Tokens, from: number, to: number): boolean {
  const before = tokenBefore(ts, from)
  const after = ts[to]
  const opens =
    before === undefined || before.kind === 'break' || (before.kind === 'punct' && before.lower !== "'")
  // "2 weeks or less": the count is an upper bound, as "within" says.
  const bound = isWord(after, 'or') && (isWord(ts[to + 1], 'less') || isWord(ts[to + 1], 'sooner'))
  const closes =
    bound || after === undefined || after.kind === 'break' || (after.kind === 'punct' && after.lower !== "'")
  return opens && closes && ts[from]?.kind === 'num'
}

/**
 * Spans counted from the plan's start (else the reference date): "within 3 months", "over the next 18
 * months", "in the next two years", "within a year", "12 months from launch". Due on the span's last day.
 *
 * @example
 * ```ts
 * matchRelativeSpan(tokenize('within 3 months'), 0, readDateContext({ planStart: '2023-04-01' })) // to 2023-06-30
 * ```
 */
export function matchRelativeSpan(ts: Tokens, i: number, settings: DateSettings): Item | null {
  const t = ts[i]
  if (t === undefined) return null
  let read: ReturnType<typeof readCount> = null
  let next = i
  if (t.kind === 'word' && SPAN_LEADS.has(t.lower)) {
    let j = i + 1
    if (isWord(ts[j], 'the')) j++
    const ordered = SPAN_ORDERS.has(ts[j]?.lower ?? '') && ts[j]?.kind === 'word'
    if (ordered) j++
    // "in 6 months" needs "the next"/"time" to be a span ("in 2 years' time"); "within 3 months" does not.
    read = readCount(ts, j)
    if (read === null) return null
    if (
      t.lower !== 'within' &&
      !ordered &&
      !isWord(ts[read.next + (isPunct(ts[read.next], "'") ? 1 : 0)], 'time')
    )
      return null
    next = read.next
  } else {
    read = readCount(ts, i)
    if (read === null) return null
    // "(2 days)" beside a date is how long an event lasts; a count of days is a span only after "within" and the like.
    if (standsAlone(ts, i, read.next) && read.unit !== 'day') next = read.next
    else {
      if (!isWord(ts[read.next], 'from')) return null
      let j = read.next + 1
      if (isWord(ts[j], 'the')) j++
      if (!SPAN_STARTS.has(ts[j]?.lower ?? '')) return null
      next = j + 1
    }
  }
  const from = settings.planStart ?? settings.reference
  const field = settings.planStart !== null ? 'planStart' : 'referenceDate'
  const what = `${read.count} ${read.unit}${read.count === 1 ? '' : 's'}`
  // Beside a dated part ("over the next 2 years, from 2022 to 2024") a span with nothing to count from restates it.
  if (from === null)
    return uncountedItem(`"${what}" needs planStart (or referenceDate) to count from`, i, next)
  const warning =
    field === 'planStart'
      ? `"${what}" counted from planStart (${from})`
      : `"${what}" counted from referenceDate (${from}); set planStart to count from the plan's start`
  const span = makeSpan({ start: from, end: spanEnd(from, read) }, spanPrecision(read), 0.75, [warning])
  return dateItem(span, i, next)
}

/** The last day of `read` counted from `from` (its first day): "28 days" from 19 October is 15 November. */
export function spanEnd(from: string, read: { count: number; unit: SpanUnit }): string {
  if (read.unit === 'day') return addDays(from, read.count - 1)
  if (read.unit === 'week') return addDays(from, 7 * read.count - 1)
  return endOfMonthsFrom(from, read.unit === 'year' ? 12 * read.count : read.count)
}

const spanPrecision = (read: { unit: SpanUnit }): 'day' | 'month' =>
  read.unit === 'week' || read.unit === 'day' ? 'day' : 'month'

/** Monday = 0 … Sunday = 6, by the first letters of the day's name. */
const WEEKDAY_INDEX: ReadonlyMap<string, number> = new Map([
  ['mo', 0],
  ['tu', 1],
  ['we', 2],
  ['th', 3],
  ['fr', 4],
  ['sa', 5],
  ['su', 6],
])

/** The day `index` (Monday = 0) of the week holding `day`, `weeks` weeks on. */
function weekdayOf(day: string, index: number, weeks: number): string {
  // 1 January 2001 was a Monday.
  const monday = addDays(day, -(((daysBetween('2001-01-01', day) % 7) + 7) % 7))
  return addDays(monday, 7 * weeks + index)
}

/** The week `weeks` on from the reference date's week, Monday to Sunday ("next week"), read from tokens i and i + 1. */
function weekItem(ts: Tokens, i: number, weeks: number, settings: DateSettings): Item {
  const words = `${ts[i]?.lower} week`
  const anchor = settings.anchor
  if (anchor === null) return invalidItem(`"${words}" needs a referenceDate to be dated`, i, i + 2)
  const span = makeSpan(
    { start: weekdayOf(anchor, 0, weeks), end: weekdayOf(anchor, 6, weeks) },
    'day',
    0.7,
    [`"${words}" counted from ${anchor}`],
  )
  return dateItem(span, i, i + 2)
}

/**
 * Days named from the reference date, as school and committee plans write them: "tomorrow", "today", "this
 * Friday" (the Friday of the reference date's week), "next Friday" (the Friday of the week after), "end of
 * the week" (its Friday), "end of next week". Weeks run Monday to Sunday.
 *
 * @example
 * ```ts
 * matchRelativeDay(tokenize('next Friday'), 0, readDateContext({ referenceDate: '2013-09-26' })) // 2013-10-04
 * ```
 */
export function matchRelativeDay(ts: Tokens, i: number, settings: DateSettings): Item | null {
  const t = ts[i]
  if (t?.kind !== 'word') return null
  let weeks = 0
  let index: number | undefined
  let next = i + 1
  if (t.lower === 'tomorrow' || t.lower === 'today') {
    index = -1
  } else if (
    (t.lower === 'this' || t.lower === 'next') &&
    isWord(ts[i + 1], 'week') &&
    !isWord(ts[i - 1], 'the') &&
    !isWord(ts[i - 1], 'of')
  ) {
    // "next week", "this week": the whole week, Monday to Sunday ("within the next week" is a count of days).
    return weekItem(ts, i, t.lower === 'next' ? 1 : 0, settings)
  } else if ((t.lower === 'this' || t.lower === 'next') && WEEKDAYS.has(ts[i + 1]?.lower ?? '')) {
    weeks = t.lower === 'next' ? 1 : 0
    index = WEEKDAY_INDEX.get(ts[i + 1]?.lower.slice(0, 2) ?? '')
    next = i + 2
  } else if (t.lower === 'end' && isWord(ts[i + 1], 'of')) {
    let j = i + 2
    if (isWord(ts[j], 'the') || isWord(ts[j], 'this')) j++
    else if (isWord(ts[j], 'next')) {
      weeks = 1
      j++
    }
    if (!isWord(ts[j], 'week')) return null
    index = 4
    next = j + 1
  }
  if (index === undefined) return null
  const anchor = settings.anchor
  const words = ts
    .slice(i, next)
    .map((w) => w.lower)
    .join(' ')
  if (anchor === null) return invalidItem(`"${words}" needs a referenceDate to be dated`, i, next)
  const day =
    index === -1 ? (t.lower === 'tomorrow' ? addDays(anchor, 1) : anchor) : weekdayOf(anchor, index, weeks)
  const span = makeSpan({ start: day, end: day }, 'day', 0.7, [`"${words}" counted from ${anchor}`])
  return dateItem(span, i, next)
}
