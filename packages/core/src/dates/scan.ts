import { withinCalendar } from './calendar'
import { countBaseline, dropDoneWordsOnLine } from './countBaseline'
import { dashLineAfter } from './dashLine'
import {
  breakItem,
  changeSpan,
  dateItem,
  invalidItem,
  isYearLong,
  type Item,
  itemOver,
  partialItem,
  unreadableItem,
  type WordClass,
  wordItem,
  type Yearless,
} from './Item'
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
  REPORTED_DONE_WORDS,
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
  dayStartingWeek,
  matchAlternativeDay,
  matchDayMonth,
  matchMonthFirst,
  matchNumericDate,
  matchYear,
  matchYearThenMonth,
  narrowToPart,
  readBracketedPart,
  readDayPart,
} from './match/calendar'
import { EASTER_DAY_STARTS } from './match/easterDays'
import { matchFinancialYear } from './match/financial'
import { matchHalf, matchNamedPeriod, matchQuarter, matchSeason } from './match/periods'
import { matchQuarterHeading } from './match/quarterHeading'
import { matchCompactIsoDate } from './match/compactIsoDate'
import { matchSpacedIsoDate } from './match/spacedIsoDate'
import { matchRecurring, RECURRING_STARTS, timesOfYearBefore } from './match/recurring'
import {
  isSpanUnit,
  matchNewYear,
  matchRelativeDay,
  matchRelativeSpan,
  matchRelativeYear,
  matchYearLabel,
} from './match/relative'
import {
  mayNameYears,
  namesStatute,
  recurringWordIsProse,
  sinceOutlastsRecurring,
  withoutNamingYears,
  withoutTitleCadence,
} from './proseWords'
import { lifeOfPlanEnd } from './lifeOfPlan'
import { listItemMilestone } from './listItemMilestone'
import type { DateSettings } from './readDateContext'
import { glued, isNum, isPunct, isWord, type Token, tokenBefore } from './tokenize'
import { withoutDocumentNames } from './withoutDocumentNames'
import { withTimetableLines } from './withTimetableLines'

// Reads the tokens left to right. At each token every matcher that can start there is tried and the longest
// match wins, so "2019/20" is an academic year rather than the year 2019, and "4 June 2018" a day rather
// than June 2018. Each matcher looks at a handful of tokens, so a scan is linear in the length of the cell.

type Tokens = readonly Token[]
type Matcher = (ts: Tokens, i: number, settings: DateSettings) => Item | null

/** Matchers that can start at a number, in the order that wins a tie. */
const NUMBER_MATCHERS: readonly Matcher[] = [
  matchNumericDate,
  matchSpacedIsoDate,
  matchCompactIsoDate,
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
    // "III quarter 2025": a Roman numeral before the quarter word.
    'i',
    'ii',
    'iii',
    'iv',
  ],
  matchQuarter,
)
startsAt(['q', 'qtr', 'quarter'], matchQuarterHeading)
startsAt(['first', 'second', 'h'], matchHalf)
startsAt(YEAR_LABEL_WORDS, matchYearLabel)
startsAt(['this', 'next', 'current', 'end', 'year', 'yr'], matchRelativeYear)
startsAt(['this', 'next', 'end', 'tomorrow', 'today'], matchRelativeDay)
startsAt(['ay', 'session', 'academic', 'acad', 'school'], matchAcademicYear)
startsAt(['fy', 'financial', 'fiscal', 'fin'], matchFinancialYear)
startsAt(['new'], matchNewAcademicYear)
startsAt(['new'], matchNewYear)
startsAt(
  [
    'easter',
    'christmas',
    'xmas',
    'summer',
    'long',
    'winter',
    'spring',
    ...EASTER_DAY_STARTS.filter((w) => w !== 'easter'),
  ],
  matchNamedPeriod,
)
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

/**
 * The matchers worth trying at token i, whose word starts `starts`. A misspelt month ("Febuary 2020") is only
 * tried before a number.
 */
function matchersAt(ts: Tokens, i: number, starts: WordStarts | undefined): readonly Matcher[] {
  const t = ts[i]
  if (t === undefined) return NO_MATCHERS
  if (t.kind === 'num') return NUMBER_MATCHERS
  if (t.kind !== 'word') return NO_MATCHERS
  const known = starts?.matchers
  if (known !== undefined) return known
  // A word the lexicon reads as something else ("Started 01/10/2018") is not a misspelt month: no such word
  // is within the edits `lookupMonth` allows (a test checks), so the edit distance is not worked out for it.
  if (t.lower.length < 5 || starts?.classified === true || starts?.recurring === true) return NO_MATCHERS
  const n = ts[i + 1]
  const beforeNumber = isNum(n) || (isPunct(n, '.') && isNum(ts[i + 2]))
  return beforeNumber ? MISSPELT_MONTH : NO_MATCHERS
}

/** The longest match starting at token i (whose word starts `starts`), or null. */
function longestAt(
  ts: Tokens,
  i: number,
  settings: DateSettings,
  starts: WordStarts | undefined,
): Item | null {
  let best: Item | null = null
  for (const matcher of matchersAt(ts, i, starts)) best = longer(best, matcher(ts, i, settings))
  return best
}

/**
 * The longest match at i, narrowed by a part written before it ("early June", "w/c 4 June") or in brackets after a
 * month ("September (start)").
 */
function matchDate(
  ts: Tokens,
  i: number,
  settings: DateSettings,
  starts: WordStarts | undefined,
): Item | null {
  const prefix = starts?.dayPart === true || ts[i]?.ordinal === true ? readDayPart(ts, i) : null
  const plain = longestAt(ts, i, settings, starts)
  if (prefix === null) return plain === null ? null : withBracketedPart(ts, plain)
  const found = longestAt(ts, prefix.next, settings, wordStarts(ts[prefix.next]))
  const narrowed = found !== null && prefix.part.week === true ? dayStartingWeek(ts, found) : found
  if (narrowed === null || (plain !== null && plain.to >= narrowed.to)) return plain
  if (narrowed.type === 'date') return dateItem(narrowToPart(narrowed.span, prefix.part), i, narrowed.to)
  if (narrowed.type === 'partial') {
    // The part is added in a literal with every field, not a spread copy (see `changeSpan`).
    const { unit, month, day, lastDay, name, warnings } = narrowed.partial
    const partial: Yearless = { unit, month, day, lastDay, name, warnings, part: prefix.part }
    return partialItem(partial, i, narrowed.to)
  }
  return itemOver(narrowed, i, narrowed.to)
}

