import { monthsWindow } from '../calendar'
import { dateItem, type Item, makeSpan, periodYearFromAnchor, type Span } from '../Item'
import { MONTH_NAMES } from '../lexicon'
import { type DateSettings, resolveTwoDigitYear } from '../readDateContext'
import { isNum, isWord, type Token } from '../tokenize'
import { readYearPair } from './readYearPair'
import { confidenceFor, MAX_YEAR, MIN_YEAR, twoDigitWarning } from './calendar'

// Financial years: "FY21", "FY 2020/21", "FY2022", "financial year 2020/21", "2020/21 financial year",
// "during FY22", with the year starting in `financialYearStartMonth` (default April, UK).

type Tokens = readonly Token[]

/** "FY", "financial year", "fiscal year", "fin year" at i: the token after them, or null. */
export function financialYearWords(ts: Tokens, i: number): number | null {
  const t = ts[i]
  if (t?.kind !== 'word') return null
  if (t.lower === 'fy') return i + 1
  const n = ts[i + 1]
  if (
    (t.lower === 'financial' || t.lower === 'fiscal' || t.lower === 'fin') &&
    (isWord(n, 'year') || isWord(n, 'yr'))
  ) {
    return i + 2
  }
  return null
}

/** The financial year that starts in `startYear`. */
function financialYearSpan(startYear: number, settings: DateSettings, warnings: string[]): Span {
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
  const note =
    startMonth === 1
      ? `FY${t.lower} read as the calendar year ${endYear} (financialYearStartMonth is 1)`
      : `FY${t.lower} read as the financial year ending in ${endYear}: ${MONTH_NAMES[startMonth]} ${startYear} – ${MONTH_NAMES[lastMonth]} ${endYear} (set financialYearStartMonth for another start)`
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
    if (read === null) return isWord(ts[i], 'fy') ? null : financialYearFromAnchor(0, settings, i, prefix)
    return dateItem(financialYearSpan(read.startYear, settings, read.warnings), i, read.next)
  }
  const pair = readYearPair(ts, i, settings)
  const suffix = pair?.consecutive ? financialYearWords(ts, pair.next) : null
  if (pair === null || suffix === null) return null
  const warnings = pair.twoDigit ? [twoDigitWarning(pair.first)] : []
  return dateItem(financialYearSpan(pair.first, settings, warnings), i, suffix)
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
