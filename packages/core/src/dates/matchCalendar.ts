import { dayExists, dayWindow, monthsWindow } from './calendar'
import { glued, type Item, isNum, isPunct, isWord, makeSpan, type Span, type Tokens } from './items'
import { LEAD_WORDS, lookupMonth, MONTH_NAMES } from './lexicon'
import { type ReadEnv, resolveTwoDigitYear } from './readEnv'

// Days, months and years: "4 June 2018", "16/04/18", "2019-06-30", "Aug. 18", "June19", "06/2019", "2019".

/** A year the text wrote, with the warning a two-digit year carries. */
export interface YearRead {
  year: number
  next: number
  twoDigit: boolean
}

export const MIN_YEAR = 1990
export const MAX_YEAR = 2099

export const twoDigitWarning = (year: number): string => `two-digit year read as ${year}`

/** A four-digit year at i (1990–2099), or a two-digit one written "'19", or (when allowed) a bare "19". */
export function readYear(ts: Tokens, i: number, env: ReadEnv, allowTwoDigit: boolean): YearRead | null {
  const t = ts[i]
  if (isPunct(t, "'") && isNum(ts[i + 1]) && ts[i + 1]?.digits === 2 && !ts[i + 1]?.ordinal) {
    return { year: resolveTwoDigitYear(ts[i + 1]?.value ?? 0, env), next: i + 2, twoDigit: true }
  }
  if (!isNum(t) || t.ordinal) return null
  if (t.digits === 4 && t.value >= MIN_YEAR && t.value <= MAX_YEAR)
    return { year: t.value, next: i + 1, twoDigit: false }
  if (allowTwoDigit && t.digits === 2)
    return { year: resolveTwoDigitYear(t.value, env), next: i + 1, twoDigit: true }
  return null
}

/** Confidence for a plain reading, lowered for each reason to doubt it. */
export function confidenceFor(base: number, warnings: readonly string[]): number {
  return Math.max(0.1, Math.round((base - 0.1 * warnings.length) * 100) / 100)
}

function daySpan(year: number, month: number, day: number, warnings: string[]): Span {
  return makeSpan(dayWindow(year, month, day), 'day', confidenceFor(0.97, warnings), warnings)
}

export function monthSpan(year: number, month: number, warnings: string[]): Span {
  return makeSpan(monthsWindow(year, month, 1), 'month', confidenceFor(0.95, warnings), warnings)
}

function missingDay(day: number, month: number, year: number): string {
  return month >= 1 && month <= 12
    ? `${day} ${MONTH_NAMES[month]} ${year} does not exist`
    : `month ${month} does not exist (dates are read day first)`
}

/** A checked day: the date item, or an invalid item explaining why the day does not exist. */
export function dayItem(
  year: number,
  month: number,
  day: number,
  warnings: string[],
  from: number,
  to: number,
): Item {
  if (dayExists(year, month, day))
    return { type: 'date', span: daySpan(year, month, day, warnings), from, to }
  const alternatives: Span[] = []
  // "06/13/2019" only makes sense month first: offer it, but never as the reading (UK day-first, always).
  if (month > 12 && day <= 12 && dayExists(year, day, month)) {
    alternatives.push(daySpan(year, day, month, [...warnings, 'read month first, which UK dates never are']))
  }
  return { type: 'invalid', warnings: [...warnings, missingDay(day, month, year)], alternatives, from, to }
}

/** A day written UK style, day then month then a two- or four-digit year ("16/04/18", "4.6.2019"). */
export function ukDayItem(
  day: number,
  month: number,
  yearValue: number,
  yearDigits: number,
  env: ReadEnv,
  from: number,
  to: number,
): Item {
  const warnings: string[] = []
  let year = yearValue
  if (yearDigits === 2) {
    year = resolveTwoDigitYear(yearValue, env)
    warnings.push(twoDigitWarning(year))
  }
  return dayItem(year, month, day, warnings, from, to)
}

const NUMERIC_SEPARATORS = new Set(['/', '.', '-'])

/** "16/04/18", "4.6.2019", "2019-06-30", "06/2019", "2019-06". */
export function matchNumericDate(ts: Tokens, i: number, env: ReadEnv): Item | null {
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
    return ukDayItem(a.value, b.value, c.value, c.digits, env, i, i + 5)
  }
  if (three) return null
  // Month and year: "06/2019" (UK), "2019-06" (ISO). "2019-20" is an academic year, matched elsewhere.
  if (a.digits <= 2 && b.digits === 4 && sep.lower === '/' && a.value >= 1 && a.value <= 12) {
    if (b.value < MIN_YEAR || b.value > MAX_YEAR) return null
    return { type: 'date', span: monthSpan(b.value, a.value, []), from: i, to: i + 3 }
  }
  if (a.digits === 4 && b.digits === 2 && sep.lower === '-' && b.value >= 1 && b.value <= 12) {
    if (a.value < MIN_YEAR || a.value > MAX_YEAR || (a.value + 1) % 100 === b.value) return null
    return { type: 'date', span: monthSpan(a.value, b.value, []), from: i, to: i + 3 }
  }
  return null
}

/** A month word at i: exact, or a misspelling when a number follows (so prose like "match" stays prose). */
function monthAt(ts: Tokens, i: number): { month: number; warnings: string[]; next: number } | null {
  const t = ts[i]
  if (t?.kind !== 'word') return null
  let next = i + 1
  if (isPunct(ts[next], '.') && glued(ts[next])) next++
  // Misspellings are only considered right before a number, which also keeps the edit distance off prose.
  const found = lookupMonth(t.lower, isNum(ts[next]) || isNum(ts[next + 1]))
  if (found === null) return null
  if (found.fuzzy) {
    return { month: found.month, warnings: [`read "${t.lower}" as ${MONTH_NAMES[found.month]}`], next }
  }
  return { month: found.month, warnings: [], next }
}

