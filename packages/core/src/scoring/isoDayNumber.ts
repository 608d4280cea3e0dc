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

// Howard Hinnant's days_from_civil on the proleptic Gregorian calendar (years 0–9999 here).
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year
  const era = Math.floor(y / 400)
  const yoe = y - era * 400
  const mp = month > 2 ? month - 3 : month + 9
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy
  return era * 146097 + doe - 719468
}
