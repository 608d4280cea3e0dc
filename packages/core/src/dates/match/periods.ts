import type { QuarterBasis } from '../../model/targetDate'
import { dayWindow, easterSunday, addDays, monthsWindow, periodYearContaining, splitIso } from '../calendar'
import { dateItem, invalidItem, type Item, makeSpan, partialItem } from '../Item'
import { MONTHS, NUMBER_WORDS, ORDINAL_WORDS, SEASONS } from '../lexicon'
import type { DateSettings } from '../readDateContext'
import { readYearLabel } from '../readYearLabel'
import { glued, isNum, isPunct, isWord, type Token, tokenBefore } from '../tokenize'
import { academicYearWords, firstOfTermPair } from './academic'
import { easterDayWindow, readEasterDay } from './easterDays'
import { readYearPair } from './readYearPair'
import { confidenceFor, pairEndsInYear, readYear, twoDigitWarning, yearlessAllowed } from './calendar'
import { financialYearWords, readFinancialYear } from './financial'
import { labelYear } from './relative'

// Periods that are not a month or a year: quarters ("Q2", "Q3 FY2022", "Y 2 Q1"), halves ("H1 2020"),
// seasons ("Summer 2020") and named periods ("Easter 2021", "Christmas", "summer vacation").

type Tokens = readonly Token[]

const QUARTER_WORDS: ReadonlySet<string> = new Set(['q', 'qtr', 'quarter'])

/**
 * The quarter number at i: "Q2", "Q 2", "Qtr 2", "Quarter 2", "quarter two", "2nd quarter", "second quarter of",
 * "II Q" (a Roman numeral).
 *
 * @example
 * ```ts
 * readQuarter(tokenize('Q2 2024'), 0) // { q: 2, next: 2 }
 * readQuarter(tokenize('second quarter of 2024'), 0) // { q: 2, next: 3 }
 * readQuarter(tokenize('June'), 0) // null
 * ```
 */
export function readQuarter(
  ts: Tokens,
  i: number,
): { q: number; next: number } | { bad: string; next: number } | null {
  const t = ts[i]
  const n = ts[i + 1]
  if (t?.kind === 'word' && QUARTER_WORDS.has(t.lower)) {
    if (isNum(n) && !n.ordinal && n.digits === 1 && (t.lower !== 'q' || glued(n) || n.value <= 4)) {
      if (n.value >= 1 && n.value <= 4) return { q: n.value, next: i + 2 }
      return { bad: `"Q${n.value}" is not a quarter`, next: i + 2 }
    }
    // "quarter one", "qtr two": the number spelled out.
    const spelled = t.lower !== 'q' && n?.kind === 'word' ? NUMBER_WORDS.get(n.lower) : undefined
    if (spelled !== undefined && spelled >= 1 && spelled <= 4) return { q: spelled, next: i + 2 }
    // "Q.E", "Q.?", "QE": quarter-shaped but unreadable.
    if (t.lower === 'q' && isPunct(n, '.') && glued(n)) {
      const after = ts[i + 2]
      if (after !== undefined && glued(after) && after.kind === 'word' && after.lower.length <= 2) {
        return { bad: `"Q.${after.lower.toUpperCase()}" is not a recognised quarter`, next: i + 3 }
      }
    }
    return null
  }
  if (t?.kind === 'word' && t.lower === 'qe') return { bad: '"QE" is not a recognised quarter', next: i + 1 }
  // "1Q", "3Q": the number first, the letter glued after it, as business calendars and roadmaps write quarters.
  if (isNum(t) && !t.ordinal && t.digits === 1 && t.value >= 1 && t.value <= 4 && isWord(n, 'q') && glued(n))
    return { q: t.value, next: i + 2 }
  const ordinal =
    t?.kind === 'word' ? ORDINAL_WORDS.get(t.lower) : isNum(t) && t.ordinal ? t.value : undefined
  if (
    ordinal !== undefined &&
    ordinal >= 1 &&
    ordinal <= 4 &&
    (isWord(n, 'quarter') || isWord(n, 'quarters') || isWord(n, 'qtr'))
  ) {
    return { q: ordinal, next: isWord(ts[i + 2], 'of') ? i + 3 : i + 2 }
  }
  // "1st, 2nd, 3rd & 4th Quarter": the ordinals before the last are quarters too.
  if (ordinal !== undefined && ordinal >= 1 && ordinal <= 4 && ordinalsEndInQuarter(ts, i + 1))
    return { q: ordinal, next: i + 1 }
  // "2024 I Q", "III quarter 2025": a Roman numeral before the quarter word, as Estonian, Latvian, Polish and
  // other central and eastern European plans number quarters.
  const roman = t?.kind === 'word' ? ROMAN_QUARTERS.get(t.lower) : undefined
  // "Phase I Q&A" (a question-and-answer session), "Stage II Q1" (the quarter is Q1): the quarter word stands
  // alone after the numeral.
  const gluedAfter = ts[i + 2] !== undefined && glued(ts[i + 2]!) && !isPunct(ts[i + 2], '.')
  if (roman !== undefined && n?.kind === 'word' && QUARTER_WORDS.has(n.lower) && !gluedAfter)
    return { q: roman, next: isPunct(ts[i + 2], '.') ? i + 3 : i + 2 }
  return null
}