/** Periods a bracketed third may narrow: "September (start)", "Spring term 2021 (end)". */
const BRACKET_NARROWS: ReadonlySet<string> = new Set(['month', 'season', 'term', 'quarter'])

/** A month or period followed by a third of it in brackets ("September (start)", "June 2020 (end)"): that third. */
function withBracketedPart(ts: Tokens, item: Item): Item {
  // Most dates have no bracket after them: look at the next token before reading the item's fields.
  if (ts[item.to]?.lower !== '(') return item
  const period =
    (item.type === 'date' && BRACKET_NARROWS.has(item.span.precision) && !item.span.range) ||
    (item.type === 'partial' && item.partial.unit !== 'day' && item.partial.part === undefined)
  const bracket = period ? readBracketedPart(ts, item.to) : null
  if (bracket === null) return item
  if (item.type === 'date') return dateItem(narrowToPart(item.span, bracket.part), item.from, bracket.next)
  if (item.type === 'partial') {
    const { unit, month, day, lastDay, name, warnings } = item.partial
    const partial: Yearless = { unit, month, day, lastDay, name, warnings, part: bracket.part }
    return partialItem(partial, item.from, bracket.next)
  }
  return item
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
  return dateItem(changeSpan(item.span, { alternatives }), item.from, item.to)
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
  ...REPORTED_DONE_WORDS,
  'carried',
  'set',
  'continued',
  'effective',
  'met',
  'currently',
  'current',
  'actual',
  'begins',
  'during',
  'in',
  'on',
  'not',
  'throughout',
  'no',
  'over',
  'for',
  'until',
  'n',
  'as',
  'to',
  'was',
])

/**
 * What a word can start: the matchers to try, a day part, a recurring phrase, a word `classifyWord` reads. Read
 * with one lookup per word token, since most words of a cell start nothing.
 */
interface WordStarts {
  /** Undefined when no matcher starts at the word (it may still be a misspelt month). */
  readonly matchers: readonly Matcher[] | undefined
  readonly dayPart: boolean
  readonly recurring: boolean
  readonly classified: boolean
  /** The word ends a phrase about the dates before it: "was put on hold", "in place by". */
  readonly endsPhrase: boolean
}

/** Words before a recurring word that pick one occurrence of it: "the first annual review", "the next annual report". */
const ONE_OCCURRENCE: ReadonlySet<string> = new Set(['first', 'next'])

/** Last words of phrases about the dates before them (`withdrawDateBefore`, `dropNamedYears`). */
const PHRASE_ENDS: ReadonlySet<string> = new Set(['hold', 'place'])

const WORD_STARTS = new Map<string, WordStarts>()
for (const word of [
  ...WORD_MATCHERS.keys(),
  ...DAY_PART_STARTS,
  ...RECURRING_STARTS,
  ...CLASSIFIED_STARTS,
  ...PHRASE_ENDS,
]) {
  WORD_STARTS.set(word, {
    matchers: WORD_MATCHERS.get(word),
    dayPart: DAY_PART_STARTS.has(word),
    recurring: RECURRING_STARTS.has(word),
    classified: CLASSIFIED_STARTS.has(word),
    endsPhrase: PHRASE_ENDS.has(word),
  })
}

/** What the token can start when it is a word; undefined for other tokens and words that start nothing. */
const wordStarts = (t: Token | undefined): WordStarts | undefined =>
  t?.kind === 'word' ? WORD_STARTS.get(t.lower) : undefined

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
  // "2023-4 and later": open-ended when nothing follows in its clause ("and later in 2021" names another date).
  if (t.lower === 'later') return endsClause(ts[i + 1]) ? i + 1 : null
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

/**
 * A "+" that ends what the cell says about a date ("2025+", "Jan 2025+"): from then on. "FY 2023 + TBD" says the
 * same: the end is not known.
 */
const endsPlus = (ts: Tokens, i: number): boolean => {
  const n = ts[i + 1]
  return endsClause(n) || (n?.kind === 'word' && UNKNOWN_WORDS.has(n.lower) && endsClause(ts[i + 2]))
}

/** The end of what a cell says about a date: its end, a break, a closing bracket, a comma or a full stop. */
const endsClause = (n: Token | undefined): boolean =>
  n === undefined || n.kind === 'break' || isPunct(n, ')') || isPunct(n, ',') || isPunct(n, '.')

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

/**
 * A spaced dash followed by a capitalised word no date can start with ("23/03/2012 - Single Equality Scheme", "from
 * 2019/2020 - There were …"): it separates a date from a title or a sentence, and joins no range.
 */
const dashBeforeTitle = (ts: Tokens, i: number): boolean =>
  isPunct(ts[i], '-') &&
  ts[i + 1]?.capital === true &&
  ts[i + 1]?.spaceBefore === true &&
  namesSource(ts, i + 1)

/** A word that starts no date and no reading of its own: "will", "be", "reviewed" (not "end", "by", "June"). */
const plainWord = (t: Token | undefined): boolean =>
  t?.kind === 'word' && wordStarts(t) === undefined && !MONTHS.has(t.lower) && !SEASONS.has(t.lower)

/**
 * A spaced dash followed by two words that start no date ("by June - will be reviewed again next June"): it ends a
 * clause, and joins no range with a date later on the line.
 */
const dashBeforeClause = (ts: Tokens, i: number): boolean =>
  isPunct(ts[i], '-') &&
  ts[i]?.spaceBefore === true &&
  ts[i + 1]?.spaceBefore === true &&
  plainWord(ts[i + 1]) &&
  plainWord(ts[i + 2])

/**
 * A word no date can start with, so "from" before it names a source, not a start: a place or body ("from
 * University buildings"), people or things ("feedback from students", "from main hall"). A word right before a
 * number may be a misspelt month ("from Febuary 2020"), so it does not count.
 */
function namesSource(ts: Tokens, j: number): boolean {
  const t = ts[j]
  if (t?.kind !== 'word' || t.lower.length < 3 || isNum(ts[j + 1])) return false
  if (!WORD_MATCHERS.has(t.lower) && !DAY_PART_STARTS.has(t.lower) && !CLASSIFIED_STARTS.has(t.lower))
    return true
  // "from Trinity Health operations": a date word starting a name of two capitalised words ("Summer Term" is a date).
  const n = ts[j + 1]
  return t.capital && n?.kind === 'word' && n.capital && !(wordStarts(n) !== undefined || MONTHS.has(n.lower))
}

