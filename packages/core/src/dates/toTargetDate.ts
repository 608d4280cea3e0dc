import type { TargetDate, TargetDateKind, TargetDateReading } from '../model/targetDate'
import {
  addYears,
  dayAfter,
  dayBefore,
  dayExists,
  dayWindow,
  monthsWindow,
  splitIso,
  withinCalendar,
} from './calendar'
import {
  changeSpan,
  dateItem,
  type Frequency,
  type Item,
  itemOver,
  makeSpan,
  type Span,
  unreadableItem,
  type WordClass,
  type Yearless,
} from './Item'
import {
  COMPLETED_WORDS,
  EVENT_DONE_WORDS,
  MONTHS,
  REPORTED_DONE_WORDS,
  WINDOW_CLOSE_WORDS,
  WINDOW_OPEN_WORDS,
} from './lexicon'
import { boundsWholeYears } from './boundsWholeYears'
import { stretchCountedSpans } from './countedSpan'
import { shareFinancialYears } from './shareFinancialYears'
import { narrowToPart } from './match/calendar'
import type { DateSettings } from './readDateContext'
import { checkYears } from './scan'
import { isWord, type Token } from './tokenize'

// Turns the items of a cell into its reading: gives years to months written without one, joins ranges
// ("Jan–Mar 2020"), binds words to the dates they qualify ("Started June 2019", "31 August (annually)"),
// dates recurring targets at their next occurrence, and splits cells that hold several readings into parts.

type Dated = Extract<Item, { type: 'date' }>
type Loose = Extract<Item, { type: 'partial' }>

/** A partial placed in `year`, or null when the day does not exist that year. */
function place(partial: Yearless, year: number): Span | null {
  let span: Span
  if (partial.unit === 'day') {
    const first = partial.day ?? 1
    const last = partial.lastDay ?? first
    if (!dayExists(year, partial.month, first) || !dayExists(year, partial.month, last) || last < first)
      return null
    const window = {
      start: dayWindow(year, partial.month, first).start,
      end: dayWindow(year, partial.month, last).end,
    }
    span = makeSpan(window, 'day', 0.85, [...partial.warnings], partial.lastDay !== undefined)
  } else if (partial.unit === 'season') {
    span = makeSpan(monthsWindow(year, partial.month, 3), 'season', 0.85, [...partial.warnings])
  } else {
    span = makeSpan(monthsWindow(year, partial.month, 1), 'month', 0.9, [...partial.warnings])
  }
  return partial.part === undefined ? span : narrowToPart(span, partial.part)
}

/**
 * A partial in the first year whose window ends on or after the anchor ("by June"); with `inAnchorYear`, in the
 * anchor's own year (the start of a window that runs across a year end, so ends after the anchor).
 */
function placeNearAnchor(item: Loose, settings: DateSettings, inAnchorYear = false): Item {
  const { partial } = item
  // "In November, PHCS hires …" under the heading "2006": the column's year places it.
  if (settings.columnYear !== null) {
    const span = place(partial, settings.columnYear)
    if (span !== null) {
      span.warnings.push(`${partial.name} has no year: read in ${settings.columnYear}, from the column`)
      return checkYears(dateItem(span, item.from, item.to))
    }
  }
  if (settings.anchor === null) {
    const warnings = [...partial.warnings, `${partial.name} has no year: pass a referenceDate`]
    return unreadableItem(warnings, [], item.from, item.to, true)
  }
  const anchorYear = settings.anchorYear as number
  for (const year of [anchorYear, anchorYear + 1]) {
    const span = place(partial, year)
    if (span !== null && (span.end >= settings.anchor || inAnchorYear)) {
      span.warnings.push(
        span.end >= settings.anchor
          ? `${partial.name} has no year: read as the next one after the reference date (${year})`
          : `${partial.name} has no year: read in the reference date's year (${year}), the range ending in the next`,
      )
      span.confidence = 0.6
      span.yearless = true
      return checkYears(dateItem(span, item.from, item.to))
    }
  }
  const warnings = [...partial.warnings, `${partial.name} does not exist`]
  return unreadableItem(warnings, [], item.from, item.to)
}

/** Gives a partial the year of a neighbouring date: the same year, or the one before/after when that keeps order. */
function placeBeside(item: Loose, other: Span, before: boolean): Dated | null {
  const [year, month] = splitIso(before ? other.start : other.end)
  let y = year
  if (before && item.partial.month > month) y = year - 1
  if (!before && item.partial.month < month) y = year + 1
  const span = place(item.partial, y)
  if (span === null) return null
  // "Annually in June and December": a month placed beside one with no year has none of its own either.
  span.yearless = other.yearless
  const placed = checkYears(dateItem(span, item.from, item.to))
  return placed.type === 'date' ? placed : null
}

function joinRange(a: Dated, b: Dated): Item {
  const warnings =
    a.span.warnings.length + b.span.warnings.length === 0
      ? []
      : [...new Set([...a.span.warnings, ...b.span.warnings])]
  if (b.span.end < a.span.start) {
    // "2020 - 2018": no reading is safer than a guess at which end is the typo.
    return unreadableItem([...warnings, 'the range ends before it starts'], [], a.from, b.to)
  }
  const confidence = Math.min(a.span.confidence, b.span.confidence)
  const span = makeSpan(
    { start: a.span.start, end: b.span.end },
    b.span.precision,
    confidence,
    warnings,
    true,
  )
  span.yearless = a.span.yearless && b.span.yearless
  return dateItem(span, a.from, b.to)
}

/**
 * `b` starts the day after `a` ends, or on the first day of the month after the one `a` ends in, or `b` starts
 * inside `a` and ends after it ("Winter 2018 / Early 2019": December–February, then January–April).
 */
function adjacent(a: Span, b: Span): boolean {
  if (dayAfter(a.end) === b.start) return true
  if (b.start > a.start && b.start <= a.end && b.end > a.end) return true
  const [y, m] = splitIso(a.end)
  return b.start === monthsWindow(y, m + 1, 1).start
}

/**
 * Both are (parts of) single months and `b`'s month follows `a`'s: "mid-March/mid-April", "early May/late
 * June" name one window from the first to the second, as "March/April" does.
 */
function consecutiveMonths(a: Span, b: Span): boolean {
  if (a.precision !== 'month' || b.precision !== 'month' || a.range || b.range) return false
  const [ya, ma] = splitIso(a.start)
  const [ye, me] = splitIso(a.end)
  if (ya !== ye || ma !== me) return false
  return b.start.slice(0, 7) === monthsWindow(ya, ma + 1, 1).start.slice(0, 7)
}

const isDateLike = (item: Item | undefined): item is Dated | Loose =>
  item?.type === 'date' || item?.type === 'partial'
const isWordItem = (item: Item | undefined, word: WordClass): boolean =>
  item?.type === 'word' && item.word === word

