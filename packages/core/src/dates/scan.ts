import { withinCalendar } from './calendar'
import { changeSpan, invalidItem, type Item, type WordClass, type Yearless } from './Item'
import {
  AFTER_WORDS,
  BEFORE_WORDS,
  CHANGED_WORDS,
  COMPLETED_WORDS,
  EVENT_DONE_WORDS,
  LEAD_WORDS,
  MONTHS,
  NAMED_TERMS,
  ONGOING_WORDS,
  ORDINAL_WORDS,
  RANGE_WORDS,
  SEASONS,
  STARTED_WORDS,
  SUPERSEDED_WORDS,
  TENS_WORDS,
  UNKNOWN_WORDS,
  YEAR_LABEL_WORDS,
} from './lexicon'
import { matchAcademicYear, matchNewAcademicYear, matchTerm, matchYearThenTerm } from './match/academic'
import {
  DAY_PART_STARTS,
  matchAlternativeDay,
  matchDayMonth,
  matchMonthFirst,
  matchNumericDate,
  matchYear,
  matchYearThenMonth,
  narrowToPart,
  readDayPart,
} from './match/calendar'
import { matchFinancialYear } from './match/financial'
import { matchHalf, matchNamedPeriod, matchQuarter, matchSeason } from './match/periods'
import { matchRecurring, RECURRING_STARTS } from './match/recurring'
import { matchRelativeDay, matchRelativeSpan, matchRelativeYear, matchYearLabel } from './match/relative'
import type { DateSettings } from './readDateContext'
import { glued, isNum, isPunct, isWord, type Token } from './tokenize'

// Reads the tokens left to right. At each token every matcher that can start there is tried and the longest
// match wins, so "2019/20" is an academic year rather than the year 2019, and "4 June 2018" a day rather
// than June 2018. Each matcher looks at a handful of tokens, so a scan is linear in the length of the cell.

type Tokens = readonly Token[]
type Matcher = (ts: Tokens, i: number, settings: DateSettings) => Item | null

/** Matchers that can start at a number, in the order that wins a tie. */
const NUMBER_MATCHERS: readonly Matcher[] = [
  matchNumericDate,
  matchDayMonth,
  matchAcademicYear,
  matchFinancialYear,
  matchQuarter,
  matchYearThenTerm,
  matchYearThenMonth,
  matchYear,
  matchRelativeSpan,
]

const ORDINALS = [...ORDINAL_WORDS.keys()]

/** Matchers that can start at a word, by the word, in the order that wins a tie. */
const WORD_MATCHERS = new Map<string, Matcher[]>()
const startsAt = (words: Iterable<string>, matcher: Matcher): void => {
  for (const word of words) WORD_MATCHERS.set(word, [...(WORD_MATCHERS.get(word) ?? []), matcher])
}
startsAt(SEASONS.keys(), matchSeason)
startsAt([...NAMED_TERMS.keys(), 'term', 'semester', 'sem', 't', 'mt', 'ht', 'tt', ...ORDINALS], matchTerm)
startsAt(
  [
    'q',
    'qtr',
    'quarter',
    'qe',
    ...ORDINALS,
    ...YEAR_LABEL_WORDS,
    'ay',
    'session',
    'academic',
    'acad',
    'fy',
    'financial',
    'fiscal',
    'fin',
  ],
  matchQuarter,
)
startsAt(['first', 'second', 'h'], matchHalf)
startsAt(YEAR_LABEL_WORDS, matchYearLabel)
startsAt(['this', 'next', 'current', 'end', 'year', 'yr'], matchRelativeYear)
startsAt(['this', 'next', 'end', 'tomorrow', 'today'], matchRelativeDay)
startsAt(['ay', 'session', 'academic', 'acad', 'school'], matchAcademicYear)
startsAt(['fy', 'financial', 'fiscal', 'fin'], matchFinancialYear)
startsAt(['new'], matchNewAcademicYear)
startsAt(['easter', 'christmas', 'xmas', 'summer', 'long', 'winter', 'spring'], matchNamedPeriod)
startsAt(['within', 'over', 'in', 'during', 'for', 'a', ...[...TENS_WORDS.keys()]], matchRelativeSpan)
startsAt(['one', 'two', 'three', 'four', 'five', 'six', 'twelve', 'eighteen'], matchRelativeSpan)
startsAt([...ORDINALS, ...TENS_WORDS.keys()], matchDayMonth)
startsAt(MONTHS.keys(), matchMonthFirst)

