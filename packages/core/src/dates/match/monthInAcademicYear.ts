import type { DateSettings } from '../readDateContext'
import type { Token } from '../tokenize'
import { readYearPair } from './readYearPair'

/**
 * The calendar year of a month written with an academic year after it ("by July 2014/15", "March 2023-24"), or null
 * when no academic year follows at i. The month is the one inside that academic year, as a term written with an
 * academic year is: with the default August start, July 2014/15 is July 2015 and September 2014/15 September 2014.
 * Only a four-digit first year counts ("July 14/15" is a day, then more numbers).
 *
 * @example
 * ```ts
 * monthInAcademicYear(tokenize('July 2014/15'), 1, 7, readDateContext({})) // { year: 2015, next: 4, label: '2014/15' }
 * ```
 */
export function monthInAcademicYear(
  ts: readonly Token[],
  i: number,
  month: number,
  settings: DateSettings,
): { year: number; next: number; label: string } | null {
  // Most months end the cell or stand before a plain year: look at the separator first, inside the tokens.
  if (i + 2 >= ts.length) return null
  const sep = ts[i + 1] as Token
  if (sep.kind !== 'punct' || (sep.lower !== '/' && sep.lower !== '-') || (ts[i] as Token).digits !== 4)
    return null
  const pair = readYearPair(ts, i, settings)
  // "July 2014-2015" (four digits both sides, a dash) is a range of calendar years, not one academic year.
  if (pair === null || !pair.consecutive || (pair.fourDigitBoth && pair.separator === '-')) return null
  const year = month >= settings.academicYearStartMonth ? pair.first : pair.second
  return { year, next: pair.next, label: `${pair.first}/${String(pair.second).slice(2)}` }
}
