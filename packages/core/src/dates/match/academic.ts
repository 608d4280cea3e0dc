import { monthsWindow, periodYearContaining, splitIso } from '../calendar'
import {
  dateItem,
  invalidItem,
  type Item,
  makeSpan,
  periodYearFromAnchor,
  type Span,
  unplacedItem,
} from '../Item'
import {
  NAMED_TERMS,
  NUMBER_WORDS,
  NUMBERED_TERMS,
  ORDINAL_WORDS,
  SEMESTERS,
  type TermShape,
} from '../lexicon'
import { afterPlanNoun } from '../proseWords'
import type { DateSettings } from '../readDateContext'
import { glued, isNum, isPunct, isWord, type Token } from '../tokenize'
import { confidenceFor, readYear, twoDigitWarning } from './calendar'
import { financialYearWords } from './financial'
import { readYearPair } from './readYearPair'

// Academic years ("2019/20", "AY 2019/20", "the new academic year", "Start of 2023/24 academic year") and the
// terms inside them ("Autumn term 2019", "Semester 1 2019/20", "Michaelmas", "each spring term").

type Tokens = readonly Token[]

/** "AY", "session", "academic year", "academic session", "acad yr" at i: the token after them, or null. */
export function academicYearWords(ts: Tokens, i: number): number | null {
  const t = ts[i]
  if (t?.kind !== 'word') return null
  if (t.lower === 'ay' || t.lower === 'session') return i + 1
  const n = ts[i + 1]
  // "school year": the academic year, as schools write it.
  if (t.lower === 'school' && isWord(n, 'year')) return i + 2
  if (
    (t.lower === 'academic' || t.lower === 'acad') &&
    (isWord(n, 'year') || isWord(n, 'years') || isWord(n, 'yr') || isWord(n, 'session'))
  ) {
    return i + 2
  }
  return null
}

/** The academic year starting in `first`, from `academicYearStartMonth`. */
function academicYearSpan(first: number, settings: DateSettings, warnings: string[]): Span {
  const window = monthsWindow(first, settings.academicYearStartMonth, 12)
  return makeSpan(window, 'academic-year', confidenceFor(0.95, warnings), warnings)
}

/**
 * Academic years: "19/20", "2019/20", "2019-20", "AY 2019/20", "2019/20 academic year", and "2021-2022" when
 * the context says the plan's year pairs are academic. "2018-20" (a short second year more than one on) is
 * the range of calendar years 2018 to 2020. A year pair marked financial ("FY 2019/20") is left to
 * `matchFinancialYear`.
 *
 * @example
 * ```ts
 * matchAcademicYear(tokenize('AY 2019/20'), 0, readDateContext({})) // 1 August 2019 – 31 July 2020
 * ```
 */