/** A word the lexicon does not know may be a misspelt month, checked by `matchMonthFirst` itself. */
const MISSPELT_MONTH: readonly Matcher[] = [matchMonthFirst]

/** The longer of two matches; the first wins a tie. */
const longer = (best: Item | null, found: Item | null): Item | null =>
  found !== null && (best === null || found.to > best.to) ? found : best

const NO_MATCHERS: readonly Matcher[] = []

/** The matchers worth trying at token i. A misspelt month ("Febuary 2020") is only tried before a number. */
function matchersAt(ts: Tokens, i: number): readonly Matcher[] {
  const t = ts[i]
  if (t === undefined) return NO_MATCHERS
  if (t.kind === 'num') return NUMBER_MATCHERS
  if (t.kind !== 'word') return NO_MATCHERS
  const known = WORD_MATCHERS.get(t.lower)
  if (known !== undefined) return known
  // A word the lexicon reads as something else ("Started 01/10/2018") is not a misspelt month: no such word
  // is within the edits `lookupMonth` allows (a test checks), so the edit distance is not worked out for it.
  if (t.lower.length < 5 || CLASSIFIED_STARTS.has(t.lower) || RECURRING_STARTS.has(t.lower))
    return NO_MATCHERS
  const n = ts[i + 1]
  const beforeNumber = isNum(n) || (isPunct(n, '.') && isNum(ts[i + 2]))
  return beforeNumber ? MISSPELT_MONTH : NO_MATCHERS
}

/** The longest match starting at token i, or null. */
function longestAt(ts: Tokens, i: number, settings: DateSettings): Item | null {
  let best: Item | null = null
  for (const matcher of matchersAt(ts, i)) best = longer(best, matcher(ts, i, settings))
  return best
}

/** The longest match at i, narrowed by a part written before it ("early June", "w/c 4 June"). */
function matchDate(ts: Tokens, i: number, settings: DateSettings): Item | null {
  const t = ts[i] as Token
  const prefix = t.kind === 'word' && DAY_PART_STARTS.has(t.lower) ? readDayPart(ts, i) : null
  const plain = longestAt(ts, i, settings)
  if (prefix === null) return plain
  const narrowed = longestAt(ts, prefix.next, settings)
  if (narrowed === null || (plain !== null && plain.to >= narrowed.to)) return plain
  if (narrowed.type === 'date')
    return { ...narrowed, span: narrowToPart(narrowed.span, prefix.part), from: i }
  if (narrowed.type === 'partial') {
    // The part is added in a literal with every field, not a spread copy (see `changeSpan`).
    const { unit, month, day, lastDay, name, warnings } = narrowed.partial
    const partial: Yearless = { unit, month, day, lastDay, name, warnings, part: prefix.part }
    return { ...narrowed, partial, from: i }
  }
  return { ...narrowed, from: i }
}

/**
 * A date whose window leaves the four-digit years the schema holds becomes unreadable, never a bad date;
 * alternatives that leave them are dropped.
 *
 * @example
 * ```ts
 * checkYears(dateBeyond9999).type // 'invalid'
 * ```
 */
export function checkYears(item: Item): Item {
  if (item.type !== 'date') return item
  if (!withinCalendar(item.span))
    return invalidItem('the date falls outside the years 1000–9999', item.from, item.to)
  if (item.span.alternatives.length === 0) return item
  const alternatives = item.span.alternatives.filter(withinCalendar)
  if (alternatives.length === item.span.alternatives.length) return item
  return { ...item, span: changeSpan(item.span, { alternatives }) }
}