/** A number, month or season within twelve tokens of i on its line ("held November 2012", "2016—Endorsed"). */
function dateNear(ts: Tokens, i: number): boolean {
  const dateLike = (t: Token | undefined): boolean =>
    t !== undefined && (t.kind === 'num' || MONTHS.has(t.lower) || SEASONS.has(t.lower))
  for (let k = i + 1; k <= i + 12 && ts[k] !== undefined && ts[k]?.kind !== 'break'; k++)
    if (dateLike(ts[k])) return true
  for (let k = i - 1; k >= Math.max(i - 12, 0) && ts[k]?.kind !== 'break'; k--)
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

/** Words after a doer that say when it acted: "by officers in August 2008", "by staff on 3 May". */
const WHEN_AFTER_DOER: ReadonlySet<string> = new Set(['in', 'on', 'during'])

/**
 * Whether "by" before i names who did the work: a name ("by Council", `agentAfterBy`), or a word that is no date
 * followed by "in", "on" or "during" and the date ("by officers in August 2008"). "by the end of June" and "by mid
 * June" stay deadlines.
 */
function doerAfterBy(ts: Tokens, i: number): boolean {
  if (agentAfterBy(ts, i)) return true
  const j = isWord(ts[i], 'the') ? i + 1 : i
  const t = ts[j]
  if (t?.kind !== 'word' || dateLike(t) || LEAD_WORDS.has(t.lower) || DAY_PART_STARTS.has(t.lower))
    return false
  return WHEN_AFTER_DOER.has(ts[j + 1]?.lower ?? '') && dateLike(ts[j + 2])
}

/** A number, month or season: a token a date on the line can be made of. */
const dateLike = (t: Token | undefined): boolean =>
  t !== undefined && (t.kind === 'num' || MONTHS.has(t.lower) || SEASONS.has(t.lower))

/** Whether a date stands within twelve tokens on the line, after i (step 1) or before it (step -1). */
function dateOnSide(ts: Tokens, i: number, step: 1 | -1): boolean {
  for (
    let k = i + step;
    Math.abs(k - i) <= 12 && k >= 0 && ts[k] !== undefined && ts[k]?.kind !== 'break';
    k += step
  )
    if (dateLike(ts[k])) return true
  return false
}

/** The first word of `words` before the next date on the line from i, within twelve tokens, or null. */
function wordBeforeDate(ts: Tokens, i: number, words: ReadonlySet<string>): string | null {
  for (let k = i; k <= i + 12 && ts[k] !== undefined && ts[k]?.kind !== 'break'; k++) {
    if (dateLike(ts[k])) return null
    const t = ts[k] as Token
    if (t.kind === 'word' && words.has(t.lower)) return t.lower
  }
  return null
}

/** Whether a number, month or season stands on i's line from token `from` on. */
function dateLaterOnLine(ts: Tokens, from: number): boolean {
  for (let k = from; k < ts.length && ts[k]?.kind !== 'break'; k++) if (dateLike(ts[k])) return true
  return false
}

/**
 * An ongoing or start word at i that says nothing about the line's date. "on an ongoing basis throughout
 * 2014": the date after says when the work is done, as "throughout 2014" does. "have already started work on the
 * action plan and are currently working with … to launch a survey in January 2022": a start word (or "currently")
 * with a date later on its line but none within twelve tokens belongs to another clause.
 */
function statusIsProse(ts: Tokens, i: number, word: WordClass): boolean {
  if (word === 'ongoing')
    return isWord(ts[i + 1], 'basis') && WINDOW_WORDS.has(ts[i + 2]?.lower ?? '') && dateLike(ts[i + 3])
  return STARTED_WORDS.has((ts[i] as Token).lower) && !dateNear(ts, i) && dateLaterOnLine(ts, i + 13)
}

/** Words that put work inside the window of the date after them: "throughout 2014", "during 2020/21". */
const WINDOW_WORDS: ReadonlySet<string> = new Set(['throughout', 'during', 'in', 'over'])

const SINCE: ReadonlySet<string> = new Set(['since'])

/**
 * Whether "since" comes before the next date on the line from i: "has held a Bronze Award since 2013" is a state
 * that began then, not an event done then.
 */
const sinceBeforeDate = (ts: Tokens, i: number): boolean => wordBeforeDate(ts, i, SINCE) !== null

/**
 * Whether the word at i stands on a line with no date, under a line that is a date alone: a progress entry headed by
 * its month ("October 2023" over "DBS check process has been updated …"). Looks at most twelve tokens back on i's
 * line and six on the line above.
 */
function underDateLine(ts: Tokens, i: number): boolean {
  let k = i - 1
  for (; k >= 0 && ts[k]?.kind !== 'break'; k--) if (i - k > 12 || dateLike(ts[k])) return false
  if (k < 0 || dateOnSide(ts, i, 1)) return false
  let dated = false
  for (let n = 1, j = k - 1; j >= 0 && ts[j]?.kind !== 'break'; n++, j--) {
    const t = ts[j] as Token
    if (n > 6 || (t.kind !== 'punct' && !dateLike(t))) return false
    dated ||= dateLike(t)
  }
  return dated
}

/** Words before a participle that make it an adjective: "an updated plan", "our renewed strategy". */
const DETERMINERS: ReadonlySet<string> = new Set([
  'a',
  'an',
  'the',
  'our',
  'their',
  'its',
  'his',
  'her',
  'your',
  'my',
  'this',
  'these',
  'newly',
])

/** Words before a participle that make it passive: "was set up", "were submitted", "has been updated". */
const PASSIVE_BEFORE: ReadonlySet<string> = new Set(['was', 'were', 'been'])

/** Whether the nearest date before i on its line, within twelve tokens, comes right after "since". */
function sinceDateBefore(ts: Tokens, i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 12) && ts[k]?.kind !== 'break'; k--)
    if (dateLike(ts[k])) return isWord(ts[k - 1], 'since')
  return false
}

/** Words before a report verb that make it no report of work done: "to be submitted", "is submitted", "not received". */
const NOT_REPORTED_AFTER: ReadonlySet<string> = new Set(['be', 'being', 'not', 'to', 'is', 'are'])

/**
 * A past-tense report verb at i ("submitted", "carried out") with a date beside it: done on that date
 * (`REPORTED_DONE_WORDS` says when it counts).
 */