/** Whether a month or season named without a year may stand as a date here ("by June", not "we may"). */
export function yearlessAllowed(ts: Tokens, i: number, lead: number): boolean {
  const t = ts[i]
  if (t === undefined) return false
  if (t.lower === 'may' && !t.capital) return false
  if (t.lower === 'march' && !t.capital) return false
  const before = ts[lead - 1]
  if (before === undefined || before.kind === 'break') return true
  if (before.kind === 'punct') return before.lower !== "'"
  return LEAD_WORDS.has(before.lower)
}

/**
 * "4 June 2018", "4th of June", "1st May 2019", "4-Jun-18": a day then a month, optionally a year.
 */
export function matchDayMonth(ts: Tokens, i: number, env: ReadEnv): Item | null {
  const d = ts[i]
  if (!isNum(d) || d.digits > 2 || d.value < 1 || d.value > 31) return null
  let j = i + 1
  const dashed = isPunct(ts[j], '-') && glued(ts[j])
  if (dashed || isPunct(ts[j], '/')) j++
  if (isWord(ts[j], 'of')) j++
  const month = monthAt(ts, j)
  if (month === null) return null
  j = month.next
  if (isPunct(ts[j], ',') || (isPunct(ts[j], '-') && glued(ts[j]))) {
    if (readYear(ts, j + 1, env, true) !== null) j++
  }
  const year = readYear(ts, j, env, true)
  if (year === null) {
    return {
      type: 'partial',
      partial: {
        unit: 'day',
        month: month.month,
        day: d.value,
        name: `${d.value} ${MONTH_NAMES[month.month]}`,
        warnings: month.warnings,
      },
      from: i,
      to: month.next,
    }
  }
  const warnings = [...month.warnings]
  if (year.twoDigit) warnings.push(twoDigitWarning(year.year))
  return dayItem(year.year, month.month, d.value, warnings, i, year.next)
}

/**
 * A month first: "June 4th 2019" (a day), "August 2020", "Aug. 18" and "June19" (month and two-digit year,
 * with the day reading as an alternative), or a month alone ("by June").
 */
export function matchMonthFirst(ts: Tokens, i: number, env: ReadEnv): Item | null {
  const month = monthAt(ts, i)
  if (month === null) return null
  let j = month.next
  const warnings = [...month.warnings]
  const n = ts[j]
  // "June 4th 2019", "June 20, 2019": a day, because a year follows.
  if (isNum(n) && n.digits <= 2 && n.value >= 1 && n.value <= 31) {
    let k = j + 1
    if (isPunct(ts[k], ',')) k++
    const year = readYear(ts, k, env, false)
    if (year !== null) return dayItem(year.year, month.month, n.value, warnings, i, year.next)
  }
  if ((isPunct(n, ',') || isPunct(n, '-')) && isNum(ts[j + 1])) j++
  // A four-digit year, or a two-digit one written with an apostrophe ("June '20").
  const year = readYear(ts, j, env, false)
  if (year !== null) {
    if (year.twoDigit) warnings.push(twoDigitWarning(year.year))
    return { type: 'date', span: monthSpan(year.year, month.month, warnings), from: i, to: year.next }
  }
  const m = ts[j]
  if (isNum(m) && (m.ordinal || m.digits === 1) && m.value >= 1 && m.value <= 31) {
    return {
      type: 'partial',
      partial: {
        unit: 'day',
        month: month.month,
        day: m.value,
        name: `${m.value} ${MONTH_NAMES[month.month]}`,
        warnings,
      },
      from: i,
      to: j + 1,
    }
  }
  if (isNum(m) && m.digits === 2 && !m.ordinal)
    return monthNumber(month.month, m.value, warnings, env, i, j + 1)
  if (!yearlessAllowed(ts, i, i) || month.warnings.length > 0) return null
  return {
    type: 'partial',
    partial: { unit: 'month', month: month.month, name: MONTH_NAMES[month.month] ?? '', warnings },
    from: i,
    to: month.next,
  }
}

/** "June 20": month and two-digit year by default, 20 June as the alternative (or the other way round). */
export function monthNumber(
  month: number,
  nn: number,
  warnings: string[],
  env: ReadEnv,
  from: number,
  to: number,
): Item {
  const year = resolveTwoDigitYear(nn, env)
  const asYear = monthSpan(year, month, [...warnings, twoDigitWarning(year)])
  const dayYear = env.anchorYear
  const asDay =
    nn >= 1 && dayYear !== null && dayExists(dayYear, month, nn)
      ? daySpan(dayYear, month, nn, [
          ...warnings,
          `read "${nn}" as a day in ${dayYear}, the reference date's year`,
        ])
      : null
  if (env.numberAfterMonth === 'day' && asDay !== null) {
    asDay.alternatives = [asYear]
    return { type: 'date', span: asDay, from, to }
  }
  if (asDay !== null) {
    asYear.confidence = confidenceFor(0.9, asYear.warnings)
    asYear.alternatives = [asDay]
  }
  return { type: 'date', span: asYear, from, to }
}

/** A four-digit year on its own: "2019", "during 2019", "by end of 2019". */
export function matchYear(ts: Tokens, i: number, env: ReadEnv): Item | null {
  const t = ts[i]
  if (!isNum(t) || t.digits !== 4) return null
  const year = readYear(ts, i, env, false)
  if (year === null) return null
  return {
    type: 'date',
    span: makeSpan(monthsWindow(year.year, 1, 12), 'year', 0.9, []),
    from: i,
    to: i + 1,
  }
}