const SIMPLE_WORDS = new Map<string, WordClass>()
const classify = (words: Iterable<string>, word: WordClass): void => {
  for (const w of words) if (!SIMPLE_WORDS.has(w)) SIMPLE_WORDS.set(w, word)
}
classify(ONGOING_WORDS, 'ongoing')
classify(['from', 'since'], 'from')
classify(STARTED_WORDS, 'started')
classify(COMPLETED_WORDS, 'completed')
classify(UNKNOWN_WORDS, 'unknown')
classify(['between'], 'between')
classify(RANGE_WORDS, 'range')
classify(['and', 'or'], 'list')
classify(SUPERSEDED_WORDS, 'superseded')

/** Words `classifyWord` looks at: one or more tokens that change a date's kind or join two dates. */
const CLASSIFIED_STARTS: ReadonlySet<string> = new Set([
  ...SIMPLE_WORDS.keys(),
  ...BEFORE_WORDS,
  ...AFTER_WORDS,
  ...CHANGED_WORDS,
  ...EVENT_DONE_WORDS,
  'continued',
  'actual',
  'begins',
  'during',
  'in',
  'on',
  'not',
  'throughout',
  'until',
  'n',
  'as',
  'to',
  'was',
])

const PUNCT_CLASSES: ReadonlyMap<string, WordClass> = new Map([
  ['-', 'range'],
  ['/', 'slash'],
  [',', 'list'],
  ['&', 'list'],
  ['+', 'list'],
  ['?', 'unknown'],
])

/** Words that, after "and" or "&", leave a date open-ended: "and beyond", "& onwards", "and ongoing". */
const OPEN_ENDED_WORDS: ReadonlySet<string> = new Set([
  'beyond',
  'onwards',
  'onward',
  'after',
  'thereafter',
  ...ONGOING_WORDS,
])

/** The token after an open-ended word at i ("beyond", "ongoing", "on-going"), or null. */
function openEndedAfter(ts: Tokens, i: number): number | null {
  const t = ts[i]
  if (t?.kind !== 'word') return null
  if (t.lower === 'on' && isPunct(ts[i + 1], '-') && isWord(ts[i + 2], 'going')) return i + 3
  if (t.lower === 'on' && isWord(ts[i + 1], 'going')) return i + 2
  // "annually thereafter" is a recurring phrase, read on its own.
  return OPEN_ENDED_WORDS.has(t.lower) ? i + 1 : null
}

/** Periods named with no year after "throughout": "the year", "academic year", "the term", "semester". */
const PERIOD_NOUNS: ReadonlySet<string> = new Set(['year', 'term', 'semester', 'session'])

/** The token after a yearless period at i ("the academic year", "term"), or null when a year or date follows. */
function yearlessPeriodEnd(ts: Tokens, i: number): number | null {
  let j = i
  if (isWord(ts[j], 'the') || isWord(ts[j], 'each') || isWord(ts[j], 'every')) j++
  if (isWord(ts[j], 'academic') || isWord(ts[j], 'financial') || isWord(ts[j], 'school')) j++
  const noun = ts[j]
  if (noun?.kind !== 'word' || !PERIOD_NOUNS.has(noun.lower)) return null
  const after = ts[j + 1]
  return after?.kind === 'num' ? null : j + 1
}

/** A "+" that ends what the cell says about a date ("2025+", "Jan 2025+"): from then on. */
const endsPlus = (ts: Tokens, i: number): boolean => {
  const n = ts[i + 1]
  return n === undefined || n.kind === 'break' || isPunct(n, ')') || isPunct(n, ',') || isPunct(n, '.')
}

/**
 * A colon glued between two months with their years, as spreadsheets write a span ("Jan-06:Feb-06",
 * "Sep-06:Mar-07"): it joins the two ends of a range like a dash. A spaced colon stays a label's colon.
 */