/** Quarters numbered in Roman numerals: "I Q" … "IV Q". */
const ROMAN_QUARTERS: ReadonlyMap<string, number> = new Map([
  ['i', 1],
  ['ii', 2],
  ['iii', 3],
  ['iv', 4],
])

/** Ordinals joined by ",", "&" or "and" from i on, the last of them followed by "quarter" ("2nd & 4th Quarter"). */
function ordinalsEndInQuarter(ts: Tokens, i: number): boolean {
  let j = i
  for (let step = 0; step < 4; step++) {
    if (!(isPunct(ts[j], ',') || isPunct(ts[j], '&') || isWord(ts[j], 'and'))) return false
    const t = ts[j + 1]
    const ordinal =
      t?.kind === 'word' ? ORDINAL_WORDS.get(t.lower) : isNum(t) && t.ordinal ? t.value : undefined
    if (ordinal === undefined || ordinal < 1 || ordinal > 4) return false
    const after = ts[j + 2]
    if (isWord(after, 'quarter') || isWord(after, 'quarters') || isWord(after, 'qtr')) return true
    j += 2
  }
  return false
}

interface QuarterYear {
  year: number
  basis?: QuarterBasis
  warnings: string[]
  next: number
}

/** The year written beside a quarter: "2019", "2019/20", "FY 2019/20", "FY2022", "Year 1", "Y 2", "'19". */
function readQuarterYear(ts: Tokens, i: number, settings: DateSettings): QuarterYear | null {
  let j = i
  if (
    isPunct(ts[j], ',') ||
    isPunct(ts[j], '/') ||
    isPunct(ts[j], '-') ||
    isWord(ts[j], 'of') ||
    isWord(ts[j], 'in')
  )
    j++
  const financial = financialYearWords(ts, j)
  if (financial !== null) {
    const read = readFinancialYear(ts, financial, settings)
    if (read === null) return null
    return { year: read.startYear, basis: 'financial', warnings: read.warnings, next: read.next }
  }
  const pair = readYearPair(ts, academicYearWords(ts, j) ?? j, settings)
  if (pair?.consecutive) {
    const suffix = financialYearWords(ts, pair.next)
    const basis: QuarterBasis =
      suffix !== null || settings.quarterBasis === 'financial' ? 'financial' : 'academic'
    const warnings = pair.twoDigit ? [twoDigitWarning(pair.first)] : []
    return {
      year: pair.first,
      basis,
      warnings,
      next: suffix ?? academicYearWords(ts, pair.next) ?? pair.next,
    }
  }
  const label = readYearLabel(ts, j)
  if (label !== null) {
    const read = labelYear(label.n, settings)
    if (read === null) return null
    return { year: read.year, warnings: read.warnings, next: label.next }
  }
  const year = readYear(ts, j, settings, false)
  if (year === null) return null
  return { year: year.year, warnings: year.twoDigit ? [twoDigitWarning(year.year)] : [], next: year.next }
}

