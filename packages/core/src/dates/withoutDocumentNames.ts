import { isYearLong, type Item } from './Item'
import { glued, isPunct, type Token, tokenBefore } from './tokenize'
import { DOCUMENT_DETERMINERS } from './proseWords'

// A plan or a law named with its years ("the 2019-2022 Strategic Plan", "Strategic Plan 2017 – 2020", "Bill 2017",
// "Resolution 2023-46", "the White Paper (2022)") inside a sentence that also gives a date of its own: the years name the document, and the
// sentence's date is the reading.

/** Capitalised nouns after years that make them a document's name: "the FY 2023-27 Strategic Plan". */
const NAMES_AFTER: ReadonlySet<string> = new Set(['plan', 'plans', 'strategy'])

/** Capitalised nouns before years that make them a document's name: "Strategic Plan 2017 – 2020", "Bill 2017". */
const NAMES_BEFORE: ReadonlySet<string> = new Set(['plan', 'strategy', 'bill', 'resolution'])

/** Capitalised nouns before a year in brackets that cite a document by it: "White Paper (2022)", "Review (2019)". */
const CITED_NAMES: ReadonlySet<string> = new Set([
  ...NAMES_BEFORE,
  'paper',
  'report',
  'review',
  'framework',
  'act',
])

/** Capitalised words that may stand between the years and the noun after them ("Multi-Year Accessibility"). */
const MAX_NAME_WORDS = 4

const isCapital = (t: Token | undefined, nouns: ReadonlySet<string>): boolean =>
  t?.kind === 'word' && t.capital && nouns.has(t.lower)

/**
 * The token after the document name the years at [from, to) belong to, or -1 when they name none: a capitalised noun
 * before them ("Bill 2017"), or one after them, past capitalised words and the rest of a span of years ("the FY
 * 2023-2027 Strategic Plan", "this 2017-2021 Multi-Year Accessibility Plan").
 */
function documentNameEnd(ts: readonly Token[], from: number, to: number): number {
  if (isCapital(tokenBefore(ts, from), NAMES_BEFORE)) return to
  // "the DfE White Paper (2022) sets out …": one year in brackets after a document's name cites it. A span there
  // ("the Equality Plan (2021-2025)") is the plan's term, which stays a reading.
  const oneYear = to - from === 1 && isPunct(tokenBefore(ts, from), '(') && isPunct(ts[to], ')')
  if (oneYear && isCapital(tokenBefore(ts, from, 2), CITED_NAMES)) return to + 1
  for (let k = to, words = 0; words <= MAX_NAME_WORDS; k++) {
    const t = ts[k]
    if (t === undefined) return -1
    if (isCapital(t, NAMES_AFTER)) return k
    if (t.kind === 'num' || (t.kind === 'punct' && t.lower === '-')) continue
    // "the 2024 to 2027 Plan": "to" between two years is part of the span.
    if (t.kind === 'word' && t.lower === 'to' && ts[k + 1]?.kind === 'num') continue
    // "Long-term Plan": a word glued after a hyphen belongs to the capitalised word before it.
    if (t.kind === 'word' && glued(t) && isPunct(ts[k - 1], '-')) continue
    if (t.kind !== 'word' || !t.capital) return -1
    words++
  }
  return -1
}

/** Years alone or in pairs (a year, a span of years, an academic or financial year): what names a document. */

const onlyDeterminers = (ts: readonly Token[], from: number, to: number): boolean =>
  to - from <= 1 && ts.slice(from, to).every((t) => DOCUMENT_DETERMINERS.has(t.lower))

/**
 * Whether the capitalised title ending at `from` opens after a spaced dash ("14/02/2019 - Technician Development Plan
 * 2019 - 2022"): a log line's date, then the title of what was decided. The title stands as a part of its own, as any
 * title after such a dash does, so its years are read.
 */
function titleAfterDash(ts: readonly Token[], from: number): boolean {
  for (let k = from - 1, words = 0; k > 0 && words <= MAX_NAME_WORDS + 1; k--, words++) {
    const t = ts[k] as Token
    if (isPunct(t, '-')) return ts[k + 1]?.capital === true && ts[k + 1]?.spaceBefore === true
    if (t.kind !== 'word' || !t.capital) return false
  }
  return false
}

const isDated = (item: Item): boolean => item.type === 'date' || item.type === 'partial'

/**
 * The items without the years that only name a plan or a law (and the dash or second year read with them), when
 * another date is left to read; otherwise the items as they are ("2019-2022 Strategic Plan" alone is still read
 * as 2019–2022).
 *
 * @example
 * ```ts
 * // "The Council adopted the 2024-34 Long-term Plan on 3 October 2023": the day is the reading.
 * withoutDocumentNames(tokens, items) // items without the 2024–2034 span
 * ```
 */
export function withoutDocumentNames(ts: readonly Token[], items: Item[]): Item[] {
  const names: Array<[from: number, to: number]> = []
  for (let k = 0; k < items.length; k++) {
    const item = items[k] as Item
    if (!isYearLong(item)) continue
    const end = documentNameEnd(ts, item.from, item.to)
    if (end < 0 || titleAfterDash(ts, item.from)) continue
    // "fulfilled from this 2017-2021 … Plan": the "from" goes with the name it stands before.
    const before = k > 0 ? items[k - 1] : undefined
    const from =
      before?.type === 'word' && before.word === 'from' && onlyDeterminers(ts, before.to, item.from)
        ? before.from
        : item.from
    names.push([from, end])
  }
  if (names.length === 0) return items
  const named = (item: Item): boolean => names.some(([from, to]) => item.from >= from && item.from < to)
  return items.some((item) => isDated(item) && !named(item)) ? items.filter((item) => !named(item)) : items
}
