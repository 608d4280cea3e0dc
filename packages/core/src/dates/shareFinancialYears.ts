import { dateItem, type Item } from './Item'
import { financialYearSpan, financialYearWords } from './match/financial'
import { readYearPair } from './match/readYearPair'
import type { DateSettings } from './readDateContext'
import { isPunct, type Token } from './tokenize'

type Tokens = readonly Token[]

/** Whether the item is a bare year pair ("2018/19"), read as an academic year only because nothing said otherwise. */
function barePair(item: Item, ts: Tokens, settings: DateSettings): boolean {
  if (item.type !== 'date' || item.span.precision !== 'academic-year') return false
  const pair = readYearPair(ts, item.from, settings)
  return pair?.consecutive === true && pair.next === item.to
}

/** Whether "FY", "financial year(s)" or "fiscal year" stands among the item's own tokens. */
function saysFinancial(item: Item, ts: Tokens): boolean {
  if (item.type !== 'date' || item.span.precision !== 'year') return false
  for (let k = item.from; k < item.to; k++) if (financialYearWords(ts, k) !== null) return true
  return false
}

/** "financial years" (or "(financial years)") right after token i - 1. */
function financialAfter(ts: Tokens, i: number): boolean {
  return financialYearWords(ts, isPunct(ts[i], '(') ? i + 1 : i) !== null
}

/**
 * A list of year pairs that says once that they are financial years: "FY2018/19 & 2019/20", "financial years
 * 2017/18, 2018/19 and 2019/20", "2018/19 & 2019/20 (financial years)". The marker is said of every pair in the list,
 * as a shared year is said of every month ("January/February/March 2014"), so the bare pairs become financial years
 * too. A pair named as academic ("AY 2019/20") keeps its reading; a list with no marker keeps the academic default.
 *
 * @example
 * ```ts
 * shareFinancialYears(scan(tokenize('FY2018/19 & 2019/20'), settings), tokens, settings)
 * // two financial years: April 2018 – March 2019, April 2019 – March 2020
 * ```
 */
export function shareFinancialYears(
  items: readonly Item[],
  ts: Tokens,
  settings: DateSettings,
): readonly Item[] {
  // Most segments hold no academic year at all: nothing to share.
  if (!items.some((item) => item.type === 'date' && item.span.precision === 'academic-year')) return items
  let out: Item[] | null = null
  let k = 0
  while (k < items.length) {
    // A chain of dates joined by list words, from k to end (inclusive).
    let end = k
    while (
      items[end]?.type === 'date' &&
      items[end + 1]?.type === 'word' &&
      (items[end + 1] as Extract<Item, { type: 'word' }>).word === 'list' &&
      items[end + 2]?.type === 'date'
    )
      end += 2
    if (end > k) {
      const chain = items.slice(k, end + 1).filter((_, n) => n % 2 === 0)
      const last = chain.at(-1) as Item
      const marked = chain.some((item) => saysFinancial(item, ts)) || financialAfter(ts, last.to)
      // The list's bare pairs, by their index in `items`.
      const pairs = marked
        ? chain.flatMap((item, n) => (barePair(item, ts, settings) ? [k + 2 * n] : []))
        : []
      if (pairs.length > 0) {
        out ??= [...items]
        for (const n of pairs) {
          const item = out[n] as Extract<Item, { type: 'date' }>
          const startYear = Number(item.span.start.slice(0, 4))
          const warnings = [
            `${startYear}/${String(startYear + 1).slice(2)} read as a financial year, as the list says`,
          ]
          out[n] = dateItem(financialYearSpan(startYear, settings, warnings), item.from, item.to)
        }
      }
    }
    k = end + 1
  }
  return out ?? items
}
