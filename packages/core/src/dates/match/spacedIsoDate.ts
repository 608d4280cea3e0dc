import { dayExists, dayWindow } from '../calendar'
import { dateItem, type Item, makeSpan } from '../Item'
import type { DateSettings } from '../readDateContext'
import { isNum, type Token } from '../tokenize'
import { MAX_YEAR, MIN_YEAR } from './calendar'

type Tokens = readonly Token[]

/**
 * "2015 07 31": a day written year, month, day in numbers with spaces for the dashes, as dates of an ISO
 * spreadsheet column come out of a flattened PDF (government action plans kept as PDFs, "Due for completion
 * 2015 07 31"). Only a four-digit year (1990–2099) then a two-digit month and a two-digit day, each after one
 * space, with no number on either side; the day must exist. Any other run of numbers ("2019 20 21", "2015 7 31",
 * a phone number) is left to the other matchers.
 *
 * @example
 * ```ts
 * matchSpacedIsoDate(tokenize('2015 07 31'), 0, readDateContext({})) // 31 July 2015
 * ```
 */
export function matchSpacedIsoDate(ts: Tokens, i: number, _settings: DateSettings): Item | null {
  const a = ts[i]
  const b = ts[i + 1]
  const c = ts[i + 2]
  if (!isNum(a) || a.digits !== 4 || a.ordinal || a.value < MIN_YEAR || a.value > MAX_YEAR) return null
  if (!isNum(b) || !isNum(c) || b.digits !== 2 || c.digits !== 2 || b.ordinal || c.ordinal) return null
  if (!b.spaceBefore || !c.spaceBefore || isNum(ts[i - 1]) || isNum(ts[i + 3])) return null
  if (b.value < 1 || b.value > 12 || !dayExists(a.value, b.value, c.value)) return null
  return dateItem(makeSpan(dayWindow(a.value, b.value, c.value), 'day', 0.9, []), i, i + 3)
}