/** A whole calendar year on its own ("2024"): it may take the months of a date before it in a list. */
function bareYear(span: Span): number | null {
  if (span.precision !== 'year' || span.range) return null
  const [y, m, d] = splitIso(span.start)
  return m === 1 && d === 1 && span.end === monthsWindow(y, 1, 12).end ? y : null
}

/** `span` moved whole years on; a window ending on a month's last day ends on it again (February 2024: 29th). */
function shiftYears(span: Span, years: number): Span {
  const [y, m] = splitIso(span.end)
  const monthEnd = monthsWindow(y, m, 1).end
  const end = span.end === monthEnd ? monthsWindow(y + years, m, 1).end : addYears(span.end, years)
  return changeSpan(span, { start: addYears(span.start, years), end, yearless: false, alternatives: [] })
}

/**
 * One month (or day range) over a list of years: "reported February, 2023, 2024", "April 2022, 2023, 2024",
 * "27 May – 3 June, 2024, 2025", "June 2024, 2025, and 2026". Each bare year after a dated part in a list takes
 * that part's months.
 */
function shareMonthsWithYears(items: Item[], settings: DateSettings): Item[] {
  for (let k = 2; k < items.length; k++) {
    const y = items[k] as Item
    const link = items[k - 1]
    // "June 2024, 2025, and 2026": a comma before the "and" is one link of the list, not two.
    const twoLinks = isWordItem(items[k - 2], 'list')
    const x = twoLinks ? items[k - 3] : items[k - 2]
    if (y.type !== 'date' || x?.type !== 'date' || !isWordItem(link, 'list')) continue
    // "Autumn Term 2017/18 and 2018/19": a bare academic year after a term takes that term.
    if (y.span.precision === 'academic-year' && !y.span.range && x.span.precision === 'term') {
      const years = splitIso(y.span.start)[0] - academicYearOf(x.span.start, settings)
      const moved = years > 0 ? checkYears(dateItem(shiftYears(x.span, years), y.from, y.to)) : y
      if (moved.type === 'date') items[k] = moved
      continue
    }
    const year = bareYear(y.span)
    if (year === null || bareYear(x.span) !== null || x.span.precision === 'year') continue
    const [startYear] = splitIso(x.span.start)
    if (year <= startYear) continue
    const moved = checkYears(dateItem(shiftYears(x.span, year - startYear), y.from, y.to))
    if (moved.type === 'date') items[k] = moved
  }
  return items
}

/**
 * A month without a year, placed in the year that brings it nearest `span`: "Spring 2024 (January – May)" is
 * January 2024, "Winter 2018 (December – February)" December 2018, "Autumn Term 2024 (October)" October 2024.
 */
function placeFrom(item: Loose, span: Span): Dated | null {
  const [startYear, startMonth] = splitIso(span.start)
  const [endYear, endMonth] = splitIso(span.end)
  const first = startYear * 12 + startMonth
  const last = endYear * 12 + endMonth
  let year = startYear
  let nearest = Number.POSITIVE_INFINITY
  for (const y of [startYear - 1, startYear, startYear + 1]) {
    const at = y * 12 + item.partial.month
    const distance = at < first ? first - at : at > last ? at - last : 0
    if (distance < nearest) {
      nearest = distance
      year = y
    }
  }
  const placed = place(item.partial, year)
  if (placed === null) return null
  const checked = checkYears(dateItem(placed, item.from, item.to))
  return checked.type === 'date' ? checked : null
}

/** Periods whose months a bracket or a colon after them may spell out. */
const RESTATED_PRECISIONS: ReadonlySet<Span['precision']> = new Set(['season', 'term', 'quarter'])

/**
 * Months in brackets or after a colon right after a season, term or quarter spell out which months the writer
 * means: "Fall 2023 (September – December)" is those four months, kind `range`; "4th Quarter : January-
 * February-March" only restates the quarter, which stays. The months are placed in the period's year.
 */
function monthsInBrackets(items: readonly Item[], tokens: readonly Token[]): readonly Item[] {
  for (let k = 0; k + 1 < items.length; k++) {
    const yearAfter = periodBeforeBracketYear(items, k, tokens)
    if (yearAfter !== null) return monthsInBrackets(yearAfter, tokens)
    const period = items[k]
    const first = items[k + 1]
    if (period?.type !== 'date' || period.span.range || !RESTATED_PRECISIONS.has(period.span.precision))
      continue
    if (first?.type !== 'partial' || first.partial.unit !== 'month' || first.from - 1 < period.to) continue
    const opener = tokens[first.from - 1]
    if (opener?.kind !== 'punct' || (opener.lower !== '(' && opener.lower !== ':')) continue
    // The chain "January-February-March": months joined by range words.
    let end = k + 1
    while (isWordItem(items[end + 1], 'range') && items[end + 2]?.type === 'partial') end += 2
    const last = items[end] as Item
    if (last.type !== 'partial' || last.partial.unit !== 'month') continue
    const a = placeFrom(first, period.span)
    const b = a === null ? null : end === k + 1 ? a : placeBeside(last, a.span, false)
    if (a === null || b === null) continue
    const inside = a.span.start >= period.span.start && b.span.end <= period.span.end
    const restated = inside ? period : b === a ? a : joinRange(a, b)
    if (restated.type !== 'date') continue
    const out = [...items.slice(0, k), itemOver(restated, period.from, restated.to), ...items.slice(end + 1)]
    return monthsInBrackets(out, tokens)
  }
  return items
}

/**
 * "late summer (August–September) 2017", "Summer (June – August) 2023": a season with no year, its months in
 * brackets, then the year after the bracket. The season takes that year (and the year item goes), so the bracket
 * restates a dated period as above. Null when items[k] starts no such run.
 */
function periodBeforeBracketYear(items: readonly Item[], k: number, tokens: readonly Token[]): Item[] | null {
  const period = items[k]
  if (period?.type !== 'partial' || period.partial.unit !== 'season') return null
  const first = items[k + 1]
  if (first?.type !== 'partial' || first.partial.unit !== 'month' || tokens[first.from - 1]?.lower !== '(')
    return null
  let end = k + 1
  while (isWordItem(items[end + 1], 'range') && items[end + 2]?.type === 'partial') end += 2
  const year = items[end + 1]
  if (year?.type !== 'date' || tokens[year.from - 1]?.lower !== ')') return null
  const y = bareYear(year.span)
  const placed = y === null ? null : place(period.partial, y)
  if (placed === null) return null
  const dated: Item = dateItem(placed, period.from, period.to)
  return [...items.slice(0, k), dated, ...items.slice(k + 1, end + 1), ...items.slice(end + 2)]
}

/** The year the academic year holding `day` starts in. */
function academicYearOf(day: string, settings: DateSettings): number {
  const [year, month] = splitIso(day)
  return month >= settings.academicYearStartMonth ? year : year - 1
}

/** Joins ranges and lists inside one segment; afterwards no partial is left. */
function joinSegment(items: readonly Item[], tokens: readonly Token[], settings: DateSettings): Item[] {
  const joined = shareMonthsWithYears(
    joinPairs(
      shareYearLeftward(monthsInBrackets(shareFinancialYears(items, tokens, settings), tokens)),
      tokens,
      settings,
    ),
    settings,
  )
  // "3 days commencing 22nd August": the day the count starts on becomes the count's window.
  return stretchCountedSpans(joined, tokens)
}