export function matchAcademicYear(ts: Tokens, i: number, settings: DateSettings): Item | null {
  const prefix = academicYearWords(ts, i)
  const pair = readYearPair(ts, prefix ?? i, settings)
  // "End of school year 2016": the academic year that ends in 2016.
  const single = prefix !== null && pair === null ? ts[prefix] : undefined
  if (single !== undefined && isNum(single) && single.digits === 4 && endOfBefore(ts, i)) {
    const year = readYear(ts, prefix as number, settings, false)
    if (year !== null) return dateItem(academicYearSpan(year.year - 1, settings, []), i, year.next)
  }
  // "the start of the 2021 school year", "end of the 2016 school year": one year before the words.
  if (pair === null && prefix === null) return yearBeforeAcademicWords(ts, i, settings)
  // "academic year" with no year after it: the one holding the reference date.
  if (pair === null) return prefix === null ? null : academicYearFromAnchor(0, settings, i, prefix)
  if (prefix === null && financialYearWords(ts, pair.next) !== null) return null
  const suffix = prefix === null ? academicYearWords(ts, pair.next) : null
  const named = prefix !== null || suffix !== null
  const next = suffix ?? pair.next
  const warnings = pair.twoDigit ? [twoDigitWarning(pair.first)] : []
  if (!pair.consecutive) {
    // "2018-20": a range of calendar years. Two short years ("24 - 27") are no dates, but after a plan's name
    // ("Accessibility Plan 24 - 27") they are its years.
    if (pair.twoDigit && !afterPlanNoun(ts, i)) return null
    // "2015-2019 academic years": the academic years from 2015/16 up to the one ending in 2019.
    if (named) {
      const start = settings.academicYearStartMonth
      const window = monthsWindow(pair.first, start, 12 * (pair.second - pair.first))
      return dateItem(makeSpan(window, 'month', 0.85, warnings, true), i, next)
    }
    const window = monthsWindow(pair.first, 1, 12 * (pair.second - pair.first + 1))
    return dateItem(makeSpan(window, 'year', 0.85, warnings, true), i, next)
  }
  // "2018-2019" with no academic word is a range of two calendar years, unless the plan runs on academic years.
  if (pair.fourDigitBoth && pair.separator === '-' && !named && settings.yearPairs !== 'academic') return null
  return dateItem(academicYearSpan(pair.first, settings, warnings), i, next)
}

/** "end of" (or "end of the") right before i. */
function endOfBefore(ts: Tokens, i: number): boolean {
  const j = isWord(ts[i - 1], 'the') ? i - 1 : i
  return isWord(ts[j - 1], 'of') && isWord(ts[j - 2], 'end')
}

/** "start of", "beginning of" (or with "the") right before i. */
function startOfBefore(ts: Tokens, i: number): boolean {
  const j = isWord(ts[i - 1], 'the') ? i - 1 : i
  return isWord(ts[j - 1], 'of') && (isWord(ts[j - 2], 'start') || isWord(ts[j - 2], 'beginning'))
}

/**
 * One four-digit year before "school year" or "academic year", after "start of" or "end of": the academic year that
 * starts in it ("by the start of the 2021 school year" is August–September 2021) or ends in it ("end of the 2016
 * school year" is 2015/16, as "End of school year 2016" is). Elsewhere ("the 2021 school year") null: nothing says
 * which of the two academic years touching 2021 is meant.
 */
function yearBeforeAcademicWords(ts: Tokens, i: number, settings: DateSettings): Item | null {
  const t = ts[i]
  if (!isNum(t) || t.digits !== 4 || t.ordinal) return null
  const words = academicYearWords(ts, i + 1)
  if (words === null || isNum(ts[words])) return null
  const starts = startOfBefore(ts, i)
  if (!starts && !endOfBefore(ts, i)) return null
  const year = readYear(ts, i, settings, false)
  if (year === null) return null
  return dateItem(academicYearSpan(starts ? year.year : year.year - 1, settings, []), i, words)
}

/** The academic year holding the anchor, `offset` years on; invalid without an anchor. */
export function academicYearFromAnchor(
  offset: number,
  settings: DateSettings,
  from: number,
  to: number,
): Item {
  const year = {
    name: 'academic',
    startMonth: settings.academicYearStartMonth,
    spanOf: (first: number, warnings: string[]) => academicYearSpan(first, settings, warnings),
  } as const
  return periodYearFromAnchor(year, settings.anchor, offset, from, to)
}

/**
 * "the new academic year" / "start of the new academic year": the first two months of the next academic year
 * to start after the anchor (plans write it for work to be ready when the year begins).
 *
 * @example
 * ```ts
 * matchNewAcademicYear(tokenize('new academic year'), 0, readDateContext({ referenceDate: '2021-03-01' })) // Aug–Sep 2021
 * ```
 */
