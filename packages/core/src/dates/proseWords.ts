import { isYearLong, type Item } from './Item'
import { MONTHS } from './lexicon'
import { glued, isPunct, type Token, tokenBefore } from './tokenize'

// Words in plan prose that look like dates or recurrences but are not the target's: a statute's year
// ("The Equality Act 2010 requires …"), a review label's cadence ("Review Date (4 yearly statutory): February
// 2028"), a document named in passing ("as part of the annual report"), a report title that carries its period
// ("Annual Progress Report 2021-2022"), and a recurrence that has gone on "since" a date ("Since 2021, we have
// received … annual funding"). `scan` asks these questions; each looks at a handful of tokens.

type Tokens = readonly Token[]

/** Capitalised words a statute's year follows: "Equality Act 2010", "… Regulations 2011". */
const STATUTE_WORDS: ReadonlySet<string> = new Set(['act', 'acts', 'regulations', 'order', 'measure'])

const isStatuteWord = (t: Token | undefined): boolean =>
  t?.kind === 'word' && t.capital && STATUTE_WORDS.has(t.lower)

/**
 * Whether the four-digit year at [from, to) is part of a statute's name: right after a capitalised "Act",
 * "Regulations", "Order" or "Measure" ("The Equality Act 2010"), after a bracket closing such a name ("the
 * Equality Act 2010 (Specific Duty Regulations) 2011"), or after a comma glued to it, as Canadian statutes are
 * named ("the Accessibility for Ontarians with Disabilities Act, 2005"). A name is no date.
 *
 * @example
 * ```ts
 * namesStatute(tokenize('The Equality Act 2010 requires'), 3, 4) // true
 * ```
 */
export function namesStatute(ts: Tokens, from: number, to: number): boolean {
  const year = ts[from]
  if (to - from !== 1 || year?.kind !== 'num' || year.digits !== 4 || from === 0) return false
  const before = ts[from - 1]
  if (isStatuteWord(before)) return true
  if (from < 2 || !isStatuteWord(ts[from - 2])) return false
  // "Municipal Act, 2001", "Disabilities Act, 2005": Canadian statutes put a comma, glued to the name, before the year.
  return isPunct(before, ')') || (isPunct(before, ',') && glued(before) && year.spaceBefore)
}

/** Words before "annual" that make it name one document or plan: "the annual report", "our annual business plan". */
/**
 * Determiners before a document's name ("the annual report", "from this … Plan"): the words that make what follows
 * a named thing.
 */
export const DOCUMENT_DETERMINERS: ReadonlySet<string> = new Set(['the', 'our', 'its', 'their', 'this'])

/**
 * Whether the recurring phrase at [i, next) says nothing about when the target falls:
 * - a cadence in brackets inside a label, right before its colon ("Review Date (4 yearly statutory): February
 *   2028"): the label names the next review, and the value is its date;
 * - "annual" after a determiner, once a date has been read ("expected in summer 2023 as part of the annual
 *   report", "will be incorporated in our annual business plan"): it names a document, not a recurrence of the
 *   target.
 *
 * @example
 * ```ts
 * const ts = tokenize('Review Date (4 yearly statutory): February 2028')
 * recurringWordIsProse(ts, 4, 5, []) // true
 * ```
 */
export function recurringWordIsProse(ts: Tokens, i: number, next: number, items: readonly Item[]): boolean {
  if (cadenceInLabel(ts, i, next)) return true
  const t = ts[i] as Token
  if (t.lower !== 'annual' || i === 0 || !DOCUMENT_DETERMINERS.has((ts[i - 1] as Token).lower)) return false
  return items.some((item) => item.type === 'date' || item.type === 'partial') || deadlineAhead(ts, next)
}

/**
 * Whether "by" and a number or month follow on the line within fifteen tokens of `from`: "as part of their annual
 * appraisal process (by March 2024)" names the process; the deadline after it is the target.
 */
function deadlineAhead(ts: Tokens, from: number): boolean {
  for (let k = from; k < Math.min(ts.length - 1, from + 15); k++) {
    const t = ts[k] as Token
    if (t.kind === 'break') return false
    if (t.kind !== 'word' || t.lower !== 'by') continue
    const n = ts[k + 1] as Token
    return n.kind === 'num' || MONTHS.has(n.lower)
  }
  return false
}