function reportedDone(ts: Tokens, i: number): { word: WordClass; next: number } | null {
  const next = isWord(ts[i], 'carried') || isWord(ts[i], 'set') ? i + 2 : i + 1
  const before = tokenBefore(ts, i)?.kind === 'word' ? (ts[i - 1] as Token).lower : ''
  // "… for production in 2001 is submitted for approval": the present passive is the paper's own act, now.
  if (NOT_REPORTED_AFTER.has(before) || DETERMINERS.has(before)) return null
  // "for the year ended 31 March 2020": "ended" after a period names when that period ends, not a deed done.
  if (isWord(ts[i], 'ended') && ENDED_PERIODS.has(before)) return null
  const ahead = dateAfterVerb(ts, next)
  // "submitted by June 2020", "Updated and reviewed by June": the date ahead is a deadline; "since 2013" a start.
  if (ahead === 'deadline' || ahead === 'since') return null
  const passive = PASSIVE_BEFORE.has(before)
  // "Since 2021, we have received substantial funding": a state that began then, not a deed done then.
  if (ahead !== 'date' && sinceDateBefore(ts, i)) return null
  const dated = ahead === 'date' || (!passive && dateOnSide(ts, i, -1)) || underDateLine(ts, i)
  return dated ? { word: 'completed', next } : null
}

/**
 * Periods of account whose end "ended" names: "the year ended 31 March", "the six months ended 30 September" ("the
 * consultation period ended on …" is a deed done).
 */
const ENDED_PERIODS: ReadonlySet<string> = new Set(['year', 'years', 'month', 'months', 'quarter', 'weeks'])

/**
 * Words before a completion word that say the work is not done: the future or a plan ("will be completed", "to be
 * completed", "being completed") and conditions ("until completed", "when complete", "once done").
 */
const NOT_DONE_BEFORE: ReadonlySet<string> = new Set([
  'be',
  'being',
  'until',
  'till',
  'when',
  'once',
  'unless',
])

/** Words that open a condition: "once the plan is completed", "when the review has been completed". */
const CONDITION_WORDS: ReadonlySet<string> = new Set(['once', 'when', 'until', 'till', 'unless', 'if'])

/** Adverbs before a completion word that say only part of the work is done: "mostly complete". */
const PARTLY_DONE: ReadonlySet<string> = new Set([
  'mostly',
  'nearly',
  'almost',
  'partially',
  'partly',
  'largely',
  'substantially',
])

/**
 * Whether the completion word at i reports no work done: an adjective after a determiner ("this completed report",
 * "a complete review"), part of the work ("mostly complete"), or a condition opened earlier in its clause, within
 * eight words ("Once the draft LTP is completed, it will go to consultation in April 2024").
 */
function completionIsNotDone(ts: Tokens, i: number): boolean {
  const before = ts[i - 1]?.lower ?? ''
  if (DETERMINERS.has(before) || PARTLY_DONE.has(before)) return true
  for (let k = i - 1; k >= Math.max(0, i - 8); k--) {
    const t = ts[k] as Token
    if (t.kind !== 'word') return false
    if (CONDITION_WORDS.has(t.lower)) return true
  }
  return false
}

/** Words after "continued" that put the past work in the window of the date after them. */
const CONTINUED_OVER: ReadonlySet<string> = new Set(['through', 'throughout', 'during'])

/** Words after "continued" that say the work has no end: it is carried on, not a named activity. */
const CONTINUED_WITHOUT_END: ReadonlySet<string> = new Set(['permanently', 'indefinitely', 'thereafter'])

/**
 * Words after a report verb that start a clause of their own, so the date after them is that clause's: "we have
 * identified the sub-deliverables that are being pursued during the 2025-26 academic year", "has submitted the plan
 * … for endorsement in 2023" (the endorsement is what 2023 dates).
 */
const CLAUSE_WORDS: ReadonlySet<string> = new Set(['that', 'which', 'who', 'being', 'for'])

/**
 * What comes first after a report verb on its line, within twelve tokens from `from`: a date (`date`), "by" before a
 * date (`deadline`; "by the HSE", naming who acted, is passed over), "since" (`since`), a clause of its own
 * (`clause`), or nothing (null).
 */
function dateAfterVerb(ts: Tokens, from: number): 'date' | 'deadline' | 'since' | 'clause' | null {
  for (let k = from; k <= from + 12 && ts[k] !== undefined && ts[k]?.kind !== 'break'; k++) {
    const t = ts[k] as Token
    if (dateLike(t)) return 'date'
    if (t.kind !== 'word') continue
    if (t.lower === 'since') return 'since'
    if (t.lower === 'by' && !agentAfterBy(ts, k + 1)) return 'deadline'
    if (CLAUSE_WORDS.has(t.lower)) return 'clause'
  }
  return null
}

/** An adverb ending in "-ly" ("previously", "newly", "recently"). */
const adverbAt = (t: Token | undefined): boolean =>
  t?.kind === 'word' && t.lower.length > 4 && t.lower.endsWith('ly')

/**
 * Whether the word at i, after "to" or a hyphen, says nothing about when work started or was done: a start still
 * planned ("is expected to begin in 2025", "scheduled to start in May"), an aim ("to complete the project, which is
 * scheduled to open Spring 2023"), or a participle made an adjective ("previously-approved initiatives",
 * "newly-appointed").
 */
function notDoneAfter(ts: Tokens, i: number): boolean {
  const t = ts[i] as Token
  const w = t.lower
  if (isWord(ts[i - 1], 'to')) {
    if (COMPLETED_WORDS.has(w)) return true
    if (!STARTED_WORDS.has(w)) return false
    // "the actions we took in 2023-24 to begin to address them": a start after "to" with a date only before it is
    // what the work was for, not when anything started.
    return (
      PLANNED_WORDS.has(tokenBefore(ts, i, 2)?.lower ?? '') ||
      (!dateOnSide(ts, i, 1) && dateOnSide(ts, i, -1))
    )
  }
  const participle = EVENT_DONE_WORDS.has(w) || REPORTED_DONE_WORDS.has(w)
  return participle && glued(t) && glued(ts[i - 1]) && adverbAt(tokenBefore(ts, i, 2))
}

/** Words `classifyWord` checks for a start made a deadline, a completion that is none, or "effective". */
const STATUS_VERBS: ReadonlySet<string> = new Set([
  'begin',
  'start',
  'commence',
  'effective',
  ...COMPLETED_WORDS,
])

