import { monthsWindow } from '../calendar'
import { dateItem, type Item, makeSpan, periodYearFromAnchor, type Span } from '../Item'
import { MONTH_NAMES, MONTHS } from '../lexicon'
import { type DateSettings, resolveTwoDigitYear } from '../readDateContext'
import { isNum, isPunct, isWord, type Token } from '../tokenize'
import { readYearPair } from './readYearPair'
import { confidenceFor, MAX_YEAR, MIN_YEAR, twoDigitWarning } from './calendar'

// Financial years: "FY21", "FY 2020/21", "FY2022", "financial year 2020/21", "2020/21 financial year",
// "during FY22", with the year starting in `financialYearStartMonth` (default April, UK).

type Tokens = readonly Token[]

/** "FY", "financial year", "fiscal year", "fin year" (or "financial years" before a list) at i: the token after them. */
export function financialYearWords(ts: Tokens, i: number): number | null {
  const t = ts[i]
  if (t?.kind !== 'word') return null
  if (t.lower === 'fy') return i + 1
  const n = ts[i + 1]
  if (
    (t.lower === 'financial' || t.lower === 'fiscal' || t.lower === 'fin') &&
    (isWord(n, 'year') || isWord(n, 'yr') || isWord(n, 'years'))
  ) {
    return i + 2
  }
  return null
}

/** The financial year that starts in `startYear`. */
export function financialYearSpan(startYear: number, settings: DateSettings, warnings: string[]): Span {
  const window = monthsWindow(startYear, settings.financialYearStartMonth, 12)
  return makeSpan(window, 'year', confidenceFor(0.95, warnings), warnings)
}

/** The calendar year a financial year starts in, given the year it ends in. */
const startYearOf = (endYear: number, settings: DateSettings): number =>
  settings.financialYearStartMonth === 1 ? endYear : endYear - 1

/** What a financial year written after "FY" names: the year it starts in, and the token after it. */
interface FinancialYearRead {
  startYear: number
  warnings: string[]
  next: number
}

/**
 * The year after "FY" at i: a pair ("2020/21", "20/21") names the years it spans; one year ("2022", "22")
 * names the year the financial year ends in, as "FY22" is written (April 2021 – March 2022 for a UK year).
 *
 * @example
 * ```ts
 * readFinancialYear(tokenize('2022'), 0, readDateContext({}))?.startYear // 2021
 * ```
 */
export function readFinancialYear(ts: Tokens, i: number, settings: DateSettings): FinancialYearRead | null {
  const pair = readYearPair(ts, i, settings)
  if (pair?.consecutive) {
    return {
      startYear: pair.first,
      warnings: pair.twoDigit ? [twoDigitWarning(pair.first)] : [],
      next: pair.next,
    }
  }
  const t = ts[i]
  if (!isNum(t) || t.ordinal || (t.digits !== 2 && t.digits !== 4)) return null
  const endYear = t.digits === 4 ? t.value : resolveTwoDigitYear(t.value, settings)
  if (endYear < MIN_YEAR || endYear > MAX_YEAR) return null
  const startYear = startYearOf(endYear, settings)
  const startMonth = settings.financialYearStartMonth
  const lastMonth = ((startMonth + 10) % 12) + 1
  // Say where the start month came from: the caller's financialYearStartMonth (telling them to set what they
  // set would mislead), or the April default, with the field that changes it.
  const source = settings.financialYearStartMonthSet
    ? `financialYearStartMonth is ${startMonth}`
    : 'set financialYearStartMonth for another start'
  const note =
    startMonth === 1
      ? `FY${t.lower} read as the calendar year ${endYear} (financialYearStartMonth is 1)`
      : `FY${t.lower} read as the financial year ending in ${endYear}: ${MONTH_NAMES[startMonth]} ${startYear} – ${MONTH_NAMES[lastMonth]} ${endYear} (${source})`
  return { startYear, warnings: [note], next: i + 1 }
}