/** A recurring phrase inside a bracket (at most three words either side) that closes right before a colon. */
function cadenceInLabel(ts: Tokens, i: number, next: number): boolean {
  let open = false
  for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
    const t = ts[k] as Token
    if (isPunct(t, '(')) {
      open = true
      break
    }
    if (t.kind !== 'word' && t.kind !== 'num') return false
  }
  if (!open) return false
  for (let k = next; k < Math.min(ts.length, next + 4); k++) {
    const t = ts[k] as Token
    if (isPunct(t, ')')) return isPunct(ts[k + 1], ':')
    if (t.kind !== 'word') return false
  }
  return false
}

/**
 * A report title that says it is annual and carries its period: "Annual Progress Report 2021-2022", "First annual
 * action plan progress report 2020-2021". Only a window of two or more years written at most six words after
 * "annual" counts (a year range such as "2021-2022", or an academic or financial year such as "2019/20"): the report
 * covers that period once, so the title is a range, not a recurrence. "annual report June 2018" still recurs.
 * Returns the items without that "annual"; the same array when there is none.
 *
 * @example
 * ```ts
 * withoutTitleCadence(tokenize('Annual Progress Report 2021-2022'), items) // items without the "annual" word
 * ```
 */
export function withoutTitleCadence(ts: Tokens, items: Item[]): Item[] {
  for (let k = items.length - 2; k >= 0; k--) {
    const word = items[k] as Item
    if (word.type !== 'word' || word.word !== 'recurring' || ts[word.from]?.lower !== 'annual') continue
    const date = items[k + 1] as Item
    if (date.type !== 'date' || date.from - word.to > 6 || !namesYears(date, items[k + 2], items[k + 3]))
      continue
    let words = true
    for (let j = word.to; j < date.from && words; j++) words = ts[j]?.kind === 'word'
    if (words) return [...items.slice(0, k), ...items.slice(k + 1)]
  }
  return items
}

/** A date of two or more years: a year range, an academic or financial year, or a year then a dash and a year. */
function namesYears(date: Item, link: Item | undefined, end: Item | undefined): boolean {
  if (!isYearLong(date)) return false
  const { span } = date
  if (span.start.slice(0, 4) !== span.end.slice(0, 4)) return true
  return (
    link?.type === 'word' &&
    link.word === 'range' &&
    end?.type === 'date' &&
    end.span.precision === 'year' &&
    end.span.start > span.start
  )
}

/**
 * "Since 2021, we have received … annual funding", "presented to the board on a monthly basis since January 2012":
 * work that has recurred since a date is a state that began then (`started`), as "has held an award since 2013" is.
 * Returns the items without the recurring words of each segment where "since" stands right before a date; the
 * same array when there is none.
 *
 * @example
 * ```ts
 * sinceOutlastsRecurring(tokenize('monthly since January 2012'), items) // items without the "monthly" word
 * ```
 */
export function sinceOutlastsRecurring(ts: Tokens, items: Item[]): Item[] {
  let out: Item[] | null = null
  let segment = 0
  for (let k = 0; k <= items.length; k++) {
    const item = items[k]
    if (item !== undefined && item.type !== 'break') continue
    if (sinceBeforeDate(ts, items, segment, k)) {
      out ??= items.slice(0, segment)
      for (let j = segment; j < k; j++) {
        const x = items[j] as Item
        if (!(x.type === 'word' && x.word === 'recurring')) out.push(x)
      }
    } else if (out !== null) for (let j = segment; j < k; j++) out.push(items[j] as Item)
    if (out !== null && item !== undefined) out.push(item)
    segment = k + 1
  }
  return out ?? items
}

/** Whether items [from, to) hold both a recurring word and "since" right before a date. */
function sinceBeforeDate(ts: Tokens, items: readonly Item[], from: number, to: number): boolean {
  let since = false
  let recurring = false
  for (let j = from; j < to; j++) {
    const x = items[j] as Item
    if (x.type !== 'word') continue
    if (x.word === 'recurring') recurring = true
    else if (x.word === 'from' && ts[x.from]?.lower === 'since' && items[j + 1]?.type === 'date') since = true
  }
  return since && recurring
}

/** Capitalised nouns a plan's or scheme's name ends in, before its years: "Strategic Equality Plan 2020-2024". */
const PLAN_NOUNS: ReadonlySet<string> = new Set([
  'plan',
  'plans',
  'strategy',
  'scheme',
  'charter',
  'concordat',
  'framework',
  'programme',
  'policy',
  'objectives',
])

