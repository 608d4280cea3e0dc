import { type Item, itemOver, partialItem } from '../Item'
import { MONTH_NAMES, MONTHS } from '../lexicon'
import type { DateSettings } from '../readDateContext'
import { glued, isNum, isPunct, isWord, type Token } from '../tokenize'
import { matchMonthFirst } from './calendar'
import { readQuarter } from './periods'

type Tokens = readonly Token[]

/**
 * A quarter heading glued to (or written just before) the months it names, as timelines print them: "Q2Jul - Sept
 * 2024", "Q3/4Oct 2024 - Mar 2025", "Q1: Apr - Jun 2025". The months are the reading; the quarter only labels
 * them (its basis, calendar or financial, is whatever the months say), so the match covers the label and the
 * first month, and the rest of the range is joined as any month range is. A quarter with no month after it is
 * `matchQuarter`'s.
 *
 * @example
 * ```ts
 * matchQuarterHeading(tokenize('Q2Jul - Sept 2024'), 0, readDateContext({})) // July, with no year yet
 * matchQuarterHeading(tokenize('Q3/4Oct 2024'), 0, readDateContext({})) // October 2024
 * ```
 */
export function matchQuarterHeading(ts: Tokens, i: number, settings: DateSettings): Item | null {
  const quarter = readQuarter(ts, i)
  if (quarter === null || 'bad' in quarter) return null
  let j = quarter.next
  // "Q3/4", "Q3/Q4": the heading names the next quarter too.
  if (isPunct(ts[j], '/')) {
    const k = isWord(ts[j + 1], 'q') ? j + 2 : j + 1
    const n = ts[k]
    if (!isNum(n) || n.ordinal || n.value !== quarter.q + 1) return null
    j = k + 1
  }
  if (isPunct(ts[j], ':')) j++
  const t = ts[j]
  const month = t?.kind === 'word' ? MONTHS.get(t.lower) : undefined
  // "Q2 may slip": a lower-case "may" or "march" after a spaced quarter is a verb.
  if (t === undefined || month === undefined || !(glued(t) || t.capital)) return null
  const dated = matchMonthFirst(ts, j, settings)
  if (dated !== null) return itemOver(dated, i, dated.to)
  // "Q2Jul - Sept 2024": the month stands without a year here; the range's end lends it one.
  const next = isPunct(ts[j + 1], '.') && glued(ts[j + 1]) ? j + 2 : j + 1
  const name = MONTH_NAMES[month] ?? ''
  return partialItem({ unit: 'month', month, name, warnings: [] }, i, next)
}