/** The first month of quarter `q` on a basis. */
function quarterStartMonth(q: number, basis: QuarterBasis, settings: DateSettings): number {
  const first =
    basis === 'calendar'
      ? 1
      : basis === 'financial'
        ? settings.financialYearStartMonth
        : settings.academicYearStartMonth
  return first + (q - 1) * 3
}

/** A quarter word is at most five tokens after a year that leads it ("FY 2019/20 Q4", "Y 2 Q1"). */
function quarterWordWithin(ts: Tokens, from: number, to: number): boolean {
  for (let k = from; k < Math.min(to, ts.length); k++) {
    const t = ts[k] as Token
    if (t.kind === 'word' && QUARTER_WORDS.has(t.lower)) return true
  }
  return false
}

/**
 * Quarters: "Q2" (year from the column's label, else the reference date), "Q2 2019", "2019 Q2",
 * "Q1 2019/20", "Q3 FY2022", "Y1 Q2", "Y 2 Q1", "Q3 Year 2", "Q.E" (unreadable).
 *
 * @example
 * ```ts
 * matchQuarter(tokenize('Q3 FY2022'), 0, readDateContext({})) // October–December 2021
 * ```
 */
export function matchQuarter(ts: Tokens, i: number, settings: DateSettings): Item | null {
  let leading: QuarterYear | null = null
  let quarter = readQuarter(ts, i)
  if (quarter === null) {
    if (!quarterWordWithin(ts, i + 1, i + 6)) return null
    leading = readQuarterYear(ts, i, settings)
    if (leading === null) return null
    let j = leading.next
    if (isPunct(ts[j], ':') || isPunct(ts[j], '-') || isPunct(ts[j], ',')) j++
    quarter = readQuarter(ts, j)
    if (quarter === null) return null
  }
  if ('bad' in quarter) {
    // The unreadable quarter stands alone; a leading year belongs to its own reading.
    if (leading !== null) return null
    return invalidItem(quarter.bad, i, quarter.next)
  }
  const trailing = leading === null ? readQuarterYear(ts, quarter.next, settings) : null
  const given =
    leading ??
    trailing ??
    yearOfNextQuarter(ts, quarter.next, settings) ??
    yearOfEarlierQuarter(ts, i, settings)
  if (given === null) return quarterWithoutYear(quarter.q, settings, i, quarter.next)
  const basis = given.basis ?? settings.quarterBasis
  const window = monthsWindow(given.year, quarterStartMonth(quarter.q, basis, settings), 3)
  const span = makeSpan(window, 'quarter', confidenceFor(0.95, given.warnings), [...given.warnings])
  return dateItem(span, i, trailing?.next ?? quarter.next)
}

/** Words that join two quarters written with one year ("Q1-Q2 2025", "Q3/Q4 2025", "Q1 & Q2 2025"). */
const QUARTER_LINKS: ReadonlySet<string> = new Set(['-', '/', '&', ',', '+', 'and', 'or', 'to'])

/**
 * The year of the quarter after a link at i, when that quarter has one: "Q1" in "Q1-Q2 2025" shares 2025.
 * The later quarter keeps its own reading; this only lends its year (and basis) to the earlier one.
 */
function yearOfNextQuarter(ts: Tokens, i: number, settings: DateSettings): QuarterYear | null {
  if (!QUARTER_LINKS.has(ts[i]?.lower ?? '')) return null
  const next = readQuarter(ts, i + 1)
  if (next === null || 'bad' in next) return null
  const year = readQuarterYear(ts, next.next, settings)
  return year === null ? null : { ...year, next: i }
}

/**
 * The year written before the quarter linked to the one at i, when that quarter is led by it: "Q2" in "2025 Q1 -
 * Q2" and "2Q" in "2025 1Q-2Q" share 2025. Looks back over a fixed few tokens only.
 */