function colonRange(ts: Tokens, i: number, items: readonly Item[]): boolean {
  if (!isPunct(ts[i], ':') || !glued(ts[i]) || !glued(ts[i + 1])) return false
  const before = items.at(-1)
  if (before?.type !== 'date' || before.to !== i || before.span.precision !== 'month') return false
  return MONTHS.has(ts[i + 1]?.lower ?? '')
}

/** A capitalised word no date can start with: a place or body ("from University buildings"). */
function namesPlace(t: Token | undefined): boolean {
  if (t?.kind !== 'word' || !t.capital || t.lower.length < 3) return false
  return !WORD_MATCHERS.has(t.lower) && !DAY_PART_STARTS.has(t.lower) && !CLASSIFIED_STARTS.has(t.lower)
}

/** A number, month or season within twelve tokens of i on its line ("held November 2012", "2016—Endorsed"). */
function dateNear(ts: Tokens, i: number): boolean {
  const dateLike = (t: Token | undefined): boolean =>
    t !== undefined && (t.kind === 'num' || MONTHS.has(t.lower) || SEASONS.has(t.lower))
  for (let k = i + 1; k <= i + 12 && ts[k] !== undefined && ts[k]?.kind !== 'break'; k++)
    if (dateLike(ts[k])) return true
  for (let k = i - 1; k >= i - 12 && ts[k] !== undefined && ts[k]?.kind !== 'break'; k--)
    if (dateLike(ts[k])) return true
  return false
}

/**
 * Whether "by" before i names who acted ("approved by Council March 2017", "by the Board") rather than a
 * deadline ("approved by June 2020", "by end of 2020"): a capitalised word that names no date.
 */
function agentAfterBy(ts: Tokens, i: number): boolean {
  const t = isWord(ts[i], 'the') ? ts[i + 1] : ts[i]
  if (t?.kind !== 'word' || !t.capital) return false
  const w = t.lower
  return !MONTHS.has(w) && !SEASONS.has(w) && !LEAD_WORDS.has(w) && !(w.length === 2 && w[0] === 'q')
}

