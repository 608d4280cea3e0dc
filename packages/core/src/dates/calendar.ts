// Calendar arithmetic for the date reader. Dates travel as ISO strings. The few sums that need a Date make it
// at local noon, so no time-zone or daylight-saving shift can move it across midnight.

/** An inclusive window of calendar days as ISO strings. */
export interface DayWindow {
  start: string
  end: string
}

/** "-01" … "-31": the month and day fields of an ISO date, with their separator, written once. */
const DASHED_TWO_DIGITS: readonly string[] = Array.from({ length: 32 }, (_, n) =>
  n < 10 ? `-0${n}` : `-${n}`,
)

const dashed2 = (n: number): string => DASHED_TWO_DIGITS[n] ?? (n < 10 ? `-0${n}` : `-${n}`)
const pad4 = (n: number): string => (n >= 1000 ? `${n}` : String(n).padStart(4, '0'))

/** ISO `YYYY-MM-DD` from calendar fields (callers pass real days). */
const isoOf = (year: number, month: number, day: number): string => pad4(year) + dashed2(month) + dashed2(day)

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const

/** True for a Gregorian leap year. */
const isLeapYear = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0

/** Days in a month (1–12) of the Gregorian calendar. */
export const daysInMonth = (year: number, month: number): number =>
  month === 2 && isLeapYear(year) ? 29 : (MONTH_DAYS[month - 1] ?? 31)

/** True when the day exists in the years the schema allows (rejects 31 June, 29 February 2019, month 13). */
export const dayExists = (year: number, month: number, day: number): boolean =>
  Number.isInteger(year) &&
  Number.isInteger(month) &&
  Number.isInteger(day) &&
  year >= 1000 &&
  year <= 9999 &&
  month >= 1 &&
  month <= 12 &&
  day >= 1 &&
  day <= daysInMonth(year, month)

/** The last day of a month as an ISO date. */
const lastDayIso = (year: number, month: number): string => isoOf(year, month, daysInMonth(year, month))

/**
 * A window of `count` whole months starting at `month` of `year` (months past December roll on).
 *
 * @example
 * ```ts
 * monthsWindow(2020, 12, 3) // { start: '2020-12-01', end: '2021-02-28' }
 * ```
 */
export function monthsWindow(year: number, month: number, count: number): DayWindow {
  const first = year * 12 + (month - 1)
  const last = first + count - 1
  return {
    start: isoOf(Math.floor(first / 12), (first % 12) + 1, 1),
    end: lastDayIso(Math.floor(last / 12), (last % 12) + 1),
  }
}

/** One calendar day as a window. */
export function dayWindow(year: number, month: number, day: number): DayWindow {
  const iso = isoOf(year, month, day)
  return { start: iso, end: iso }
}

/** The number the characters `from`…`to` (exclusive) of `text` write; NaN unless all are decimal digits. */
function digitsBetween(text: string, from: number, to: number): number {
  let value = 0
  for (let i = from; i < to; i++) {
    const digit = text.charCodeAt(i) - 48
    if (!(digit >= 0 && digit <= 9)) return Number.NaN
    value = value * 10 + digit
  }
  return value
}

/**
 * Year, month and day of an ISO date, read from its fixed-width digit fields (no slicing or string-to-number
 * conversion: this runs for every date the reader compares or moves); NaN for a field that is not digits.
 *
 * @example
 * ```ts
 * splitIso('2019-06-30') // [2019, 6, 30]
 * ```
 */
export function splitIso(iso: string): [number, number, number] {
  return [digitsBetween(iso, 0, 4), digitsBetween(iso, 5, 7), digitsBetween(iso, 8, 10)]
}

/** The ISO date `days` days after `iso` (negative for before). */
export function addDays(iso: string, days: number): string {
  const [y, m, d] = splitIso(iso)
  const date = new Date(y, m - 1, d + days, 12)
  return isoOf(date.getFullYear(), date.getMonth() + 1, date.getDate())
}

/**
 * Whole days from one ISO date to another (negative when `to` is earlier).
 *
 * @example
 * ```ts
 * daysBetween('2015-09-01', '2015-12-31') // 121
 * ```
 */