function yearOfEarlierQuarter(ts: Tokens, i: number, settings: DateSettings): QuarterYear | null {
  if (i < 4 || !QUARTER_LINKS.has(ts[i - 1]?.lower ?? '')) return null
  const earlier = readQuarter(ts, i - 3)
  if (earlier === null || 'bad' in earlier || earlier.next !== i - 1) return null
  const year = ts[i - 4]
  if (!isNum(year) || year.ordinal || year.digits !== 4) return null
  const read = readQuarterYear(ts, i - 4, settings)
  return read === null || read.next !== i - 3 ? null : { ...read, next: i }
}

/** A quarter written with no year ("Q2"): the column's labelled year, else the reference date's, else unread. */
function quarterWithoutYear(q: number, settings: DateSettings, from: number, to: number): Item {
  const basis = settings.quarterBasis
  const warnings: string[] = []
  let year: number
  let confidence = 0.92
  if (settings.columnYear !== null) {
    year = settings.columnYear
  } else if (settings.anchor !== null) {
    const startMonth = quarterStartMonth(1, basis, settings)
    year =
      basis === 'calendar'
        ? (settings.anchorYear as number)
        : periodYearContaining(settings.anchor, startMonth)
    warnings.push(`Q${q} has no year: read in ${year}, from the reference date`)
    confidence = 0.6
  } else {
    return invalidItem(`Q${q} has no year: pass yearLabels and column, or a referenceDate`, from, to)
  }
  const window = monthsWindow(year, quarterStartMonth(q, basis, settings), 3)
  const span = makeSpan(window, 'quarter', confidenceFor(confidence, warnings), warnings)
  span.yearless = settings.columnYear === null
  return dateItem(span, from, to)
}

/**
 * "H1 2020", "first half of 2020", "second half of 2020"; of an academic or financial year ("H2 2024/25" →
 * February–July 2025, "H1 FY2024"), the half of that year.
 *
 * @example
 * ```ts
 * matchHalf(tokenize('H2 2020'), 0, readDateContext({})) // July–December 2020
 * ```
 */
export function matchHalf(ts: Tokens, i: number, settings: DateSettings): Item | null {
  const t = ts[i]
  const n = ts[i + 1]
  let half: number | null = null
  let j = i
  if (isWord(t, 'h') && isNum(n) && glued(n) && (n.value === 1 || n.value === 2)) {
    half = n.value
    j = i + 2
  } else if ((isWord(t, 'first') || isWord(t, 'second')) && isWord(n, 'half')) {
    half = t?.lower === 'first' ? 1 : 2
    j = isWord(ts[i + 2], 'of') ? i + 3 : i + 2
  }
  if (half === null) return null
  // The year as a quarter's is written: "2020", "2024/25" (academic), "FY2024", "Year 2".
  const year = readQuarterYear(ts, j, settings)
  if (year === null) return null
  const first = year.basis === undefined ? 1 : quarterStartMonth(1, year.basis, settings)
  return dateItem(
    makeSpan(
      monthsWindow(year.year, first + (half - 1) * 6, 6),
      'quarter',
      confidenceFor(0.85, year.warnings),
      [...year.warnings],
    ),
    i,
    year.next,
  )
}

/**
 * "Summer 2020", "summer of 2020", "Winter 2020/21", "Summer 20"; "Summer" alone becomes a partial.
 *
 * @example
 * ```ts
 * matchSeason(tokenize('Winter 2020'), 0, readDateContext({})) // December 2020 – February 2021
 * ```
 */