/**
 * A chain of months without a year, joined by slashes or a list, takes the year of the date that ends it:
 * "January/February/March 2014", "February, April and November 2015". Read right to left, so each month is
 * placed beside the one after it (which keeps the order: "November/January 2015" is November 2014).
 * `joinPairs` already places a partial right before a date; this reaches the ones further left.
 */
function shareYearLeftward(items: readonly Item[]): readonly Item[] {
  let out: Item[] | null = null
  for (let k = items.length - 3; k >= 0; k--) {
    const x = (out ?? items)[k]
    const link = items[k + 1]
    const y = (out ?? items)[k + 2]
    if (x?.type !== 'partial' || y?.type !== 'date') continue
    if (link?.type !== 'word' || (link.word !== 'slash' && link.word !== 'list')) continue
    const placed = placeBeside(x, y.span, true)
    if (placed === null) continue
    out ??= items.slice()
    out[k] = placed
  }
  return out ?? items
}

/** A partial followed straight away by a whole calendar year (no range) is that partial in that year, else null. */
function inFollowingYear(x: Loose, next: Item | undefined): Item | null {
  if (next?.type !== 'date' || next.from !== x.to || next.span.precision !== 'year' || next.span.range)
    return null
  const span = place(x.partial, Number(next.span.start.slice(0, 4)))
  if (span === null) return null
  return checkYears(dateItem(span, x.from, next.to))
}

/**
 * "July 2007 March 2008": two different months, each with its four-digit year and nothing to doubt (no warning),
 * side by side with nothing between them, the second later. Tables with a start and an end column (wrapped into one
 * cell) write a window this way: one range. The same month a year on ("July 2021 July 2022") is a date written again
 * for the next year, two parts; "March 22 March 29" (two-digit years, with warnings) is not read as a window.
 */
function startThenEndColumns(x: Item, y: Item | undefined): boolean {
  if (x.type !== 'date' || y?.type !== 'date' || y.from !== x.to) return false
  const a = x.span
  const b = y.span
  if (a.precision !== 'month' || b.precision !== 'month' || a.range || b.range) return false
  if (a.yearless || b.yearless || a.warnings.length > 0 || b.warnings.length > 0) return false
  return b.start > a.end && a.start.slice(5, 7) !== b.start.slice(5, 7)
}

/** An unreadable item that is a day which does not exist ("31 June 2019", "12/31/2024"), not a period lacking a year. */
const impossibleDay = (item: Extract<Item, { type: 'invalid' }>): boolean =>
  item.yearless !== true &&
  item.withdrawn !== true &&
  item.uncounted !== true &&
  item.warnings.some((w) => w.endsWith('does not exist') || w.includes('does not exist ('))

/** Words that spread one piece of work over the periods after them: "during the spring and summer 2021". */
const SPANNING_WORDS: ReadonlySet<string> = new Set(['during', 'through', 'throughout', 'over', 'across'])

/** Whether a spanning word (then "the" at most) stands right before token i. */
function spannedFrom(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1]?.lower === 'the' ? tokens[i - 2] : tokens[i - 1]
  return before?.kind === 'word' && SPANNING_WORDS.has(before.lower)
}

function joinPairs(items: readonly Item[], tokens: readonly Token[], settings: DateSettings): Item[] {
  const out: Item[] = []
  // A window just joined across a slash, standing in for items[k]: "Jan/Feb" then "/Mar 2014".
  let carried: Item | null = null
  for (let k = 0; k < items.length; k++) {
    const x = carried ?? (items[k] as Item)
    carried = null
    const link = items[k + 1]
    const y = items[k + 2]
    // "May next year", "September this year": a month or season with no year, then a whole year right after it.
    const inYear = x.type === 'partial' ? inFollowingYear(x, link) : null
    if (inYear !== null) {
      out.push(inYear)
      k += 1
      continue
    }
    if (startThenEndColumns(x, link)) {
      out.push(joinRange(x as Dated, link as Dated))
      k += 1
      continue
    }
    // "01/01/2024 - 12/31/2024" (day first, the end is no day): a range with an impossible end cannot be read, as
    // one that ends before it starts cannot.
    if (x.type === 'date' && y?.type === 'invalid' && isWordItem(link, 'range') && impossibleDay(y)) {
      const warnings = [...y.warnings, 'the range cannot be read: its end is not a date']
      out.push(unreadableItem(warnings, [], x.from, y.to))
      k += 2
      continue
    }
    if (!isDateLike(x) || !isDateLike(y) || link?.type !== 'word') {
      out.push(x.type === 'partial' ? placeNearAnchor(x, settings) : x)
      continue
    }
    const between = isWordItem(out.at(-1), 'between')
    const ranged = link.word === 'range' || (between && link.word === 'list')
    const listed = link.word === 'list' || link.word === 'slash'
    if (!ranged && !listed) {
      out.push(x.type === 'partial' ? placeNearAnchor(x, settings) : x)
      continue
    }
    let a: Item | null = x
    let b: Item | null = y
    if (x.type === 'partial' && y.type === 'date') a = placeBeside(x, y.span, true)
    else if (x.type === 'date' && y.type === 'partial') b = placeBeside(y, x.span, false)
    else if (x.type === 'partial' && y.type === 'partial' && ranged) {
      // "June – August" with no year is the next such window that ends on or after the reference date, as a
      // single month is: place its end first, then its start before it.
      b = placeNearAnchor(y, settings)
      a = b.type === 'date' ? placeBeside(x, b.span, true) : placeNearAnchor(x, settings)
      // "November – February" runs across a year end: it starts in the reference date's year, never the one
      // before (a plan starting in January 2019 means November 2019 – February 2020, not the window then ending).
      if (
        a?.type === 'date' &&
        settings.anchorYear !== null &&
        splitIso(a.span.start)[0] < settings.anchorYear
      ) {
        a = placeNearAnchor(x, settings, true)
        b = a.type === 'date' ? placeBeside(y, a.span, false) : b
      }
    } else if (x.type === 'partial' && y.type === 'partial') {
      a = placeNearAnchor(x, settings)
      b = a.type === 'date' ? placeBeside(y, a.span, false) : placeNearAnchor(y, settings)
    }
    if (a?.type !== 'date' || b?.type !== 'date') {
      out.push(x.type === 'partial' ? placeNearAnchor(x, settings) : x)
      continue
    }
    if (ranged) {
      out.push(joinRange(a, b))
      k += 2
      continue
    }
    // Adjacent periods joined by a slash are one window ("Jan/Feb 2020", "mid-April/May 2025", and parts of
    // consecutive months: "mid-March/mid-April 2025"), as are months bounding whole years ("April 2023 / March
    // 2026"); others ("Q2 / Q4") are separate readings.
    // After a spanning word, adjacent parts of a year joined by "and" are one window too: "took place during the
    // spring and summer 2021" is one piece of work over March – August, where "Workshops in May and June" are two
    // events. Whole years ("decided over 2023 and 2024") stay a list.
    const oneWindow =
      link.word === 'slash'
        ? adjacent(a.span, b.span) || consecutiveMonths(a.span, b.span) || boundsWholeYears(a.span, b.span)
        : a.span.precision !== 'year' &&
          b.span.precision !== 'year' &&
          isWord(tokens[link.from], 'and') &&
          spannedFrom(tokens, x.from) &&
          (adjacent(a.span, b.span) || consecutiveMonths(a.span, b.span))
    // The window (or the second date) may join what follows: "January/February/March 2014", "Jan/Mar/Apr".
    if (oneWindow) carried = joinRange(a, b)
    else {
      out.push(a, link)
      carried = b
    }
    k += 1
  }
  return out
}