export function matchNewAcademicYear(ts: Tokens, i: number, settings: DateSettings): Item | null {
  if (!isWord(ts[i], 'new')) return null
  const next = academicYearWords(ts, i + 1)
  if (next === null) return null
  if (settings.anchor === null) {
    return unplacedItem('"the new academic year" needs a referenceDate (or planStart) to be dated', i, next)
  }
  const first = periodYearContaining(settings.anchor, settings.academicYearStartMonth) + 1
  const warning = `read as the start of the academic year ${first}/${String(first + 1).slice(2)}, the next to begin after the reference date`
  const span = makeSpan(monthsWindow(first, settings.academicYearStartMonth, 2), 'month', 0.7, [warning])
  return dateItem(span, i, next)
}

/**
 * The term named at i: "Autumn term", "Michaelmas (term)", "Term 2", "T2", "Semester 1", "Semester One",
 * "Sem 2", "second semester".
 */
/** Oxford's term abbreviations, read only when a year follows ("MT21", "TT 2022"). */
const OXFORD_TERMS: ReadonlyMap<string, TermShape> = new Map([
  ['mt', NAMED_TERMS.get('michaelmas') as TermShape],
  ['ht', NAMED_TERMS.get('hilary') as TermShape],
  ['tt', NAMED_TERMS.get('trinity') as TermShape],
])

/** The semesters a season's name stands for in "Spring Semester", "Fall semester". */
const SEASON_SEMESTERS: ReadonlyMap<string, TermShape> = new Map([
  ['autumn', SEMESTERS[0] as TermShape],
  ['fall', SEMESTERS[0] as TermShape],
  ['spring', SEMESTERS[1] as TermShape],
])

function readTerm(ts: Tokens, i: number): { term: TermShape; next: number } | null {
  const t = ts[i]
  const n = ts[i + 1]
  if (t?.kind !== 'word') return null
  const named = NAMED_TERMS.get(t.lower)
  if (named !== undefined && (isWord(n, 'term') || isWord(n, 'terms'))) return { term: named, next: i + 2 }
  if (named !== undefined && firstOfTermPair(ts, i)) return { term: named, next: i + 1 }
  // "Spring Semester 2021", "Fall semester": the semester a season names (Semester 2 in spring, 1 in autumn).
  const semester = SEASON_SEMESTERS.get(t.lower)
  if (semester !== undefined && (isWord(n, 'semester') || isWord(n, 'semesters')))
    return { term: semester, next: i + 2 }
  if (
    named !== undefined &&
    (t.lower === 'michaelmas' || t.lower === 'hilary' || t.lower === 'trinity' || t.lower === 'lent') &&
    // "Trinity Health", "Hilary Clinton": a capitalised word after the name makes it a name, not a term.
    !(n?.kind === 'word' && n.capital)
  ) {
    return { term: named, next: i + 1 }
  }
  // Oxford's abbreviations with a year: "MT21" (Michaelmas), "HT 2022" (Hilary), "TT22" (Trinity).
  const oxford = OXFORD_TERMS.get(t.lower)
  if (oxford !== undefined && isNum(n) && !n.ordinal && (n.digits === 2 || n.digits === 4))
    return { term: oxford, next: i + 1 }
  // "Term 2", "Semester One", "T1" (written glued, as timetables do).
  const num =
    isNum(n) && n.digits === 1 && !n.ordinal
      ? n.value
      : n?.kind === 'word'
        ? (NUMBER_WORDS.get(n.lower) ?? null)
        : null
  if (t.lower === 't' && isNum(n) && glued(n) && num !== null && num >= 1 && num <= 3) {
    return { term: NUMBERED_TERMS[num - 1] as TermShape, next: i + 2 }
  }
  if (t.lower === 'term' && num !== null && num >= 1 && num <= 3) {
    return { term: NUMBERED_TERMS[num - 1] as TermShape, next: i + 2 }
  }
  if ((t.lower === 'semester' || t.lower === 'sem') && num !== null && num >= 1 && num <= 2) {
    return { term: SEMESTERS[num - 1] as TermShape, next: i + 2 }
  }
  const ordinal = ORDINAL_WORDS.get(t.lower)
  if (ordinal !== undefined && isWord(n, 'semester') && ordinal <= 2) {
    return { term: SEMESTERS[ordinal - 1] as TermShape, next: i + 2 }
  }
  if (ordinal !== undefined && isWord(n, 'term') && ordinal <= 3) {
    return { term: NUMBERED_TERMS[ordinal - 1] as TermShape, next: i + 2 }
  }
  return null
}

