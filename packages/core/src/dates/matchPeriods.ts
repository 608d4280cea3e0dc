import type { QuarterBasis } from '../model/targetDate'
import { monthsWindow, periodYearContaining, splitIso } from './calendar'
import { glued, type Item, isNum, isPunct, isWord, makeSpan, type Span, type Tokens } from './items'
import {
  NAMED_TERMS,
  NUMBER_WORDS,
  NUMBERED_TERMS,
  ORDINAL_WORDS,
  SEASONS,
  SEMESTERS,
  type TermShape,
} from './lexicon'
import {
  confidenceFor,
  MAX_YEAR,
  MIN_YEAR,
  readYear,
  twoDigitWarning,
  yearlessAllowed,
} from './matchCalendar'
import { labelYear, type ReadEnv, resolveTwoDigitYear } from './readEnv'
import type { Token } from './tokenize'

// Periods longer than a month: academic and financial years, quarters, year labels, seasons, terms.

interface YearPair {
  first: number
  second: number
  consecutive: boolean
  separator: string
  fourDigitBoth: boolean
  twoDigit: boolean
  next: number
}

/** "19/20", "2019/20", "2019-20", "2019/2020", "2018-20". */
function readYearPair(ts: Tokens, i: number, env: ReadEnv): YearPair | null {
  const a = ts[i]
  const sep = ts[i + 1]
  const b = ts[i + 2]
  if (!isNum(a) || !isNum(b) || a.ordinal || b.ordinal || sep?.kind !== 'punct') return null
  if (sep.lower !== '/' && sep.lower !== '-') return null
  if ((a.digits !== 2 && a.digits !== 4) || (b.digits !== 2 && b.digits !== 4)) return null
  const first = a.digits === 4 ? a.value : resolveTwoDigitYear(a.value, env)
  if (first < MIN_YEAR || first > MAX_YEAR) return null
  let second = b.value
  if (b.digits === 2) {
    second = Math.floor(first / 100) * 100 + b.value
    if (second < first) second += 100
  }
  if (second < first || second > first + 10) return null
  return {
    first,
    second,
    consecutive: second === first + 1,
    separator: sep.lower,
    fourDigitBoth: a.digits === 4 && b.digits === 4,
    twoDigit: a.digits === 2,
    next: i + 3,
  }
}

type YearKind = 'academic' | 'financial'

/** "AY", "academic year", "session", "FY", "financial year" at i. */
function yearKindWords(ts: Tokens, i: number): { kind: YearKind; next: number } | null {
  const t = ts[i]
  if (t?.kind !== 'word') return null
  if (t.lower === 'ay' || t.lower === 'session') return { kind: 'academic', next: i + 1 }
  if (t.lower === 'fy') return { kind: 'financial', next: i + 1 }
  const n = ts[i + 1]
  const yearWord = n !== undefined && (n.lower === 'year' || n.lower === 'yr')
  if (t.lower === 'academic' && (yearWord || n?.lower === 'session')) return { kind: 'academic', next: i + 2 }
  if (t.lower === 'financial' && yearWord) return { kind: 'financial', next: i + 2 }
  return null
}

function academicSpan(first: number, kind: YearKind, env: ReadEnv, warnings: string[]): Span {
  const startMonth = kind === 'academic' ? env.ayStart : 4
  const precision = kind === 'academic' ? 'academic-year' : 'year'
  return makeSpan(monthsWindow(first, startMonth, 12), precision, confidenceFor(0.95, warnings), warnings)
}

/**
 * Academic years ("19/20", "2019/20", "AY 2019/20", "2019/20 academic year"), financial years ("FY 2019/20")
 * and year ranges written with a short second year ("2018-20").
 */