interface Part {
  reading: TargetDateReading
  alternatives: Span[]
  from: number
  to: number
  /** The window a dated part was read from, before any recurring shift; null for an undated part. */
  span: Span | null
  /** An unreadable month or season that only lacked a year ("Annually in June and December", no reference). */
  yearless: boolean
  /** A date the text put on hold: no live target. */
  withdrawn: boolean
  /** An unreadable span that only lacked a planStart or reference date to count from ("over the next 2 years"). */
  uncounted: boolean
}

/** A part with every field set (one shape for every part). */
function makePart(
  reading: TargetDateReading,
  alternatives: Span[],
  from: number,
  to: number,
  span: Span | null = null,
  yearless = false,
  withdrawn = false,
  uncounted = false,
): Part {
  return { reading, alternatives, from, to, span, yearless, withdrawn, uncounted }
}

/** The words seen before a date (or at the end of a segment), and how often a recurring word said. */
interface Words {
  classes: WordClass[]
  frequency: Frequency
  from: number
}

const noWords = (): Words => ({ classes: [], frequency: 'none', from: -1 })
/** The words before a date as `readingFor` reads them. */
type WordsRead = { readonly classes: readonly WordClass[] }
/** No words before the date (a cell that is one date). */
const NO_WORDS: WordsRead = Object.freeze({ classes: Object.freeze([]) })
const KIND_WORDS: readonly WordClass[] = ['ongoing', 'started', 'after', 'from', 'recurring', 'completed']

function kindOf(words: Words, span: Span): TargetDateKind {
  if (words.classes.includes('completed')) return 'completed'
  if (words.classes.includes('recurring')) return 'recurring'
  // "From Jan 2020 to Mar 2020" names both ends: a range, not open-ended work.
  if (span.range) return 'range'
  if (
    words.classes.includes('started') ||
    words.classes.includes('after') ||
    words.classes.includes('from') ||
    words.classes.includes('ongoing') ||
    words.classes.includes('progress')
  )
    return 'started'
  return 'due'
}

/** The same window whole years later, until its deadline falls on or after the reference date. */
function nextOccurrence(span: Span, reference: string, before: boolean): Span {
  let { start, end } = span
  for (let years = 1; (before ? dayBefore(start) : end) < reference && years <= 10_000; years++) {
    start = addYears(span.start, years)
    end = addYears(span.end, years)
  }
  if (start === span.start) return span
  const warnings = [
    ...span.warnings,
    `recurring: next occurrence after the reference date is ${start.slice(0, 7)}`,
  ]
  return changeSpan(span, { start, end, warnings })
}

/** The window of the current period of a frequency around the reference date ("Quarterly" → this quarter). */
function currentPeriod(frequency: Frequency, reference: string, settings: DateSettings): Span | null {
  const [y, m] = splitIso(reference)
  let window: { start: string; end: string }
  let precision: Span['precision'] = 'month'
  if (frequency === 'month') window = monthsWindow(y, m, 1)
  else if (frequency === 'two-months') window = monthsWindow(y, m - ((m - 1) % 2), 2)
  else if (frequency === 'quarter') {
    const basis = settings.quarterBasis
    const first =
      basis === 'calendar'
        ? 1
        : basis === 'financial'
          ? settings.financialYearStartMonth
          : settings.academicYearStartMonth
    window = monthsWindow(y, m - ((m - first + 12) % 3), 3)
    precision = 'quarter'
  } else if (frequency === 'half') {
    window = monthsWindow(y, m <= 6 ? 1 : 7, 6)
    precision = 'quarter'
  } else if (frequency === 'term') {
    // UK terms: Autumn September–December, Spring January–March, Summer April–July; August waits for Autumn.
    window = m >= 8 ? monthsWindow(y, 9, 4) : m <= 3 ? monthsWindow(y, 1, 3) : monthsWindow(y, 4, 4)
    precision = 'term'
  } else if (frequency === 'semester') {
    window = m >= 7 ? monthsWindow(y, 9, 5) : m === 1 ? monthsWindow(y - 1, 9, 5) : monthsWindow(y, 2, 5)
    precision = 'term'
  } else return null
  const warning = `recurring: the current period on the reference date, ${window.start} to ${window.end}`
  return makeSpan(window, precision, 0.6, [warning])
}

/** Frequencies whose period is longer than a month: a month they start "from" falls inside their first period. */
const PERIOD_FREQUENCIES: ReadonlySet<Frequency> = new Set([
  'term',
  'semester',
  'quarter',
  'half',
  'two-months',
])

/**
 * "Termly from Sept '16", "Quarterly from April 2020", "half-termly commencing 5 January": work that recurs each
 * term (quarter, half year) from a month or day first falls due at the end of the period holding that date, the
 * autumn term 2016 (September – December), not at the end of September. Monthly and yearly work keeps the date.
 */
function firstPeriodFrom(words: Words, span: Span, settings: DateSettings): Span {
  if (!PERIOD_FREQUENCIES.has(words.frequency) || (span.precision !== 'month' && span.precision !== 'day'))
    return span
  if (!words.classes.includes('from') && !words.classes.includes('started')) return span
  const period = currentPeriod(words.frequency, span.start, settings)
  if (period === null) return span
  const warning = `recurring from ${span.start}: first due at the end of its period, ${period.start} to ${period.end}`
  return { ...period, confidence: span.confidence, warnings: [...span.warnings, warning] }
}

function datedReading(kind: TargetDateKind, span: Span, before: boolean, unsure: boolean): TargetDateReading {
  let { warnings, confidence } = span
  if (unsure) {
    warnings = [...warnings, 'the text also says the date is not confirmed']
    confidence = Math.min(confidence, 0.5)
  }
  const { precision } = span
  if (kind === 'started')
    return { text: '', kind, start: span.start, end: null, due: null, precision, confidence, warnings }
  if (before) {
    const due = dayBefore(span.start)
    return { text: '', kind, start: null, end: due, due, precision, confidence, warnings }
  }
  return { text: '', kind, start: span.start, end: span.end, due: span.end, precision, confidence, warnings }
}

