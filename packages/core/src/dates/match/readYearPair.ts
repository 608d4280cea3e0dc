import { type DateSettings, resolveTwoDigitYear } from '../readDateContext'
import { glued, isNum, type Token } from '../tokenize'
import { MAX_YEAR, MIN_YEAR } from './calendar'

/** Two years written as one: "19/20", "2019/20", "2019-20", "2019/2020", "2018-20". */
export interface YearPair {
  first: number
  second: number
  consecutive: boolean
  separator: string
  fourDigitBoth: boolean
  twoDigit: boolean
  next: number
}

/**
 * The year pair at i, or null. Whether a pair is an academic year, a financial year or a range of calendar
 * years is for the matcher that reads it to say.
 *
 * @example
 * ```ts
 * readYearPair(tokenize('2019/20'), 0, readDateContext({}))?.consecutive // true
 * ```
 */
export function readYearPair(ts: readonly Token[], i: number, settings: DateSettings): YearPair | null {
  const a = ts[i]
  const sep = ts[i + 1]
  const b = ts[i + 2]
  if (!isNum(a) || a.ordinal) return null
  // "2024 2025": a year and the next one with only a space between, the slash of "2024/2025" lost in a copy
  // (school plans' targets pasted from a PDF). Read as written with the slash.
  if (
    isNum(sep) &&
    !sep.ordinal &&
    a.digits === 4 &&
    sep.digits === 4 &&
    sep.value === a.value + 1 &&
    !glued(sep)
  ) {
    if (a.value < MIN_YEAR || a.value > MAX_YEAR || isNum(ts[i + 2]) || isNum(ts[i - 1])) return null
    return {
      first: a.value,
      second: sep.value,
      consecutive: true,
      separator: '/',
      fourDigitBoth: true,
      twoDigit: false,
      next: i + 2,
    }
  }
  if (!isNum(b) || b.ordinal || sep === undefined) return null
  // "2022 to 23": a four-digit year and the next one's last two digits, as "2022-23" (never "2022 to 2023",
  // which is a range of calendar years).
  const toNextYear =
    sep.kind === 'word' &&
    sep.lower === 'to' &&
    a.digits === 4 &&
    b.digits === 2 &&
    b.value === (a.value + 1) % 100
  if (!toNextYear && (sep.kind !== 'punct' || (sep.lower !== '/' && sep.lower !== '-'))) return null
  // "2007/8", "2023-4": a four-digit year and the last digit of the next one, an academic year written short.
  const lastDigit =
    a.digits === 4 &&
    b.digits === 1 &&
    (sep.lower === '/' || sep.lower === '-') &&
    glued(sep) &&
    glued(b) &&
    b.value === (a.value + 1) % 10
  if ((a.digits !== 2 && a.digits !== 4) || (b.digits !== 2 && b.digits !== 4 && !lastDigit)) return null
  const first = a.digits === 4 ? a.value : resolveTwoDigitYear(a.value, settings)
  if (first < MIN_YEAR || first > MAX_YEAR) return null
  if (lastDigit)
    return {
      first,
      second: first + 1,
      consecutive: true,
      separator: sep.lower,
      fourDigitBoth: false,
      twoDigit: false,
      next: i + 3,
    }
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
    separator: toNextYear ? '-' : sep.lower,
    fourDigitBoth: a.digits === 4 && b.digits === 4,
    twoDigit: a.digits === 2,
    next: i + 3,
  }
}