export function matchAcademicYear(ts: Tokens, i: number, env: ReadEnv): Item | null {
  const prefix = yearKindWords(ts, i)
  const j = prefix?.next ?? i
  const pair = readYearPair(ts, j, env)
  if (pair === null) {
    if (prefix === null) return null
    // "academic year" with no year: the one holding the reference date.
    return relativePeriod(prefix.kind, 0, env, i, prefix.next)
  }
  const suffix = prefix === null ? yearKindWords(ts, pair.next) : null
  const kind = prefix?.kind ?? suffix?.kind ?? 'academic'
  const named = prefix !== null || suffix !== null
  const next = suffix?.next ?? pair.next
  const warnings = pair.twoDigit ? [twoDigitWarning(pair.first)] : []
  if (!pair.consecutive) {
    // "2018-20": a range of calendar years. Two short years ("8/9") are not dates at all.
    if (pair.twoDigit || named) return null
    return {
      type: 'date',
      span: makeSpan(
        monthsWindow(pair.first, 1, 12 * (pair.second - pair.first + 1)),
        'year',
        0.85,
        warnings,
        true,
      ),
      from: i,
      to: next,
    }
  }
  // "2018-2019" with no academic word is a range of two calendar years (the conventions' "2018-2020" rule).
  if (pair.fourDigitBoth && pair.separator === '-' && !named) return null
  return { type: 'date', span: academicSpan(pair.first, kind, env, warnings), from: i, to: next }
}

/** The academic/financial/calendar year containing the anchor, shifted by `offset` years. */
function relativePeriod(
  kind: YearKind | 'calendar',
  offset: number,
  env: ReadEnv,
  from: number,
  to: number,
): Item {
  if (env.anchor === null) {
    const what = kind === 'calendar' ? 'the year' : `the ${kind} year`
    return {
      type: 'invalid',
      warnings: [`${what} needs a referenceDate to be dated`],
      alternatives: [],
      from,
      to,
    }
  }
  const startMonth = kind === 'academic' ? env.ayStart : kind === 'financial' ? 4 : 1
  const first = periodYearContaining(env.anchor, startMonth) + offset
  const warning = `read as the ${kind === 'calendar' ? 'calendar' : kind} year ${kind === 'calendar' ? first : `${first}/${String(first + 1).slice(2)}`} from the reference date`
  if (kind === 'calendar') {
    return {
      type: 'date',
      span: makeSpan(monthsWindow(first, 1, 12), 'year', 0.7, [warning]),
      from,
      to,
    }
  }
  const span = academicSpan(first, kind, env, [warning])
  span.confidence = 0.7
  return { type: 'date', span, from, to }
}

/** "end of (the) year", "year end", "this/next (academic|financial) year". */
export function matchRelativeYear(ts: Tokens, i: number, env: ReadEnv): Item | null {
  const t = ts[i]
  if (t?.kind !== 'word') return null
  if (t.lower === 'this' || t.lower === 'next' || t.lower === 'current') {
    const offset = t.lower === 'next' ? 1 : 0
    const kind = yearKindWords(ts, i + 1)
    if (kind !== null && readYearPair(ts, kind.next, env) === null)
      return relativePeriod(kind.kind, offset, env, i, kind.next)
    if (isWord(ts[i + 1], 'year')) return relativePeriod('calendar', offset, env, i, i + 2)
    return null
  }
  if (t.lower === 'end' && isWord(ts[i + 1], 'of')) {
    let j = i + 2
    if (isWord(ts[j], 'the')) j++
    if (isWord(ts[j], 'year') && !isNum(ts[j + 1])) return relativePeriod('calendar', 0, env, i, j + 1)
    return null
  }
  if ((t.lower === 'year' || t.lower === 'yr') && isWord(ts[i + 1], 'end')) {
    return relativePeriod('calendar', 0, env, i, i + 2)
  }
  return null
}

const LABEL_WORDS = new Set(['year', 'yr', 'years', 'yrs'])

/** "Year 1", "Yr1", "Y1", "Year One" at i: the label number. */
function readLabel(ts: Tokens, i: number): { n: number; next: number } | null {
  const t = ts[i]
  const n = ts[i + 1]
  if (t?.kind !== 'word' || n === undefined) return null
  const glue = t.lower === 'y' && glued(n)
  if (!glue && !LABEL_WORDS.has(t.lower)) return null
  if (isNum(n) && n.digits <= 2 && n.value >= 1 && n.value <= 20 && !n.ordinal)
    return { n: n.value, next: i + 2 }
  const word = n.kind === 'word' ? NUMBER_WORDS.get(n.lower) : undefined
  if (word !== undefined && LABEL_WORDS.has(t.lower)) return { n: word, next: i + 2 }
  return null
}