export function matchSeason(ts: Tokens, i: number, settings: DateSettings): Item | null {
  const t = ts[i]
  const season = t?.kind === 'word' ? SEASONS.get(t.lower) : undefined
  if (season === undefined || isWord(ts[i + 1], 'term') || isWord(ts[i + 1], 'terms')) return null
  if (firstOfTermPair(ts, i)) return null
  if (VACATION_WORDS.has(ts[i + 1]?.lower ?? '')) return null
  let j = i + 1
  if (isWord(ts[j], 'of') || isPunct(ts[j], ',')) j++
  const pair = readYearPair(ts, j, settings)
  const year = pair?.consecutive
    ? { year: pair.first, twoDigit: pair.twoDigit, next: pair.next }
    : readYear(ts, j, settings, true)
  if (year === null) {
    if (!yearlessAllowed(ts, i) && !pairEndsInYear(ts, i)) return null
    // "Spring Convocation - Jan. 4-8, 2016", "Fall Workshop - TBA": the season names an event, and a year
    // after the event's name dates it ("Fall Convocation 2016" is autumn 2016).
    if (namesEvent(ts[i + 1])) {
      const after = readYear(ts, i + 2, settings, false)
      if (after === null) return null
      const span = makeSpan(monthsWindow(after.year, season.startMonth, 3), 'season', 0.8, [])
      return dateItem(span, i, after.next)
    }
    // "Spring 1", "Autumn 2": a school's half term, which the conventions do not date.
    const half = ts[i + 1]
    if (
      isNum(half) &&
      half.digits === 1 &&
      (half.value === 1 || half.value === 2) &&
      season.name !== 'Winter'
    ) {
      const name = `${season.name} ${half.value}`
      return invalidItem(`"${name}" is a half term; half terms are not dated: write its month`, i, i + 2)
    }
    return partialItem(
      { unit: 'season', month: season.startMonth, name: season.name, warnings: [] },
      i,
      i + 1,
    )
  }
  const warnings = year.twoDigit ? [twoDigitWarning(year.year)] : []
  // "Late Fall 2020/Winter 2021": a winter joined to the autumn of the year before is the winter between them.
  const first = season.startMonth === 12 && autumnOfYearBefore(ts, i, year.year) ? year.year - 1 : year.year
  if (first !== year.year)
    warnings.push(`"${season.name} ${year.year}" read as the winter after the autumn before it`)
  const span = makeSpan(
    monthsWindow(first, season.startMonth, 3),
    'season',
    confidenceFor(0.9, warnings),
    warnings,
  )
  return dateItem(span, i, year.next)
}

/** "Fall 2020 /" or "Autumn 2020 -" right before i, a year before `year`. */
function autumnOfYearBefore(ts: Tokens, i: number, year: number): boolean {
  const link = tokenBefore(ts, i)
  const before = tokenBefore(ts, i, 2)
  const season = tokenBefore(ts, i, 3)
  if (!isPunct(link, '/') && !isPunct(link, '-') && !isWord(link, 'to')) return false
  if (!isNum(before) || before.digits !== 4 || before.value !== year - 1) return false
  return SEASONS.get(season?.lower ?? '')?.startMonth === 9
}

/** Words after a season that make it part of a period or a phrase, not the name of an event. */
const SEASON_FOLLOWERS: ReadonlySet<string> = new Set([
  'semester',
  'sem',
  'quarter',
  'session',
  'half',
  'period',
  'and',
  'or',
  'to',
  'through',
  'until',
  'of',
  'each',
  'every',
  'annually',
])

/** A capitalised word after a season that names an event ("Convocation", "Workshop"), not a date. */
function namesEvent(t: Token | undefined): boolean {
  if (t?.kind !== 'word' || !t.capital || t.lower.length < 3) return false
  return (
    !SEASON_FOLLOWERS.has(t.lower) &&
    !MONTHS.has(t.lower) &&
    !SEASONS.has(t.lower) &&
    !VACATION_WORDS.has(t.lower)
  )
}

const VACATION_WORDS: ReadonlySet<string> = new Set([
  'vacation',
  'vac',
  'holiday',
  'holidays',
  'break',
  'recess',
])

/** A named period's window in a year, and how it is described in warnings. */
interface NamedPeriod {
  window: (year: number) => { start: string; end: string }
  precision: 'day' | 'term'
  describe: string
}

