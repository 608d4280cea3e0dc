const DASH = 45 // '-'

/**
 * The day number (days since 1970-01-01) of an ISO date, or of the date part of an ISO date-time. Returns
 * `NaN` when the text does not start with a real calendar day (`2019-02-31` and `2019-13-01` are not).
 * Calendar dates carry no time zone, so none is applied. Internal to core.
 *
 * @example
 * isoDayNumber('1970-01-02') // 1
 * isoDayNumber('2019-06-30') - isoDayNumber('2019-01-01') // 180
 * isoDayNumber('2019-02-31') // NaN
 */
export function isoDayNumber(iso: string): number {
  if (iso.length < 10 || iso.charCodeAt(4) !== DASH || iso.charCodeAt(7) !== DASH) return Number.NaN
  const year = digits(iso, 0, 4)
  const month = digits(iso, 5, 2)
  const day = digits(iso, 8, 2)
  // NaN fails every comparison, so a non-digit anywhere lands here too.
  if (!(month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month))) return Number.NaN
  return daysFromCivil(year, month, day)
}

/** The number written by `count` ASCII digits from `from`, or NaN when one of them is not a digit. */
function digits(text: string, from: number, count: number): number {
  let value = 0
  for (let i = from; i < from + count; i++) {
    const digit = text.charCodeAt(i) - 48
    if (digit < 0 || digit > 9) return Number.NaN
    value = value * 10 + digit
  }
  return value
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31
}

// Howard Hinnant's days_from_civil on the proleptic Gregorian calendar, its years counted from March so that a
// leap day ends one. The year is moved on by one 400-year cycle (146,097 days, taken off again at the end) so
// that it is never negative for years 0–9999, and an integer division truncated with `| 0` is then the floor:
// a division the engine does in integers, where `Math.floor(y / 400)` divides in floating point.
function daysFromCivil(year: number, month: number, day: number): number {
  const y = (month <= 2 ? year - 1 : year) + 400
  const dayOfYear = (((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) | 0) + day - 1
  return y * 365 + ((y / 4) | 0) - ((y / 100) | 0) + ((y / 400) | 0) + dayOfYear - 719_468 - 146_097
}