/**
 * A copy of reading `r` with `changes` made, written out field by field like every other reading (never
 * `{ ...r }`, for the reason given at `changeSpan`).
 */
function changeReading(r: TargetDateReading, changes: Partial<TargetDateReading>): TargetDateReading {
  return {
    text: changes.text ?? r.text,
    kind: changes.kind ?? r.kind,
    start: changes.start === undefined ? r.start : changes.start,
    end: changes.end === undefined ? r.end : changes.end,
    due: changes.due === undefined ? r.due : changes.due,
    precision: changes.precision === undefined ? r.precision : changes.precision,
    confidence: changes.confidence ?? r.confidence,
    warnings: changes.warnings ?? r.warnings,
  }
}

function undatedReading(kind: TargetDateKind, warnings: string[] = []): TargetDateReading {
  const confidence = kind === 'unknown' ? 0 : kind === 'started' ? 0.6 : 0.85
  return { text: '', kind, start: null, end: null, due: null, precision: null, confidence, warnings }
}

/** A recurring reading with no date of its own: dated at the current period when the frequency allows. */
function recurringReading(frequency: Frequency, settings: DateSettings): TargetDateReading {
  const period = settings.reference === null ? null : currentPeriod(frequency, settings.reference, settings)
  if (period === null || !withinCalendar(period)) return undatedReading('recurring')
  return datedReading('recurring', period, false, false)
}

/** Which kind a run of words without a date gives: recurring > completed > ongoing > started > unknown. */
function wordsOnlyKind({ classes }: Words): TargetDateKind | null {
  if (classes.includes('recurring')) return 'recurring'
  if (classes.includes('completed')) return 'completed'
  if (classes.includes('ongoing') || classes.includes('progress')) return 'ongoing'
  if (classes.includes('started') || classes.includes('from')) return 'started'
  if (classes.includes('unknown')) return 'unknown'
  return null
}

function wordsOnlyReading(
  kind: TargetDateKind,
  words: Words,
  settings: DateSettings,
  warnings: string[] = [],
): TargetDateReading {
  return kind === 'recurring' ? recurringReading(words.frequency, settings) : undatedReading(kind, warnings)
}

const NEXT_ONE = 'read as the next one after the reference date'

/**
 * A completed event named without a year ("In July, the University submitted …", "on 30 July and were approved")
 * happened by the reference date: its last occurrence that starts on or before it, not the next one.
 */
function lastOccurrence(span: Span, reference: string | null): Span {
  if (!span.yearless || reference === null || span.start <= reference) return span
  let placed = span
  for (let back = 1; back <= 2 && placed.start > reference; back++) placed = shiftYears(span, -back)
  // Near the year 1000 the year before may leave the calendar the schema holds: keep the next one then.
  if (!withinCalendar(placed)) return span
  const year = placed.start.slice(0, 4)
  const warnings = span.warnings.map((w) =>
    w.includes(NEXT_ONE)
      ? `${w.slice(0, w.indexOf(NEXT_ONE))}done, so read as the last one by the reference date (${year})`
      : w,
  )
  return { ...placed, warnings }
}

/** A dated reading of `kind`, with a recurring date moved to its next occurrence after the reference date. */
function readingFor(
  kind: TargetDateKind,
  span: Span,
  words: WordsRead,
  settings: DateSettings,
): TargetDateReading {
  const dated =
    kind === 'recurring' && settings.reference !== null
      ? nextOccurrence(span, settings.reference, words.classes.includes('before'))
      : kind === 'started' && words.classes.includes('after')
        ? changeSpan(span, { start: dayAfter(span.end), end: dayAfter(span.end) })
        : span
  if (!withinCalendar(dated)) return undatedReading('unknown', ['the date falls outside the years 1000–9999'])
  const placed = kind === 'completed' ? lastOccurrence(dated, settings.reference) : dated
  return datedReading(kind, placed, words.classes.includes('before'), words.classes.includes('unknown'))
}

/** The last reading made `completed` by words after it ("on 30 July and were approved"), placed by `lastOccurrence`. */
function completedAfter(
  r: TargetDateReading,
  span: Span | null,
  words: Words,
  settings: DateSettings,
): TargetDateReading {
  if (span?.yearless !== true || r.kind !== 'due') return changeReading(r, { kind: 'completed' })
  return changeReading(readingFor('completed', span, words, settings), { text: r.text })
}

/** Words after the last date qualify it: "March 2018 (completed)", "31 August (annually)". */
function applyTrailing(
  parts: Part[],
  first: number,
  words: Words,
  lastTo: number,
  lastSpan: Span | null,
  settings: DateSettings,
): void {
  const last = parts.length > first ? parts.at(-1) : undefined
  const trailing = wordsOnlyKind(words)
  if (trailing === null) return
  if (last === undefined) {
    // "Ongoing, quarterly meetings": ongoing work with a recurring milestone, two readings (as "Ongoing –
    // review Dec 2019" is an ongoing part and a dated one).
    if (trailing === 'recurring' && words.classes.includes('ongoing'))
      parts.push(makePart(undatedReading('ongoing'), [], words.from, lastTo))
    parts.push(makePart(wordsOnlyReading(trailing, words, settings), [], words.from, lastTo))
    return
  }
  // "2017 Calendar Year—In progress": a report on the dated work, which keeps its deadline.
  if (trailing === 'ongoing' && !words.classes.includes('ongoing')) return
  if (trailing === 'unknown') {
    const r = last.reading
    last.reading = changeReading(r, {
      confidence: Math.min(r.confidence, 0.5),
      warnings: [...r.warnings, 'the text also says the date is not confirmed'],
    })
    return
  }
  const lastKind = last.reading.kind
  // "From Sept each year" with no reference date: a recurring month that could not be placed, not a start.
  if (trailing === 'recurring' && lastKind === 'started' && last.yearless && last.reading.start === null) {
    last.reading = { ...undatedReading('recurring', last.reading.warnings), text: last.reading.text }
    last.to = Math.max(last.to, lastTo)
    return
  }
  // "Started June 2019. Work will be on-going", "From Sept 2019 onwards": the trailing words restate the start.
  if (
    // "Every August … annual report": a recurring word after a recurring date restates it too.
    (trailing === 'ongoing' ||
      trailing === 'started' ||
      (trailing === 'recurring' && lastKind === 'recurring')) &&
    (lastKind === 'started' || lastKind === 'recurring')
  ) {
    last.to = Math.max(last.to, lastTo)
    return
  }
  // "were presented to the People Committee on 30 July and were approved": a second done word restates the first.
  if (trailing === 'completed' && lastKind === 'completed') {
    last.to = Math.max(last.to, lastTo)
    return
  }
  const r = last.reading
  // "31 August (annually)", "March (annually)": a date with no year of its own, said to recur, is the
  // recurring date itself. "April 2020, then annually" (a year given) stays two readings.
  // "January – March annually": a range with no year recurs the same way. "From Sept each year", "From Sept 2017
  // each year": work recurring from a month is recurring in that month (as "Annually from June 2015" is), not a
  // start and an undated recurrence.
  if (
    trailing === 'recurring' &&
    lastSpan !== null &&
    (lastKind === 'started' || ((lastKind === 'due' || lastKind === 'range') && lastSpan.yearless))
  ) {
    last.reading = changeReading(readingFor('recurring', lastSpan, words, settings), { text: r.text })
    last.alternatives = []
    last.to = Math.max(last.to, lastTo)
    return
  }
  if ((lastKind === 'due' || lastKind === 'range') && (trailing === 'completed' || trailing === 'started')) {
    if (trailing === 'started' && r.start !== null)
      last.reading = changeReading(r, { kind: 'started', end: null, due: null })
    else if (trailing === 'completed') last.reading = completedAfter(r, lastSpan, words, settings)
    last.alternatives = []
    last.to = Math.max(last.to, lastTo)
    return
  }
  parts.push(makePart(wordsOnlyReading(trailing, words, settings), [], words.from, lastTo))
}