/**
 * Whether token i follows a capitalised plan noun ("Accessibility Plan 24 - 27", "Equality Strategy 22-25"): a name
 * whose years come next, so two short years there are years.
 *
 * @example
 * ```ts
 * afterPlanNoun(tokenize('Accessibility Plan 24 - 27'), 2) // true
 * ```
 */
export function afterPlanNoun(ts: Tokens, i: number): boolean {
  const before = tokenBefore(ts, i)
  return before?.kind === 'word' && before.capital && PLAN_NOUNS.has(before.lower)
}

/** How many items from k make up a span of years: one date of two or more years, or a year, a dash and a year. */
function yearsAt(items: readonly Item[], k: number): number {
  const date = items[k]
  if (date?.type !== 'date') return 0
  if (namesYears(date, undefined, undefined)) return 1
  return namesYears(date, items[k + 1], items[k + 2]) ? 3 : 0
}

/**
 * Whether the date at [from, to) may name a plan or an event (`withoutNamingYears` decides): it follows a
 * capitalised plan noun, or "the" or a dash with a capitalised word after it. Asked of each date as it is read, so
 * the pass only runs on the few cells that need it.
 *
 * @example
 * ```ts
 * mayNameYears(tokenize('the Equality Plan 2020-2024'), 3, 4) // true
 * ```
 */
export function mayNameYears(ts: Tokens, from: number, to: number): boolean {
  // Indexes stay inside the tokens: reading past either end of an array is slow in V8, and most dates stand first.
  if (from === 0) return false
  const before = ts[from - 1] as Token
  if (before.capital) return PLAN_NOUNS.has(before.lower)
  return (before.lower === 'the' || before.lower === '-') && to < ts.length && (ts[to] as Token).capital
}

/**
 * Dates that name a plan or an event rather than date the sentence, in a cell that dates something else:
 * - a plan's name with its years, in a sentence that says something was done to it on a date of its own ("In 2020,
 *   the University Executive and Council approved the Strategic Equality Plan 2020-2024", "Our Research Cultures
 *   Action Plan 2026-28 was approved … in November 2025"): the approval is the reading, the plan's years its name;
 * - a year right before a capitalised name after "the" or a dash ("news of the 2022 Technician Conference, so save
 *   the date of 30 March", "… Award - 2017 Athena SWAN Application"): the name's year, beside the cell's date.
 * `isName(ts, j)` says whether token j is a word no date starts with. Returns the items without them; the same array
 * when there is none.
 *
 * @example
 * ```ts
 * withoutNamingYears(tokenize('In 2020, Council approved the Equality Plan 2020-2024'), items, isName) // 2020 kept
 * ```
 */
export function withoutNamingYears(
  ts: Tokens,
  items: Item[],
  isName: (ts: Tokens, j: number) => boolean,
): Item[] {
  let dates = 0
  let done = false
  for (const item of items) {
    if (item.type === 'date' || item.type === 'partial') dates++
    else if (item.type === 'word' && item.word === 'completed') done = true
    else if (item.type === 'break') return items
  }
  if (dates < 2) return items
  for (let k = 0; k < items.length; k++) {
    const item = items[k] as Item
    if (item.type !== 'date') continue
    const before = tokenBefore(ts, item.from)
    const planYears = done && afterPlanNoun(ts, item.from) ? yearsAt(items, k) : 0
    if (planYears > 0 && dates - (planYears === 3 ? 2 : 1) >= 1)
      return [...items.slice(0, k), ...items.slice(k + planYears)]
    const year = ts[item.from]
    const named =
      item.to === item.from + 1 &&
      year?.kind === 'num' &&
      year.digits === 4 &&
      (isWordToken(before, 'the') || (isPunct(before, '-') && before?.spaceBefore === true)) &&
      ts[item.to]?.capital === true &&
      isName(ts, item.to)
    if (!named) continue
    // The dash before the name's year went with it.
    const dash = isPunct(before, '-') && items[k - 1]?.type === 'word' && items[k - 1]?.from === item.from - 1
    return [...items.slice(0, dash ? k - 1 : k), ...items.slice(k + 1)]
  }
  return items
}

const isWordToken = (t: Token | undefined, word: string): boolean => t?.kind === 'word' && t.lower === word