function labelSpan(first: number, last: number, env: ReadEnv, from: number, to: number): Item {
  const a = labelYear(first, env)
  const b = labelYear(last, env)
  const name = first === last ? `Year ${first}` : `Years ${first}–${last}`
  if (a === null || b === null) {
    return {
      type: 'invalid',
      warnings: [`"${name}" needs yearLabels (e.g. { "Year 1": 2019 })`],
      alternatives: [],
      from,
      to,
    }
  }
  const warnings: string[] = []
  for (const [n, read] of [[first, a] as const, [last, b] as const]) {
    if (read.extrapolated) warnings.push(`Year ${n} not in yearLabels: read as ${read.year}`)
  }
  return {
    type: 'date',
    span: makeSpan(
      monthsWindow(a.year, 1, 12 * (b.year - a.year + 1)),
      'year',
      confidenceFor(0.9, warnings),
      [...new Set(warnings)],
      first !== last,
    ),
    from,
    to,
  }
}

/** "Year 1", "Y2", "(Y1-3)", "Years 1 to 3". */
export function matchYearLabel(ts: Tokens, i: number, env: ReadEnv): Item | null {
  const label = readLabel(ts, i)
  if (label === null) return null
  const c = ts[label.next]
  if (isPunct(c, '-') || isWord(c, 'to')) {
    const again = readLabel(ts, label.next + 1)
    const n = ts[label.next + 1]
    const last = again?.n ?? (isNum(n) && n.digits <= 2 && !n.ordinal ? n.value : null)
    if (last !== null && last > label.n && last <= 20) {
      return labelSpan(label.n, last, env, i, again?.next ?? label.next + 2)
    }
  }
  return labelSpan(label.n, label.n, env, i, label.next)
}

const QUARTER_WORDS: ReadonlySet<string> = new Set(['q', 'qtr', 'quarter'])

function quarterWordWithin(ts: Tokens, from: number, to: number): boolean {
  const end = Math.min(to, ts.length)
  for (let k = from; k < end; k++) {
    const t = ts[k] as Token
    // Every quarter word is a word starting with "q": a cheap test before the set lookup, run for every number.
    if (t.kind === 'word' && t.lower.charCodeAt(0) === 113 && QUARTER_WORDS.has(t.lower)) return true
  }
  return false
}

