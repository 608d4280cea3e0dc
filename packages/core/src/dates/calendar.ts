import { getDaysInMonth } from 'date-fns'

// Calendar arithmetic for the date reader, on date-fns. Month lengths are asked of date-fns once per
// year-month and remembered (parsing is on the hot path of every import); ISO strings are then built by hand.
// Dates are made at local noon so no time-zone or daylight-saving shift can move them across midnight.

/** An inclusive window of calendar days as ISO strings. */
export interface DayWindow {
  start: string
  end: string
}

const at = (year: number, month: number, day: number): Date => new Date(year, month - 1, day, 12)

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n))
const pad4 = (n: number): string => (n >= 1000 ? String(n) : String(n).padStart(4, '0'))

/** ISO `YYYY-MM-DD` from calendar fields (callers pass real days). */
export const isoOf = (year: number, month: number, day: number): string =>
  `${pad4(year)}-${pad2(month)}-${pad2(day)}`

/** ISO `YYYY-MM-DD` of a Date's calendar fields. */
export const toIso = (date: Date): string => isoOf(date.getFullYear(), date.getMonth() + 1, date.getDate())

const monthLengths = new Map<number, number>()

/** Days in a month (date-fns `getDaysInMonth`, remembered). */
export function daysInMonth(year: number, month: number): number {
  const key = year * 12 + (month - 1)
  let days = monthLengths.get(key)
  if (days === undefined) {
    days = getDaysInMonth(at(year, month, 1))
    if (monthLengths.size < 4096) monthLengths.set(key, days)
  }
  return days
}

/** True when the day exists (rejects 31 June, 29 February 2019, month 13). */
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
export const lastDayIso = (year: number, month: number): string =>
  isoOf(year, month, daysInMonth(year, month))

const windows = new Map<number, DayWindow>()

/** A window of `count` whole months starting at `month` of `year` (months past December roll into the next year). */
export function monthsWindow(year: number, month: number, count: number): DayWindow {
  const index = year * 12 + (month - 1)
  // The same few windows come up again and again ("Aug. 18" in every row); they are frozen, so shareable.
  const key = index * 128 + count
  const known = count < 128 ? windows.get(key) : undefined
  if (known !== undefined) return known
  const window = computeWindow(index, count)
  if (count < 128 && windows.size < 4096) windows.set(key, window)
  return window
}

function computeWindow(index: number, count: number): DayWindow {
  const lastIndex = index + count - 1
  const y1 = Math.floor(index / 12)
  const m1 = (index % 12) + 1
  const y2 = Math.floor(lastIndex / 12)
  const m2 = (lastIndex % 12) + 1
  return Object.freeze({ start: isoOf(y1, m1, 1), end: lastDayIso(y2, m2) })
}

/** One calendar day as a window. */
export function dayWindow(year: number, month: number, day: number): DayWindow {
  const iso = isoOf(year, month, day)
  return { start: iso, end: iso }
}

/** Year, month and day of an ISO date. */
export function splitIso(iso: string): [number, number, number] {
  return [Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10))]
}

/** The day before an ISO date ("before 1 March 2018" allows 28 February 2018 at the latest). */
export function dayBefore(iso: string): string {
  const [y, m, d] = splitIso(iso)
  // By hand like `dayAfter`: date-fns' subDays built two Date objects per "before …" cell on the hot path.
  if (d > 1) return isoOf(y, m, d - 1)
  return m === 1 ? isoOf(y - 1, 12, 31) : lastDayIso(y, m - 1)
}

/** The day after an ISO date. */
export function dayAfter(iso: string): string {
  const [y, m, d] = splitIso(iso)
  if (d < daysInMonth(y, m)) return isoOf(y, m, d + 1)
  return m === 12 ? isoOf(y + 1, 1, 1) : isoOf(y, m + 1, 1)
}

/** The year an academic (or financial) year starting in `startMonth` begins in, for a given day. */
export function periodYearContaining(iso: string, startMonth: number): number {
  const [y, m] = splitIso(iso)
  return m >= startMonth ? y : y - 1
}