/** The class of the word or phrase at i that `toTargetDate` needs, and the token after it. */
function classifyWord(ts: Tokens, i: number): { word: WordClass; next: number } | null {
  const t = ts[i]
  if (t?.kind !== 'word') return null
  const w = t.lower
  const n = ts[i + 1]
  // "In Progress" in a date column: work under way, with no deadline of its own. "in" starts many dates ("in
  // June 2019") and this one word class, so it is settled first.
  if (w === 'in') return isWord(n, 'progress') ? { word: 'progress', next: i + 2 } : null
  if (w === 'on' && isPunct(n, '-') && isWord(ts[i + 2], 'going')) return { word: 'ongoing', next: i + 3 }
  if (w === 'on' && isWord(n, 'going')) return { word: 'ongoing', next: i + 2 }
  if (w === 'until' && isWord(n, 'further') && isWord(ts[i + 2], 'notice'))
    return { word: 'ongoing', next: i + 3 }
  if (w === 'n' && isPunct(n, '/') && (isWord(ts[i + 2], 'a') || isWord(ts[i + 2], 'k')))
    return { word: 'unknown', next: i + 3 }
  if (w === 'as' && isWord(n, 'soon')) return { word: 'unknown', next: i + 2 }
  // "Ongoing, as completed": done as each piece of work finishes, not a completion already made.
  if (w === 'as' && isWord(n, 'completed')) return { word: 'ongoing', next: i + 2 }
  // "by the start of business on 12 September", "by start of term": a deadline at that start, not work starting.
  if ((w === 'start' || w === 'beginning') && isWord(n, 'of')) {
    const by = isWord(ts[i - 1], 'the') ? ts[i - 2] : ts[i - 1]
    if (by?.lower === 'by') return null
  }
  // "Continued" on its own (or before a comma, a break or a recurring word): work carried on. "Continued
  // accreditation planning April 2020" names an activity with its date.
  if (w === 'continued') {
    const alone = n === undefined || n.kind === 'break' || n.kind === 'punct' || RECURRING_STARTS.has(n.lower)
    return alone ? { word: 'ongoing', next: i + 1 } : null
  }
  // "November 2019 – Detailed Design phase begins": a phase that starts on the date beside it ("once the new
  // contract begins", with no date, says nothing).
  if (w === 'begins') return dateNear(ts, i) ? { word: 'started', next: i + 1 } : null
  // "cut in emissions from University buildings by March 2015": "from" before a name is prose, not a start.
  if ((w === 'from' || w === 'since') && namesPlace(isWord(n, 'the') ? ts[i + 2] : n) && dateNear(ts, i))
    return null
  // "Not started Summer 2026", "not yet started": a status beside a planned date, not a start.
  if (
    STARTED_WORDS.has(w) &&
    (isWord(ts[i - 1], 'not') || (isWord(ts[i - 1], 'yet') && isWord(ts[i - 2], 'not')))
  )
    return null
  // "Completed by June 2016", "complete by": "by" makes the date a deadline, not a completion.
  // "Completed within 2022-23 Financial Year": "within" names the window to finish in, a deadline as "by" does.
  if (COMPLETED_WORDS.has(w) && (isWord(n, 'by') || isWord(n, 'within'))) return null
  if (EVENT_DONE_WORDS.has(w)) {
    const before = ts[i - 1]?.lower
    const deadline = isWord(n, 'by') && !agentAfterBy(ts, i + 2)
    if (before === 'be' || before === 'being' || deadline || !dateNear(ts, i)) return null
    return { word: 'completed', next: i + 1 }
  }
  if (w === 'to' && isWord(n, 'be') && (isWord(ts[i + 2], 'confirmed') || isWord(ts[i + 2], 'determined'))) {
    return { word: 'unknown', next: i + 3 }
  }
  // "01/11/2013 ACTUAL 16/12/13", "Actual: March 2020": the day the work was done, beside the planned one.
  if (w === 'actual') {
    const j = isPunct(n, ':') ? i + 2 : i + 1
    const d = ts[j]
    return d?.kind === 'num' || MONTHS.has(d?.lower ?? '') ? { word: 'completed', next: j } : null
  }
  // "on or before March 20, 2023": that day is still in time, so no day comes off.
  if (w === 'before' && isWord(ts[i - 1], 'or') && isWord(ts[i - 2], 'on')) return null
  if (BEFORE_WORDS.has(w)) {
    let next = isWord(n, 'to') || isWord(n, 'of') ? i + 2 : i + 1
    if (isWord(ts[next], 'the')) next++
    // "before (the) end of March 2018" means by the end of March: no shift.
    return isWord(ts[next], 'end') ? null : { word: 'before', next }
  }
  // "Ongoing throughout academic year", "throughout the term": continuous work, not a deadline at the period's end.
  if (w === 'throughout') {
    const next = yearlessPeriodEnd(ts, i + 1)
    if (next !== null) return { word: 'ongoing', next }
    // "Throughout the academic year 2007/8" is work over that year, due at its end: the word adds nothing.
    if (n !== undefined && n.kind !== 'break') return null
  }
  // "During Year", "during the year": spread through a year no number names, as "throughout the year".
  if (w === 'during') {
    const j = isWord(n, 'the') ? i + 2 : i + 1
    const after = ts[j + 1]
    if (isWord(ts[j], 'year') && (after === undefined || after.kind === 'break' || after.kind === 'punct'))
      return { word: 'ongoing', next: j + 1 }
  }
  // "Not before June 2020": work starts then, as after "from".
  if (w === 'not' && BEFORE_WORDS.has(n?.lower ?? '')) return { word: 'from', next: i + 2 }
  // "Beyond Spring Semester 2021", "after June 2020": open-ended work that starts once the date is over.
  if (AFTER_WORDS.has(w)) return { word: 'after', next: isWord(n, 'the') ? i + 2 : i + 1 }
  // "revised from Dec 2019": the date after "from" is the old one; "postponed to June 2020" is the new one.
  if (CHANGED_WORDS.has(w)) return isWord(n, 'from') ? { word: 'superseded', next: i + 2 } : null
  // "(was June 2019)": the date after "was" is the old one.
  if (w === 'was')
    return n !== undefined && (n.kind === 'num' || MONTHS.has(n.lower))
      ? { word: 'superseded', next: i + 1 }
      : null
  // "Fall 2025 and beyond", "Autumn 2025 and ongoing": the work starts then and carries on.
  if (w === 'and') {
    const open = openEndedAfter(ts, i + 1)
    if (open !== null) return { word: 'started', next: open }
  }
  const simple = SIMPLE_WORDS.get(w)
  return simple === undefined ? null : { word: simple, next: i + 1 }
}