/** The parts of one segment: one per date, each with the words written before it. */
function segmentParts(items: readonly Item[], parts: Part[], settings: DateSettings): void {
  let words = noWords()
  let lastSpan: Span | null = null
  const first = parts.length
  for (const item of items) {
    if (item.type === 'word') {
      words.classes.push(item.word)
      if (item.frequency !== undefined) words.frequency = item.frequency
      if (words.from < 0) words.from = item.from
      continue
    }
    if (item.type === 'invalid') {
      // "Annually in June" with no reference date: still recurring, just not placed in a year.
      const kinded = item.yearless === true && KIND_WORDS.some((w) => words.classes.includes(w))
      const kind = kinded ? wordsOnlyKind(words) : null
      const from = words.from >= 0 ? words.from : item.from
      const reading = undatedReading(kind ?? 'unknown', item.warnings)
      parts.push(
        makePart(
          reading,
          item.alternatives,
          from,
          item.to,
          null,
          item.yearless === true,
          item.withdrawn === true,
          item.uncounted === true,
        ),
      )
      words = noWords()
      lastSpan = null
      continue
    }
    if (item.type !== 'date') continue
    if (words.classes.includes('superseded')) {
      // A date marked as replaced is not a reading; say so on the part it sits beside.
      const note = `ignored the superseded date "${item.span.start.slice(0, 7)}"`
      const last = parts.length > first ? parts.at(-1) : undefined
      if (last !== undefined)
        last.reading = changeReading(last.reading, { warnings: [...last.reading.warnings, note] })
      words = noWords()
      continue
    }
    const { classes } = words
    const ongoingOnly =
      (classes.includes('ongoing') || classes.includes('progress')) &&
      !classes.includes('started') &&
      !classes.includes('from')
    const before = ongoingOnly ? kindOf(words, item.span) : null
    if (before === 'started' || before === 'recurring') {
      // "Ongoing – review Dec 2019": ongoing work with a dated milestone, two readings. "Continued every
      // spring", "Ongoing – annually in June": ongoing work and a recurring milestone, as "Ongoing, quarterly".
      parts.push(makePart(undatedReading('ongoing'), [], words.from, item.from))
      words.classes = words.classes.filter((w) => w !== 'ongoing' && w !== 'progress')
      words.from = -1
    }
    // "took place during the spring and summer 2021", "Completed May and June 2020": a done word before a list of
    // dates joined by one "and" or comma is said of each of them.
    const kind = doneListContinues(parts, first, words, item) ? 'completed' : kindOf(words, item.span)
    const span = kind === 'recurring' ? firstPeriodFrom(words, item.span, settings) : item.span
    parts.push(
      makePart(
        readingFor(kind, span, words, settings),
        kind === 'due' ? item.span.alternatives : [],
        words.from >= 0 ? words.from : item.from,
        item.to,
        item.span,
      ),
    )
    lastSpan = item.span
    // Most dates have no words before them: the empty record is kept rather than a new one made.
    if (words.classes.length > 0 || words.from >= 0) words = noWords()
  }
  if (words.classes.length > 0)
    applyTrailing(parts, first, words, items.at(-1)?.to ?? words.from, lastSpan, settings)
  mergeRecurringDates(parts, first, settings)
}

/**
 * Whether the date `item`, with only a list word (one token: "and", ",", "&") between it and the part before, takes
 * that part's completion: the part is completed by words written before it, and nothing else stands between.
 */
function doneListContinues(
  parts: readonly Part[],
  first: number,
  words: Words,
  item: { from: number },
): boolean {
  if (words.classes.length !== 1 || words.classes[0] !== 'list') return false
  const last = parts.length > first ? parts.at(-1) : undefined
  if (last === undefined || last.reading.kind !== 'completed' || last.to !== words.from) return false
  return item.from === words.from + 1
}

/**
 * One recurring target named at several times of year ("each autumn and spring", "twice yearly – in
 * March and September", "Annually in June and December", "Spring and Autumn each year"): the dates with no
 * year of their own recur with it, and the cell is one recurring reading due at the soonest of them.
 */
function mergeRecurringDates(parts: Part[], first: number, settings: DateSettings): void {
  let recurring = false
  for (let k = first; k < parts.length && !recurring; k++) recurring = parts[k]?.reading.kind === 'recurring'
  if (!recurring) return
  const segment = parts.slice(first)
  // "From Sept each year with annual review in July each year": a month with no year that work starts "from" in a
  // recurring cell is one of its times of year too.
  const dates = segment.filter(
    (p) =>
      p.reading.kind === 'recurring' ||
      ((p.reading.kind === 'due' || p.reading.kind === 'started') && p.span?.yearless === true) ||
      (p.reading.kind === 'unknown' && p.yearless === true),
  )
  if (dates.length < 2) return
  let soonest: TargetDateReading | null = null
  for (const p of dates) {
    const r = recurringAgain(p, settings)
    if (soonest === null || (r.due !== null && (soonest.due === null || r.due < soonest.due))) soonest = r
  }
  const reading = soonest as TargetDateReading
  // A bare frequency word ("annually") beside one yearless date names one time of year, not two.
  const times = dates.filter((p) => p.span !== null || p.yearless).length
  const warnings =
    times > 1
      ? [...reading.warnings, `recurring at ${times} times of year: due at the soonest`]
      : reading.warnings
  const merged = makePart(
    changeReading(reading, { kind: 'recurring', warnings }),
    [],
    Math.min(...dates.map((p) => p.from)),
    Math.max(...dates.map((p) => p.to)),
  )
  const kept = segment.filter((p) => !dates.includes(p))
  kept.splice(Math.min(segment.indexOf(dates[0] as Part), kept.length), 0, merged)
  parts.splice(first, segment.length, ...kept)
}

/**
 * A part of a recurring list read as recurring: a date with no year of its own starts from its first
 * occurrence that ends on or after the reference date (the year a neighbour lent it may be a year late).
 */
