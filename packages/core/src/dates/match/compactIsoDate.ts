import { dayExists, dayWindow } from '../calendar'
import { dateItem, type Item, makeSpan } from '../Item'
import type { DateSettings } from '../readDateContext'
import { isNum, isPunct, type Token } from '../tokenize'
import { MAX_YEAR, MIN_YEAR } from './calendar'

type Tokens = readonly Token[]

/**
 * "20150429": a day written as ISO 8601's basic form, eight digits with no separators (year, month, day), as
 * trackers and minutes kept by software teams write due dates ("Due 20150515"). Only an eight-digit number whose
 * first four digits are a year 1990–2099 and whose last four are a month and a day that exist; no number, and no
 * word glued (a code "AB20240916"), right before it, and no number or decimal point glued after it. Any other long
 * number (a phone number, an order number "31052019" that is not year-first) is left alone.
 *
 * @example
 * ```ts
 * matchCompactIsoDate(tokenize('20150429'), 0, readDateContext({})) // 29 April 2015
 * ```
 */
export function matchCompactIsoDate(ts: Tokens, i: number, _settings: DateSettings): Item | null {
  const a = ts[i]
  if (!isNum(a) || a.digits !== 8 || a.ordinal) return null
  const year = Math.floor(a.value / 10000)
  const month = Math.floor(a.value / 100) % 100
  const day = a.value % 100
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || !dayExists(year, month, day))
    return null
  const before = ts[i - 1]
  if ((before?.kind === 'word' && !a.spaceBefore) || isNum(before)) return null
  const after = ts[i + 1]
  const glued = after !== undefined && !after.spaceBefore
  if (
    glued &&
    (isNum(after) ||
      ((isPunct(after, '.') || isPunct(after, '-') || isPunct(after, '/')) && isNum(ts[i + 2])))
  )
    return null
  return dateItem(makeSpan(dayWindow(year, month, day), 'day', 0.9, []), i, i + 1)
}