/** The calendar year the next `term` starts in: the first whose window ends on or after `anchor`. */
function nextTermStart(term: TermShape, anchor: string): number {
  const year = splitIso(anchor)[0]
  for (const y of [year - 1, year]) {
    if (monthsWindow(y, term.startMonth, term.months).end >= anchor) return y
  }
  return year + 1
}

/**
 * "Term 4 2023", "Term 6": a school year of four or six terms (Australian schools, UK schools with six terms),
 * which the three UK terms cannot date. The term and its year are one unreadable item, so the year alone is
 * not read as the whole calendar year.
 */
function termBeyondThree(ts: Tokens, i: number, settings: DateSettings): Item | null {
  const n = ts[i + 1]
  if (!isWord(ts[i], 'term') || !isNum(n) || n.digits !== 1 || n.ordinal || n.value < 4 || n.value > 6)
    return null
  const to = readTermYear(ts, i + 2, settings)?.next ?? i + 2
  const warning = `"Term ${n.value}" is not one of the three UK terms (Terms 1–3 are Autumn, Spring, Summer): write its months`
  return invalidItem(warning, i, to)
}

/**
 * Terms of the UK academic year. With an academic year ("Semester 1 2019/20") the term is the one inside
 * it; with a calendar year ("Autumn term 2019") it is the one that starts in that year; with neither, the
 * next one: the first that ends on or after the reference date (as a month or season with no year is read).
 *
 * @example
 * ```ts
 * matchTerm(tokenize('Michaelmas 2021'), 0, readDateContext({})) // September–December 2021
 * ```
 */
export function matchTerm(ts: Tokens, i: number, settings: DateSettings): Item | null {
  const around = termAroundYear(ts, i)
  const read = around ?? readTerm(ts, i)
  if (read === null) return termBeyondThree(ts, i, settings)
  const { term } = read
  const written = readTermYear(ts, read.next, settings)
  // "Term 1 and Term 2 2024/25", "Autumn and Spring terms 2024/25": the first term shares the later year.
  const given = written ?? yearOfNextTerm(ts, read.next, settings)
  const warnings: string[] = []
  let start: number
  let confidence = 0.9
  let yearless = false
  if (given !== null) {
    start = given.academic && term.startMonth < 8 ? given.year + 1 : given.year
    if (given.twoDigit) warnings.push(twoDigitWarning(given.year))
  } else if (settings.anchor !== null) {
    // Like a month or season with no year: the next one, the first that ends on or after the anchor.
    start = nextTermStart(term, settings.anchor)
    const ay = term.startMonth >= 8 ? start : start - 1
    warnings.push(
      `${term.name} has no year: read as the next one after the reference date, in the academic year ${ay}/${String(ay + 1).slice(2)}`,
    )
    confidence = 0.6
    yearless = true
  } else {
    return unplacedItem(`${term.name} has no year: pass a referenceDate`, i, read.next)
  }
  const span = makeSpan(
    monthsWindow(start, term.startMonth, term.months),
    'term',
    confidenceFor(confidence, warnings),
    warnings,
  )
  span.yearless = yearless
  // "the fall 2021 semester": the noun after the year ends the term.
  return dateItem(span, i, around !== null ? (written?.next ?? read.next) + 1 : (written?.next ?? read.next))
}

/**
 * "during the fall 2021 semester", "the Spring 2022 term": a season or term name, a four-digit year, then "semester"
 * or "term" — the term of "Fall Semester 2021" written the other way round. The year is read at `next`.
 */