/**
 * Every item in a cell, in order: dates, dates still missing a year, words that change a date's kind, and
 * breaks between segments. Tokens that mean nothing for dates are skipped.
 *
 * @example
 * ```ts
 * scan(tokenize('Started June 2019'), readDateContext({})).map((item) => item.type) // ['word', 'date']
 * ```
 */
export function scan(ts: Tokens, settings: DateSettings): Item[] {
  const items: Item[] = []
  let i = 0
  while (i < ts.length) {
    const t = ts[i] as Token
    if (t.kind === 'break') {
      items.push({ type: 'break', from: i, to: i + 1 })
      i++
      continue
    }
    if (t.kind === 'punct') {
      const open = t.lower === '&' || t.lower === '+' ? openEndedAfter(ts, i + 1) : null
      if (open !== null || (t.lower === '+' && endsPlus(ts, i))) {
        const next = open ?? i + 1
        items.push({ type: 'word', word: 'started', from: i, to: next })
        i = next
        continue
      }
      const word = colonRange(ts, i, items) ? 'range' : PUNCT_CLASSES.get(t.lower)
      if (word !== undefined) items.push({ type: 'word', word, from: i, to: i + 1 })
      i++
      continue
    }
    const date =
      matchDate(ts, i, settings) ?? (t.kind === 'num' ? matchAlternativeDay(ts, i, items, settings) : null)
    if (date !== null) {
      items.push(checkYears(date))
      i = date.to
      continue
    }
    const recurring = RECURRING_STARTS.has(t.lower) ? matchRecurring(ts, i) : null
    if (recurring !== null) {
      items.push({
        type: 'word',
        word: 'recurring',
        frequency: recurring.frequency,
        from: i,
        to: recurring.next,
      })
      i = recurring.next
      continue
    }
    const word = CLASSIFIED_STARTS.has(t.lower) ? classifyWord(ts, i) : null
    if (word !== null) {
      items.push({ type: 'word', word: word.word, from: i, to: word.next })
      i = word.next
      continue
    }
    i++
  }
  return withoutLabelsBeforeDates(ts, items)
}

/**
 * "Year 2 – May 2014", "Year 1 2013 – No Report": a plan-year label right before a written date (after at most
 * one dash, colon or comma) only names the row; the date is the reading, and the label is dropped.
 */
function withoutLabelsBeforeDates(ts: Tokens, items: Item[]): Item[] {
  for (let k = items.length - 2; k >= 0; k--) {
    const label = items[k] as Item
    if (label.type !== 'date' && label.type !== 'invalid') continue
    if (!YEAR_LABEL_WORDS.has(ts[label.from]?.lower ?? '')) continue
    // The dash may already be an item of its own (a range word).
    const dash = items[k + 1]?.type === 'word' && (items[k + 1]?.to ?? 0) - label.to === 1 ? 1 : 0
    const next = items[k + 1 + dash]
    if (next?.type !== 'date') continue
    const gap = next.from - label.to
    const between = ts[label.to]
    if (gap > 1 || (gap === 1 && !(isPunct(between, '-') || isPunct(between, ':') || isPunct(between, ','))))
      continue
    if (next.span.precision === 'year' && label.type === 'date') continue
    items.splice(k, 1 + dash)
  }
  return items
}