/** The quarter number at i: "Q2", "Q 2", "Qtr 2", "Quarter 2", "2nd quarter", "second quarter of". */
function readQuarter(
  ts: Tokens,
  i: number,
): { q: number; next: number } | { bad: string; next: number } | null {
  const t = ts[i]
  const n = ts[i + 1]
  if (t?.kind === 'word' && (t.lower === 'q' || t.lower === 'qtr' || t.lower === 'quarter')) {
    if (isNum(n) && !n.ordinal && n.digits === 1 && (t.lower !== 'q' || glued(n) || n.value <= 4)) {
      if (n.value >= 1 && n.value <= 4) return { q: n.value, next: i + 2 }
      return { bad: `"Q${n.value}" is not a quarter`, next: i + 2 }
    }
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
  const ordinal =
    t?.kind === 'word' ? ORDINAL_WORDS.get(t.lower) : isNum(t) && t.ordinal ? t.value : undefined
  if (ordinal !== undefined && ordinal >= 1 && ordinal <= 4 && (isWord(n, 'quarter') || isWord(n, 'qtr'))) {
    return { q: ordinal, next: isWord(ts[i + 2], 'of') ? i + 3 : i + 2 }
  }
  return null
}

interface QuarterYear {
  year: number
  basis?: QuarterBasis
  warnings: string[]
  extrapolated?: boolean
  next: number
}

/** The year written after a quarter: "2019", "2019/20", "FY 2019/20", "Year 1", "'19". */
function readQuarterYear(ts: Tokens, i: number, env: ReadEnv): QuarterYear | null {
  let j = i
  if (isPunct(ts[j], ',') || isPunct(ts[j], '/') || isPunct(ts[j], '-') || isWord(ts[j], 'of')) j++
  const kind = yearKindWords(ts, j)
  const pairAt = kind?.next ?? j
  const pair = readYearPair(ts, pairAt, env)
  if (pair?.consecutive) {
    const suffix = kind === null ? yearKindWords(ts, pair.next) : null
    const basis: QuarterBasis =
      (kind ?? suffix)?.kind === 'financial'
        ? 'financial'
        : env.basis === 'financial'
          ? 'financial'
          : 'academic'
    return {
      year: pair.first,
      basis,
      warnings: pair.twoDigit ? [twoDigitWarning(pair.first)] : [],
      next: suffix?.next ?? pair.next,
    }
  }
  const label = readLabel(ts, j)
  if (label !== null) {
    const read = labelYear(label.n, env)
    if (read === null) return null
    return {
      year: read.year,
      warnings: read.extrapolated ? [`Year ${label.n} not in yearLabels: read as ${read.year}`] : [],
      next: label.next,
    }
  }
  const year = readYear(ts, j, env, false)
  if (year !== null)
    return { year: year.year, warnings: year.twoDigit ? [twoDigitWarning(year.year)] : [], next: year.next }
  return null
}

function quarterStartMonth(q: number, basis: QuarterBasis, env: ReadEnv): number {
  const first = basis === 'calendar' ? 1 : basis === 'financial' ? 4 : env.ayStart
  return first + (q - 1) * 3
}

/**
 * Quarters: "Q2" (year from the column's label, else the reference date), "Q2 2019", "2019 Q2",
 * "Q1 2019/20", "Y1 Q2", "Q3 Year 2", "Q.E" (unreadable).
 */
export function matchQuarter(ts: Tokens, i: number, env: ReadEnv): Item | null {
  let leading: QuarterYear | null = null
  let j = i
  let quarter = readQuarter(ts, i)
  if (quarter === null) {
    // A year before a quarter ("2019 Q2", "FY 2019/20 Q4") is at most five tokens ahead of it.
    if (!quarterWordWithin(ts, i + 1, i + 6)) return null
    leading = readQuarterYear(ts, i, env)
    if (leading === null) return null
    j = leading.next
    if (isPunct(ts[j], ':') || isPunct(ts[j], '-') || isPunct(ts[j], ',')) j++
    quarter = readQuarter(ts, j)
    if (quarter === null) return null
  }
  if ('bad' in quarter) {
    // The unreadable quarter stands alone; a leading year belongs to its own reading.
    if (leading !== null) return null
    return { type: 'invalid', warnings: [quarter.bad], alternatives: [], from: i, to: quarter.next }
  }
  const trailing = leading === null ? readQuarterYear(ts, quarter.next, env) : null
  const given = leading ?? trailing
  if (given === null) return quarterWithoutYear(quarter.q, env, i, quarter.next)
  const warnings = [...given.warnings]
  const basis = given.basis ?? env.basis
  return {
    type: 'date',
    span: makeSpan(
      monthsWindow(given.year, quarterStartMonth(quarter.q, basis, env), 3),
      'quarter',
      confidenceFor(0.95, warnings),
      warnings,
    ),
    from: i,
    to: trailing?.next ?? quarter.next,
  }
}

/** A quarter written with no year ("Q2"): the column's labelled year, else the reference date's, else unread. */
export function quarterWithoutYear(q: number, env: ReadEnv, from: number, to: number): Item {
  const basis = env.basis
  const warnings: string[] = []
  let year: number
  let confidence: number
  if (env.columnYear !== null) {
    year = env.columnYear
    confidence = 0.92
  } else if (env.anchor !== null) {
    const startMonth = quarterStartMonth(1, basis, env)
    year = basis === 'calendar' ? splitIso(env.anchor)[0] : periodYearContaining(env.anchor, startMonth)
    warnings.push(`Q${q} has no year: read in ${year}, from the reference date`)
    confidence = 0.6
  } else {
    return {
      type: 'invalid',
      warnings: [`Q${q} has no year: pass yearLabels and column, or a referenceDate`],
      alternatives: [],
      from,
      to,
    }
  }
  return {
    type: 'date',
    span: makeSpan(
      monthsWindow(year, quarterStartMonth(q, basis, env), 3),
      'quarter',
      confidenceFor(confidence, warnings),
      warnings,
    ),
    from,
    to,
  }
}

/** "H1 2020", "first half of 2020", "second half of 2020". */
export function matchHalf(ts: Tokens, i: number, env: ReadEnv): Item | null {
  const t = ts[i]
  let half: number | null = null
  let j = i
  if (
    isWord(t, 'h') &&
    isNum(ts[i + 1]) &&
    glued(ts[i + 1]) &&
    (ts[i + 1]?.value === 1 || ts[i + 1]?.value === 2)
  ) {
    half = ts[i + 1]?.value ?? null
    j = i + 2
  } else if ((isWord(t, 'first') || isWord(t, 'second')) && isWord(ts[i + 1], 'half')) {
    half = t?.lower === 'first' ? 1 : 2
    j = isWord(ts[i + 2], 'of') ? i + 3 : i + 2
  }
  if (half === null) return null
  const year = readYear(ts, j, env, false)
  if (year === null) return null
  return {
    type: 'date',
    span: makeSpan(monthsWindow(year.year, half === 1 ? 1 : 7, 6), 'quarter', 0.85, []),
    from: i,
    to: year.next,
  }
}

/** "Summer 2020", "summer of 2020", "Winter 2020/21", "Summer 20"; "Summer" alone becomes a partial. */
export function matchSeason(ts: Tokens, i: number, env: ReadEnv): Item | null {
  const t = ts[i]
  const season = t?.kind === 'word' ? SEASONS.get(t.lower) : undefined
  if (season === undefined) return null
  let j = i + 1
  if (isWord(ts[j], 'of') || isPunct(ts[j], ',')) j++
  const pair = readYearPair(ts, j, env)
  const year = pair?.consecutive
    ? { year: pair.first, twoDigit: pair.twoDigit, next: pair.next }
    : readYear(ts, j, env, true)
  if (year === null) {
    if (!yearlessAllowed(ts, i, i) || isWord(ts[i + 1], 'term')) return null
    return {
      type: 'partial',
      partial: { unit: 'season', month: season.startMonth, name: season.name, warnings: [] },
      from: i,
      to: i + 1,
    }
  }
  const warnings = year.twoDigit ? [twoDigitWarning(year.year)] : []
  return {
    type: 'date',
    span: makeSpan(
      monthsWindow(year.year, season.startMonth, 3),
      'season',
      confidenceFor(0.9, warnings),
      warnings,
    ),
    from: i,
    to: year.next,
  }
}

/** The term named at i: "Autumn term", "Michaelmas term", "Term 2", "Semester 1", "Sem 2", "second semester". */
function readTerm(ts: Tokens, i: number): { term: TermShape; next: number } | null {
  const t = ts[i]
  const n = ts[i + 1]
  if (t?.kind !== 'word') return null
  const named = NAMED_TERMS.get(t.lower)
  if (named !== undefined && isWord(n, 'term')) return { term: named, next: i + 2 }
  if (
    named !== undefined &&
    (t.lower === 'michaelmas' || t.lower === 'hilary' || t.lower === 'trinity' || t.lower === 'lent')
  ) {
    return { term: named, next: i + 1 }
  }
  const num = isNum(n) && n.digits === 1 && !n.ordinal ? n.value : null
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

/**
 * Terms of the UK academic year. With an academic year ("Semester 1 2019/20") the term is the one inside
 * it; with a calendar year ("Autumn term 2019") it is the one that starts in that year; with neither, the one
 * in the academic year holding the reference date.
 */
export function matchTerm(ts: Tokens, i: number, env: ReadEnv): Item | null {
  const read = readTerm(ts, i)
  if (read === null) return null
  const { term } = read
  let j = read.next
  if (isWord(ts[j], 'of') || isPunct(ts[j], ',') || isPunct(ts[j], '-')) j++
  const kind = yearKindWords(ts, j)
  const pair = readYearPair(ts, kind?.next ?? j, env)
  const warnings: string[] = []
  let start: number
  let next = read.next
  let confidence = 0.9
  if (pair?.consecutive) {
    start = term.startMonth >= 8 ? pair.first : pair.first + 1
    if (pair.twoDigit) warnings.push(twoDigitWarning(pair.first))
    next = pair.next
  } else {
    const year = readYear(ts, j, env, true)
    if (year !== null) {
      start = year.year
      if (year.twoDigit) warnings.push(twoDigitWarning(year.year))
      next = year.next
    } else if (env.anchor !== null) {
      const ay = periodYearContaining(env.anchor, env.ayStart)
      start = term.startMonth >= 8 ? ay : ay + 1
      warnings.push(`${term.name} has no year: read in the academic year ${ay}/${String(ay + 1).slice(2)}`)
      confidence = 0.6
    } else {
      return {
        type: 'invalid',
        warnings: [`${term.name} has no year: pass a referenceDate`],
        alternatives: [],
        from: i,
        to: read.next,
      }
    }
  }
  return {
    type: 'date',
    span: makeSpan(
      monthsWindow(start, term.startMonth, term.months),
      'term',
      confidenceFor(confidence, warnings),
      warnings,
    ),
    from: i,
    to: next,
  }
}
