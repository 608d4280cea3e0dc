/**
 * The day number (days since 1970-01-01) of an ISO date, or of the date part of an ISO date-time, computed
 * with integer arithmetic so that scoring a million actions allocates no `Date` objects. Returns `NaN` when
 * the text does not start with `YYYY-MM-DD`. Calendar dates carry no time zone, so none is applied.
 *
 * @example
 * isoDayNumber('1970-01-02') // 1
 * isoDayNumber('2019-06-30') - isoDayNumber('2019-01-01') // 180
 * isoDayNumber('30/06/2019') // NaN
 */
export function isoDayNumber(iso: string): number {
  if (iso.length < 10 || iso.charCodeAt(4) !== 45 || iso.charCodeAt(7) !== 45) return Number.NaN
  const y0 = iso.charCodeAt(0) - 48
  const y1 = iso.charCodeAt(1) - 48
  const y2 = iso.charCodeAt(2) - 48
  const y3 = iso.charCodeAt(3) - 48
  const m0 = iso.charCodeAt(5) - 48
  const m1 = iso.charCodeAt(6) - 48
  const d0 = iso.charCodeAt(8) - 48
  const d1 = iso.charCodeAt(9) - 48
  // `>>> 0` turns a negative difference into a huge number, so one comparison per character checks 0–9.
  if (y0 >>> 0 > 9 || y1 >>> 0 > 9 || y2 >>> 0 > 9 || y3 >>> 0 > 9) return Number.NaN
  if (m0 >>> 0 > 9 || m1 >>> 0 > 9 || d0 >>> 0 > 9 || d1 >>> 0 > 9) return Number.NaN
  const month = m0 * 10 + m1
  const day = d0 * 10 + d1
  if (month < 1 || month > 12 || day < 1 || day > 31) return Number.NaN
  return daysFromCivil(y0 * 1000 + y1 * 100 + y2 * 10 + y3, month, day)
}

// Howard Hinnant's days_from_civil on the proleptic Gregorian calendar; years here are 0–9999, so the
// divisions of non-negative integers can truncate with `| 0`.
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year
  const era = y >= 0 ? (y / 400) | 0 : -1
  const yoe = y - era * 400
  const mp = month > 2 ? month - 3 : month + 9
  const doy = (((153 * mp + 2) / 5) | 0) + day - 1
  const doe = yoe * 365 + ((yoe / 4) | 0) - ((yoe / 100) | 0) + doy
  return era * 146097 + doe - 719468
}