/**
 * "FY21", "FY 2020/21", "financial year 2020/21", "2020/21 financial year", "financial year" (the current one).
 *
 * @example
 * ```ts
 * matchFinancialYear(tokenize('FY21'), 0, readDateContext({})) // 1 April 2020 – 31 March 2021
 * ```
 */
export function matchFinancialYear(ts: Tokens, i: number, settings: DateSettings): Item | null {
  const prefix = financialYearWords(ts, i)
  if (prefix !== null) {
    // A lone "financial year" is the one holding the reference date; a lone "FY" is nothing.
    const read = readFinancialYear(ts, prefix, settings)
    // "financial years" is only read before the years it names.
    if (read === null)
      return isWord(ts[i], 'fy') || isWord(ts[prefix - 1], 'years')
        ? null
        : financialYearFromAnchor(0, settings, i, prefix)
    const stated = statedMonths(ts, read.next, read.startYear)
    if (stated !== null) return dateItem(stated.span, i, stated.next)
    return dateItem(financialYearSpan(read.startYear, settings, read.warnings), i, read.next)
  }
  const pair = readYearPair(ts, i, settings)
  const suffix = pair?.consecutive ? financialYearWords(ts, pair.next) : null
  if (pair === null || suffix === null) return null
  const warnings = pair.twoDigit ? [twoDigitWarning(pair.first)] : []
  return dateItem(financialYearSpan(pair.first, settings, warnings), i, suffix)
}

/** A month and its four-digit year at i ("July 2023", "Jul. 2023", "June, 2024"), and the token after them. */
function monthYearAt(ts: Tokens, i: number): { year: number; month: number; next: number } | null {
  const m = ts[i]
  const month = m?.kind === 'word' ? MONTHS.get(m.lower) : undefined
  if (month === undefined) return null
  let j = i + 1
  if (isPunct(ts[j], '.') || isPunct(ts[j], ',')) j++
  const y = ts[j]
  if (!isNum(y) || y.digits !== 4 || y.value < MIN_YEAR || y.value > MAX_YEAR) return null
  return { year: y.value, month, next: j + 1 }
}

/**
 * A financial year that states its own months in brackets after it: "fiscal year 2024 (July 2023- June 2024)",
 * "FY 2023/24 (October 2023 – September 2024)". Twelve months that hold the year's end (or, for a pair, start in its
 * first year) are the writer's financial year, whatever `financialYearStartMonth` says; anything else is left to
 * be read as a date of its own.
 */
function statedMonths(ts: Tokens, i: number, startYear: number): { span: Span; next: number } | null {
  if (!isPunct(ts[i], '(')) return null
  const first = monthYearAt(ts, i + 1)
  if (first === null) return null
  let j = first.next
  if (isPunct(ts[j], '-')) j++
  else if (isWord(ts[j], 'to')) j++
  else return null
  const last = monthYearAt(ts, j)
  if (last === null || !isPunct(ts[last.next], ')')) return null
  const months = last.year * 12 + last.month - (first.year * 12 + first.month) + 1
  // The stated year starts in the year the default reading starts in, or one later ("FY2024" with a July start).
  if (months !== 12 || (first.year !== startYear && first.year !== startYear + 1)) return null
  const window = monthsWindow(first.year, first.month, 12)
  const warning = `financial year read from the months it states: ${MONTH_NAMES[first.month]} ${first.year} – ${MONTH_NAMES[last.month]} ${last.year}`
  return { span: makeSpan(window, 'year', 0.95, [warning]), next: last.next + 1 }
}

/** The financial year holding the anchor, `offset` years on; invalid without an anchor. */
export function financialYearFromAnchor(
  offset: number,
  settings: DateSettings,
  from: number,
  to: number,
): Item {
  const year = {
    name: 'financial',
    startMonth: settings.financialYearStartMonth,
    spanOf: (first: number, warnings: string[]) => financialYearSpan(first, settings, warnings),
  } as const
  return periodYearFromAnchor(year, settings.anchor, offset, from, to)
}