function recurringAgain(part: Part, settings: DateSettings): TargetDateReading {
  const { span } = part
  const reference = settings.reference
  if (span === null || !span.yearless || reference === null) return part.reading
  let earliest = span
  for (let back = 1; back <= 2; back++) {
    const end = addYears(span.end, -back)
    if (end < reference) break
    earliest = changeSpan(span, { start: addYears(span.start, -back), end })
  }
  return readingFor('recurring', earliest, NO_WORDS, settings)
}

/**
 * "01/11/2013 Completed 16/12/13", "01/11/2013 ACTUAL 16/12/13": a planned date, then straight after it the date
 * the work was done, on or after the planned one. The work is done: one completed reading, the planned date named in a warning.
 */
function plannedThenDone(parts: Part[], tokens: readonly Token[]): Part[] {
  if (parts.length !== 2) return parts
  const [planned, done] = parts as [Part, Part]
  // Only the words saying it was done stand between them (a comma or dash at most): "Phase 1 March 2019, Phase 2
  // completed June 2019" is two pieces of work.
  for (let k = planned.to; k < done.to; k++) {
    const t = tokens[k]
    if (t?.kind === 'word' && !COMPLETED_WORDS.has(t.lower) && t.lower !== 'actual' && !MONTHS.has(t.lower))
      return parts
  }
  const p = planned.reading
  const d = done.reading
  if (p.kind !== 'due' || d.kind !== 'completed' || p.start === null || d.due === null || d.due < p.start)
    return parts
  const warnings = [...d.warnings, `planned for ${p.start === p.due ? p.start : `${p.start} to ${p.due}`}`]
  return [{ ...done, reading: changeReading(d, { warnings }), from: planned.from }]
}

/** Whether a word of `words` stands in tokens [from, to); a close word before "of" ("end of March") does not count. */
function labelBetween(
  tokens: readonly Token[],
  from: number,
  to: number,
  words: ReadonlySet<string>,
): boolean {
  for (let k = from; k < to; k++) {
    const t = tokens[k]
    if (t?.kind === 'word' && words.has(t.lower) && tokens[k + 1]?.lower !== 'of') return true
  }
  return false
}

/**
 * "start 7 April 2017 … end 22 May 2017", "opens October 2019 (closes November 2019)", "Due to start January 2000 …
 * Completion date is July 2001": a start, then a date labelled as the end, name one window: kind `range` from the
 * first date's start to the second's due. "Started June 2019 … review by end of March 2020" ("end of") stays two parts.
 */
function startThenEnd(parts: Part[], tokens: readonly Token[]): Part[] {
  if (parts.length !== 2) return parts
  const [opening, closing] = parts as [Part, Part]
  const o = opening.reading
  const c = closing.reading
  const opens =
    o.kind === 'started' || (o.kind === 'due' && labelBetween(tokens, 0, opening.from, WINDOW_OPEN_WORDS))
  if (!opens || c.kind !== 'due' || o.start === null || c.due === null || c.due < o.start) return parts
  // The label may lead the part's words (", and the end date") or its date ("End: June 2020").
  if (!labelBetween(tokens, opening.to, closing.to, WINDOW_CLOSE_WORDS)) return parts
  const warnings = [...new Set([...o.warnings, ...c.warnings])]
  const confidence = Math.min(o.confidence, c.confidence)
  const reading = changeReading(c, { kind: 'range', start: o.start, confidence, warnings })
  return [makePart(reading, [], opening.from, closing.to)]
}

/**
 * "March 2020" then a line "Completed", "October 2023" then "DBS check process has been updated …": a dated part,
 * then a part that only says the work was done. The work is done on that date: one completed reading.
 */
function dateThenDoneLine(parts: Part[], settings: DateSettings): Part[] {
  if (parts.length !== 2) return parts
  const [dated, done] = parts as [Part, Part]
  const d = dated.reading
  if ((d.kind !== 'due' && d.kind !== 'range') || d.due === null) return parts
  if (done.reading.kind !== 'completed' || done.reading.due !== null) return parts
  // "July" over "Completed", with no year: the July just gone, as `lastOccurrence` places it.
  const reading =
    dated.span?.yearless === true && d.kind === 'due'
      ? { ...readingFor('completed', dated.span, NO_WORDS, settings), text: d.text }
      : changeReading(d, { kind: 'completed' })
  return [{ ...dated, reading, alternatives: [], to: done.to }]
}

/**
 * "Completed" on a line of its own, then a line that dates it ("Consultation closed October 2017", "October 2017"): the
 * status, then when. One completed reading on that date. A line with a deadline word ("Review by June 2020") is a
 * part of its own, read as due.
 */
function doneLineThenDate(parts: Part[], tokens: readonly Token[]): Part[] {
  if (parts.length !== 2) return parts
  const [done, dated] = parts as [Part, Part]
  if (done.reading.kind !== 'completed' || done.reading.due !== null) return parts
  const d = dated.reading
  if (d.due === null || !(d.kind === 'completed' || (d.kind === 'due' && dateOnlyLine(dated, tokens))))
    return parts
  // The status line holds only the done word: "Completed", "Complete.", "Status: Completed".
  if (!tokens.slice(done.to, dated.from).some((t) => t.kind === 'break')) return parts
  return [{ ...dated, reading: changeReading(d, { kind: 'completed' }), from: done.from }]
}

/** Whether the part's line holds nothing but its date (and punctuation). */
function dateOnlyLine(part: Part, tokens: readonly Token[]): boolean {
  for (let k = part.from - 1; k >= 0 && tokens[k]?.kind !== 'break'; k--)
    if (tokens[k]?.kind === 'word') return false
  for (let k = part.to; k < tokens.length && tokens[k]?.kind !== 'break'; k++)
    if (tokens[k]?.kind === 'word') return false
  return true
}

/** Words that say a step of the work was done: "completed", "approved", "published", "agreed". */
const STEP_DONE = (w: string): boolean =>
  COMPLETED_WORDS.has(w) || EVENT_DONE_WORDS.has(w) || REPORTED_DONE_WORDS.has(w)

/**
 * "Completed by officers in August 2008 and approved by Council in September 2008": two steps of one piece of work,
 * each with its own done verb, joined by "and" (or "then"). The work is done when the last step is: one completed
 * reading from the first step's start to the last one's end. One verb over a list of dates ("Workshops took place in
 * May and June 2024") stays two completed parts.
 */
function doneInSteps(parts: Part[], tokens: readonly Token[]): Part[] {
  if (parts.length !== 2) return parts
  const [first, last] = parts as [Part, Part]
  const a = first.reading
  const b = last.reading
  if (a.kind !== 'completed' || b.kind !== 'completed' || a.start === null || b.due === null) return parts
  if (b.start === null || b.start < a.start) return parts
  let k = first.to
  if (tokens[k]?.kind === 'punct' && tokens[k]?.lower === ',') k++
  if (tokens[k]?.lower !== 'and' && tokens[k]?.lower !== 'then') return parts
  k++
  if (tokens[k]?.lower === 'then') k++
  if (!STEP_DONE(tokens[k]?.lower ?? '')) return parts
  const warnings = [...new Set([...a.warnings, ...b.warnings])]
  const confidence = Math.min(a.confidence, b.confidence)
  const reading = changeReading(b, { start: a.start, confidence, warnings })
  return [makePart(reading, [], first.from, last.to)]
}