const EASTER: NamedPeriod = {
  // Good Friday to Easter Monday.
  window: (year) => {
    const [m, d] = easterSunday(year)
    const sunday = dayWindow(year, m, d).start
    return { start: addDays(sunday, -2), end: addDays(sunday, 1) }
  },
  precision: 'day',
  describe: 'Easter (Good Friday to Easter Monday)',
}
const CHRISTMAS: NamedPeriod = {
  window: (year) => dayWindow(year, 12, 25),
  precision: 'day',
  describe: 'Christmas Day',
}
const CHRISTMAS_VACATION: NamedPeriod = {
  // Between the autumn and spring terms (Sep–Dec, Jan–Mar): the last week of December and the first of January.
  window: (year) => ({ start: dayWindow(year, 12, 20).start, end: dayWindow(year + 1, 1, 5).end }),
  precision: 'term',
  describe: 'the Christmas vacation (20 December to 5 January)',
}
const SUMMER_VACATION: NamedPeriod = {
  // After the summer term (April–July): August and September.
  window: (year) => monthsWindow(year, 8, 2),
  precision: 'term',
  describe: 'the summer vacation (August and September)',
}
const EASTER_VACATION: NamedPeriod = {
  // The three weeks around Easter Sunday.
  window: (year) => {
    const [m, d] = easterSunday(year)
    const sunday = dayWindow(year, m, d).start
    return { start: addDays(sunday, -10), end: addDays(sunday, 10) }
  },
  precision: 'term',
  describe: 'the Easter vacation (ten days either side of Easter Sunday)',
}

/** The named period at i ("Easter", "Christmas", "summer vacation", "Long Vacation") and the token after it. */
function readNamedPeriod(ts: Tokens, i: number): { period: NamedPeriod; next: number } | null {
  const t = ts[i]
  if (t?.kind !== 'word') return null
  // "Good Friday", "Holy Saturday", "Easter Monday": one day counted from Easter Sunday.
  const easterDay = readEasterDay(ts, i)
  if (easterDay !== null) {
    const { day } = easterDay
    const period: NamedPeriod = {
      window: (year) => easterDayWindow(day, year),
      precision: 'day',
      describe: day.name,
    }
    return { period, next: easterDay.next }
  }
  const vacation = VACATION_WORDS.has(ts[i + 1]?.lower ?? '')
  if (t.lower === 'easter' && !isWord(ts[i + 1], 'term'))
    return vacation ? { period: EASTER_VACATION, next: i + 2 } : { period: EASTER, next: i + 1 }
  if (t.lower === 'christmas' || t.lower === 'xmas') {
    return vacation ? { period: CHRISTMAS_VACATION, next: i + 2 } : { period: CHRISTMAS, next: i + 1 }
  }
  if ((t.lower === 'summer' || t.lower === 'long') && vacation)
    return { period: SUMMER_VACATION, next: i + 2 }
  if (t.lower === 'winter' && vacation) return { period: CHRISTMAS_VACATION, next: i + 2 }
  if (t.lower === 'spring' && vacation) return { period: EASTER_VACATION, next: i + 2 }
  return null
}

/**
 * Named periods: "Easter 2021" (Good Friday to Easter Monday, computed), "Christmas 2020", "summer vacation
 * 2022", "Christmas break". With no year, the next one ending on or after the reference date.
 *
 * @example
 * ```ts
 * matchNamedPeriod(tokenize('Easter 2021'), 0, readDateContext({})) // 2–5 April 2021
 * ```
 */
export function matchNamedPeriod(ts: Tokens, i: number, settings: DateSettings): Item | null {
  const read = readNamedPeriod(ts, i)
  if (read === null) return null
  const { period } = read
  const year = readYear(ts, read.next, settings, true)
  if (year !== null) {
    const warnings = year.twoDigit ? [twoDigitWarning(year.year)] : []
    const span = makeSpan(period.window(year.year), period.precision, confidenceFor(0.85, warnings), warnings)
    return dateItem(span, i, year.next)
  }
  if (settings.anchor === null)
    return invalidItem(`${period.describe} has no year: pass a referenceDate`, i, read.next)
  const anchor = settings.anchor
  const anchorYear = splitIso(anchor)[0]
  // The vacation that starts in December of the year before may still be running on the reference date.
  for (const y of [anchorYear - 1, anchorYear, anchorYear + 1]) {
    const window = period.window(y)
    if (window.end >= anchor) {
      const warnings = [
        `${period.describe} has no year: read as the next one after the reference date (${window.start.slice(0, 4)})`,
      ]
      const span = makeSpan(window, period.precision, 0.6, warnings)
      span.yearless = true
      return dateItem(span, i, read.next)
    }
  }
  return null
}