export function daysBetween(from: string, to: string): number {
  const [y1, m1, d1] = splitIso(from)
  const [y2, m2, d2] = splitIso(to)
  const a = new Date(0)
  a.setUTCFullYear(y1, m1 - 1, d1)
  const b = new Date(0)
  b.setUTCFullYear(y2, m2 - 1, d2)
  return Math.round((b.getTime() - a.getTime()) / 86_400_000)
}

/**
 * The day before an ISO date ("before 1 March 2018" allows 28 February 2018 at the latest), by calendar
 * fields: the reader asks this for every recurring date and "before" date, so it makes no `Date`.
 *
 * @example
 * ```ts
 * dayBefore('2020-03-01') // '2020-02-29'
 * ```
 */
export function dayBefore(iso: string): string {
  const [y, m, d] = splitIso(iso)
  if (d > 1) return isoOf(y, m, d - 1)
  return m > 1 ? lastDayIso(y, m - 1) : isoOf(y - 1, 12, 31)
}

/**
 * The day after an ISO date, by calendar fields (asked for every pair of periods joined by a slash).
 *
 * @example
 * ```ts
 * dayAfter('2019-12-31') // '2020-01-01'
 * ```
 */
export function dayAfter(iso: string): string {
  const [y, m, d] = splitIso(iso)
  if (d < daysInMonth(y, m)) return isoOf(y, m, d + 1)
  return m < 12 ? isoOf(y, m + 1, 1) : isoOf(y + 1, 1, 1)
}

/**
 * The last day of a span of `months` months that starts on `iso`: 1 April + 3 months → 30 June, 15 May + 1
 * month → 14 June. A start on the 31st of a month counts from the last day of each shorter month.
 *
 * @example
 * ```ts
 * endOfMonthsFrom('2021-01-01', 18) // '2022-06-30'
 * ```
 */
export function endOfMonthsFrom(iso: string, months: number): string {
  const [y, m, d] = splitIso(iso)
  const index = y * 12 + (m - 1) + months
  const year = Math.floor(index / 12)
  const month = (index % 12) + 1
  return dayBefore(isoOf(year, month, Math.min(d, daysInMonth(year, month))))
}

/** The year an academic (or financial) year starting in `startMonth` begins in, for a given day. */
export function periodYearContaining(iso: string, startMonth: number): number {
  const [y, m] = splitIso(iso)
  return m >= startMonth ? y : y - 1
}

/**
 * Easter Sunday of a year (the Gregorian computus, Meeus/Jones/Butcher), as [month, day].
 *
 * @example
 * ```ts
 * easterSunday(2021) // [4, 4]
 * ```
 */
export function easterSunday(year: number): [number, number] {
  const a = year % 19
  const b = Math.floor(year / 100)
  const c = year % 100
  const d = Math.floor(b / 4)
  const e = b % 4
  const f = Math.floor((b + 8) / 25)
  const g = Math.floor((b - f + 1) / 3)
  const h = (19 * a + b - d - g + 15) % 30
  const i = Math.floor(c / 4)
  const k = c % 4
  const l = (32 + 2 * e + 2 * i - h - k) % 7
  const m = Math.floor((a + 11 * h + 22 * l) / 451)
  const month = Math.floor((h + l - 7 * m + 114) / 31)
  const day = ((h + l - 7 * m + 114) % 31) + 1
  return [month, day]
}

/** The first and last ISO dates the TargetDate schema can hold (four-digit years). */
const FIRST_DAY = '1000-01-01'
const LAST_DAY = '9999-12-31'

/** True when both ends of a window are real four-digit-year days (a reference date near 9999 can overflow). */
export const withinCalendar = (window: DayWindow): boolean =>
  window.start.length === 10 &&
  window.end.length === 10 &&
  window.start >= FIRST_DAY &&
  window.end <= LAST_DAY &&
  window.start <= window.end

/** The same day `years` years on; 29 February becomes 28 February, and a month's last day stays its last day. */
export function addYears(iso: string, years: number): string {
  const [y, m, d] = splitIso(iso)
  const last = d === daysInMonth(y, m)
  const days = daysInMonth(y + years, m)
  return isoOf(y + years, m, last ? days : Math.min(d, days))
}