/**
 * "This April, we completed Year Two …" with no reference date and no year labels: a completed word right before an
 * unplaced date (at most two tokens between) says the work is done, on a date the cell cannot give. Only a completed
 * word counts ("approved … this summer" dates an event), and only beside the date ("the work we have done so far …
 * over the next 3-5 years" is prose).
 */
function doneOnUnplacedDate(items: readonly Item[], tokens: readonly Token[]): boolean {
  for (let k = 0; k + 1 < items.length; k++) {
    const word = items[k] as Item
    const date = items[k + 1] as Item
    if (!isWordItem(word, 'completed') || !COMPLETED_WORDS.has(tokens[word.from]?.lower ?? '')) continue
    if (date.type === 'invalid' && date.from - word.to <= 2) return true
  }
  return false
}

/** The cleaned text a part covers, from its first token to its last. */
function quote(text: string, tokens: readonly Token[], from: number, to: number): string {
  const first = tokens[from]
  const last = tokens[Math.max(from, to - 1)]
  if (first === undefined || last === undefined) return text.trim()
  return text.slice(first.start, last.end).trim()
}

function asAlternative(span: Span, text: string): TargetDateReading {
  const { start, end, precision, confidence, warnings } = span
  return { text, kind: span.range ? 'range' : 'due', start, end, due: end, precision, confidence, warnings }
}

/** The other readings of a cell's one date, each quoting the whole cell. */
const alternativeReadings = (spans: readonly Span[], text: string): TargetDateReading[] =>
  spans.length === 0 ? [] : spans.map((span) => asAlternative(span, text))

const NO_WARNINGS: readonly string[] = Object.freeze([])

/** A reading as the whole cell's target, every field written out. */
function whole(
  r: TargetDateReading,
  text: string,
  base: readonly string[],
  alternatives: TargetDateReading[],
): TargetDate {
  return {
    text,
    kind: r.kind,
    start: r.start,
    end: r.end,
    due: r.due,
    precision: r.precision,
    confidence: r.confidence,
    warnings: base.length === 0 ? r.warnings : [...base, ...r.warnings],
    parts: [],
    alternatives,
  }
}

/**
 * The whole reading of a cell from the items `scan` found. `original` is the caller's text, `cleaned` the
 * text the tokens index, `extraWarnings` notes about the cell itself (cut short, a bad context field).
 *
 * @example
 * ```ts
 * const settings = readDateContext({ referenceDate: '2019-03-01' })
 * const tokens = tokenize('Q2 2019')
 * toTargetDate('Q2 2019', 'Q2 2019', tokens, scan(tokens, settings), settings, []).due // '2019-06-30'
 * ```
 */
export function toTargetDate(
  original: string,
  cleaned: string,
  tokens: readonly Token[],
  items: readonly Item[],
  settings: DateSettings,
  extraWarnings: readonly string[],
): TargetDate {
  const base =
    settings.warnings.length + extraWarnings.length === 0
      ? NO_WARNINGS
      : [...settings.warnings, ...extraWarnings]
  const lone = items.length === 1 ? items[0] : undefined
  // "6 months after the launch (1 March 2022)": a count before the event a lone day dates makes it a window.
  const single = lone?.type === 'date' && lone.from >= 4 ? stretchCountedSpans([lone], tokens)[0] : lone
  if (single?.type === 'date') {
    // One date and nothing else ("Aug. 18", "Q4", "By end of March 2018"): its own reading.
    const alternatives = alternativeReadings(single.span.alternatives, original)
    return whole(
      readingFor(single.span.range ? 'range' : 'due', single.span, NO_WORDS, settings),
      original,
      base,
      alternatives,
    )
  }
  const parts: Part[] = []
  let from = 0
  for (let k = 0; k <= items.length; k++) {
    if (k < items.length && items[k]?.type !== 'break') continue
    if (k > from) {
      // A cell of one segment (most cells) is read as it stands, without a copy.
      const segment = from === 0 && k === items.length ? items : items.slice(from, k)
      segmentParts(joinSegment(segment, tokens, settings), parts, settings)
    }
    from = k + 1
  }
  // Segments that say nothing about dates ("(subject to funding)") never made a part; an unknown part only
  // stands beside dated parts when it is a date-like thing we could not read ("Q.E", "31 June 2019").
  // A period that only lacked a reference date to place it ("By July 2025 (end of AY)") restates the dated
  // part beside it.
  let chosen = parts
  if (parts.length > 1) {
    const dated = parts.some((p) => p.reading.due !== null)
    chosen = parts.filter(
      (p) =>
        p.reading.kind !== 'unknown' ||
        (p.reading.warnings.length > 0 && !(dated && (p.yearless === true || p.withdrawn || p.uncounted))),
    )
    if (chosen.length === 0) chosen = parts.slice(0, 1)
    // "Dec. to Feb." with no year, "Year 2 Jan. to May" with no year labels: nothing in the cell can be dated,
    // so it is one unknown reading whose warnings say what to pass, not a list of unknowns.
    if (chosen.length > 1 && chosen.every((p) => p.reading.kind === 'unknown')) {
      const warnings = [...new Set(chosen.flatMap((p) => p.reading.warnings))]
      const kind = doneOnUnplacedDate(items, tokens) ? 'completed' : 'unknown'
      return whole(undatedReading(kind, warnings), original, base, [])
    }
  }
  chosen = dateThenDoneLine(startThenEnd(plannedThenDone(chosen, tokens), tokens), settings)
  chosen = doneInSteps(doneLineThenDate(chosen, tokens), tokens)
  const only = chosen.length === 1 ? chosen[0] : undefined
  if (only === undefined && chosen.length === 0) return whole(undatedReading('unknown'), original, base, [])
  if (only !== undefined) {
    const alternatives = alternativeReadings(only.alternatives, original)
    return whole(only.reading, original, base, alternatives)
  }
  const readings = chosen.map((p) => changeReading(p.reading, { text: quote(cleaned, tokens, p.from, p.to) }))
  let latest: TargetDateReading | null = null
  let start: string | null = null
  for (const r of readings) {
    if (r.due !== null && (latest?.due == null || r.due > latest.due)) latest = r
    // Only dated parts bound the window, so start never falls after due.
    if (r.due !== null && r.start !== null && (start === null || r.start < start)) start = r.start
  }
  const confidence = Math.min(...readings.map((r) => (r.kind === 'unknown' ? 0.5 : r.confidence)))
  const due = latest?.due ?? null
  return {
    text: original,
    kind: 'multiple',
    start,
    end: due,
    due,
    precision: latest?.precision ?? null,
    confidence,
    warnings: [...base],
    parts: readings,
    alternatives: [],
  }
}