function termAroundYear(ts: Tokens, i: number): { term: TermShape; next: number } | null {
  const t = ts[i]
  const year = ts[i + 1]
  const noun = ts[i + 2]
  if (t?.kind !== 'word' || !isNum(year) || year.digits !== 4 || year.ordinal || noun?.kind !== 'word')
    return null
  const term =
    noun.lower === 'semester'
      ? SEASON_SEMESTERS.get(t.lower)
      : noun.lower === 'term'
        ? NAMED_TERMS.get(t.lower)
        : undefined
  return term === undefined ? null : { term, next: i + 1 }
}

/**
 * A calendar year written before a term, as US timetables do: "2014 Spring Semester", "2021 Autumn Term". The
 * term is the one of that calendar year, as in "Spring Semester 2014"; a year written after the term wins.
 *
 * @example
 * ```ts
 * matchYearThenTerm(tokenize('2014 Spring Semester'), 0, settings) // Semester 2, February – June 2014
 * ```
 */
export function matchYearThenTerm(ts: Tokens, i: number, settings: DateSettings): Item | null {
  const t = ts[i]
  if (!isNum(t) || t.digits !== 4 || t.ordinal) return null
  const read = readTerm(ts, i + 1)
  if (read === null || readTermYear(ts, read.next, settings) !== null) return null
  const year = readYear(ts, i, settings, false)
  if (year === null) return null
  const span = makeSpan(monthsWindow(year.year, read.term.startMonth, read.term.months), 'term', 0.9, [])
  return dateItem(span, i, read.next)
}

/** The year written after a term: an academic year ("2019/20", "AY 2019/20") or a calendar year ("2019"). */
interface TermYear {
  year: number
  /** The year is the first of an academic year pair, so Spring and Summer terms fall in the next one. */
  academic: boolean
  twoDigit: boolean
  next: number
}

function readTermYear(ts: Tokens, i: number, settings: DateSettings): TermYear | null {
  let j = i
  if (isWord(ts[j], 'of') || isPunct(ts[j], ',') || isPunct(ts[j], '-')) j++
  const pair = readYearPair(ts, academicYearWords(ts, j) ?? j, settings)
  if (pair?.consecutive) return { year: pair.first, academic: true, twoDigit: pair.twoDigit, next: pair.next }
  const year = readYear(ts, j, settings, true)
  if (year === null) return null
  return { year: year.year, academic: false, twoDigit: year.twoDigit, next: year.next }
}

/**
 * "Autumn and Spring terms", "Autumn & Spring term": the first name is a term too, though "term" is written
 * once, after the second.
 *
 * @example
 * ```ts
 * firstOfTermPair(tokenize('Autumn and Spring terms 2024/25'), 0) // true
 * firstOfTermPair(tokenize('Autumn and Spring 2024'), 0) // false: two seasons
 * ```
 */
export function firstOfTermPair(ts: Tokens, i: number): boolean {
  const other = ts[i + 2]
  const after = ts[i + 3]
  return (
    TERM_LINKS.has(ts[i + 1]?.lower ?? '') &&
    other?.kind === 'word' &&
    NAMED_TERMS.has(other.lower) &&
    (isWord(after, 'term') || isWord(after, 'terms'))
  )
}

/** Words that join two terms written with one year ("Term 1 and Term 2 2024/25", "Autumn & Spring terms"). */
const TERM_LINKS: ReadonlySet<string> = new Set(['and', '&', '/', ',', '-', 'to'])

/** The year of the term after a link at i, when that term has one; it is lent to the term before the link. */
function yearOfNextTerm(ts: Tokens, i: number, settings: DateSettings): TermYear | null {
  if (!TERM_LINKS.has(ts[i]?.lower ?? '')) return null
  const next = readTerm(ts, i + 1)
  if (next === null) return null
  const year = readTermYear(ts, next.next, settings)
  return year === null ? null : { ...year, next: i }
}