/** Start verbs that "by" before a date turns into a deadline: "begin work … by 2025". */
const START_VERBS: ReadonlySet<string> = new Set(['begin', 'start', 'commence'])
const BY: ReadonlySet<string> = new Set(['by'])

/** Words before "to" that make the start after it a plan: "expected to begin", "scheduled to start". */
const PLANNED_WORDS: ReadonlySet<string> = new Set([
  'expected',
  'scheduled',
  'planned',
  'anticipated',
  'hoped',
])

/** Start verbs that, before "by" and a date, set a deadline for starting: "Commence by February 2022". */
const BY_DEADLINE_STARTS: ReadonlySet<string> = new Set(['start', 'begin', 'commence'])

/** What "no further" says is left to do when the work is done: "no further action". */
const NO_FURTHER_NOUNS: ReadonlySet<string> = new Set(['action', 'actions', 'work'])

/** Words that lead "the life of the plan" (`lifeOfPlanEnd`). */
const LIFETIME_LEADS: ReadonlySet<string> = new Set(['throughout', 'during', 'over', 'for'])

/** The class of the word or phrase at i that `toTargetDate` needs, and the token after it. */
function classifyWord(ts: Tokens, i: number): { word: WordClass; next: number } | null {
  const t = ts[i]
  if (t?.kind !== 'word') return null
  const w = t.lower
  const n = ts[i + 1]
  // "In Progress" in a date column: work under way, with no deadline of its own. "in" starts many dates ("in
  // June 2019") and this one word class, so it is settled first.
  if (w === 'in') return isWord(n, 'progress') ? { word: 'progress', next: i + 2 } : null
  // "Throughout the life of the plan", "over the duration of this strategy": work for as long as the plan runs.
  // "for" and "over" are classified for this phrase only.
  if (LIFETIME_LEADS.has(w)) {
    const next = lifeOfPlanEnd(ts, i + 1)
    if (next !== null) return { word: 'ongoing', next }
    if (w === 'for' || w === 'over') return null
  }
  // "Sept 2014: No further action required", "no further work needed": nothing is left to do, so the work is done.
  if (w === 'no') {
    const done = isWord(n, 'further') && NO_FURTHER_NOUNS.has(ts[i + 2]?.lower ?? '')
    return done ? { word: 'completed', next: i + 3 } : null
  }
  if (w === 'on' && isPunct(n, '-') && isWord(ts[i + 2], 'going')) return { word: 'ongoing', next: i + 3 }
  if (w === 'on' && isWord(n, 'going')) return { word: 'ongoing', next: i + 2 }
  if (w === 'until' && isWord(n, 'further') && isWord(ts[i + 2], 'notice'))
    return { word: 'ongoing', next: i + 3 }
  if (w === 'n' && isPunct(n, '/') && (isWord(ts[i + 2], 'a') || isWord(ts[i + 2], 'k')))
    return { word: 'unknown', next: i + 3 }
  if (w === 'as' && isWord(n, 'soon')) return { word: 'unknown', next: i + 2 }
  // "Ongoing, as completed": done as each piece of work finishes, not a completion already made.
  if (w === 'as' && isWord(n, 'completed')) return { word: 'ongoing', next: i + 2 }
  // "Commence by February 2022", "start by June": a deadline for starting, read as any deadline.
  if (isWord(n, 'by') && BY_DEADLINE_STARTS.has(w) && !agentAfterBy(ts, i + 2)) return null
  // "by the start of business on 12 September", "by start of term": a deadline at that start, not work starting.
  if ((w === 'start' || w === 'beginning') && isWord(n, 'of')) {
    const by = isWord(tokenBefore(ts, i), 'the') ? tokenBefore(ts, i, 2) : tokenBefore(ts, i)
    if (by?.lower === 'by') return null
  }
  // "Currently", "Current stage": work under way now, with no deadline. Beside a date ("currently planned for June
  // 2020") it only describes that date's work, which keeps its reading.
  // "There is currently no published timeline": a negation says nothing is under way.
  if (w === 'currently' || (w === 'current' && (isWord(n, 'stage') || isWord(n, 'phase'))))
    return dateNear(ts, i) || dateLaterOnLine(ts, i + 13) || isWord(n, 'no') || isWord(n, 'not')
      ? null
      : { word: 'progress', next: w === 'current' ? i + 2 : i + 1 }
  // "Continued" on its own (or before a comma, a break or a recurring word): work carried on. "Continued
  // accreditation planning April 2020" names an activity with its date.
  // "Spring 2024, then continued permanently": "permanently" or "indefinitely" only says it has no end.
  if (w === 'continued') {
    if (n !== undefined && CONTINUED_WITHOUT_END.has(n.lower)) return { word: 'ongoing', next: i + 2 }
    // "Consultations continued through the spring and summer of 2021": past work over a dated window, done then.
    if (n !== undefined && CONTINUED_OVER.has(n.lower)) return reportedDone(ts, i)
    const alone = n === undefined || n.kind === 'break' || n.kind === 'punct' || RECURRING_STARTS.has(n.lower)
    return alone ? { word: 'ongoing', next: i + 1 } : null
  }
  // "November 2019 – Detailed Design phase begins": a phase that starts on the date beside it ("once the new
  // contract begins", with no date, says nothing).
  if (w === 'begins') return dateNear(ts, i) ? { word: 'started', next: i + 1 } : null
  // "cut in emissions from University buildings by March 2015", "feedback from students by June 2020": "from"
  // before a name or a noun is prose, not a start.
  if ((w === 'from' || w === 'since') && namesSource(ts, isWord(n, 'the') ? i + 2 : i + 1) && dateNear(ts, i))
    return null
  // "renew our award in 2025 and would like to hear from our students": "from" with no date after it on its line,
  // only one before, starts nothing.
  if ((w === 'from' || w === 'since') && !dateOnSide(ts, i, 1) && dateOnSide(ts, i, -1)) return null
  // "Not started Summer 2026", "not yet started": a status beside a planned date, not a start.
  if (
    STARTED_WORDS.has(w) &&
    (isWord(tokenBefore(ts, i), 'not') ||
      (isWord(tokenBefore(ts, i), 'yet') && isWord(tokenBefore(ts, i, 2), 'not')))
  )
    return null
  // Start, completion and "effective" words are read apart; "and", "to", "or" (most classified words) skip this.
  if (STATUS_VERBS.has(w)) {
    // "begin work toward a common outcome by 2025", "start the review by June 2020": "by" before the date makes it
    // the deadline for the start, not the day work started.
    if (START_VERBS.has(w) && wordBeforeDate(ts, i + 1, BY) !== null) return null
    // "will be completed in 2012", "to be completed June 2020": completion still ahead, so the date is a deadline.
    // "until completed", "when completed": a condition on work not yet done, which dates nothing. "Once the draft
    // plan is completed, …", "a PDF of this completed report", "Work is mostly complete": a condition further back
    // in its clause, an adjective after a determiner, or a part of the work done are no completion either.
    if (
      COMPLETED_WORDS.has(w) &&
      (NOT_DONE_BEFORE.has(tokenBefore(ts, i)?.lower ?? '') || completionIsNotDone(ts, i))
    )
      return null
    // "Effective July 1, 2022", "effective from April 2021", "effective as of 1 April": the day something takes
    // effect, from then on. "becomes effective 6 weeks following adoption" counts a span from an event, which dates
    // no start; "cost effective", an adjective before a noun, is passed over.
    if (w === 'effective') {
      const j =
        isWord(n, 'as') && isWord(ts[i + 2], 'of')
          ? i + 3
          : isWord(n, 'on') || isWord(n, 'from')
            ? i + 2
            : i + 1
      return dateLike(ts[j]) && !isSpanUnit(ts[j + 1]?.lower) ? { word: 'started', next: j } : null
    }
  }
  // "Progress: Met", "Target met": the target was reached ("not met", "partially met" say otherwise).
  if (w === 'met') {
    const before = tokenBefore(ts, i)?.lower
    const done = before !== 'not' && before !== 'partially' && !isWord(n, 'by') && !isWord(n, 'with')
    return done ? { word: 'completed', next: i + 1 } : null
  }
  // "On track" in a status column: work under way; beside a date ("on track for June 2020") that date's work.
  if (w === 'on' && isWord(n, 'track')) return dateNear(ts, i) ? null : { word: 'progress', next: i + 2 }
  // A word right after "to" or a hyphen is read apart ("expected to begin", "to complete the project",
  // "previously-approved"); most words have neither before them, and skip these checks.
  const prev = tokenBefore(ts, i)
  if ((prev?.lower === 'to' || prev?.lower === '-') && notDoneAfter(ts, i)) return null
  // "Completed by June 2016", "complete by": "by" makes the date a deadline, not a completion.
  // "Completed within 2022-23 Financial Year": "within" names the window to finish in, a deadline as "by" does.
  // "Completed by officers in August 2008": "by" before who did it, with the date after "in", is no deadline.
  if (COMPLETED_WORDS.has(w) && ((isWord(n, 'by') && !doerAfterBy(ts, i + 2)) || isWord(n, 'within')))
    return null
  const reported = REPORTED_DONE_WORDS.has(w) || (w === 'carried' && isWord(n, 'out'))
  // "- final proposals submitted to government (28 November 2025)": a timeline item's milestone, not a report.
  if ((reported || EVENT_DONE_WORDS.has(w)) && listItemMilestone(ts, i)) return null
  if (reported) return reportedDone(ts, i)
  // "The Steering Board was set up in 2021": a body set up then, as "established" says.
  if (w === 'set' && isWord(n, 'up') && PASSIVE_BEFORE.has(tokenBefore(ts, i)?.lower ?? ''))
    return reportedDone(ts, i)
  if (EVENT_DONE_WORDS.has(w) && sinceBeforeDate(ts, i + 1)) return null
  // "March 2020" over "Policy approved by the Board": the heading's date is when it was done.
  if (
    EVENT_DONE_WORDS.has(w) &&
    !isWord(tokenBefore(ts, i), 'be') &&
    !isWord(tokenBefore(ts, i), 'being') &&
    underDateLine(ts, i)
  )
    return { word: 'completed', next: i + 1 }
  if (EVENT_DONE_WORDS.has(w)) {
    const before = tokenBefore(ts, i)?.lower
    const deadline = isWord(n, 'by') && !doerAfterBy(ts, i + 2)
    if (before === 'be' || before === 'being' || deadline || !dateNear(ts, i)) return null
    // "launched its Inclusion Strategy for 2024-29", "adopted … as our objectives for 2016–2020": with no date before
    // the verb, a date in a clause after it ("for", "that", "which") is the period of what was done, not its day.
    if (!dateOnSide(ts, i, -1) && dateAfterVerb(ts, i + 1) === 'clause') return null
    // "… Action Plan 2017-2021 be endorsed and adopted": the second verb of a pair after "be" is not done either.
    if (before === 'and' && (isWord(tokenBefore(ts, i, 3), 'be') || isWord(tokenBefore(ts, i, 3), 'being')))
      return null
    return { word: 'completed', next: i + 1 }
  }
  if (w === 'to' && isWord(n, 'be') && (isWord(ts[i + 2], 'confirmed') || isWord(ts[i + 2], 'determined'))) {
    return { word: 'unknown', next: i + 3 }
  }
  // "25 January … KS2 to be timetabled before end of term": "to be" is a verb, not the "to" of a range.
  if (w === 'to' && isWord(n, 'be')) return null
  // "01/11/2013 ACTUAL 16/12/13", "Actual: March 2020": the day the work was done, beside the planned one.
  if (w === 'actual') {
    const j = isPunct(n, ':') ? i + 2 : i + 1
    const d = ts[j]
    return d?.kind === 'num' || MONTHS.has(d?.lower ?? '') ? { word: 'completed', next: j } : null
  }
  // "on or before March 20, 2023": that day is still in time, so no day comes off.
  if (w === 'before' && isWord(tokenBefore(ts, i), 'or') && isWord(tokenBefore(ts, i, 2), 'on')) return null
  if (BEFORE_WORDS.has(w)) {
    let next = isWord(n, 'to') || isWord(n, 'of') ? i + 2 : i + 1
    if (isWord(ts[next], 'the')) next++
    // "ahead of its expiry in October 2025": the date dates the event named, which is the deadline.
    if (namesSource(ts, next)) return null
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
  if (AFTER_WORDS.has(w)) {
    const next = isWord(n, 'the') ? i + 2 : i + 1
    // "after the submission of your strategy in March 2006", "Following the pilot, … from 2015", "Following a retreat
    // held over the summer": an event named before the date; the date (if any) dates that event, and nothing starts
    // once it is over.
    const named = isWord(n, 'a') || isWord(n, 'an') ? i + 2 : next
    return namesSource(ts, named) ? null : { word: 'after', next }
  }
  // "revised from Dec 2019": the date after "from" is the old one; "postponed to June 2020" is the new one.
  if (CHANGED_WORDS.has(w) && isWord(n, 'from')) return { word: 'superseded', next: i + 2 }
  // "the Concordat was revised in 2019": with no old or new date named ("from", "to"), a revision done then.
  if (w === 'revised' && PASSIVE_BEFORE.has(ts[i - 1]?.lower ?? '') && !isWord(n, 'to'))
    return reportedDone(ts, i)
  if (CHANGED_WORDS.has(w)) return null
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
  if (simple === undefined) return null
  // "on an ongoing basis throughout 2014", a start word far from the line's date.
  if ((simple === 'ongoing' || simple === 'started') && statusIsProse(ts, i, simple)) return null
  // "implementation begins, with ongoing monitoring": "ongoing" before a noun describes it, beside a date.
  if (simple === 'ongoing' && isWord(tokenBefore(ts, i), 'with') && dateNear(ts, i)) return null
  // "were completed previously in 2019": "previously" after a done word says when, not that the date was replaced.
  if (simple === 'superseded' && COMPLETED_WORDS.has(tokenBefore(ts, i)?.lower ?? '')) return null
  return { word: simple, next: i + 1 }
}

const isWordItem = (item: Item | undefined, word: WordClass): boolean =>
  item?.type === 'word' && item.word === word

/**
 * Whether "baseline" stands beside the date at [from, to) with no other number between, on its line: "against a 2005
 * baseline", "using our 2005/06 emissions as a baseline" (up to four tokens after), "baseline year 2009/10", "baseline
 * (2015)" (up to three before). "reduce by 2030 from a 2015 baseline" keeps 2030: 2015 stands between.
 */
function namesBaseline(ts: Tokens, from: number, to: number): boolean {
  // Indexes stay inside the tokens: reading past either end of an array is slow in V8, and most dates stand first.
  const after = Math.min(to + 4, ts.length)
  for (let k = to; k < after && !stopsBaseline(ts[k]); k++)
    if (BASELINE_WORDS.has((ts[k] as Token).lower)) return true
  if (from === 0) return false
  // Before the date only a label's words may stand between ("Set baseline by June 2016" is a deadline).
  for (let k = from - 1; k >= Math.max(from - 3, 1) && BASELINE_LINKS.has((ts[k] as Token).lower); k--)
    if (BASELINE_WORDS.has((ts[k - 1] as Token).lower)) return true
  return BASELINE_WORDS.has((ts[from - 1] as Token).lower)
}

/**
 * A dash at i, right after a date that ends in a four-digit year, that ends the cell or its line ("October 2022-",
 * "2022 –"). "April-May-" is a list of months cut short, not an open window.
 */
function openDash(ts: Tokens, i: number): boolean {
  if (i >= ts.length || i === 0 || !isPunct(ts[i], '-')) return false
  const year = ts[i - 1] as Token
  if (year.kind !== 'num' || year.digits !== 4) return false
  return i + 1 === ts.length || (ts[i + 1] as Token).kind === 'break'
}

/** A token a baseline's words do not reach past: the end of the line, or another number. */
const stopsBaseline = (t: Token | undefined): boolean =>
  t === undefined || t.kind === 'break' || t.kind === 'num'

const BASELINE_WORDS: ReadonlySet<string> = new Set(['baseline', 'baselines'])
const BASELINE_LINKS: ReadonlySet<string> = new Set(['year', 'of', '(', ':', '-', 'is'])

/** Whether a date (or a month without a year) has been read before. */
const afterDate = (items: readonly Item[]): boolean =>
  items.some((item) => item.type === 'date' || item.type === 'partial')

/**
 * Whether the last item is a date (or a month without a year) with at most one word between it and i: "Jan 2020 to
 * Mar 2020", "Jan 2020 (approx) to Mar 2020", but not "9 May 2022 a summary goes to the governors".
 */
function rangeWordAfterDate(ts: Tokens, items: readonly Item[], i: number): boolean {
  const last = items.at(-1)
  if (last?.type !== 'date' && last?.type !== 'partial' && last?.type !== 'invalid') return false
  let words = 0
  for (let k = last.to; k < i; k++) if (ts[k]?.kind !== 'punct' && ++words > 1) return false
  return true
}

/**
 * "delayed from 2022 to 2023", "moved from March to June each year": after a date marked as replaced ("revised from",
 * "delayed from"), "to" names the new date; it joins no range with the old one.
 */
function changedTo(ts: Tokens, items: readonly Item[], i: number): boolean {
  if (!isWord(ts[i], 'to')) return false
  const old = items.at(-1)
  return (old?.type === 'date' || old?.type === 'partial') && isWordItem(items.at(-2), 'superseded')
}

/** Verbs before "on hold" that say a date or plan was put there: "was put on hold", "has been placed on hold". */
const HOLD_VERBS: ReadonlySet<string> = new Set([
  'was',
  'were',
  'is',
  'are',
  'been',
  'being',
  'put',
  'placed',
])

/** Whether "hold" at i ends "was put on hold", "were placed on hold", "is on hold" or "put on hold". */
function putOnHold(ts: Tokens, i: number): boolean {
  if (!isWord(ts[i - 1], 'on')) return false
  const verb = ts[i - 2]
  return verb?.kind === 'word' && HOLD_VERBS.has(verb.lower)
}

/**
 * "the proposed start date of summer 2020 was put on hold": the last date on the line before i is no longer a target.
 * It becomes an unreadable item that says so, and is dropped beside a live date.
 */
function withdrawDateBefore(ts: Tokens, items: Item[], i: number): void {
  const last = items.at(-1)
  if (last?.type !== 'date' || i - last.to > 12) return
  for (let k = last.to; k < i; k++) if (ts[k]?.kind === 'break') return
  const { start, end } = last.span
  const warning = `the date ${start} to ${end} was put on hold: no live target`
  items[items.length - 1] = unreadableItem([warning], [], last.from, last.to, undefined, true)
}

/** Whether "place" at i ends "in place" and "by" follows (on the next line, perhaps) with a date after it. */
function inPlaceBy(ts: Tokens, i: number): boolean {
  if (!isWord(ts[i - 1], 'in')) return false
  const by = ts[i + 1]?.kind === 'break' ? i + 2 : i + 1
  return isWord(ts[by], 'by') && dateLike(ts[by + 1])
}

/**
 * "Agreement 2015-2018 in place by July 2016": the years on the line before "in place" name the term of what is to
 * be in place, and the date after "by" is the target. Year-long dates (and the range words between them) since the
 * line began are dropped; anything else on the line keeps the items as they are.
 */
function dropNamedYears(items: Item[]): void {
  let k = items.length
  while (k > 0 && items[k - 1]?.type !== 'break') k--
  let years = 0
  for (let j = k; j < items.length; j++) {
    const item = items[j] as Item
    if (isYearLong(item)) years++
    else if (item.type !== 'word' || item.word !== 'range') return
  }
  if (years > 0) items.length = k
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
  // Counted so the prose passes at the end run only where they can change something.
  let recurringWords = 0
  let dates = 0
  let naming = false
  let years = false
  let loose = false
  let i = 0
  while (i < ts.length) {
    const t = ts[i] as Token
    if (t.kind === 'break') {
      // "23 Oct 2023", "-", "30 Nov 2023" on three lines: one range.
      const joined = dashLineAfter(ts, i, items)
      if (joined !== null) {
        items.push(wordItem('range', i, joined))
        i = joined
        continue
      }
      items.push(breakItem(i, i + 1))
      i++
      continue
    }
    if (t.kind === 'punct') {
      const open = t.lower === '&' || t.lower === '+' ? openEndedAfter(ts, i + 1) : null
      if (open !== null || (t.lower === '+' && endsPlus(ts, i))) {
        // "+ TBD": the word goes with the "+".
        const next = open ?? (ts[i + 1]?.kind === 'word' ? i + 2 : i + 1)
        items.push(wordItem('started', i, next))
        i = next
        continue
      }
      const word = colonRange(ts, i, items) ? 'range' : PUNCT_CLASSES.get(t.lower)
      // "23/03/2012 - Single Equality Scheme 2012 - 2016": a dash before a title separates, it joins no range.
      if (word !== undefined && (word !== 'range' || !(dashBeforeTitle(ts, i) || dashBeforeClause(ts, i))))
        items.push(wordItem(word, i, i + 1))
      i++
      continue
    }
    const starts = wordStarts(t)
    const date =
      matchDate(ts, i, settings, starts) ??
      (t.kind === 'num' ? matchAlternativeDay(ts, i, items, settings) : null)
    if (date !== null) {
      // "by 35% by 2020, using our 2005/06 emissions as a baseline": the year a cut is measured from is no target.
      const counted = countBaseline(ts, date.from, date.to)
      if (!counted && !namesBaseline(ts, date.from, date.to) && !namesStatute(ts, date.from, date.to)) {
        const checked = checkYears(date)
        items.push(checked)
        dates++
        naming ||= mayNameYears(ts, date.from, date.to)
        // "Spring, beginning in 2004", "Annually: November and July 2016-2024": a year that ends a time of year.
        if (checked.type === 'date' && checked.span.precision === 'year')
          timesOfYearBefore(items, ts, date.to)
        // The last passes below only look at years (document names) and months with no year (timetables).
        if (checked.type === 'partial') loose = true
        else years ||= isYearLong(checked)
        // "October 2022-": a dash with nothing after it on its line leaves the window open, as "onwards" does.
        if (openDash(ts, date.to)) items.push(wordItem('started', date.to, date.to + 1))
      }
      // "from a 2015 baseline": the "from" went with the baseline.
      else if (isWordItem(items.at(-1), 'from') && (items.at(-1)?.to ?? 0) >= date.from - 2) items.pop()
      // "signed up … from 32 (01/07/14) to 100 by (01/07/15)": a target for a count; its participles report nothing.
      if (counted) dropDoneWordsOnLine(items)
      i = date.to
      continue
    }
    const recurring = starts?.recurring === true ? matchRecurring(ts, i) : null
    // "The first annual review will take place in the Autumn of 2024": one occurrence, named by its place in the
    // series, is a single event; so is a recurring word that only names something in passing.
    if (
      recurring !== null &&
      (ONE_OCCURRENCE.has(tokenBefore(ts, i)?.lower ?? '') ||
        recurringWordIsProse(ts, i, recurring.next, items))
    ) {
      i = recurring.next
      continue
    }
    if (recurring !== null) {
      recurringWords++
      items.push(wordItem('recurring', i, recurring.next, recurring.frequency))
      // "We report annually to the Commission … and your comments will inform the 2024 to 2027 Plan": a frequency
      // with no date near it, and none before it, recurs on its own; the date far along the line is another part.
      if (!afterDate(items) && !dateNear(ts, i) && dateLaterOnLine(ts, recurring.next + 12))
        items.push(breakItem(recurring.next, recurring.next))
      i = recurring.next
      continue
    }
    const word = starts?.classified === true ? classifyWord(ts, i) : null
    // "… 11 July 2018 a summary report has been presented to the FGB …": "to" (or "until") joins a range only
    // right after a date; far from one it is prose.
    if (word?.word === 'range' && (!rangeWordAfterDate(ts, items, i) || changedTo(ts, items, i))) {
      i = word.next
      continue
    }
    if (word !== null) {
      // "Start of Process and continuous": "and ongoing" with no date before it opens no dated work; it says the
      // work goes on.
      const andOngoing =
        word.word === 'started' &&
        t.lower === 'and' &&
        (ONGOING_WORDS.has(ts[i + 1]?.lower ?? '') || isWord(ts[i + 1], 'on'))
      const kind = andOngoing && !afterDate(items) ? 'ongoing' : word.word
      items.push(wordItem(kind, i, word.next))
      i = word.next
      continue
    }
    // "hold" and "place" end phrases that withdraw or describe the dates before them.
    if (starts?.endsPhrase === true) {
      if (t.lower === 'hold' && putOnHold(ts, i)) withdrawDateBefore(ts, items, i)
      else if (t.lower === 'place' && inPlaceBy(ts, i)) dropNamedYears(items)
    }
    i++
  }
  const prose = recurringWords === 0 ? items : withoutTitleCadence(ts, sinceOutlastsRecurring(ts, items))
  const labelled = withoutLabelsBeforeDates(
    ts,
    !naming || dates < 2 ? prose : withoutNamingYears(ts, prose, namesSource),
  )
  const named = years ? withoutDocumentNames(ts, labelled) : labelled
  return loose && settings.reference !== null ? withTimetableLines(ts, named, settings) : named
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
